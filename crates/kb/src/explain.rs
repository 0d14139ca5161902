//! Parser errors explained in plain Chinese and English, each saying what to do.

use crate::catalog::{Arg, Message};
use crate::diagnostic::Diagnostic;
use crate::locate::second_document;
use crate::message;

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
        // The parser places the error at the start of the facts; the second statement is the
        // one to delete.
        if let Some(id) = detail
            .strip_prefix("duplicate fact `")
            .and_then(|rest| rest.split('`').next())
        {
            position = position.and_then(|(line, _)| second_key(text, line, id)).or(position);
        }
        let line_text = position
            .and_then(|(line, _)| text.lines().nth(line.saturating_sub(1)))
            .unwrap_or("");
        Diagnostic::new(file, position, explain_yaml(detail, line_text))
    }
}

/// Where `key` is written for the second time as a block key, from `line` (1-based) on.
fn second_key(text: &str, line: usize, key: &str) -> Option<(usize, usize)> {
    let quoted = [format!("{key}:"), format!("\"{key}\":"), format!("'{key}':")];
    text.lines()
        .enumerate()
        .skip(line.saturating_sub(1))
        .filter_map(|(i, l)| {
            let indent = l.len() - l.trim_start().len();
            quoted
                .iter()
                .any(|q| l.trim_start().starts_with(q.as_str()))
                .then_some((i + 1, indent + 1))
        })
        .nth(1)
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
        return message!("kb-yaml-tab");
    }
    if let Some(rest) = detail.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<String> = expected.split('`').skip(1).step_by(2).map(str::to_owned).collect();
        return if allowed.is_empty() {
            message!("kb-yaml-unknown-field", field = field)
        } else {
            message!("kb-yaml-unknown-field-allowed", field = field, allowed = allowed)
        };
    }
    if let Some(rest) = detail.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        return message!("kb-yaml-missing-field", field = field);
    }
    if detail.contains("expected a boolean") {
        return message!("kb-yaml-boolean");
    }
    if detail.contains("unquoted solution number") {
        return message!("kb-yaml-solution-number");
    }
    if detail.contains("expected u32") || detail.contains("invalid value: integer") {
        return message!("kb-yaml-number");
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        return message!(
            "kb-yaml-wrong-type",
            expected = describe_type(expected),
            found = describe_type(found)
        );
    }
    if detail.contains("more than one document") {
        return message!("kb-yaml-documents");
    }
    if let Some(rest) = detail.strip_prefix("duplicate fact `") {
        let id = rest.split('`').next().unwrap_or(rest);
        return message!("kb-yaml-duplicate-fact", id = id);
    }
    if detail.contains("duplicate entry") {
        return message!("kb-yaml-duplicate");
    }
    if detail.contains("recursion limit") {
        return message!("kb-yaml-too-deep");
    }
    if detail.contains("repetition limit") || detail.contains("alias") {
        return message!("kb-yaml-aliases");
    }
    if detail.contains("EOF while parsing") || detail.contains("end of stream") {
        return message!("kb-yaml-incomplete");
    }
    syntax(detail)
}

/// The parser's syntax errors, in the reader's language: its own words are English only.
fn syntax(detail: &str) -> Message {
    if detail.contains("mapping values are not allowed") {
        return message!("kb-yaml-colon");
    }
    if detail.contains("found undefined alias") || detail.contains("unknown anchor") {
        return message!("kb-yaml-star");
    }
    if detail.contains("cannot start any token") {
        return message!("kb-yaml-reserved");
    }
    if detail.contains("quoted scalar") {
        return message!("kb-yaml-quote");
    }
    if detail.contains("did not find expected key")
        || detail.contains("did not find expected '-'")
        || detail.contains("block")
    {
        return message!("kb-yaml-indent");
    }
    message!("kb-yaml-other")
}

/// How a type named by serde is described to someone who writes YAML by hand, always as a
/// message of the catalog: serde's names are English.
fn describe_type(serde_name: &str) -> Arg<'static> {
    let name = serde_name.trim();
    let list = || message!("kb-type-list");
    let fields = || message!("kb-type-fields");
    let text = || message!("kb-type-text");
    let number = || message!("kb-type-number");
    let kind = match name {
        "a sequence" | "sequence" => list(),
        "a map" | "map" => fields(),
        "a string" | "string" => text(),
        "unit value" | "a unit value" => message!("kb-type-empty"),
        "a boolean" => message!("kb-type-boolean"),
        "u32" | "u64" | "a number" => number(),
        "f64" => number(),
        _ if name.starts_with("struct ") || name.starts_with("a map") => fields(),
        _ if name.starts_with("a sequence") => list(),
        _ if name.starts_with("string") => text(),
        _ if name.starts_with("integer") => number(),
        _ if name.starts_with("floating point") => number(),
        _ if name.starts_with("boolean") => message!("kb-type-true-false"),
        crate::raw::REF_EXPECTED => message!("kb-type-reference"),
        _ => message!("kb-type-other"),
    };
    Arg::from(kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn explains_common_parser_messages_in_chinese() {
        let zh = |detail, line| explain_yaml(detail, line).render(Lang::Zh);
        assert!(zh("unknown field `titel`, expected one of `id`, `title`", "titel: x").contains("titel"));
        assert!(zh("unknown field `titel`, expected one of `id`, `title`", "").contains("id、title"));
        assert!(zh("missing field `steps`", "").contains("steps"));
        assert!(zh("invalid type: string \"yes\", expected a boolean", "").contains("true"));
        assert!(zh("anything", "\tid: 3").contains("Tab"));
    }

    #[test]
    fn explains_common_parser_messages_in_english() {
        let en = |detail, line| explain_yaml(detail, line).render(Lang::En);
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
    fn no_words_of_the_parser_reach_a_chinese_message() {
        for detail in [
            "mapping values are not allowed in this context",
            "unknown anchor",
            "found character that cannot start any token",
            "did not find expected key",
            "while scanning a quoted scalar, found unexpected end of stream",
            "something new",
            "invalid type: integer `-3`, expected u32",
            "invalid type: boolean `true`, expected something else",
        ] {
            let zh = explain_yaml(detail, "").render(Lang::Zh);
            assert!(!zh.contains(detail) && !zh.contains("expected"), "{detail}: {zh}");
        }
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
