//! Texts grouped by likeness: what employees typed that the knowledge base did not cover, or
//! searched for and did not find, as the list of the knowledge base's gaps.
//!
//! The work is bounded whatever the journals hold: texts that read the same once normalized
//! are one, then the most frequent of them are taken greedily, each joining the group whose
//! first text shares most of its character pairs (Jaccard over bigram sets, each pair weighed
//! by how rare it is among the other texts, so that 企业微信, in most of them, makes no two
//! alike), or starting a group of its own while there is room. What is left is counted as
//! "others".

use std::cmp::Reverse;
use std::collections::HashMap;

use super::tally::Tally;
use crate::journal::masks_in;
use crate::lang::Lang;

/// The most distinct texts read, most frequent first.
const MAX_TEXTS: usize = 20_000;
/// The most distinct normalized texts grouped, most frequent first.
const MAX_FORMS: usize = 5_000;
/// The most groups made.
pub const MAX_GROUPS: usize = 30;
/// The texts shown beside a group's own, most frequent first.
pub const EXAMPLES: usize = 3;
/// How alike two texts must be to be grouped: the share of their character pairs, by weight,
/// they have in common. "视频通话没声音" and "视频通话没有声音" share 5 of 8.
const SIMILAR: f64 = 0.4;

/// Texts alike, most frequent first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Times any text of the group was seen.
    pub count: u64,
    /// The group's most frequent text, as it was typed (redacted).
    pub text: String,
    /// Other texts of the group, with their counts.
    pub examples: Vec<(String, u64)>,
}

/// The groups of a tally's texts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Groups {
    /// Texts counted.
    pub total: u64,
    /// Most frequent first.
    pub groups: Vec<Group>,
    /// Texts in no group: rarer than those grouped, once the groups or the bounds are full.
    pub others: u64,
}

impl Groups {
    /// The groups with the masks in their texts named in `lang` (the journal writes them in
    /// Chinese).
    pub fn shown_in(mut self, lang: Lang) -> Groups {
        for group in &mut self.groups {
            group.text = masks_in(&group.text, lang);
            for (example, _) in &mut group.examples {
                *example = masks_in(example, lang);
            }
        }
        self
    }
}

/// A normalized text: the texts that read as it, shown as the most frequent of them.
struct Form<'t> {
    shown: &'t str,
    count: u64,
    key: String,
}

/// A text's character pairs, sorted, each with the number of texts it is in.
type Counted = Vec<(u64, u32)>;

/// A group being made: its first form's character pairs, and its forms.
struct Making<'t> {
    pairs: Counted,
    count: u64,
    forms: Vec<Form<'t>>,
}

/// Groups the texts of `tally`, comparing them as `canonical` writes them (the knowledge
/// base's normalization: half-width, lower case, no punctuation, synonyms as one word).
pub fn group(tally: &Tally, canonical: &dyn Fn(&str) -> String) -> Groups {
    let mut others = tally.unheld;
    let mut texts: Vec<(&str, u64)> = tally.iter().collect();
    texts.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    others += cut(&mut texts, MAX_TEXTS, |t| t.1);

    let mut forms: Vec<Form> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (text, count) in texts {
        let key = canonical(text);
        match by_key.get(&key) {
            Some(&i) => forms[i].count += count,
            None => {
                by_key.insert(key.clone(), forms.len());
                forms.push(Form {
                    shown: text,
                    count,
                    key,
                });
            }
        }
    }
    // Stable: of forms seen as often, the one whose text came first stays first.
    forms.sort_by_key(|f| Reverse(f.count));
    others += cut(&mut forms, MAX_FORMS, |f| f.count);

    let pairs = counted(forms.iter().map(|f| pairs(&f.key)).collect());
    let rarity = Rarity::new(pairs.len());
    let mut making: Vec<Making> = Vec::new();
    for (form, pairs) in forms.into_iter().zip(pairs) {
        let best = (making.iter().enumerate())
            .map(|(i, group)| (likeness(&pairs, &group.pairs, &rarity), i))
            .filter(|(likeness, _)| *likeness >= SIMILAR)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        match best {
            Some((_, i)) => {
                making[i].count += form.count;
                making[i].forms.push(form);
            }
            None if making.len() < MAX_GROUPS => making.push(Making {
                pairs,
                count: form.count,
                forms: vec![form],
            }),
            None => others += form.count,
        }
    }
    making.sort_by_key(|g| Reverse(g.count));
    Groups {
        total: tally.total,
        groups: making.into_iter().map(finished).collect(),
        others,
    }
}

