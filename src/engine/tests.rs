//! The engine's behaviour on small knowledge bases written for each case, and on the one shipped.

use super::*;
use crate::kb::{Kb, Lang, SourceFile, from_files, from_texts, synthetic};

fn from_yaml(questions: &str, entries: &[&str]) -> Kb {
    from_texts(questions, entries).unwrap().kb.in_language(Lang::Zh)
}

const QUESTIONS: &str =
    "questions:\n  - {id: a, text: 问题甲？}\n  - {id: b, text: 问题乙？}\n  - {id: c, text: 问题丙？}\n";

fn entry(id: u32, facts: &str, weight: f64) -> String {
    format!(
        "id: {id}\ncategory: 测试\ntitle: 条目{id}\nweight: {weight}\nfacts: {{{facts}}}\nsolutions:\n  - steps: [第一步]\n"
    )
}

/// a splits {1,2} from {3,4}; b splits 1/2; c splits 3/4. Entry 4 is three times as common.
fn kb() -> Kb {
    let entries = [
        entry(1, "a: true, b: true", 1.0),
        entry(2, "a: true, b: false", 1.0),
        entry(3, "a: false, c: true", 1.0),
        entry(4, "a: false, c: false", 3.0),
    ];
    from_yaml(QUESTIONS, &entries.iter().map(String::as_str).collect::<Vec<_>>())
}

fn ids(kb: &Kb, solutions: &[usize]) -> Vec<String> {
    solutions.iter().map(|&s| kb.solutions[s].id.to_string()).collect()
}

#[test]
fn asks_the_question_that_splits_best() {
    let kb = kb();
    assert_eq!(best_question(&Table::of(&kb), &[0, 1, 2, 3], &vec![None; 3]), Some(0));
    // Only b tells 1 from 2; c does not split them (neither states it).
    assert_eq!(best_question(&Table::of(&kb), &[0, 1], &vec![None; 3]), Some(1));
    assert_eq!(
        best_question(&Table::of(&kb), &[0, 1], &vec![None, Some(Answer::Unsure), None]),
        None
    );
    assert_eq!(best_question(&Table::of(&kb), &[0], &vec![None; 3]), None);
}

#[test]
fn weight_changes_which_question_wins() {
    let questions = "questions:\n  - {id: a, text: 甲？}\n  - {id: b, text: 乙？}\n";
    let even = [
        entry(1, "a: true, b: true", 1.0),
        entry(2, "a: false, b: true", 1.0),
        entry(3, "a: false, b: false", 1.0),
    ];
    let kb = from_yaml(questions, &even.iter().map(String::as_str).collect::<Vec<_>>());
    // Equal gain: the question listed first is asked.
    assert_eq!(best_question(&Table::of(&kb), &[0, 1, 2], &vec![None; 2]), Some(0));
    let heavy = [
        entry(1, "a: true, b: true", 1.0),
        entry(2, "a: false, b: true", 1.0),
        entry(3, "a: false, b: false", 4.0),
    ];
    let kb = from_yaml(questions, &heavy.iter().map(String::as_str).collect::<Vec<_>>());
    // With entry 3 common, b (3 against the rest) splits the weight more evenly than a.
    assert_eq!(best_question(&Table::of(&kb), &[0, 1, 2], &vec![None; 2]), Some(1));
}

#[test]
fn yes_and_no_narrow_to_one_solution() {
    let kb = kb();
    let mut session = Session::new(&kb);
    assert_eq!(session.step(), &Step::Ask(0));
    session.answer(Answer::No);
    assert_eq!(session.step(), &Step::Ask(2));
    session.answer(Answer::Yes);
    assert_eq!(session.step(), &Step::Done(vec![2]));
    // Answering after the end changes nothing.
    session.answer(Answer::No);
    assert_eq!(session.history().len(), 2);
}

#[test]
fn unsure_keeps_candidates_and_asks_something_else() {
    let kb = kb();
    let mut session = Session::new(&kb);
    session.answer(Answer::Unsure);
    assert_eq!(session.candidates(), &[0, 1, 2, 3]);
    let Step::Ask(next) = *session.step() else {
        panic!("should ask")
    };
    assert_ne!(next, 0);
    // Unsure at every question: the result is every candidate, most common first.
    while let Step::Ask(_) = session.step() {
        session.answer(Answer::Unsure);
    }
    assert_eq!(
        ids(
            &kb,
            match session.step() {
                Step::Done(s) => s,
                _ => unreachable!(),
            }
        ),
        ["4", "1", "2", "3"]
    );
}

