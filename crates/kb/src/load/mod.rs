//! Turns knowledge-base files into a validated [`Bilingual`] knowledge base, or every problem
//! found, each with file, line and what to do.

mod distinguishable;
mod questions;
mod synonyms;
mod translations;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use questions::QuestionList;

use super::diagnostic::{Diagnostic, Message, Place};
use super::guard;
use super::model::{Bilingual, Entry, Kb, Solution, SolutionId, Translations};
use super::raw::{RawEntry, RawQuestions, RawSolution, RawSynonyms};
use super::source::{self, KbSource, SourceFile};
use crate::printable::is_control;

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

/// Reads, parses and validates the knowledge base in a folder.
pub fn load_dir(dir: &Path) -> Result<Loaded, Vec<Diagnostic>> {
    let files = source::read(dir)?;
    from_files(&files, &KbSource::Dir(dir.to_path_buf()).describe())
}

/// Parses and validates knowledge-base files already read; `origin` names where they came from
/// in problems that concern no one file.
pub fn from_files(files: &[SourceFile], origin: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut questions = None;
    let mut entries = Vec::new();
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
                Err(problem) => problems.push(problem),
            }
        }
    }
    let has_entry_files = files
        .iter()
        .any(|f| f.relative != QUESTIONS_FILE && f.relative != SYNONYMS_FILE);
    if questions.is_none() && !problems.iter().any(|p| p.file.ends_with(QUESTIONS_FILE)) {
        problems.push(Diagnostic::both(
            origin,
            None,
            Message::new(
                format!(
                    "知识库里没有 {QUESTIONS_FILE}。请在知识库文件夹的最上层放一个 {QUESTIONS_FILE}，列出向导可以问的问题。"
                ),
                format!(
                    "The knowledge base has no {QUESTIONS_FILE}. Put a {QUESTIONS_FILE} at the top of the knowledge-base folder, listing the questions the wizard can ask."
                ),
            ),
        ));
    }
    if !has_entry_files {
        problems.push(Diagnostic::both(
            origin,
            None,
            Message::new(
                "知识库里没有条目文件。每个条目是一个 .yaml 文件（可参照内置知识库的 faq/entries/15.yaml）。",
                "The knowledge base has no entry files. Each entry is a .yaml file of its own (see faq/entries/15.yaml in the built-in knowledge base for an example).",
            ),
        ));
    }
    let Some((questions_file, raw_questions)) = questions else {
        return Err(problems);
    };
    // Checks across files would only repeat a parse error as follow-on noise.
    let cross_checks = problems.is_empty();
    let mut validator = Validator {
        problems: Capped {
            listed: problems,
            unlisted: 0,
        },
        untranslated: Capped::default(),
    };
    let questions = validator.questions(questions_file, raw_questions);
    let mut kb = validator.entries(questions, entries, cross_checks);
    if let Some((file, raw)) = synonyms {
        (kb.synonyms, kb.fillers) = validator.synonyms(file, raw);
    }
    let untranslated = validator.untranslated.finish(origin, |n| {
        Message::new(
            format!("另外还有 {n} 处没有英文，没有列出。"),
            format!("{n} more places without English are not listed."),
        )
    });
    let problems = validator.problems.finish(origin, |n| {
        Message::new(
            format!("另外还有 {n} 处问题没有列出。请先改好上面这些，再运行 check 查看其余的。"),
            format!(
                "{n} more problems are not listed. Fix the ones above first, then run check again to see the rest."
            ),
        )
    });
    if problems.is_empty() {
        Ok(Loaded { kb, untranslated })
    } else {
        Err(problems)
    }
}

/// Parses one file, after the checks that keep hostile text away from the parser.
fn parse<T: serde::de::DeserializeOwned>(file: &SourceFile) -> Result<T, Diagnostic> {
    guard::check(&file.text).map_err(|(position, message)| Diagnostic::both(&file.shown, position, message))?;
    serde_yaml::from_str(&file.text).map_err(|e| Diagnostic::from_yaml(&file.shown, &file.text, &e))
}

/// Problems listed at most; past this many, a knowledge base is broken wholesale (a file copied
/// a thousand times, a list pasted into the wrong place) and the rest are only counted.
const MAX_PROBLEMS: usize = 50;

