//! The observed sessions as the wizard would ask them with other weights: each session's
//! problem is the solution it concluded first, and its caller is unsure of what they were
//! unsure of in the journal. Weights decide which question comes next when several could;
//! with every answer definite the knowledge base's premises often leave one, but a caller
//! unsure of the first choice meets questions whose order the weights decide.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use rusqlite::params;

use crate::engine::{Answer, Session, Step};
use crate::journal::{self, Failed};
use crate::kb::{Kb, SolutionId};
use crate::stats::{Period, SolutionCount};

/// The most questions a replayed session may take; a session that would ask more is left out
/// (no knowledge base the loader accepts comes near it).
const MAX_QUESTIONS: usize = 200;

/// Sessions with a result, grouped by what a replay needs: the solution concluded first and the
/// questions answered 不确定 (ids, in the order asked).
pub type Patterns = HashMap<(String, Vec<String>), u64>;

/// Reads the patterns of the sessions with a result in `journals` during `period`, recorded on
/// the knowledge base of version `kb_version`: on another version the same ids may mean
/// something else.
pub fn patterns(journals: &[PathBuf], period: Period, kb_version: &str) -> Result<Patterns, Failed> {
    let mut patterns = Patterns::new();
    for path in journals {
        let connection = journal::open_to_read(path)?;
        let failed = Failed::reading(path);
        let (period, [since, until]) = period.clause();
        let mut statement = connection
            .prepare(&format!(
                "SELECT solutions, answers FROM sessions {period} AND outcome = 'found' AND kb_version = ?3"
            ))
            .map_err(failed)?;
        let mut rows = statement.query(params![since, until, kb_version]).map_err(failed)?;
        while let Some(row) = rows.next().map_err(failed)? {
            let solutions = row.get_ref(0).map_err(failed)?.as_str().unwrap_or_default();
            let answers = row.get_ref(1).map_err(failed)?.as_str().unwrap_or_default();
            let first = solutions.split(',').next().unwrap_or_default().to_owned();
            let unsure: Vec<String> = (answers.split(','))
                .filter_map(|pair| pair.split_once('='))
                .filter(|&(_, answer)| answer == "unsure")
                .map(|(question, _)| question.to_owned())
                .collect();
            *patterns.entry((first, unsure)).or_default() += 1;
        }
    }
    Ok(patterns)
}

/// How many sessions concluded each solution first (by id), as [`crate::stats::SolutionCount`]'s
/// `first`.
pub fn firsts(patterns: &Patterns) -> BTreeMap<String, SolutionCount> {
    let mut firsts: BTreeMap<String, SolutionCount> = BTreeMap::new();
    for ((solution, _), &count) in patterns {
        firsts.entry(solution.clone()).or_default().first += count;
    }
    firsts
}

/// The mean questions per session when the sessions of `patterns` are asked again on `kb`;
/// sessions whose solution or questions `kb` does not have are left out. `None` without any.
pub fn mean(kb: &Kb, patterns: &Patterns) -> Option<f64> {
    let (mut asked, mut sessions) = (0.0, 0u64);
    for ((solution, unsure), &count) in patterns {
        let Some(solution) = solution.parse::<SolutionId>().ok().and_then(|id| kb.solution_index(id)) else {
            continue;
        };
        let unsure: Vec<usize> = (unsure.iter())
            .filter_map(|id| kb.questions.iter().position(|q| &q.id == id))
            .collect();
        if let Some(questions) = questions(kb, solution, &unsure) {
            asked += questions as f64 * count as f64;
            sessions += count;
        }
    }
    (sessions > 0).then(|| asked / sessions as f64)
}

/// The questions the wizard asks a caller whose problem is `solution` and who is unsure of the
/// questions `unsure` (and of any the solution leaves open), until it concludes.
pub fn questions(kb: &Kb, solution: usize, unsure: &[usize]) -> Option<usize> {
    let facts = &kb.solutions[solution].facts;
    let mut session = Session::new(kb);
    for asked in 0..MAX_QUESTIONS {
        let &Step::Ask(question) = session.step() else {
            return Some(asked);
        };
        let offered = session.offered(question);
        let answer = if unsure.contains(&question) {
            Answer::Unsure
        } else if kb.questions[question].is_choice() {
            let picked = (session.options(question).into_iter()).find(|&option| facts[option] == Some(true));
            match picked {
                Some(option) => Answer::Pick(option),
                // Every option is known not to be it: 都不是.
                None if (kb.questions[question].options.iter()).all(|&o| facts[o] == Some(false)) => Answer::No,
                None => Answer::Unsure,
            }
        } else {
            match facts[question] {
                Some(true) => Answer::Yes,
                Some(false) => Answer::No,
                None => Answer::Unsure,
            }
        };
        // An answer the question does not offer (an option ruled out already) is a caller who
        // cannot say.
        session.answer(if offered.contains(&answer) {
            answer
        } else {
            Answer::Unsure
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KbSource;
    use crate::knowledge;
    use crate::lang::Lang;

    fn faq() -> Kb {
        knowledge::load(&KbSource::Embedded, Lang::Zh).unwrap().kb().unwrap()
    }

    fn solution(kb: &Kb, id: &str) -> usize {
        kb.solution_index(id.parse().unwrap()).unwrap()
    }

    #[test]
    fn a_sure_caller_is_asked_what_the_tree_asks() {
        let kb = faq();
        // FAQ 15: the situation, then the message.
        assert_eq!(questions(&kb, solution(&kb, "15"), &[]), Some(2));
    }

    #[test]
    fn an_unsure_caller_is_asked_more() {
        let kb = faq();
        let situation = kb.questions.iter().position(|q| q.id == "situation").unwrap();
        let s15 = solution(&kb, "15");
        let sure = questions(&kb, s15, &[]).unwrap();
        let unsure = questions(&kb, s15, &[situation]).unwrap();
        assert!(unsure > sure, "{unsure} > {sure}");
    }

    #[test]
    fn where_questions_compete_the_weights_decide_what_comes_first() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/weights");
        let kb = knowledge::load(&KbSource::Dir(dir), Lang::Zh).unwrap().kb().unwrap();
        let first = solution(&kb, "1");
        let even = questions(&kb, first, &[]).unwrap();
        let mut weighted = kb.clone();
        for entry in &mut weighted.entries {
            entry.weight = if entry.id == 1 { 50.0 } else { 0.1 };
        }
        let sooner = questions(&weighted, first, &[]).unwrap();
        assert!(sooner < even, "{sooner} < {even}");
    }

    #[test]
    fn the_mean_weighs_each_pattern_by_its_sessions() {
        let kb = faq();
        let patterns = Patterns::from([
            (("15".to_owned(), vec![]), 3),
            (("1".to_owned(), vec![]), 1),
            (("99".to_owned(), vec![]), 50),
        ]);
        let one = questions(&kb, solution(&kb, "1"), &[]).unwrap() as f64;
        assert_eq!(mean(&kb, &patterns), Some((3.0 * 2.0 + one) / 4.0));
        assert_eq!(mean(&kb, &Patterns::new()), None);
    }
}
