//! What choosing a question reads of a knowledge base: each solution's facts and weight.

use crate::kb::Kb;

/// Each solution's answers to the questions, and its weight.
pub trait Facts {
    /// The solution's answer to every question, in the knowledge base's order (`None`: it
    /// states none).
    fn row(&self, solution: usize) -> &[Option<bool>];

    /// How common the solution is (its entry's `weight`).
    fn weight(&self, solution: usize) -> f64;
}

impl Facts for Kb {
    fn row(&self, solution: usize) -> &[Option<bool>] {
        &self.solutions[solution].facts
    }

    fn weight(&self, solution: usize) -> f64 {
        Kb::weight(self, solution)
    }
}

/// A knowledge base's facts and weights laid out side by side, for building the whole tree:
/// with thousands of solutions, reading memory in order rather than entry by entry is most of
/// the cost.
#[derive(Debug)]
pub struct Table {
    questions: usize,
    facts: Vec<Option<bool>>,
    weights: Vec<f64>,
}

impl Table {
    pub fn of(kb: &Kb) -> Self {
        Table {
            questions: kb.questions.len(),
            facts: (0..kb.solutions.len())
                .flat_map(|s| {
                    kb.row(s)
                        .iter()
                        .copied()
                        .chain(std::iter::repeat(None))
                        .take(kb.questions.len())
                })
                .collect(),
            weights: (0..kb.solutions.len()).map(|s| kb.weight(s)).collect(),
        }
    }
}

impl Facts for Table {
    fn row(&self, solution: usize) -> &[Option<bool>] {
        &self.facts[solution * self.questions..(solution + 1) * self.questions]
    }

    fn weight(&self, solution: usize) -> f64 {
        self.weights[solution]
    }
}
