//! The end of a check: 解决了, 没解决 and the hand-off to the support desk, with the code it
//! continues from (`wecom-help diagnose --resume CODE`), and the log line of a finished session.

use axum::http::StatusCode;
use axum::response::Response;
use maud::html;

use super::App;
use super::cache::fresh;
use super::journal::Written;
use super::page::Ctx;
use super::wizard::{Replayed, back, ended, replayed, tokens, unkeyed};
use crate::engine::Outcome;
use crate::journal::Feedback;
use crate::kb::{Kb, t};
use crate::resume;
use crate::ui::render::employee_record;

/// `/solved`: the employee says the solution worked.
pub fn solved(app: &App, ctx: &Ctx) -> Written {
    let lang = ctx.lang;
    let replayed = match replayed(app, ctx) {
        Ok(r) => r,
        Err(page) => return (*page, None),
    };
    let Some(outcome) = &replayed.outcome else {
        return (no_result(ctx), None);
    };
    let feedback = (!outcome.not_covered()).then_some(Feedback::Solved);
    if let Some(written) = feedback.and_then(|f| unkeyed(app, ctx, &replayed, outcome, f, "/solved")) {
        return written;
    }
    finished(app.kb(lang), &replayed, outcome, !outcome.not_covered());
    let record = ended(app, ctx, &replayed, outcome, feedback);
    let content = html! {
        h1 { (t!(lang, "web-solved-title")) }
        p { (t!(lang, "web-solved-text")) }
        p { a.button.primary href=(ctx.href("/", &[])) { (t!(lang, "web-go-home")) } }
    };
    (
        fresh(ctx.page(StatusCode::OK, &t!(lang, "web-solved-title"), content)),
        record,
    )
}

/// `/handoff`: the solution did not work.
pub fn handoff(app: &App, ctx: &Ctx) -> Written {
    let replayed = match replayed(app, ctx) {
        Ok(r) => r,
        Err(page) => return (*page, None),
    };
    match &replayed.outcome {
        Some(outcome) => {
            let feedback = (!outcome.not_covered()).then_some(Feedback::NotSolved);
            if let Some(written) = feedback.and_then(|f| unkeyed(app, ctx, &replayed, outcome, f, "/handoff")) {
                return written;
            }
            let record = ended(app, ctx, &replayed, outcome, feedback);
            (handoff_page(app, ctx, &replayed, outcome), record)
        }
        None => (no_result(ctx), None),
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
    finished(kb, replayed, outcome, false);
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
    let back = back(ctx, &given);
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
        pre.command { "wecom-help diagnose --resume " (code) }
        @if outcome.message.is_some() { p { (t!(lang, "web-handoff-message")) } }
        label for="transcript" { (t!(lang, "web-handoff-transcript")) }
        textarea #transcript readonly rows="12" { (transcript) }
        p {
            // An answer given by mistake can be taken back, as on a result.
            @if outcome.not_covered() {
                a.button.back href=(back) rel="prev" { (t!(lang, "web-back")) }
                " "
            }
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
fn finished(kb: &Kb, replayed: &Replayed, outcome: &Outcome, solved: bool) {
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
