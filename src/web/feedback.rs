//! 解决了 and 没解决: the result's two buttons are forms that post here, the only way a page
//! writes the employee's word in the journal; a page fetched (a preview, a prefetch, a link
//! followed again) writes nothing. Each answers by sending the browser on to the page it leads
//! to (`/solved`, `/handoff`), so that a reload does not post again.
//!
//! Keys (`s`) are the server's to give. Feedback under a key lands on that key's session when it
//! gave the same answers; under the key of a session that gave others, on a new session, whose
//! key the browser is sent on with; under a key the journal does not have, nowhere. Feedback on a
//! result shown without a key records the session with it under a new key.

use std::time::Duration;

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use tokio::sync::oneshot;

use super::App;
use super::handoff::{finished, no_result};
use super::journal::{Record, is_token, token};
use super::origin::same_site;
use super::page::Ctx;
use super::wizard::{keyed, replayed, row};
use crate::journal::{Feedback, Landed, SessionRow};
use crate::kb::t;

/// How long the answer waits to learn where the feedback landed; past that (another program
/// holds the journal), the browser is sent on with the key it gave.
const WAIT: Duration = Duration::from_secs(2);

/// `POST /solved` (`Feedback::Solved`) and `POST /handoff` (`Feedback::NotSolved`).
pub async fn post(app: &App, ctx: &Ctx, headers: &HeaderMap, feedback: Feedback) -> Response {
    let lang = ctx.lang;
    if !same_site(headers) {
        let title = t!(lang, "web-feedback-elsewhere-title");
        return ctx.problem(StatusCode::FORBIDDEN, &title, &t!(lang, "web-feedback-elsewhere-text"));
    }
    let replayed = match replayed(app, ctx) {
        Ok(replayed) => replayed,
        Err(page) => return *page,
    };
    let (path, solved) = match feedback {
        Feedback::Solved => ("/solved", true),
        Feedback::NotSolved => ("/handoff", false),
    };
    let Some(outcome) = replayed.outcome.as_ref().filter(|o| !o.not_covered()) else {
        // No result, or one the knowledge base does not cover: it offers neither button.
        return no_result(ctx);
    };
    finished(app.kb(lang), &replayed, outcome, solved);
    let given = ctx.param("s");
    let Some(journal) = &app.journal else {
        let key = given.filter(|s| is_token(s)).unwrap_or_default();
        return Redirect::to(&keyed(app, ctx, &replayed, path, key)).into_response();
    };
    let new = token();
    let row = SessionRow {
        token: Some(new.clone()),
        feedback: Some(feedback),
        ..row(app, ctx, &replayed, outcome)
    };
    let key = match given {
        None => {
            journal.write(Record::Session(Box::new(row)));
            new
        }
        Some(given) if is_token(given) => {
            let (told, landed) = oneshot::channel();
            journal.write(Record::Feedback {
                token: given.to_owned(),
                feedback,
                row: Box::new(row),
                told,
            });
            match tokio::time::timeout(WAIT, landed).await {
                Ok(Ok(Landed::New)) => new,
                Ok(Ok(Landed::Nowhere)) => String::new(),
                // Landed on the key's session, or not known yet (nor ever, if the write failed).
                _ => given.to_owned(),
            }
        }
        // No key the server could have given: nothing is written.
        Some(_) => String::new(),
    };
    Redirect::to(&keyed(app, ctx, &replayed, path, &key)).into_response()
}
