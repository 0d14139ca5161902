//! Sending the hand-off to the support desk's WeCom group from the page: when the server has a
//! group robot's webhook, the hand-off page has a button that posts to `/handoff/send` with the
//! answers in the query, and the record goes to the group as `diagnose --send` sends it, with
//! the hand-off code. At most [`PER_MINUTE`] messages a minute leave the server, the robot's own
//! limit.

use std::collections::VecDeque;
use std::iter::repeat_n;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{Redirect, Response};
use axum::routing::post;
use maud::{Markup, html};

use super::App;
use super::handoff::no_result;
use super::origin::same_site;
use super::page::Ctx;
use super::wizard::replayed;
use crate::engine::Outcome;
use crate::kb::{Kb, t};
use crate::lang::Lang;
use crate::resume;
use crate::ui::render::wecom;
use crate::webhook::{Failure, NotSent, Webhook};

/// The most messages sent in a minute, by the whole server.
pub const PER_MINUTE: usize = 20;

/// The group the hand-off page sends to, and what it sent in the last minute.
#[derive(Debug)]
pub struct Desk {
    webhook: Webhook,
    sent: Mutex<VecDeque<Instant>>,
}

impl Desk {
    pub fn new(webhook: Webhook) -> Self {
        Desk {
            webhook,
            sent: Mutex::new(VecDeque::new()),
        }
    }

    /// Takes room for `count` messages at `now`, if the minute before leaves that much.
    fn take(&self, count: usize, now: Instant) -> bool {
        let mut sent = self.sent.lock().unwrap_or_else(PoisonError::into_inner);
        while sent
            .front()
            .is_some_and(|&at| now.duration_since(at) >= Duration::from_secs(60))
        {
            sent.pop_front();
        }
        if sent.len() + count > PER_MINUTE {
            return false;
        }
        sent.extend(repeat_n(now, count));
        true
    }
}

/// The route, served outside the pages' time limit: each message has the webhook's own
/// (`webhook::TIMEOUT`), and a page cut short would not say whether the record was sent.
pub fn routes(app: Arc<App>) -> Router {
    Router::new()
        .route("/handoff/send", post(send).get(again))
        .with_state(app)
}

/// The form of the hand-off page, when the server has a group to send to.
pub fn form(app: &App, ctx: &Ctx) -> Option<Markup> {
    app.desk.as_ref()?;
    let lang = ctx.lang;
    let params = [
        ("a", ctx.param("a").unwrap_or_default()),
        ("m", ctx.param("m").unwrap_or_default()),
    ];
    Some(html! {
        form.send method="post" action=(ctx.href("/handoff/send", &params)) {
            p { (t!(lang, "web-send-intro")) }
            button.button.primary type="submit" { (t!(lang, "web-send-button")) }
        }
    })
}

/// `GET /handoff/send` (a reload, a link kept): the hand-off page, which sends nothing.
async fn again(RawQuery(query): RawQuery) -> Redirect {
    match query {
        Some(query) => Redirect::to(&format!("/handoff?{query}")),
        None => Redirect::to("/handoff"),
    }
}

