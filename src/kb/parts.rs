//! Parts of a knowledge base that a command can read without the rest: the table of contents
//! (for `list` and search results) and one entry's excerpt (for `show`). The embedded knowledge
//! base stores them compiled, so those commands decode a little instead of everything.

use serde::{Deserialize, Serialize};

use super::model::{Kb, SolutionId};

/// What a list or a search result shows of an entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Heading {
    pub id: u32,
    pub title: String,
    /// Its solutions' numbers, in order.
    pub solutions: Vec<SolutionId>,
}

/// Every entry's heading, in entry order: `entries[i]` is `kb.entries[i]`'s.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contents {
    pub entries: Vec<Heading>,
}

impl Kb {
    /// The table of contents.
    pub fn contents(&self) -> Contents {
        Contents {
            entries: self
                .entries
                .iter()
                .map(|e| Heading {
                    id: e.id,
                    title: e.title.clone(),
                    solutions: e.solutions.iter().map(|&s| self.solutions[s].id).collect(),
                })
                .collect(),
        }
    }

    /// What showing entry `entry` (an index) reads, as a knowledge base of its own: that entry
    /// and the entries its links and its solutions' links point at, with their solutions. It
    /// has no questions (showing asks none), nor what only search reads.
    pub fn excerpt(&self, entry: usize) -> Kb {
        let shown = &self.entries[entry];
        let linked: Vec<u32> = (shown.related.iter())
            .chain(shown.solutions.iter().flat_map(|&s| &self.solutions[s].related))
            .map(|id| id.entry)
            .collect();
        let mut excerpt = Kb {
            questions: Vec::new(),
            entries: Vec::new(),
            solutions: Vec::new(),
            synonyms: Vec::new(),
            fillers: Vec::new(),
            origin: self.origin.clone(),
            untranslated: self.untranslated.clone(),
        };
        // Entry order is kept, so the excerpt's entries stay sorted by number.
        for e in self
            .entries
            .iter()
            .filter(|e| e.id == shown.id || linked.contains(&e.id))
        {
            let mut e = e.clone();
            for s in &mut e.solutions {
                let mut solution = self.solutions[*s].clone();
                solution.entry = excerpt.entries.len();
                solution.facts = Vec::new();
                *s = excerpt.solutions.len();
                excerpt.solutions.push(solution);
            }
            excerpt.entries.push(e);
        }
        excerpt
    }
}

#[cfg(test)]
mod tests {
    use crate::kb::from_yaml;

    const QUESTIONS: &str = "questions:\n  - {id: a, text: 甲？}\n  - {id: b, text: 乙？}\n  - {id: c, text: 丙？}\n";

    /// Entry `id` with two solutions, told apart from every other by the answers to a, b and c.
    fn entry(id: u32, related: &str) -> String {
        let facts = |case: u32| {
            let code = (id - 1) * 2 + case;
            format!("{{a: {}, b: {}, c: {}}}", code & 1 == 1, code & 2 == 2, code & 4 == 4)
        };
        format!(
            "id: {id}\ncategory: 测试\ntitle: 条目{id}\nrelated: [{related}]\nsolutions:\n  - label: 一\n    facts: {}\n    steps: [一步]\n  - label: 二\n    facts: {}\n    steps: [两步]\n",
            facts(0),
            facts(1)
        )
    }

    #[test]
    fn an_excerpt_holds_the_entry_and_what_it_links_to() {
        let entries = [entry(1, ""), entry(2, "\"3\""), entry(3, "\"1.2\"")];
        let kb = from_yaml(QUESTIONS, &entries.each_ref().map(String::as_str));
        let excerpt = kb.excerpt(1);
        assert_eq!(excerpt.entries.iter().map(|e| e.id).collect::<Vec<_>>(), [2, 3]);
        assert!(excerpt.questions.is_empty());
        for (i, e) in excerpt.entries.iter().enumerate() {
            for &s in &e.solutions {
                let solution = &excerpt.solutions[s];
                assert_eq!((solution.entry, solution.id.entry), (i, e.id));
                assert!(solution.facts.is_empty());
                let original = &kb.solutions[kb.solution_index(solution.id).unwrap()];
                assert_eq!((&solution.label, &solution.steps), (&original.label, &original.steps));
            }
        }
        assert_eq!(excerpt.solutions.len(), 4);
        // Links are followed one step only: entry 3 links to 1, which is not in 2's excerpt.
        assert_eq!(kb.excerpt(2).entries.iter().map(|e| e.id).collect::<Vec<_>>(), [1, 3]);
    }

    #[test]
    fn the_contents_list_every_entry_with_its_solutions() {
        let entries = [entry(1, ""), entry(2, "")];
        let kb = from_yaml(QUESTIONS, &entries.each_ref().map(String::as_str));
        let contents = kb.contents();
        let listed: Vec<(u32, &str, Vec<String>)> = (contents.entries.iter())
            .map(|h| {
                (
                    h.id,
                    h.title.as_str(),
                    h.solutions.iter().map(ToString::to_string).collect(),
                )
            })
            .collect();
        assert_eq!(
            listed,
            [
                (1, "条目1", vec!["1.1".to_owned(), "1.2".to_owned()]),
                (2, "条目2", vec!["2.1".to_owned(), "2.2".to_owned()])
            ]
        );
    }
}
