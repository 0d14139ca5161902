//! Keeping text from outside (the knowledge base, arguments, file names) from controlling the
//! agent's terminal: control characters and escape sequences are shown, never obeyed.

use std::borrow::Cow;

/// A character a terminal may obey rather than show: C0 controls but the line break, DEL, C1
/// controls, and the bidirectional overrides that reorder what is shown.
pub fn is_control(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
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
}
