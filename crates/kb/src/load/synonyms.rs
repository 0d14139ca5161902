//! Checks the synonyms file: groups of two or more words, each word written once, in one group or
//! among the fillers.

use std::collections::{HashMap, HashSet};

use super::Validator;
use crate::diagnostic::Place;
use crate::message;
use crate::normalize::{MAX_WORD_CHARS, normalize};
use crate::raw::RawSynonyms;
use crate::source::SourceFile;

impl Validator {
    /// Each group needs two or more words, and a word may stand once only, in one group or among
    /// the fillers (compared as search compares them).
    pub(super) fn synonyms(&mut self, file: &SourceFile, raw: RawSynonyms) -> (Vec<Vec<String>>, Vec<String>) {
        let mut seen: HashMap<String, usize> = HashMap::new();
        // Words already reported as repeated in their group: a word pasted a thousand times is
        // one problem.
        let mut repeated: HashSet<String> = HashSet::new();
        for (k, group) in raw.synonyms.iter().enumerate() {
            let place = Place::Item("synonyms", k);
            if group.len() < 2 {
                self.report(file, place, message!("kb-synonyms-group-small"));
            }
            for word in group {
                let key = normalize(word);
                if key.is_empty() {
                    self.report(file, place, message!("kb-synonyms-empty-word"));
                    continue;
                }
                if key.chars().count() > MAX_WORD_CHARS {
                    self.report(file, place, message!("kb-synonyms-word-long", limit = MAX_WORD_CHARS));
                    continue;
                }
                match seen.insert(key.clone(), k) {
                    None => {}
                    Some(first) if first == k => {
                        // Repeats after the first of a word are that same problem.
                        let first_repeat = repeated.insert(key);
                        if first_repeat {
                            self.report(file, place, message!("kb-synonyms-word-repeated", word = word));
                        }
                    }
                    // The other group's line is looked up only for a problem that is listed.
                    Some(first) => self.problems.add(file, place, || {
                        let line = Place::Item("synonyms", first).resolve(&file.text).map_or(0, |p| p.0);
                        message!("kb-synonyms-word-twice", word = word, line = line)
                    }),
                }
            }
        }
        let mut fillers: HashSet<String> = HashSet::new();
        for (k, filler) in raw.fillers.iter().enumerate() {
            let key = normalize(filler);
            let place = Place::Item("fillers", k);
            if key.is_empty() {
                self.report(file, place, message!("kb-fillers-empty-word"));
            } else if key.chars().count() > MAX_WORD_CHARS {
                self.report(file, place, message!("kb-synonyms-word-long", limit = MAX_WORD_CHARS));
            } else if seen.contains_key(&key) {
                self.report(file, place, message!("kb-fillers-in-group", word = filler));
            } else if !fillers.insert(key.clone()) && repeated.insert(key) {
                self.report(file, place, message!("kb-fillers-word-twice", word = filler));
            }
        }
        (raw.synonyms, raw.fillers)
    }
}

#[cfg(test)]
mod tests {
    use crate::load::{QUESTIONS_FILE, SYNONYMS_FILE, from_files};
    use crate::source::SourceFile;

    /// The problems `synonyms.yaml` gets beside a valid base, by message id.
    fn problems(synonyms: &str) -> Vec<String> {
        let mut files: Vec<SourceFile> = crate::synthetic::generate(2)
            .into_iter()
            .map(|(path, text)| SourceFile::unread(path, text))
            .collect();
        assert!(files.iter().any(|f| f.relative == QUESTIONS_FILE));
        files.push(SourceFile::unread(SYNONYMS_FILE.into(), synonyms.into()));
        match from_files(&files, "test") {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(|p| p.message.id().to_owned()).collect(),
        }
    }

    #[test]
    fn a_word_repeated_anywhere_is_refused_once_per_word() {
        assert_eq!(
            problems("synonyms:\n  - [企业微信, 企微]\nfillers: [请问]\n"),
            Vec::<String>::new()
        );
        let many = ["企微"; 1000].join(", ");
        assert_eq!(
            problems(&format!("synonyms:\n  - [企业微信, {many}]\n")),
            ["kb-synonyms-word-repeated"]
        );
        assert_eq!(
            problems("synonyms:\n  - [企业微信, 企微]\n  - [企 微, 微信]\n"),
            ["kb-synonyms-word-twice"]
        );
        assert_eq!(
            problems("synonyms:\n  - [企业微信, 企微]\nfillers: [请问, 请问, 请问, 企微]\n"),
            ["kb-fillers-word-twice", "kb-fillers-in-group"]
        );
    }

    #[test]
    fn a_word_longer_than_a_word_is_refused() {
        let long = "企".repeat(33);
        assert_eq!(
            problems(&format!("synonyms:\n  - [企业微信, {long}]\nfillers: [{long}1]\n")),
            ["kb-synonyms-word-long", "kb-synonyms-word-long"]
        );
        let longest = "企".repeat(32);
        assert_eq!(
            problems(&format!("synonyms:\n  - [企业微信, {longest}]\n")),
            Vec::<String>::new()
        );
    }
}
