//! What the journals observed, counted in one pass over their rows: the figures every report
//! and the weights are made from.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use rusqlite::params;

use crate::journal::{self, Failed};

/// The counts of one solution.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SolutionCount {
    /// Sessions that concluded it (alone or among others).
    pub sessions: u64,
    /// Sessions that concluded it first.
    pub first: u64,
    /// Of these sessions, those whose employee said it solved the problem.
    pub solved: u64,
    /// … and those who said it did not.
    pub not_solved: u64,
}

/// The counts of one question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuestionCount {
    /// Times it was answered (by the caller or the description).
    pub answered: u64,
    /// Times the answer was 不确定 / 记不清.
    pub unsure: u64,
    /// Sessions abandoned at it.
    pub abandoned: u64,
}

/// Everything counted over the journals in the period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Observed {
    /// The journals read.
    pub journals: Vec<PathBuf>,
    /// The first and last session's time (seconds since 1970 UTC).
    pub first: Option<i64>,
    pub last: Option<i64>,
    pub sessions: u64,
    pub found: u64,
    pub not_covered: u64,
    pub abandoned: u64,
    /// Sessions on the web and on the command line.
    pub web: u64,
    pub cli: u64,
    /// Questions the callers answered, over every session that ended with a result.
    pub questions: u64,
    /// By solution id ("15", "16.2").
    pub solutions: BTreeMap<String, SolutionCount>,
    /// By question id.
    pub by_question: BTreeMap<String, QuestionCount>,
    /// The redacted texts of "not covered" sessions, with how often each was seen.
    pub uncovered_texts: HashMap<String, u64>,
    /// Searches that found nothing, redacted, with how often each was seen.
    pub empty_searches: HashMap<String, u64>,
    /// Sessions whose knowledge-base version is not the one read now: their ids may mean
    /// something else.
    pub other_versions: u64,
}

impl Observed {
    /// Mean questions the caller answered per session with a result.
    pub fn mean_questions(&self) -> f64 {
        let ended = self.found + self.not_covered;
        if ended == 0 {
            0.0
        } else {
            self.questions as f64 / ended as f64
        }
    }
}

/// The period counted, in seconds since 1970 UTC: from `since` (inclusive) until `until`
/// (exclusive).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub since: Option<i64>,
    pub until: Option<i64>,
}

/// Counts the sessions and searches of `journals` in `period`. `kb_version` is the version of
/// the knowledge base the ids are read against.
pub fn observe(journals: &[PathBuf], period: Period, kb_version: &str) -> Result<Observed, Failed> {
    let mut observed = Observed {
        journals: journals.to_vec(),
        ..Observed::default()
    };
    for path in journals {
        let connection = journal::open_to_read(path)?;
        let failed = |e: rusqlite::Error| Failed {
            path: path.clone(),
            error: e.into(),
        };
        let (since, until) = (period.since.unwrap_or(i64::MIN), period.until.unwrap_or(i64::MAX));
        let mut rows = connection
            .prepare(
                "SELECT at, channel, kb_version, answers, outcome, solutions, stopped_at, questions, feedback,
                        CASE WHEN outcome = 'not_covered' THEN text END
                 FROM sessions WHERE at >= ?1 AND at < ?2",
            )
            .map_err(failed)?;
        let mut rows = rows.query(params![since, until]).map_err(failed)?;
        while let Some(row) = rows.next().map_err(failed)? {
            let at: i64 = row.get(0).map_err(failed)?;
            observed.first = Some(observed.first.map_or(at, |f| f.min(at)));
            observed.last = Some(observed.last.map_or(at, |l| l.max(at)));
            observed.sessions += 1;
            let channel = row.get_ref(1).map_err(failed)?.as_str().unwrap_or_default();
            if channel == "web" {
                observed.web += 1;
            } else {
                observed.cli += 1;
            }
            if row.get_ref(2).map_err(failed)?.as_str().unwrap_or_default() != kb_version {
                observed.other_versions += 1;
            }
            let answers = row.get_ref(3).map_err(failed)?.as_str().unwrap_or_default();
            for pair in answers.split(',').filter(|p| !p.is_empty()) {
                let (question, answer) = pair.split_once('=').unwrap_or((pair, ""));
                let count = entry(&mut observed.by_question, question);
                count.answered += 1;
                if answer == "unsure" {
                    count.unsure += 1;
                }
            }
            let outcome = row.get_ref(4).map_err(failed)?.as_str().unwrap_or_default();
            let questions: i64 = row.get(7).map_err(failed)?;
            match outcome {
                "found" => observed.found += 1,
                "not_covered" => observed.not_covered += 1,
                _ => {
                    observed.abandoned += 1;
                    if let Some(question) = row.get_ref(6).map_err(failed)?.as_str_or_null().ok().flatten() {
                        entry(&mut observed.by_question, question).abandoned += 1;
                    }
                    continue;
                }
            }
            observed.questions += u64::try_from(questions).unwrap_or(0);
            let feedback = row.get_ref(8).map_err(failed)?.as_str_or_null().ok().flatten();
            let solutions = row.get_ref(5).map_err(failed)?.as_str().unwrap_or_default();
            for (k, solution) in solutions.split(',').filter(|s| !s.is_empty()).enumerate() {
                let count = entry(&mut observed.solutions, solution);
                count.sessions += 1;
                count.first += u64::from(k == 0);
                match feedback {
                    Some("solved") => count.solved += 1,
                    Some("not_solved") => count.not_solved += 1,
                    _ => {}
                }
            }
            if let Some(text) = row.get_ref(9).map_err(failed)?.as_str_or_null().ok().flatten() {
                *observed.uncovered_texts.entry(text.to_owned()).or_default() += 1;
            }
        }
        let mut searches = connection
            .prepare("SELECT text FROM searches WHERE at >= ?1 AND at < ?2")
            .map_err(failed)?;
        let mut searches = searches.query(params![since, until]).map_err(failed)?;
        while let Some(row) = searches.next().map_err(failed)? {
            let text = row.get_ref(0).map_err(failed)?.as_str().unwrap_or_default();
            *observed.empty_searches.entry(text.to_owned()).or_default() += 1;
        }
    }
    Ok(observed)
}

/// The count under `key`, made when missing, without copying the key when it is there.
fn entry<'m, T: Default>(map: &'m mut BTreeMap<String, T>, key: &str) -> &'m mut T {
    if !map.contains_key(key) {
        map.insert(key.to_owned(), T::default());
    }
    map.get_mut(key).expect("just inserted")
}
