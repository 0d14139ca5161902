//! Checks that the wizard can tell every two solutions apart: some question they answer
//! oppositely, or one that must be confirmed for one of them and is not stated true by the other.

use std::collections::HashMap;

use super::Validator;
use crate::diagnostic::Place;
use crate::message;
use crate::model::{Entry, Solution};
use crate::source::SourceFile;

/// Bit masks of the questions a solution answers yes to, no to, and must confirm.
type Masks = (Vec<u64>, Vec<u64>, Vec<u64>);

/// Solutions with this many different sets of facts are compared two by two; more are refused.
const MAX_FACT_SETS: usize = 12_000;

impl Validator {
    /// Reports solutions that the wizard cannot tell apart: it could never choose between them.
    /// Solutions with the same facts form one problem however many they are, so a file
    /// copied a thousand times costs one problem and one pass, not a million pairs; solutions
    /// with different facts are compared group by group.
    pub(super) fn distinguishable(&mut self, entries: &[Entry], solutions: &[Solution], files: &[&SourceFile]) {
        let mut index: HashMap<Masks, usize> = HashMap::new();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (i, solution) in solutions.iter().enumerate() {
            let next = groups.len();
            let g = *index.entry(fact_masks(solution)).or_insert(next);
            if g == next {
                groups.push(Vec::new());
            }
            groups[g].push(i);
        }
        let mut masks: Vec<Masks> = vec![Masks::default(); groups.len()];
        for (m, g) in index {
            masks[g] = m;
        }
        let report = |this: &mut Self, a: usize, b: usize, more: usize| {
            let (sa, sb) = (&solutions[a], &solutions[b]);
            let k = sa.id.case.map_or(0, |c| c as usize - 1);
            this.problems.add(files[sa.entry], Place::Item("solutions", k), || {
                let (first, second) = (sa.id.to_string(), sb.id.to_string());
                if more > 0 {
                    message!("kb-indistinguishable-many", first = first, second = second, more = more)
                } else if sa.entry == sb.entry {
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
        };
        for group in &groups {
            if let [a, b, ref rest @ ..] = group[..] {
                report(self, a, b, rest.len());
            }
        }
        // Comparing every two groups grows with their square: past this many, the comparison
        // is not even started, and the knowledge base is refused as too large.
        if groups.len() > MAX_FACT_SETS {
            let file = files[solutions[groups[MAX_FACT_SETS][0]].entry];
            self.problems.add(file, Place::Key("id", 0), || {
                message!("kb-too-many-fact-sets", count = groups.len(), limit = MAX_FACT_SETS)
            });
            return;
        }
        // One flat array of words, each group's yes, no and confirm masks in turn: the loop
        // below runs for every two groups, and touches nothing else.
        let words = solutions.first().map_or(0, |s| s.facts.len().div_ceil(64));
        let flat: Vec<u64> = masks
            .iter()
            .flat_map(|(yes, no, confirm)| yes.iter().chain(no).chain(confirm))
            .copied()
            .collect();
        let stride = 3 * words;
        let split = |g: usize| {
            let group = &flat[g * stride..(g + 1) * stride];
            (&group[..words], &group[words..2 * words], &group[2 * words..])
        };
        for g in 0..groups.len() {
            let (ya, na, ca) = split(g);
            for h in g + 1..groups.len() {
                let (yb, nb, cb) = split(h);
                // Some answer keeps one and rules out the other: a question they answer
                // oppositely, or one that one must confirm and the other does not state alike.
                let mut apart = false;
                for w in 0..words {
                    let confirmed_a = (ca[w] & ya[w] & !yb[w]) | (ca[w] & na[w] & !nb[w]);
                    let confirmed_b = (cb[w] & yb[w] & !ya[w]) | (cb[w] & nb[w] & !na[w]);
                    apart |= (ya[w] & nb[w]) | (na[w] & yb[w]) | confirmed_a | confirmed_b != 0;
                }
                if !apart {
                    report(self, groups[g][0], groups[h][0], 0);
                }
            }
        }
    }
}

/// Bit masks of the questions a solution answers yes to, no to, and must confirm.
fn fact_masks(solution: &Solution) -> Masks {
    let words = solution.facts.len().div_ceil(64);
    let (mut yes, mut no, mut confirm) = (vec![0u64; words], vec![0u64; words], vec![0u64; words]);
    for (q, fact) in solution.facts.iter().enumerate() {
        match fact {
            Some(true) => yes[q / 64] |= 1 << (q % 64),
            Some(false) => no[q / 64] |= 1 << (q % 64),
            None => {}
        }
    }
    for &q in &solution.confirm {
        confirm[q / 64] |= 1 << (q % 64);
    }
    (yes, no, confirm)
}

#[cfg(test)]
mod tests {
    use crate::from_texts;

    const QUESTIONS: &str = "questions:\n  - {id: a, text: 甲？}\n  - {id: b, text: 乙？}\n";

    fn entry(id: u32, facts: &str) -> String {
        format!("id: {id}\ncategory: 类\ntitle: 题{id}\nfacts: {{{facts}}}\nsolutions:\n  - steps: [一步]\n")
    }

    /// The problems of solutions told apart by nothing: message id and how many a line stands for.
    fn problems(entries: &[String]) -> Vec<(String, usize)> {
        let texts: Vec<&str> = entries.iter().map(String::as_str).collect();
        from_texts(QUESTIONS, &texts)
            .map(|_| Vec::new())
            .unwrap_or_else(|problems| {
                problems
                    .iter()
                    .filter(|p| p.message.id().starts_with("kb-indistinguishable"))
                    .map(|p| (p.message.id().to_owned(), p.unlisted))
                    .collect()
            })
    }

    #[test]
    fn solutions_with_the_same_facts_are_one_problem() {
        let copies: Vec<String> = (1..=3000).map(|id| entry(id, "a: true")).collect();
        assert_eq!(problems(&copies), [("kb-indistinguishable-many".to_owned(), 0)]);
        let two = [entry(1, "a: true"), entry(2, "a: true"), entry(3, "a: false")];
        assert_eq!(problems(&two), [("kb-indistinguishable-files".to_owned(), 0)]);
    }

    #[test]
    fn solutions_with_different_but_compatible_facts_are_reported() {
        // 2 states b false, which 1 leaves open, and both confirm a alone.
        let entries = [entry(1, "a: true"), entry(2, "a: true, b: false"), entry(3, "a: false")];
        assert_eq!(problems(&entries), [("kb-indistinguishable-files".to_owned(), 0)]);
        let apart = [entry(1, "a: true"), entry(2, "a: false")];
        assert_eq!(problems(&apart), []);
        // 2 must confirm b, which 1 does not state: 否 to b keeps 1 alone.
        let confirmed = [entry(1, "a: true"), entry(2, "a: true, b: true"), entry(3, "a: false")];
        assert_eq!(problems(&confirmed), []);
    }
}
