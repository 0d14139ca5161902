//! Loads a knowledge base made of the input's bytes and, when it is valid, builds its tree,
//! reads a description against it, and runs a diagnosis with answers taken from the rest of the
//! input, checking the engine's promises on the way.
//!
//! The input is cut at 0xFF bytes (a byte that never occurs in UTF-8) into up to six parts:
//! `questions.yaml`, an entry file, a second entry file (left out when empty), `synonyms.yaml`
//! (left out when empty), a description as `diagnose --message` takes it, then the answers, one
//! a byte: by the byte modulo 4, yes (at a choice, its first item), no (none of them), not sure,
//! or back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wecom_help::diagnose;
use wecom_help::engine::{Answer, Node, Session, Step};
use wecom_help::error::Error;
use wecom_help::kb::search::Index;
use wecom_help::kb::{Lang, SourceFile, from_files};
use wecom_help::ui::prompt::ScriptedPrompter;

/// Answers used at most, so one input stays fast.
const MAX_ANSWERS: usize = 256;

fn file(relative: &str, bytes: &[u8]) -> SourceFile {
    SourceFile::unread(relative.to_owned(), String::from_utf8_lossy(bytes).into_owned())
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(6, |&b| b == 0xFF);
    let mut next = || parts.next().unwrap_or_default();
    let (questions, first, second, synonyms, description, answers) = (next(), next(), next(), next(), next(), next());

    let mut files = vec![file("questions.yaml", questions), file("entries/a.yaml", first)];
    if !second.is_empty() {
        files.push(file("entries/b.yaml", second));
    }
    if !synonyms.is_empty() {
        files.push(file("synonyms.yaml", synonyms));
    }
    let loaded = match from_files(&files, "fuzz") {
        Ok(loaded) => loaded,
        Err(problems) => {
            assert!(!problems.is_empty(), "refused without saying why");
            for p in &problems {
                let _ = p.to_string();
            }
            return;
        }
    };
    let kb = loaded.kb.in_language(Lang::Zh);
    let n = kb.solutions.len();

    // The tree, when it is not too large: every solution is in a leaf, no question comes
    // before its premises are answered 是, and no leaf holds a solution whose facts to confirm
    // were not asked on its path.
    if let Ok(tree) = Node::build(&kb) {
        let mut reached = vec![false; n];
        for (path, leaf) in tree.paths() {
            let mut yes = vec![false; kb.questions.len()];
            let mut asked = vec![false; kb.questions.len()];
            for &(question, answer) in &path {
                for &p in &kb.questions[question].after {
                    assert!(yes[p], "{} asked before its premise {}", kb.questions[question].id, kb.questions[p].id);
                }
                asked[question] = true;
                match answer {
                    Answer::Yes => yes[question] = true,
                    Answer::Pick(option) => {
                        yes[option] = true;
                        asked[option] = true;
                    }
                    _ => {}
                }
                for &o in &kb.questions[question].options {
                    asked[o] = true;
                }
            }
            for &s in &leaf {
                reached[s] = true;
                for &q in &kb.solutions[s].confirm {
                    assert!(asked[q], "{} concluded without {}", kb.solutions[s].id, kb.questions[q].id);
                }
            }
        }
        assert!(reached.iter().all(|&r| r), "unreachable solutions: {reached:?}");
    }

    // A description: search and the answers it gives never fail, and a session starts from them.
    let index = Index::new(&loaded.kb);
    let text = String::from_utf8_lossy(description);
    let hits = index.search(&text, 10, Lang::Zh);
    assert!(hits.len() <= 10);
    let said = index.said(&kb.questions, &text);
    assert!(said.iter().all(|&q| !kb.questions[q].is_choice()));
    let from_text = Session::from_description(&kb, &said, &vec![1.0; n]);
    assert_eq!(from_text.from_text(), said.len());

    // A session answered directly, and the script that gives the same answers.
    let mut direct = Session::new(&kb);
    let mut script = Vec::new();
    let mut used = 0;
    for &byte in answers.iter().take(MAX_ANSWERS) {
        let &Step::Ask(question) = direct.step() else { break };
        let choice = kb.questions[question].is_choice();
        match byte % 4 {
            0 if choice => {
                let first = direct.options(question)[0];
                direct.answer(Answer::Pick(first));
                script.push("1");
            }
            0 => {
                direct.answer(Answer::Yes);
                script.push("y");
            }
            1 => {
                direct.answer(Answer::No);
                script.push("n");
            }
            2 => {
                direct.answer(Answer::Unsure);
                script.push("?");
            }
            _ => {
                direct.undo();
                script.push("b");
            }
        }
        assert!(direct.history().len() <= kb.questions.len(), "more answers than questions");
        used += 1;
    }
    if let Step::Done(result) = direct.step() {
        // A result holds only solutions that agree with every answer.
        assert!(result.iter().all(|s| direct.candidates().contains(s)));
    }

    // The same answers through the wizard's loop.
    let mut prompter = ScriptedPrompter::parse(&script.join(","), &[]);
    let mut session = Session::new(&kb);
    let result = diagnose::drive(&kb, &mut session, &mut prompter, Lang::Zh, &mut |_, _, _| Ok(()));
    match (direct.step(), result) {
        (Step::Done(solutions), Ok(Some(outcome))) => {
            assert_eq!(&outcome.solutions, solutions);
            assert_eq!(outcome.answers.as_slice(), direct.history());
            assert_eq!(prompter.unused(), script.len() - used);
        }
        (&Step::Ask(pending), Err(Error::AnswersRunOut { question, .. })) => {
            assert!(question.starts_with(&kb.questions[pending].text));
        }
        (step, result) => panic!("session at {step:?}, wizard gave {result:?}"),
    }
});
