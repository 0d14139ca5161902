//! Property-based tests of the loader and the engine on random knowledge bases.
//!
//! Valid bases are built so that every solution has a combination of answers no other solution
//! has (a distinct binary code over some questions, some of its digits then left out where the
//! solutions stay apart), plus questions answered at random. A second generator writes bases at
//! random, valid or not, to check that the loader accepts exactly the ones it should.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;

use wecom_help::diagnose;
use wecom_help::engine::{Answer, Node, Session, Step};
use wecom_help::error::Error;
use wecom_help::kb::{Kb, Lang, SolutionId, SourceFile, from_files};
use wecom_help::ui::prompt::{Choice, ScriptedPrompter};

/// Questions answered at random, besides those that carry the solutions' codes.
const MAX_EXTRA: usize = 4;
/// Solutions of one entry, at most.
const MAX_CASES: usize = 3;
/// More answers than any generated base has questions (7 code bits + 1 spare + 4 extra).
const ANSWERS: usize = 16;

/// A tiny deterministic generator for the shuffles a spec's seed decides.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // SplitMix64.
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// 0 absent, 1 true, 2 false.
fn fact(code: u8) -> Option<bool> {
    match code {
        1 => Some(true),
        2 => Some(false),
        _ => None,
    }
}

/// Whether some question has opposite answers for the two solutions.
fn apart(a: &[Option<bool>], b: &[Option<bool>]) -> bool {
    a.iter()
        .zip(b)
        .any(|(x, y)| matches!((x, y), (Some(x), Some(y)) if x != y))
}

/// Whether the wizard can tell the two solutions apart: opposite answers somewhere, or a fact one
/// states true (and so must confirm) that the other does not.
fn told_apart(a: &[Option<bool>], b: &[Option<bool>]) -> bool {
    let confirms =
        |x: &[Option<bool>], y: &[Option<bool>]| x.iter().zip(y).any(|(x, y)| *x == Some(true) && *y != Some(true));
    apart(a, b) || confirms(a, b) || confirms(b, a)
}

/// The smallest `k` with `2^k >= n`, at least 1.
fn bits_for(n: usize) -> u32 {
    (usize::BITS - (n.max(2) - 1).leading_zeros()).max(1)
}

#[derive(Debug, Clone)]
struct EntrySpec {
    cases: usize,
    /// `None`: the file leaves `weight` out (default 1).
    weight: Option<f64>,
    /// The entry's answers to the extra questions.
    extra: Vec<u8>,
    /// Each solution's answers to the extra questions the entry leaves open.
    case_extra: Vec<Vec<u8>>,
    /// Write every fact at solution level, even those all the entry's solutions share.
    inline: bool,
}

#[derive(Debug, Clone)]
struct KbSpec {
    entries: Vec<EntrySpec>,
    extra_questions: usize,
    /// Code digits beyond the fewest needed, so codes are sparse.
    slack_bits: u32,
    /// The chance, in percent, that a code digit is left out where that keeps solutions apart.
    drop_percent: usize,
    /// Decides the codes, the entry numbers and the order of questions and files.
    seed: u64,
}

fn entry_spec() -> impl Strategy<Value = EntrySpec> {
    (
        prop_oneof![6 => Just(1usize), 3 => Just(2), 1 => Just(3)],
        prop_oneof![
            3 => Just(None),
            1 => Just(Some(1.0)),
            2 => (1u32..=50).prop_map(|n| Some(f64::from(n) / 10.0)),
        ],
        vec(0u8..3, MAX_EXTRA),
        vec(vec(0u8..3, MAX_EXTRA), MAX_CASES),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(cases, weight, extra, case_extra, inline)| EntrySpec {
            cases,
            weight,
            extra,
            case_extra,
            inline,
        })
}

fn kb_spec() -> impl Strategy<Value = KbSpec> {
    (
        vec(entry_spec(), 2..=30),
        0..=MAX_EXTRA,
        0u32..=1,
        0usize..=60,
        any::<u64>(),
    )
        .prop_map(|(entries, extra_questions, slack_bits, drop_percent, seed)| KbSpec {
            entries,
            extra_questions,
            slack_bits,
            drop_percent,
            seed,
        })
}

/// A knowledge base written out: its files, and what each solution should answer.
#[derive(Debug, Clone)]
struct Generated {
    files: Vec<SourceFile>,
    facts: BTreeMap<SolutionId, BTreeMap<String, bool>>,
}

