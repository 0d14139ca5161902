//! Checks that every two solutions answer some question oppositely, so the wizard can tell them apart.

use super::Validator;
use crate::diagnostic::Place;
use crate::message;
use crate::model::{Entry, Solution};
use crate::source::SourceFile;

impl Validator {
    /// Reports every pair of solutions that no question tells apart: the wizard could never
    /// choose between them.
    pub(super) fn distinguishable(&mut self, entries: &[Entry], solutions: &[Solution], files: &[&SourceFile]) {
        let masks: Vec<(Vec<u64>, Vec<u64>)> = solutions.iter().map(|s| fact_masks(&s.facts)).collect();
        for a in 0..solutions.len() {
            for b in a + 1..solutions.len() {
                let (ya, na) = &masks[a];
                let (yb, nb) = &masks[b];
                let apart = ya.iter().zip(nb).chain(na.iter().zip(yb)).any(|(x, y)| x & y != 0);
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

/// Bit masks of the questions a solution answers yes to and no to.
fn fact_masks(facts: &[Option<bool>]) -> (Vec<u64>, Vec<u64>) {
    let words = facts.len().div_ceil(64);
    let (mut yes, mut no) = (vec![0u64; words], vec![0u64; words]);
    for (q, fact) in facts.iter().enumerate() {
        match fact {
            Some(true) => yes[q / 64] |= 1 << (q % 64),
            Some(false) => no[q / 64] |= 1 << (q % 64),
            None => {}
        }
    }
    (yes, no)
}
