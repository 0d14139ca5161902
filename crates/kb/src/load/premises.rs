//! Checks a solution's facts against the questions' premises and choices, and works out what
//! it must confirm before the wizard concludes it.

use std::collections::HashMap;

use super::Validator;
use crate::diagnostic::Place;
use crate::message;
use crate::model::Question;
use crate::raw::RawEntry;
use crate::source::SourceFile;

impl Validator {
    /// Checks that every fact a solution states comes with its premises answered 是, and
    /// returns the questions to confirm before concluding it: its entry's and its own `confirm`
    /// lists, or every fact it states true, with their premises, in question order.
    pub(super) fn premises_and_confirm(
        &mut self,
        file: &SourceFile,
        (entry, k): (&RawEntry, usize),
        facts: &[Option<bool>],
        index: &HashMap<&str, usize>,
        questions: &[Question],
    ) -> Vec<usize> {
        let solution = &entry.solutions[k];
        fn place(id: &str, own: bool, k: usize) -> Place<'_> {
            if own {
                Place::KeyInItem(id, "solutions", k)
            } else {
                Place::Key(id, 0)
            }
        }
        // The options of a choice exclude each other: a solution can be one of them at most.
        for choice in questions.iter().filter(|c| c.is_choice()) {
            let yes: Vec<&str> = (choice.options.iter())
                .filter(|&&o| facts[o] == Some(true))
                .map(|&o| questions[o].id.as_str())
                .collect();
            if let [first, second, ..] = yes[..] {
                let own = solution.facts.contains_key(second);
                let message = message!(
                    "kb-fact-two-options",
                    first = first,
                    second = second,
                    choice = &choice.id
                );
                self.report(file, place(second, own, k), message);
            }
        }
        // Reported once per entry, from its first solution, when the entry states the fact.
        for (q, fact) in facts.iter().enumerate() {
            let id = questions[q].id.as_str();
            let own = solution.facts.contains_key(id);
            if fact.is_none() || (!own && k > 0) {
                continue;
            }
            for &p in &questions[q].after {
                if facts[p] != Some(true) {
                    let premise = questions[p].id.as_str();
                    self.report(
                        file,
                        place(id, own, k),
                        message!("kb-fact-premise", id = id, premise = premise),
                    );
                }
            }
        }
        let listed: Vec<(&String, bool)> = (entry.confirm.iter().map(|id| (id, false)))
            .chain(solution.confirm.iter().map(|id| (id, true)))
            .collect();
        let mut confirm = vec![false; questions.len()];
        for &(id, own) in &listed {
            let at = if own {
                Place::KeyInItem("confirm", "solutions", k)
            } else {
                Place::Key("confirm", 0)
            };
            match index.get(id.as_str()) {
                None if own || k == 0 => self.report(file, at, message!("kb-confirm-unknown", id = id)),
                Some(&q) if facts[q].is_none() && (own || k == 0) => {
                    self.report(file, at, message!("kb-confirm-not-stated", id = id))
                }
                Some(&q) => confirm[q] = true,
                None => {}
            }
        }
        if listed.is_empty() {
            for (q, fact) in facts.iter().enumerate() {
                confirm[q] = *fact == Some(true);
            }
        }
        // Premises first: a question is asked only once they are answered 是.
        let mut stack: Vec<usize> = (0..questions.len()).filter(|&q| confirm[q]).collect();
        while let Some(q) = stack.pop() {
            for &p in &questions[q].after {
                if !confirm[p] && facts[p] == Some(true) {
                    confirm[p] = true;
                    stack.push(p);
                }
            }
        }
        (0..questions.len()).filter(|&q| confirm[q]).collect()
    }
}
