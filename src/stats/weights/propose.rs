//! The weights the journals suggest: sessions counted per entry, smoothed so that no entry
//! drops to zero, on a scale where the mean weight is 1, rounded to two significant digits.

use std::collections::BTreeMap;

use crate::kb::{Kb, SolutionId};
use crate::stats::SolutionCount;

/// Sessions added to every entry before the shares are taken (add-one smoothing): an entry never
/// seen keeps a small weight, and the same journal always proposes the same weights, whatever
/// the weights are now. A prior made of the current weights would count a journal twice once
/// its own proposal was applied, and push what it never saw further down at every run.
pub const PRIOR: f64 = 1.0;

/// The fewest sessions with a result worth proposing weights from: three per entry on
/// average, and never fewer than 50. Below this the shares are mostly chance.
pub fn minimum(entries: usize) -> u64 {
    (3 * entries as u64).max(50)
}

/// What the journals observed, in the knowledge base's terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Counts {
    /// Sessions whose first solution is this one, by solution index.
    pub by_solution: Vec<u64>,
    /// The same, summed by entry index.
    pub by_entry: Vec<u64>,
    /// Sessions with a result whose first solution this knowledge base does not have.
    pub unknown: u64,
}

impl Counts {
    /// Counts each session with a result once, for the solution it concluded first (the one
    /// `diagnose` put on top), and so for that solution's entry.
    pub fn of(kb: &Kb, solutions: &BTreeMap<String, SolutionCount>) -> Counts {
        let mut counts = Counts {
            by_solution: vec![0; kb.solutions.len()],
            by_entry: vec![0; kb.entries.len()],
            unknown: 0,
        };
        for (id, count) in solutions {
            let index = id.parse::<SolutionId>().ok().and_then(|id| kb.solution_index(id));
            match index {
                Some(s) => {
                    counts.by_solution[s] += count.first;
                    counts.by_entry[kb.solutions[s].entry] += count.first;
                }
                None => counts.unknown += count.first,
            }
        }
        counts
    }

    /// Sessions counted.
    pub fn sessions(&self) -> u64 {
        self.by_entry.iter().sum()
    }
}

/// The weight proposed for each entry, by entry index, from the sessions counted for it
/// (`by_entry`) and its number of solutions (`solutions`).
///
/// An entry seen in `n` of `N` sessions among `K` entries has the smoothed share
/// `(n + 1) / (N + K)`. The wizard weighs each solution by its entry's weight, so an entry of
/// `k` solutions weighs `k` times its weight: its share is divided among them. On a scale where
/// the mean solution weighs 1 (`S` solutions in all), the weight is
/// `S × (n + 1) / (N + K) / k`, rounded to two significant digits.
pub fn propose(by_entry: &[u64], solutions: &[usize]) -> Vec<f64> {
    let entries = by_entry.len() as f64;
    let all = solutions.iter().sum::<usize>() as f64;
    let total = by_entry.iter().sum::<u64>() as f64 + PRIOR * entries;
    (by_entry.iter().zip(solutions))
        .map(|(&n, &k)| two_digits(all * (n as f64 + PRIOR) / total / k.max(1) as f64))
        .collect()
}

/// `x` rounded to two significant digits; positive stays positive.
pub fn two_digits(x: f64) -> f64 {
    if !(x.is_finite() && x > 0.0) {
        return x;
    }
    let step = 10f64.powi(x.log10().floor() as i32 - 1);
    // Dividing by a power of ten of a negative exponent loses less than multiplying by it.
    let digits = (x / step).round();
    if step < 1.0 {
        digits / (1.0 / step).round()
    } else {
        digits * step
    }
}

/// How a proposed weight is written into an entry file: its two significant digits and no
/// more (`8.4`, `0.14`, `12`, `120`).
pub fn written(weight: f64) -> String {
    let exponent = weight.log10().floor() as i32;
    let decimals = (1 - exponent).max(0) as usize;
    let text = format!("{weight:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_minimum_grows_with_the_entries() {
        assert_eq!(minimum(16), 50);
        assert_eq!(minimum(100), 300);
    }

    #[test]
    fn rounds_to_two_significant_digits() {
        for (x, rounded, text) in [
            (8.4375, 8.4, "8.4"),
            (0.13793, 0.14, "0.14"),
            (12.4, 12.0, "12"),
            (123.0, 120.0, "120"),
            (9.96, 10.0, "10"),
            (1.0, 1.0, "1"),
            (0.0996, 0.1, "0.1"),
            (0.000_123_45, 0.000_12, "0.00012"),
        ] {
            assert_eq!(two_digits(x), rounded, "{x}");
            assert_eq!(written(two_digits(x)), text, "{x}");
            assert_eq!(written(rounded).parse::<f64>().unwrap(), rounded);
        }
    }

    #[test]
    fn common_entries_weigh_more_and_unseen_ones_stay_above_zero() {
        let weights = propose(&[60, 30, 0, 10], &[1, 1, 1, 1]);
        assert_eq!(weights, vec![2.3, 1.2, 0.038, 0.42]);
        assert!(weights.iter().all(|&w| w > 0.0));
    }

    #[test]
    fn an_even_journal_proposes_the_default() {
        assert_eq!(propose(&[25, 25, 25, 25], &[1; 4]), vec![1.0; 4]);
        assert_eq!(propose(&[0, 0], &[1, 1]), vec![1.0; 2]);
    }

    #[test]
    fn an_entry_shares_its_weight_among_its_solutions() {
        // Two entries as common as each other, the second with three solutions: its solutions
        // weigh a third each, and every solution's weight adds up to the four solutions.
        assert_eq!(propose(&[10, 10], &[1, 3]), vec![2.0, 0.67]);
        assert_eq!(propose(&[0, 0], &[2, 2]), vec![1.0, 1.0]);
    }

    #[test]
    fn sessions_count_for_their_first_solution_only() {
        let kb = crate::knowledge::load(&crate::kb::KbSource::Embedded, crate::kb::Lang::Zh)
            .unwrap()
            .kb()
            .unwrap();
        let count = |first| SolutionCount {
            sessions: first + 5,
            first,
            ..SolutionCount::default()
        };
        let solutions = BTreeMap::from([
            ("15".to_owned(), count(7)),
            ("16.2".to_owned(), count(3)),
            ("16.3".to_owned(), count(2)),
            ("99".to_owned(), count(4)),
        ]);
        let counts = Counts::of(&kb, &solutions);
        let entry = |id| kb.entries.iter().position(|e| e.id == id).unwrap();
        assert_eq!(counts.by_entry[entry(15)], 7);
        assert_eq!(counts.by_entry[entry(16)], 5);
        assert_eq!(counts.unknown, 4);
        assert_eq!(counts.sessions(), 12);
        let s = kb.solution_index("16.2".parse().unwrap()).unwrap();
        assert_eq!(counts.by_solution[s], 3);
    }
}
