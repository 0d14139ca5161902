//! What choosing a question reads of a knowledge base: each solution's facts and weight.

use crate::kb::Kb;

/// A knowledge base's facts and weights laid out side by side: with thousands of solutions,
/// reading memory in order rather than entry by entry is a good part of building the tree.
#[derive(Debug, Clone)]
pub struct Table {
    questions: usize,
    facts: Vec<Option<bool>>,
    weights: Vec<f64>,
}

impl Table {
    pub fn of(kb: &Kb) -> Self {
        let questions = kb.questions.len();
        Table {
            questions,
            facts: (kb.solutions.iter())
                .flat_map(|s| s.facts.iter().copied().chain(std::iter::repeat(None)).take(questions))
                .collect(),
            weights: (0..kb.solutions.len()).map(|s| kb.weight(s)).collect(),
        }
    }

    /// The solution's answer to every question, in the knowledge base's order (`None`: it
    /// states none).
    pub fn row(&self, solution: usize) -> &[Option<bool>] {
        &self.facts[solution * self.questions..(solution + 1) * self.questions]
    }

    /// How common the solution is (its entry's `weight`).
    pub fn weight(&self, solution: usize) -> f64 {
        self.weights[solution]
    }
}
