//! Finding a quote that opens a value and is never closed, which the YAML parser reports only
//! lines further down, where the text it swallowed stops making sense.

/// The line and column (1-based) of a quote above line `before` that opens a value and is not
/// closed where the value ends: not on its own line, and not at the end of a later one as a
/// quoted text spanning lines is. `None` where every quote above is closed.
pub(crate) fn unclosed_quote(text: &str, before: usize) -> Option<((usize, usize), char)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    // The indentation a line must pass to belong to the text of a `|`/`>` block or a plain
    // text spanning lines opened above: such a line is text, not a key or a list item.
    let mut inside: Option<usize> = None;
    while i + 1 < before.min(lines.len() + 1) {
        let line = lines[i];
        if inside.is_some_and(|owner| line.trim().is_empty() || indent(line) > owner) {
            i += 1;
            continue;
        }
        inside = text_below(line);
        let Some((start, quote)) = opening_quote(line) else {
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
    let (_, value) = value(line)?;
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    Some((line.len() - value.len(), quote))
}

/// Where a line's value starts (`key: value`, `- value`, `- key: value`): the value, and the
/// indentation of what owns it (the key, or the dash of an item).
fn value(line: &str) -> Option<(usize, &str)> {
    let mut body = line.trim_start();
    let mut item = None;
    while let Some(rest) = body.strip_prefix("- ") {
        item = Some(line.len() - body.len());
        body = rest.trim_start();
    }
    let with_colon = body
        .split_once(": ")
        .or_else(|| body.strip_suffix(':').map(|key| (key, "")));
    match with_colon {
        Some((key, value)) if !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || "_-".contains(c)) => {
            Some((line.len() - body.len(), value.trim_start()))
        }
        _ => item.map(|dash| (dash, body)),
    }
}

/// Whether the line's value goes on below it as text, a `|`/`>` block or a plain text spanning
/// lines: then the indentation lines of that text must pass.
fn text_below(line: &str) -> Option<usize> {
    let (owner, value) = value(line)?;
    let value = value.split(" #").next().unwrap_or_default().trim_end();
    let first = value.chars().next()?;
    (!"\"'[{&*!#".contains(first)).then_some(owner)
}

/// How many spaces a line starts with.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
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
        assert_eq!(unclosed_quote("a:\n  - '乙\nb: 2\n", 3), Some(((2, 5), '\'')));
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

    #[test]
    fn lines_of_a_text_spanning_lines_are_not_values() {
        // In a `|` or `>` block, or a plain text going on below its key, `员工说: "…` is text.
        for head in [
            "cause: |",
            "cause: >-  # 原因",
            "cause: 员工打电话来",
            "  - 员工打电话来",
        ] {
            let text = format!("id: 3\n{head}\n    员工说: \"我登不上\n\n    - '还有\ntitle: 甲\n\tbad: x\n");
            assert_eq!(unclosed_quote(&text, 7), None, "{head}");
        }
        // Below the block, values are values again.
        let text = "cause: |\n  员工说\ntitle: \"甲\nnote: 乙\n";
        assert_eq!(unclosed_quote(text, 4), Some(((3, 8), '"')));
        // A key with nothing after it holds keys and items, where quotes open values.
        let text = "facts:\n  a: \"甲\n  b: 乙\n";
        assert_eq!(unclosed_quote(text, 3), Some(((2, 6), '"')));
    }
}
