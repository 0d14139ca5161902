//! `diagnose`'s JSON: the result, or the question the answers ran out at.

use std::io::{self, Write};

use serde::Serialize;

use super::{ShowEntry, ids, show_entry, write};
use crate::engine::{Answer, Outcome};
use crate::kb::{Kb, t};
use crate::lang::Lang;
use crate::ui::render::{answer_word, by_entry, problem};

/// Where a diagnosis stands: the first field of `diagnose`'s JSON, so that a caller driving the
/// wizard step by step knows whether to ask or to show the result.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    /// The answers ran out: the next question is waiting for its answer.
    Ask,
    /// A result was reached.
    Solved,
}

#[derive(Serialize)]
struct Diagnosis<'a> {
    status: Status,
    problem: String,
    message: Option<&'a str>,
    answers: Vec<AnswerItem<'a>>,
    solutions: Vec<String>,
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
    choices: Vec<ChoiceItem>,
}

/// A choice offered at a question: the token `--answers` takes, and the menu's words for it.
#[derive(Serialize)]
struct ChoiceItem {
    token: &'static str,
    label: String,
}

#[derive(Serialize)]
struct AnswerItem<'a> {
    question: &'a str,
    text: &'a str,
    answer: &'static str,
}

/// A diagnosis whose answers ran out: `question` (an index into `kb.questions`) is the next to
/// answer, after `answers`. The choices are those of the terminal menu, 返回上一步 only when
/// there is an answer to take back.
pub fn ask_json(
    kb: &Kb,
    question: usize,
    answers: &[(usize, Answer)],
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut choices: Vec<ChoiceItem> = [Answer::Yes, Answer::No, Answer::Unsure]
        .into_iter()
        .map(|a| ChoiceItem {
            token: answer_name(a),
            label: answer_word(lang, a),
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
            answers: answer_items(kb, answers),
        },
    )
}

fn answer_items<'a>(kb: &'a Kb, answers: &[(usize, Answer)]) -> Vec<AnswerItem<'a>> {
    answers
        .iter()
        .map(|&(q, a)| AnswerItem {
            question: &kb.questions[q].id,
            text: &kb.questions[q].text,
            answer: answer_name(a),
        })
        .collect()
}

fn answer_name(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::Unsure => "unsure",
    }
}

/// The finished diagnosis: the problem, the answers, the solutions and their entries in full.
pub fn outcome(kb: &Kb, outcome: &Outcome, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    write(
        out,
        &Diagnosis {
            status: Status::Solved,
            problem: problem(kb, outcome, lang),
            message: outcome.message.as_deref(),
            answers: answer_items(kb, &outcome.answers),
            solutions: ids(kb, &outcome.solutions),
            entries: by_entry(kb, &outcome.solutions)
                .into_iter()
                .map(|(e, solutions)| show_entry(kb, &kb.entries[e], &solutions))
                .collect(),
        },
    )
}