/// `{a: true, b: false}`.
fn flow_map(facts: &BTreeMap<String, bool>) -> String {
    let items: Vec<String> = facts.iter().map(|(q, v)| format!("{q}: {v}")).collect();
    format!("{{{}}}", items.join(", "))
}

/// Writes the files of a base whose facts are `facts[solution][question]`, the solutions
/// belonging to the entries in order (`cases[e]` each).
fn write_kb(
    rng: &mut Rng,
    question_ids: &[String],
    facts: &[Vec<Option<bool>>],
    entries: &[(usize, Option<f64>, bool)],
) -> Generated {
    let mut files = Vec::new();
    let used: Vec<usize> = (0..question_ids.len())
        .filter(|&q| facts.iter().any(|f| f[q].is_some()))
        .collect();
    let mut order = used.clone();
    rng.shuffle(&mut order);
    let mut questions = String::from("questions:\n");
    for &q in &order {
        let _ = writeln!(questions, "  - id: {}\n    text: 问题{q}？", question_ids[q]);
    }
    files.push(SourceFile::unread("questions.yaml".into(), questions));

    let mut numbers: Vec<u32> = (1..=200).collect();
    rng.shuffle(&mut numbers);
    let mut expected = BTreeMap::new();
    let mut first = 0;
    for (e, &(cases, weight, inline)) in entries.iter().enumerate() {
        let id = numbers[e];
        let own = &facts[first..first + cases];
        first += cases;
        let mut shared = BTreeMap::new();
        if !inline {
            for &q in &used {
                if let Some(v) = own[0][q].filter(|_| own.iter().all(|f| f[q] == own[0][q])) {
                    shared.insert(question_ids[q].clone(), v);
                }
            }
        }
        let mut text = format!("id: {id}\ncategory: 测试\ntitle: 条目{id}\n");
        if let Some(w) = weight {
            let _ = writeln!(text, "weight: {w}");
        }
        if !shared.is_empty() || rng.below(2) == 0 {
            let _ = writeln!(text, "facts: {}", flow_map(&shared));
        }
        text.push_str("solutions:\n");
        for (k, f) in own.iter().enumerate() {
            let all: BTreeMap<String, bool> = used
                .iter()
                .filter_map(|&q| f[q].map(|v| (question_ids[q].clone(), v)))
                .collect();
            let mine: BTreeMap<String, bool> = all
                .iter()
                .filter(|(q, _)| !shared.contains_key(*q))
                .map(|(q, v)| (q.clone(), *v))
                .collect();
            text.push_str("  - ");
            if !mine.is_empty() {
                let _ = write!(text, "facts: {}\n    ", flow_map(&mine));
            }
            text.push_str("steps: [第一步]\n");
            let case = (cases > 1).then_some(k as u32 + 1);
            expected.insert(SolutionId { entry: id, case }, all);
        }
        let folder = ["", "entries/", "entries/more/"][rng.below(3)];
        files.push(SourceFile::unread(format!("{folder}{id}.yaml"), text));
    }
    rng.shuffle(&mut files);
    Generated { files, facts: expected }
}

/// A valid base: every solution apart from every other.
fn generate(spec: &KbSpec) -> Generated {
    let mut rng = Rng(spec.seed);
    let owners: Vec<(usize, usize)> = spec
        .entries
        .iter()
        .enumerate()
        .flat_map(|(e, entry)| (0..entry.cases).map(move |k| (e, k)))
        .collect();
    let n = owners.len();
    let code_bits = (bits_for(n) + spec.slack_bits) as usize;
    let mut codes: Vec<u32> = (0..1u32 << code_bits).collect();
    rng.shuffle(&mut codes);

    let mut facts: Vec<Vec<Option<bool>>> = owners
        .iter()
        .zip(&codes)
        .map(|(&(e, k), &code)| {
            let entry = &spec.entries[e];
            let digits = (0..code_bits).map(|b| Some(code >> b & 1 == 1));
            let extra = (0..spec.extra_questions).map(|x| fact(entry.extra[x]).or(fact(entry.case_extra[k][x])));
            digits.chain(extra).collect()
        })
        .collect();
    let mut cells: Vec<(usize, usize)> = (0..n).flat_map(|s| (0..code_bits).map(move |b| (s, b))).collect();
    rng.shuffle(&mut cells);
    for (s, b) in cells {
        if rng.below(100) >= spec.drop_percent {
            continue;
        }
        let old = facts[s][b].take();
        if !(0..n).all(|t| t == s || apart(&facts[s], &facts[t])) {
            facts[s][b] = old;
        }
    }

    let ids: Vec<String> = (0..code_bits)
        .map(|b| format!("c{b}"))
        .chain((0..spec.extra_questions).map(|x| format!("x{x}")))
        .collect();
    let entries: Vec<_> = spec.entries.iter().map(|e| (e.cases, e.weight, e.inline)).collect();
    write_kb(&mut rng, &ids, &facts, &entries)
}

