//! The step-by-step check as pages: one question per page, the answers so far in the URL
//! (`/diagnose?a=has_message,msg_disabled`), and the result with "问题解决了吗？" and its two
//! buttons. Each page replays the answers on a fresh session of the engine. What the buttons
//! post to is `web/feedback.rs`; the pages after them, the hand-off included, `web/handoff.rs`.

use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};

use axum::response::{IntoResponse, Redirect};

use super::App;
use super::cache::fresh;
use super::faq::entry_article;
use super::journal::{Record, Written, is_token, token};
use super::page::Ctx;
use crate::diagnose::{described, offered, replay};
use crate::engine::{Outcome, Session, Step};
use crate::journal::{Channel, SessionRow};
use crate::kb::{Kb, t};
use crate::ui::render::{answer_token, answer_word, by_entry, problem};

/// A diagnosis as a URL gives it: the session its answers lead to, where it started, and the
/// outcome when there is one.
pub(super) struct Replayed {
    /// The session before any answer of the URL: fresh, or started from the description.
    pub start: Session,
    session: Session,
    pub outcome: Option<Outcome>,
    /// The solutions the description's words matched best.
    matched: Vec<usize>,
}

/// Replays the URL's answers (`a`) on a session started from its description (`m`), or the
/// page that says why they cannot be read.
pub(super) fn replayed(app: &App, ctx: &Ctx) -> Result<Replayed, Box<Response>> {
    let lang = ctx.lang;
    let kb = app.kb(lang);
    let message = ctx.param("m").map(str::trim).filter(|m| !m.is_empty());
    let (start, matched) = match message {
        Some(message) => described(&app.index, kb, message, lang),
        None => (app.fresh(lang), Vec::new()),
    };
    let mut session = start.clone();
    let answers = ctx.param("a").unwrap_or_default();
    match replay(kb, &mut session, answers, lang) {
        // Answers past the result: no page links to them.
        Ok((Some(_), unused)) if unused > 0 => Err(Box::new(bad_answers(ctx))),
        Ok((outcome, _)) => Ok(Replayed {
            start,
            session,
            matched,
            outcome: outcome.map(|o| Outcome {
                message: message.map(str::to_owned),
                ..o
            }),
        }),
        // The command line's words for it name --answers: the reader of a page gets their own.
        Err(_) => Err(Box::new(bad_answers(ctx))),
    }
}

/// The page for answers that do not fit: a bad request.
pub(super) fn bad_answers(ctx: &Ctx) -> Response {
    let lang = ctx.lang;
    ctx.problem(
        StatusCode::BAD_REQUEST,
        &t!(lang, "web-bad-answers"),
        &t!(lang, "web-bad-answers-text"),
    )
}

/// The answers given on the pages (not those read from the description), as the URL carries
/// them.
pub(super) fn tokens(kb: &Kb, replayed: &Replayed) -> Vec<String> {
    (replayed.session.history().iter().skip(replayed.start.history().len()))
        .map(|&(q, a)| answer_token(kb, q, a).to_owned())
        .collect()
}

/// The parameter (`end=1`) of an answer link: when the page it leads to is a result, that is a
/// session just finished, to record. Every answer link carries it, so that no link needs to know
/// beforehand where its answer leads (working it out cost a session per answer offered).
const ANSWERED: &str = "end";

/// `/diagnose`: the next question, or the result. With a journal, a result reached by an answer
/// link ([`ANSWERED`]) clicked on one of this site's pages (`clicked`) is recorded under a new
/// key and the page sent on to its URL with the key (`s`) and without the marker, which its
/// feedback buttons carry: the session is one row however often its page is reloaded. The same
/// result opened any other way (a link kept or shared, a link preview, another site's page,
/// Back and Forward) is shown and records nothing.
pub fn diagnose(app: &App, ctx: &Ctx, clicked: bool) -> Written {
    let replayed = match replayed(app, ctx) {
        Ok(r) => r,
        Err(page) => return (*page, None),
    };
    let Some(outcome) = &replayed.outcome else {
        return (question(app, ctx, &replayed), None);
    };
    if app.journal.is_some() && clicked && ctx.param(ANSWERED) == Some("1") && ctx.param("s").is_none() {
        let token = token();
        let row = SessionRow {
            token: Some(token.clone()),
            ..row(app, ctx, &replayed, outcome)
        };
        let page = Redirect::to(&keyed(app, ctx, &replayed, "/diagnose", &token)).into_response();
        return (page, Some(Record::Session(Box::new(row))));
    }
    let page = match outcome.not_covered() {
        true => {
            super::handoff::finished(app.kb(ctx.lang), &replayed, outcome, false);
            super::handoff::handoff_page(app, ctx, &replayed, outcome)
        }
        false => fresh(result(app, ctx, &replayed, outcome)),
    };
    (page, None)
}

/// The URL at `path` of the session the URL replays, under the key `token` (none when empty).
pub(super) fn keyed(app: &App, ctx: &Ctx, replayed: &Replayed, path: &str, token: &str) -> String {
    let given = tokens(app.kb(ctx.lang), replayed).join(",");
    let params = [
        ("a", given.as_str()),
        ("m", ctx.param("m").unwrap_or_default()),
        ("s", token),
    ];
    ctx.href(path, &params)
}

/// The journal's row of the session the URL replays.
pub(super) fn row(app: &App, ctx: &Ctx, replayed: &Replayed, outcome: &Outcome) -> SessionRow {
    SessionRow::of(app.kb(ctx.lang), outcome, &replayed.matched, Channel::Web, ctx.lang)
}

