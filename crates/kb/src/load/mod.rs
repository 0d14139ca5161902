//! Turns knowledge-base files into a validated [`Bilingual`], or every problem found with its place and fix.

mod distinguishable;
mod entries;
mod premises;
mod questions;
mod synonyms;
mod translations;
mod unparsed;

use std::collections::HashMap;
use std::path::Path;

use super::catalog::Message;
use super::diagnostic::{Diagnostic, Place};
use super::guard;
use super::model::Bilingual;
use super::raw::{RawEntry, RawQuestions, RawSynonyms};
use super::source::{self, SourceFile, Walk};
use crate::message;
use crate::printable::{is_blank, is_control, is_line_break};
use questions::QuestionList;
use unparsed::Unparsed;
pub(crate) use unparsed::{Seen, UnreadFile};

/// The file that holds the questions, at the top of the knowledge-base folder.
pub const QUESTIONS_FILE: &str = "questions.yaml";
/// The optional file of synonyms for search, beside the questions.
pub const SYNONYMS_FILE: &str = "synonyms.yaml";

/// A knowledge base that passed validation, and what validation noticed without refusing it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub kb: Bilingual,
    /// Questions and entries that have no English yet; `check` refuses them.
    pub untranslated: Vec<Diagnostic>,
}

/// Reads, parses and validates the knowledge base in a folder. A file that cannot be read is
/// reported and left out, as one that cannot be parsed is: the others are still checked.
pub fn load_dir(dir: &Path) -> Result<Loaded, Vec<Diagnostic>> {
    let Walk {
        files,
        unreadable,
        problems,
    } = source::walk(dir)?;
    validate(&files, &unreadable, problems, &dir.display().to_string())
}

/// Parses and validates knowledge-base files already read; `origin` names where they came from
/// in problems that concern no one file.
pub fn from_files(files: &[SourceFile], origin: &str) -> Result<Loaded, Vec<Diagnostic>> {
    validate(files, &[], Vec::new(), origin)
}

/// Parses and validates the files read, taking into account what those that could not be read
/// may hold; `unread_problems` are why they, or folders, could not be read.
fn validate(
    files: &[SourceFile],
    unreadable: &[UnreadFile],
    mut unread_problems: Vec<Diagnostic>,
    origin: &str,
) -> Result<Loaded, Vec<Diagnostic>> {
    // Neither questions nor entries: most likely the path names the wrong folder, which is one
    // problem, not one for each file missing.
    if files.is_empty() && unreadable.is_empty() && unread_problems.is_empty() {
        return Err(vec![Diagnostic::new(origin, None, message!("kb-folder-no-yaml"))]);
    }
    // Files that cannot be read are listed sorted by path, the first [`MAX_PROBLEMS`]; the
    // problems of those read are all listed, as each names a file of its own.
    let mut unread = Capped::default();
    unread_problems.sort_by(|a, b| (&a.file, a.position).cmp(&(&b.file, b.position)));
    for problem in unread_problems {
        unread.push(problem);
    }
    let Capped {
        listed: mut problems,
        unlisted,
    } = unread;
    let mut questions = None;
    let mut entries = Vec::new();
    let mut unparsed = Vec::new();
    let mut synonyms = None;
    for file in files {
        if file.relative == SYNONYMS_FILE {
            match parse::<RawSynonyms>(file) {
                Ok(raw) => synonyms = Some((file, raw)),
                Err(problem) => problems.push(problem),
            }
        } else if file.relative == QUESTIONS_FILE {
            match parse::<RawQuestions>(file) {
                Ok(raw) => questions = Some((file, raw)),
                Err(problem) => problems.push(problem),
            }
        } else {
            match parse::<RawEntry>(file) {
                Ok(raw) => entries.push((file, raw)),
                Err(problem) => {
                    problems.push(problem);
                    unparsed.push(file);
                }
            }
        }
    }
    let is_entry = |relative: &str| relative != QUESTIONS_FILE && relative != SYNONYMS_FILE;
    let unread_entries: Vec<&UnreadFile> = unreadable.iter().filter(|f| is_entry(&f.relative)).collect();
    // Problems are listed in the order of the files, whether they could be read or not: those
    // of a folder come sorted by path, those given keep their order. Each file is named by its
    // path inside the base, then as shown.
    let mut order: Vec<(&str, &str)> = files
        .iter()
        .map(|f| (f.relative.as_str(), f.shown.as_str()))
        .chain(unreadable.iter().map(|f| (f.relative.as_str(), f.shown.as_str())))
        .collect();
    if !unreadable.is_empty() {
        order.sort_by(|a, b| a.0.cmp(b.0));
    }
    let questions_seen = order.iter().any(|f| f.0 == QUESTIONS_FILE);
    if !questions_seen {
        problems.push(Diagnostic::new(
            origin,
            None,
            message!("kb-no-questions-file", file = QUESTIONS_FILE),
        ));
    }
    if !order.iter().any(|f| is_entry(f.0)) {
        problems.push(Diagnostic::new(origin, None, message!("kb-no-entry-files")));
    }
    // A file that failed to parse or to be read is left out of the checks across files; the
    // others are still checked, against each other and against what the left-out files may hold.
    let mut validator = Validator {
        problems: Capped {
            listed: problems,
            unlisted,
        },
        untranslated: Capped::default(),
    };
    let questions = match questions {
        Some((file, raw)) => validator.questions(file, raw),
        None => QuestionList::unknown(),
    };
    let mut kb = validator.entries(questions, entries, &Unparsed::new(&unparsed, &unread_entries));
    if let Some((file, raw)) = synonyms {
        (kb.synonyms, kb.fillers) = validator.synonyms(file, raw);
    }
    let order: Vec<&str> = order.iter().map(|f| f.1).collect();
    validator.finish(kb, &order, origin)
}

