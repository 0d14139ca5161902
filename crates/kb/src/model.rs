//! The validated knowledge base: questions, entries and their solutions, known to be consistent.

use std::fmt;
use std::str::FromStr;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::printable::printable;

/// A question the wizard may ask: yes/no, or a choice among yes/no questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub text: String,
    /// How the question reads as one option of a choice, where it is one.
    pub option: Option<String>,
    /// Indices of the questions that must be answered 是 before this one makes sense; for a
    /// choice, its options' together.
    pub after: Vec<usize>,
    /// Words that answer this question 是 when the caller's own description holds them.
    pub phrases: Vec<String>,
    /// For a choice, the yes/no questions it asks at once (indices): picking one answers it 是
    /// and the others 否. Empty for a yes/no question.
    pub options: Vec<usize>,
}

impl Question {
    /// Whether this is a choice among other questions rather than a yes/no question.
    pub fn is_choice(&self) -> bool {
        !self.options.is_empty()
    }
}

/// A question's texts in another language.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionText {
    pub text: String,
    pub option: Option<String>,
}

/// An entry's texts in another language than the knowledge base's own (Chinese).
#[derive(Debug, Clone, PartialEq)]
pub struct EntryText {
    pub category: String,
    pub title: String,
    pub symptoms: Vec<String>,
    pub messages: Vec<String>,
    pub cause: Option<String>,
}

/// A solution's texts in another language.
#[derive(Debug, Clone, PartialEq)]
pub struct SolutionText {
    pub label: Option<String>,
    pub condition: Option<String>,
    pub cause: Option<String>,
    pub steps: Vec<String>,
    pub note: Option<String>,
}

/// A solution's number: `15` for an entry's only solution, `16.2` for the second of several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SolutionId {
    pub entry: u32,
    pub case: Option<u32>,
}

impl fmt::Display for SolutionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.case {
            Some(case) => write!(f, "{}.{case}", self.entry),
            None => write!(f, "{}", self.entry),
        }
    }
}

impl FromStr for SolutionId {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        let number = |part: &str| {
            if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse::<u32>().map_err(|_| ())
            } else {
                Err(())
            }
        };
        match s.trim().split_once('.') {
            Some((entry, case)) => Ok(SolutionId {
                entry: number(entry)?,
                case: Some(number(case)?),
            }),
            None => Ok(SolutionId {
                entry: number(s.trim())?,
                case: None,
            }),
        }
    }
}

/// One FAQ entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: u32,
    pub category: String,
    pub title: String,
    pub symptoms: Vec<String>,
    /// On-screen messages, word for word.
    pub messages: Vec<String>,
    pub cause: Option<String>,
    /// How common the problem is, relative to the others (default 1).
    pub weight: f64,
    pub related: Vec<SolutionId>,
    /// Indices into [`Kb::solutions`].
    pub solutions: Vec<usize>,
    /// The file the entry came from, as shown in messages.
    pub file: String,
}

/// One way to solve an entry's problem, with the facts that lead to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Solution {
    pub id: SolutionId,
    /// Index into [`Kb::entries`].
    pub entry: usize,
    pub label: Option<String>,
    pub condition: Option<String>,
    pub cause: Option<String>,
    pub steps: Vec<String>,
    pub note: Option<String>,
    /// Entries or solutions that describe the same scenario as this solution in particular.
    pub related: Vec<SolutionId>,
    /// The answer to each question of [`Kb::questions`], by index; `None` means either.
    pub facts: Vec<Option<bool>>,
    /// The questions that must be answered 是 (or 不确定) before the solution is concluded, in
    /// question order: the entry's `confirm` list or every fact stated true, with their premises.
    pub confirm: Vec<usize>,
}

/// A knowledge base in one language, as commands show it and the wizard asks it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kb {
    pub questions: Vec<Question>,
    /// Sorted by id.
    pub entries: Vec<Entry>,
    /// In entry order, then in the order written.
    pub solutions: Vec<Solution>,
}

