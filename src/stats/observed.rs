//! What the journals observed, counted in one pass over their rows: the figures every report
//! and the weights are made from.
//!
//! The pass only counts each row's strings as they are (most rows repeat a few answer paths and
//! solution lists); the counts of each distinct string are split into questions, solutions and
//! entries once, at the end.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use rusqlite::{Connection, Row, params};

use super::tally::Tally;
use crate::journal::{self, Failed};

/// The counts of one solution.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SolutionCount {
    /// Sessions that concluded it (alone or among others).
    pub sessions: u64,
    /// Sessions that concluded it first.
    pub first: u64,
    /// Of these sessions, those on the web page, where the employee is asked whether it helped.
    pub web: u64,
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
    /// The sessions of each journal in the period, in the order of `journals`.
    pub journal_sessions: Vec<u64>,
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
    /// Questions the callers answered, over the sessions that found a solution.
    pub questions: u64,
    /// Questions the callers answered, over the sessions that ended "not covered".
    pub questions_not_covered: u64,
    /// By solution id ("15", "16.2").
    pub solutions: BTreeMap<String, SolutionCount>,
    /// Sessions by entry id ("16"): a session that concluded 16.1 and 16.3 counts once.
    pub entries: BTreeMap<String, u64>,
    /// By question id.
    pub by_question: BTreeMap<String, QuestionCount>,
    /// The redacted texts of "not covered" sessions, with how often each was seen.
    pub uncovered_texts: Tally,
    /// Searches that found nothing, redacted, with how often each was seen.
    pub empty_searches: Tally,
    /// Sessions whose knowledge-base version is not the one read now: their ids may mean
    /// something else.
    pub other_versions: u64,
}

impl Observed {
    /// Mean questions the caller answered per session that found a solution, and per session
    /// that ended "not covered" (usually after one 都不是: counted apart, so as not to flatter
    /// the first).
    pub fn mean_questions(&self) -> (f64, f64) {
        let mean = |questions: u64, sessions: u64| match sessions {
            0 => 0.0,
            _ => questions as f64 / sessions as f64,
        };
        (
            mean(self.questions, self.found),
            mean(self.questions_not_covered, self.not_covered),
        )
    }
}

/// The period counted, in seconds since 1970 UTC: from `since` (inclusive) until `until`
/// (exclusive).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub since: Option<i64>,
    pub until: Option<i64>,
}

impl Period {
    /// The condition on `at` that keeps a row in the period, with its two bounds as `?1` and
    /// `?2`. Without bounds there is none, so that SQLite reads the table straight through
    /// rather than through its index on `at`.
    pub fn clause(self) -> (&'static str, [i64; 2]) {
        let bounds = [self.since.unwrap_or(i64::MIN), self.until.unwrap_or(i64::MAX)];
        match (self.since, self.until) {
            (None, None) => ("WHERE ?1 <= ?2", bounds),
            _ => ("WHERE at >= ?1 AND at < ?2", bounds),
        }
    }
}

/// The sessions that concluded one list of solutions, by channel and feedback.
#[derive(Debug, Clone, Copy, Default)]
struct Concluded {
    cli: u64,
    web: u64,
    solved: u64,
    not_solved: u64,
}

/// The rows' strings as they were found (bytes: they are read as text once, at the end), each
/// distinct one with its counts.
#[derive(Debug, Default)]
struct Seen {
    answers: HashMap<Vec<u8>, u64>,
    /// By the solutions a session concluded, as the row lists them.
    concluded: HashMap<Vec<u8>, Concluded>,
    stopped_at: HashMap<Vec<u8>, u64>,
}

/// Counts the sessions and searches of `journals` in `period`. `kb_version` is the version of
/// the knowledge base the ids are read against.
pub fn observe(journals: &[PathBuf], period: Period, kb_version: &str) -> Result<Observed, Failed> {
    let mut observed = Observed {
        journals: journals.to_vec(),
        ..Observed::default()
    };
    let mut seen = Seen::default();
    for path in journals {
        let connection = journal::open_to_read(path)?;
        let failed = Failed::reading(path);
        let before = observed.sessions;
        read(&connection, period, kb_version, &mut observed, &mut seen).map_err(failed)?;
        observed.journal_sessions.push(observed.sessions - before);
    }
    spread(&seen, &mut observed);
    Ok(observed)
}

/// The columns of a session as the pass reads them. What is only compared is compared by
/// SQLite, which hands over one number of flags (below) for all of it (its `|` and `<<` bind
/// alike, hence the brackets).
const SESSION: &str = "SELECT at, answers, solutions, stopped_at, questions,
        CASE WHEN outcome = 'not_covered' THEN text END,
        (channel = 'web')
        | ((kb_version != ?3) << 1)
        | CASE outcome WHEN 'found' THEN 0 WHEN 'not_covered' THEN 4 ELSE 8 END
        | CASE feedback WHEN 'solved' THEN 16 WHEN 'not_solved' THEN 32 ELSE 0 END
    FROM sessions";

/// The flags of a session's row.
const WEB: i64 = 1;
const OTHER_VERSION: i64 = 2;
const NOT_COVERED: i64 = 4;
const ABANDONED: i64 = 8;
const SOLVED: i64 = 16;
const NOT_SOLVED: i64 = 32;