/// Cuts `items` to `max`, returning how many times the cut ones were seen.
fn cut<T>(items: &mut Vec<T>, max: usize, count: impl Fn(&T) -> u64) -> u64 {
    let cut = items.iter().skip(max).map(count).sum();
    items.truncate(max);
    cut
}

fn finished(group: Making) -> Group {
    let mut forms = group.forms.into_iter();
    let first = forms.next().expect("a group has a first text");
    Group {
        count: group.count,
        text: first.shown.to_owned(),
        examples: forms.take(EXAMPLES).map(|f| (f.shown.to_owned(), f.count)).collect(),
    }
}

/// The set of neighbouring character pairs of `text`, sorted; a single character stands alone.
fn pairs(text: &str) -> Vec<u64> {
    let chars: Vec<u64> = text.chars().map(u64::from).collect();
    let mut pairs: Vec<u64> = match chars.as_slice() {
        [one] => vec![*one],
        _ => chars.windows(2).map(|w| (w[0] + 1) << 21 | w[1]).collect(),
    };
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Each text's pairs with the number of texts each is in.
fn counted(texts: Vec<Vec<u64>>) -> Vec<Counted> {
    let mut frequency: HashMap<u64, u32> = HashMap::new();
    for pairs in &texts {
        for &pair in pairs {
            *frequency.entry(pair).or_default() += 1;
        }
    }
    (texts.into_iter())
        .map(|pairs| pairs.into_iter().map(|pair| (pair, frequency[&pair])).collect())
        .collect()
}

/// What a pair weighs by the number of other texts it is in, besides the two compared: the
/// fewer, the more (a smoothed inverse document frequency; two texts alone weigh every pair
/// alike).
struct Rarity(Vec<f64>);

impl Rarity {
    fn new(texts: usize) -> Rarity {
        let n = texts as f64;
        Rarity((0..=texts).map(|others| (1.0 + n / (1 + others) as f64).ln()).collect())
    }

    fn of(&self, others: u32) -> f64 {
        self.0[others as usize]
    }
}

/// The share, by weight, of the pairs two sets have in common; nothing is like an empty set.
fn likeness(a: &[(u64, u32)], b: &[(u64, u32)], rarity: &Rarity) -> f64 {
    let (mut i, mut j) = (0, 0);
    let (mut common, mut union) = (0.0, 0.0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                let weight = rarity.of(x.1 - 2);
                common += weight;
                union += weight;
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                union += rarity.of(x.1 - 1);
                i += 1;
            }
            (Some(x), None) => {
                union += rarity.of(x.1 - 1);
                i += 1;
            }
            (_, Some(y)) => {
                union += rarity.of(y.1 - 1);
                j += 1;
            }
            (None, None) => unreachable!("one set has pairs left"),
        }
    }
    if union == 0.0 { 0.0 } else { common / union }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A simple normalization for the tests: lower case, no spaces or punctuation.
    fn plain(text: &str) -> String {
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    }

    fn tally(texts: &[(&str, u64)]) -> Tally {
        let mut tally = Tally::default();
        for &(text, n) in texts {
            tally.add(text, n);
        }
        tally
    }

    #[test]
    fn alike_texts_are_one_group_and_the_most_frequent_names_it() {
        let groups = group(
            &tally(&[
                ("视频通话没有声音", 3),
                ("视频通话没声音", 12),
                ("视频通话，没声音！", 2),
                ("工资条在哪里看", 4),
                ("视频会议听不到声音", 1),
            ]),
            &plain,
        );
        assert_eq!(groups.total, 22);
        assert_eq!(groups.others, 0);
        let expected = |text: &str, count, examples: &[(&str, u64)]| Group {
            count,
            text: text.to_owned(),
            examples: examples.iter().map(|&(t, n)| (t.to_owned(), n)).collect(),
        };
        assert_eq!(
            groups.groups,
            [
                expected("视频通话没声音", 17, &[("视频通话没有声音", 3)]),
                expected("工资条在哪里看", 4, &[]),
                expected("视频会议听不到声音", 1, &[]),
            ]
        );
    }

    #[test]
    fn texts_that_read_the_same_are_one_text() {
        let groups = group(
            &tally(&[("Wi-Fi 连不上", 2), ("wifi连不上", 1), ("WIFI 连不上。", 1)]),
            &plain,
        );
        assert_eq!(groups.groups.len(), 1);
        assert_eq!(groups.groups[0].count, 4);
        assert_eq!(groups.groups[0].text, "Wi-Fi 连不上");
        assert!(groups.groups[0].examples.is_empty(), "{groups:?}");
    }

    #[test]
    fn groups_are_bounded_and_the_rest_is_counted() {
        // Texts with no pair in common: each would be a group of its own.
        let texts: Vec<(String, u64)> = (0..MAX_GROUPS as u32 + 5)
            .map(|i| {
                let a = char::from_u32(0x4e00 + 2 * i).unwrap();
                let b = char::from_u32(0x4e01 + 2 * i).unwrap();
                (format!("{a}{b}"), 100 - u64::from(i))
            })
            .collect();
        let borrowed: Vec<(&str, u64)> = texts.iter().map(|(t, n)| (t.as_str(), *n)).collect();
        let groups = group(&tally(&borrowed), &plain);
        assert_eq!(groups.groups.len(), MAX_GROUPS);
        // The five rarest are left over.
        let rarest: u64 = texts[MAX_GROUPS..].iter().map(|t| t.1).sum();
        assert_eq!(groups.others, rarest);
        let grouped: u64 = groups.groups.iter().map(|g| g.count).sum();
        assert_eq!(grouped + groups.others, groups.total);
        assert!(groups.groups.windows(2).all(|w| w[0].count >= w[1].count));
    }

    #[test]
    fn examples_are_bounded() {
        let texts: Vec<String> = (0..10).map(|i| format!("企业微信收不到验证码{i}")).collect();
        let borrowed: Vec<(&str, u64)> = texts.iter().map(|t| (t.as_str(), 1)).collect();
        let groups = group(&tally(&borrowed), &plain);
        assert_eq!(groups.groups.len(), 1);
        assert_eq!(groups.groups[0].count, 10);
        assert_eq!(groups.groups[0].examples.len(), EXAMPLES);
    }

    #[test]
    fn likeness_is_the_share_of_pairs_in_common() {
        let texts = |a: &str, b: &str| {
            let mut both = counted(vec![pairs(a), pairs(b)]).into_iter();
            (both.next().unwrap(), both.next().unwrap())
        };
        let alike = |a, b| {
            let (a, b) = texts(a, b);
            likeness(&a, &b, &Rarity::new(2))
        };
        assert_eq!(alike("视频通话没声音", "视频通话没有声音"), 5.0 / 8.0);
        assert_eq!(alike("ab", "ab"), 1.0);
        assert_eq!(alike("", ""), 0.0);
        assert_eq!(pairs("闪"), vec![u64::from('闪')]);
        // "ab" is not "ba".
        assert_eq!(alike("ab", "ba"), 0.0);
    }

    #[test]
    fn words_most_texts_share_make_no_two_alike() {
        // Every text says 企业微信怎么: that is not what they are about.
        let groups = group(
            &tally(&[
                ("企业微信怎么排班", 5),
                ("企业微信怎么开发票", 4),
                ("企业微信怎么改名字", 3),
                ("急：企业微信怎么排班", 2),
                ("企业微信怎么请假", 1),
            ]),
            &plain,
        );
        let shown: Vec<(&str, u64)> = groups.groups.iter().map(|g| (g.text.as_str(), g.count)).collect();
        assert_eq!(
            shown,
            [
                ("企业微信怎么排班", 7),
                ("企业微信怎么开发票", 4),
                ("企业微信怎么改名字", 3),
                ("企业微信怎么请假", 1)
            ]
        );
    }
}