/// A knowledge base that passed validation, in both its languages: what search indexes, and
/// what [`Bilingual::in_language`] turns into the knowledge base shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Bilingual {
    /// The knowledge base in its own language, Chinese, as written.
    pub kb: Kb,
    /// The English texts, where translated.
    pub english: Translations,
    /// Groups of words search treats as one; the first word of each group stands for the rest.
    pub synonyms: Vec<Vec<String>>,
    /// Words of asking ("怎么办", "能不能") that search skips, so they join nothing.
    pub fillers: Vec<String>,
}

/// The English texts of a knowledge base, by the index of what they translate; `None` where
/// there is no translation yet.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Translations {
    pub questions: Vec<Option<QuestionText>>,
    pub entries: Vec<Option<EntryText>>,
    pub solutions: Vec<Option<SolutionText>>,
}

impl Bilingual {
    /// The knowledge base as shown: its texts in `lang` (where a text has no translation, it
    /// stays in Chinese), with any control character made visible. Validation refuses those,
    /// but what is shown must not depend on it.
    pub fn in_language(&self, lang: Lang) -> Kb {
        let mut kb = self.kb.clone();
        if lang == Lang::En {
            self.english.apply(&mut kb);
        }
        let clean = |text: &mut String| {
            if let Cow::Owned(shown) = printable(text) {
                *text = shown;
            }
        };
        for q in &mut kb.questions {
            [&mut q.text].into_iter().chain(&mut q.option).for_each(clean);
        }
        for e in &mut kb.entries {
            [&mut e.category, &mut e.title]
                .into_iter()
                .chain(&mut e.symptoms)
                .chain(&mut e.messages)
                .chain(&mut e.cause)
                .for_each(clean);
        }
        for s in &mut kb.solutions {
            s.steps
                .iter_mut()
                .chain(&mut s.label)
                .chain(&mut s.condition)
                .chain(&mut s.cause)
                .chain(&mut s.note)
                .for_each(clean);
        }
        kb
    }
}

impl Translations {
    /// Puts the English texts in place of the Chinese wherever there are any.
    fn apply(&self, kb: &mut Kb) {
        for (q, en) in kb.questions.iter_mut().zip(&self.questions) {
            if let Some(en) = en.clone() {
                q.text = en.text;
                if en.option.is_some() {
                    q.option = en.option;
                }
            }
        }
        for (e, en) in kb.entries.iter_mut().zip(&self.entries) {
            if let Some(en) = en.clone() {
                e.category = en.category;
                e.title = en.title;
                e.symptoms = en.symptoms;
                e.messages = en.messages;
                e.cause = en.cause;
            }
        }
        for (s, en) in kb.solutions.iter_mut().zip(&self.solutions) {
            if let Some(en) = en.clone() {
                s.label = en.label;
                s.condition = en.condition;
                s.cause = en.cause;
                s.steps = en.steps;
                s.note = en.note;
            }
        }
    }
}

impl Kb {
    /// The entry with this number.
    pub fn entry(&self, id: u32) -> Option<&Entry> {
        self.entries
            .binary_search_by_key(&id, |e| e.id)
            .ok()
            .map(|i| &self.entries[i])
    }

    /// The index of the solution with this number.
    pub fn solution_index(&self, id: SolutionId) -> Option<usize> {
        self.solutions.iter().position(|s| s.id == id)
    }

    /// The entry a solution belongs to.
    pub fn entry_of(&self, solution: usize) -> &Entry {
        &self.entries[self.solutions[solution].entry]
    }

    /// The weight of a solution: its entry's.
    pub fn weight(&self, solution: usize) -> f64 {
        self.entry_of(solution).weight
    }

    /// The range of entry numbers, for messages such as "1–16".
    pub fn id_range(&self) -> (u32, u32) {
        let first = self.entries.first().map_or(0, |e| e.id);
        let last = self.entries.last().map_or(0, |e| e.id);
        (first, last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solution_ids_parse_and_print() {
        let id: SolutionId = "16.2".parse().unwrap();
        assert_eq!(
            id,
            SolutionId {
                entry: 16,
                case: Some(2)
            }
        );
        assert_eq!(id.to_string(), "16.2");
        assert_eq!("15".parse::<SolutionId>().unwrap().to_string(), "15");
        for bad in ["", "abc", "1.", ".1", "1.2.3", "-1", "+1", "1e3", "99999999999"] {
            assert!(bad.parse::<SolutionId>().is_err(), "{bad:?} parsed");
        }
    }
}