#[test]
fn undo_returns_exactly_to_the_previous_state() {
    let kb = kb();
    let mut session = Session::new(&kb);
    let mut states = vec![(session.step().clone(), session.candidates().to_vec())];
    for answer in [Answer::Yes, Answer::Unsure] {
        session.answer(answer);
        states.push((session.step().clone(), session.candidates().to_vec()));
    }
    states.pop();
    while let Some((step, candidates)) = states.pop() {
        assert!(session.undo());
        assert_eq!((session.step(), session.candidates()), (&step, candidates.as_slice()));
    }
    assert!(session.history().is_empty());
    assert!(!session.undo(), "nothing left to undo at the start");
    assert_eq!(session.step(), &Step::Ask(0));
}

#[test]
fn tree_reaches_every_solution_and_matches_sessions() {
    let kb = kb();
    let tree = Node::build(&kb).unwrap();
    let paths = tree.paths();
    assert_eq!(paths.len(), 4);
    for (answers, leaf) in &paths {
        let mut session = Session::new(&kb);
        for &(question, answer) in answers {
            assert_eq!(session.step(), &Step::Ask(question));
            session.answer(answer);
        }
        assert_eq!(session.step(), &Step::Done(leaf.clone()));
    }
    let stats = tree.stats();
    assert_eq!((stats.solutions, stats.max, stats.uncovered), (4, 2, 0));
    assert!((stats.mean - 2.0).abs() < 1e-9);
}

/// The work of building the tree: for every node, the candidates weighed there (each over
/// every question). Each path's solutions were candidates at every node above its leaf.
fn work(tree: &Node) -> usize {
    tree.paths()
        .iter()
        .map(|(answers, leaf)| leaf.len() * (answers.len() + 1))
        .sum()
}

#[test]
fn building_the_tree_grows_as_n_log_n() {
    let generated = |entries: usize| {
        let files: Vec<SourceFile> = (synthetic::generate_with(entries, Some(16)).into_iter())
            .map(|(r, t)| SourceFile::unread(r, t))
            .collect();
        from_files(&files, "generated").unwrap().kb.in_language(Lang::Zh)
    };
    let (small, large) = (
        work(&Node::build(&generated(256)).unwrap()),
        work(&Node::build(&generated(2048)).unwrap()),
    );
    // N log₂ N grows 2048·11 / (256·8) = 11 times; every tenth entry has two solutions.
    let growth = large as f64 / small as f64;
    assert!(growth <= 11.0 * 1.1, "the work grew {growth:.1} times");
}

#[test]
fn a_session_can_start_from_some_candidates() {
    let kb = kb();
    let session = Session::with_candidates(&kb, vec![2, 3]);
    assert_eq!(session.step(), &Step::Ask(2));
    // One candidate left, but what defines it (a) was not asked yet.
    let mut session = Session::with_candidates(&kb, vec![1]);
    assert_eq!(session.step(), &Step::Ask(0));
    session.answer(Answer::Yes);
    assert_eq!(session.step(), &Step::Done(vec![1]));
}

/// A yes/no question `p`, a question `q` that makes sense only after 是 to `p`, and a choice
/// `m` among `x` and `y`.
const LINKED: &str = "questions:\n  - {id: p, text: 甲？}\n  - {id: q, text: 乙？, after: [p]}\n  \
    - {id: m, text: 哪一个？, options: [x, w]}\n  - {id: x, text: 是X吗？, option: X}\n  - {id: w, text: 是W吗？, option: W}\n";

fn linked() -> Kb {
    let entries = [
        entry(1, "p: true, q: true", 1.0),
        entry(2, "p: true, q: false", 1.0),
        entry(3, "p: false, x: true", 1.0),
        entry(4, "p: false, w: true", 1.0),
    ];
    from_yaml(LINKED, &entries.iter().map(String::as_str).collect::<Vec<_>>())
}

fn answer_all(session: &mut Session, answer: Answer) {
    while let Step::Ask(_) = session.step() {
        session.answer(answer);
    }
}

#[test]
fn no_to_everything_is_not_covered() {
    let kb = linked();
    let mut session = Session::new(&kb);
    answer_all(&mut session, Answer::No);
    assert_eq!(session.step(), &Step::Done(Vec::new()));
    let tree = Node::build(&linked()).unwrap();
    assert!(tree.stats().uncovered > 0);
}

#[test]
fn a_solution_is_concluded_only_once_its_facts_are_confirmed() {
    let kb = kb();
    let table = Table::of(&kb);
    for (answers, leaf) in Node::build(&kb).unwrap().paths() {
        let asked: Vec<usize> = answers.iter().map(|&(q, _)| q).collect();
        for s in leaf {
            assert!(
                table.confirm(s).iter().all(|q| asked.contains(q)),
                "{s} concluded unconfirmed"
            );
        }
    }
    // Entry 3 states c true: c is asked to confirm it even when nothing is left to split.
    let session = Session::with_candidates(&kb, vec![2]);
    assert_eq!(session.step(), &Step::Ask(2));
}

