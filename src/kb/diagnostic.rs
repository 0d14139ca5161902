//! Problems found in knowledge-base files, each with a place and a fix, in the user's language.

use std::fmt;

/// One problem in one knowledge-base file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column, where the problem has a place.
    pub position: Option<(usize, usize)>,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl Into<String>, position: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.into(),
            position,
            message: message.into(),
        }
    }

    /// A diagnostic for a YAML syntax or shape error reported by the parser.
    pub fn from_yaml(file: &str, text: &str, error: &serde_yaml::Error) -> Self {
        let mut position = error.location().map(|l| (l.line(), l.column()));
        let raw = error.to_string();
        // The parser appends " at line L column C"; we print the position ourselves. Inside a
        // nested value it also prefixes the path ("solutions[0]: "), which the line already says.
        let detail = raw.split(" at line ").next().unwrap_or(&raw).trim();
        let detail = strip_path(detail);
        if detail.contains("more than one document") {
            position = second_document(text).or(position);
        }
        let line_text = position
            .and_then(|(line, _)| text.lines().nth(line.saturating_sub(1)))
            .unwrap_or("");
        Diagnostic::new(file, position, explain_yaml(detail, line_text))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Where in a file a problem is. Cheap to name; the line is looked up only when a problem is
/// reported, so a knowledge base without problems loads without searching its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    /// The `nth` (0-based) line whose key is this.
    Key(&'a str, usize),
    /// The first line with this key in item `k` of the list under a top-level key.
    KeyInItem(&'a str, &'a str, usize),
    /// Item `k` of the list under a top-level key.
    Item(&'a str, usize),
}

impl Place<'_> {
    /// The 1-based line and column in `text`, where it can be found.
    pub fn resolve(self, text: &str) -> Option<(usize, usize)> {
        match self {
            Place::Key(key, nth) => locate_key(text, key, nth),
            Place::KeyInItem(key, list, k) => locate_key_from(text, key, list_item(text, list, k).unwrap_or(1)),
            Place::Item(list, k) => list_item(text, list, k).map(|line| (line, 1)),
        }
    }
}

/// `detail` without a leading value path such as `solutions[0].facts: `.
fn strip_path(detail: &str) -> &str {
    match detail.split_once(": ") {
        Some((path, rest))
            if !path.is_empty() && path.chars().all(|c| c.is_ascii_alphanumeric() || "_[].".contains(c)) =>
        {
            rest
        }
        _ => detail,
    }
}

/// The line of the `---` that starts a second YAML document.
fn second_document(text: &str) -> Option<(usize, usize)> {
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
    let (start, _) = locate_key(text, key, 0)?;
    let mut indent = None;
    let mut seen = 0;
    for (i, line) in text.lines().enumerate().skip(start) {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let this = line.len() - trimmed.len();
        if this == 0 && !trimmed.starts_with('-') {
            break;
        }
        if trimmed.starts_with("- ") || trimmed == "-" {
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

/// Turns the parser's English message into a Chinese one that says what to do.
fn explain_yaml(detail: &str, line_text: &str) -> String {
    if line_text.starts_with('\t') || line_text.trim_start_matches(' ').starts_with('\t') {
        return "这一行用了 Tab 缩进。YAML 只能用空格缩进：请把 Tab 换成空格（通常每层 2 个）。".into();
    }
    if let Some(rest) = detail.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed = expected.split('`').skip(1).step_by(2).collect::<Vec<_>>().join("、");
        return if allowed.is_empty() {
            format!("不认识的字段“{field}”。请检查拼写，或删掉这一行。")
        } else {
            format!("不认识的字段“{field}”。这里能用的字段有：{allowed}。请检查拼写，或删掉这一行。")
        };
    }
    if let Some(rest) = detail.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        return format!("缺少必填字段“{field}”。请补上它。");
    }
    if detail.contains("expected a boolean") {
        return "这里只能写 true（是）或 false（否）。注意：yes/no、是/否 都不算。".into();
    }
    if detail.contains("unquoted solution number") {
        return "解决方案编号要加引号，例如 \"16.1\"（不加引号时 16.10 会被读成 16.1）。".into();
    }
    if detail.contains("expected u32") || detail.contains("invalid value: integer") {
        return format!("这里要写一个正整数编号（例如 15）。原始信息：{detail}");
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        return format!(
            "类型不对：这里需要{}，实际写的是{}。",
            describe_type(expected),
            describe_type(found)
        );
    }
    if detail.contains("more than one document") {
        return "一个文件里只能有一个 YAML 文档：请删掉多余的“---”分隔行，或把内容拆成多个文件。".into();
    }
    if detail.contains("duplicate entry") {
        return "同一个字段写了两次。请删掉重复的那一行。".into();
    }
    if detail.contains("recursion limit") {
        return "嵌套层数太深，无法读取。知识库文件不需要这么多层：请检查缩进。".into();
    }
    if detail.contains("repetition limit") || detail.contains("alias") {
        return "文件里的锚点/别名（& 和 *）展开后过大，已拒绝。知识库文件不需要别名：请直接写出内容。".into();
    }
    if detail.contains("EOF while parsing") || detail.contains("end of stream") {
        return "文件是空的或者不完整。请补全内容（可参照其他条目文件）。".into();
    }
    format!("YAML 格式有误（{detail}）。请检查这一行的缩进、冒号和引号。")
}

fn describe_type(serde_name: &str) -> String {
    let name = serde_name.trim();
    let plain = match name {
        "a sequence" | "sequence" => "列表（每行以“- ”开头）",
        "a map" | "map" => "字段（“名称: 内容”）",
        "a string" | "string" => "文字",
        "unit value" | "a unit value" => "空值",
        "a boolean" => "true 或 false",
        "u32" | "u64" | "a number" => "数字",
        "f64" => "数字",
        _ if name.starts_with("struct ") || name.starts_with("a map") => "字段（“名称: 内容”）",
        _ if name.starts_with("a sequence") => "列表（每行以“- ”开头）",
        _ if name.starts_with("string") => "文字",
        _ if name.starts_with("integer") => "数字",
        _ if name.starts_with("floating point") => "数字",
        _ if name.starts_with("boolean") => "true/false",
        _ => return name.to_owned(),
    };
    plain.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn explains_common_parser_messages_in_chinese() {
        assert!(explain_yaml("unknown field `titel`, expected one of `id`, `title`", "titel: x").contains("titel"));
        assert!(explain_yaml("unknown field `titel`, expected one of `id`, `title`", "").contains("id、title"));
        assert!(explain_yaml("missing field `steps`", "").contains("steps"));
        assert!(explain_yaml("invalid type: string \"yes\", expected a boolean", "").contains("true"));
        assert!(explain_yaml("anything", "\tid: 3").contains("Tab"));
    }

    #[test]
    fn nested_paths_are_dropped_before_explaining() {
        assert_eq!(
            strip_path("solutions[0]: missing field `steps`"),
            "missing field `steps`"
        );
        assert_eq!(strip_path("missing field `steps`"), "missing field `steps`");
        assert_eq!(
            strip_path("invalid type: string, expected u32"),
            "invalid type: string, expected u32"
        );
    }

    #[test]
    fn finds_the_second_document() {
        assert_eq!(second_document("---\nid: 1\n---\nid: 2\n"), Some((3, 1)));
        assert_eq!(second_document("# c\n---\nid: 1\n"), None);
    }
}
