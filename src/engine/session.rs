//! A diagnosis in progress: the answers given so far, and what to ask next or the result.

use super::choose::best_question;
use super::facts::Table;
use crate::kb::Kb;

/// An answer to a yes/no question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    No,
    /// Leaves the candidates as they are; the question is not asked again.
    Unsure,
}

/// What the session needs next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Ask this question (an index into [`Kb::questions`]).
    Ask(usize),
    /// No question tells the remaining solutions apart: these are the result, best first.
    Done(Vec<usize>),
}

/// A pure diagnosis: takes answers, returns the next question or the result.
#[derive(Debug, Clone)]
pub struct Session<'kb> {
    kb: &'kb Kb,
    table: Table,
    start: Vec<usize>,
    history: Vec<(usize, Answer)>,
    candidates: Vec<usize>,
    step: Step,
}

impl<'kb> Session<'kb> {
    /// A session over every solution of the knowledge base.
    pub fn new(kb: &'kb Kb) -> Self {
        Self::with_candidates(kb, (0..kb.solutions.len()).collect())
    }

    /// A session over some solutions only (solution indices).
    pub fn with_candidates(kb: &'kb Kb, start: Vec<usize>) -> Self {
        let mut session = Session {
            kb,
            table: Table::of(kb),
            candidates: start.clone(),
            start,
            history: Vec::new(),
            step: Step::Done(Vec::new()),
        };
        session.settle();
        session
    }

    /// What to do next.
    pub fn step(&self) -> &Step {
        &self.step
    }

    /// The answers given so far, in order: (question index, answer).
    pub fn history(&self) -> &[(usize, Answer)] {
        &self.history
    }

    /// The solutions still possible.
    pub fn candidates(&self) -> &[usize] {
        &self.candidates
    }

    /// Answers the pending question; does nothing once the session is done.
    pub fn answer(&mut self, answer: Answer) {
        if let Step::Ask(q) = self.step {
            self.history.push((q, answer));
            self.settle();
        }
    }

    /// Takes back the last answer; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let undone = self.history.pop().is_some();
        if undone {
            self.settle();
        }
        undone
    }

    /// Recomputes the candidates and the next step from the start and the answers.
    fn settle(&mut self) {
        let mut asked = vec![false; self.kb.questions.len()];
        self.candidates.clone_from(&self.start);
        for &(q, answer) in &self.history {
            asked[q] = true;
            let keep = match answer {
                Answer::Yes => true,
                Answer::No => false,
                Answer::Unsure => continue,
            };
            self.candidates = narrow(&self.table, &self.candidates, q, keep);
        }
        self.step = next_step(&self.table, &self.candidates, &asked);
    }
}

/// The candidates that remain after answering `question` with `answer`: those that state that
/// answer or state none.
pub fn narrow(table: &Table, candidates: &[usize], question: usize, answer: bool) -> Vec<usize> {
    candidates
        .iter()
        .copied()
        .filter(|&c| table.row(c)[question] != Some(!answer))
        .collect()
}

/// What follows from these candidates when the questions marked in `asked` are used up: the
/// best question, or the result, most common first.
pub fn next_step(table: &Table, candidates: &[usize], asked: &[bool]) -> Step {
    match (candidates.len() > 1)
        .then(|| best_question(table, candidates, asked))
        .flatten()
    {
        Some(q) => Step::Ask(q),
        _ => {
            let mut result = candidates.to_vec();
            result.sort_by(|&a, &b| table.weight(b).total_cmp(&table.weight(a)).then(a.cmp(&b)));
            Step::Done(result)
        }
    }
}
