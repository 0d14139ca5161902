//! What the web pages write in the journal, called in-process: a result reached by answering is
//! one row however often its page is reloaded, the same result opened any other way is none,
//! the employee's feedback (posted by a button of this site, never written by a page fetched)
//! lands on that row, searches that find nothing are kept, and nothing personal is written.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::request::Builder;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;
use wecom_help::journal::Journal;
use wecom_help::kb::KbSource;
use wecom_help::knowledge;
use wecom_help::lang::Lang;
use wecom_help::web::{App, router};

/// The pages of the embedded knowledge base, recording in a journal in `folder`.
fn app(folder: &Path) -> Router {
    let knowledge = knowledge::load(&KbSource::Embedded, Lang::Zh).expect("the knowledge base loads");
    let journal = Journal::open(&folder.join("journal.sqlite3")).expect("the journal opens");
    let (app, _writer) = App::new(&knowledge)
        .expect("both languages")
        .with_journal(journal, Lang::Zh);
    router(app)
}

/// The status, the `Location` header and the body of GET `uri`, as a click on one of the site's
/// own pages asks for it.
async fn get(router: &Router, uri: &str) -> (StatusCode, String, String) {
    fetch(router, uri, &[("sec-fetch-site", "same-origin")]).await
}

/// GET `uri` with `headers` only.
async fn fetch(router: &Router, uri: &str, headers: &[(&str, &str)]) -> (StatusCode, String, String) {
    send(router, Request::get(uri), headers).await
}

/// The status, the `Location` header and the body of a POST of `uri` with an empty body, as the
/// result's buttons send it, with the request headers `headers`.
async fn post(router: &Router, uri: &str, headers: &[(&str, &str)]) -> (StatusCode, String, String) {
    let request = Request::post(uri).header("content-type", "application/x-www-form-urlencoded");
    send(router, request, headers).await
}

/// `request` with `headers` added and an empty body: the status, the `Location` header and the
/// body of the answer.
async fn send(router: &Router, mut request: Builder, headers: &[(&str, &str)]) -> (StatusCode, String, String) {
    for &(name, value) in headers {
        request = request.header(name, value);
    }
    let response = (router.clone())
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .expect("a response");
    let location = (response.headers().get("location"))
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let status = response.status();
    let body = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (status, location, String::from_utf8(body.to_vec()).unwrap())
}

/// The key (`s`) of a URL.
fn key_of(url: &str) -> String {
    let key = url.rsplit_once("s=").map_or("", |(_, key)| key);
    key.split('&').next().unwrap().to_owned()
}

