//! Which question to ask next: the one that best splits the remaining candidates.

use super::facts::Table;
use super::session::{Known, askable, shown_options};

/// The question that best splits `candidates` (solution indices) among those that may be asked
/// now; `None` when none splits them.
///
/// A yes/no question splits the candidates when at least one says yes and at least one says
/// no; a candidate that states neither stays on both sides. A choice splits them when at least
/// two of its options are shown. Among those, the one with the largest information gain about
/// which candidate is meant (candidates weighted by their entry's `weight`) wins, a choice
/// counting as one question; ties go to the question listed first.
pub fn best_question(table: &Table, candidates: &[usize], known: &Known) -> Option<usize> {
    // For each question, the candidates' weight that says yes, no and neither. One pass over
    // each candidate's facts, adding to a slot chosen by the answer rather than branching on it:
    // with thousands of candidates the answers are unpredictable, and mispredicted branches were
    // most of the cost.
    let questions = table.questions();
    let mut weights = vec![[0.0; 3]; questions];
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
    if total <= 0.0 {
        return None;
    }
    let mut best: Option<(usize, f64)> = None;
    for (q, sums) in weights.iter().enumerate() {
        if !askable(table, known, q) {
            continue;
        }
        let gain = if table.options(q).is_empty() {
            let [yes, no, either] = *sums;
            if yes == 0.0 || no == 0.0 {
                continue;
            }
            information_gain(yes / total, either / total)
        } else {
            let shown = shown_options(table, candidates, known, q);
            if shown.len() < 2 {
                continue;
            }
            choice_gain(table, candidates, &shown, total)
        };
        if best.is_none_or(|(_, g)| gain > g + 1e-12) {
            best = Some((q, gain));
        }
    }
    best.map(|(q, _)| q)
}

/// The mutual information, in bits, between the candidate meant and the option picked among
/// `shown` or "none of them", when a candidate is equally likely to be behind any pick it
/// allows: the option it states true, or any it leaves open and "none".
fn choice_gain(table: &Table, candidates: &[usize], shown: &[usize], total: f64) -> f64 {
    let mut branches = vec![0.0; shown.len() + 1];
    let mut spread = 0.0;
    let mut allowed = Vec::with_capacity(shown.len() + 1);
    for &c in candidates {
        let row = table.row(c);
        let share = table.weight(c) / total;
        allowed.clear();
        allowed.extend((0..shown.len()).filter(|&i| row[shown[i]] == Some(true)));
        if allowed.is_empty() {
            allowed.extend((0..shown.len()).filter(|&i| row[shown[i]].is_none()));
            allowed.push(shown.len());
        }
        let k = allowed.len() as f64;
        for &b in &allowed {
            branches[b] += share / k;
        }
        spread += share * k.log2();
    }
    branches.iter().map(|&p| entropy(p)).sum::<f64>() - spread
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