/// `POST /handoff/send`: sends the record and the hand-off code, and says whether they went.
async fn send(State(app): State<Arc<App>>, headers: HeaderMap, uri: Uri, RawQuery(query): RawQuery) -> Response {
    let ctx = Ctx::new(uri.path(), query.as_deref());
    let lang = ctx.lang;
    let Some(desk) = &app.desk else {
        let not_found = t!(lang, "web-not-found");
        return ctx.problem(StatusCode::NOT_FOUND, &not_found, &t!(lang, "web-not-found-text"));
    };
    if !same_site(&headers) {
        let title = t!(lang, "web-send-elsewhere-title");
        return ctx.problem(StatusCode::FORBIDDEN, &title, &t!(lang, "web-send-elsewhere-text"));
    }
    let replayed = match replayed(&app, &ctx) {
        Ok(replayed) => replayed,
        Err(page) => return *page,
    };
    let kb = app.kb(lang);
    let Some(outcome) = &replayed.outcome else {
        return no_result(&ctx);
    };
    let code = resume::code(kb, &replayed.start, &outcome.answers);
    let messages = wecom::messages(&document(kb, outcome, code.as_str(), lang), lang);
    let total = messages.len();
    if !desk.take(total, Instant::now()) {
        let text = t!(lang, "web-send-busy-text", limit = PER_MINUTE);
        return said(
            &ctx,
            StatusCode::TOO_MANY_REQUESTS,
            &t!(lang, "web-send-busy-title"),
            &text,
            code.as_str(),
        );
    }
    let webhook = desk.webhook.clone();
    let posted = tokio::task::spawn_blocking(move || webhook.post(&messages)).await;
    // A panic while sending: nothing is known to have been sent.
    let lost = NotSent {
        sent: 0,
        total,
        failure: Failure::Network,
    };
    let posted = posted.unwrap_or(Err(lost));
    let sent = posted.as_ref().map_or_else(|not_sent| not_sent.sent, |&sent| sent);
    tracing::info!(target: "wecom_help::handoff", messages = total, sent, "hand-off to the desk's group");
    let (status, title, text) = match posted {
        Ok(_) => (StatusCode::OK, t!(lang, "web-sent-title"), t!(lang, "web-sent-text")),
        Err(NotSent { sent, total, failure }) => {
            let reason = failure.reason(lang);
            let text = match sent {
                0 => t!(lang, "web-send-failed-text", reason = reason),
                _ => t!(
                    lang,
                    "web-send-partly-text",
                    reason = reason,
                    sent = sent,
                    total = total
                ),
            };
            (StatusCode::BAD_GATEWAY, t!(lang, "web-send-failed-title"), text)
        }
    };
    said(&ctx, status, &title, &text, code.as_str())
}

/// The record as the group gets it: the result, what the employee tried, and the hand-off code.
fn document(kb: &Kb, outcome: &Outcome, code: &str, lang: Lang) -> String {
    let mut document = wecom::document(kb, outcome, lang);
    document.push('\n');
    if let Some(tried) = super::handoff::tried(kb, outcome, lang) {
        document.push_str(&format!("\n{}", wecom::plain(&tried)));
    }
    let line = t!(lang, "web-handoff-code-line", code = code);
    document.push_str(&format!("\n**{}**", wecom::plain(&line)));
    document
}

/// A page that says what became of the sending, with the hand-off code, so that nothing is
/// lost. Never kept: the route is outside the page cache, and a POST besides.
fn said(ctx: &Ctx, status: StatusCode, title: &str, text: &str, code: &str) -> Response {
    let lang = ctx.lang;
    let params = [
        ("a", ctx.param("a").unwrap_or_default()),
        ("m", ctx.param("m").unwrap_or_default()),
    ];
    let content = html! {
        h1 { (title) }
        p { (text) }
        p.code-label { (t!(lang, "web-handoff-code")) }
        p.code #code { (code) }
        p {
            @if status != StatusCode::OK {
                a.button href=(ctx.href("/handoff", &params)) { (t!(lang, "web-handoff-title")) }
                " "
            }
            a.button href=(ctx.href("/", &[])) { (t!(lang, "web-go-home")) }
        }
    };
    ctx.page(status, title, content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_twenty_messages_leave_in_a_minute() {
        let desk = Desk::new(Webhook::parse("http://127.0.0.1:9/send?key=x").unwrap());
        let start = Instant::now();
        assert!(desk.take(15, start));
        assert!(desk.take(5, start + Duration::from_secs(30)));
        assert!(!desk.take(1, start + Duration::from_secs(59)));
        // The first 15 are a minute old: room for 15, not 16.
        assert!(!desk.take(16, start + Duration::from_secs(60)));
        assert!(desk.take(15, start + Duration::from_secs(60)));
        assert!(!desk.take(1, start + Duration::from_secs(61)));
    }
}