/// Diagnostics, the first [`MAX_PROBLEMS`] listed and the rest only counted.
#[derive(Default)]
struct Capped {
    listed: Vec<Diagnostic>,
    unlisted: usize,
}

impl Capped {
    /// Lists a problem in `file` at `place` with the message `make` gives (Chinese, English),
    /// or only counts it once the list is full: then neither the message is written nor the
    /// place looked up in the file.
    fn add(&mut self, file: &SourceFile, place: Place, make: impl FnOnce() -> (String, String)) {
        if self.listed.len() >= MAX_PROBLEMS {
            self.unlisted += 1;
            return;
        }
        let (zh, en) = make();
        self.listed
            .push(Diagnostic::new(&file.shown, place.resolve(&file.text), zh).en(en));
    }

    /// The listed diagnostics, closed by a line standing for those only counted.
    fn finish(mut self, origin: &str, summary: impl FnOnce(usize) -> Message) -> Vec<Diagnostic> {
        if self.unlisted > 0 {
            self.listed
                .push(Diagnostic::unlisted(origin, self.unlisted, summary(self.unlisted)));
        }
        self.listed
    }
}

struct Validator {
    problems: Capped,
    /// Missing translations: not a reason to refuse the knowledge base, but `check` reports them.
    untranslated: Capped,
}

impl Validator {
    /// Records a problem, with its message in Chinese and in English.
    fn report(&mut self, file: &SourceFile, place: Place, zh: impl Into<String>, en: impl Into<String>) {
        self.problems.add(file, place, || (zh.into(), en.into()));
    }

    /// Records a missing translation.
    fn untranslated(&mut self, file: &SourceFile, place: Place, zh: impl Into<String>, en: impl Into<String>) {
        self.untranslated.add(file, place, || (zh.into(), en.into()));
    }

    /// Refuses empty or blank text.
    fn text(&mut self, file: &SourceFile, value: &str, field: &str, place: Place) {
        self.controls(file, value, field, place);
        if value.trim().is_empty() {
            self.report(
                file,
                place,
                format!("“{field}”是空的。请填上内容，或者删掉这个字段（必填字段不能删）。"),
                format!("\"{field}\" is empty. Fill it in, or delete the field if it is optional (required fields cannot be deleted)."),
            );
        }
    }

    /// Refuses control characters: an escape sequence in a text would act on the agent's
    /// terminal instead of being shown.
    fn controls(&mut self, file: &SourceFile, value: &str, field: &str, place: Place) {
        if let Some(c) = value.chars().find(|&c| is_control(c)) {
            let code = format!("U+{:04X}", u32::from(c));
            self.report(
                file,
                place,
                format!("“{field}”里有控制字符（{code}），它会在终端上乱码或改写屏幕。请删掉它。"),
                format!("\"{field}\" contains a control character ({code}), which would garble or take over the terminal. Delete it."),
            );
        }
    }

    /// Refuses empty or blank items of a list of texts.
    fn list(&mut self, file: &SourceFile, values: &[String], field: &str, place: Place) {
        for value in values {
            self.controls(file, value, field, place);
        }
        if values.iter().any(|v| v.trim().is_empty()) {
            self.report(
                file,
                place,
                format!("“{field}”里有一项是空的。请填上内容或删掉那一项。"),
                format!("\"{field}\" has an empty item. Fill it in or delete it."),
            );
        }
    }

