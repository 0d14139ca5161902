//! The report: what the journals observed, with the knowledge base's titles and texts, sorted
//! the way a lead reads it (most common first). Every format renders this and nothing else.

use std::cmp::Reverse;

use super::gaps::{self, Groups};
use super::observed::{Observed, QuestionCount, SolutionCount};
use super::period::{Day, Days};
use crate::kb::{Kb, SolutionId};
use crate::lang::Lang;
use crate::ui::render::solution_name;

/// A journal read, and its sessions in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalRead {
    pub path: String,
    pub sessions: u64,
}

/// An entry or solution, with its title in the knowledge base read now (`None` when that has
/// no such id: a session recorded against another version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub id: String,
    pub title: Option<String>,
    pub sessions: u64,
}

/// A solution's sessions and what the employees said of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SolutionLine {
    pub line: Line,
    pub count: SolutionCount,
}

impl SolutionLine {
    /// Employees who said whether it helped.
    pub fn rated(&self) -> u64 {
        self.count.solved + self.count.not_solved
    }

    /// The share of them who said it did not, in whole percent.
    pub fn not_solved_percent(&self) -> u64 {
        (self.count.not_solved * 100 + self.rated() / 2) / self.rated().max(1)
    }
}

/// A question, with its text in the knowledge base read now, and how often something befell it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionLine {
    pub id: String,
    pub text: Option<String>,
    /// Answers 不确定, or sessions abandoned at it.
    pub count: u64,
    /// Times it was answered at all.
    pub answered: u64,
}

/// Everything a report shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub journals: Vec<JournalRead>,
    /// The days asked for.
    pub since: Option<Day>,
    pub until: Option<Day>,
    /// The first and last session seen (seconds since 1970 UTC).
    pub first: Option<i64>,
    pub last: Option<i64>,
    /// The version of the knowledge base read now.
    pub kb_version: String,
    pub sessions: u64,
    pub found: u64,
    pub not_covered: u64,
    pub abandoned: u64,
    pub cli: u64,
    pub web: u64,
    /// Questions the caller answered per session that found a solution.
    pub mean_questions: f64,
    /// Questions the caller answered per session that ended "not covered".
    pub mean_questions_not_covered: f64,
    /// Sessions recorded against another version of the knowledge base.
    pub other_versions: u64,
    pub entries: Vec<Line>,
    pub solutions: Vec<SolutionLine>,
    /// What "not covered" sessions said, grouped.
    pub gaps: Groups,
    /// "Not covered" sessions that said nothing.
    pub untold: u64,
    pub unsure: Vec<QuestionLine>,
    pub stopped: Vec<QuestionLine>,
    /// Searches that found nothing, grouped.
    pub searches: Groups,
}

impl Report {
    /// The report of `observed` over `days`, with the texts of `kb`; `canonical` normalizes
    /// texts as search does, to group them.
    pub fn new(
        observed: &Observed,
        days: Days,
        (kb, kb_version): (&Kb, &str),
        canonical: &dyn Fn(&str) -> String,
        lang: Lang,
    ) -> Report {
        let journals = (observed.journals.iter().zip(&observed.journal_sessions))
            .map(|(path, &sessions)| JournalRead {
                path: path.display().to_string(),
                sessions,
            })
            .collect();
        let mut entries: Vec<Line> = (observed.entries.iter())
            .map(|(id, &sessions)| Line {
                id: id.clone(),
                title: id.parse().ok().and_then(|id| kb.entry(id)).map(|e| e.title.clone()),
                sessions,
            })
            .collect();
        entries.sort_by(|a, b| (b.sessions.cmp(&a.sessions)).then(order(&a.id).cmp(&order(&b.id))));
        let mut solutions: Vec<SolutionLine> = (observed.solutions.iter())
            .map(|(id, &count)| SolutionLine {
                line: Line {
                    id: id.clone(),
                    title: solution_title(kb, id, lang),
                    sessions: count.sessions,
                },
                count,
            })
            .collect();
        solutions
            .sort_by(|a, b| (b.line.sessions.cmp(&a.line.sessions)).then(order(&a.line.id).cmp(&order(&b.line.id))));
        let gaps = gaps::group(&observed.uncovered_texts, canonical).shown_in(lang);
        Report {
            journals,
            since: days.since,
            until: days.until,
            first: observed.first,
            last: observed.last,
            kb_version: kb_version.to_owned(),
            sessions: observed.sessions,
            found: observed.found,
            not_covered: observed.not_covered,
            abandoned: observed.abandoned,
            cli: observed.cli,
            web: observed.web,
            mean_questions: observed.mean_questions().0,
            mean_questions_not_covered: observed.mean_questions().1,
            other_versions: observed.other_versions,
            entries,
            solutions,
            untold: observed.not_covered - gaps.total,
            gaps,
            unsure: questions(kb, observed, |q| q.unsure),
            stopped: questions(kb, observed, |q| q.abandoned),
            searches: gaps::group(&observed.empty_searches, canonical).shown_in(lang),
        }
    }

    /// The solutions employees gave their word on, the most often not solved first (by share,
    /// then by count).
    pub fn feedback(&self) -> Vec<&SolutionLine> {
        let mut rated: Vec<&SolutionLine> = (self.solutions.iter()).filter(|s| s.rated() > 0).collect();
        rated.sort_by(|a, b| {
            let share = |s: &SolutionLine| s.count.not_solved as f64 / s.rated() as f64;
            (share(b).total_cmp(&share(a)))
                .then(b.count.not_solved.cmp(&a.count.not_solved))
                .then(order(&a.line.id).cmp(&order(&b.line.id)))
        });
        rated
    }

    /// The solutions no employee gave their word on, in the knowledge base's order.
    pub fn unrated(&self) -> Vec<&SolutionLine> {
        let mut unrated: Vec<&SolutionLine> = (self.solutions.iter()).filter(|s| s.rated() == 0).collect();
        unrated.sort_by(|a, b| order(&a.line.id).cmp(&order(&b.line.id)));
        unrated
    }
}

/// Ids in the knowledge base's order ("2.1" before "10"); what is not an id, last.
fn order(id: &str) -> (u32, u32, &str) {
    match id.parse::<SolutionId>() {
        Ok(parsed) => (parsed.entry, parsed.case.unwrap_or(0), ""),
        Err(()) => (u32::MAX, u32::MAX, id),
    }
}

/// A solution named as `show` and the tree name it, without its number.
fn solution_title(kb: &Kb, id: &str, lang: Lang) -> Option<String> {
    let s = kb.solution_index(id.parse().ok()?)?;
    let name = solution_name(kb, s, lang);
    Some(name.strip_prefix(&format!("{id} ")).unwrap_or(&name).to_owned())
}

/// The questions `what` counts something of, the most first.
fn questions(kb: &Kb, observed: &Observed, what: impl Fn(&QuestionCount) -> u64) -> Vec<QuestionLine> {
    let mut lines: Vec<QuestionLine> = (observed.by_question.iter())
        .filter(|(_, q)| what(q) > 0)
        .map(|(id, q)| QuestionLine {
            id: id.clone(),
            text: (kb.questions.iter()).find(|k| &k.id == id).map(|k| k.text.clone()),
            count: what(q),
            answered: q.answered,
        })
        .collect();
    // Questions in the knowledge base's order where counts tie.
    let position = |id: &str| kb.questions.iter().position(|q| q.id == id).unwrap_or(usize::MAX);
    lines.sort_by_key(|q| (Reverse(q.count), position(&q.id), q.id.clone()));
    lines
}
