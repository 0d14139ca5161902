//! Text as search compares it, and the features (character bigrams) it matches on.

use std::collections::HashSet;
use std::ops::Range;

/// One character of normalized text and the bytes of the original text it came from.
pub type Mapped = (char, Range<usize>);

/// Text as search compares it: full-width forms as half-width, lower case, Chinese digits
/// (一, 两, …) as digits, and punctuation and spaces dropped.
pub fn normalize(text: &str) -> String {
    normalize_mapped(text).into_iter().map(|(c, _)| c).collect()
}

/// [`normalize`], keeping for each character where it stands in `text`.
pub fn normalize_mapped(text: &str) -> Vec<Mapped> {
    text.char_indices()
        .filter_map(|(at, c)| normalize_char(c).map(|n| (n, at..at + c.len_utf8())))
        .collect()
}

fn normalize_char(c: char) -> Option<char> {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0)?,
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
        c => c,
    };
    c.is_alphanumeric().then(|| c.to_lowercase().next().unwrap_or(c))
}

/// A matching unit: one Chinese (non-ASCII) character, or a run of ASCII letters and digits,
/// with the range of normalized characters it covers.
pub fn units(normalized: &[char]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < normalized.len() {
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

/// The features of normalized text: every pair of neighbouring units, and every ASCII word of
/// two or more letters on its own ("mtds", "admin"). A space (where [`Synonyms::canonical`]
/// dropped a filler) separates units that are not neighbours.
pub fn features(normalized: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for part in normalized.split(BOUNDARY) {
        let chars: Vec<char> = part.chars().collect();
        let units = units(&chars);
        let text = |r: &Range<usize>| chars[r.clone()].iter().collect::<String>();
        for pair in units.windows(2) {
            out.insert(format!("{}\u{1}{}", text(&pair[0]), text(&pair[1])));
        }
        for unit in &units {
            if unit.len() >= 2 {
                out.insert(text(unit));
            }
        }
    }
    out
}

/// Stands where a filler was dropped; normalized text has no spaces of its own.
const BOUNDARY: char = ' ';

/// Single Chinese characters, for a query too short to have a pair.
pub fn single_characters(normalized: &str) -> HashSet<String> {
    normalized
        .chars()
        .filter(|c| !c.is_ascii() && *c != BOUNDARY)
        .map(String::from)
        .collect()
}

/// Rewrites each synonym to the first word of its group and each filler to a boundary, longest
/// match first.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    /// (variant, replacement), normalized, longest variant first.
    variants: Vec<(Vec<char>, String)>,
}

impl Synonyms {
    pub fn new(groups: &[Vec<String>], fillers: &[String]) -> Self {
        let mut variants: Vec<(Vec<char>, String)> = groups
            .iter()
            .filter_map(|group| {
                let canonical = normalize(group.first()?);
                Some(
                    // The first word maps to itself, so a longer word is never split by a
                    // shorter variant inside it ("绑定" is not "绑" + "定").
                    group
                        .iter()
                        .map(move |w| (normalize(w).chars().collect(), canonical.clone())),
                )
            })
            .flatten()
            .chain(
                fillers
                    .iter()
                    .map(|f| (normalize(f).chars().collect(), BOUNDARY.to_string())),
            )
            .filter(|(variant, _): &(Vec<char>, String)| !variant.is_empty())
            .collect();
        variants.sort_by_key(|(variant, _)| std::cmp::Reverse(variant.len()));
        Synonyms { variants }
    }

    /// Normalized text with every synonym replaced by its group's first word.
    pub fn canonical(&self, normalized: &str) -> String {
        let chars: Vec<char> = normalized.chars().collect();
        let mut out = String::with_capacity(normalized.len());
        let mut i = 0;
        while i < chars.len() {
            match self.variants.iter().find(|(v, _)| chars[i..].starts_with(v)) {
                Some((variant, canonical)) => {
                    out.push_str(canonical);
                    i += variant.len();
                }
                None => {
                    out.push(chars[i]);
                    i += 1;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_width_case_digits_and_punctuation() {
        assert_eq!(normalize("ＭＴＤＳ 账号，一位同事！"), "mtds账号1位同事");
        assert_eq!(normalize("让身边 1 位同事扫码"), normalize("让身边一位同事扫码"));
        assert_eq!(normalize("Ｗi-Fi"), "wifi");
    }

    #[test]
    fn maps_back_to_the_original_text() {
        let text = "企微，MTDS";
        let mapped = normalize_mapped(text);
        assert_eq!(mapped.len(), 6);
        assert_eq!(&text[mapped[2].1.clone()], "M");
    }

    #[test]
    fn features_are_unit_pairs_and_ascii_words() {
        let f = features("登录mtds");
        assert!(f.contains("登\u{1}录") && f.contains("录\u{1}mtds") && f.contains("mtds"));
        assert_eq!(f.len(), 3);
        assert!(features("禁").is_empty());
        assert_eq!(single_characters("禁a"), HashSet::from(["禁".to_owned()]));
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
        assert!(!features(&canonical).iter().any(|f| f.contains('怎')));
        assert!(features("管理员 怎么").iter().all(|f| f != "员\u{1}怎"));
    }
}
