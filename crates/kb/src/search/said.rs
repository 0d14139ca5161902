//! What the caller's own description already answers: the questions whose phrases it holds.
//!
//! Conservative by design: a phrase counts only when the description holds it whole (after the
//! same normalization and synonyms as search), not inside a longer word ("微信" is not found in
//! "企业微信"), and not after a negation ("没有改过" does not answer "改过"). A long phrase, such
//! as an on-screen message, also counts when the description quotes a good part of it, since
//! callers rarely remember a whole message.

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

/// The most characters compared in looking for quotes (description × phrases), so that a
/// knowledge base with many long phrases costs a bounded time.
const MAX_QUOTE_WORK: usize = 4_000_000;

/// How many characters before a phrase are looked at for a negation ("没有任何提示").
const NEGATION_REACH: usize = 4;

/// Characters that, shortly before a phrase, deny it.
const NEGATIONS: &[char] = &['没', '不', '未', '无', '非', '别', '否'];

/// English words that, just before a phrase, deny it.
const NEGATION_WORDS: &[&str] = &[
    "not", "no", "never", "didnt", "didn't", "hasnt", "havent", "wasnt", "isnt",
];

/// The description as phrases are looked for in it.
struct Text {
    chars: Vec<char>,
    string: String,
    /// For each character, whether it continues a word of the synonym list.
    joined: Vec<bool>,
}

impl Index {
    /// The yes/no questions that `description` answers 是, with their premises, premises
    /// first. Two items of one choice exclude each other: a description that would answer both
    /// (directly or through premises) answers neither, nor what rests on them.
    pub fn said(&self, questions: &[Question], description: &str) -> Vec<usize> {
        let (canonical, mut joined) = self.synonyms.canonical_marked(&normalize(description));
        let chars: Vec<char> = canonical.chars().take(MAX_CHARS).collect();
        joined.truncate(chars.len());
        let text = Text {
            string: chars.iter().collect(),
            chars,
            joined,
        };
        let mut budget = MAX_QUOTE_WORK;
        let mut allowed: Vec<bool> = (questions.iter())
            .map(|question| {
                !question.is_choice()
                    && (question.phrases.iter()).any(|phrase| {
                        let written = normalize(phrase);
                        let long = units(&written.chars().collect::<Vec<_>>()).len();
                        let phrase: Vec<char> = self.synonyms.canonical(&written).chars().collect();
                        holds(&text, &phrase, long, &mut budget)
                    })
            })
            .collect();
        loop {
            let yes = with_premises(questions, &allowed);
            let mut conflicting = vec![false; questions.len()];
            for choice in questions.iter().filter(|q| q.is_choice()) {
                if choice.options.iter().filter(|&&o| yes[o]).count() > 1 {
                    for &o in &choice.options {
                        conflicting[o] = true;
                    }
                }
            }
            if !conflicting.iter().any(|&c| c) {
                return premises_first(questions, &yes);
            }
            // Whatever leads to a conflicting item, itself or through its premises, is dropped.
            for q in 0..questions.len() {
                if allowed[q] {
                    let mut one = vec![false; questions.len()];
                    one[q] = true;
                    let leads = with_premises(questions, &one);
                    if (0..questions.len()).any(|p| leads[p] && conflicting[p]) {
                        allowed[q] = false;
                    }
                }
            }
        }
    }
}

/// The questions marked, with every premise they rest on.
fn with_premises(questions: &[Question], marked: &[bool]) -> Vec<bool> {
    let mut yes = marked.to_vec();
    let mut stack: Vec<usize> = (0..questions.len()).filter(|&q| yes[q]).collect();
    while let Some(q) = stack.pop() {
        for &p in &questions[q].after {
            if !yes[p] {
                yes[p] = true;
                stack.push(p);
            }
        }
    }
    yes
}

/// The questions marked, each after its premises (which validation keeps free of cycles).
fn premises_first(questions: &[Question], marked: &[bool]) -> Vec<usize> {
    // 0 unseen, 1 on the path, 2 placed.
    let mut state = vec![0u8; questions.len()];
    let mut order = Vec::new();
    for start in (0..questions.len()).filter(|&q| marked[q]) {
        let mut stack = vec![(start, 0usize)];
        while let Some(&mut (q, ref mut next)) = stack.last_mut() {
            if *next == 0 {
                if state[q] != 0 {
                    stack.pop();
                    continue;
                }
                state[q] = 1;
            }
            match questions[q].after.get(*next) {
                Some(&p) => {
                    *next += 1;
                    if state[p] == 0 {
                        stack.push((p, 0));
                    }
                }
                None => {
                    state[q] = 2;
                    if marked[q] {
                        order.push(q);
                    }
                    stack.pop();
                }
            }
        }
    }
    order
}

/// Whether `text` holds `phrase`, whole, undenied and not inside a longer word, or quotes
/// enough of a long one (while `budget` lasts). `long` is the phrase's length as written, in
/// units: how the synonyms shorten it ("企业微信" read as "企微") does not make it shorter.
fn holds(text: &Text, phrase: &[char], long: usize, budget: &mut usize) -> bool {
    if phrase.is_empty() || text.chars.is_empty() {
        return false;
    }
    let wanted: String = phrase.iter().collect();
    let whole = text.string.match_indices(&wanted).any(|(at, _)| {
        let start = text.string[..at].chars().count();
        let end = start + phrase.len();
        let on_boundaries = !text.joined[start] && text.joined.get(end).is_none_or(|&j| !j);
        on_boundaries && !denied(&text.chars[..start])
    });
    if whole {
        return true;
    }
    // Quotes are measured in units a reader sees: a Chinese character, or a whole English word.
    let phrase = units(phrase);
    let work = text.chars.len() * phrase.len();
    if long < QUOTABLE || work > *budget {
        return false;
    }
    *budget -= work;
    let quoted = longest_common_run(&units(&text.chars), &phrase);
    quoted >= SHORTEST_QUOTE && quoted as f64 >= phrase.len() as f64 * QUOTED_SHARE
}

