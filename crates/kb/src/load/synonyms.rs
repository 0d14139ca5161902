//! Checks the synonyms file: groups of two or more words, no word in two groups or also a filler.

use std::collections::HashMap;

use super::Validator;
use crate::diagnostic::Place;
use crate::message;
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
                self.report(file, place, message!("kb-synonyms-group-small"));
            }
            for word in group {
                let key = normalize(word);
                if key.is_empty() {
                    self.report(file, place, message!("kb-synonyms-empty-word"));
                } else if let Some(first) = seen.insert(key, k).filter(|&first| first != k) {
                    let line = Place::Item("synonyms", first).resolve(&file.text).map_or(0, |p| p.0);
                    self.report(
                        file,
                        place,
                        message!("kb-synonyms-word-twice", word = word, line = line),
                    );
                }
            }
        }
        for (k, filler) in raw.fillers.iter().enumerate() {
            let key = normalize(filler);
            let place = Place::Item("fillers", k);
            if key.is_empty() {
                self.report(file, place, message!("kb-fillers-empty-word"));
            } else if seen.contains_key(&key) {
                self.report(file, place, message!("kb-fillers-in-group", word = filler));
            }
        }
        (raw.synonyms, raw.fillers)
    }
}
