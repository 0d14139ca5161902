//! Checks the entries: texts, solutions, facts, related links, and that every question is used.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::Validator;
use super::questions::QuestionList;
use super::unparsed::Unparsed;
use crate::diagnostic::Place;
use crate::message;
use crate::model::{Bilingual, Entry, Kb, Question, Solution, SolutionId, Translations};
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
        unparsed: &Unparsed,
    ) -> Bilingual {
        raw.sort_by_key(|(file, e)| (e.id, file.relative.clone()));
        let index: HashMap<&str, usize> = questions.iter().enumerate().map(|(i, q)| (q.id.as_str(), i)).collect();
        // Without the questions, a fact can be checked against nothing.
        let index = questions_file.map(|_| &index);
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
                self.report(file, Place::Key("id", 0), message!("kb-entry-id-zero"));
            }
            if let Some(previous) = entries.last().filter(|p| p.id == e.id) {
                let duplicate = message!("kb-entry-id-duplicate", id = e.id, other = &previous.file);
                self.report(file, Place::Key("id", 0), duplicate);
                continue;
            }
            let at = |key| Place::Key(key, 0);
            self.line(file, &e.category, "category", at("category"));
            self.line(file, &e.title, "title", at("title"));
            self.list(file, &e.symptoms, "symptoms", at("symptoms"), true);
            self.list(file, &e.messages, "messages", at("messages"), true);
            if let Some(cause) = &e.cause {
                self.text(file, cause, "cause", at("cause"));
            }
            let weight = e.weight.unwrap_or(1.0);
            if !(weight.is_finite() && weight > 0.0) {
                self.report(file, Place::Key("weight", 0), message!("kb-entry-weight"));
            }
            if e.solutions.is_empty() {
                self.report(file, Place::Key("solutions", 0), message!("kb-entry-no-solutions"));
            }
            let entry_facts = self.facts(file, &e.facts, (index, &questions), &mut used, None, &BTreeMap::new());
            let (entry_en, solutions_en) = self.translation(file, &e);
            let entry_index = entries.len();
            let several = e.solutions.len() > 1;
            let mut own = Vec::new();
            for (k, s) in e.solutions.iter().enumerate() {
                let facts = self.solution(file, s, k, (index, &questions), &mut used, &e.facts);
                let mut merged = entry_facts.clone();
                for (q, fact) in facts.into_iter().enumerate() {
                    if fact.is_some() {
                        merged[q] = fact;
                    }
                }
                let confirm = match index {
                    Some(index) => self.premises_and_confirm(file, (&e, k), &merged, index, &questions),
                    None => Vec::new(),
                };
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
                    confirm,
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

        let cross_checks = !entries.is_empty();
        for (i, solution, refs) in related_raw.into_iter().filter(|_| cross_checks) {
            let file = files[i];
            // `"5"`, `5` and `"05"` are one reference: a second one is a slip, not a link.
            let mut seen = HashSet::new();
            for r in refs {
                let place = match solution {
                    Some((_, k)) => Place::KeyInItem("related", "solutions", k),
                    None => Place::Key("related", 0),
                };
                let Ok(id) = r.0.parse::<SolutionId>() else {
                    self.report(file, place, message!("kb-related-not-a-number", given = r.0));
                    continue;
                };
                if !seen.insert(id) {
                    self.report(
                        file,
                        place,
                        message!("kb-related-duplicate", given = r.0, id = id.to_string()),
                    );
                    continue;
                }
                let exists = match id.case {
                    None => entries.iter().any(|e| e.id == id.entry),
                    Some(_) => solutions.iter().any(|s| s.id == id),
                };
                if !exists {
                    if unparsed.may_be(id.entry) {
                        continue;
                    }
                    self.report(file, place, message!("kb-related-missing", id = id.to_string()));
                } else if id.entry == entries[i].id {
                    self.report(file, place, message!("kb-related-self", id = id.to_string()));
                } else {
                    match solution {
                        Some((s, _)) => solutions[s].related.push(id),
                        None => entries[i].related.push(id),
                    }
                }
            }
        }

        if let Some(questions_file) = questions_file.filter(|_| cross_checks) {
            // A choice is used when one of its options is.
            for q in 0..questions.len() {
                used[q] |= questions[q].options.iter().any(|&o| used[o]);
            }
            for (q, used) in used.iter().enumerate() {
                if !used && !unparsed.may_use(&questions[q].id) {
                    let unused = message!("kb-question-unused", id = &questions[q].id);
                    self.report(questions_file, places[q], unused);
                }
            }
        }

        // Without the questions, no two solutions could be told apart.
        if cross_checks && questions_file.is_some() {
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
        known: (Option<&HashMap<&str, usize>>, &[Question]),
        used: &mut [bool],
        entry_facts: &BTreeMap<String, bool>,
    ) -> Vec<Option<bool>> {
        let at = |key| Place::KeyInItem(key, "solutions", k);
        if s.steps.is_empty() {
            self.report(file, at("steps"), message!("kb-solution-no-steps"));
        }
        self.list(file, &s.steps, "steps", at("steps"), false);
        for (value, field, one_line) in [
            (&s.label, "label", true),
            (&s.condition, "condition", true),
            (&s.cause, "cause", false),
            (&s.note, "note", false),
        ] {
            match value {
                Some(value) if one_line => self.line(file, value, field, at(field)),
                Some(value) => self.text(file, value, field, at(field)),
                None => {}
            }
        }
        self.facts(file, &s.facts, known, used, Some(k), entry_facts)
    }

    /// Resolves question ids to indices, reporting unknown ids and facts stated twice; without
    /// an `index` of the questions, only facts stated twice.
    fn facts(
        &mut self,
        file: &SourceFile,
        facts: &BTreeMap<String, bool>,
        (index, questions): (Option<&HashMap<&str, usize>>, &[Question]),
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
            let q = match index.map(|index| index.get(id.as_str())) {
                Some(Some(&q)) => Some(q),
                Some(None) => {
                    self.report(file, place, message!("kb-fact-unknown", id = id));
                    continue;
                }
                None => None,
            };
            if entry_facts.contains_key(id) {
                self.report(file, place, message!("kb-fact-repeated", id = id));
            }
            let Some(q) = q else { continue };
            if let Some(&option) = questions[q].options.first() {
                let option = &questions[option].id;
                self.report(file, place, message!("kb-fact-choice", id = id, option = option));
                continue;
            }
            used[q] = true;
            out[q] = Some(value);
        }
        out
    }
}