fn load(g: &Generated) -> Result<Kb, TestCaseError> {
    from_files(&g.files, "test")
        .map(|loaded| loaded.kb.in_language(Lang::Zh))
        .map_err(|problems| {
            let mut report = String::from("a generated base was refused:\n");
            for p in &problems {
                let _ = writeln!(report, "  {p}");
            }
            for f in &g.files {
                let _ = writeln!(report, "--- {}\n{}", f.relative, f.text);
            }
            TestCaseError::fail(report)
        })
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::Unsure)]
}

/// What undo must restore.
type State = (Step, Vec<usize>, Vec<(usize, Answer)>);

fn state(session: &Session) -> State {
    (
        session.step().clone(),
        session.candidates().to_vec(),
        session.history().to_vec(),
    )
}

/// Whether solution `s` agrees with every yes/no answer given.
fn consistent(kb: &Kb, s: usize, history: &[(usize, Answer)]) -> bool {
    history.iter().all(|&(q, a)| match a {
        Answer::Yes => kb.solutions[s].facts[q] != Some(false),
        Answer::No => kb.solutions[s].facts[q] != Some(true),
        Answer::Unsure | Answer::Pick(_) => true,
    })
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 96,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// The loader keeps every fact as written, whichever level it is written at, and the order
    /// the files come in does not matter.
    #[test]
    fn loader_keeps_the_facts_as_written(spec in kb_spec()) {
        let g = generate(&spec);
        let kb = load(&g)?;
        let got: BTreeMap<SolutionId, BTreeMap<String, bool>> = kb
            .solutions
            .iter()
            .map(|s| {
                let facts = kb.questions.iter().zip(&s.facts).filter_map(|(q, f)| f.map(|v| (q.id.clone(), v)));
                (s.id, facts.collect())
            })
            .collect();
        prop_assert_eq!(kb.solutions.len(), g.facts.len());
        prop_assert_eq!(&got, &g.facts);
        let mut reversed = g.files.clone();
        reversed.reverse();
        let again = from_files(&reversed, "test").map_err(|_| TestCaseError::fail("refused reversed"))?;
        prop_assert!(again.kb.in_language(Lang::Zh) == kb, "the order of the files changed the knowledge base");
    }

    /// Every solution ends up in some leaf of the tree, every leaf holds at most one solution
    /// (the base tells them all apart by opposite facts) and none it did not confirm on its path,
    /// and each path replayed in a session reaches its leaf.
    #[test]
    fn tree_reaches_every_solution(spec in kb_spec()) {
        let kb = load(&generate(&spec))?;
        let tree = Node::build(&kb).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let paths = tree.paths();
        let mut reached = BTreeSet::new();
        for (answers, leaf) in &paths {
            prop_assert!(leaf.len() <= 1, "a leaf with {:?} after {:?}", leaf, answers);
            for &s in leaf {
                let asked = |q: &usize| answers.iter().any(|(a, _)| a == q);
                prop_assert!(kb.solutions[s].confirm.iter().all(asked), "{} unconfirmed after {:?}", kb.solutions[s].id, answers);
            }
            reached.extend(leaf.iter().copied());
            prop_assert!(answers.len() <= kb.questions.len());
            let mut session = Session::new(&kb);
            for &(question, answer) in answers {
                prop_assert_eq!(session.step(), &Step::Ask(question));
                session.answer(answer);
            }
            prop_assert_eq!(session.step(), &Step::Done(leaf.clone()));
        }
        prop_assert_eq!(reached, (0..kb.solutions.len()).collect::<BTreeSet<_>>());
        let stats = tree.stats();
        prop_assert_eq!(stats.solutions, kb.solutions.len());
        prop_assert_eq!(stats.max, paths.iter().map(|(a, _)| a.len()).max().unwrap_or(0));
    }

    /// Whatever the answers, a session ends within as many answers as there are questions, never
    /// asks a question twice, and ends with candidates that agree with every answer, the
    /// confirmed first.
    #[test]
    fn a_session_always_ends(spec in kb_spec(), answers in vec(answer(), ANSWERS)) {
        let kb = load(&generate(&spec))?;
        prop_assert!(kb.questions.len() < ANSWERS);
        let mut session = Session::new(&kb);
        let mut given = 0;
        while let &Step::Ask(q) = session.step() {
            prop_assert!(given < kb.questions.len(), "still asking after {} answers", given);
            prop_assert!(session.history().iter().all(|&(asked, _)| asked != q), "asked {} twice", q);
            session.answer(answers[given]);
            given += 1;
        }
        let Step::Done(result) = session.step() else { unreachable!() };
        let mut sorted = result.clone();
        sorted.sort_unstable();
        prop_assert_eq!(&sorted, &session.candidates().to_vec());
        let expected: Vec<usize> =
            (0..kb.solutions.len()).filter(|&s| consistent(&kb, s, session.history())).collect();
        prop_assert_eq!(sorted, expected);
        // The confirmed first.
        let unconfirmed = session.unconfirmed(result);
        let confirmed = |s: &usize| !unconfirmed.contains(s);
        prop_assert!(result.windows(2).all(|w| confirmed(&w[0]) || !confirmed(&w[1])), "{:?}", result);
    }

    /// Answering as a solution would (yes or no where it states a fact, anything where it does
    /// not, "not sure" anywhere) always leaves that solution in the result.
    #[test]
    fn truthful_answers_find_the_solution(
        spec in kb_spec(),
        pick in any::<Index>(),
        unsure in vec(prop::bool::weighted(0.25), ANSWERS),
        free in vec(any::<bool>(), ANSWERS),
    ) {
        let kb = load(&generate(&spec))?;
        let target = pick.index(kb.solutions.len());
        let mut session = Session::new(&kb);
        let mut given = 0;
        while let &Step::Ask(q) = session.step() {
            prop_assert!(given < kb.questions.len());
            let answer = if unsure[given] {
                Answer::Unsure
            } else {
                match kb.solutions[target].facts[q].unwrap_or(free[given]) {
                    true => Answer::Yes,
                    false => Answer::No,
                }
            };
            session.answer(answer);
            given += 1;
        }
        let Step::Done(result) = session.step() else { unreachable!() };
        prop_assert!(result.contains(&target), "{} not in {:?}", kb.solutions[target].id, result);
        if !unsure.iter().take(given).any(|&u| u) {
            prop_assert_eq!(result, &vec![target]);
        }
    }

    /// Undo returns exactly to the state before the last answer (step, candidates, history), the
    /// same as a fresh session given the remaining answers; with nothing to undo it changes
    /// nothing.
    #[test]
    fn undo_restores_the_previous_state(
        spec in kb_spec(),
        actions in vec(prop::option::weighted(0.65, answer()), 0..40),
    ) {
        let kb = load(&generate(&spec))?;
        let mut session = Session::new(&kb);
        let mut before: Vec<State> = Vec::new();
        for action in actions {
            match action {
                Some(answer) => {
                    let now = state(&session);
                    session.answer(answer);
                    if matches!(now.0, Step::Ask(_)) {
                        before.push(now);
                    } else {
                        prop_assert_eq!(state(&session), now, "answering after the end changed the state");
                    }
                }
                None => {
                    let now = state(&session);
                    let undone = session.undo();
                    match before.pop() {
                        Some(previous) => {
                            prop_assert!(undone);
                            prop_assert_eq!(state(&session), previous);
                        }
                        None => {
                            prop_assert!(!undone);
                            prop_assert_eq!(state(&session), now);
                        }
                    }
                }
            }
            let mut fresh = Session::new(&kb);
            for &(_, answer) in session.history() {
                fresh.answer(answer);
            }
            prop_assert_eq!(state(&fresh), state(&session));
        }
    }

    /// `diagnose::run` with scripted answers (y, n, ?, b) ends where answering the session
    /// directly ends, asks the same questions with the same numbers, and leaves the same answers
    /// unused; when the script runs out first, it names the question pending.
    #[test]
    fn scripted_run_matches_the_session(
        spec in kb_spec(),
        choices in vec(prop_oneof![3 => Just("y"), 3 => Just("n"), 2 => Just("?"), 1 => Just("b")], 0..32),
    ) {
        let kb = load(&generate(&spec))?;

        let mut direct = Session::new(&kb);
        let mut asked = Vec::new();
        let mut used = 0;
        for &c in &choices {
            let &Step::Ask(q) = direct.step() else { break };
            asked.push((q, direct.history().len() + 1));
            match c {
                "y" => direct.answer(Answer::Yes),
                "n" => direct.answer(Answer::No),
                "?" => direct.answer(Answer::Unsure),
                _ => {
                    direct.undo();
                }
            }
            used += 1;
        }

        let mut prompter = ScriptedPrompter::parse(&choices.join(","), &[]);
        let mut session = Session::new(&kb);
        let mut seen = Vec::new();
        let result = diagnose::drive(&kb, &mut session, &mut prompter, Lang::Zh, &mut |q, number, _: Choice| {
            seen.push((q, number));
            Ok(())
        });
        prop_assert_eq!(&seen, &asked);
        match (direct.step(), result) {
            (Step::Done(solutions), Ok(Some(outcome))) => {
                prop_assert_eq!(&outcome.solutions, solutions);
                prop_assert_eq!(outcome.answers.as_slice(), direct.history());
                prop_assert_eq!(outcome.message, None);
                prop_assert_eq!(prompter.unused(), choices.len() - used);
            }
            (&Step::Ask(q), Err(Error::AnswersRunOut { question, .. })) => {
                prop_assert_eq!(used, choices.len());
                prop_assert_eq!(question, kb.questions[q].text.clone());
            }
            (step, result) => {
                return Err(TestCaseError::fail(format!("session at {step:?}, run gave {result:?}")));
            }
        }
    }
}

