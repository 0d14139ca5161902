//! Parser errors explained in plain Chinese and English, each saying what to do.

use crate::diagnostic::{Diagnostic, Message};
use crate::locate::second_document;

impl Diagnostic {
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
        Diagnostic::both(file, position, explain_yaml(detail, line_text))
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

/// Turns the parser's terse message into one that says what to do.
fn explain_yaml(detail: &str, line_text: &str) -> Message {
    if line_text.starts_with('\t') || line_text.trim_start_matches(' ').starts_with('\t') {
        return Message::new(
            "这一行用了 Tab 缩进。YAML 只能用空格缩进：请把 Tab 换成空格（通常每层 2 个）。",
            "This line is indented with a tab. YAML allows only spaces for indentation: replace the tab with spaces (usually 2 per level).",
        );
    }
    if let Some(rest) = detail.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        return if allowed.is_empty() {
            Message::new(
                format!("不认识的字段“{field}”。请检查拼写，或删掉这一行。"),
                format!("Unknown field \"{field}\". Check the spelling, or delete this line."),
            )
        } else {
            Message::new(
                format!(
                    "不认识的字段“{field}”。这里能用的字段有：{}。请检查拼写，或删掉这一行。",
                    allowed.join("、")
                ),
                format!(
                    "Unknown field \"{field}\". The fields allowed here are: {}. Check the spelling, or delete this line.",
                    allowed.join(", ")
                ),
            )
        };
    }
    if let Some(rest) = detail.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        return Message::new(
            format!("缺少必填字段“{field}”。请补上它。"),
            format!("The required field \"{field}\" is missing. Please add it."),
        );
    }
    if detail.contains("expected a boolean") {
        return Message::new(
            "这里只能写 true（是）或 false（否）。注意：yes/no、是/否 都不算。",
            "Only true or false is allowed here. Note that yes/no and 是/否 are not accepted.",
        );
    }
    if detail.contains("unquoted solution number") {
        return Message::new(
            "解决方案编号要加引号，例如 \"16.1\"（不加引号时 16.10 会被读成 16.1）。",
            "Put solution numbers in quotes, e.g. \"16.1\" (without quotes, 16.10 would be read as 16.1).",
        );
    }
    if detail.contains("expected u32") || detail.contains("invalid value: integer") {
        return Message::new(
            format!("这里要写一个正整数编号（例如 15）。原始信息：{detail}"),
            format!("This must be a positive whole number (e.g. 15). The parser said: {detail}"),
        );
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        let (expected, found) = (describe_type(expected), describe_type(found));
        return Message::new(
            format!("类型不对：这里需要{}，实际写的是{}。", expected.zh, found.zh),
            format!("Wrong type: this should be {}, but it is {}.", expected.en, found.en),
        );
    }
    if detail.contains("more than one document") {
        return Message::new(
            "一个文件里只能有一个 YAML 文档：请删掉多余的“---”分隔行，或把内容拆成多个文件。",
            "A file may hold only one YAML document: delete the extra \"---\" separator line, or split the content into several files.",
        );
    }
    if detail.contains("duplicate entry") {
        return Message::new(
            "同一个字段写了两次。请删掉重复的那一行。",
            "The same field is written twice. Delete the duplicate line.",
        );
    }
    if detail.contains("recursion limit") {
        return Message::new(
            "嵌套层数太深，无法读取。知识库文件不需要这么多层：请检查缩进。",
            "The nesting is too deep to read. Knowledge-base files never need this many levels: check the indentation.",
        );
    }
    if detail.contains("repetition limit") || detail.contains("alias") {
        return Message::new(
            "文件里的锚点/别名（& 和 *）展开后过大，已拒绝。知识库文件不需要别名：请直接写出内容。",
            "The anchors and aliases (& and *) in this file expand to too much text, so it was refused. Knowledge-base files do not need aliases: write the content out in full.",
        );
    }
    if detail.contains("EOF while parsing") || detail.contains("end of stream") {
        return Message::new(
            "文件是空的或者不完整。请补全内容（可参照其他条目文件）。",
            "The file is empty or incomplete. Complete it (use another entry file as a model).",
        );
    }
    Message::new(
        format!("YAML 格式有误（{detail}）。请检查这一行的缩进、冒号和引号。"),
        format!("Invalid YAML ({detail}). Check this line's indentation, colons and quotes."),
    )
}

/// How a type named by serde is described to someone who writes YAML by hand.
fn describe_type(serde_name: &str) -> Message {
    let name = serde_name.trim();
    const LIST: (&str, &str) = ("列表（每行以“- ”开头）", "a list (each line starting with \"- \")");
    const FIELDS: (&str, &str) = ("字段（“名称: 内容”）", "fields (\"name: value\")");
    const TEXT: (&str, &str) = ("文字", "text");
    const NUMBER: (&str, &str) = ("数字", "a number");
    let (zh, en) = match name {
        "a sequence" | "sequence" => LIST,
        "a map" | "map" => FIELDS,
        "a string" | "string" => TEXT,
        "unit value" | "a unit value" => ("空值", "an empty value"),
        "a boolean" => ("true 或 false", "true or false"),
        "u32" | "u64" | "a number" => NUMBER,
        "f64" => NUMBER,
        _ if name.starts_with("struct ") || name.starts_with("a map") => FIELDS,
        _ if name.starts_with("a sequence") => LIST,
        _ if name.starts_with("string") => TEXT,
        _ if name.starts_with("integer") => NUMBER,
        _ if name.starts_with("floating point") => NUMBER,
        _ if name.starts_with("boolean") => ("true/false", "true/false"),
        _ => return Message::new(name, name),
    };
    Message::new(zh, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explains_common_parser_messages_in_chinese() {
        let zh = |detail, line| explain_yaml(detail, line).zh;
        assert!(zh("unknown field `titel`, expected one of `id`, `title`", "titel: x").contains("titel"));
        assert!(zh("unknown field `titel`, expected one of `id`, `title`", "").contains("id、title"));
        assert!(zh("missing field `steps`", "").contains("steps"));
        assert!(zh("invalid type: string \"yes\", expected a boolean", "").contains("true"));
        assert!(zh("anything", "\tid: 3").contains("Tab"));
    }

    #[test]
    fn explains_common_parser_messages_in_english() {
        let en = |detail, line| explain_yaml(detail, line).en;
        assert_eq!(
            en("unknown field `titel`, expected one of `id`, `title`", ""),
            "Unknown field \"titel\". The fields allowed here are: id, title. Check the spelling, or delete this line."
        );
        assert_eq!(
            en("missing field `steps`", ""),
            "The required field \"steps\" is missing. Please add it."
        );
        assert_eq!(
            en("invalid type: string \"x\", expected a sequence", ""),
            "Wrong type: this should be a list (each line starting with \"- \"), but it is text."
        );
        assert!(en("anything", "\tid: 3").contains("tab"));
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
}
