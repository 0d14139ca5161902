//! Finding a quote that opens a value and is never closed, which the YAML parser reports only
//! lines further down, where the text it swallowed stops making sense.

/// The line and column (1-based) of a quote above line `before` that opens a value and is not
/// closed where the value ends: not on its own line, and not at the end of a later one as a
/// quoted text spanning lines is. `None` where every quote above is closed.
pub(crate) fn unclosed_quote(text: &str, before: usize) -> Option<((usize, usize), char)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i + 1 < before.min(lines.len() + 1) {
        let Some((start, quote)) = opening_quote(lines[i]) else {
            i += 1;
            continue;
        };
        let position = (i + 1, lines[i][..start].chars().count() + 1);
        match closing_quote(&lines, i, start + 1, quote) {
            // Closed on its own line: whatever follows is the parser's to explain.
            Some((j, _)) if j == i => i += 1,
            // A quoted text spanning lines, closed at the end of one.
            Some((j, end)) if ends_value(&lines[j][end + 1..]) => i = j + 1,
            _ => return Some((position, quote)),
        }
    }
    None
}

/// The byte offset and kind of the quote that opens the line's value (`key: "…`, `- '…`).
fn opening_quote(line: &str) -> Option<(usize, char)> {
    let mut body = line.trim_start();
    let mut item = false;
    while let Some(rest) = body.strip_prefix("- ") {
        body = rest.trim_start();
        item = true;
    }
    let value = match body.split_once(": ") {
        Some((key, value)) if !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || "_-".contains(c)) => {
            value.trim_start()
        }
        _ if item => body,
        _ => return None,
    };
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    Some((line.len() - value.len(), quote))
}

/// Where the quote opened before byte `from` of line `i` closes: the line and byte offset.
fn closing_quote(lines: &[&str], i: usize, from: usize, quote: char) -> Option<(usize, usize)> {
    let mut from = from;
    for (j, line) in lines.iter().enumerate().skip(i) {
        let mut chars = line[from..].char_indices().map(|(k, c)| (k + from, c)).peekable();
        while let Some((k, c)) = chars.next() {
            if quote == '"' && c == '\\' {
                chars.next();
            } else if c == quote {
                // In single quotes, '' is a quote written inside the text.
                if quote == '\'' && chars.peek().is_some_and(|&(_, next)| next == '\'') {
                    chars.next();
                } else {
                    return Some((j, k));
                }
            }
        }
        from = 0;
    }
    None
}

/// Whether what follows a closing quote ends the value: nothing, or a comment.
fn ends_value(rest: &str) -> bool {
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_never_closed_or_closed_mid_line_is_found() {
        assert_eq!(
            unclosed_quote("id: 3\ntitle: \"甲\nsymptoms:\n  - x\n", 5),
            Some(((2, 8), '"'))
        );
        let text = "id: 3\ntitle: \"甲\nsymptoms:\n  - x\nrelated: [\"11\"]\n";
        assert_eq!(unclosed_quote(text, 5), Some(((2, 8), '"')));
        assert_eq!(unclosed_quote("a: 1\n  - '乙\nb: 2\n", 3), Some(((2, 5), '\'')));
    }

    #[test]
    fn closed_quotes_are_not_blamed() {
        // Quotes closed on their line ('' and \" are quotes inside the text), and a quoted text
        // spanning two lines: an error below them has another cause.
        let lines = [
            "title: '甲''乙' # c",
            "cause: \"丙\\\"丁\"",
            "note: \"戊",
            "  己\"",
            "- \"庚\", 辛",
        ];
        assert_eq!(unclosed_quote(&lines.join("\n"), 6), None);
        // A quote opened on the line the parser reports is the parser's to explain.
        assert_eq!(unclosed_quote("id: 3\ntitle: \"甲\n", 2), None);
    }
}
