//! Checks on a file's text before the YAML parser sees it, for the inputs the parser handles
//! badly: an empty file (it would complain about a missing field at a line that is not there),
//! flow collections nested so deep that parsing takes seconds, and aliases that repeat a large
//! value so often that expanding them would take gigabytes.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::diagnostic::position_of;
use crate::catalog::Message;
use crate::message;

/// Flow collections (`[` and `{`) nested deeper than this are refused. A knowledge-base file
/// needs two or three levels; the parser gives up at 128 anyway, but only after reading them all.
const MAX_NESTING: usize = 64;
/// Aliases may expand a file's text to at most this many times its size.
const EXPANSION_FACTOR: usize = 4;
/// ... and at least to this many bytes, so small files may still use an anchor or two.
const MIN_EXPANSION: usize = 256 * 1024;

/// A problem found before parsing: where (1-based line and column, when it has a place) and
/// what to do.
pub type Refusal = (Option<(usize, usize)>, Message);

/// Refuses text the parser should not be given.
pub fn check(text: &str) -> Result<(), Refusal> {
    if is_blank(text) {
        return Err((None, message!("kb-file-empty")));
    }
    if let Some(offset) = too_deep(text) {
        return Err((
            Some(position_of(text.as_bytes(), offset)),
            message!("kb-file-brackets", limit = MAX_NESTING),
        ));
    }
    // Every alias starts with `*`, every tag with `!`: a file without either has nothing to
    // expand and nothing read otherwise than it looks.
    if let Some(offset) = text.contains('!').then(|| first_tag(text)).flatten() {
        return Err((Some(position_of(text.as_bytes(), offset)), message!("kb-file-tag")));
    }
    if text.contains(['*', '!']) {
        let visit = visit(text);
        if visit.spent.get() {
            return Err((
                first_alias(text).map(|offset| position_of(text.as_bytes(), offset)),
                message!("kb-file-aliases"),
            ));
        }
        if visit.tagged.get() {
            return Err((
                first_tag(text).map(|offset| position_of(text.as_bytes(), offset)),
                message!("kb-file-tag"),
            ));
        }
    }
    Ok(())
}

/// Whether the text holds no YAML content: only blank lines, comments and document markers.
fn is_blank(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#') || line == "---" || line == "..."
    })
}

/// The byte offset of the first bracket deeper than [`MAX_NESTING`]. Brackets are counted
/// wherever they are, in text too, so this over-counts and never misses deep nesting; text with
/// that many unclosed brackets is no knowledge base either.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(offset);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Visits the text's values without building them: whether expanding its aliases gives more
/// text than [`EXPANSION_FACTOR`] allows, and whether a value carries a tag (`!!binary`,
/// `!custom`) that the parser would silently drop. The visit stops as soon as the budget is
/// spent or a tag is seen, so this costs about one parse however large the expansion would be.
/// Text that does not parse passes: the real parse reports it.
fn visit(text: &str) -> Budget {
    let budget = Budget {
        left: Cell::new(text.len().saturating_mul(EXPANSION_FACTOR).max(MIN_EXPANSION)),
        spent: Cell::new(false),
        tagged: Cell::new(false),
    };
    let _ = (&budget).deserialize(serde_yaml::Deserializer::from_str(text));
    budget
}

/// The byte offset of the first tag in block style: a `!` where a value starts, after a key's
/// `: `, a list's `- ` or an anchor. A plain value cannot start with `!`, so this is a tag
/// wherever it is not text inside a block scalar (`|`, `>`), which is skipped. The parser hands
/// standard tags such as `!!binary` over as plain text, so they are found here, in one pass.
fn first_tag(text: &str) -> Option<usize> {
    let mut offset = 0;
    // The indentation of the line that opened a block scalar, while inside one.
    let mut block: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start_matches(' ').len();
        let rest = content.trim_start_matches(' ');
        if let Some(opened) = block {
            if rest.is_empty() || indent > opened {
                continue;
            }
            block = None;
        }
        if rest.starts_with('#') {
            continue;
        }
        // Past the list markers, then past a key: what starts the value.
        let mut value = rest;
        while let Some(after) = value.strip_prefix("- ") {
            value = after.trim_start_matches(' ');
        }
        if !value.starts_with(['"', '\'', '!'])
            && let Some((_, after)) = value.split_once(": ")
        {
            value = after.trim_start_matches(' ');
        }
        if value.starts_with('&') {
            value = value
                .split_once(' ')
                .map_or("", |(_, after)| after.trim_start_matches(' '));
        }
        if value.starts_with('!') {
            return Some(start + content.len() - value.len());
        }
        let value = value.split(" #").next().unwrap_or(value).trim_end();
        if value.starts_with(['|', '>']) && value.len() <= 3 {
            block = Some(indent);
        }
    }
    None
}

