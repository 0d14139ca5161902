//! Checks that the wizard can tell every two solutions apart: some question they answer
//! oppositely, or one that must be confirmed for one of them and is not stated true by the other.

use super::Validator;
use crate::diagnostic::Place;
use crate::message;
use crate::model::{Entry, Solution};
use crate::source::SourceFile;

impl Validator {
    /// Reports every pair of solutions that no question tells apart: the wizard could never
    /// choose between them.
    pub(super) fn distinguishable(&mut self, entries: &[Entry], solutions: &[Solution], files: &[&SourceFile]) {
        let masks: Vec<Masks> = solutions.iter().map(Masks::of).collect();
        for a in 0..solutions.len() {
            for b in a + 1..solutions.len() {
                let apart = masks[a].apart(&masks[b]);
                if !apart {
                    let (sa, sb) = (&solutions[a], &solutions[b]);
                    let file = files[sa.entry];
                    let k = sa.id.case.map_or(0, |c| c as usize - 1);
                    let place = Place::Item("solutions", k);
                    // Thousands of copies of one entry make millions of pairs: past the listed
                    // ones, the messages are not even written.
                    self.problems.add(file, place, || {
                        let (first, second) = (sa.id.to_string(), sb.id.to_string());
                        if sa.entry == sb.entry {
                            message!("kb-indistinguishable", first = first, second = second)
                        } else {
                            let file = &entries[sb.entry].file;
                            message!(
                                "kb-indistinguishable-files",
                                first = first,
                                second = second,
                                file = file
                            )
                        }
                    });
                }
            }
        }
    }
}

/// Bit masks of the questions a solution answers yes to, no to, and must confirm.
struct Masks {
    yes: Vec<u64>,
    no: Vec<u64>,
    confirm: Vec<u64>,
}

impl Masks {
    fn of(solution: &Solution) -> Self {
        let words = solution.facts.len().div_ceil(64);
        let mut masks = Masks {
            yes: vec![0u64; words],
            no: vec![0u64; words],
            confirm: vec![0u64; words],
        };
        for (q, fact) in solution.facts.iter().enumerate() {
            match fact {
                Some(true) => masks.yes[q / 64] |= 1 << (q % 64),
                Some(false) => masks.no[q / 64] |= 1 << (q % 64),
                None => {}
            }
        }
        for &q in &solution.confirm {
            masks.confirm[q / 64] |= 1 << (q % 64);
        }
        masks
    }

    /// Whether some answer keeps one of the two and rules out the other: a question they
    /// answer oppositely, or 否 to a question one must confirm and the other does not state true.
    fn apart(&self, other: &Masks) -> bool {
        (0..self.yes.len()).any(|w| {
            (self.yes[w] & other.no[w])
                | (self.no[w] & other.yes[w])
                | (self.confirm[w] & !other.yes[w])
                | (other.confirm[w] & !self.yes[w])
                != 0
        })
    }
}
