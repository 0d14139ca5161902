//! Everything that can go wrong, each with the message the agent reads and an exit code.

use std::{fmt, io};

use crate::kb::{Diagnostic, Message, t};
use crate::lang::Lang;
use crate::webhook::{self, NotSent};

mod refused;
mod usage;

pub use crate::kb::os::{os, os_message};
pub use refused::{Accepts, By, Refused, Why};
pub use usage::Usage;

/// Exit code: the command did its job (a solution was found, the base is valid).
pub const EXIT_OK: i32 = 0;
/// Exit code: no result (the wizard was left with Esc).
pub const EXIT_NO_RESULT: i32 = 1;
/// Exit code: bad input, a broken knowledge base, or a usage error.
pub const EXIT_USAGE: i32 = 2;
/// Exit code: the result was shown (and saved), but not sent to the support desk's WeCom group.
pub const EXIT_NOT_SENT: i32 = 3;
/// Exit code: interrupted with Ctrl-C.
pub const EXIT_INTERRUPTED: i32 = 130;

/// An error that ends the command.
#[derive(Debug)]
pub enum Error {
    /// The knowledge base is broken.
    Kb(Vec<Diagnostic>),
    /// `check`: entries or questions without a translation.
    Untranslated(Vec<Diagnostic>),
    /// An environment variable names a language the program does not speak.
    UnknownLanguage {
        variable: &'static str,
        value: String,
    },
    /// A command line that does not parse.
    Usage(Usage),
    /// `help` with the name of no command.
    NoSuchCommand {
        given: String,
    },
    NoSuchEntry {
        given: String,
        first: u32,
        last: u32,
    },
    /// `show` without a number and without a terminal to pick one in.
    NeedNumber {
        first: u32,
        last: u32,
    },
    NoSuchSolution {
        given: String,
        entry: u32,
        choices: Vec<String>,
    },
    /// No terminal to ask `question` in; `example` is the command that would answer it.
    NoTerminal {
        question: String,
        accepts: Accepts,
        example: String,
    },
    /// The decision tree has more nodes than `tree` draws.
    TreeTooLarge {
        limit: usize,
    },
    AnswersRunOut {
        question: String,
        accepts: Accepts,
    },
    /// An answer refused where it met its question.
    Refused {
        by: By,
        why: Why,
        refused: Refused,
    },
    /// An answer of `--answers` that is no answer at all, after the answers before it reached the
    /// result: it met no question, but may be a typo for one that would have changed it.
    PastResult {
        token: String,
        position: usize,
    },
    Interrupted,
    /// `--resume` with something that is not a hand-off code.
    BadResumeCode {
        code: String,
    },
    /// `--resume` with a code made on another version of the knowledge base.
    ResumeKbChanged {
        code: String,
    },
    /// `serve` cannot listen at the address given.
    Bind {
        address: String,
        error: io::Error,
    },
    /// `--save` to a file that exists, without `--force`.
    WouldOverwrite {
        path: String,
    },
    /// `--save` names a symbolic link to nothing.
    SaveDangling {
        path: String,
    },
    /// `--save` names a folder, a device or anything else that is not a file.
    SaveNotFile {
        path: String,
    },
    /// `--save` names a file in a folder that does not exist or takes no new files.
    SaveFolder {
        path: String,
        folder: String,
        error: io::Error,
    },
    /// `--save` could not write the file.
    Save {
        path: String,
        error: io::Error,
    },
    /// The journal cannot be opened or read (where a command cannot go on without it).
    Journal(crate::journal::Failed),
    /// `serve` without a journal given and no data folder to keep one in.
    NoJournal,
    /// `stats` cannot start: no journal, or days it cannot use.
    Stats(crate::stats::Problem),
    /// `--send` without a webhook to send to.
    NoWebhook,
    /// The webhook's variable holds no http or https URL.
    WebhookNotHttp,
    /// The result, shown, was not (all) sent to the group.
    NotSent(NotSent),
    /// `stats --weights` cannot propose or write the weights; the message says why and what
    /// was left as it was.
    Weights(Message),
    Io(io::Error),
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Interrupted => EXIT_INTERRUPTED,
            Error::NotSent(_) => EXIT_NOT_SENT,
            _ => EXIT_USAGE,
        }
    }

    /// What the agent reads, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Error::Kb(problems) => {
                let heading = t!(lang, "error-kb-broken", count = Diagnostic::total(problems));
                list(lang, &heading, problems)
            }
            Error::Untranslated(missing) => {
                let heading = t!(lang, "error-untranslated", count = Diagnostic::total(missing));
                list(lang, &heading, missing)
            }
            Error::UnknownLanguage { variable, value } => {
                t!(lang, "error-unknown-language", variable = *variable, value = value)
            }
            Error::Usage(usage) => usage.message(lang),
            Error::NoSuchCommand { given } => t!(lang, "error-no-such-command", given = given),
            Error::NoSuchEntry { given, first, last } => {
                t!(lang, "error-no-such-entry", given = given, first = *first, last = *last)
            }
            Error::NeedNumber { first, last } => t!(lang, "error-need-number", first = *first, last = *last),
            Error::NoSuchSolution { given, entry, choices } => t!(
                lang,
                "error-no-such-solution",
                entry = *entry,
                given = given,
                choices = choices.clone()
            ),
            Error::NoTerminal {
                question,
                accepts,
                example,
            } => t!(
                lang,
                "error-no-terminal",
                question = question,
                example = example,
                accepts = accepts.words(lang)
            ),
            Error::TreeTooLarge { limit } => t!(lang, "error-tree-too-large", limit = *limit),
            Error::AnswersRunOut { question, accepts } => t!(
                lang,
                "error-answers-run-out",
                question = question,
                accepts = accepts.words(lang)
            ),
            Error::Refused { by, why, refused } => refused.message(by, *why, lang),
            Error::PastResult { token, position } => {
                t!(lang, "error-answer-past-result", position = *position, token = token)
            }
            Error::Interrupted => t!(lang, "error-interrupted"),
            Error::BadResumeCode { code } => t!(lang, "error-bad-resume-code", code = code),
            Error::ResumeKbChanged { code } => t!(lang, "error-resume-kb-changed", code = code),
            Error::Bind { address, error } if error.kind() == io::ErrorKind::AddrInUse => {
                t!(lang, "error-bind-in-use", address = address)
            }
            Error::Bind { address, error } if error.kind() == io::ErrorKind::AddrNotAvailable => {
                let port = address.rsplit(':').next().unwrap_or_default();
                t!(lang, "error-bind-not-here", address = address, port = port)
            }
            Error::Bind { address, error } => t!(lang, "error-bind", address = address, error = os(error, lang)),
            Error::WouldOverwrite { path } => t!(lang, "error-would-overwrite", path = path),
            Error::SaveDangling { path } => t!(lang, "error-save-dangling", path = path),
            Error::SaveNotFile { path } => t!(lang, "error-save-not-file", path = path),
            Error::SaveFolder { path, folder, error } => t!(
                lang,
                "error-save-folder",
                path = path,
                folder = folder,
                error = os(error, lang)
            ),
            Error::Save { path, error } => t!(lang, "error-save", path = path, error = os(error, lang)),
            Error::Journal(failed) => failed.message(lang),
            Error::NoJournal => t!(lang, "error-no-journal"),
            Error::Stats(problem) => problem.message(lang),
            Error::NoWebhook => t!(lang, "error-webhook-missing", variable = webhook::VARIABLE),
            Error::WebhookNotHttp => t!(lang, "error-webhook-not-http", variable = webhook::VARIABLE),
            Error::NotSent(not_sent) => not_sent_message(not_sent, lang),
            Error::Weights(message) => message.render(lang),
            Error::Io(e) => t!(lang, "error-io", error = os(e, lang)),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Zh))
    }
}

impl std::error::Error for Error {}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

/// What was sent and why the rest was not, and where the agent finds what to paste instead.
fn not_sent_message(not_sent: &NotSent, lang: Lang) -> String {
    let NotSent { sent, total, failure } = not_sent;
    let reason = failure.reason(lang);
    match (sent, failure) {
        (0, webhook::Failure::TooMany) => t!(lang, "error-not-sent-too-many", reason = reason),
        (0, _) => t!(lang, "error-not-sent", reason = reason),
        _ => t!(
            lang,
            "error-not-sent-partly",
            reason = reason,
            sent = *sent,
            total = *total,
            next = sent + 1
        ),
    }
}

fn list(lang: Lang, heading: &str, problems: &[Diagnostic]) -> String {
    let mut text = heading.to_owned();
    for p in problems {
        text.push_str("\n  ");
        text.push_str(&p.render(lang));
    }
    text
}
