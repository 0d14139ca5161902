//! The decision tree the engine follows when every answer is yes or no.

use super::facts::Table;
use super::session::{Answer, Step, narrow, next_step};
use crate::kb::Kb;

/// A node of the decision tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Ask {
        question: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
    Leaf {
        solutions: Vec<usize>,
    },
}

/// How many questions the tree asks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TreeStats {
    /// Distinct solutions reachable.
    pub solutions: usize,
    /// Over all solutions, the mean of the questions asked to reach it (a solution reached by
    /// several paths counts its deepest).
    pub mean: f64,
    /// The most questions asked on any path.
    pub max: usize,
}

/// One root-to-leaf path: the answers, then the leaf's solutions.
pub type Path = (Vec<(usize, Answer)>, Vec<usize>);

impl Node {
    /// Builds the tree by taking every yes/no branch from the start, with the same choice of
    /// question and the same narrowing as a diagnosis session, so the tree asks exactly what
    /// `diagnose` would.
    pub fn build(kb: &Kb) -> Node {
        let candidates: Vec<usize> = (0..kb.solutions.len()).collect();
        grow(&Table::of(kb), candidates, &mut vec![false; kb.questions.len()])
    }

    /// Every path from the root to a leaf, left (yes) to right (no).
    pub fn paths(&self) -> Vec<Path> {
        let mut out = Vec::new();
        walk(self, &mut Vec::new(), &mut out);
        out
    }

    /// The depth figures reported under `tree`.
    pub fn stats(&self) -> TreeStats {
        let mut deepest = std::collections::BTreeMap::<usize, usize>::new();
        let mut max = 0;
        for (answers, solutions) in self.paths() {
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
        TreeStats { solutions, mean, max }
    }
}

fn grow(table: &Table, candidates: Vec<usize>, asked: &mut [bool]) -> Node {
    match next_step(table, &candidates, asked) {
        Step::Done(solutions) => Node::Leaf { solutions },
        Step::Ask(question) => {
            asked[question] = true;
            let yes = grow(table, narrow(table, &candidates, question, true), asked);
            let no = grow(table, narrow(table, &candidates, question, false), asked);
            asked[question] = false;
            Node::Ask {
                question,
                yes: Box::new(yes),
                no: Box::new(no),
            }
        }
    }
}

fn walk(node: &Node, path: &mut Vec<(usize, Answer)>, out: &mut Vec<Path>) {
    match node {
        Node::Leaf { solutions } => out.push((path.clone(), solutions.clone())),
        Node::Ask { question, yes, no } => {
            for (answer, child) in [(Answer::Yes, yes), (Answer::No, no)] {
                path.push((*question, answer));
                walk(child, path, out);
                path.pop();
            }
        }
    }
}
