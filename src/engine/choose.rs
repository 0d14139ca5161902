//! Which question to ask next: the one that best splits the remaining candidates.

use super::facts::Table;

/// The question that best splits `candidates` (solution indices), skipping those marked in
/// `asked`; `None` when no question splits them.
///
/// A question splits the candidates when at least one says yes and at least one says no; a
/// candidate that states neither stays on both sides. Among those, the one with the largest
/// information gain about which candidate is meant (candidates weighted by their entry's
/// `weight`) wins; ties go to the question listed first.
pub fn best_question(table: &Table, candidates: &[usize], asked: &[bool]) -> Option<usize> {
    // For each question, the candidates' weight that says yes, no and neither. One pass over
    // each candidate's facts, adding to a slot chosen by the answer rather than branching on it:
    // with thousands of candidates the answers are unpredictable, and mispredicted branches were
    // most of the cost.
    let mut weights = vec![[0.0; 3]; asked.len()];
    let mut total = 0.0;
    for &c in candidates {
        let w = table.weight(c);
        total += w;
        for (sums, fact) in weights.iter_mut().zip(table.row(c)) {
            let i = match fact {
                Some(true) => 0,
                Some(false) => 1,
                None => 2,
            };
            sums[i] += w;
        }
    }
    let mut best: Option<(usize, f64)> = None;
    for (q, sums) in weights.iter().enumerate().filter(|&(q, _)| !asked[q]) {
        let [yes, no, either] = *sums;
        if yes == 0.0 || no == 0.0 {
            continue;
        }
        let gain = information_gain(yes / total, either / total);
        if best.is_none_or(|(_, g)| gain > g + 1e-12) {
            best = Some((q, gain));
        }
    }
    best.map(|(q, _)| q)
}

/// The mutual information, in bits, between the candidate meant and the answer, when a
/// candidate that states neither answer is equally likely to get either.
/// `yes` and `either` are shares of the candidates' weight; the rest says no.
fn information_gain(yes: f64, either: f64) -> f64 {
    let p = yes + either / 2.0;
    entropy(p) + entropy(1.0 - p) - either
}

fn entropy(p: f64) -> f64 {
    if p <= 0.0 { 0.0 } else { -p * p.log2() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn even_split_gains_one_bit() {
        assert!((information_gain(0.5, 0.0) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn uneven_split_gains_less() {
        assert!(information_gain(0.25, 0.0) < information_gain(0.5, 0.0));
    }

    #[test]
    fn unknown_facts_cost_gain() {
        assert!(information_gain(0.4, 0.2) < information_gain(0.5, 0.0));
        assert!(information_gain(0.0, 1.0).abs() < 1e-9);
    }
}
