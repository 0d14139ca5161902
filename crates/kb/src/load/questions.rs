//! Checks the questions file: ids well formed and unique, texts present, English noted where missing.

use std::collections::HashMap;

use super::Validator;
use crate::diagnostic::Place;
use crate::locate::locate_key;
use crate::message;
use crate::model::{Question, QuestionText};
use crate::printable::{is_blank, is_invisible};
use crate::raw::RawQuestions;
use crate::source::SourceFile;

/// What an answer of `--answers` may be, so no item of a choice may be called that.
const RESERVED: &[&str] = &[
    "y", "n", "u", "b", "yes", "no", "unsure", "back", "none", "not", "sure", "?",
];

/// Whether `id` reads as an answer: a word of [`RESERVED`] in any case, or a number.
fn is_reserved(id: &str) -> bool {
    RESERVED.contains(&id.to_ascii_lowercase().as_str()) || id.bytes().all(|b| b.is_ascii_digit())
}

/// The longest phrase, in characters: an on-screen message is shorter.
const MAX_PHRASE_CHARS: usize = 100;

/// The questions that passed validation, with where each is defined.
pub(super) struct QuestionList<'f> {
    /// The questions file; `None` when it is missing or failed to parse, so that facts cannot be
    /// checked.
    pub(super) file: Option<&'f SourceFile>,
    pub(super) questions: Vec<Question>,
    /// Each question in English, where translated.
    pub(super) english: Vec<Option<QuestionText>>,
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
        // Premises and options, by id, resolved once every question is known.
        let mut pending = Vec::new();
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
            if let Some(option) = &q.option {
                self.line(file, option, "option", Place::KeyInItem("option", "questions", i));
                match &q.option_en {
                    Some(en) => self.line(file, en, "option_en", Place::KeyInItem("option_en", "questions", i)),
                    None => self.untranslated(file, place, message!("kb-question-option-untranslated", id = &q.id)),
                }
            }
            for phrase in &q.phrases {
                let at = Place::KeyInItem("phrases", "questions", i);
                // An empty phrase matches nothing: the item is to go, not to be filled in.
                self.one_line(file, phrase, "phrases", at);
                if is_blank(phrase) {
                    self.report(file, at, message!("kb-phrase-empty"));
                }
                if phrase.chars().count() > MAX_PHRASE_CHARS {
                    self.report(file, at, message!("kb-question-phrase-long", limit = MAX_PHRASE_CHARS));
                }
            }
            list.english.push(q.en.map(|text| QuestionText {
                text,
                option: q.option_en,
            }));
            list.questions.push(Question {
                id: q.id,
                text: q.text,
                option: q.option,
                after: Vec::new(),
                phrases: q.phrases,
                options: Vec::new(),
            });
            pending.push((i, q.after, q.options));
            list.places.push(place);
        }
        self.links(file, &mut list.questions, pending);
        list
    }

    /// Resolves each question's premises (`after`) and options, refusing unknown ids, a choice
    /// where a yes/no question belongs, options shared by two choices, and premises in a cycle.
    fn links(
        &mut self,
        file: &SourceFile,
        questions: &mut [Question],
        pending: Vec<(usize, Vec<String>, Vec<String>)>,
    ) {
        let index: HashMap<String, usize> = (questions.iter().enumerate()).map(|(q, x)| (x.id.clone(), q)).collect();
        let is_choice: Vec<bool> = pending.iter().map(|(_, _, options)| !options.is_empty()).collect();
        let mut chosen_by: Vec<Option<usize>> = vec![None; questions.len()];
        for (q, (i, after, options)) in pending.into_iter().enumerate() {
            let at = |key| Place::KeyInItem(key, "questions", i);
            for id in after {
                match index.get(&id) {
                    None => self.report(
                        file,
                        at("after"),
                        message!("kb-question-link-unknown", id = &id, field = "after"),
                    ),
                    Some(&p) if is_choice[p] => {
                        self.report(file, at("after"), message!("kb-question-after-choice", id = &id))
                    }
                    Some(&p) if !questions[q].after.contains(&p) => questions[q].after.push(p),
                    Some(_) => {}
                }
            }
            if options.len() == 1 {
                self.report(file, at("options"), message!("kb-question-one-option"));
            }
            for id in options {
                match index.get(&id) {
                    None => self.report(
                        file,
                        at("options"),
                        message!("kb-question-link-unknown", id = &id, field = "options"),
                    ),
                    Some(&o) if is_choice[o] => {
                        self.report(file, at("options"), message!("kb-question-option-choice", id = &id))
                    }
                    // `--answers` and the step protocol take these as answers, not as an item's id.
                    Some(_) if is_reserved(&id) => {
                        self.report(file, at("options"), message!("kb-question-id-reserved", id = &id))
                    }
                    Some(&o) if questions[o].option.is_none() => {
                        self.report(file, at("options"), message!("kb-question-option-label", id = &id))
                    }
                    Some(&o) => match chosen_by[o] {
                        Some(other) => {
                            let other = questions[other].id.clone();
                            self.report(
                                file,
                                at("options"),
                                message!("kb-question-option-twice", id = &id, other = other),
                            );
                        }
                        None => {
                            chosen_by[o] = Some(q);
                            questions[q].options.push(o);
                        }
                    },
                }
            }
        }
        // A choice waits for whatever its options wait for.
        for q in 0..questions.len() {
            let mut after = questions[q].after.clone();
            for &o in &questions[q].options {
                after.extend(questions[o].after.iter().copied());
            }
            after.sort_unstable();
            after.dedup();
            questions[q].after = after;
        }
        if let Some(q) = in_cycle(questions) {
            let place = Place::KeyInItem("after", "questions", q);
            self.report(file, place, message!("kb-question-after-cycle", id = &questions[q].id));
            for question in questions.iter_mut() {
                question.after.clear();
            }
        }
    }
}

