//! Where a diagnosis ended.

use super::session::Answer;

/// Where a diagnosis ended: the answers that led there and the solutions, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// (question index, answer), in the order asked; undone answers are not included.
    pub answers: Vec<(usize, Answer)>,
    /// Solution indices, best first.
    pub solutions: Vec<usize>,
    /// What the employee said or saw, when the diagnosis started from it (`--message`).
    pub message: Option<String>,
}