/// Counts one journal's rows in `period`.
fn read(
    connection: &Connection,
    period: Period,
    kb_version: &str,
    observed: &mut Observed,
    seen: &mut Seen,
) -> rusqlite::Result<()> {
    let (clause, [since, until]) = period.clause();
    let mut sessions = connection.prepare(&format!("{SESSION} {clause}"))?;
    let mut rows = sessions.query(params![since, until, kb_version])?;
    while let Some(row) = rows.next()? {
        session(row, observed, seen)?;
    }
    let mut searches = connection.prepare(&format!("SELECT text FROM searches {clause}"))?;
    let mut rows = searches.query(params![since, until])?;
    while let Some(row) = rows.next()? {
        let text = row.get_ref(0)?.as_str_or_null()?.unwrap_or_default();
        observed.empty_searches.add(text, 1);
    }
    Ok(())
}

/// Counts one session's row.
fn session(row: &Row, observed: &mut Observed, seen: &mut Seen) -> rusqlite::Result<()> {
    let at: i64 = row.get(0)?;
    observed.first = Some(observed.first.map_or(at, |f| f.min(at)));
    observed.last = Some(observed.last.map_or(at, |l| l.max(at)));
    observed.sessions += 1;
    let flags: i64 = row.get(6)?;
    let web = flags & WEB != 0;
    observed.web += u64::from(web);
    observed.cli += u64::from(!web);
    observed.other_versions += u64::from(flags & OTHER_VERSION != 0);
    bump(&mut seen.answers, bytes(row, 1)?, |n| *n += 1);
    if flags & ABANDONED != 0 {
        observed.abandoned += 1;
        if let Some(question) = row.get_ref(3)?.as_bytes_or_null()? {
            bump(&mut seen.stopped_at, question, |n| *n += 1);
        }
        return Ok(());
    }
    let questions: i64 = row.get(4)?;
    let questions = u64::try_from(questions).unwrap_or(0);
    if flags & NOT_COVERED != 0 {
        observed.not_covered += 1;
        observed.questions_not_covered += questions;
        if let Some(text) = row.get_ref(5)?.as_str_or_null()? {
            observed.uncovered_texts.add(text, 1);
        }
    } else {
        observed.found += 1;
        observed.questions += questions;
    }
    bump(&mut seen.concluded, bytes(row, 2)?, |concluded| {
        concluded.web += u64::from(web);
        concluded.cli += u64::from(!web);
        concluded.solved += u64::from(flags & SOLVED != 0);
        concluded.not_solved += u64::from(flags & NOT_SOLVED != 0);
    });
    Ok(())
}

/// Splits the distinct strings seen into the counts of each question, solution and entry.
fn spread(seen: &Seen, observed: &mut Observed) {
    for (answers, &n) in &seen.answers {
        for pair in String::from_utf8_lossy(answers).split(',').filter(|p| !p.is_empty()) {
            let (question, answer) = pair.split_once('=').unwrap_or((pair, ""));
            let count = entry(&mut observed.by_question, question);
            count.answered += n;
            if answer == "unsure" {
                count.unsure += n;
            }
        }
    }
    for (question, &n) in &seen.stopped_at {
        entry(&mut observed.by_question, &String::from_utf8_lossy(question)).abandoned += n;
    }
    for (solutions, concluded) in &seen.concluded {
        let sessions = concluded.cli + concluded.web;
        let mut entries: Vec<&str> = Vec::new();
        let solutions = String::from_utf8_lossy(solutions);
        for (k, solution) in solutions.split(',').filter(|s| !s.is_empty()).enumerate() {
            let count = entry(&mut observed.solutions, solution);
            count.sessions += sessions;
            count.first += if k == 0 { sessions } else { 0 };
            count.web += concluded.web;
            count.solved += concluded.solved;
            count.not_solved += concluded.not_solved;
            let of = solution.split_once('.').map_or(solution, |(e, _)| e);
            if !entries.contains(&of) {
                entries.push(of);
                *entry(&mut observed.entries, of) += sessions;
            }
        }
    }
}

/// Column `i` of `row` as bytes; NULL as none.
fn bytes<'r>(row: &'r Row, i: usize) -> rusqlite::Result<&'r [u8]> {
    Ok(row.get_ref(i)?.as_bytes_or_null()?.unwrap_or_default())
}

/// Changes the count under `key` with `change`, making it when missing: the key is copied only
/// then, and looked up once when it is there.
fn bump<T: Default>(map: &mut HashMap<Vec<u8>, T>, key: &[u8], change: impl FnOnce(&mut T)) {
    match map.get_mut(key) {
        Some(count) => change(count),
        None => change(map.entry(key.to_owned()).or_default()),
    }
}

/// The count under `key`, made when missing, without copying the key when it is there.
fn entry<'m, T: Default>(map: &'m mut BTreeMap<String, T>, key: &str) -> &'m mut T {
    if !map.contains_key(key) {
        map.insert(key.to_owned(), T::default());
    }
    map.get_mut(key).expect("just inserted")
}
