//! `wecom-help serve`: the wizard, the entries and search as web pages, from the same knowledge
//! base, engine, search and renderers as the command line. Every page is a function of its URL:
//! the server keeps no session.

mod cache;
mod faq;
mod feedback;
mod handoff;
mod journal;
mod limits;
mod origin;
mod page;
mod send;
mod server;
mod wizard;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::engine::Session;
use axum::Router;
use axum::extract::{RawQuery, Request, State};
use axum::http::header::{CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::Response;
use axum::routing::get;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::cli::Options;
use crate::error::Error;
use crate::journal::Feedback;
use crate::kb::search::Index;
use crate::kb::{Kb, t};
use crate::knowledge::Knowledge;
use crate::lang::Lang;
use crate::webhook::Webhook;
use page::Ctx;

pub use journal::Writer;
pub use limits::{MAX_HEADERS, MAX_URL};

/// What every page reads: the knowledge base in both languages and the search index.
#[derive(Debug)]
pub struct App {
    zh: Kb,
    en: Kb,
    index: Index,
    /// A session at its start in each language, which a page copies rather than builds.
    fresh: [Session; 2],
    /// Where finished sessions are recorded, when anywhere.
    journal: Option<journal::Shared>,
    /// The support desk's group, when the hand-off page may send to it.
    desk: Option<send::Desk>,
}

impl App {
    /// The pages' data from a knowledge base.
    pub fn new(knowledge: &Knowledge) -> Result<Self, Error> {
        let (zh, en) = (
            knowledge.kb_in(Lang::Zh).map_err(Error::Kb)?,
            knowledge.kb_in(Lang::En).map_err(Error::Kb)?,
        );
        Ok(App {
            fresh: [Session::new(&zh), Session::new(&en)],
            zh,
            en,
            index: knowledge.index().map_err(Error::Kb)?,
            journal: None,
            desk: None,
        })
    }

    /// The same pages, whose hand-off page sends the record to the group robot at `webhook`.
    pub fn sending_to(self, webhook: Webhook) -> Self {
        App {
            desk: Some(send::Desk::new(webhook)),
            ..self
        }
    }

    /// The pages' data, recording finished sessions in `journal` by a thread of its own,
    /// which is returned to wait for once the pages are gone; `lang` is the language of the log.
    pub fn with_journal(self, journal: crate::journal::Journal, lang: Lang) -> (Self, journal::Writer) {
        let (shared, writer) = journal::start(journal, crate::resume::version(&self.zh), lang);
        let app = App {
            journal: Some(shared),
            ..self
        };
        (app, writer)
    }

    /// Writes what a page asks to, when there is a journal.
    fn write(&self, record: Option<journal::Record>) {
        if let (Some(journal), Some(record)) = (&self.journal, record) {
            journal.write(record);
        }
    }

    /// A session at its start, in `lang`.
    fn fresh(&self, lang: Lang) -> Session {
        self.fresh[usize::from(lang == Lang::En)].clone()
    }

    /// The knowledge base in `lang`.
    fn kb(&self, lang: Lang) -> &Kb {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The most a handler may take; the pages take far less.
const HANDLER_TIMEOUT: Duration = Duration::from_secs(10);

/// The policy every page is served with: nothing from elsewhere, no script at all.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; \
                   frame-ancestors 'none'";

/// The pages, with the limits and headers every response gets.
pub fn router(app: App) -> Router {
    let app = Arc::new(app);
    let pages = Router::new()
        .route("/", get(home))
        .route("/diagnose", get(diagnose))
        .route("/solved", get(solved).post(solved_post))
        .route("/handoff", get(handoff).post(handoff_post))
        .route("/faq/{id}", get(entry))
        .route("/search", get(search))
        .route("/style.css", get(|| async { page::style() }))
        .route("/health", get(|| async { "ok\n" }))
        .fallback(not_found)
        .with_state(Arc::clone(&app))
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(cache::Pages::default()),
            cache::kept,
        ));
    let header = |name, value| SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value));
    pages
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            HANDLER_TIMEOUT,
        ))
        .merge(send::routes(app))
        .layer(RequestBodyLimitLayer::new(1024))
        .layer(axum::middleware::from_fn(limits::refuse_oversized))
        .layer(header(CONTENT_SECURITY_POLICY, CSP))
        .layer(header(X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(X_FRAME_OPTIONS, "DENY"))
        // The URL can hold the employee's words: never send it elsewhere.
        .layer(header(REFERRER_POLICY, "no-referrer"))
}

