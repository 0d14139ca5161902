//! Fitting text to a width, counting a Chinese character as two columns.

use textwrap::{Options, WordSplitter};

/// Wraps `text` to `width` columns, the first line prefixed by `first`, the others by `rest`;
/// with no width, prefixes only.
pub fn wrap(text: &str, width: Option<usize>, first: &str, rest: &str) -> Vec<String> {
    let Some(width) = width else {
        return text
            .lines()
            .enumerate()
            .map(|(i, line)| format!("{}{line}", if i == 0 { first } else { rest }))
            .collect();
    };
    let options = Options::new(width.max(console::measure_text_width(first) + 10))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(WordSplitter::NoHyphenation);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// Cuts `text` to `width` columns with an ellipsis; unchanged with no width.
pub fn truncate(text: &str, width: Option<usize>) -> String {
    match width {
        Some(width) => console::truncate_str(text, width, "…").into_owned(),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_wraps_by_columns_without_splitting_latin_words() {
        let lines = wrap(
            "在 MTDS 系统右上角-查看个人信息里修改为正确的手机号，Wi-Fi 也行",
            Some(24),
            "  1. ",
            "     ",
        );
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(console::measure_text_width(line) <= 24, "{line:?}");
        }
        assert!(!lines.iter().any(|l| l.ends_with("Wi-")));
        assert!(lines[1].starts_with("     "));
    }

    #[test]
    fn no_width_means_no_wrapping() {
        assert_eq!(wrap("很长的一行", None, "- ", "  "), vec!["- 很长的一行"]);
        assert_eq!(truncate("很长的一行", None), "很长的一行");
        assert_eq!(console::measure_text_width(&truncate("很长的一行文字", Some(7))), 7);
    }
}