/// The journal's answer to `sql` once it is `expected`, within five seconds (the pages hand
/// their rows to a thread of their own).
fn eventually(folder: &Path, sql: &str, expected: &[&str]) {
    let started = Instant::now();
    loop {
        let found: Vec<String> = (common::journal_rows(&folder.join("journal.sqlite3"), sql).into_iter())
            .map(|mut columns| columns.swap_remove(0))
            .collect();
        if found == expected {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{sql}: {found:?}, wanted {expected:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[tokio::test]
async fn a_result_is_one_row_and_its_feedback_lands_on_it() {
    let folder = tempfile::tempdir().unwrap();
    let router = app(folder.path());
    let start = "/diagnose?a=has_message,msg_disabled&m=%E6%89%8B%E6%9C%BA13812345678&end=1";
    let (status, location, _) = get(&router, start).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let token = location.rsplit_once("s=").expect("the key in the URL").1.to_owned();
    assert!(
        token.len() == 32 && token.bytes().all(|b| b.is_ascii_hexdigit()),
        "{location}"
    );
    let (status, _, page) = get(&router, &location).await;
    assert_eq!(status, StatusCode::OK);
    // The feedback links name the session.
    assert!(
        page.contains(r#"action="/solved?a=has_message,msg_disabled&amp;m="#),
        "{page}"
    );
    assert!(page.matches(&format!("s={token}")).count() >= 2, "{page}");
    assert!(!location.contains("end="), "{location}");
    // Reloaded: still one row.
    get(&router, &location).await;
    eventually(
        folder.path(),
        "SELECT channel || ' ' || outcome || ' ' || solutions || ' ' || text || ' ' || ifnull(feedback, '-') FROM sessions",
        &["web found 15 手机[手机号] -"],
    );
    let feedback = |page: &str| format!("/{page}?a=has_message,msg_disabled&m=x&s={token}");
    // The page after 解决了, fetched: nothing written, however often.
    for _ in 0..3 {
        let (status, _, _) = get(&router, &feedback("solved")).await;
        assert_eq!(status, StatusCode::OK);
    }
    get(&router, "/search?q=zzqq").await;
    eventually(folder.path(), "SELECT count(*) FROM searches", &["1"]);
    eventually(folder.path(), "SELECT ifnull(feedback, '-') FROM sessions", &["-"]);
    // 解决了, pressed: on to the page after it, with the same key.
    let (status, location, _) = post(&router, &feedback("solved"), &[]).await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, feedback("solved").as_str())
    );
    eventually(folder.path(), "SELECT feedback FROM sessions", &["solved"]);
    // The employee changes their mind: the same row says so.
    let (_, location, _) = post(&router, &feedback("handoff"), &[]).await;
    let (status, _, page) = get(&router, &location).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("wecom-help diagnose --resume"), "{page}");
    eventually(folder.path(), "SELECT feedback FROM sessions", &["not_solved"]);
    // Another site's page posting it: refused, nothing written.
    let elsewhere = [("origin", "https://evil.example"), ("host", "desk:8080")];
    let (status, _, page) = post(&router, &feedback("solved"), &elsewhere).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(page.contains("只能在本站的页面上反馈"), "{page}");
    let (status, _, _) = post(&router, &feedback("solved"), &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // A key the server never gave, or none it could have: nothing written, and not passed on.
    let invented = "0123456789abcdef0123456789abcdef";
    for key in [invented, "deadbeef"] {
        let (status, location, _) = post(&router, &format!("/solved?a=has_message,msg_disabled&s={key}"), &[]).await;
        assert_eq!(
            (status, location.as_str()),
            (StatusCode::SEE_OTHER, "/solved?a=has_message,msg_disabled")
        );
    }
    // 解决了 on a result "not covered", which has none: refused.
    let (status, _, _) = post(&router, &format!("/solved?a=none&s={token}"), &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    get(&router, "/search?q=zzqq2").await;
    eventually(folder.path(), "SELECT count(*) FROM searches", &["2"]);
    eventually(
        folder.path(),
        "SELECT ifnull(feedback, '-') || ' ' || ifnull(token, '-') FROM sessions ORDER BY id",
        &[&format!("not_solved {token}")],
    );
    // The key of a session that gave other answers (its URL altered, or kept with the key and
    // finished otherwise): a session of its own, under a new key, leaving the key's alone.
    let (_, location, _) = post(
        &router,
        &format!("/solved?a=has_message,msg_cannot_join&s={token}"),
        &[],
    )
    .await;
    let new = key_of(&location);
    assert!(new.len() == 32 && new != token, "{location}");
    assert_eq!(location, format!("/solved?a=has_message,msg_cannot_join&s={new}"));
    eventually(
        folder.path(),
        "SELECT solutions || ' ' || ifnull(feedback, '-') || ' ' || ifnull(token, '-') FROM sessions ORDER BY id",
        &[&format!("15 not_solved {token}"), &format!("1 solved {new}")],
    );
}

#[tokio::test]
async fn not_covered_and_empty_searches_are_the_gaps() {
    let folder = tempfile::tempdir().unwrap();
    let router = app(folder.path());
    let (status, location, _) = get(&router, "/diagnose?a=none&end=1").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, page) = get(&router, &location).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("wecom-help diagnose --resume"), "{page}");
    // An answer given by mistake can be taken back.
    assert!(page.contains(r#"href="/diagnose" rel="prev""#), "{page}");
    eventually(
        folder.path(),
        "SELECT outcome || ' ' || answers || ' ' || questions FROM sessions",
        &["not_covered situation=none 1"],
    );
    // Each search that finds nothing is kept, redacted; one that finds something is not.
    for _ in 0..2 {
        let (status, _, page) = get(&router, "/search?q=%E5%BD%95%E5%B1%8F+13812345678").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("13812345678"), "the page shows what was typed");
    }
    get(&router, "/search?q=%E8%B4%A6%E5%8F%B7%E8%A2%AB%E7%A6%81%E7%94%A8").await;
    eventually(
        folder.path(),
        "SELECT channel || ' ' || text FROM searches",
        &["web 录屏 [手机号]", "web 录屏 [手机号]"],
    );
}

/// The next page's URL: the `Location` of a redirect, or the page's link whose text is `label`.
fn link_to(page: &str, label: &str) -> String {
    let end = page
        .find(&format!(">{label}</a>"))
        .unwrap_or_else(|| panic!("no {label:?} in {page}"));
    let start = page[..end].rfind("href=\"").expect("a link") + 6;
    page[start..end - 1].replace("&amp;", "&")
}

/// Where the form whose button reads `label` posts to.
fn action_of(page: &str, label: &str) -> String {
    let end = page
        .find(&format!(">{label}</button>"))
        .unwrap_or_else(|| panic!("no {label:?} in {page}"));
    let start = page[..end].rfind("action=\"").expect("a form") + 8;
    let action = &page[start..];
    action[..action.find('"').unwrap()].replace("&amp;", "&")
}

#[tokio::test]
async fn a_result_url_opened_again_records_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let router = app(folder.path());
    let (_, location, _) = get(&router, "/diagnose?a=has_message,msg_disabled&end=1").await;
    // The same result, opened three times without the key (a link kept, shared or previewed):
    // shown with its feedback buttons, written nowhere.
    for _ in 0..3 {
        let (status, redirect, page) = get(&router, "/diagnose?a=has_message,msg_disabled").await;
        assert_eq!((status, redirect.as_str()), (StatusCode::OK, ""));
        assert!(
            page.contains(r#"action="/solved?a=has_message,msg_disabled"><button"#),
            "{page}"
        );
    }
    // And with the key, as Back and Forward open it; and with a marker no answer link carries.
    get(&router, &location).await;
    for end in ["", "0", "yes"] {
        let (status, _, _) = get(&router, &format!("/diagnose?a=has_message,msg_disabled&end={end}")).await;
        assert_eq!(status, StatusCode::OK);
    }
    get(&router, "/search?q=zzqq").await;
    eventually(folder.path(), "SELECT count(*) FROM searches", &["1"]);
    eventually(folder.path(), "SELECT count(*) FROM sessions", &["1"]);
}

#[tokio::test]
async fn a_wizard_finished_by_its_links_is_one_row() {
    let folder = tempfile::tempdir().unwrap();
    let router = app(folder.path());
    // Clicked from the first question to the result, in English.
    let (_, _, page) = get(&router, "/diagnose?lang=en").await;
    let second = link_to(&page, "A message or error popped up when logging in to or using WeCom");
    let (_, _, page) = get(&router, &second).await;
    let disabled = "&quot;Your account has been disabled. Please contact the company's administrator&quot; \
                    (你的账号已被禁用，请联系该公司的管理员)";
    let (status, location, _) = get(&router, &link_to(&page, disabled)).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    // Reloaded.
    let (_, _, page) = get(&router, &location).await;
    get(&router, &location).await;
    // The feedback, twice: the same row.
    let solved = action_of(&page, "Solved");
    post(&router, &solved, &[]).await;
    post(&router, &solved, &[]).await;
    eventually(
        folder.path(),
        "SELECT outcome || ' ' || solutions || ' ' || lang || ' ' || ifnull(feedback, '-') FROM sessions",
        &["found 15 en solved"],
    );
}

#[tokio::test]
async fn feedback_on_a_result_without_a_key_records_the_session_once() {
    let folder = tempfile::tempdir().unwrap();
    let router = app(folder.path());
    // The page after 解决了 fetched (a link kept, a chat app's preview): nothing written.
    for _ in 0..3 {
        let (status, location, _) = get(&router, "/solved?a=has_message,msg_disabled").await;
        assert_eq!((status, location.as_str()), (StatusCode::OK, ""));
    }
    get(&router, "/search?q=zzqq").await;
    eventually(folder.path(), "SELECT count(*) FROM searches", &["1"]);
    eventually(folder.path(), "SELECT count(*) FROM sessions", &["0"]);
    // 解决了 pressed: the session with it, under a new key.
    let (status, location, _) = post(&router, "/solved?a=has_message,msg_disabled", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        location.starts_with("/solved?a=has_message,msg_disabled&s="),
        "{location}"
    );
    // Reloaded, then changed: the same row.
    let (status, _, page) = get(&router, &location).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<h1>太好了，问题解决了</h1>"), "{page}");
    post(&router, &location.replace("/solved", "/handoff"), &[]).await;
    eventually(
        folder.path(),
        "SELECT outcome || ' ' || ifnull(feedback, '-') FROM sessions",
        &["found not_solved"],
    );
}

#[tokio::test]
async fn a_check_started_from_words_that_lead_straight_to_a_result_is_one_row() {
    let folder = tempfile::tempdir().unwrap();
    let router = app(folder.path());
    // The employee pastes the message into the search, then follows the page on to the wizard:
    // the words answer every question.
    let (_, _, page) = get(
        &router,
        "/search?q=%E4%BD%A0%E7%9A%84%E8%B4%A6%E5%8F%B7%E5%B7%B2%E8%A2%AB%E7%A6%81%E7%94%A8",
    )
    .await;
    let wizard = link_to(&page, "从这句话开始一步步排查");
    let (status, location, _) = get(&router, &wizard).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{wizard}");
    let (_, _, page) = get(&router, &location).await;
    // 上一步 goes back to the search the check started from.
    assert!(
        page.contains(
            r#"<a class="button back" href="/search?q=%E4%BD%A0%E7%9A%84%E8%B4%A6%E5%8F%B7%E5%B7%B2%E8%A2%AB%E7%A6%81%E7%94%A8" rel="prev">上一步</a>"#
        ),
        "{page}"
    );
    eventually(
        folder.path(),
        "SELECT outcome || ' ' || solutions FROM sessions",
        &["found 15"],
    );
}

/// An answer link that ends the check, opened anywhere but on one of the site's own pages (a
/// chat app fetching a preview, another site's page, a prefetch, a bookmark): the result is
/// shown, nothing is written.
#[tokio::test]
async fn a_result_link_not_clicked_here_records_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let router = app(folder.path());
    let uri = "/diagnose?a=has_message,msg_disabled&end=1";
    for headers in [
        &[][..],
        &[("sec-fetch-site", "cross-site")][..],
        &[("sec-fetch-site", "none")][..],
        &[("sec-fetch-site", "same-origin"), ("sec-purpose", "prefetch")][..],
        &[("referer", "https://evil.example/page"), ("host", "desk")][..],
    ] {
        let (status, location, page) = fetch(&router, uri, headers).await;
        assert_eq!((status, location.as_str()), (StatusCode::OK, ""), "{headers:?}");
        assert!(page.contains("FAQ 15"), "{page}");
    }
    // An older browser's click, known by its Referer.
    let (status, _, _) = fetch(
        &router,
        uri,
        &[("referer", "http://desk/diagnose?a=has_message"), ("host", "desk")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    eventually(folder.path(), "SELECT count(*) FROM sessions", &["1"]);
}
