//! Keeping text from outside (the knowledge base, arguments, file names) from controlling the
//! agent's terminal: control characters and escape sequences are shown, never obeyed.

use std::borrow::Cow;

/// A character a terminal may obey rather than show: C0 controls but the line break, DEL, C1
/// controls, and the bidirectional overrides that reorder what is shown.
pub fn is_control(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A line break: a text meant for one line that holds one would show as a line of its own.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A character that takes no room on screen: zero-width spaces and joiners, the soft hyphen,
/// tag characters, Hangul fillers, variation selectors and bidirectional marks.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{34F}'
            | '\u{61C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{E0000}'..='\u{E007F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// Whether `text` shows nothing: only spaces and invisible characters.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// `text` with every control character replaced by a visible stand-in: the Unicode control
/// picture for C0 and DEL (ESC becomes ␛), the replacement character for the rest.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                c if !is_control(c) => c,
                '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
                '\u{7F}' => '\u{2421}',
                _ => '\u{FFFD}',
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_not_obeyed() {
        assert_eq!(printable("红\x1b[31m字"), "红␛[31m字");
        assert_eq!(printable("a\u{7}b\u{7f}\u{9b}c\u{202e}d"), "a␇b␡\u{FFFD}c\u{FFFD}d");
        assert!(matches!(printable("普通文字\n第二行"), Cow::Borrowed(_)));
        assert_eq!(printable("tab\there"), "tab␉here");
    }

    #[test]
    fn text_of_only_spaces_and_invisible_characters_is_blank() {
        for text in [
            "",
            " \u{3000}",
            "\u{200B}\u{200D}",
            "\u{AD}",
            "\u{E0041}\u{E007F}",
            "\u{3164}\u{115F}",
            "\u{200E}\u{200F}",
        ] {
            assert!(is_blank(text), "{text:?}");
        }
        for text in ["a", "\u{200B}条目", "👨\u{200D}💻"] {
            assert!(!is_blank(text), "{text:?}");
        }
    }
}