#[test]
fn a_question_waits_for_its_premise() {
    let kb = linked();
    for (answers, _) in Node::build(&kb).unwrap().paths() {
        let p = answers.iter().position(|&(q, _)| q == 0);
        if let Some(at) = answers.iter().position(|&(q, _)| q == 1) {
            assert!(p.is_some_and(|p| p < at && answers[p].1 == Answer::Yes), "{answers:?}");
        }
    }
    // 不确定 to the premise: the question is never asked, and what rests on it is unconfirmed.
    let mut session = Session::with_candidates(&kb, vec![0, 1]);
    assert_eq!(session.step(), &Step::Ask(0));
    session.answer(Answer::Unsure);
    let Step::Done(result) = session.step().clone() else {
        panic!("q must not be asked")
    };
    assert_eq!(session.unconfirmed(&result), result);
}

#[test]
fn a_choice_is_one_question_and_its_options_exclude_each_other() {
    let kb = linked();
    let mut session = Session::with_candidates(&kb, vec![2, 3]);
    assert_eq!(session.step(), &Step::Ask(2));
    assert_eq!(session.options(2), [3, 4]);
    session.answer(Answer::Pick(4));
    assert_eq!(session.step(), &Step::Done(vec![3]));
    // 是 to one option is 否 to the other.
    let mut session = Session::with_candidates(&kb, vec![2, 3]);
    session.answer(Answer::No);
    assert_eq!(session.step(), &Step::Done(Vec::new()));
    let said = Session::from_description(&kb, &[3], &[1.0; 4]);
    assert!(said.candidates().contains(&2) && !said.candidates().contains(&3));
}

#[test]
fn answers_from_the_description_can_be_taken_back() {
    let kb = linked();
    let mut session = Session::from_description(&kb, &[0, 1], &[1.0; 4]);
    assert_eq!(session.step(), &Step::Done(vec![0]));
    assert_eq!(session.from_text(), 2);
    assert!(session.undo());
    assert_eq!(session.from_text(), 1);
    assert_eq!(session.step(), &Step::Ask(1));
}

#[test]
fn weights_count_relative_to_each_other() {
    let huge = [
        entry(1, "a: true", 1e308),
        entry(2, "a: false, b: true", 1e308),
        entry(3, "a: false, b: false", 1e308),
    ];
    let one = [
        entry(1, "a: true", 1.0),
        entry(2, "a: false, b: true", 1.0),
        entry(3, "a: false, b: false", 1.0),
    ];
    let build = |entries: &[String]| {
        let questions = "questions:\n  - {id: a, text: 甲？}\n  - {id: b, text: 乙？}\n";
        let kb = from_yaml(questions, &entries.iter().map(String::as_str).collect::<Vec<_>>());
        Node::build(&kb).unwrap()
    };
    assert_eq!(build(&huge), build(&one));
}

#[test]
fn the_tree_is_bounded() {
    let kb = kb();
    assert_eq!(Node::build_within(&kb, 3), Err(TooLarge { limit: 3 }));
    assert!(Node::build_within(&kb, 100).is_ok());
}

/// On the knowledge base shipped (`faq/`): no path asks a question before its premises were
/// answered 是, no leaf concludes a solution whose facts to confirm were not asked on its
/// path, and 否 to everything is "not covered".
#[test]
fn the_shipped_knowledge_base_confirms_and_respects_premises() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("faq");
    let kb = crate::kb::load_dir(&dir).unwrap().kb.in_language(Lang::Zh);
    let table = Table::of(&kb);
    let mut leaves = 0;
    for (answers, leaf) in Node::build(&kb).unwrap().paths() {
        leaves += 1;
        let mut known: super::session::Known = vec![None; kb.questions.len()];
        for &(question, answer) in &answers {
            for &p in &kb.questions[question].after {
                assert_eq!(
                    known[p],
                    Some(Answer::Yes),
                    "{} asked before {}",
                    kb.questions[question].id,
                    kb.questions[p].id
                );
            }
            super::session::record(&table, &mut known, question, answer);
        }
        for s in leaf {
            for &q in &kb.solutions[s].confirm {
                assert!(
                    matches!(known[q], Some(Answer::Yes | Answer::No)),
                    "{} concluded without {}",
                    kb.solutions[s].id,
                    kb.questions[q].id
                );
            }
        }
    }
    assert!(leaves > kb.solutions.len());
    let mut session = Session::new(&kb);
    answer_all(&mut session, Answer::No);
    assert_eq!(session.step(), &Step::Done(Vec::new()));
}
