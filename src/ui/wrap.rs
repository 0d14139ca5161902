//! Fitting text to a width, counting a Chinese character as two columns.
//!
//! Lines break where the Unicode line-breaking rules allow (between Chinese characters, at
//! spaces, after punctuation), except inside what a reader takes as one thing: a number and the
//! word beside it ("FAQ 15", "16.2", "1 位同事"), a short name in 【】, a Chinese word quoted in
//! English text ("更多功能 (More features)"), and two pieces joined by [`NO_BREAK`].

use textwrap::core::{Word, display_width};
use textwrap::{Options, WordSeparator, WordSplitter};

/// A space that never breaks a line, for pieces a renderer keeps together (a question and its
/// answer); it is printed as a plain space.
pub const NO_BREAK: char = '\u{a0}';

/// The most Chinese characters kept on one line as a name in 【】 or a word in English text
/// (16 columns); longer runs are sentences, which break anywhere.
const WORD_MAX: usize = 8;

/// Wraps `text` to `width` columns, the first line prefixed by `first`, the others by `rest`;
/// with no width, prefixes only.
pub fn wrap(text: &str, width: Option<usize>, first: &str, rest: &str) -> Vec<String> {
    let Some(width) = width else {
        return text
            .lines()
            .enumerate()
            .map(|(i, line)| format!("{}{}", if i == 0 { first } else { rest }, plain_spaces(line)))
            .collect();
    };
    let options = Options::new(width.max(console::measure_text_width(first) + 10))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(WordSeparator::Custom(words))
        .word_splitter(WordSplitter::NoHyphenation);
    textwrap::wrap(text, options)
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            // A unit wider than the line is cut by width, maybe at a no-break space: that space
            // would start or end a line.
            let indent = if i == 0 { first } else { rest };
            let body = line.strip_prefix(indent).unwrap_or(&line);
            format!("{indent}{}", plain_spaces(body.trim_matches(NO_BREAK)))
        })
        .collect()
}

/// Cuts `text` to `width` columns with an ellipsis; unchanged with no width.
pub fn truncate(text: &str, width: Option<usize>) -> String {
    match width {
        Some(width) => console::truncate_str(text, width, "…").into_owned(),
        None => text.to_owned(),
    }
}

/// `line` with its no-break spaces as plain ones.
fn plain_spaces(line: &str) -> String {
    line.replace(NO_BREAK, " ")
}

/// The words of one line: the pieces between the places where the Unicode rules allow a break,
/// joined where [`keeps_together`] says the break would split one thing.
fn words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let (offsets, chars): (Vec<usize>, Vec<char>) = visible(line).into_iter().unzip();
    let english = is_english(&chars);
    let mut words = Vec::new();
    let (mut start, mut end) = (0, 0);
    for word in WordSeparator::UnicodeBreakProperties.find_words(line) {
        // The words are consecutive slices of `line`; `end` is where the last one stopped.
        if end > start {
            let (before, after) = chars.split_at(offsets.partition_point(|&offset| offset < end));
            if !keeps_together(before, after, english) {
                words.push(Word::from(&line[start..end]));
                start = end;
            }
        }
        end += word.word.len() + word.whitespace.len();
    }
    if start < line.len() {
        words.push(Word::from(&line[start..]));
    }
    Box::new(words.into_iter())
}

/// Whether a break between `before` and `after` (the visible text on either side) would split
/// one thing. `english`: the line is English, so Chinese in it is a quoted word or name.
fn keeps_together(before: &[char], after: &[char], english: bool) -> bool {
    let (Some(&last), Some(&next)) = (before.last(), after.first()) else {
        return false;
    };
    // One space between a number and the word before or after it: "FAQ 15", "Case 3", "1 位".
    if last == ' ' {
        let word_end = before.len().checked_sub(2).map(|i| before[i]);
        return word_end.is_some_and(|c| c != ' ' && (c.is_ascii_digit() || next.is_ascii_digit()));
    }
    (english && inside_word(before, after)) || inside_name(before, after)
}

/// Whether the break falls between two Chinese characters of a run short enough to be a word.
fn inside_word(before: &[char], after: &[char]) -> bool {
    let run =
        |side: &mut dyn Iterator<Item = &char>| side.take(WORD_MAX + 1).take_while(|&&c| is_wide_letter(c)).count();
    let (left, right) = (run(&mut before.iter().rev()), run(&mut after.iter()));
    left > 0 && right > 0 && left + right <= WORD_MAX
}

/// Whether the break falls inside a short name in 【】 (words only, no punctuation), such as
/// 【欧派家居集团官方】; a sentence in 【】 breaks like any other text.
fn inside_name(before: &[char], after: &[char]) -> bool {
    let open = before
        .iter()
        .rev()
        .take(WORD_MAX + 1)
        .position(|&c| matches!(c, '【' | '】'));
    let close = after.iter().take(WORD_MAX + 1).position(|&c| matches!(c, '【' | '】'));
    let (Some(open), Some(close)) = (open, close) else {
        return false;
    };
    let mut name = before[before.len() - open..].iter().chain(&after[..close]);
    before[before.len() - 1 - open] == '【'
        && after[close] == '】'
        && open + close <= WORD_MAX
        && name.all(|&c| c.is_alphanumeric() || c == ' ')
}

/// A letter two columns wide: a Chinese character (not a full-width punctuation mark).
fn is_wide_letter(c: char) -> bool {
    c.is_alphabetic() && display_width(c.encode_utf8(&mut [0; 4])) == 2
}

