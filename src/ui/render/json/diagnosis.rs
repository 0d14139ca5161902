//! `diagnose`'s JSON: the result, or the question the answers ran out at.

use std::io::{self, Write};

use serde::Serialize;

use super::{ShowEntry, ids, show_entry, write};
use crate::engine::{Answer, Outcome};
use crate::kb::{Kb, t};
use crate::lang::Lang;
use crate::ui::render::{answer_token, answer_word, by_entry, problem};

/// Where a diagnosis stands: the first field of `diagnose`'s JSON, so that a caller driving the
/// wizard step by step knows whether to ask or to show the result.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    /// The answers ran out: the next question is waiting for its answer.
    Ask,
    /// A result was reached.
    Solved,
    /// Every solution was ruled out: the knowledge base does not cover the problem.
    NotCovered,
}

#[derive(Serialize)]
struct Diagnosis<'a> {
    status: Status,
    problem: String,
    message: Option<&'a str>,
    answers: Vec<AnswerItem<'a>>,
    solutions: Vec<String>,
    /// The solutions listed that could not be confirmed (an answer 不确定 left them open).
    unconfirmed: Vec<String>,
    /// The entries reached, with the solutions reached, in full.
    entries: Vec<ShowEntry<'a>>,
}

/// The question a diagnosis waits on, with the answers so far.
#[derive(Serialize)]
struct Waiting<'a> {
    status: Status,
    question: NextQuestion<'a>,
    answers: Vec<AnswerItem<'a>>,
}

#[derive(Serialize)]
struct NextQuestion<'a> {
    id: &'a str,
    text: &'a str,
    choices: Vec<ChoiceItem<'a>>,
}

/// A choice offered at a question: the token `--answers` takes, and the menu's words for it.
#[derive(Serialize)]
struct ChoiceItem<'a> {
    token: &'a str,
    label: String,
}

#[derive(Serialize)]
struct AnswerItem<'a> {
    question: &'a str,
    text: &'a str,
    /// `yes`, `no`, `unsure`; to a choice, the option's id, `none` or `unsure`.
    answer: &'a str,
    /// The answer as the menu words it.
    label: String,
    /// Read from the caller's description rather than given.
    from_text: bool,
}

/// A diagnosis whose answers ran out: `question` (an index into `kb.questions`) is the next to
/// answer, after `answers`. The choices are those of the terminal menu, 返回上一步 only when
/// there is an answer to take back.
pub fn ask_json(
    kb: &Kb,
    (question, offered): (usize, &[Answer]),
    (answers, from_text): (&[(usize, Answer)], usize),
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut choices: Vec<ChoiceItem> = (offered.iter().copied())
        .map(|a| ChoiceItem {
            token: answer_token(kb, question, a),
            label: answer_word(kb, question, a, lang),
        })
        .collect();
    if !answers.is_empty() {
        choices.push(ChoiceItem {
            token: "back",
            label: t!(lang, "answer-back"),
        });
    }
    let question = &kb.questions[question];
    write(
        out,
        &Waiting {
            status: Status::Ask,
            question: NextQuestion {
                id: &question.id,
                text: &question.text,
                choices,
            },
            answers: answer_items(kb, answers, from_text, lang),
        },
    )
}

fn answer_items<'a>(kb: &'a Kb, answers: &[(usize, Answer)], from_text: usize, lang: Lang) -> Vec<AnswerItem<'a>> {
    (answers.iter().enumerate())
        .map(|(i, &(q, a))| AnswerItem {
            question: &kb.questions[q].id,
            text: &kb.questions[q].text,
            answer: answer_token(kb, q, a),
            label: answer_word(kb, q, a, lang),
            from_text: i < from_text,
        })
        .collect()
}

/// The finished diagnosis: the problem, the answers, the solutions and their entries in full.
pub fn outcome(kb: &Kb, outcome: &Outcome, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    write(
        out,
        &Diagnosis {
            status: if outcome.not_covered() {
                Status::NotCovered
            } else {
                Status::Solved
            },
            problem: problem(kb, outcome, lang),
            message: outcome.message.as_deref(),
            answers: answer_items(kb, &outcome.answers, outcome.from_text, lang),
            solutions: ids(kb, &outcome.solutions),
            unconfirmed: ids(kb, &outcome.unconfirmed),
            entries: by_entry(kb, &outcome.solutions)
                .into_iter()
                .map(|(e, solutions)| show_entry(kb, &kb.entries[e], &solutions))
                .collect(),
        },
    )
}
