//! What entry files that failed to parse may hold, so that checks across files do not report as
//! unused or missing what is only out of sight.

use std::collections::HashSet;

use crate::source::SourceFile;

/// The entry files that failed to parse, read as plain text: enough to tell whether one of them
/// may use a question or be a given entry, never to report anything about them.
#[derive(Default)]
pub(super) struct Unparsed<'a> {
    /// Every word of those files.
    words: HashSet<&'a str>,
    /// Their entry numbers, read from their `id:` lines.
    ids: HashSet<u32>,
    /// One of them has no `id:` line to read its number from: it may be any entry.
    unnumbered: bool,
    /// One of them could not be read at all: it may hold anything.
    unknown: bool,
}

impl<'a> Unparsed<'a> {
    /// The files that failed to parse; `unknown` if one more could not even be read.
    pub(super) fn new(files: &[&'a SourceFile], unknown: bool) -> Self {
        let mut unparsed = Unparsed {
            unknown,
            unnumbered: unknown,
            ..Unparsed::default()
        };
        for file in files {
            unparsed.words.extend(words(&file.text));
            match entry_id(&file.text) {
                Some(id) => {
                    unparsed.ids.insert(id);
                }
                None => unparsed.unnumbered = true,
            }
        }
        unparsed
    }

    /// Whether one of those files may state a fact about `question`.
    pub(super) fn may_use(&self, question: &str) -> bool {
        self.unknown || self.words.contains(question)
    }

    /// Whether one of those files may be entry `id`.
    pub(super) fn may_be(&self, id: u32) -> bool {
        self.unnumbered || self.ids.contains(&id)
    }
}

/// The words of a YAML text: keys without their colon, values, list items, split at white space
/// and flow punctuation. More words than the file means is harmless: they only keep a question
/// from being called unused.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || "{}[],\"'".contains(c))
        .map(|w| w.strip_suffix(':').unwrap_or(w))
        .filter(|w| !w.is_empty())
}

/// The number on the file's top-level `id:` line, if it has one that reads as a number.
fn entry_id(text: &str) -> Option<u32> {
    let value = text
        .trim_start_matches('\u{feff}')
        .lines()
        .find_map(|line| line.strip_prefix("id:"))?;
    let value = value.split('#').next().unwrap_or_default().trim();
    value.trim_matches(['"', '\'']).parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_keys_and_values_in_block_and_flow_style() {
        let text = "facts:\n  scan_prompt: true\nother: {\"a:b\": false, c: [d, 'e']}\n";
        let found: Vec<&str> = words(text).collect();
        for word in ["facts", "scan_prompt", "true", "other", "a:b", "c", "d", "e"] {
            assert!(found.contains(&word), "{word} not in {found:?}");
        }
    }

    #[test]
    fn entry_number_is_read_from_the_top_level_id_line() {
        assert_eq!(entry_id("\u{feff}id: 7 # seven\ntitle: x\n"), Some(7));
        assert_eq!(entry_id("title: x\nid: \"12\"\r\n"), Some(12));
        assert_eq!(entry_id("solutions:\n  id: 3\n"), None);
        assert_eq!(entry_id("id: seven\n"), None);
    }

    #[test]
    fn a_file_not_read_at_all_may_hold_anything() {
        let file = crate::source::SourceFile::unread("a.yaml".into(), "id: 7\nfacts: {x: true}\n".into());
        let read = Unparsed::new(&[&file], false);
        assert!(read.may_use("x") && !read.may_use("y") && read.may_be(7) && !read.may_be(8));
        let unknown = Unparsed::new(&[&file], true);
        assert!(unknown.may_use("y") && unknown.may_be(8));
    }
}