/// The texts a question or an entry must have: empty, they can only be filled in. A question
/// has an `option` where a choice lists it, and then needs it, and its English, to be offered.
const REQUIRED_TEXTS: [&str; 5] = ["category", "title", "text", "option", "option_en"];

/// The problem of an empty text: one to fill in, or, for an optional field, to fill in or delete.
fn empty(field: &str) -> Message {
    if REQUIRED_TEXTS.contains(&field) {
        message!("kb-text-empty", field = field)
    } else {
        message!("kb-text-empty-optional", field = field)
    }
}

/// Parses one file, after the checks that keep hostile text away from the parser.
fn parse<T: serde::de::DeserializeOwned>(file: &SourceFile) -> Result<T, Diagnostic> {
    guard::check(&file.text).map_err(|(position, message)| Diagnostic::new(&file.shown, position, message))?;
    serde_yaml::from_str(&file.text).map_err(|e| Diagnostic::from_yaml(&file.shown, &file.text, &e))
}

/// Problems listed at most; past this many, a knowledge base is broken wholesale (a file copied
/// a thousand times, a list pasted into the wrong place) and the rest are only counted.
pub(crate) const MAX_PROBLEMS: usize = 50;

/// Diagnostics, the first [`MAX_PROBLEMS`] listed and the rest only counted.
#[derive(Default)]
struct Capped {
    listed: Vec<Diagnostic>,
    unlisted: usize,
}

impl Capped {
    /// Lists a problem in `file` at `place` with the message `make` gives, or only counts it
    /// once the list is full: then neither the message is made nor the place looked up in the
    /// file.
    fn add(&mut self, file: &SourceFile, place: Place, make: impl FnOnce() -> Message) {
        if self.listed.len() >= MAX_PROBLEMS {
            self.unlisted += 1;
            return;
        }
        self.listed
            .push(Diagnostic::new(&file.shown, place.resolve(&file.text), make()));
    }

    /// Lists a problem already made, or only counts it once the list is full.
    fn push(&mut self, problem: Diagnostic) {
        if self.listed.len() >= MAX_PROBLEMS {
            self.unlisted += 1;
        } else {
            self.listed.push(problem);
        }
    }

    fn is_empty(&self) -> bool {
        self.listed.is_empty() && self.unlisted == 0
    }

    /// Adds `other`'s diagnostics after these, listing as many as there is room for.
    fn append(&mut self, mut other: Capped) {
        let room = MAX_PROBLEMS.saturating_sub(self.listed.len()).min(other.listed.len());
        self.unlisted += other.listed.len() - room + other.unlisted;
        other.listed.truncate(room);
        self.listed.append(&mut other.listed);
    }

    /// The listed diagnostics sorted by file (in the order `files` gives, by the paths shown),
    /// line and column, closed by a line standing for those only counted. Problems of no one
    /// file come first.
    fn finish(mut self, files: &[&str], origin: &str, summary: impl FnOnce(usize) -> Message) -> Vec<Diagnostic> {
        let rank: HashMap<&str, usize> = files.iter().enumerate().map(|(i, &f)| (f, i + 1)).collect();
        self.listed
            .sort_by_key(|p| (rank.get(p.file.as_str()).copied().unwrap_or(0), p.position));
        if self.unlisted > 0 {
            self.listed
                .push(Diagnostic::unlisted(origin, self.unlisted, summary(self.unlisted)));
        }
        self.listed
    }
}

