//! Checks the entries: texts, solutions, facts, related links, and that every question is used.

use std::collections::{BTreeMap, HashMap};

use super::Validator;
use super::questions::QuestionList;
use crate::diagnostic::Place;
use crate::model::{Bilingual, Entry, Kb, Solution, SolutionId, Translations};
use crate::raw::{RawEntry, RawSolution};
use crate::source::SourceFile;

impl Validator {
    pub(super) fn entries(
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
