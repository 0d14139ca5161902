//! Text as search compares it, and the features (character bigrams) it matches on. A leaf:
//! loading (synonym checks) and search both use it.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::{Range, RangeInclusive};

mod synonyms;

pub(crate) use synonyms::{MAX_WORD_CHARS, Synonyms};

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
}
