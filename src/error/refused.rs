//! An answer the wizard refused, of `--answers` or of a hand-off code, with what its question
//! takes in the grammar of whichever gave it.

use crate::kb::t;
use crate::lang::Lang;

/// An answer refused where it met its question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The answer as written.
    pub token: String,
    /// Its position among the answers that gave it, from 1.
    pub position: usize,
    /// The question it met, with what a choice's answers name.
    pub question: String,
    pub accepts: Accepts,
}

/// What gave a refused answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum By {
    Answers,
    /// The hand-off code of `--resume`, as typed.
    Code(String),
}

/// Why an answer was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// It is no answer at all.
    Unknown,
    /// The question it met does not offer it.
    DoesNotFit,
}

impl Refused {
    /// What the agent reads, in `lang`: about `--answers` in its grammar, about a code in a code's.
    pub fn message(&self, by: &By, why: Why, lang: Lang) -> String {
        let Refused {
            token,
            position,
            question,
            accepts,
        } = self;
        match (by, why) {
            (By::Code(code), _) => t!(
                lang,
                "error-resume-answer",
                code = code,
                position = *position,
                token = token,
                question = question,
                accepts = accepts.code_words(lang)
            ),
            (By::Answers, Why::Unknown) => t!(
                lang,
                "error-bad-answer",
                position = *position,
                token = token,
                question = question,
                accepts = accepts.words(lang)
            ),
            (By::Answers, Why::DoesNotFit) => t!(
                lang,
                "error-answer-does-not-fit",
                position = *position,
                token = token,
                question = question,
                accepts = accepts.words(lang)
            ),
        }
    }
}

/// What an answer may be at a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepts {
    /// y, n, ?, b (a code: y, n, u).
    YesNo,
    /// An option's number from 1 to `count` or its id, n, ?, b (a code: the number, n, u).
    Choice { count: usize },
}

impl Accepts {
    /// The answers `--answers` may give, each with what it means, in `lang`.
    pub fn words(self, lang: Lang) -> String {
        match self {
            Accepts::YesNo => t!(lang, "error-accepts-yes-no"),
            Accepts::Choice { count } => t!(lang, "error-accepts-choice", count = count),
        }
    }

    /// The answers a hand-off code may hold, each with what it means, in `lang`.
    pub fn code_words(self, lang: Lang) -> String {
        match self {
            Accepts::YesNo => t!(lang, "error-accepts-code-yes-no"),
            Accepts::Choice { count } => t!(lang, "error-accepts-code-choice", count = count),
        }
    }
}
