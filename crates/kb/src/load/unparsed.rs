//! What entry files that failed to parse may hold, so that checks across files do not report as
//! unused or missing what is only out of sight.

use std::collections::HashSet;

use crate::source::SourceFile;

/// A knowledge-base file that could not be read as text: where it is, and what it may hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadFile {
    /// The path as shown to the user.
    pub shown: String,
    /// The path relative to the knowledge-base folder, with `/` separators.
    pub relative: String,
    /// What could be made out of it; `None` where nothing could: it may hold anything.
    pub seen: Option<Seen>,
}

/// What the checks across files need of a file they cannot check: its entry number and its
/// words, kept instead of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    /// The number on its top-level `id:` line, if it has one.
    id: Option<u32>,
    /// Every word of it that could name a question, each once.
    words: Vec<String>,
}

impl Seen {
    /// What the checks need of `text`, the text made out of a file that could not be read.
    pub fn of(text: &str) -> Self {
        // A word with a character that did not decode cannot name a question: it is left out,
        // and with it most of what a file of noise would keep.
        let mut words: Vec<&str> = words(text).filter(|w| !w.contains('\u{fffd}')).collect();
        words.sort_unstable();
        words.dedup();
        Seen {
            id: entry_id(text),
            words: words.into_iter().map(str::to_owned).collect(),
        }
    }
}

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
    /// The entry files that failed to parse, and those that could not be read.
    pub(super) fn new(files: &[&'a SourceFile], unread: &[&'a UnreadFile]) -> Self {
        let mut unparsed = Unparsed::default();
        for file in files {
            unparsed.words.extend(words(&file.text));
            unparsed.number(entry_id(&file.text));
        }
        for file in unread {
            match &file.seen {
                Some(seen) => {
                    unparsed.words.extend(seen.words.iter().map(String::as_str));
                    unparsed.number(seen.id);
                }
                None => {
                    unparsed.unknown = true;
                    unparsed.unnumbered = true;
                }
            }
        }
        unparsed
    }

    /// Takes note of one file's entry number, or that it has none.
    fn number(&mut self, id: Option<u32>) {
        match id {
            Some(id) => {
                self.ids.insert(id);
            }
            None => self.unnumbered = true,
        }
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
    text.split(|c: char| c.is_whitespace() || matches!(c, '{' | '}' | '[' | ']' | ',' | '"' | '\''))
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
        let text = "id: 7\nfacts: {x: true}\n";
        let file = SourceFile::unread("a.yaml".into(), text.into());
        let parsed = Unparsed::new(&[&file], &[]);
        assert!(parsed.may_use("x") && !parsed.may_use("y") && parsed.may_be(7) && !parsed.may_be(8));
        let unread = |seen| UnreadFile {
            shown: "b.yaml".into(),
            relative: "b.yaml".into(),
            seen,
        };
        let seen = unread(Some(Seen::of(text)));
        let read = Unparsed::new(&[], &[&seen]);
        assert!(read.may_use("x") && !read.may_use("y") && read.may_be(7) && !read.may_be(8));
        let nothing = unread(None);
        let unknown = Unparsed::new(&[&file], &[&nothing]);
        assert!(unknown.may_use("y") && unknown.may_be(8));
    }

    #[test]
    fn what_is_kept_of_an_unread_file_is_each_word_once() {
        let seen = Seen::of("id: 3\nx: [a, a, a]\ny: a\nz: \u{fffd}b\n");
        assert_eq!(seen.id, Some(3));
        assert_eq!(seen.words, ["3", "a", "id", "x", "y", "z"]);
    }
}