/// Serves the pages at `bind` until SIGTERM or Ctrl-C, recording in the journal the options
/// name (or the default one), the hand-off page sending to `webhook` when there is one.
pub fn serve(
    knowledge: &Knowledge,
    bind: SocketAddr,
    webhook: Option<Webhook>,
    options: &Options,
) -> Result<i32, Error> {
    let lang = options.lang;
    let path = match &options.journal {
        Some(path) => path.clone(),
        None => {
            let path = crate::journal::default_path().ok_or(Error::NoJournal)?;
            if let Some(folder) = path.parent() {
                // A failure shows as the journal's own when it is opened.
                let _ = std::fs::create_dir_all(folder);
            }
            path
        }
    };
    let journal = crate::journal::Journal::open(&path).map_err(Error::Journal)?;
    let app = App::new(knowledge)?;
    let app = match webhook {
        Some(webhook) => app.sending_to(webhook),
        None => app,
    };
    let (app, writer) = app.with_journal(journal, lang);
    let said = t!(lang, "web-journal", path = path.display().to_string());
    let served = server::run(router(app), bind, lang, &said);
    writer.finish();
    served
}

type Shared = State<Arc<App>>;

fn ctx(uri: &Uri, query: Option<String>) -> Ctx {
    Ctx::new(uri.path(), query.as_deref())
}

async fn home(State(app): Shared, uri: Uri, RawQuery(query): RawQuery) -> Response {
    faq::home(&app, &ctx(&uri, query))
}

async fn diagnose(State(app): Shared, headers: HeaderMap, uri: Uri, RawQuery(query): RawQuery) -> Response {
    written(
        &app,
        wizard::diagnose(&app, &ctx(&uri, query), origin::clicked_here(&headers)),
    )
}

async fn solved(State(app): Shared, uri: Uri, RawQuery(query): RawQuery) -> Response {
    handoff::solved(&app, &ctx(&uri, query))
}

async fn handoff(State(app): Shared, uri: Uri, RawQuery(query): RawQuery) -> Response {
    handoff::handoff(&app, &ctx(&uri, query))
}

async fn solved_post(State(app): Shared, headers: HeaderMap, uri: Uri, RawQuery(query): RawQuery) -> Response {
    feedback::post(&app, &ctx(&uri, query), &headers, Feedback::Solved).await
}

async fn handoff_post(State(app): Shared, headers: HeaderMap, uri: Uri, RawQuery(query): RawQuery) -> Response {
    feedback::post(&app, &ctx(&uri, query), &headers, Feedback::NotSolved).await
}

/// The page, what it asks to be written on its way to the journal.
fn written(app: &App, (page, record): journal::Written) -> Response {
    app.write(record);
    page
}

async fn entry(
    State(app): Shared,
    axum::extract::Path(id): axum::extract::Path<String>,
    uri: Uri,
    RawQuery(query): RawQuery,
) -> Response {
    faq::entry(&app, &ctx(&uri, query), &id)
}

async fn search(State(app): Shared, uri: Uri, RawQuery(query): RawQuery) -> Response {
    written(&app, faq::search(&app, &ctx(&uri, query)))
}

async fn not_found(request: Request) -> Response {
    let ctx = ctx(request.uri(), request.uri().query().map(str::to_owned));
    let lang = ctx.lang;
    ctx.problem(
        StatusCode::NOT_FOUND,
        &t!(lang, "web-not-found"),
        &t!(lang, "web-not-found-text"),
    )
}
