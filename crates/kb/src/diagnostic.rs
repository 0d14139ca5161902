//! Problems found in knowledge-base files, each with a place and a fix, shown in the reader's language.

use std::fmt;

use crate::catalog::Message;
use crate::lang::Lang;
use crate::locate::{en_list_item, list_item, locate_key, locate_key_from};

/// One problem in one knowledge-base file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column, where the problem has a place.
    pub position: Option<(usize, usize)>,
    /// What is wrong and what to do about it: a message of the catalog, rendered in the reader's
    /// language when shown.
    pub message: Message,
    /// For a line that stands for problems left unlisted, how many; 0 for a problem itself.
    pub unlisted: usize,
}

impl Diagnostic {
    pub fn new(file: impl Into<String>, position: Option<(usize, usize)>, message: Message) -> Self {
        Diagnostic {
            file: file.into(),
            position,
            message,
            unlisted: 0,
        }
    }

    /// A line that stands for `n` problems found but not listed.
    pub fn unlisted(file: impl Into<String>, n: usize, message: Message) -> Self {
        Diagnostic {
            unlisted: n,
            ..Diagnostic::new(file, None, message)
        }
    }

    /// How many problems `problems` holds, counting those a line stands for.
    pub fn total(problems: &[Diagnostic]) -> usize {
        problems.iter().map(|p| p.unlisted.max(1)).sum()
    }

    /// The diagnostic as printed, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let message = self.message.render(lang);
        match self.position {
            Some((line, column)) => format!("{}:{line}:{column}: {message}", self.file),
            None => format!("{}: {message}", self.file),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::Zh))
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
    /// Item `k` of the list under this key in the top-level `en:` part (the English solutions),
    /// wherever that part stands in the file.
    EnItem(&'a str, usize),
}

impl Place<'_> {
    /// The 1-based line and column in `text`, where it can be found.
    pub fn resolve(self, text: &str) -> Option<(usize, usize)> {
        match self {
            Place::Key(key, nth) => locate_key(text, key, nth),
            Place::KeyInItem(key, list, k) => locate_key_from(text, key, list_item(text, list, k).unwrap_or(1)),
            Place::Item(list, k) => list_item(text, list, k).map(|line| (line, 1)),
            Place::EnItem(list, k) => en_list_item(text, list, k).map(|line| {
                (
                    line,
                    text.lines().nth(line - 1).map_or(0, |l| l.len() - l.trim_start().len()) + 1,
                )
            }),
        }
    }
}

/// The 1-based line and column of byte `offset` in `bytes`, counting columns in characters and
/// lines the way YAML does (`\n`, `\r\n` or a lone `\r`). The bytes before `offset` must be
/// UTF-8; what follows may be anything.
pub fn position_of(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let breaks = before
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && before.get(i + 1) != Some(&b'\n')))
        .count();
    let start = before
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |i| i + 1);
    let column = before[start..].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
    (breaks + 1, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_error_renders_in_either_language() {
        let text = "id: 3\ntitel: x\n";
        let error = serde_yaml::from_str::<crate::raw::RawEntry>(text).unwrap_err();
        let diagnostic = Diagnostic::from_yaml("entries/03.yaml", text, &error);
        let en = diagnostic.render(Lang::En);
        assert!(en.starts_with("entries/03.yaml:2:1: Unknown field \"titel\"."), "{en}");
        assert!(en.is_ascii(), "{en}");
        let zh = diagnostic.render(Lang::Zh);
        assert!(zh.starts_with("entries/03.yaml:2:1: 不认识的字段“titel”"), "{zh}");
        assert_eq!(zh, diagnostic.to_string());
    }

    #[test]
    fn positions_count_characters_and_every_kind_of_line_break() {
        let text = "id: 1\r\ntitle: 禁用\rx\ny".as_bytes();
        assert_eq!(position_of(text, 0), (1, 1));
        assert_eq!(position_of(text, 7 + "title: ".len()), (2, 8));
        assert_eq!(position_of(text, 7 + "title: 禁".len()), (2, 9));
        assert_eq!(position_of(text, text.len() - 1), (4, 1));
        assert_eq!(position_of(text, text.len() - 3), (3, 1));
    }
}
