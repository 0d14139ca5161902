//! What `stats` refuses before reading anything: no journal to read, or days it cannot use.

use std::path::PathBuf;

use super::period::Day;
use crate::kb::t;
use crate::lang::Lang;

/// Why `stats` cannot start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Neither `--journal` nor `WECOM_HELP_JOURNAL`, and `serve`'s default journal, when there
    /// is one, is not there.
    NoJournal { default: Option<PathBuf> },
    /// `--since` or `--until` with something that is not written as a day.
    BadDate { option: &'static str, given: String },
    /// `--since` or `--until` with a day written right that does not exist (`2026-02-30`).
    NoSuchDay { option: &'static str, given: String },
    /// `--until` names a day before `--since`.
    UntilBeforeSince { since: Day, until: Day },
}

impl Problem {
    /// What the reader is told, in `lang`: what is wrong and what to do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::NoJournal { default: None } => t!(lang, "stats-no-journal"),
            Problem::NoJournal { default: Some(path) } => {
                t!(lang, "stats-no-journal-default", path = path.display().to_string())
            }
            Problem::NoSuchDay { option, given } => t!(lang, "stats-no-such-day", option = *option, given = given),
            Problem::BadDate { option, given } => format!(
                "{}\n{}",
                t!(lang, "stats-bad-date", option = *option, given = given),
                t!(lang, "error-usage-see-help")
            ),
            Problem::UntilBeforeSince { since, until } => t!(
                lang,
                "stats-until-before-since",
                since = since.to_string(),
                until = until.to_string()
            ),
        }
    }
}
