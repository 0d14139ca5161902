//! Text as search compares it, and the features (character bigrams) it matches on. A leaf:
//! loading (synonym checks) and search both use it.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::{Range, RangeInclusive};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// One character of normalized text and the bytes of the original text it came from.
pub(crate) type Mapped = (char, Range<usize>);

/// Text as search compares it: full-width forms as half-width, lower case, Chinese digits
/// (一, 两, …) as digits, and punctuation and spaces dropped.
pub(crate) fn normalize(text: &str) -> String {
    normalize_mapped(text).into_iter().map(|(c, _)| c).collect()
}

/// [`normalize`], keeping for each character where it stands in `text`. Where dropped
/// characters stood between two ASCII words ("log in"), a [`WORD_BREAK`] keeps them apart.
pub(crate) fn normalize_mapped(text: &str) -> Vec<Mapped> {
    let mut out: Vec<Mapped> = Vec::with_capacity(text.len());
    let mut dropped: Option<Range<usize>> = None;
    for (at, c) in text.char_indices() {
        let here = at..at + c.len_utf8();
        match normalize_char(c) {
            Some(n) => {
                if let Some(gap) = dropped.take()
                    && n.is_ascii_alphanumeric()
                    && out.last().is_some_and(|(p, _)| p.is_ascii_alphanumeric())
                {
                    out.push((WORD_BREAK, gap));
                }
                out.push((n, here));
            }
            None => {
                dropped.get_or_insert(here);
            }
        }
    }
    out
}

/// Separates two ASCII words in normalized text (which drops spaces).
pub(crate) const WORD_BREAK: char = '\u{3}';

/// A full-width form (`１`, `．`, `？`, `Ａ`) as its ASCII character; any other character as it is.
pub fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        c => c,
    }
}

fn normalize_char(c: char) -> Option<char> {
    let c = match half_width(c) {
        '〇' | '零' => '0',
        '一' => '1',
        '二' | '两' => '2',
        '三' => '3',
        '四' => '4',
        '五' => '5',
        '六' => '6',
        '七' => '7',
        '八' => '8',
        '九' => '9',
        // Most of the text: letters without case, kept as they are (a test checks every one),
        // without looking them up in Unicode's tables.
        c if CJK_IDEOGRAPHS.contains(&c) => return Some(c),
        c => c,
    };
    c.is_alphanumeric().then(|| c.to_lowercase().next().unwrap_or(c))
}

/// The CJK Unified Ideographs block.
const CJK_IDEOGRAPHS: RangeInclusive<char> = '\u{4E00}'..='\u{9FFF}';

/// A matching unit: one Chinese (non-ASCII) character, or a run of ASCII letters and digits,
/// with the range of normalized characters it covers.
pub(crate) fn units(normalized: &[char]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(normalized.len());
    let mut i = 0;
    while i < normalized.len() {
        if normalized[i] == WORD_BREAK {
            i += 1;
            continue;
        }
        let start = i;
        if normalized[i].is_ascii_alphanumeric() {
            while i < normalized.len() && normalized[i].is_ascii_alphanumeric() {
                i += 1;
            }
        } else {
            i += 1;
        }
        out.push(start..i);
    }
    out
}

/// A feature as a 64-bit key: a pair of neighbouring units, an ASCII word, or one character.
pub(crate) type Feature = u64;

/// A set of features. Keys are already hashes, so the set uses them as they are.
pub(crate) type FeatureSet = HashSet<Feature, BuildHasherDefault<KeyHasher>>;

/// A map keyed by features.
pub(crate) type FeatureMap<V> = HashMap<Feature, V, BuildHasherDefault<KeyHasher>>;

/// Passes a feature key through unchanged (the key is an FNV-1a hash already).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }

    fn write_u64(&mut self, key: u64) {
        self.0 = key;
    }
}

const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The key of a sequence of units (one unit: a word or character; two: a pair).
pub(crate) fn key(units: &[&[char]]) -> Feature {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, unit) in units.iter().enumerate() {
        if i > 0 {
            // A separator no character produces, so "ab"+"c" differs from "a"+"bc".
            hash = (hash ^ 0x11_0000).wrapping_mul(FNV_PRIME);
        }
        for &c in *unit {
            hash = (hash ^ u64::from(c)).wrapping_mul(FNV_PRIME);
        }
    }
    hash
}

/// The features of normalized text: every pair of neighbouring units, and every ASCII word of
/// two or more letters on its own ("mtds", "admin"). A space (where [`Synonyms::canonical`]
/// dropped a filler) separates units that are not neighbours.
pub(crate) fn features(normalized: &str) -> FeatureSet {
    let mut out = FeatureSet::default();
    let mut chars = Vec::new();
    for part in normalized.split(BOUNDARY) {
        chars.clear();
        chars.extend(part.chars());
        let units = units(&chars);
        for pair in units.windows(2) {
            out.insert(key(&[&chars[pair[0].clone()], &chars[pair[1].clone()]]));
        }
        for unit in units.iter().filter(|u| u.len() >= 2) {
            out.insert(key(&[&chars[unit.clone()]]));
        }
    }
    out
}

/// Stands where a filler was dropped; normalized text has no spaces of its own.
const BOUNDARY: char = ' ';

/// The Chinese characters of a query too short to have a pair.
pub(crate) fn single_characters(normalized: &str) -> Vec<char> {
    let mut chars: Vec<char> = normalized.chars().filter(|c| !c.is_ascii() && *c != BOUNDARY).collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

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

    #[test]
    fn normalizes_width_case_digits_and_punctuation() {
        assert_eq!(normalize("ＭＴＤＳ 账号，一位同事！"), "mtds账号1位同事");
        assert_eq!(normalize("让身边 1 位同事扫码"), normalize("让身边一位同事扫码"));
        assert_eq!(normalize("Ｗi-Fi"), "wi\u{3}fi");
        assert_eq!(normalize("log in，MTDS"), "log\u{3}in\u{3}mtds");
        assert_eq!(normalize("MTDS 系统"), "mtds系统");
    }

    #[test]
    fn chinese_characters_are_letters_without_case() {
        for c in CJK_IDEOGRAPHS {
            assert!(c.is_alphanumeric() && c.to_lowercase().eq([c]), "{c:?}");
        }
    }

    #[test]
    fn maps_back_to_the_original_text() {
        let text = "企微，MTDS";
        let mapped = normalize_mapped(text);
        assert_eq!(mapped.len(), 6);
        assert_eq!(&text[mapped[2].1.clone()], "M");
    }

    #[test]
    fn english_words_stay_apart() {
        let chars: Vec<char> = normalize("account disabled").chars().collect();
        let units = units(&chars);
        assert_eq!(units.len(), 2);
        let f = features(&normalize("account disabled"));
        assert!(f.contains(&key(&[&chars[units[0].clone()]])));
        assert!(f.contains(&key(&[&chars[units[0].clone()], &chars[units[1].clone()]])));
    }

    #[test]
    fn features_are_unit_pairs_and_ascii_words() {
        let f = features("登录mtds");
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(f.contains(&key(&[&chars("登"), &chars("录")])));
        assert!(f.contains(&key(&[&chars("录"), &chars("mtds")])));
        assert!(f.contains(&key(&[&chars("mtds")])));
        assert_eq!(f.len(), 3);
        assert!(features("禁").is_empty());
        assert_eq!(single_characters("禁a禁"), ['禁']);
        // Where units split matters.
        assert_ne!(key(&[&chars("ab"), &chars("c")]), key(&[&chars("a"), &chars("bc")]));
    }

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
