//! What the pages write in the journal: a row per finished session, the employee's feedback
//! on it, and searches that found nothing. Written after the page is rendered and before it is
//! sent, on a thread that may wait for other writers; a failed write is logged and the page is
//! sent all the same.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use axum::response::Response;

use crate::journal::{self, Channel, Feedback, Journal, SessionRow};
use crate::lang::Lang;

/// A page and what it asks to be written.
pub type Written = (Response, Option<Record>);

/// What a page asks to be written in the journal.
#[derive(Debug)]
pub enum Record {
    /// A session that ended.
    Session(Box<SessionRow>),
    /// The employee's word on the session `token`; `row` is the session, recorded with it when
    /// the journal does not have it.
    Feedback {
        token: String,
        feedback: Feedback,
        row: Box<SessionRow>,
    },
    /// A search that found nothing.
    Search { text: String, lang: Lang },
}

/// The server's journal.
#[derive(Debug, Clone)]
pub struct Shared {
    journal: Arc<Mutex<Journal>>,
    kb_version: String,
    /// The language of the log.
    lang: Lang,
}

impl Shared {
    pub fn new(journal: Journal, kb_version: String, lang: Lang) -> Self {
        Shared {
            journal: Arc::new(Mutex::new(journal)),
            kb_version,
            lang,
        }
    }

    /// Writes `record`, waiting on a blocking thread (another process may hold the journal for
    /// a moment). A failure is logged, never shown to the employee.
    pub async fn write(&self, record: Record) {
        let shared = self.clone();
        let written = tokio::task::spawn_blocking(move || {
            let journal = shared.journal.lock().unwrap_or_else(PoisonError::into_inner);
            match record {
                Record::Session(row) => journal.record(&row),
                Record::Feedback { token, feedback, row } => journal.feedback(&token, feedback, &row),
                Record::Search { text, lang } => journal.search(&journal::Search {
                    at: journal::now(),
                    channel: Channel::Web,
                    kb_version: &shared.kb_version,
                    lang: journal::lang_code(lang),
                    text: &text,
                }),
            }
        })
        .await;
        match written {
            Ok(Ok(())) => {}
            Ok(Err(failed)) => tracing::warn!(target: "wecom_help::journal", "{}", failed.message(self.lang)),
            Err(panicked) => tracing::warn!(target: "wecom_help::journal", "{panicked}"),
        }
    }
}

/// A new session key: 128 bits no other session has, as 32 hex digits. Not a secret (it only
/// lets its holder say whether the solution worked), so the standard library's random hash
/// keys are randomness enough.
pub fn token() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let half = || {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        hasher.write_u64(journal::now() as u64);
        hasher.finish()
    };
    format!("{:016x}{:016x}", half(), half())
}

/// Whether `given` is a key [`token`] could have made.
pub fn is_token(given: &str) -> bool {
    given.len() == 32 && given.bytes().all(|b| b.is_ascii_hexdigit())
}