/// A question with its answers as links, then 上一步.
fn question(app: &App, ctx: &Ctx, replayed: &Replayed) -> Response {
    let lang = ctx.lang;
    let kb = app.kb(lang);
    let session = &replayed.session;
    let Step::Ask(question) = *session.step() else {
        unreachable!("a session without an outcome stands at a question")
    };
    let message = ctx.param("m").unwrap_or_default();
    let given = tokens(kb, replayed);
    let with = |answer| {
        let answers: Vec<&str> = (given.iter().map(String::as_str))
            .chain([answer_token(kb, question, answer)])
            .collect();
        ctx.href(
            "/diagnose",
            &[("a", &answers.join(",")), ("m", message), (ANSWERED, "1")],
        )
    };
    let back = back(ctx, &given);
    let number = session.history().len() + 1;
    let from_text = &session.history()[..session.from_text()];
    let progress = match from_text.len() {
        0 => t!(lang, "web-progress", number = number, answered = number - 1),
        said => t!(
            lang,
            "web-progress-described",
            number = number,
            answered = number - 1 - said,
            said = said
        ),
    };
    let is_choice = kb.questions[question].is_choice();
    let content = html! {
        p.progress { (progress) }
        @if !from_text.is_empty() {
            section.known {
                h2 { (t!(lang, "web-from-text")) }
                ul { @for &(q, a) in from_text { li { (kb.questions[q].text) " → " (answer_word(kb, q, a, lang)) } } }
            }
        }
        h1 #question { (kb.questions[question].text) }
        ul.answers.(if is_choice { "choice" } else { "yes-no" }) aria-labelledby="question" {
            @for (answer, label) in offered(kb, session, question, lang) {
                li { a.button href=(with(answer)) { (label) } }
            }
        }
        p { a.button.back href=(back) rel="prev" { (t!(lang, "web-back")) } }
    };
    ctx.page(StatusCode::OK, &kb.questions[question].text, content)
}

/// The result: the solutions with their steps, then "问题解决了吗？".
fn result(app: &App, ctx: &Ctx, replayed: &Replayed, outcome: &Outcome) -> Response {
    let lang = ctx.lang;
    let kb = app.kb(lang);
    let answers = tokens(kb, replayed);
    let given = answers.join(",");
    let message = ctx.param("m").unwrap_or_default();
    let key = ctx.param("s").filter(|s| is_token(s)).unwrap_or_default();
    let params = [("a", given.as_str()), ("m", message), ("s", key)];
    let title = problem(kb, outcome, lang);
    let entries = by_entry(kb, &outcome.solutions);
    let count = outcome.solutions.len();
    let content = html! {
        p.progress { (t!(lang, "web-result")) }
        // Solutions of one entry are under its title; of several, under a title of their own.
        @if entries.len() > 1 { h1 { (title) } }
        @if count > 1 { p.several { (t!(lang, "label-several", count = count)) } }
        @if !outcome.unconfirmed.is_empty() {
            @let ids: Vec<String> = outcome.unconfirmed.iter().map(|&s| kb.solutions[s].id.to_string()).collect();
            p.warning { (t!(lang, "label-unconfirmed", ids = ids.join(" / "))) }
        }
        @for (entry, solutions) in &entries {
            (entry_article(ctx, kb, &kb.entries[*entry], solutions, entries.len() == 1))
        }
        (record(kb, outcome, ctx))
        section.feedback aria-labelledby="solved" {
            h2 #solved { (t!(lang, "web-solved-question")) }
            // Forms that post: a page fetched (a preview, a prefetch, a link followed) writes
            // nothing.
            div.buttons {
                form method="post" action=(ctx.href("/solved", &params)) {
                    button.primary type="submit" { (t!(lang, "web-solved-yes")) }
                }
                " "
                form method="post" action=(ctx.href("/handoff", &params)) {
                    button.secondary type="submit" { (t!(lang, "web-solved-no")) }
                }
            }
            p { a.button.back href=(back(ctx, &answers)) rel="prev" { (t!(lang, "web-back")) } }
        }
    };
    ctx.page(StatusCode::OK, &title, content)
}

/// 上一步 from a page after the answers `given` on the pages: the page before the last answer;
/// before the first, the search for the employee's words the check started from, or the start.
pub(super) fn back(ctx: &Ctx, given: &[String]) -> String {
    let message = ctx.param("m").unwrap_or_default();
    match given.split_last() {
        Some((_, before)) => ctx.href("/diagnose", &[("a", &before.join(",")), ("m", message)]),
        None if !message.is_empty() => ctx.href("/search", &[("q", message)]),
        None => ctx.href("/", &[]),
    }
}

/// The check started from the employee's words: a result they lead to straight away is a
/// session just finished, as one reached by an answer link ([`ANSWERED`]).
pub(super) fn from_words(ctx: &Ctx, words: &str) -> String {
    ctx.href("/diagnose", &[("m", words), (ANSWERED, "1")])
}

/// The questions asked and their answers, folded away.
fn record(kb: &Kb, outcome: &Outcome, ctx: &Ctx) -> Markup {
    let lang = ctx.lang;
    html! {
        details.record {
            summary { (t!(lang, "label-record")) }
            ol { @for &(q, a) in &outcome.answers { li { (kb.questions[q].text) " → " (answer_word(kb, q, a, lang)) } } }
        }
    }
}
