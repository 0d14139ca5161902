//! The passage shown with a hit: the text that best explains the query, with what matched
//! marked.

use std::ops::Range;

use super::index::{Field, Index};
use crate::lang::Lang;
use crate::normalize::{
    FeatureSet, Mapped, Synonyms, features, key, normalize, normalize_mapped, single_characters, units,
};
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

    /// What to mark in passages: the query's features, also as it spelled them before synonyms
    /// were rewritten.
    pub(super) fn marks(&self, wanted: &FeatureSet, query: &str, single: bool) -> FeatureSet {
        let mut marks = wanted.clone();
        let normalized = normalize(query);
        if single {
            marks.extend(single_characters(&normalized).into_iter().map(|c| key(&[&[c]])));
        } else {
            marks.extend(features(&normalized));
        }
        marks
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

/// Byte ranges of `text` whose units form a marked feature, as written or with its synonyms
/// rewritten ("企微" found by "企业微信"), merged where they touch.
fn spans(text: &str, marks: &FeatureSet, synonyms: &Synonyms) -> Vec<Range<usize>> {
    let mapped = normalize_mapped(text);
    let mut out = marked_ranges(&mapped, marks);
    out.extend(marked_ranges(&synonyms.canonical_mapped(&mapped), marks));
    out.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for range in out {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// Byte ranges of the text `mapped` stands for whose units form a marked feature, merged where
/// they touch.
fn marked_ranges(mapped: &[Mapped], marks: &FeatureSet) -> Vec<Range<usize>> {
    let chars: Vec<char> = mapped.iter().map(|(c, _)| *c).collect();
    let units = units(&chars);
    let mut marked = vec![false; units.len()];
    for (i, unit) in units.iter().enumerate() {
        marked[i] |= marks.contains(&key(&[&chars[unit.clone()]]));
        if let Some(next) = units.get(i + 1)
            && marks.contains(&key(&[&chars[unit.clone()], &chars[next.clone()]]))
        {
            marked[i] = true;
            marked[i + 1] = true;
        }
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, unit) in units.iter().enumerate().filter(|(i, _)| marked[*i]) {
        let range = mapped[unit.start].1.start..mapped[unit.end - 1].1.end;
        match out.last_mut() {
            // Touching, or separated only by characters search ignores (spaces, punctuation).
            Some(last) if i > 0 && marked[i - 1] => last.end = range.end,
            _ => out.push(range),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_synonym_is_marked_as_written() {
        let synonyms = Synonyms::new(&[vec!["企业微信".into(), "企微".into()]], &[]);
        let marks = features(&synonyms.canonical(&normalize("企业微信邀请")));
        let text = "现在收不到企微 邀请，也登不上企业微信";
        let marked: Vec<&str> = spans(text, &marks, &synonyms).into_iter().map(|r| &text[r]).collect();
        assert_eq!(marked, ["企微 邀请", "企业微信"]);
    }
}
