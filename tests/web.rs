//! The web page's router, called in-process: every page and error, its status, content type,
//! headers and escaping, in both languages.

mod common;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;
use wecom_help::kb::KbSource;
use wecom_help::knowledge;
use wecom_help::lang::Lang;
use wecom_help::web::{App, MAX_HEADERS, MAX_URL, router};

/// A response as a test reads it.
struct Page {
    status: StatusCode,
    content_type: String,
    csp: String,
    body: String,
}

impl Page {
    /// Panics with the page when it does not contain `text`.
    fn has(&self, text: &str) -> &Self {
        assert!(self.body.contains(text), "no {text:?} in\n{}", self.body);
        self
    }

    /// Panics with the page when it contains `text`.
    fn lacks(&self, text: &str) -> &Self {
        assert!(!self.body.contains(text), "{text:?} in\n{}", self.body);
        self
    }

    /// Panics unless the status is `status` and the page is HTML.
    fn html(&self, status: StatusCode) -> &Self {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(self.content_type, "text/html; charset=utf-8");
        self
    }
}

fn app(source: KbSource) -> Router {
    let knowledge = knowledge::load(&source, Lang::Zh).expect("the knowledge base loads");
    router(App::new(&knowledge).expect("both languages"))
}

async fn request(router: Router, request: Request<Body>) -> Page {
    let response = router.oneshot(request).await.expect("a response");
    let header = |name| {
        (response.headers().get(name))
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    let (status, content_type, csp) = (
        response.status(),
        header("content-type"),
        header("content-security-policy"),
    );
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .expect("the body");
    Page {
        status,
        content_type,
        csp,
        body: String::from_utf8(bytes.to_vec()).expect("UTF-8"),
    }
}

/// GET `uri` from the embedded knowledge base's pages.
async fn get(uri: &str) -> Page {
    request(app(KbSource::Embedded), Request::get(uri).body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn the_start_page_has_the_search_box_the_wizard_and_every_entry() {
    let page = get("/").await;
    page.html(StatusCode::OK)
        .has(r#"<html lang="zh-CN">"#)
        .has(r#"<label for="q">把屏幕上的提示或你的问题写在这里</label>"#)
        .has(r#"<form class="search" role="search" action="/search" method="get">"#)
        .has(r#"href="/diagnose">开始排查</a>"#)
        .has(r#"href="/faq/1">"#)
        .has(r#"href="/faq/16">"#)
        .has(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#);
    assert!(page.csp.starts_with("default-src 'none'"), "{}", page.csp);
    let page = get("/?lang=en").await;
    page.html(StatusCode::OK)
        .has(r#"<html lang="en">"#)
        .has("Write the message on the screen or your question here")
        .has(r#"<input type="hidden" name="lang" value="en">"#)
        .has(r#"href="/diagnose?lang=en">"#)
        .has(r#"href="/faq/16?lang=en">"#)
        .lacks("把屏幕上的提示");
}

#[tokio::test]
async fn the_wizard_asks_one_question_a_page_with_the_answers_in_the_url() {
    get("/diagnose")
        .await
        .html(StatusCode::OK)
        .has("第 1 题")
        // The employee reads the question: it does not speak of them as "the employee".
        .has(r#"<h1 id="question">遇到的是下面哪种情况？</h1>"#)
        .has("第 1 题（已回答 0 题）")
        // Every answer link says it is one (end=1): the page it leads to records a result.
        .has(r#"href="/diagnose?a=has_message&amp;end=1">登录或使用企业微信时，屏幕上弹出了提示或报错</a>"#)
        .has(r#"href="/diagnose?a=none&amp;end=1">都不是</a>"#)
        .has(r#"href="/diagnose?a=unsure&amp;end=1">记不清</a>"#)
        .has(r#"<a class="button back" href="/" rel="prev">上一步</a>"#);
    get("/diagnose?lang=en")
        .await
        .has(r#"<h1 id="question">Which of these is the situation?</h1>"#);
    get("/diagnose?a=has_message")
        .await
        .html(StatusCode::OK)
        .has("第 2 题（已回答 1 题）")
        .has("弹出的提示是下面哪一句？")
        .has(r#"href="/diagnose?a=has_message,msg_disabled&amp;end=1">你的账号已被禁用，请联系该公司的管理员</a>"#)
        .has(r#"href="/diagnose" rel="prev">上一步</a>"#);
    // A yes/no question offers 是 / 否 / 不确定, and numbers and words work as on the command line.
    get("/diagnose?a=1,6")
        .await
        .html(StatusCode::OK)
        .has(r#"href="/diagnose?a=has_message,msg_scan,yes&amp;end=1">是</a>"#)
        .has(r#"href="/diagnose?a=has_message,msg_scan,no&amp;end=1">否</a>"#)
        .has(r#"href="/diagnose?a=has_message,msg_scan,unsure&amp;end=1">不确定</a>"#)
        .has(r#"href="/diagnose?a=has_message" rel="prev">"#);
    // b takes the last answer back, as on the command line.
    get("/diagnose?a=has_message,msg_scan,b")
        .await
        .html(StatusCode::OK)
        .has(r#"<h1 id="question">弹出的提示是下面哪一句？</h1>"#);
}

#[tokio::test]
async fn the_result_shows_the_steps_and_asks_whether_it_worked() {
    get("/diagnose?a=has_message,msg_disabled")
        .await
        .html(StatusCode::OK)
        .has("<h1><span class=\"id\">FAQ 15</span>")
        .has(r#"<ol class="steps"><li>"#)
        .has("问题解决了吗？")
        // Buttons of forms that post, which a page fetched (a preview, a prefetch) does not.
        .has(r#"<form method="post" action="/solved?a=has_message,msg_disabled"><button class="primary" type="submit">解决了</button></form>"#)
        .has(r#"<form method="post" action="/handoff?a=has_message,msg_disabled"><button class="secondary" type="submit">没解决</button></form>"#)
        .lacks(r#"href="/solved"#)
        .has(r#"href="/diagnose?a=has_message" rel="prev">上一步</a>"#)
        // One solution: no word of others.
        .lacks("可能的解决方案");
    get("/diagnose?a=has_message,msg_disabled&lang=en")
        .await
        .has("Is the problem solved?")
        .has(r#"action="/handoff?a=has_message,msg_disabled&amp;lang=en"><button class="secondary" type="submit">Not solved</button>"#);
    get("/solved?a=has_message,msg_disabled")
        .await
        .html(StatusCode::OK)
        .has("太好了，问题解决了");
}

#[tokio::test]
async fn several_solutions_are_said_to_be_alternatives_under_one_title() {
    // Two cases of FAQ 16: said to be alternatives, as the command line says it, and the
    // entry's title once, as the page's heading.
    let page = get("/diagnose?a=has_message,msg_scan,no,yes,no").await;
    page.html(StatusCode::OK)
        .has(r#"<p class="progress">排查结果</p><p class="several">有 2 个可能的解决方案，最可能的在前：</p><article class="entry"><h1><span class="id">FAQ 16</span>"#)
        .has("<h3>解决方案 16.2")
        .has("<h3>解决方案 16.3");
    assert_eq!(page.body.matches("<h1").count(), 1, "{}", page.body);
    get("/diagnose?a=has_message,msg_scan,no,yes,no&lang=en")
        .await
        .has(r#"<p class="several">2 possible solutions, most likely first:</p>"#);
}

#[tokio::test]
async fn a_description_answers_its_questions_first() {
    get("/diagnose?m=%E4%BD%A0%E7%9A%84%E8%B4%A6%E5%8F%B7%E5%B7%B2%E8%A2%AB%E7%A6%81%E7%94%A8")
        .await
        .html(StatusCode::OK)
        .has("FAQ 15")
        .has("问题解决了吗？")
        .has("/handoff?m=");
    // FAQ 16's message asks what separates its cases, after what the description said.
    get("/diagnose?m=%E8%AE%A9%E8%BA%AB%E8%BE%B9%201%20%E4%BD%8D%E5%90%8C%E4%BA%8B%E6%89%AB%E7%A0%81")
        .await
        .html(StatusCode::OK)
        .has("从你的描述得知")
        // What the description answered is not counted as the employee's.
        .has(r#"<p class="progress">第 3 题（从你的描述得知 2 题）</p>"#)
        .has("?a=yes&amp;m=");
    get("/diagnose?a=no&m=%E8%AE%A9%E8%BA%AB%E8%BE%B9%201%20%E4%BD%8D%E5%90%8C%E4%BA%8B%E6%89%AB%E7%A0%81&lang=en")
        .await
        .html(StatusCode::OK)
        .has(r#"<p class="progress">Question 4 (1 answered, 2 more known from your description)</p>"#);
}

#[tokio::test]
async fn not_solved_and_not_covered_hand_off_with_a_code_the_cli_resumes() {
    let page = get("/handoff?a=has_message,msg_disabled").await;
    page.html(StatusCode::OK)
        .has("转给答疑老师")
        .has("wecom-help diagnose --resume ")
        .has(r#"<textarea id="transcript" readonly rows="12">问诊结果"#)
        .has("员工按 FAQ 15 的步骤");
    let code = between(&page.body, r#"<p class="code" id="code">"#, "</p>");
    assert!(code.ends_with("-1.5"), "{code}");
    let run = common::wecom(&["diagnose", "--resume", code, "--format", "json"]).expect_code(0);
    assert_eq!(run.json()["solutions"], serde_json::json!(["15"]));
    // From a description: the command shown passes it, quoted for the shell, and works as it is.
    let page = get("/handoff?m=%E4%BD%A0%E7%9A%84%E8%B4%A6%E5%8F%B7%E5%B7%B2%E8%A2%AB%E7%A6%81%E7%94%A8").await;
    let code = between(&page.body, r#"<p class="code" id="code">"#, "</p>");
    let command = between(&page.body, r#"<pre class="command">"#, "</pre>");
    assert_eq!(
        command,
        format!("wecom-help diagnose --resume {code} --message '你的账号已被禁用'")
    );
    let run = common::wecom(&[
        "diagnose",
        "--resume",
        code,
        "--message",
        "你的账号已被禁用",
        "--format",
        "json",
    ])
    .expect_code(0);
    assert_eq!(run.json()["solutions"], serde_json::json!(["15"]));
    // A 没解决 pressed by mistake: 上一步 goes back to the result, with its key.
    get("/handoff?a=has_message,msg_disabled&s=0123456789abcdef0123456789abcdef")
        .await
        .has(r#"<a class="button back" href="/diagnose?a=has_message,msg_disabled&amp;s=0123456789abcdef0123456789abcdef" rel="prev">上一步</a>"#);
    get("/diagnose?a=none&lang=en")
        .await
        .html(StatusCode::OK)
        .has("Not covered by the knowledge base")
        .has("Hand-off code");
}

#[tokio::test]
async fn the_not_covered_page_says_no_command_to_the_employee() {
    // The employee searches again by a link; the record they forward names no command either.
    get("/diagnose?a=none")
        .await
        .html(StatusCode::OK)
        .has(r#"<a href="/">也可以换个说法再搜一次</a>"#)
        .has("请把上面的问诊记录转给答疑老师处理。\n")
        .lacks("wecom-help search");
    get("/diagnose?a=none&m=%E5%BD%95%E5%B1%8F&lang=en")
        .await
        .html(StatusCode::OK)
        .has(r#"<a href="/search?q=%E5%BD%95%E5%B1%8F&amp;lang=en">Or search again in other words</a>"#)
        .has("Pass the record above to the support desk.\n")
        .lacks("wecom-help search");
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?} in {text}")) + start.len();
    &text[from..from + text[from..].find(end).unwrap()]
}

#[tokio::test]
async fn answers_that_do_not_fit_get_a_page_that_says_so() {
    get("/diagnose?a=zz")
        .await
        .html(StatusCode::BAD_REQUEST)
        .has("这个链接里的回答看不懂");
    get("/diagnose?a=yes&lang=en")
        .await
        .html(StatusCode::BAD_REQUEST)
        .has("The answers in this link cannot be read");
    // A word that is no answer, after the result: refused as on the command line.
    get("/diagnose?a=has_message,msg_disabled,maybe")
        .await
        .html(StatusCode::BAD_REQUEST)
        .has("这个链接里的回答看不懂");
    // The pages about a result, without answers that reach one.
    // Nor with answers past the result, nor 解决了 on a result "not covered", which has none.
    for uri in [
        "/solved",
        "/handoff",
        "/solved?a=has_message",
        "/solved?a=none",
        "/diagnose?a=has_message,msg_disabled,yes",
        "/solved?a=has_message,msg_disabled,yes",
        "/handoff?a=has_message,msg_disabled,no",
        // An answer of two words past the result is one answer too many.
        "/diagnose?a=learning,not%20sure",
        "/diagnose?a=learning,not,sure",
    ] {
        get(uri)
            .await
            .html(StatusCode::BAD_REQUEST)
            .has("这个链接里的回答看不懂")
            .has(r#"<a class="button" href="/">回到首页</a>"#)
            .lacks("第 1 题");
    }
    get("/handoff?lang=en")
        .await
        .html(StatusCode::BAD_REQUEST)
        .has("The answers in this link cannot be read")
        .has(r#"<a class="button" href="/?lang=en">"#);
}

#[tokio::test]
async fn an_entry_or_one_solution() {
    get("/faq/16")
        .await
        .html(StatusCode::OK)
        .has("解决方案 16.1")
        .has("解决方案 16.3")
        .has(r#"href="/faq/3">"#);
    get("/faq/16.2")
        .await
        .html(StatusCode::OK)
        .has("解决方案 16.2")
        .lacks("解决方案 16.1");
    // A number that is not there: the page's words and links, not the command line's `show`.
    get("/faq/99?lang=en")
        .await
        .html(StatusCode::NOT_FOUND)
        .has("Page not found")
        .has(
            r#"There is no question numbered "99". Questions are numbered 1–16"#
                .replace('"', "&quot;")
                .as_str(),
        )
        .has(r#"<a class="button" href="/?lang=en">See all questions</a>"#)
        .lacks("show");
    get("/faq/99")
        .await
        .html(StatusCode::NOT_FOUND)
        .has("没有编号为“99”的问题。问题的编号是 1–16")
        .has(r#"<a class="button" href="/">查看全部问题</a>"#)
        .lacks("show");
    get("/faq/16.9")
        .await
        .html(StatusCode::NOT_FOUND)
        .has(r#"<li><a href="/faq/16.3">FAQ 16.3</a></li>"#)
        .has(r#"<a class="button" href="/faq/16">查看问题 16 的全部内容</a>"#);
}

#[tokio::test]
async fn a_message_on_screen_is_quoted_once() {
    // English messages carry their quotes; Chinese ones get the catalog's; no `q` element adds more.
    get("/diagnose?a=has_message,msg_scan,n,y,y&lang=en")
        .await
        .html(StatusCode::OK)
        .has(r#"<span class="screen">&quot;Have 1 colleague near you scan the code"#)
        .lacks("<q");
    get("/faq/16")
        .await
        .html(StatusCode::OK)
        .has(r#"<span class="screen">“让身边 1 位同事扫码确认你的身份，即可加入企业”</span>"#)
        .lacks("<q");
}

#[tokio::test]
async fn search_marks_the_matched_words() {
    get("/search?q=%E4%BD%A0%E7%9A%84%E8%B4%A6%E5%8F%B7%E5%B7%B2%E8%A2%AB%E7%A6%81%E7%94%A8")
        .await
        .html(StatusCode::OK)
        .has(r#"<a href="/faq/15"><span class="id">FAQ 15</span>"#)
        .has("<mark>");
    // 扫码 is in FAQ 16 alone; the entries related to its cases are listed as such.
    get("/search?q=%E6%89%AB%E7%A0%81")
        .await
        .html(StatusCode::OK)
        .has("<h2>找到 1 个相关问题</h2><p>另有 ")
        .has("相关：知识库把它列为 FAQ 16.1 的相关条目");
    get("/search?q=zzzz")
        .await
        .html(StatusCode::OK)
        .has("没有找到相关的问题")
        // The check starts from the words, as from a page with hits.
        .has(r#"<a class="button primary" href="/diagnose?m=zzzz&amp;end=1">开始排查</a>"#);
    get("/search?q=%E5%BD%95%E5%B1%8F&lang=en")
        .await
        .html(StatusCode::OK)
        .has(r#"<a class="button primary" href="/diagnose?m=%E5%BD%95%E5%B1%8F&amp;end=1&amp;lang=en">Start the check</a>"#);
    get("/search").await.html(StatusCode::OK).lacks("<ol class=\"hits\">");
}

#[tokio::test]
async fn every_text_is_escaped() {
    get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E")
        .await
        .html(StatusCode::OK)
        .lacks("<script>")
        .has("&lt;script&gt;alert(1)&lt;/script&gt;");
    let kb = common::valid_copy_with(|name, text| match name {
        "entries/01.yaml" => text.replacen("title: ", "title: <script>alert(1)</script>", 1),
        _ => text,
    });
    let router = app(KbSource::Dir(kb.path().to_owned()));
    for uri in ["/", "/faq/1", "/search?q=script"] {
        let page = request(router.clone(), Request::get(uri).body(Body::empty()).unwrap()).await;
        page.html(StatusCode::OK)
            .lacks("<script>")
            .has("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}

#[tokio::test]
async fn unknown_pages_are_404_in_the_readers_language() {
    get("/nowhere").await.html(StatusCode::NOT_FOUND).has("找不到这个页面");
    get("/nowhere?lang=en")
        .await
        .html(StatusCode::NOT_FOUND)
        .has("Page not found");
}

#[tokio::test]
async fn health_and_the_style_sheet() {
    let page = get("/health").await;
    assert_eq!((page.status, page.body.as_str()), (StatusCode::OK, "ok\n"));
    let page = get("/style.css").await;
    assert_eq!(page.content_type, "text/css; charset=utf-8");
    assert!(page.csp.contains("style-src 'self'"));
}

#[tokio::test]
async fn a_url_or_headers_too_long_get_a_page() {
    let long = format!("/search?lang=en&q={}", "a".repeat(MAX_URL));
    get(&long)
        .await
        .html(StatusCode::URI_TOO_LONG)
        .has("The address is too long");
    let request_with = |value: String| Request::get("/").header("x-big", value).body(Body::empty()).unwrap();
    let page = request(app(KbSource::Embedded), request_with("a".repeat(MAX_HEADERS))).await;
    page.html(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE).has("请求太大了");
}

/// Clicking only links, as a phone without JavaScript does, from the start of the check: every
/// solution of the knowledge base is reached, and so is the hand-off for "not covered".
#[tokio::test]
async fn every_solution_is_reached_by_clicking_links() {
    let router = app(KbSource::Embedded);
    let mut seen = std::collections::HashSet::new();
    let mut pending = vec!["/diagnose".to_owned()];
    let mut reached = std::collections::BTreeSet::new();
    let mut handoff = false;
    while let Some(url) = pending.pop() {
        if !seen.insert(url.clone()) {
            continue;
        }
        assert!(seen.len() < 2_000, "more pages than the tree has");
        let page = request(router.clone(), Request::get(&url).body(Body::empty()).unwrap()).await;
        page.html(StatusCode::OK);
        handoff |= page.body.contains("wecom-help diagnose --resume");
        for heading in page.body.split("<h3>解决方案 ").skip(1) {
            let id: String = heading
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            reached.insert(id);
        }
        // The answers offered: links to the next question, in Chinese, that add an answer.
        for link in page.body.split("href=\"").skip(1) {
            let target = link.split('"').next().unwrap().replace("&amp;", "&");
            let answers = |u: &str| u.split("a=").nth(1).map_or(0, |a| a.split(',').count());
            if target.starts_with("/diagnose?a=") && !target.contains("lang=") && answers(&target) > answers(&url) {
                pending.push(target);
            }
        }
    }
    let all: std::collections::BTreeSet<String> = common::all_solutions().into_iter().collect();
    assert_eq!(reached, all);
    assert!(handoff, "no hand-off page reached");
}

/// POST `uri` with an empty body, as the hand-off page's form does.
async fn post(router: Router, uri: &str) -> Page {
    request(router, Request::post(uri).body(Body::empty()).unwrap()).await
}

/// With a group robot's webhook, the hand-off page sends the record and the hand-off code to
/// the group, as `diagnose --send` would with the code added; at most 20 messages a minute
/// leave the server, and every page shows the code, sent or not.
#[tokio::test]
async fn the_handoff_page_sends_to_the_desks_group_twenty_messages_a_minute() {
    use common::robot::{OK, Reply, Robot, SECRET};
    use wecom_help::webhook::Webhook;
    let sending_to = |url: &str| {
        let knowledge = knowledge::load(&KbSource::Embedded, Lang::Zh).unwrap();
        router(App::new(&knowledge).unwrap().sending_to(Webhook::parse(url).unwrap()))
    };
    // Without a webhook, no form.
    get("/handoff?a=1,5").await.html(StatusCode::OK).lacks("<form");
    let robot = Robot::always(OK);
    let router = sending_to(&robot.url);
    let page = request(
        router.clone(),
        Request::get("/handoff?a=1,5").body(Body::empty()).unwrap(),
    )
    .await;
    page.html(StatusCode::OK)
        .has(r#"<form class="send" method="post" action="/handoff/send?a=1,5">"#)
        .has(r#"<button class="button primary" type="submit">发给客服群</button>"#);
    let code = between(&page.body, r#"<p class="code" id="code">"#, "</p>").to_owned();
    // Not covered: the form is on the result page itself, in the reader's language.
    let page = request(
        router.clone(),
        Request::get("/diagnose?a=none&lang=en").body(Body::empty()).unwrap(),
    )
    .await;
    page.html(StatusCode::OK)
        .has(r#"action="/handoff/send?a=none&amp;lang=en""#)
        .has("Send to the support desk's group</button>");

    let sent = post(router.clone(), "/handoff/send?a=1,5").await;
    sent.html(StatusCode::OK)
        .has("<h1>已发到客服群</h1>")
        .has(&format!(r#"<p class="code" id="code">{code}</p>"#));
    let contents = robot.contents();
    assert_eq!(contents.len(), 1);
    let printed = common::wecom(&["diagnose", "--answers", "1,5", "--format", "wecom"]).stdout;
    let (record, added) = contents[0].split_at(printed.trim_end().len());
    assert_eq!(record, printed.trim_end());
    assert!(added.starts_with("\n\n员工按 FAQ 15 的步骤"), "{added}");
    assert!(
        added.ends_with(&format!(
            "的步骤操作后，问题仍未解决。\n**交接码：{code}（wecom-help diagnose --resume {code}）**"
        )),
        "{added}"
    );
    for _ in 1..20 {
        post(router.clone(), "/handoff/send?a=1,5").await.html(StatusCode::OK);
    }
    assert_eq!(robot.contents().len(), 20);
    // The 21st in the minute is not sent; the page says to try later and shows the code.
    let busy = post(router.clone(), "/handoff/send?a=1,5").await;
    busy.html(StatusCode::TOO_MANY_REQUESTS)
        .has("客服群一分钟内最多收 20 条消息")
        .has(&format!(r#"<p class="code" id="code">{code}</p>"#));
    assert_eq!(robot.contents().len(), 20);

    // The robot refuses: the page says why, in the reader's language, and shows the code.
    let refusing = Robot::always(Reply::Errcode(93000, "invalid webhook url"));
    let failed = post(sending_to(&refusing.url), "/handoff/send?a=1,5&lang=en").await;
    failed
        .html(StatusCode::BAD_GATEWAY)
        .has("<h1>Not sent</h1>")
        .has("errcode 93000, errmsg &quot;invalid webhook url&quot;")
        .has(&format!(r#"<p class="code" id="code">{code}</p>"#))
        .has(r#"href="/handoff?a=1,5&amp;lang=en""#)
        .lacks(SECRET);
    // Answers that lead nowhere yet send nothing; a GET goes to the hand-off page.
    post(router.clone(), "/handoff/send?a=1")
        .await
        .html(StatusCode::BAD_REQUEST);
    let again = request(router, Request::get("/handoff/send?a=1,5").body(Body::empty()).unwrap()).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
}
