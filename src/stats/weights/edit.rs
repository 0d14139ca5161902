//! Setting an entry's `weight` in its file's text, line by line, so that every comment, blank
//! line and layout choice of the maintainer stays as written. The YAML is never re-serialized.

/// The text with the entry's `weight:` line saying `value`: the top-level `weight:` line is
/// rewritten where it stands (its comment kept, at the same column when there is room), or,
/// without one, `weight: value` goes right after the top-level `id:` line, as indented and with
/// the same line ending. `None` when the text has no top-level `id:` line to go by (a flow
/// mapping, say): the caller then names the file to edit by hand.
pub fn set_weight(text: &str, value: &str) -> Option<String> {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    let indent = top_indent(&lines)?;
    let at_top = |key: &str| {
        (lines.iter().enumerate()).position(|(i, line)| {
            let rest = content(i, line)
                .strip_prefix(indent.as_str())
                .and_then(|l| l.strip_prefix(key));
            rest.is_some_and(|rest| rest.trim_start_matches(' ').starts_with(':'))
        })
    };
    if let Some(i) = at_top("weight") {
        lines[i] = rewrite(&lines[i], value)?;
        return Some(lines.concat());
    }
    let i = at_top("id")?;
    let added = format!("{indent}weight: {value}");
    let (_, ending) = split_ending(&lines[i]);
    if ending.is_empty() {
        // The `id:` line was the last one, without a line break: it gets one.
        lines[i].push('\n');
        lines.insert(i + 1, added);
    } else {
        let ending = ending.to_owned();
        lines.insert(i + 1, added + &ending);
    }
    Some(lines.concat())
}

/// The indentation of the entry's own keys: that of the first line with content (not blank, a
/// comment, a directive or a document marker). `None` for a flow mapping or a list.
fn top_indent(lines: &[String]) -> Option<String> {
    let first = (lines.iter().enumerate()).map(|(i, line)| content(i, line)).find(|c| {
        let t = c.trim();
        !(t.is_empty() || t.starts_with(['#', '%']) || t == "---" || t.starts_with("--- "))
    })?;
    let trimmed = first.trim_start_matches(' ');
    if trimmed.starts_with(['{', '[', '-', '?']) {
        return None;
    }
    Some(first[..first.len() - trimmed.len()].to_owned())
}

/// A line without a byte-order mark (on the first line only) and without its ending.
fn content(i: usize, line: &str) -> &str {
    let line = if i == 0 {
        line.strip_prefix('\u{feff}').unwrap_or(line)
    } else {
        line
    };
    split_ending(line).0
}

/// A line and its ending (`\n`, `\r\n`, or nothing for a last line without one).
fn split_ending(line: &str) -> (&str, &str) {
    for ending in ["\r\n", "\n"] {
        if let Some(body) = line.strip_suffix(ending) {
            return (body, ending);
        }
    }
    (line, "")
}

/// A `weight: old  # comment` line with `value` in place of `old`. `None` when the value is not
/// on the line (a value on the next line, a block scalar): the caller names the file.
fn rewrite(line: &str, value: &str) -> Option<String> {
    let (body, ending) = split_ending(line);
    let colon = body.find(':')? + 1;
    let (key, rest) = body.split_at(colon);
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let old_and_comment = &rest[spaces..];
    // A comment starts at a `#` after white space; the value before it is a plain scalar.
    let comment_at = (old_and_comment.char_indices())
        .find(|&(i, c)| c == '#' && i > 0 && old_and_comment[..i].ends_with([' ', '\t']))
        .map(|(i, _)| i);
    let (old, comment) = match comment_at {
        Some(i) => old_and_comment.split_at(i),
        None => (old_and_comment, ""),
    };
    let old = old.trim_end_matches([' ', '\t']);
    if old.is_empty() || old.starts_with(['|', '>', '&', '!', '*']) {
        return None;
    }
    let separator = if spaces == 0 { " " } else { &rest[..spaces] };
    let mut line = format!("{key}{separator}{value}");
    if !comment.is_empty() {
        // The comment stays at its column where the new value leaves room.
        let column = old_and_comment.len() - comment.len() + key.len() + separator.len().max(spaces);
        let pad = column.saturating_sub(line.len()).max(1);
        line.push_str(&" ".repeat(pad));
        line.push_str(comment);
    }
    line.push_str(ending);
    Some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_after_the_id_line() {
        let text = "id: 15 # the number\ncategory: x\n# a comment\nsolutions: []\n";
        assert_eq!(
            set_weight(text, "8.4").unwrap(),
            "id: 15 # the number\nweight: 8.4\ncategory: x\n# a comment\nsolutions: []\n"
        );
    }

    #[test]
    fn replaces_the_weight_line_where_it_stands_keeping_its_comment() {
        let text = "# head\nid: 15\ncategory: x\nweight: 1                   # how common\nfacts: {}\n";
        assert_eq!(
            set_weight(text, "0.14").unwrap(),
            "# head\nid: 15\ncategory: x\nweight: 0.14                # how common\nfacts: {}\n"
        );
        assert_eq!(set_weight("id: 1\nweight: 2.5\n", "12").unwrap(), "id: 1\nweight: 12\n");
        assert_eq!(
            set_weight("id: 1\nweight: 2.5 # c\n", "1200").unwrap(),
            "id: 1\nweight: 1200 # c\n"
        );
    }

    #[test]
    fn keeps_line_endings_the_byte_order_mark_and_indentation() {
        assert_eq!(
            set_weight("\u{feff}id: 3\r\ntitle: t\r\n", "2").unwrap(),
            "\u{feff}id: 3\r\nweight: 2\r\ntitle: t\r\n"
        );
        assert_eq!(
            set_weight("---\n  id: 3\n  title: t\n", "2").unwrap(),
            "---\n  id: 3\n  weight: 2\n  title: t\n"
        );
        assert_eq!(
            set_weight("title: t\nid: 3", "2").unwrap(),
            "title: t\nid: 3\nweight: 2"
        );
    }

    #[test]
    fn ignores_nested_keys_named_alike() {
        let text = "id: 4\nsolutions:\n  - id: 9\n    weight: 3\n";
        assert_eq!(
            set_weight(text, "2").unwrap(),
            "id: 4\nweight: 2\nsolutions:\n  - id: 9\n    weight: 3\n"
        );
    }

    #[test]
    fn gives_up_where_it_cannot_tell() {
        assert_eq!(set_weight("{id: 3, title: t}\n", "2"), None);
        assert_eq!(set_weight("title: t\n", "2"), None);
        assert_eq!(set_weight("id: 3\nweight:\n  2\n", "5"), None);
    }
}
