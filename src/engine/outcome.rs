//! Where a diagnosis ended.

use super::session::Answer;

/// Where a diagnosis ended: the answers that led there and the solutions, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// (question index, answer), in the order given; undone answers are not included.
    pub answers: Vec<(usize, Answer)>,
    /// How many of the first answers were read from the caller's description.
    pub from_text: usize,
    /// Solution indices, best first; empty when the knowledge base does not cover the problem.
    pub solutions: Vec<usize>,
    /// The solutions listed that could not be confirmed (an answer 不确定 left them open).
    pub unconfirmed: Vec<usize>,
    /// What the employee said or saw, when the diagnosis started from it (`--message`).
    pub message: Option<String>,
}

impl Outcome {
    /// Whether the knowledge base has no entry for these answers.
    pub fn not_covered(&self) -> bool {
        self.solutions.is_empty()
    }
}