/// A question whose premises lead back to itself, if any.
fn in_cycle(questions: &[Question]) -> Option<usize> {
    // Depth-first, colouring: 0 unseen, 1 on the current path, 2 done. Iterative, so a long
    // chain of premises cannot overflow the stack.
    let mut colour = vec![0u8; questions.len()];
    for start in 0..questions.len() {
        if colour[start] != 0 {
            continue;
        }
        let mut stack = vec![(start, 0usize)];
        colour[start] = 1;
        while let Some(&mut (q, ref mut next)) = stack.last_mut() {
            match questions[q].after.get(*next) {
                Some(&p) => {
                    *next += 1;
                    match colour[p] {
                        0 => {
                            colour[p] = 1;
                            stack.push((p, 0));
                        }
                        1 => return Some(p),
                        _ => {}
                    }
                }
                None => {
                    colour[q] = 2;
                    stack.pop();
                }
            }
        }
    }
    None
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

    #[test]
    fn an_empty_phrase_is_to_be_deleted_and_an_empty_option_filled_in() {
        let questions = "questions:\n  - id: a\n    text: 甲？\n    en: A?\n    option: ''\n    option_en: Option\n    phrases: [说甲, '']\n";
        let entry = "id: 1\ncategory: 测试\ntitle: 条目\nfacts: {a: true}\nsolutions:\n  - steps: [一步]\n\
            en: {category: Test, title: Entry, solutions: [steps: [A step]]}\n";
        let problems = crate::from_texts(questions, &[entry]).unwrap_err();
        let ids: Vec<&str> = problems.iter().map(|p| p.message.id()).collect();
        assert_eq!(ids, ["kb-text-empty", "kb-phrase-empty"], "{problems:?}");
        assert!(problems[1].to_string().contains("请删掉这一项"), "{problems:?}");
    }

    /// The message ids of the problems a base of these questions and entries has.
    fn problems(questions: &str, entries: &[&str]) -> Vec<&'static str> {
        let mut ids: Vec<&str> = (crate::from_texts(questions, entries).err().into_iter().flatten())
            .map(|p| p.message.id())
            .filter(|id| !id.ends_with("-untranslated"))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    fn entry(id: u32, facts: &str) -> String {
        format!("id: {id}\ncategory: 类\ntitle: 题{id}\nfacts: {{{facts}}}\nsolutions:\n  - steps: [一步]\n")
    }

    #[test]
    fn premises_and_choices_are_checked() {
        let linked = "questions:\n  - {id: p, text: 甲？}\n  - {id: q, text: 乙？, after: [p]}\n  \
            - {id: m, text: 哪个？, options: [x, w]}\n  - {id: x, text: X？, option: X}\n  - {id: w, text: W？, option: W}\n";
        let fine = [
            entry(1, "p: true, q: true"),
            entry(2, "p: true, q: false"),
            entry(3, "x: true"),
            entry(4, "w: true"),
        ];
        let fine: Vec<&str> = fine.iter().map(String::as_str).collect();
        assert_eq!(problems(linked, &fine), Vec::<&str>::new());
        // A fact without its premise; two options of one choice; a choice stated as a fact.
        let wrong = [
            entry(1, "q: true, x: false"),
            entry(2, "x: true, w: true, p: false"),
            entry(3, "m: true"),
        ];
        let wrong: Vec<&str> = wrong.iter().map(String::as_str).collect();
        assert_eq!(
            problems(linked, &wrong),
            ["kb-fact-choice", "kb-fact-premise", "kb-fact-two-options"]
        );
        // Premises that name nothing, or a choice, or lead in a circle; an option without its text.
        let broken = "questions:\n  - {id: p, text: 甲？, after: [q]}\n  - {id: q, text: 乙？, after: [p, nothing, m]}\n  \
            - {id: m, text: 哪个？, options: [x, w, none]}\n  - {id: x, text: X？}\n  - {id: w, text: W？, option: W}\n  - {id: none, text: 无？, option: 无}\n";
        assert_eq!(
            problems(broken, &fine),
            [
                "kb-question-after-choice",
                "kb-question-after-cycle",
                "kb-question-id-reserved",
                "kb-question-link-unknown",
                "kb-question-option-label",
                "kb-question-unused"
            ]
        );
        // A phrase longer than any message.
        let long = format!(
            "questions:\n  - {{id: p, text: 甲？, phrases: [{}]}}\n",
            "长".repeat(101)
        );
        assert!(problems(&long, &[fine[0]]).contains(&"kb-question-phrase-long"));
        // What to confirm must be stated.
        let confirm = "id: 5\ncategory: 类\ntitle: 题\nfacts: {p: true}\nconfirm: [q]\nsolutions:\n  - steps: [一步]\n";
        assert!(problems(linked, &[fine[0], fine[2], fine[3], confirm]).contains(&"kb-confirm-not-stated"));
    }
}