/// What the checks, each in a file of its own beside this one, have found so far.
struct Validator {
    problems: Capped,
    /// Missing translations: not a reason to refuse the knowledge base, but `check` reports them.
    untranslated: Capped,
}

impl Validator {
    /// The knowledge base if nothing refuses it; otherwise every problem found, missing
    /// translations among them, as `check` refuses those too.
    fn finish(self, kb: Bilingual, files: &[&str], origin: &str) -> Result<Loaded, Vec<Diagnostic>> {
        if self.problems.is_empty() {
            let untranslated = self
                .untranslated
                .finish(files, origin, |n| message!("kb-more-untranslated", count = n));
            return Ok(Loaded { kb, untranslated });
        }
        // Problems take the room in the list before missing translations do.
        let mut all = self.problems;
        all.append(self.untranslated);
        Err(all.finish(files, origin, |n| message!("kb-more-problems", count = n)))
    }

    /// Records a problem.
    fn report(&mut self, file: &SourceFile, place: Place, message: Message) {
        self.problems.add(file, place, || message);
    }

    /// Records a missing translation.
    fn untranslated(&mut self, file: &SourceFile, place: Place, message: Message) {
        self.untranslated.add(file, place, || message);
    }

    /// Refuses empty or blank text: spaces and invisible characters show nothing either.
    fn text(&mut self, file: &SourceFile, value: &str, field: &str, place: Place) {
        self.controls(file, value, field, place);
        if is_blank(value) {
            self.report(file, place, empty(field));
        }
    }

    /// Refuses empty or blank text, and line breaks: a title, a label or a question is shown on
    /// one line, and a line break in it would show as a line of its own in lists and menus.
    fn line(&mut self, file: &SourceFile, value: &str, field: &str, place: Place) {
        self.one_line(file, value, field, place);
        if is_blank(value) {
            self.report(file, place, empty(field));
        }
    }

    /// Refuses control characters: an escape sequence in a text would act on the agent's
    /// terminal instead of being shown.
    fn controls(&mut self, file: &SourceFile, value: &str, field: &str, place: Place) {
        if let Some(c) = value.chars().find(|&c| is_control(c)) {
            let code = format!("U+{:04X}", u32::from(c));
            self.report(file, place, message!("kb-text-control", field = field, code = code));
        }
    }

    /// Refuses line breaks, then other control characters.
    fn one_line(&mut self, file: &SourceFile, value: &str, field: &str, place: Place) {
        match value.chars().find(|&c| is_line_break(c)) {
            Some(c) => {
                let code = format!("U+{:04X}", u32::from(c));
                self.report(file, place, message!("kb-text-line-break", field = field, code = code));
            }
            None => self.controls(file, value, field, place),
        }
    }

    /// Refuses empty or blank items of a list of texts, and line breaks in them if `one_line`.
    fn list(&mut self, file: &SourceFile, values: &[String], field: &str, place: Place, one_line: bool) {
        for value in values {
            if one_line {
                self.one_line(file, value, field, place);
            } else {
                self.controls(file, value, field, place);
            }
        }
        if values.iter().any(|v| is_blank(v)) {
            self.report(file, place, message!("kb-list-empty-item", field = field));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::from_texts;

    /// A questions file that fails to parse leaves the entries to be checked on their own: their
    /// facts, which could only be checked against the questions, give no false problems.
    #[test]
    fn entries_are_checked_when_the_questions_file_fails_to_parse() {
        let questions = "questions:\n  - id: a\n    txt: 甲？\n";
        let entry =
            "id: 1\ncategory: 测试\ntitle: ' '\nfacts: {a: true}\nsolutions:\n  - steps: [一步]\n  - steps: [另一步]\n";
        let problems = from_texts(questions, &[entry]).unwrap_err();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 3, "{shown:?}");
        // In the order of the files: `from_texts` gives the questions file first.
        assert!(
            shown[0].starts_with("questions.yaml:3:5: 不认识的字段“txt”"),
            "{shown:?}"
        );
        assert!(shown[1].starts_with("0.yaml:1:1: 条目 1 还没有英文翻译"), "{shown:?}");
        assert!(shown[2].starts_with("0.yaml:3:1: “title”是空的"), "{shown:?}");
    }
}