    fn entries(
        &mut self,
        QuestionList {
            file: questions_file,
            questions,
            english,
            places,
        }: QuestionList,
        mut raw: Vec<(&SourceFile, RawEntry)>,
        cross_checks: bool,
    ) -> Bilingual {
        raw.sort_by_key(|(file, e)| (e.id, file.relative.clone()));
        let index: HashMap<&str, usize> = questions.iter().enumerate().map(|(i, q)| (q.id.as_str(), i)).collect();
        let mut used = vec![false; questions.len()];
        let mut entries: Vec<Entry> = Vec::new();
        let mut solutions: Vec<Solution> = Vec::new();
        let mut files: Vec<&SourceFile> = Vec::new();
        let mut related_raw = Vec::new();
        let mut translations = Translations {
            questions: english,
            ..Translations::default()
        };

        for (file, e) in raw {
            if e.id == 0 {
                self.report(
                    file,
                    Place::Key("id", 0),
                    "条目编号要从 1 开始。请改成一个正整数。",
                    "Entry numbers start at 1. Change this to a positive whole number.",
                );
            }
            if let Some(previous) = entries.last().filter(|p| p.id == e.id) {
                self.report(
                    file,
                    Place::Key("id", 0),
                    format!(
                        "条目编号 {} 重复了：{} 也用了这个编号。请给其中一个换个编号。",
                        e.id, previous.file
                    ),
                    format!(
                        "Entry number {} is used twice: {} has it too. Give one of the two a different number.",
                        e.id, previous.file
                    ),
                );
                continue;
            }
            let at = |key| Place::Key(key, 0);
            self.text(file, &e.category, "category", at("category"));
            self.text(file, &e.title, "title", at("title"));
            self.list(file, &e.symptoms, "symptoms", at("symptoms"));
            self.list(file, &e.messages, "messages", at("messages"));
            if let Some(cause) = &e.cause {
                self.text(file, cause, "cause", at("cause"));
            }
            let weight = e.weight.unwrap_or(1.0);
            if !(weight.is_finite() && weight > 0.0) {
                self.report(
                    file,
                    Place::Key("weight", 0),
                    "weight 要大于 0（默认 1；越常见的问题写得越大）。",
                    "weight must be greater than 0 (the default is 1; the more common the problem, the larger the weight).",
                );
            }
            if e.solutions.is_empty() {
                self.report(
                    file,
                    Place::Key("solutions", 0),
                    "条目没有解决方案。请在 solutions 下至少写一个，带 steps。",
                    "The entry has no solutions. Write at least one under solutions, with its steps.",
                );
            }
            let entry_facts = self.facts(file, &e.facts, &index, &mut used, None, &BTreeMap::new());
            let (entry_en, solutions_en) = self.translation(file, &e);
            let entry_index = entries.len();
            let several = e.solutions.len() > 1;
            let mut own = Vec::new();
            for (k, s) in e.solutions.iter().enumerate() {
                let facts = self.solution(file, s, k, &index, &mut used, &e.facts);
                let mut merged = entry_facts.clone();
                for (q, fact) in facts.into_iter().enumerate() {
                    if fact.is_some() {
                        merged[q] = fact;
                    }
                }
                own.push(solutions.len());
                related_raw.push((entries.len(), Some((solutions.len(), k)), s.related.clone()));
                solutions.push(Solution {
                    id: SolutionId {
                        entry: e.id,
                        case: several.then_some(k as u32 + 1),
                    },
                    entry: entry_index,
                    label: s.label.clone(),
                    condition: s.condition.clone(),
                    cause: s.cause.clone(),
                    steps: s.steps.clone(),
                    note: s.note.clone(),
                    related: Vec::new(),
                    facts: merged,
                });
                translations.solutions.push(solutions_en.get(k).cloned());
            }
            related_raw.push((entries.len(), None, e.related.clone()));
            files.push(file);
            entries.push(Entry {
                id: e.id,
                category: e.category,
                title: e.title,
                symptoms: e.symptoms,
                messages: e.messages,
                cause: e.cause,
                weight,
                related: Vec::new(),
                solutions: own,
                file: file.shown.clone(),
            });
            translations.entries.push(entry_en);
        }

        let cross_checks = cross_checks && !entries.is_empty();
        for (i, solution, refs) in related_raw.into_iter().filter(|_| cross_checks) {
            let file = files[i];
            for r in refs {
                let place = match solution {
                    Some((_, k)) => Place::KeyInItem("related", "solutions", k),
                    None => Place::Key("related", 0),
                };
                let Ok(id) = r.0.parse::<SolutionId>() else {
                    self.report(
                        file,
                        place,
                        format!("related 里的“{}”不是条目编号。请写成 3 或 \"16.1\" 这样的编号。", r.0),
                        format!(
                            "\"{}\" in related is not an entry number. Write a number such as 3 or \"16.1\".",
                            r.0
                        ),
                    );
                    continue;
                };
                let exists = match id.case {
                    None => entries.iter().any(|e| e.id == id.entry),
                    Some(_) => solutions.iter().any(|s| s.id == id),
                };
                if !exists {
                    self.report(
                        file,
                        place,
                        format!("related 里的 {id} 不存在。请改成已有的条目或解决方案编号。"),
                        format!(
                            "related lists {id}, which does not exist. Change it to the number of an existing entry or solution."
                        ),
                    );
                } else if id.entry == entries[i].id {
                    self.report(
                        file,
                        place,
                        format!("related 里的 {id} 就是本条目。请只列出别的条目。"),
                        format!("related lists {id}, which is this entry itself. List only other entries."),
                    );
                } else {
                    match solution {
                        Some((s, _)) => solutions[s].related.push(id),
                        None => entries[i].related.push(id),
                    }
                }
            }
        }

        for (q, used) in used.iter().enumerate().filter(|_| cross_checks) {
            if !used {
                self.report(
                    questions_file,
                    places[q],
                    format!(
                        "问题“{}”没有任何条目用到，向导永远不会问它。请在相关条目的 facts 里写上它的答案，或者删掉这个问题。",
                        questions[q].id
                    ),
                    format!(
                        "No entry uses question \"{}\", so the wizard will never ask it. Write its answer in the facts of the entries it concerns, or delete the question.",
                        questions[q].id
                    ),
                );
            }
        }

        if cross_checks {
            self.distinguishable(&entries, &solutions, &files);
        }

        Bilingual {
            kb: Kb {
                questions,
                entries,
                solutions,
            },
            english: translations,
            synonyms: Vec::new(),
            fillers: Vec::new(),
        }
    }

