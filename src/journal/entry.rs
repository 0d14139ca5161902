//! What a row of the journal holds, and how a session of any front end becomes one.

use crate::engine::{Answer, Outcome};
use crate::kb::Kb;
use crate::lang::Lang;
use crate::resume;
use crate::ui::render::answer_token;

/// Where a session ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Cli,
    Web,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Cli => "cli",
            Channel::Web => "web",
        }
    }
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// With one or more solutions.
    Found,
    /// The knowledge base has nothing for the answers.
    NotCovered,
    /// Left at a question.
    Abandoned,
}

impl Ended {
    pub fn as_str(self) -> &'static str {
        match self {
            Ended::Found => "found",
            Ended::NotCovered => "not_covered",
            Ended::Abandoned => "abandoned",
        }
    }
}

/// What the employee said of the solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feedback {
    Solved,
    NotSolved,
}

impl Feedback {
    pub fn as_str(self) -> &'static str {
        match self {
            Feedback::Solved => "solved",
            Feedback::NotSolved => "not_solved",
        }
    }
}

/// A session as the journal keeps it: ids, not texts, except what the employee typed (redacted
/// when written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    /// Seconds since 1970 UTC.
    pub at: i64,
    pub channel: Channel,
    /// The knowledge base's version, as hand-off codes carry it.
    pub kb_version: String,
    pub lang: &'static str,
    /// `question=answer`, comma-separated, in the order given.
    pub answers: String,
    /// The questions the description answered, comma-separated.
    pub said: String,
    /// The solutions the description's words matched best, comma-separated.
    pub matched: String,
    /// What the employee typed, before redaction.
    pub text: Option<String>,
    pub ended: Ended,
    /// The solutions concluded, best first, comma-separated.
    pub solutions: String,
    /// The question an abandoned session stood at.
    pub stopped_at: Option<String>,
    /// Questions the caller answered.
    pub questions: usize,
    pub feedback: Option<Feedback>,
    /// A web session's key.
    pub token: Option<String>,
}

/// A search that found nothing.
#[derive(Debug, Clone, Copy)]
pub struct Search<'a> {
    pub at: i64,
    pub channel: Channel,
    pub kb_version: &'a str,
    pub lang: &'static str,
    /// What was searched for, before redaction.
    pub text: &'a str,
}

impl SessionRow {
    /// The row of a session that reached `outcome`. `matched` are the solutions the
    /// description's words matched best.
    pub fn of(kb: &Kb, outcome: &Outcome, matched: &[usize], channel: Channel, lang: Lang) -> SessionRow {
        SessionRow {
            ended: if outcome.not_covered() {
                Ended::NotCovered
            } else {
                Ended::Found
            },
            solutions: solution_ids(kb, &outcome.solutions),
            ..Self::started(kb, (&outcome.answers, outcome.from_text), matched, channel, lang)
                .with_text(outcome.message.as_deref())
        }
    }

    /// The row of a session left at `question` after `answers` (the first `from_text` read from
    /// `text`).
    pub fn abandoned(
        kb: &Kb,
        (answers, from_text): (&[(usize, Answer)], usize),
        question: usize,
        (text, matched): (Option<&str>, &[usize]),
        channel: Channel,
        lang: Lang,
    ) -> SessionRow {
        SessionRow {
            stopped_at: Some(kb.questions[question].id.clone()),
            ..Self::started(kb, (answers, from_text), matched, channel, lang).with_text(text)
        }
    }

    fn started(
        kb: &Kb,
        (answers, from_text): (&[(usize, Answer)], usize),
        matched: &[usize],
        channel: Channel,
        lang: Lang,
    ) -> SessionRow {
        let pairs: Vec<String> = (answers.iter())
            .map(|&(q, a)| format!("{}={}", kb.questions[q].id, answer_token(kb, q, a)))
            .collect();
        let said: Vec<&str> = (answers[..from_text].iter())
            .map(|&(q, _)| kb.questions[q].id.as_str())
            .collect();
        SessionRow {
            at: super::now(),
            channel,
            kb_version: resume::version(kb),
            lang: lang_code(lang),
            answers: pairs.join(","),
            said: said.join(","),
            matched: solution_ids(kb, matched),
            text: None,
            ended: Ended::Abandoned,
            solutions: String::new(),
            stopped_at: None,
            questions: answers.len() - from_text,
            feedback: None,
            token: None,
        }
    }

    fn with_text(self, text: Option<&str>) -> SessionRow {
        SessionRow {
            text: text.map(str::to_owned),
            ..self
        }
    }
}

/// Solution ids ("15", "16.2"), comma-separated.
fn solution_ids(kb: &Kb, solutions: &[usize]) -> String {
    let ids: Vec<String> = solutions.iter().map(|&s| kb.solutions[s].id.to_string()).collect();
    ids.join(",")
}

/// The code a row records for `lang`.
pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    }
}