/// Normalized text as units: each character, except that a run of ASCII letters and digits is
/// one unit; the breaks between words are dropped.
fn units(text: &[char]) -> Vec<&[char]> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let end = if text[at].is_ascii_alphanumeric() {
            at + text[at..].iter().take_while(|c| c.is_ascii_alphanumeric()).count()
        } else {
            at + 1
        };
        if text[at] != WORD_BREAK {
            out.push(&text[at..end]);
        }
        at = end;
    }
    out
}

/// Whether what stands shortly before a phrase denies it: a negation among the few characters
/// before, or an English negation as the word before.
fn denied(before: &[char]) -> bool {
    let from = before.len().saturating_sub(NEGATION_REACH);
    // A negation between two of one character asks rather than denies: 有没有, 是不是, 要不要.
    let asks = |i: usize| i > 0 && before.get(i - 1).is_some_and(|c| before.get(i + 1) == Some(c));
    if (from..before.len()).any(|i| NEGATIONS.contains(&before[i]) && !asks(i)) {
        return true;
    }
    let words: String = (before.iter().rev())
        .skip_while(|&&c| c == WORD_BREAK)
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '\'')
        .collect();
    let word: String = words.chars().rev().collect();
    NEGATION_WORDS.contains(&word.as_str())
}

/// The length of the longest run of units `a` and `b` share.
fn longest_common_run(a: &[&[char]], b: &[&[char]]) -> usize {
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

    fn text(s: &str) -> Text {
        let chars: Vec<char> = s.chars().collect();
        Text {
            joined: vec![false; chars.len()],
            string: s.to_owned(),
            chars,
        }
    }

    fn holds_in(s: &str, phrase: &str) -> bool {
        let phrase: Vec<char> = phrase.chars().collect();
        holds(&text(s), &phrase, units(&phrase).len(), &mut MAX_QUOTE_WORK.clone())
    }

    #[test]
    fn a_phrase_counts_unless_denied() {
        assert!(holds_in("手机号改过了", "改过"));
        assert!(!holds_in("手机号没有改过", "改过"));
        assert!(!holds_in("手机号没改过", "改过"));
        assert!(!holds_in("没有任何提示", "提示"));
        assert!(holds_in("以前没登录过后来手机号改过", "改过"));
        // A question is no denial.
        assert!(holds_in("有没有企业微信的学习资料", "企业微信的学习资料"));
        assert!(holds_in("是不是要同事扫码", "要同事扫码"));
    }

    #[test]
    fn a_long_phrase_counts_when_quoted_in_part() {
        let message = "你的账号已被禁用请联系该企业的管理员";
        assert!(holds_in("提示你的账号已被禁用", message));
        assert!(!holds_in("账号被禁用之类的", message));
        // A descriptive phrase must be there whole; an English word is one unit of a quote.
        assert!(!holds_in("mtds账号正常", "mtds上修改手机号"));
        assert!(!holds_in(
            "account\u{3}has\u{3}been\u{3}disabled",
            "owner\u{3}s\u{3}account"
        ));
    }

    /// How long a phrase is, for quoting, is how it is written: 企业微信 read as 企微 does
    /// not make an on-screen message too short to be quoted in part.
    #[test]
    fn a_message_shortened_by_synonyms_is_still_quoted_in_part() {
        let message: Vec<char> = "该企微尚未绑定任何uc用户信息".chars().collect();
        let text = text("该企微尚未绑定任");
        assert!(holds(&text, &message, 16, &mut MAX_QUOTE_WORK.clone()));
        assert!(!holds(&text, &message, 14, &mut MAX_QUOTE_WORK.clone()));
    }

    #[test]
    fn a_phrase_inside_a_longer_word_does_not_count() {
        let mut inside = text("企业微信可以登录");
        inside.joined = vec![false, true, true, true, false, false, false, false];
        let phrase: Vec<char> = "微信可以登录".chars().collect();
        assert!(!holds(&inside, &phrase, phrase.len(), &mut 1000));
        let phrase: Vec<char> = "企业微信可以登录".chars().collect();
        assert!(holds(&inside, &phrase, phrase.len(), &mut 1000));
    }

    #[test]
    fn quoting_work_is_bounded() {
        let long: String = "企".repeat(100);
        let mut budget = 10;
        assert!(!holds(
            &text(&long[..30]),
            &long.chars().collect::<Vec<_>>(),
            100,
            &mut budget
        ));
        assert_eq!(budget, 10, "over budget, no quote is looked for");
    }

    #[test]
    fn english_negations_deny() {
        assert!(denied(&"i\u{3}did\u{3}not\u{3}".chars().collect::<Vec<_>>()));
        assert!(!denied(&"i\u{3}did\u{3}".chars().collect::<Vec<_>>()));
    }

    #[test]
    fn premises_are_ordered_in_linear_time() {
        // Each question rests on the two before it: walking every path would take 2^n steps.
        let questions: Vec<Question> = (0..200usize)
            .map(|q| Question {
                id: format!("q{q}"),
                text: String::new(),
                option: None,
                after: (q.saturating_sub(2)..q).collect(),
                phrases: Vec::new(),
                options: Vec::new(),
            })
            .collect();
        let mut marked = vec![false; 200];
        marked[199] = true;
        let order = premises_first(&questions, &with_premises(&questions, &marked));
        assert_eq!(order, (0..200).collect::<Vec<_>>());
    }
}