    fn solution(
        &mut self,
        file: &SourceFile,
        s: &RawSolution,
        k: usize,
        index: &HashMap<&str, usize>,
        used: &mut [bool],
        entry_facts: &BTreeMap<String, bool>,
    ) -> Vec<Option<bool>> {
        let at = |key| Place::KeyInItem(key, "solutions", k);
        if s.steps.is_empty() {
            self.report(
                file,
                at("steps"),
                "解决方案没有步骤。请在 steps 下至少写一步。",
                "The solution has no steps. Write at least one step under steps.",
            );
        }
        self.list(file, &s.steps, "steps", at("steps"));
        for (value, field) in [
            (&s.label, "label"),
            (&s.condition, "condition"),
            (&s.cause, "cause"),
            (&s.note, "note"),
        ] {
            if let Some(value) = value {
                self.text(file, value, field, at(field));
            }
        }
        self.facts(file, &s.facts, index, used, Some(k), entry_facts)
    }

    /// Resolves question ids to indices, reporting unknown ids and facts stated twice.
    fn facts(
        &mut self,
        file: &SourceFile,
        facts: &BTreeMap<String, bool>,
        index: &HashMap<&str, usize>,
        used: &mut [bool],
        solution: Option<usize>,
        entry_facts: &BTreeMap<String, bool>,
    ) -> Vec<Option<bool>> {
        let mut out = vec![None; used.len()];
        for (id, &value) in facts {
            let place = match solution {
                Some(k) => Place::KeyInItem(id, "solutions", k),
                None => Place::Key(id, 0),
            };
            let Some(&q) = index.get(id.as_str()) else {
                self.report(
                    file,
                    place,
                    format!("facts 里的“{id}”不是 questions.yaml 里的问题。请检查拼写，或者先在 questions.yaml 里加上这个问题。"),
                    format!(
                        "\"{id}\" in facts is not a question in questions.yaml. Check the spelling, or add the question to questions.yaml first."
                    ),
                );
                continue;
            };
            if entry_facts.contains_key(id) {
                self.report(
                    file,
                    place,
                    format!("“{id}”在条目的 facts 里已经写过了。解决方案的 facts 只写区分各个解决方案的问题：请删掉其中一处。"),
                    format!(
                        "\"{id}\" is already in the entry's facts. A solution's facts hold only the questions that tell the solutions apart: delete it from one of the two."
                    ),
                );
            }
            used[q] = true;
            out[q] = Some(value);
        }
        out
    }
}
