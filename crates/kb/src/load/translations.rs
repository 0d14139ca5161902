//! Checks an entry's English (en) section: it mirrors the Chinese item for item, with no empty text.

use super::Validator;
use crate::catalog::Arg;
use crate::diagnostic::Place;
use crate::message;
use crate::model::{EntryText, SolutionText};
use crate::printable::{is_blank, is_line_break};
use crate::raw::RawEntry;
use crate::source::SourceFile;

impl Validator {
    /// The entry's English texts, checked to mirror the Chinese item for item.
    pub(super) fn translation(&mut self, file: &SourceFile, e: &RawEntry) -> (Option<EntryText>, Vec<SolutionText>) {
        let Some(en) = &e.en else {
            self.untranslated(file, Place::Key("id", 0), message!("kb-entry-untranslated", id = e.id));
            return (None, Vec::new());
        };
        let at = Place::Key("en", 0);
        // `what` names the field: a top-level one, or one of a solution.
        let mirror = |this: &mut Self, what: Arg<'static>, zh: usize, en: usize| {
            if zh != en {
                this.report(file, at, message!("kb-en-count", what = what, en = en, zh = zh));
            }
        };
        let count = |text: &Option<String>| usize::from(text.is_some());
        mirror(self, Arg::from("symptoms"), e.symptoms.len(), en.symptoms.len());
        mirror(self, Arg::from("messages"), e.messages.len(), en.messages.len());
        mirror(self, Arg::from("cause"), count(&e.cause), count(&en.cause));
        mirror(self, Arg::from("solutions"), e.solutions.len(), en.solutions.len());
        for (k, (zh, tr)) in e.solutions.iter().zip(&en.solutions).enumerate() {
            let what = |field: &'static str| Arg::from(message!("kb-en-solution-field", case = k + 1, field = field));
            mirror(self, what("steps"), zh.steps.len(), tr.steps.len());
            for (field, zh, tr) in [
                ("label", &zh.label, &tr.label),
                ("condition", &zh.condition, &tr.condition),
                ("cause", &zh.cause, &tr.cause),
                ("note", &zh.note, &tr.note),
            ] {
                mirror(self, what(field), count(zh), count(tr));
            }
        }
        // Each text with the name it is refused under if it breaks its line.
        let one_line = [(&en.category, "en.category"), (&en.title, "en.title")]
            .into_iter()
            .chain(en.symptoms.iter().map(|t| (t, "en.symptoms")))
            .chain(en.messages.iter().map(|t| (t, "en.messages")))
            .chain(en.solutions.iter().flat_map(|s| {
                (s.label.iter().map(|t| (t, "en.label"))).chain(s.condition.iter().map(|t| (t, "en.condition")))
            }))
            .collect::<Vec<_>>();
        let paragraphs = en.cause.iter().chain(
            en.solutions
                .iter()
                .flat_map(|s| s.steps.iter().chain(&s.cause).chain(&s.note)),
        );
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
        let entry = EntryText {
            category: en.category.clone(),
            title: en.title.clone(),
            symptoms: en.symptoms.clone(),
            messages: en.messages.clone(),
            cause: en.cause.clone(),
        };
        let solutions = en
            .solutions
            .iter()
            .map(|s| SolutionText {
                label: s.label.clone(),
                condition: s.condition.clone(),
                cause: s.cause.clone(),
                steps: s.steps.clone(),
                note: s.note.clone(),
            })
            .collect();
        (Some(entry), solutions)
    }
}
