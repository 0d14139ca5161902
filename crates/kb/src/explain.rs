//! Parser errors explained in plain Chinese and English, each saying what to do.

use crate::catalog::{Arg, Message};
use crate::diagnostic::Diagnostic;
use crate::locate::second_document;
use crate::message;
use crate::quote::unclosed_quote;

impl Diagnostic {
    /// A diagnostic for a YAML syntax or shape error reported by the parser.
    pub fn from_yaml(file: &str, text: &str, error: &serde_yaml::Error) -> Self {
        let mut position = error.location().map(|l| (l.line(), l.column()));
        let raw = error.to_string();
        // The parser appends " at line L column C"; we print the position ourselves. Inside a
        // nested value it also prefixes the path ("solutions[0]: "), which the line already says.
        let detail = raw.split(" at line ").next().unwrap_or(&raw).trim();
        let field = value_path(detail).and_then(last_field);
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
        let value = position.map_or("", |(_, column)| written_value(line_text, column));
        let explained = explain_yaml(detail, line_text, value, field);
        // The parser notices an unclosed quote only where the text it swallowed stops making
        // sense, often many lines further down: the line the quote opens is the one to fix. The
        // parser's own explanation follows, in case the quote is not the cause after all.
        if let Some((line, column)) = position.filter(|_| is_syntax(&raw))
            && let Some((at, quote)) = unclosed_quote(text, line)
        {
            let message = message!(
                "kb-yaml-unclosed-quote",
                line = at.0,
                quote = quote.to_string(),
                parser_line = line,
                parser_column = column,
                explained = explained
            );
            return Diagnostic::new(file, Some(at), message);
        }
        Diagnostic::new(file, position, explained)
    }
}

/// Whether the parser's error is one of YAML syntax, rather than of a value's shape.
fn is_syntax(raw: &str) -> bool {
    [
        "while parsing",
        "while scanning",
        "did not find expected",
        "mapping values are not allowed",
    ]
    .iter()
    .any(|words| raw.contains(words))
}

/// The value path the parser puts before a nested value's error (`solutions[0].steps`).
fn value_path(detail: &str) -> Option<&str> {
    let (path, _) = detail.split_once(": ")?;
    (!path.is_empty() && path.chars().all(|c| c.is_ascii_alphanumeric() || "_[].".contains(c))).then_some(path)
}

/// The field a value path ends with, unless it ends with an item of a list.
fn last_field(path: &str) -> Option<&str> {
    let last = path.rsplit('.').next()?;
    (!last.ends_with(']')).then_some(last)
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
    match value_path(detail) {
        Some(path) => &detail[path.len() + 2..],
        None => detail,
    }
}

/// The value written on `line` from 1-based `column` on, without a comment after it.
fn written_value(line: &str, column: usize) -> &str {
    let start = line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let value = &line[start..];
    value.split(" #").next().unwrap_or(value).trim()
}

/// Turns the parser's terse message into one that says what to do; `value` is the value as
/// written where the parser stopped, `field` the field it belongs to, where the parser names it.
fn explain_yaml(detail: &str, line_text: &str, value: &str, field: Option<&str>) -> Message {
    if line_text.starts_with('\t') || line_text.trim_start_matches(' ').starts_with('\t') {
        return message!("kb-yaml-tab");
    }
    if field == Some("related")
        && let Some(rest) = detail.strip_prefix("invalid type: ")
    {
        let found = describe_type(rest.split_once(", expected ").map_or(rest, |(found, _)| found));
        return message!("kb-yaml-related-list", example = related_example(value), found = found);
    }
    // A number or true/false in quotes is text to the parser: the quotes are what is wrong.
    if !detail.contains("expected a sequence") && !detail.contains("expected a map") {
        let quoted = ['"', '\''].into_iter().find_map(|q| {
            let inner = value.strip_prefix(q)?.strip_suffix(q)?;
            (!inner.is_empty()).then_some(inner)
        });
        if let Some(inner) = quoted
            && (inner.parse::<f64>().is_ok() || inner == "true" || inner == "false")
        {
            return message!("kb-yaml-quoted", value = value, bare = inner);
        }
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
        let (expected, found) = (describe_type(expected), describe_type(found));
        return match field {
            Some(field) => message!(
                "kb-yaml-wrong-type-field",
                field = field,
                expected = expected,
                found = found
            ),
            None => message!("kb-yaml-wrong-type", expected = expected, found = found),
        };
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

/// `related:` as the files write it, with the numbers given: `related: ["15", "16.1"]`.
fn related_example(value: &str) -> String {
    let numbers: Vec<String> = (value.trim_matches(['[', ']']).split(','))
        .map(|n| n.trim().trim_matches(['"', '\'']).trim())
        .filter(|n| !n.is_empty())
        .map(|n| format!("\"{n}\""))
        .collect();
    let numbers = if numbers.is_empty() {
        "\"5\"".to_owned()
    } else {
        numbers.join(", ")
    };
    format!("related: [{numbers}]")
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
mod tests;