/// A base written at random: some questions, entries of one or two solutions, facts anywhere.
#[derive(Debug, Clone)]
struct RandomSpec {
    questions: usize,
    /// Per entry: the entry's facts, and each solution's.
    entries: Vec<(Vec<u8>, Vec<Vec<u8>>)>,
    seed: u64,
}

fn random_spec() -> impl Strategy<Value = RandomSpec> {
    (1usize..=4).prop_flat_map(|questions| {
        let facts = move || vec(prop_oneof![2 => Just(0u8), 1 => Just(1), 1 => Just(2)], questions);
        (
            Just(questions),
            vec((facts(), vec(facts(), 1..=2)), 1..=6),
            any::<u64>(),
        )
            .prop_map(|(questions, entries, seed)| RandomSpec {
                questions,
                entries,
                seed,
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The loader accepts a base exactly when every question is used and the wizard can tell
    /// every two solutions apart.
    #[test]
    fn loader_accepts_exactly_the_bases_that_tell_solutions_apart(spec in random_spec()) {
        let mut facts = Vec::new();
        let mut entries = Vec::new();
        for (shared, cases) in &spec.entries {
            for own in cases {
                // A solution's own fact on a question the entry answers would be refused for
                // another reason: the entry's answer wins here.
                facts.push(shared.iter().zip(own).map(|(&e, &s)| fact(e).or(fact(s))).collect::<Vec<_>>());
            }
            entries.push((cases.len(), None, false));
        }
        let ids: Vec<String> = (0..spec.questions).map(|q| format!("q{q}")).collect();
        let mut rng = Rng(spec.seed);
        let mut g = write_kb(&mut rng, &ids, &facts, &entries);
        // write_kb lists only the questions used; list every one, so unused ones are refused.
        let mut questions = String::from("questions:\n");
        for id in &ids {
            let _ = writeln!(questions, "  - id: {id}\n    text: 问题 {id}？");
        }
        let unused = (0..spec.questions).any(|q| facts.iter().all(|f| f[q].is_none()));
        for f in g.files.iter_mut().filter(|f| f.relative == "questions.yaml") {
            f.text = questions.clone();
        }
        let together = (0..facts.len()).any(|a| (a + 1..facts.len()).any(|b| !told_apart(&facts[a], &facts[b])));
        let loaded = from_files(&g.files, "test");
        let problems: Vec<String> = loaded.as_ref().err().into_iter().flatten().map(ToString::to_string).collect();
        prop_assert_eq!(loaded.is_ok(), !unused && !together, "problems: {:?}\nfiles: {:?}", problems, g.files);
    }
}
