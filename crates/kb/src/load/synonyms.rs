//! Checks the synonyms file: groups of two or more words, no word in two groups or also a filler.

use std::collections::HashMap;

use super::Validator;
use crate::diagnostic::Place;
use crate::normalize::normalize;
use crate::raw::RawSynonyms;
use crate::source::SourceFile;

impl Validator {
    /// Each group needs two or more words, and a word may stand in one group only (compared as
    /// search compares them).
    pub(super) fn synonyms(&mut self, file: &SourceFile, raw: RawSynonyms) -> (Vec<Vec<String>>, Vec<String>) {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (k, group) in raw.synonyms.iter().enumerate() {
            let place = Place::Item("synonyms", k);
            if group.len() < 2 {
                self.report(
                    file,
                    place,
                    "同义词组至少要有两个词，例如 [企业微信, 企微]。请补上或删掉这一组。",
                    "A synonym group needs at least two words, e.g. [企业微信, 企微]. Add the missing words or delete this group.",
                );
            }
            for word in group {
                let key = normalize(word);
                if key.is_empty() {
                    self.report(
                        file,
                        place,
                        "同义词组里有一个空词（或只有标点）。请删掉它。",
                        "The synonym group has a word that is empty (or only punctuation). Delete it.",
                    );
                } else if let Some(first) = seen.insert(key, k).filter(|&first| first != k) {
                    let line = Place::Item("synonyms", first).resolve(&file.text).map_or(0, |p| p.0);
                    self.report(
                        file,
                        place,
                        format!(
                            "“{word}”在第 {line} 行的同义词组里已经有了。一个词只能属于一组：请合并这两组或删掉一处。"
                        ),
                        format!(
                            "\"{word}\" is already in the synonym group on line {line}. A word may belong to one group only: merge the two groups or delete one of the two."
                        ),
                    );
                }
            }
        }
        for (k, filler) in raw.fillers.iter().enumerate() {
            let key = normalize(filler);
            let place = Place::Item("fillers", k);
            if key.is_empty() {
                self.report(
                    file,
                    place,
                    "fillers 里有一个空词（或只有标点）。请删掉它。",
                    "fillers has a word that is empty (or only punctuation). Delete it.",
                );
            } else if seen.contains_key(&key) {
                self.report(
                    file,
                    place,
                    format!("“{filler}”已经在同义词组里了，不能同时是 fillers。请删掉一处。"),
                    format!(
                        "\"{filler}\" is already in a synonym group, so it cannot also be in fillers. Delete it from one of the two."
                    ),
                );
            }
        }
        (raw.synonyms, raw.fillers)
    }
}
