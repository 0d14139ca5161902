//! What the pages write in the journal: a row per finished session, the employee's feedback
//! on it, and searches that found nothing. Written by a thread of its own while the page is
//! sent, so a journal held by another writer never keeps a page waiting; a failed write is
//! logged. The server waits for the thread to write everything before it exits.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::thread::JoinHandle;

use axum::response::Response;
use tokio::sync::oneshot;

use crate::journal::{self, Channel, Feedback, Journal, Landed, SessionRow};
use crate::kb::t;
use crate::lang::Lang;

/// A page and what it asks to be written.
pub type Written = (Response, Option<Record>);

/// What a page asks to be written in the journal.
#[derive(Debug)]
pub enum Record {
    /// A session that ended.
    Session(Box<SessionRow>),
    /// The employee's word on the session `token`; `row` is the session with it and a new
    /// key, recorded when the key's session gave other answers. Where it landed is `told`.
    Feedback {
        token: String,
        feedback: Feedback,
        row: Box<SessionRow>,
        told: oneshot::Sender<Landed>,
    },
    /// A search that found nothing.
    Search { text: String, lang: Lang },
}

/// How many records may wait for the journal; past that, one is dropped and logged rather
/// than the server's memory growing while another program holds the journal.
const QUEUE: usize = 10_000;

/// Where the pages send what they ask to be written: the journal's thread.
#[derive(Debug, Clone)]
pub struct Shared {
    queue: SyncSender<Record>,
    lang: Lang,
}

/// The thread that writes the journal.
#[derive(Debug)]
pub struct Writer(JoinHandle<()>);

impl Writer {
    /// Waits until everything sent is written: after the pages, and so every sender, are gone.
    pub fn finish(self) {
        let _ = self.0.join();
    }
}

/// Starts the thread that writes `journal`; `lang` is the language of the log.
pub fn start(journal: Journal, kb_version: String, lang: Lang) -> (Shared, Writer) {
    let (queue, records) = sync_channel::<Record>(QUEUE);
    let thread = std::thread::spawn(move || {
        for record in records {
            let written = match record {
                Record::Session(row) => journal.record(&row),
                Record::Feedback {
                    token,
                    feedback,
                    row,
                    told,
                } => journal.feedback(&token, feedback, &row).map(|landed| {
                    // The page may have stopped waiting.
                    let _ = told.send(landed);
                }),
                Record::Search { text, lang } => journal.search(&journal::Search {
                    at: journal::now(),
                    channel: Channel::Web,
                    kb_version: &kb_version,
                    lang: journal::lang_code(lang),
                    text: &text,
                }),
            };
            if let Err(failed) = written {
                tracing::warn!(target: "wecom_help::journal", "{}", failed.message(lang));
            }
        }
    });
    (Shared { queue, lang }, Writer(thread))
}

impl Shared {
    /// Hands `record` to the journal's thread and returns at once.
    pub fn write(&self, record: Record) {
        if self.queue.try_send(record).is_err() {
            tracing::warn!(target: "wecom_help::journal", "{}", t!(self.lang, "web-journal-behind"));
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
