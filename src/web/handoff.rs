//! The pages at the end of a check: 解决了's thanks and the hand-off to the support desk, with
//! the code it continues from (`wecom-help diagnose --resume CODE`), and the log line of a
//! finished session.

use axum::http::StatusCode;
use axum::response::Response;
use maud::html;

use super::App;
use super::cache::fresh;
use super::journal::is_token;
use super::page::Ctx;
use super::wizard::{Replayed, back, replayed, tokens};
use crate::engine::Outcome;
use crate::kb::{Kb, t};
use crate::resume;
use crate::ui::render::employee_record;

/// `/solved`: thanks, once the employee has said (by `POST /solved`) that the solution worked.
/// Records nothing, as no page fetched does.
pub fn solved(app: &App, ctx: &Ctx) -> Response {
    let lang = ctx.lang;
    let replayed = match replayed(app, ctx) {
        Ok(r) => r,
        Err(page) => return *page,
    };
    // A result the knowledge base does not cover has no 解决了.
    if replayed.outcome.as_ref().is_none_or(Outcome::not_covered) {
        return no_result(ctx);
    }
    let content = html! {
        h1 { (t!(lang, "web-solved-title")) }
        p { (t!(lang, "web-solved-text")) }
        p { a.button.primary href=(ctx.href("/", &[])) { (t!(lang, "web-go-home")) } }
    };
    // A page a session's key names: one per session, not worth keeping.
    fresh(ctx.page(StatusCode::OK, &t!(lang, "web-solved-title"), content))
}

/// `/handoff`: the hand-off, once the employee has said (by `POST /handoff`) that the solution
/// did not work. Records nothing, as no page fetched does.
pub fn handoff(app: &App, ctx: &Ctx) -> Response {
    let replayed = match replayed(app, ctx) {
        Ok(r) => r,
        Err(page) => return *page,
    };
    match &replayed.outcome {
        Some(outcome) => handoff_page(app, ctx, &replayed, outcome),
        None => no_result(ctx),
    }
}

/// The page for a URL of a page about a result (`/solved`, `/handoff`) whose answers, missing
/// or too few, reach none: a bad request, as answers that cannot be read are.
pub(super) fn no_result(ctx: &Ctx) -> Response {
    let lang = ctx.lang;
    ctx.problem(
        StatusCode::BAD_REQUEST,
        &t!(lang, "web-bad-answers"),
        &t!(lang, "web-bad-answers-text"),
    )
}

/// The hand-off: the transcript to copy or forward in WeCom, and the code the support desk
/// continues from with `wecom-help diagnose --resume CODE`.
pub(super) fn handoff_page(app: &App, ctx: &Ctx, replayed: &Replayed, outcome: &Outcome) -> Response {
    let lang = ctx.lang;
    let kb = app.kb(lang);
    let code = resume::code(kb, &replayed.start, &outcome.answers);
    let mut transcript = employee_record(kb, outcome, lang);
    if let Some(tried) = tried(kb, outcome, lang) {
        transcript.push_str(&format!("\n{tried}\n"));
    }
    transcript.push_str(&format!(
        "\n{}\n",
        t!(lang, "web-handoff-code-line", code = code.as_str())
    ));
    let title = t!(lang, "web-handoff-title");
    let given = tokens(kb, replayed);
    // An answer given by mistake can be taken back, as on a result; a 没解决 given by mistake
    // too, back on the result (with its key: the button pressed there changes the same row).
    let back = match outcome.not_covered() {
        true => back(ctx, &given),
        false => {
            let params = [
                ("a", given.join(",")),
                ("m", ctx.param("m").unwrap_or_default().to_owned()),
                (
                    "s",
                    ctx.param("s").filter(|s| is_token(s)).unwrap_or_default().to_owned(),
                ),
            ];
            let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
            ctx.href("/diagnose", &params)
        }
    };
    let mut command = format!("wecom-help diagnose --resume {code}");
    if let Some(message) = &outcome.message {
        command.push_str(&format!(" --message {}", quoted(message)));
    }
    let content = html! {
        @if outcome.not_covered() {
            p.progress { (t!(lang, "web-result")) }
            h1 { (t!(lang, "label-not-covered")) }
            p { (t!(lang, "web-not-covered-text")) }
            p { a href=(search_again(ctx, outcome)) { (t!(lang, "web-not-covered-search")) } }
            h2 { (title) }
        } @else {
            h1 { (title) }
        }
        p { (t!(lang, "web-handoff-text")) }
        @if let Some(form) = super::send::form(app, ctx) { (form) }
        p.code-label { (t!(lang, "web-handoff-code")) }
        p.code #code { (code) }
        p { (t!(lang, "web-handoff-desk")) }
        pre.command { (command) }
        label for="transcript" { (t!(lang, "web-handoff-transcript")) }
        textarea #transcript readonly rows="12" { (transcript) }
        p {
            a.button.back href=(back) rel="prev" { (t!(lang, "web-back")) }
            " "
            a.button href=(ctx.href("/", &[])) { (t!(lang, "web-go-home")) }
        }
    };
    fresh(ctx.page(StatusCode::OK, &title, content))
}

/// Where the employee searches again: their description's hits, or the search box.
fn search_again(ctx: &Ctx, outcome: &Outcome) -> String {
    match &outcome.message {
        Some(message) => ctx.href("/search", &[("q", message)]),
        None => ctx.href("/", &[]),
    }
}

/// What the employee tried, for the desk: the solutions of a result that did not solve it.
pub fn tried(kb: &Kb, outcome: &Outcome, lang: crate::lang::Lang) -> Option<String> {
    let tried: Vec<String> = (outcome.solutions.iter())
        .map(|&s| format!("FAQ {}", kb.solutions[s].id))
        .collect();
    (!tried.is_empty()).then(|| t!(lang, "web-handoff-tried", solutions = tried.join(" / ")))
}

/// One line in the log per finished session: what it concluded, the answers, solved or not.
/// No personal data: the description is not logged, only whether there was one.
pub(super) fn finished(kb: &Kb, replayed: &Replayed, outcome: &Outcome, solved: bool) {
    let solutions: Vec<String> = outcome
        .solutions
        .iter()
        .map(|&s| kb.solutions[s].id.to_string())
        .collect();
    tracing::info!(
        target: "wecom_help::feedback",
        outcome = if outcome.not_covered() { "not_covered" } else { "found" },
        solutions = solutions.join(" "),
        answers = tokens(kb, replayed).join(","),
        described = outcome.message.is_some(),
        solved,
        "session finished"
    );
}

/// `word` as a POSIX shell reads it back: in single quotes, unless it holds nothing the shell
/// treats specially.
fn quoted(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        return word.to_owned();
    }
    format!("'{}'", word.replace('\'', "'\\''"))
}
