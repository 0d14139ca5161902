//! What the engine reads of a knowledge base: each solution's facts, weight and confirmations,
//! and each question's premises and options.

use crate::kb::Kb;

/// A knowledge base's facts and weights laid out side by side: with thousands of solutions,
/// reading memory in order rather than entry by entry is a good part of building the tree.
#[derive(Debug, Clone)]
pub struct Table {
    questions: usize,
    facts: Vec<Option<bool>>,
    weights: Vec<f64>,
    confirm: Vec<Vec<usize>>,
    after: Vec<Vec<usize>>,
    options: Vec<Vec<usize>>,
    /// For each question, the choice it is an option of.
    choice_of: Vec<Option<usize>>,
}

impl Table {
    pub fn of(kb: &Kb) -> Self {
        let questions = kb.questions.len();
        // Weights count relative to each other: all 1e308 is all 1, not infinity.
        let heaviest = (0..kb.solutions.len()).map(|s| kb.weight(s)).fold(0.0, f64::max);
        let scale = if heaviest > 0.0 && heaviest.is_finite() {
            heaviest
        } else {
            1.0
        };
        let mut choice_of = vec![None; questions];
        for (c, q) in kb.questions.iter().enumerate() {
            for &o in &q.options {
                choice_of[o] = Some(c);
            }
        }
        Table {
            choice_of,
            questions,
            facts: (kb.solutions.iter())
                .flat_map(|s| s.facts.iter().copied().chain(std::iter::repeat(None)).take(questions))
                .collect(),
            weights: (0..kb.solutions.len()).map(|s| kb.weight(s) / scale).collect(),
            confirm: kb.solutions.iter().map(|s| s.confirm.clone()).collect(),
            after: kb.questions.iter().map(|q| q.after.clone()).collect(),
            options: kb.questions.iter().map(|q| q.options.clone()).collect(),
        }
    }

    /// How many questions there are.
    pub fn questions(&self) -> usize {
        self.questions
    }

    /// The solution's answer to every question, in the knowledge base's order (`None`: it
    /// states none).
    pub fn row(&self, solution: usize) -> &[Option<bool>] {
        &self.facts[solution * self.questions..(solution + 1) * self.questions]
    }

    /// How common the solution is: its entry's `weight`, relative to the heaviest.
    pub fn weight(&self, solution: usize) -> f64 {
        self.weights[solution]
    }

    /// The questions to confirm before concluding the solution.
    pub fn confirm(&self, solution: usize) -> &[usize] {
        &self.confirm[solution]
    }

    /// The questions that must be answered 是 before this one is asked.
    pub fn after(&self, question: usize) -> &[usize] {
        &self.after[question]
    }

    /// A choice's options; empty for a yes/no question.
    pub fn options(&self, question: usize) -> &[usize] {
        &self.options[question]
    }

    /// The choice a question is an option of, if any.
    pub fn choice_of(&self, question: usize) -> Option<usize> {
        self.choice_of[question]
    }

    /// Multiplies each solution's weight by a factor (how well the caller's words match it).
    pub fn boost(&mut self, factors: &[f64]) {
        for (w, f) in self.weights.iter_mut().zip(factors) {
            *w *= f;
        }
    }
}