/// Whether a line reads as English: more Latin letters than Chinese characters.
fn is_english(chars: &[char]) -> bool {
    let (latin, wide) = chars.iter().fold((0, 0), |(latin, wide), &c| {
        (
            latin + usize::from(c.is_ascii_alphabetic()),
            wide + usize::from(is_wide_letter(c)),
        )
    });
    latin > wide
}

/// The characters of `line` that are shown, with their byte offsets: colour and style codes
/// (`ESC [ … final`) left out.
fn visible(line: &str) -> Vec<(usize, char)> {
    let mut shown = Vec::with_capacity(line.len());
    let mut chars = line.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        if c == '\x1b' && chars.next_if(|&(_, c)| c == '[').is_some() {
            for (_, c) in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
            continue;
        }
        shown.push((offset, c));
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fits(lines: &[String], width: usize) {
        for line in lines {
            assert!(
                console::measure_text_width(line) <= width,
                "wider than {width}: {line:?}"
            );
        }
    }

    #[test]
    fn chinese_wraps_by_columns_without_splitting_latin_words() {
        let lines = wrap(
            "在 MTDS 系统右上角-查看个人信息里修改为正确的手机号，Wi-Fi 也行",
            Some(24),
            "  1. ",
            "     ",
        );
        assert!(lines.len() > 1);
        fits(&lines, 24);
        assert!(!lines.iter().any(|l| l.ends_with("Wi-")));
        assert!(lines[1].starts_with("     "));
    }

    #[test]
    fn no_width_means_no_wrapping() {
        assert_eq!(wrap("很长的一行", None, "- ", "  "), vec!["- 很长的一行"]);
        assert_eq!(truncate("很长的一行", None), "很长的一行");
        assert_eq!(console::measure_text_width(&truncate("很长的一行文字", Some(7))), 7);
    }

    /// Every width from `from` to 60 columns: the pieces never end up on two lines.
    fn never_split(text: &str, pieces: &[&str], from: usize) {
        for width in from..=60 {
            let lines = wrap(text, Some(width), "", "");
            fits(&lines, width);
            for piece in pieces {
                assert!(
                    lines.iter().any(|l| l.contains(piece)),
                    "{piece:?} split at {width} columns: {lines:#?}"
                );
            }
        }
    }

    #[test]
    fn an_id_stays_with_its_label() {
        never_split(
            "问题：登录【欧派家居集团官方】的企微显示“你的账号已被禁用”怎么办？（FAQ 15）",
            &["（FAQ 15）"],
            10,
        );
        never_split(
            "Solution 16.2 (Case two: the employee changes their mobile number) and FAQ 1",
            &["Solution 16.2", "FAQ 1"],
            14,
        );
        never_split("提示语是“让身边 1 位同事扫码确认你的身份”吗？", &["边 1 位"], 10);
    }

    #[test]
    fn a_short_name_in_brackets_stays_on_one_line() {
        never_split(
            "员工能进到【欧派家居集团官方】的企业微信里面吗（看得到工作台、通讯录，用什么方式登录都算）？",
            &["【欧派家居集团官方】"],
            20,
        );
        // A sentence in 【】 breaks like any other text.
        let lines = wrap(
            "显示【用户投诉，此账号因涉嫌违法或违规已被限制登录】怎么办？",
            Some(20),
            "",
            "",
        );
        assert_eq!(lines[0], "显示【用户投诉，此账", "{lines:#?}");
    }

    #[test]
    fn english_text_does_not_break_inside_a_chinese_word() {
        never_split(
            "Entry point 2: open WeCom and tap Workbench → 我的欧派 (My Oppein); on its home page tap \
             更多功能 (More features) → 学习中心 (Learning centre) → 信息化软件教程 (IT software tutorials)",
            &["我的欧派", "更多功能", "学习中心", "信息化软件教程"],
            16,
        );
        // A longer run is a sentence: it fills the line. Chinese text breaks between any two
        // characters.
        let lines = wrap(
            "Have a colleague near you scan the code: 让身边同事扫码确认你的身份即可加入企业",
            Some(50),
            "",
            "",
        );
        assert_eq!(lines.len(), 2, "{lines:#?}");
        assert!(lines[0].ends_with('同'), "{lines:#?}");
        assert_eq!(wrap("新员工信息将自动同步至企微", Some(10), "", "")[0], "新员工信息");
    }

    #[test]
    fn a_no_break_space_joins_and_prints_as_a_space() {
        let text = format!("提示语里有“账号已被禁用”吗？{NO_BREAK}→{NO_BREAK}否");
        // The answer stays with the question's last character and its closing marks.
        never_split(&text, &["用”吗？ → 否"], 12);
        assert_eq!(wrap(&text, None, "", ""), ["提示语里有“账号已被禁用”吗？ → 否"]);
        // Too long for the line, it is cut where it must be, without a space at either edge.
        for width in 10..=60 {
            for line in wrap(&text, Some(width), "", "") {
                assert_eq!(line.trim(), line, "at {width} columns");
            }
        }
    }

    #[test]
    fn colour_codes_do_not_count_and_do_not_hide_a_number() {
        let text = format!(
            "Does it say \"disabled\"? → {}",
            console::style("FAQ 15").cyan().force_styling(true)
        );
        for width in 10..=40 {
            let lines = wrap(&text, Some(width), "", "");
            fits(&lines, width);
            assert!(lines.iter().any(|l| l.contains("FAQ 15")), "{lines:#?}");
        }
    }
}
