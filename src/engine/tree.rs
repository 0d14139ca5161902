//! The decision tree the engine follows when every answer is definite: 是 or 否 to a yes/no
//! question, an option or "none of them" to a choice.

use super::facts::Table;
use super::session::{Answer, Known, Step, consistent, definite_answers, next_step, record};
use crate::kb::Kb;

/// A node of the decision tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// Ask `question`; each answer leads on. A yes/no question has 是 then 否; a choice has its
    /// options shown, then 都不是.
    Ask {
        question: usize,
        branches: Vec<(Answer, Node)>,
    },
    /// The result: its solutions, best first; none when the knowledge base does not cover the
    /// answers that lead here.
    Leaf { solutions: Vec<usize> },
}

/// How many questions the tree asks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TreeStats {
    /// Distinct solutions reachable.
    pub solutions: usize,
    /// Over all solutions, the mean of the questions asked to reach it, confirmations included
    /// (a solution reached by several paths counts its deepest).
    pub mean: f64,
    /// The most questions asked to reach a solution.
    pub max: usize,
    /// Leaves that conclude "not covered".
    pub uncovered: usize,
}

/// One root-to-leaf path: the answers, then the leaf's solutions.
pub type Path = (Vec<(usize, Answer)>, Vec<usize>);

/// The tree has more nodes than anyone could read, and building it further would cost more
/// than it is worth: a knowledge base whose entries leave many facts unstated can make it grow
/// exponentially.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    pub limit: usize,
}

/// The most nodes a tree may have.
pub const MAX_NODES: usize = 200_000;

/// The most work building a tree may take, counted as the candidates weighed over every
/// question at each node: a tree can stay under [`MAX_NODES`] and still weigh hundreds of
/// candidates over hundreds of questions at every node.
const MAX_WORK: usize = 20_000_000;

impl Node {
    /// Builds the tree by taking every definite branch from the start, with the same choice of
    /// question and the same narrowing as a diagnosis session, so the tree asks exactly what
    /// `diagnose` would. Stops at [`MAX_NODES`].
    pub fn build(kb: &Kb) -> Result<Node, TooLarge> {
        Self::build_within(kb, MAX_NODES)
    }

    /// [`Node::build`] with another limit on the nodes.
    pub fn build_within(kb: &Kb, limit: usize) -> Result<Node, TooLarge> {
        let table = Table::of(kb);
        let candidates: Vec<usize> = (0..kb.solutions.len()).collect();
        let mut budget = Budget {
            nodes: limit,
            work: MAX_WORK,
        };
        grow(&table, candidates, &mut vec![None; kb.questions.len()], &mut budget).ok_or(TooLarge { limit })
    }

    /// Every path from the root to a leaf, in the order of the branches.
    pub fn paths(&self) -> Vec<Path> {
        let mut out = Vec::new();
        walk(self, &mut Vec::new(), &mut out);
        out
    }

    /// The depth figures reported under `tree`.
    pub fn stats(&self) -> TreeStats {
        let mut deepest = std::collections::BTreeMap::<usize, usize>::new();
        let (mut max, mut uncovered) = (0, 0);
        for (answers, solutions) in self.paths() {
            if solutions.is_empty() {
                uncovered += 1;
                continue;
            }
            max = max.max(answers.len());
            for s in solutions {
                let depth = deepest.entry(s).or_default();
                *depth = (*depth).max(answers.len());
            }
        }
        let solutions = deepest.len();
        let mean = if solutions == 0 {
            0.0
        } else {
            deepest.values().sum::<usize>() as f64 / solutions as f64
        };
        TreeStats {
            solutions,
            mean,
            max,
            uncovered,
        }
    }
}

/// What is left to spend on building a tree.
struct Budget {
    nodes: usize,
    work: usize,
}

/// The subtree from these candidates; `None` once the budget is spent.
fn grow(table: &Table, candidates: Vec<usize>, known: &mut Known, budget: &mut Budget) -> Option<Node> {
    budget.nodes = budget.nodes.checked_sub(1)?;
    budget.work = budget.work.checked_sub(candidates.len() * table.questions())?;
    match next_step(table, &candidates, known) {
        Step::Done(solutions) => Some(Node::Leaf { solutions }),
        Step::Ask(question) => {
            let answers = definite_answers(table, &candidates, known, question);
            let mut branches = Vec::with_capacity(answers.len());
            for answer in answers {
                let saved = known.clone();
                record(table, known, question, answer);
                let narrowed = (candidates.iter().copied())
                    .filter(|&c| consistent(table, known, c))
                    .collect();
                let child = grow(table, narrowed, known, budget);
                *known = saved;
                branches.push((answer, child?));
            }
            Some(Node::Ask { question, branches })
        }
    }
}

fn walk(node: &Node, path: &mut Vec<(usize, Answer)>, out: &mut Vec<Path>) {
    match node {
        Node::Leaf { solutions } => out.push((path.clone(), solutions.clone())),
        Node::Ask { question, branches } => {
            for (answer, child) in branches {
                path.push((*question, *answer));
                walk(child, path, out);
                path.pop();
            }
        }
    }
}
