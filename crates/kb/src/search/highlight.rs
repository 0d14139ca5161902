//! The passage shown with a hit: the text that best explains the query, with what matched
//! marked.

use std::ops::Range;

use super::index::{Field, Index};
use crate::lang::Lang;
use crate::normalize::{FeatureSet, Synonyms, key, normalize_mapped, units};
use crate::printable::printable;

/// A text of a hit, with the byte ranges that matched the query.
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    pub field: Field,
    pub text: String,
    pub spans: Vec<Range<usize>>,
}

impl Index {
    /// Entry `e`'s title in `lang`, as shown: in Chinese where it has no translation.
    pub(super) fn title(&self, e: usize, lang: Lang) -> String {
        let entry = &self.entries[e];
        let title = match lang {
            Lang::En => entry.title_en.unwrap_or(entry.title),
            Lang::Zh => entry.title,
        };
        printable(&self.texts.written(title as usize)).into_owned()
    }

    /// The solution's text that best explains the query, with the matching parts marked.
    pub(super) fn passage(&self, solution: usize, explained: &[f64], marks: &FeatureSet) -> Passage {
        let mut best: Option<(f64, usize)> = None;
        for t in self.docs[solution].iter().map(|&t| t as usize) {
            let explains = self.explains(t, explained);
            if best.is_none_or(|(b, _)| explains > b) {
                best = Some((explains, t));
            }
        }
        match best {
            Some((_, t)) => {
                let written = self.texts.written(t);
                Passage {
                    field: self.texts.fields[t],
                    text: printable(&written).into_owned(),
                    spans: spans(&written, marks, &self.synonyms),
                }
            }
            None => {
                let title = self.entries[self.solutions[solution].entry].title;
                Passage {
                    field: Field::Title,
                    text: printable(&self.texts.written(title as usize)).into_owned(),
                    spans: Vec::new(),
                }
            }
        }
    }
}

/// Byte ranges of `text` whose units, read as search reads them (synonyms rewritten: "企微" as
/// "企业微信"), form a feature of the query, merged where they touch. A rewritten word counts
/// only as a whole: "微信" asked for does not mark "企微", and nothing marks a filler.
fn spans(text: &str, marks: &FeatureSet, synonyms: &Synonyms) -> Vec<Range<usize>> {
    let (mapped, words) = synonyms.canonical_mapped(&normalize_mapped(text));
    let chars: Vec<char> = mapped.iter().map(|(c, _)| *c).collect();
    let units = units(&chars);
    let unit = |i: usize| &chars[units[i].clone()];
    let mut marked = vec![false; units.len()];
    for i in 0..units.len() {
        marked[i] |= marks.contains(&key(&[unit(i)]));
        if i + 1 < units.len() && marks.contains(&key(&[unit(i), unit(i + 1)])) {
            marked[i] = true;
            marked[i + 1] = true;
        }
    }
    let mut i = 0;
    while i < units.len() {
        let word = words[units[i].start];
        let mut end = i + 1;
        while word.is_some() && end < units.len() && words[units[end].start] == word {
            end += 1;
        }
        let whole = match end - i {
            1 => marks.contains(&key(&[unit(i)])),
            _ => (i..end - 1).all(|k| marks.contains(&key(&[unit(k), unit(k + 1)]))),
        };
        if word.is_some() && !whole {
            marked[i..end].fill(false);
        }
        i = end;
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, unit) in units.iter().enumerate().filter(|(i, _)| marked[*i]) {
        let range = mapped[unit.start].1.start..mapped[unit.end - 1].1.end;
        match out.last_mut() {
            // Touching, or separated only by characters search ignores (spaces, punctuation).
            Some(last) if i > 0 && marked[i - 1] => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{features, normalize};

    #[test]
    fn a_synonym_is_marked_as_written() {
        let synonyms = Synonyms::new(&[vec!["企业微信".into(), "企微".into()]], &[]);
        let marks = features(&synonyms.canonical(&normalize("企业微信邀请")));
        let text = "现在收不到企微 邀请，也登不上企业微信";
        let marked: Vec<&str> = spans(text, &marks, &synonyms).into_iter().map(|r| &text[r]).collect();
        assert_eq!(marked, ["企微 邀请", "企业微信"]);
    }

    /// WeChat is not WeCom: "微信" asked for marks 微信 alone, not the 微信 that 企微 is
    /// rewritten to, nor a filler.
    #[test]
    fn a_rewritten_word_is_marked_only_whole() {
        let synonyms = Synonyms::new(
            &[vec!["企业微信".into(), "企微".into()], vec!["微信".into()]],
            &["怎么办".into()],
        );
        let marks = features(&synonyms.canonical(&normalize("微信怎么办")));
        let text = "企微和微信绑定，怎么办";
        let marked: Vec<&str> = spans(text, &marks, &synonyms).into_iter().map(|r| &text[r]).collect();
        assert_eq!(marked, ["微信"]);
    }
}
