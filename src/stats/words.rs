//! The sentences the text and the web page both say around the figures, from the catalog.

use super::period::Local;
use super::report::{Line, QuestionLine, Report};
use crate::journal;
use crate::kb::t;
use crate::lang::Lang;
use crate::printable::{is_line_break, printable};

/// What a report says before its charts, in one language.
pub struct Words {
    /// The journals read, with their sessions.
    pub journals: String,
    /// The days asked for, and the time zone they are read in.
    pub period: String,
    /// The first and last session, when there was any.
    pub seen: Option<String>,
    /// Said instead of the figures when nothing at all was recorded (in the period, if one was
    /// given).
    pub empty: Option<String>,
    /// The number of sessions and the means of questions.
    pub sessions: String,
    /// Each outcome's name and sessions.
    pub outcomes: [(String, u64); 3],
    /// Each channel's name and sessions.
    pub channels: [(String, u64); 2],
    /// Said when sessions were recorded against another knowledge base.
    pub other_versions: Option<String>,
    /// The solutions no employee said anything of.
    pub unrated: Option<String>,
}

impl Words {
    pub fn new(report: &Report, lang: Lang) -> Words {
        let journals: Vec<String> = (report.journals.iter())
            .map(|j| t!(lang, "stats-journal", path = one_line(&j.path), sessions = j.sessions))
            .collect();
        let period = match (report.since, report.until) {
            (None, None) => t!(lang, "stats-period-all"),
            (Some(since), None) => t!(lang, "stats-period-since", since = since.to_string()),
            (None, Some(until)) => t!(lang, "stats-period-until", until = until.to_string()),
            (Some(since), Some(until)) => t!(
                lang,
                "stats-period-between",
                since = since.to_string(),
                until = until.to_string()
            ),
        };
        // The zone in force when the sessions were recorded (or now, without any).
        let zone = Local::of(report.first.unwrap_or_else(journal::now)).zone();
        let seen = report.first.zip(report.last).map(|(first, last)| {
            t!(
                lang,
                "stats-seen",
                first = Local::of(first).to_string(),
                last = Local::of(last).to_string()
            )
        });
        let unrated: Vec<String> = report.unrated().iter().map(|s| one_line(&s.line.id)).collect();
        Words {
            journals: t!(lang, "stats-journals", journals = journals),
            period: t!(lang, "stats-period", period = period, zone = zone),
            seen,
            empty: (report.sessions == 0 && report.searches.total == 0).then(|| match (report.since, report.until) {
                (None, None) => t!(lang, "stats-empty-journal"),
                _ => t!(lang, "stats-empty"),
            }),
            sessions: match report.not_covered {
                0 => t!(
                    lang,
                    "stats-sessions",
                    sessions = report.sessions,
                    mean = format!("{:.2}", report.mean_questions)
                ),
                _ => t!(
                    lang,
                    "stats-sessions-not-covered",
                    sessions = report.sessions,
                    mean = format!("{:.2}", report.mean_questions),
                    uncovered = format!("{:.2}", report.mean_questions_not_covered)
                ),
            },
            outcomes: [
                (t!(lang, "stats-outcome-found"), report.found),
                (t!(lang, "stats-outcome-not-covered"), report.not_covered),
                (t!(lang, "stats-outcome-abandoned"), report.abandoned),
            ],
            channels: [
                (t!(lang, "stats-channel-web"), report.web),
                (t!(lang, "stats-channel-cli"), report.cli),
            ],
            other_versions: (report.other_versions > 0).then(|| {
                t!(
                    lang,
                    "stats-other-versions",
                    count = report.other_versions,
                    version = &report.kb_version
                )
            }),
            unrated: (!unrated.is_empty()).then(|| t!(lang, "stats-unrated", ids = unrated)),
        }
    }
}

/// An entry's or solution's title, or words saying the knowledge base has no such id.
pub fn title(line: &Line, lang: Lang) -> String {
    (line.title.clone()).unwrap_or_else(|| t!(lang, "stats-unknown-id"))
}

/// A question's text, or words saying the knowledge base has no such question.
pub fn question(question: &QuestionLine, lang: Lang) -> String {
    (question.text.clone()).unwrap_or_else(|| t!(lang, "stats-unknown-question", id = one_line(&question.id)))
}

/// What an employee typed (or a path), as one line that shows its control characters rather
/// than obeying them.
pub fn one_line(text: &str) -> String {
    printable(text)
        .chars()
        .map(|c| if is_line_break(c) { ' ' } else { c })
        .collect()
}
