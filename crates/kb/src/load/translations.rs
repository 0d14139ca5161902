//! Checks an entry's English (en) section: it mirrors the Chinese item for item, with no empty
//! text. A field left out of it is a missing translation, shown in Chinese until it is written.

use super::Validator;
use crate::catalog::Arg;
use crate::diagnostic::Place;
use crate::message;
use crate::model::{EntryText, SolutionText};
use crate::printable::{is_blank, is_line_break};
use crate::raw::{RawEntry, RawEntryText, RawSolution, RawSolutionText};
use crate::source::SourceFile;

impl Validator {
    /// The entry's English texts, checked to mirror the Chinese item for item; a field left out
    /// is reported as untranslated and takes the Chinese text in its place.
    pub(super) fn translation(&mut self, file: &SourceFile, e: &RawEntry) -> (Option<EntryText>, Vec<SolutionText>) {
        let Some(en) = &e.en else {
            self.untranslated(file, Place::Key("id", 0), message!("kb-entry-untranslated", id = e.id));
            return (None, Vec::new());
        };
        let at = Place::Key("en", 0);
        self.english_texts(file, en, at);
        let mut mirror = Mirror {
            validator: self,
            file,
            id: e.id,
        };
        let entry = EntryText {
            category: mirror.text(at, "category".into(), &e.category, &en.category),
            title: mirror.text(at, "title".into(), &e.title, &en.title),
            symptoms: mirror.list(at, "symptoms".into(), &e.symptoms, &en.symptoms),
            messages: mirror.list(at, "messages".into(), &e.messages, &en.messages),
            cause: mirror.optional(at, "cause".into(), &e.cause, &en.cause),
        };
        let solutions = match &en.solutions {
            None => {
                if !e.solutions.is_empty() {
                    mirror.missing(at, "solutions".into());
                }
                e.solutions.iter().map(chinese).collect()
            }
            Some(tr) => {
                if tr.len() != e.solutions.len() {
                    mirror.count(at, "solutions".into(), e.solutions.len(), tr.len());
                }
                let places = (0..tr.len()).map(|k| Place::EnItem("solutions", k));
                (e.solutions.iter().zip(tr).zip(places).enumerate())
                    .map(|(k, ((zh, tr), at))| mirror.solution(at, k + 1, zh, tr))
                    .collect()
            }
        };
        (Some(entry), solutions)
    }

    /// Refuses empty English texts, line breaks in one-line ones and control characters.
    fn english_texts(&mut self, file: &SourceFile, en: &RawEntryText, at: Place) {
        let solutions = en.solutions.iter().flatten();
        // Each text with the name it is refused under if it breaks its line.
        let one_line = (en.category.iter().map(|t| (t, "en.category")))
            .chain(en.title.iter().map(|t| (t, "en.title")))
            .chain(en.symptoms.iter().flatten().map(|t| (t, "en.symptoms")))
            .chain(en.messages.iter().flatten().map(|t| (t, "en.messages")))
            .chain(solutions.clone().flat_map(|s| {
                (s.label.iter().map(|t| (t, "en.label"))).chain(s.condition.iter().map(|t| (t, "en.condition")))
            }))
            .collect::<Vec<_>>();
        let paragraphs = en
            .cause
            .iter()
            .chain(solutions.flat_map(|s| s.steps.iter().flatten().chain(&s.cause).chain(&s.note)));
        let paragraphs: Vec<&String> = paragraphs.collect();
        if one_line.iter().map(|(t, _)| t).chain(&paragraphs).any(|t| is_blank(t)) {
            self.report(file, at, message!("kb-en-empty-text"));
        }
        for (text, field) in one_line {
            match text.chars().find(|&c| is_line_break(c)) {
                Some(c) => {
                    let code = format!("U+{:04X}", u32::from(c));
                    self.report(file, at, message!("kb-text-line-break", field = field, code = code));
                }
                None => self.controls(file, text, "en", at),
            }
        }
        for text in paragraphs {
            self.controls(file, text, "en", at);
        }
    }
}

