//! Synonyms and fillers: each synonym rewritten to the first word of its group and each filler
//! to a boundary, as search and the description's answers read text.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{BOUNDARY, Mapped, normalize};

/// Rewrites each synonym to the first word of its group and each filler to a boundary, longest
/// match first, in one pass over the text however many words there are.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Synonyms {
    /// (word, what it is rewritten to), the words normalized, each once (the first written wins).
    words: Vec<(String, String)>,
    /// The words as a tree of characters, built when first used: commands that do not search
    /// never pay for it.
    #[serde(skip)]
    trie: OnceLock<Trie>,
}

impl PartialEq for Synonyms {
    fn eq(&self, other: &Self) -> bool {
        self.words == other.words
    }
}

/// The longest synonym or filler, in characters; validation refuses longer ones. It bounds the
/// work at each place of a text.
pub(crate) const MAX_WORD_CHARS: usize = 32;

/// Words as a tree of characters: node 0 is the root; each node's children are sorted by
/// character, and a node that ends a word names it.
#[derive(Debug, Clone, Default)]
struct Trie {
    children: Vec<Vec<(char, u32)>>,
    word: Vec<Option<u32>>,
}

impl Trie {
    fn new(words: &[(String, String)]) -> Self {
        let mut trie = Trie {
            children: vec![Vec::new()],
            word: vec![None],
        };
        for (w, (word, _)) in words.iter().enumerate() {
            let mut node = 0;
            for c in word.chars() {
                node = match trie.children[node].binary_search_by_key(&c, |&(k, _)| k) {
                    Ok(i) => trie.children[node][i].1 as usize,
                    Err(i) => {
                        let child = trie.children.len();
                        trie.children[node].insert(i, (c, child as u32));
                        trie.children.push(Vec::new());
                        trie.word.push(None);
                        child
                    }
                };
            }
            trie.word[node].get_or_insert(w as u32);
        }
        trie
    }

    /// The longest word at the start of `text`: its index and its length in bytes.
    fn longest(&self, text: &str) -> Option<(usize, usize)> {
        let mut node = 0;
        let mut found = None;
        for (at, c) in text.char_indices().take(MAX_WORD_CHARS) {
            match self.children[node].binary_search_by_key(&c, |&(k, _)| k) {
                Ok(i) => node = self.children[node][i].1 as usize,
                Err(_) => break,
            }
            if let Some(w) = self.word[node] {
                found = Some((w as usize, at + c.len_utf8()));
            }
        }
        found
    }
}

impl Synonyms {
    pub(crate) fn new(groups: &[Vec<String>], fillers: &[String]) -> Self {
        let mut seen = HashSet::new();
        let words: Vec<(String, String)> = groups
            .iter()
            .filter_map(|group| {
                let canonical = normalize(group.first()?);
                Some(
                    // The first word maps to itself, so a longer word is never split by a
                    // shorter variant inside it ("绑定" is not "绑" + "定").
                    group.iter().map(move |w| (normalize(w), canonical.clone())),
                )
            })
            .flatten()
            .chain(fillers.iter().map(|f| (normalize(f), BOUNDARY.to_string())))
            .filter(|(word, _)| !word.is_empty() && seen.insert(word.clone()))
            .collect();
        Synonyms {
            words,
            trie: OnceLock::new(),
        }
    }

    /// Normalized text with every synonym replaced by its group's first word: at each place the
    /// longest word written there, as a reader would take it.
    pub(crate) fn canonical(&self, normalized: &str) -> String {
        self.canonical_marked(normalized).0
    }

    /// [`Synonyms::canonical`], and for each character of the result whether it continues a
    /// word of the synonym list with the character before it: a phrase found there would start
    /// or end inside that word ("微信" inside "企业微信").
    pub(crate) fn canonical_marked(&self, normalized: &str) -> (String, Vec<bool>) {
        let mut out = String::with_capacity(normalized.len());
        let mut joined = Vec::with_capacity(normalized.len());
        self.rewrite(normalized, |found, replacement| match replacement {
            Some(replacement) => {
                out.push_str(replacement);
                joined.extend(replacement.chars().enumerate().map(|(i, _)| i > 0));
            }
            None => {
                out.push_str(found);
                joined.push(false);
            }
        });
        (out, joined)
    }

    /// [`Synonyms::canonical`] of text normalized with [`normalize_mapped`], each character
    /// of the result with the place in the original text it stands for (a rewritten word's
    /// characters all stand for the whole word as written), and with the rewritten word it is
    /// part of, if any, numbered from 0.
    pub(crate) fn canonical_mapped(&self, mapped: &[Mapped]) -> (Vec<Mapped>, Vec<Option<u32>>) {
        let normalized: String = mapped.iter().map(|(c, _)| *c).collect();
        let mut out = Vec::with_capacity(mapped.len());
        let mut words = Vec::with_capacity(mapped.len());
        let (mut at, mut rewritten) = (0, 0);
        self.rewrite(&normalized, |found, replacement| {
            let length = found.chars().count();
            match replacement {
                Some(replacement) => {
                    let written = mapped[at].1.start..mapped[at + length - 1].1.end;
                    for c in replacement.chars() {
                        out.push((c, written.clone()));
                        words.push(Some(rewritten));
                    }
                    rewritten += 1;
                }
                None => {
                    out.push(mapped[at].clone());
                    words.push(None);
                }
            }
            at += length;
        });
        (out, words)
    }

    /// Walks `normalized` once, longest match first: `each(found, Some(replacement))` for each
    /// word of the list, `each(character, None)` for each other character.
    fn rewrite<'t>(&self, normalized: &'t str, mut each: impl FnMut(&'t str, Option<&str>)) {
        let trie = self.trie.get_or_init(|| Trie::new(&self.words));
        let mut rest = normalized;
        while let Some(c) = rest.chars().next() {
            let length = match trie.longest(rest) {
                Some((w, length)) => {
                    each(&rest[..length], Some(&self.words[w].1));
                    length
                }
                None => {
                    each(&rest[..c.len_utf8()], None);
                    c.len_utf8()
                }
            };
            rest = &rest[length..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{features, key};

    #[test]
    fn synonyms_become_the_first_word_longest_first() {
        let s = Synonyms::new(
            &[
                vec!["企业微信".into(), "企微".into()],
                vec!["无法登录".into(), "登不上".into(), "登不上去".into()],
            ],
            &["怎么办".into()],
        );
        assert_eq!(s.canonical(&normalize("企微登不上去了")), "企业微信无法登录了");
        assert_eq!(s.canonical("企业微信"), "企业微信");
        let canonical = s.canonical(&normalize("管理员怎么办？"));
        assert_eq!(canonical, "管理员 ");
        assert_eq!(features(&canonical).len(), 2);
        assert!(!features("管理员 怎么").contains(&key(&[&['员'], &['怎']])));
        assert!(features("管理员怎么").contains(&key(&[&['员'], &['怎']])));
    }
}
