//! Checks the questions file: ids well formed and unique, texts present, English noted where missing.

use std::collections::HashMap;

use super::Validator;
use crate::diagnostic::Place;
use crate::locate::locate_key;
use crate::message;
use crate::model::Question;
use crate::printable::is_invisible;
use crate::raw::RawQuestions;
use crate::source::SourceFile;

/// The questions that passed validation, with where each is defined.
pub(super) struct QuestionList<'f> {
    /// The questions file; `None` when it is missing or failed to parse, so that facts cannot be
    /// checked.
    pub(super) file: Option<&'f SourceFile>,
    pub(super) questions: Vec<Question>,
    /// Each question in English, where translated.
    pub(super) english: Vec<Option<String>>,
    pub(super) places: Vec<Place<'static>>,
}

impl QuestionList<'_> {
    /// No questions, from a questions file missing or failed to parse.
    pub(super) fn unknown() -> Self {
        QuestionList {
            file: None,
            questions: Vec::new(),
            english: Vec::new(),
            places: Vec::new(),
        }
    }
}

impl Validator {
    pub(super) fn questions<'f>(&mut self, file: &'f SourceFile, raw: RawQuestions) -> QuestionList<'f> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut list = QuestionList {
            file: Some(file),
            questions: Vec::new(),
            english: Vec::new(),
            places: Vec::new(),
        };
        if raw.questions.is_empty() {
            self.report(file, Place::Key("questions", 0), message!("kb-questions-empty"));
        }
        for (i, q) in raw.questions.into_iter().enumerate() {
            let place = Place::Key("id", i);
            self.line(file, &q.text, "text", Place::Key("text", i));
            if q.id.is_empty() || q.id.chars().any(|c| c.is_whitespace() || is_invisible(c)) {
                self.report(file, place, message!("kb-question-id-invalid"));
            }
            if let Some(first) = seen.insert(q.id.clone(), i) {
                let first_line = locate_key(&file.text, "id", first).map_or(0, |p| p.0);
                self.report(
                    file,
                    place,
                    message!("kb-question-id-duplicate", id = &q.id, line = first_line),
                );
                continue;
            }
            match &q.en {
                Some(en) => self.line(file, en, "en", Place::KeyInItem("en", "questions", i)),
                None => self.untranslated(file, place, message!("kb-question-untranslated", id = &q.id)),
            }
            list.questions.push(Question { id: q.id, text: q.text });
            list.english.push(q.en);
            list.places.push(place);
        }
        list
    }
}

#[cfg(test)]
mod tests {
    use super::super::from_files;
    use crate::source::SourceFile;

    #[test]
    fn an_unused_question_after_a_duplicate_is_located_at_its_own_line() {
        let questions = "questions:\n  - id: a\n    text: 甲？\n    en: A?\n  - id: a\n    text: 又是甲？\n    en: A again?\n  - id: b\n    text: 乙？\n    en: B?\n";
        let entry = "id: 1\ncategory: 测试\ntitle: 条目\nfacts: {a: true}\nsolutions:\n  - steps: [一步]\n\
            en: {category: Test, title: Entry, solutions: [steps: [A step]]}\n";
        let files = [("questions.yaml", questions), ("1.yaml", entry)].map(|(name, text)| SourceFile {
            shown: name.into(),
            relative: name.into(),
            text: text.into(),
        });
        let problems = from_files(&files, "test").unwrap_err();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            shown[0].starts_with("questions.yaml:5:5: 问题 id“a”重复了（第 2 行已经有）"),
            "{shown:?}"
        );
        assert!(
            shown[1].starts_with("questions.yaml:8:5: 问题“b”没有任何条目用到"),
            "{shown:?}"
        );
        assert_eq!(problems.len(), 2);
    }
}