/// A solution's Chinese texts, standing in for an English that was not written.
fn chinese(s: &RawSolution) -> SolutionText {
    SolutionText {
        label: s.label.clone(),
        condition: s.condition.clone(),
        cause: s.cause.clone(),
        steps: s.steps.clone(),
        note: s.note.clone(),
    }
}

/// Compares one entry's English fields with the Chinese ones, reporting what does not match.
struct Mirror<'v, 'f> {
    validator: &'v mut Validator,
    file: &'f SourceFile,
    id: u32,
}

impl Mirror<'_, '_> {
    /// Reports `what` as not translated yet.
    fn missing(&mut self, at: Place, what: Arg<'static>) {
        let message = message!("kb-en-missing", id = self.id, what = what);
        self.validator.untranslated(self.file, at, message);
    }

    /// Refuses lists of different lengths: each English item translates the Chinese one.
    fn count(&mut self, at: Place, what: Arg<'static>, zh: usize, en: usize) {
        self.validator
            .report(self.file, at, message!("kb-en-count", what = what, en = en, zh = zh));
    }

    /// A text every entry or solution has: the English, or the Chinese where it is missing.
    fn text(&mut self, at: Place, what: Arg<'static>, zh: &str, en: &Option<String>) -> String {
        match en {
            Some(en) => en.clone(),
            None => {
                self.missing(at, what);
                zh.to_owned()
            }
        }
    }

    /// A text the Chinese may leave out: the English must have it exactly where the Chinese does.
    fn optional(&mut self, at: Place, what: Arg<'static>, zh: &Option<String>, en: &Option<String>) -> Option<String> {
        match (zh, en) {
            (Some(zh), None) => {
                self.missing(at, what);
                Some(zh.clone())
            }
            (None, Some(_)) => {
                let message = message!("kb-en-extra", id = self.id, what = what);
                self.validator.report(self.file, at, message);
                None
            }
            _ => en.clone(),
        }
    }

    /// A list of texts: as many items as the Chinese, or the Chinese list where it is missing.
    fn list(&mut self, at: Place, what: Arg<'static>, zh: &[String], en: &Option<Vec<String>>) -> Vec<String> {
        match en {
            Some(en) => {
                if en.len() != zh.len() {
                    self.count(at, what, zh.len(), en.len());
                }
                en.clone()
            }
            None => {
                if !zh.is_empty() {
                    self.missing(at, what);
                }
                zh.to_vec()
            }
        }
    }

    /// Solution `case` (1-based) in English, the Chinese standing in for fields not written.
    fn solution(&mut self, at: Place, case: usize, zh: &RawSolution, tr: &RawSolutionText) -> SolutionText {
        let what = |field: &'static str| Arg::from(message!("kb-en-solution-field", case = case, field = field));
        SolutionText {
            label: self.optional(at, what("label"), &zh.label, &tr.label),
            condition: self.optional(at, what("condition"), &zh.condition, &tr.condition),
            cause: self.optional(at, what("cause"), &zh.cause, &tr.cause),
            steps: self.list(at, what("steps"), &zh.steps, &tr.steps),
            note: self.optional(at, what("note"), &zh.note, &tr.note),
        }
    }
}

#[cfg(test)]
mod tests {
    /// An entry file may give its English first: the English solutions are still located under
    /// `en:`, not at the Chinese ones.
    #[test]
    fn english_solutions_are_located_under_en_written_first() {
        let questions = "questions:\n  - id: a\n    text: 甲？\n    en: A?\n";
        let entry = "id: 1\nen:\n  category: Test\n  title: Entry\n  solutions:\n    - steps: [A step]\n\
            category: 测试\ntitle: 条目\nfacts: {a: true}\nsolutions:\n  - steps: [一步]\n    note: 注意\n";
        let loaded = crate::from_texts(questions, &[entry]).unwrap();
        let positions: Vec<_> = loaded.untranslated.iter().map(|p| p.position).collect();
        assert_eq!(positions, [Some((6, 5))], "{:?}", loaded.untranslated);
    }
}
