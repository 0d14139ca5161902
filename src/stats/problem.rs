//! What `stats` refuses before reading anything: no journal to read, or days it cannot use.

use super::period::Day;
use crate::kb::t;
use crate::lang::Lang;

/// Why `stats` cannot start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Neither `--journal` nor `WECOM_HELP_JOURNAL`.
    NoJournal,
    /// `--since` or `--until` with something that is not a day.
    BadDate { option: &'static str, given: String },
    /// `--until` names a day before `--since`.
    UntilBeforeSince { since: Day, until: Day },
}

impl Problem {
    /// What the reader is told, in `lang`: what is wrong and what to do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::NoJournal => t!(lang, "stats-no-journal"),
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
