//! Loads a knowledge base made of the input's bytes and, when it is valid, builds its tree and
//! runs a diagnosis with answers taken from the rest of the input, checking the engine's
//! promises on the way.
//!
//! The input is cut at 0xFF bytes (a byte that never occurs in UTF-8) into up to five parts:
//! `questions.yaml`, an entry file, a second entry file (left out when empty), `synonyms.yaml`
//! (left out when empty), then the answers, one a byte: by the byte modulo 4, yes, no, not sure
//! or back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wecom_help::diagnose;
use wecom_help::engine::{Answer, Node, Session, Step};
use wecom_help::error::Error;
use wecom_help::kb::{Lang, SourceFile, from_files};
use wecom_help::ui::prompt::ScriptedPrompter;

/// Answers used at most, so one input stays fast.
const MAX_ANSWERS: usize = 256;

fn file(relative: &str, bytes: &[u8]) -> SourceFile {
    SourceFile::unread(relative.to_owned(), String::from_utf8_lossy(bytes).into_owned())
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(5, |&b| b == 0xFF);
    let mut next = || parts.next().unwrap_or_default();
    let (questions, first, second, synonyms, answers) = (next(), next(), next(), next(), next());

    let mut files = vec![file("questions.yaml", questions), file("entries/a.yaml", first)];
    if !second.is_empty() {
        files.push(file("entries/b.yaml", second));
    }
    if !synonyms.is_empty() {
        files.push(file("synonyms.yaml", synonyms));
    }
    let kb = match from_files(&files, "fuzz") {
        Ok(loaded) => loaded.kb.in_language(Lang::Zh),
        Err(problems) => {
            assert!(!problems.is_empty(), "refused without saying why");
            for p in &problems {
                let _ = p.to_string();
            }
            return;
        }
    };
    let n = kb.solutions.len();
    let q = kb.questions.len();

    // The tree: every leaf holds a solution, every solution is in a leaf, no path is longer
    // than the questions.
    let tree = Node::build(&kb);
    let paths = tree.paths();
    let mut reached = vec![false; n];
    for (answers, leaf) in &paths {
        assert!(!leaf.is_empty(), "empty leaf after {answers:?}");
        assert!(answers.len() <= q, "path longer than the questions: {answers:?}");
        for &s in leaf {
            reached[s] = true;
        }
    }
    assert!(reached.iter().all(|&r| r), "unreachable solutions: {reached:?}");
    let stats = tree.stats();
    assert_eq!(stats.solutions, n);

    // A session answered directly.
    let choices: Vec<u8> = answers.iter().take(MAX_ANSWERS).map(|b| b % 4).collect();
    let mut direct = Session::new(&kb);
    let mut used = 0;
    for &c in &choices {
        if !matches!(direct.step(), Step::Ask(_)) {
            break;
        }
        match c {
            0 => direct.answer(Answer::Yes),
            1 => direct.answer(Answer::No),
            2 => direct.answer(Answer::Unsure),
            _ => {
                direct.undo();
            }
        }
        assert!(direct.history().len() <= q, "more answers than questions");
        used += 1;
    }
    if let Step::Done(result) = direct.step() {
        assert!(!result.is_empty(), "no solution after {:?}", direct.history());
    }

    // The same answers through the wizard's loop.
    let script: Vec<&str> = choices.iter().map(|&c| ["y", "n", "?", "b"][usize::from(c)]).collect();
    let mut prompter = ScriptedPrompter::parse(&script.join(",")).expect("a script of y, n, ? and b");
    let mut session = Session::new(&kb);
    let result = diagnose::drive(&kb, &mut session, &mut prompter, &mut |_, _, _| Ok(()));
    match (direct.step(), result) {
        (Step::Done(solutions), Ok(Some(outcome))) => {
            assert_eq!(&outcome.solutions, solutions);
            assert_eq!(outcome.answers.as_slice(), direct.history());
            assert_eq!(prompter.unused(), choices.len() - used);
        }
        (&Step::Ask(pending), Err(Error::AnswersRunOut { question })) => {
            assert_eq!(question, kb.questions[pending].text);
        }
        (step, result) => panic!("session at {step:?}, wizard gave {result:?}"),
    }
});