/// The byte offset of the first `*` that stands where a value starts, i.e. an alias. One pass:
/// the last byte other than a space is carried along, not looked for again at every byte.
fn first_alias(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut before: Option<u8> = None;
    for (offset, &b) in bytes.iter().enumerate() {
        let starts_value = matches!(before, None | Some(b'\n' | b'\r' | b':' | b'-' | b'[' | b'{' | b','));
        let named = bytes.get(offset + 1).is_some_and(|c| !c.is_ascii_whitespace());
        if b == b'*' && starts_value && named {
            return Some(offset);
        }
        if b != b' ' {
            before = Some(b);
        }
    }
    None
}

/// Bytes of text a visit may still see.
struct Budget {
    left: Cell<usize>,
    spent: Cell<bool>,
    /// Whether a tagged value was seen.
    tagged: Cell<bool>,
}

impl Budget {
    fn take<E: de::Error>(&self, bytes: usize) -> Result<(), E> {
        match self.left.get().checked_sub(bytes.max(1)) {
            Some(left) => {
                self.left.set(left);
                Ok(())
            }
            None => {
                self.spent.set(true);
                Err(E::custom("alias expansion over budget"))
            }
        }
    }
}

impl<'de> DeserializeSeed<'de> for &Budget {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for &Budget {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.take(1)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.take(1)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.take(1)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.take(1)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<(), E> {
        self.take(value.len())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.take(1)
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.take(1)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.take(1)?;
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.take(1)?;
        while map.next_key_seed(self)?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }

    /// The parser hands a tagged value over as an enum, the tag naming the variant.
    fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        self.tagged.set(true);
        Err(de::Error::custom("tagged value"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_files_are_refused_as_empty() {
        for text in ["", "\n\n", "---\n", "# 注释\n---\n...\n", "\u{3000}\n"] {
            let (place, message) = check(text).unwrap_err();
            assert_eq!(place, None, "{text:?}");
            assert_eq!(message.id(), "kb-file-empty", "{text:?}");
        }
        assert!(check("id: 1\n").is_ok());
    }

    #[test]
    fn deep_brackets_are_refused_where_they_pass_the_limit() {
        let text = format!("id: 1\nsteps: {}", "[".repeat(1000));
        let (place, message) = check(&text).unwrap_err();
        assert_eq!(place, Some((2, 8 + MAX_NESTING)));
        assert_eq!(message.id(), "kb-file-brackets");
        // Balanced brackets in text never add up.
        let steps: String = (0..500).map(|i| format!("  - 点击[设置{i}]\n")).collect();
        assert!(check(&format!("steps:\n{steps}")).is_ok());
    }

    #[test]
    fn an_alias_that_expands_too_far_is_refused_at_the_first_alias() {
        let text = format!(
            "id: 1\nsymptoms: [&w {}, {}]\n",
            "禁".repeat(10_000),
            ["*w"; 100].join(", ")
        );
        let (place, message) = check(&text).unwrap_err();
        let column = "symptoms: [&w ".len() + 10_000 + ", ".len() + 1;
        assert_eq!(place, Some((2, column)));
        assert_eq!(message.id(), "kb-file-aliases");
    }

    #[test]
    fn a_tagged_value_is_refused_at_its_tag() {
        for (text, place) in [
            ("id: 1\ntitle: !!binary 5Lyq6YCg\n", (2, 8)),
            ("id: 1\nsteps:\n  - 一步\n  - !custom 伪造\n", (4, 5)),
            ("id: 1\nfacts: !set {a: true}\n", (2, 8)),
        ] {
            let (position, message) = check(text).unwrap_err();
            assert_eq!(position, Some(place), "{text:?}");
            assert_eq!(message.id(), "kb-file-tag", "{text:?}");
        }
        // Inside flow brackets only tags the parser reports are found, and placed at none.
        let (position, message) = check("id: 1\nsteps: [a, !x b]\n").unwrap_err();
        assert_eq!((position, message.id()), (None, "kb-file-tag"));
        // An exclamation mark in text is no tag.
        let text = "title: 注意!别删\nsteps: [\"!重要\", 'a! b', c !d]\nen: Wow!\ncause: |\n  !重要\n  - !也是文字\nnote: >-\n  !!文字\nid: 2\n";
        assert!(check(text).is_ok());
    }

    #[test]
    fn small_anchors_and_stars_in_text_pass() {
        assert!(check("a: &x 文字\nb: *x\nsteps:\n  - 输入 * 号\n  - 5*3\n").is_ok());
        assert_eq!(first_alias("steps:\n  - 输入 * 号\n  - 5*3\nb: *x\n"), Some(35));
    }
}
