//! What the caller's own description already answers: the questions whose phrases it holds.
//!
//! Conservative by design: a phrase counts only when the description holds it (after the same
//! normalization and synonyms as search) and no negation stands just before it ("没有改过" does
//! not answer "改过"). A long phrase, such as an on-screen message, also counts when the
//! description quotes a good part of it, since callers rarely remember a whole message.

use super::Index;
use crate::model::Question;
use crate::normalize::{WORD_BREAK, normalize};

/// The longest description read, in characters: what a caller types is a sentence or two.
const MAX_CHARS: usize = 2_000;

/// A phrase this long (in normalized characters), such as an on-screen message, counts when the
/// description quotes enough of it; a shorter one, such as a descriptive phrase, must be there
/// whole ("MTDS" alone is no quote of "MTDS 上改了手机号").
const QUOTABLE: usize = 15;

/// The fewest characters a quote must have, however long the phrase.
const SHORTEST_QUOTE: usize = 6;

/// The share of a long phrase a description must quote, in one piece, to count.
const QUOTED_SHARE: f64 = 0.4;

/// Characters that, just before a phrase, deny it.
const NEGATIONS: &[char] = &['没', '不', '未', '无', '非', '别', '否'];

/// English words that, just before a phrase, deny it.
const NEGATION_WORDS: &[&str] = &[
    "not", "no", "never", "didnt", "didn't", "hasnt", "havent", "wasnt", "isnt",
];

impl Index {
    /// Text as search compares it: normalized, every synonym as its group's first word.
    pub fn canonical(&self, text: &str) -> String {
        self.synonyms.canonical(&normalize(text))
    }

    /// The yes/no questions that `description` answers 是, with their premises, premises
    /// first. Two options of one choice exclude each other: a description that holds both
    /// answers neither.
    pub fn said(&self, questions: &[Question], description: &str) -> Vec<usize> {
        let text: Vec<char> = self.canonical(description).chars().take(MAX_CHARS).collect();
        let mut yes: Vec<bool> = (questions.iter())
            .map(|question| {
                !question.is_choice()
                    && (question.phrases.iter()).any(|phrase| {
                        let phrase: Vec<char> = self.canonical(phrase).chars().collect();
                        holds(&text, &phrase)
                    })
            })
            .collect();
        for choice in questions.iter().filter(|q| q.is_choice()) {
            if choice.options.iter().filter(|&&o| yes[o]).count() > 1 {
                for &o in &choice.options {
                    yes[o] = false;
                }
            }
        }
        // A premise of what was said was said too ("同事扫码" is a message on screen).
        let mut stack: Vec<usize> = (0..questions.len()).filter(|&q| yes[q]).collect();
        while let Some(q) = stack.pop() {
            for &p in &questions[q].after {
                if !yes[p] {
                    yes[p] = true;
                    stack.push(p);
                }
            }
        }
        let mut said: Vec<usize> = (0..questions.len()).filter(|&q| yes[q]).collect();
        // Premises before what waits on them.
        said.sort_by_key(|&q| depth(questions, q));
        said
    }
}

/// How many premises stand before a question, one under another (premises form no cycle).
fn depth(questions: &[Question], q: usize) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(q, 0usize)];
    while let Some((q, d)) = stack.pop() {
        deepest = deepest.max(d);
        if d < questions.len() {
            stack.extend(questions[q].after.iter().map(|&p| (p, d + 1)));
        }
    }
    deepest
}

/// Whether `text` holds `phrase`, undenied, or quotes enough of a long one.
fn holds(text: &[char], phrase: &[char]) -> bool {
    if phrase.is_empty() || text.is_empty() {
        return false;
    }
    let whole = (0..text.len().saturating_sub(phrase.len() - 1))
        .filter(|&at| text[at..].starts_with(phrase))
        .any(|at| !denied(&text[..at]));
    whole
        || (phrase.len() >= QUOTABLE && {
            let quoted = longest_common_run(text, phrase);
            quoted >= SHORTEST_QUOTE && quoted as f64 >= phrase.len() as f64 * QUOTED_SHARE
        })
}

/// Whether what stands just before a phrase denies it: a negation among the two characters
/// before, or an English negation as the word before.
fn denied(before: &[char]) -> bool {
    let near = &before[before.len().saturating_sub(2)..];
    if near.iter().any(|c| NEGATIONS.contains(c)) {
        return true;
    }
    let words: String = before
        .iter()
        .rev()
        .skip_while(|&&c| c == WORD_BREAK)
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '\'')
        .collect();
    let word: String = words.chars().rev().collect();
    NEGATION_WORDS.contains(&word.as_str())
}

/// The length of the longest run of characters `a` and `b` share. Both are bounded (the
/// description by [`MAX_CHARS`], a phrase by one line), so the table is small.
fn longest_common_run(a: &[char], b: &[char]) -> usize {
    let mut previous = vec![0usize; b.len() + 1];
    let mut current = vec![0usize; b.len() + 1];
    let mut best = 0;
    for &x in a {
        for (j, &y) in b.iter().enumerate() {
            current[j + 1] = if x == y { previous[j] + 1 } else { 0 };
            best = best.max(current[j + 1]);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_phrase_counts_unless_denied() {
        assert!(holds(&chars("手机号改过了"), &chars("改过")));
        assert!(!holds(&chars("手机号没有改过"), &chars("改过")));
        assert!(!holds(&chars("手机号没改过"), &chars("改过")));
        assert!(holds(&chars("以前没登录过手机号改过"), &chars("改过")));
    }

    #[test]
    fn a_long_phrase_counts_when_quoted_in_part() {
        let message = chars("你的账号已被禁用请联系该企业的管理员");
        assert!(holds(&chars("提示你的账号已被禁用"), &message));
        assert!(!holds(&chars("账号被禁用之类的"), &message));
        // A descriptive phrase must be there whole.
        assert!(!holds(&chars("mtds账号正常"), &chars("mtds上修改手机号")));
    }

    #[test]
    fn english_negations_deny() {
        assert!(denied(&chars("i\u{3}did\u{3}not\u{3}")));
        assert!(!denied(&chars("i\u{3}did\u{3}")));
    }
}
