//! How many questions the wizard asks on the mix of problems the journals observed, with a
//! knowledge base's weights.

use crate::engine::Node;

/// The questions the decision tree asks before it concludes each solution, by solution index;
/// `None` for a solution the tree never reaches.
///
/// A solution's path is the one whose leaf lists it first (the one the wizard puts on top).
/// Where the solution leaves a fact open that the tree asks, several leaves do; the deepest
/// counts, as `tree` counts it. A solution never on top anywhere counts its deepest leaf.
pub fn questions(tree: &Node, solutions: usize) -> Vec<Option<usize>> {
    let mut first = vec![None; solutions];
    let mut anywhere = vec![None; solutions];
    for (answers, leaf) in tree.paths() {
        let depth = answers.len();
        for (k, &s) in leaf.iter().enumerate() {
            let deeper = |d: Option<usize>| Some(d.map_or(depth, |d| d.max(depth)));
            anywhere[s] = deeper(anywhere[s]);
            if k == 0 {
                first[s] = deeper(first[s]);
            }
        }
    }
    first.iter().zip(anywhere).map(|(f, a)| f.or(a)).collect()
}

/// The mean questions asked per session, when solution `s` was concluded first in `mix[s]`
/// sessions; solutions the tree never reaches are left out. `None` without sessions.
pub fn mean(questions: &[Option<usize>], mix: &[u64]) -> Option<f64> {
    let (mut asked, mut sessions) = (0.0, 0u64);
    for (q, &n) in questions.iter().zip(mix) {
        if let Some(q) = q {
            asked += (*q as f64) * n as f64;
            sessions += n;
        }
    }
    (sessions > 0).then(|| asked / sessions as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Answer;

    fn leaf(solutions: &[usize]) -> Node {
        Node::Leaf {
            solutions: solutions.to_vec(),
        }
    }

    fn ask(question: usize, yes: Node, no: Node) -> Node {
        Node::Ask {
            question,
            branches: vec![(Answer::Yes, yes), (Answer::No, no)],
        }
    }

    #[test]
    fn a_solution_counts_the_deepest_leaf_that_puts_it_first() {
        // 0 alone after one question; 1 on top after two, and second after one; 2 only second.
        let tree = ask(0, leaf(&[0]), ask(1, leaf(&[1, 2]), leaf(&[3])));
        let tree = ask(2, tree, leaf(&[1]));
        assert_eq!(questions(&tree, 5), vec![Some(2), Some(3), Some(3), Some(3), None]);
    }

    #[test]
    fn the_mean_weighs_each_solution_by_its_sessions() {
        let questions = [Some(1), Some(3), None];
        assert_eq!(mean(&questions, &[3, 1, 50]), Some(1.5));
        assert_eq!(mean(&questions, &[0, 0, 5]), None);
    }
}
