//! Locating a key, a list item or a second document in YAML text, to point a problem at its line.

/// The 1-based line and column of the `nth` (0-based) line whose key is `key`
/// (`key:` or `- key:`), for pointing at a field the parser accepted but validation refused.
pub fn locate_key(text: &str, key: &str, nth: usize) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let (body, offset) = match trimmed.strip_prefix("- ") {
                Some(rest) => (rest.trim_start(), indent + 2 + (rest.len() - rest.trim_start().len())),
                None => (trimmed, indent),
            };
            let after = body.strip_prefix(key)?;
            let after = after.trim_start_matches([' ', '"', '\'']);
            after
                .starts_with(':')
                .then(|| (i + 1, line[..offset].chars().count() + 1))
        })
        .nth(nth)
}

/// The position of `key` at or after 1-based line `from`, falling back to the start of that line.
pub fn locate_key_from(text: &str, key: &str, from: usize) -> Option<(usize, usize)> {
    let skipped: usize = text.lines().take(from.saturating_sub(1)).map(|l| l.len() + 1).sum();
    let rest = text.get(skipped..)?;
    match locate_key(rest, key, 0) {
        Some((line, column)) => Some((line + from - 1, column)),
        None => Some((from, 1)),
    }
}

/// The 1-based line of item `k` (0-based) of the list under top-level `key`.
pub fn list_item(text: &str, key: &str, k: usize) -> Option<usize> {
    nested_list_item(text, key, 0, k)
}

/// The 1-based line of item `k` (0-based) of the list under the `nth` (0-based) line whose key
/// is `key`, at any depth: the list ends where a line is indented less than the key, or as much
/// without being an item.
pub fn nested_list_item(text: &str, key: &str, nth: usize, k: usize) -> Option<usize> {
    let (start, column) = locate_key(text, key, nth)?;
    let key_indent = column - 1;
    let mut indent = None;
    let mut seen = 0;
    for (i, line) in text.lines().enumerate().skip(start) {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let this = line.len() - trimmed.len();
        let item = trimmed.starts_with("- ") || trimmed == "-";
        if this < key_indent || (this == key_indent && !item) {
            break;
        }
        if item {
            let indent = *indent.get_or_insert(this);
            if this == indent {
                if seen == k {
                    return Some(i + 1);
                }
                seen += 1;
            }
        }
    }
    None
}

/// The 1-based line of item `k` (0-based) of the list under `key` in the top-level `en:` part,
/// whether that part comes before or after the Chinese.
pub fn en_list_item(text: &str, key: &str, k: usize) -> Option<usize> {
    let en = text.lines().position(|line| {
        line.strip_prefix("en")
            .is_some_and(|rest| rest.trim_start_matches([' ', '"', '\'']).starts_with(':'))
    })?;
    let skipped: usize = text.split_inclusive('\n').take(en).map(str::len).sum();
    nested_list_item(text.get(skipped..)?, key, 0, k).map(|line| line + en)
}

/// The line of the `---` that starts a second YAML document.
pub fn second_document(text: &str) -> Option<(usize, usize)> {
    let mut content = false;
    for (i, line) in text.lines().enumerate() {
        let marker = line == "---" || line.starts_with("--- ");
        if marker && content {
            return Some((i + 1, 1));
        }
        content |= !marker && !line.trim().is_empty() && !line.trim_start().starts_with('#');
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_items_are_found_under_en_wherever_it_stands() {
        let zh_first = "id: 1\nsolutions:\n  - steps: [甲]\nen:\n  solutions:\n    - steps: [a]\n    - steps: [b]\n";
        assert_eq!(en_list_item(zh_first, "solutions", 1), Some(7));
        let en_first = "id: 1\r\nen:\r\n  solutions:\r\n    - steps: [a]\r\n    - steps: [b]\r\nsolutions:\r\n  - steps: [甲]\r\n  - steps: [乙]\r\n";
        assert_eq!(en_list_item(en_first, "solutions", 0), Some(4));
        assert_eq!(en_list_item(en_first, "solutions", 1), Some(5));
        assert_eq!(en_list_item(en_first, "solutions", 2), None);
        assert_eq!(en_list_item("id: 1\nsolutions:\n  - a\n", "solutions", 0), None);
    }

    #[test]
    fn locates_keys_in_mappings_and_lists() {
        let text = "id: 3\nsolutions:\n  - steps:\n      - a\n  - label: x\n    steps:\n";
        assert_eq!(locate_key(text, "id", 0), Some((1, 1)));
        assert_eq!(locate_key(text, "steps", 0), Some((3, 5)));
        assert_eq!(locate_key(text, "steps", 1), Some((6, 5)));
        assert_eq!(locate_key(text, "steps", 2), None);
        assert_eq!(locate_key(text, "i", 0), None);
        assert_eq!(list_item(text, "solutions", 0), Some(3));
        assert_eq!(list_item(text, "solutions", 1), Some(5));
        assert_eq!(list_item(text, "solutions", 2), None);
        assert_eq!(locate_key_from(text, "steps", 5), Some((6, 5)));
        assert_eq!(locate_key_from(text, "note", 5), Some((5, 1)));
        let text = "solutions:\n- steps: [a]\nen:\n  solutions:\n    - note: x\n    - steps:\n        - b\n";
        assert_eq!(nested_list_item(text, "solutions", 0, 0), Some(2));
        assert_eq!(nested_list_item(text, "solutions", 1, 1), Some(6));
        assert_eq!(nested_list_item(text, "solutions", 1, 2), None);
    }

    #[test]
    fn finds_the_second_document() {
        assert_eq!(second_document("---\nid: 1\n---\nid: 2\n"), Some((3, 1)));
        assert_eq!(second_document("# c\n---\nid: 1\n"), None);
    }
}
