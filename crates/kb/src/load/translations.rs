//! Checks an entry's English (en) section: it mirrors the Chinese item for item, with no empty text.

use super::Validator;
use crate::diagnostic::Place;
use crate::model::{EntryText, SolutionText};
use crate::raw::RawEntry;
use crate::source::SourceFile;

impl Validator {
    /// The entry's English texts, checked to mirror the Chinese item for item.
    pub(super) fn translation(&mut self, file: &SourceFile, e: &RawEntry) -> (Option<EntryText>, Vec<SolutionText>) {
        let Some(en) = &e.en else {
            self.untranslated(
                file,
                Place::Key("id", 0),
                format!("条目 {} 还没有英文翻译。请在文件末尾加上 en: 部分（格式见 README）。", e.id),
                format!(
                    "Entry {} has no English translation yet. Add an en: section at the end of the file (the README shows its format).",
                    e.id
                ),
            );
            return (None, Vec::new());
        };
        let at = Place::Key("en", 0);
        // `what` names the field in Chinese and in English.
        let mirror = |this: &mut Self, (what_zh, what_en): (&str, &str), zh: usize, en: usize| {
            if zh != en {
                let items = if en == 1 { "item" } else { "items" };
                this.report(
                    file,
                    at,
                    format!("英文（en）的 {what_zh} 有 {en} 项，中文有 {zh} 项。英文要和中文一项对一项。"),
                    format!(
                        "In English (en), {what_en} has {en} {items}, but in Chinese it has {zh}. The English must match the Chinese item for item."
                    ),
                );
            }
        };
        let count = |text: &Option<String>| usize::from(text.is_some());
        mirror(self, ("symptoms", "symptoms"), e.symptoms.len(), en.symptoms.len());
        mirror(self, ("messages", "messages"), e.messages.len(), en.messages.len());
        mirror(self, ("cause", "cause"), count(&e.cause), count(&en.cause));
        mirror(self, ("solutions", "solutions"), e.solutions.len(), en.solutions.len());
        for (k, (zh, tr)) in e.solutions.iter().zip(&en.solutions).enumerate() {
            let case = k + 1;
            let what = |field: &str| {
                (
                    format!("solutions 第 {case} 个的 {field}"),
                    format!("{field} of solution {case}"),
                )
            };
            let (what_zh, what_en) = what("steps");
            mirror(self, (&what_zh, &what_en), zh.steps.len(), tr.steps.len());
            for (field, zh, tr) in [
                ("label", &zh.label, &tr.label),
                ("condition", &zh.condition, &tr.condition),
                ("cause", &zh.cause, &tr.cause),
                ("note", &zh.note, &tr.note),
            ] {
                let (what_zh, what_en) = what(field);
                mirror(self, (&what_zh, &what_en), count(zh), count(tr));
            }
        }
        let texts = [&en.category, &en.title]
            .into_iter()
            .chain(&en.symptoms)
            .chain(&en.messages)
            .chain(&en.cause)
            .chain(en.solutions.iter().flat_map(|s| {
                s.steps
                    .iter()
                    .chain(&s.label)
                    .chain(&s.condition)
                    .chain(&s.cause)
                    .chain(&s.note)
            }));
        let texts: Vec<&String> = texts.collect();
        if texts.iter().any(|t| t.trim().is_empty()) {
            self.report(
                file,
                at,
                "英文（en）里有空的文字。请填上译文或删掉那一项。",
                "A text in the English (en) section is empty. Fill in the translation or delete that item.",
            );
        }
        for text in texts {
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
