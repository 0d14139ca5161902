//! The search index: what search knows of each text, entry and solution, built from a
//! knowledge base in both its languages.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::wire;
use crate::model::{Bilingual, Kb, SolutionId};
use crate::normalize::{Feature, FeatureMap, FeatureSet, Synonyms, features, normalize};

/// Where in an entry a text stands; matches in some places count more than in others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    Message,
    Title,
    Symptom,
    Condition,
    Cause,
    Step,
    Note,
}

impl Field {
    /// How much a match here counts, at most 1.
    pub(super) fn weight(self) -> f64 {
        match self {
            // A quoted message also earns its own bonus (see `search`).
            Field::Message | Field::Title => 0.8,
            Field::Symptom => 0.7,
            Field::Condition => 0.6,
            Field::Cause => 0.5,
            Field::Step => 0.4,
            Field::Note => 0.35,
        }
    }

    /// The name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Field::Message => "message",
            Field::Title => "title",
            Field::Symptom => "symptom",
            Field::Condition => "condition",
            Field::Cause => "cause",
            Field::Step => "step",
            Field::Note => "note",
        }
    }
}

/// What search needs to know of an entry.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct IndexedEntry {
    pub id: u32,
    /// Indices into the knowledge base's solutions.
    pub solutions: Vec<usize>,
    /// The text of its title.
    pub title: u32,
    /// The text of its title in English, where translated.
    pub title_en: Option<u32>,
}

/// What search needs to know of a solution.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct IndexedSolution {
    pub id: SolutionId,
    /// Index into the knowledge base's entries.
    pub entry: usize,
}

/// The searchable texts of the knowledge base, by number, column by column.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct Texts {
    /// Where each text stands.
    pub fields: Vec<Field>,
    /// How many features each text has.
    pub features: Vec<u32>,
    /// The texts as written, one after another. Kept as bytes, so that they are checked for
    /// UTF-8 only where shown rather than all at every start.
    #[serde(with = "wire::bytes")]
    written: Vec<u8>,
    /// Where each text ends in `written`.
    #[serde(with = "wire::numbers")]
    ends: Vec<u32>,
}

impl Texts {
    pub fn len(&self) -> usize {
        self.fields.len()
    }

    /// Text `t` as written.
    pub fn written(&self, t: usize) -> Cow<'_, str> {
        let start = t.checked_sub(1).map_or(0, |before| self.ends[before] as usize);
        // Only a damaged binary could hold anything but UTF-8 here.
        String::from_utf8_lossy(&self.written[start..self.ends[t] as usize])
    }

    fn push(&mut self, field: Field, written: &str, features: usize) {
        self.fields.push(field);
        self.features.push(features as u32);
        self.written.extend_from_slice(written.as_bytes());
        self.ends.push(self.written.len() as u32);
    }
}

/// Every feature of the texts and where it occurs, feature by feature in ascending order.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct Postings {
    #[serde(with = "wire::numbers")]
    features: Vec<Feature>,
    /// How many entries have each feature.
    #[serde(with = "wire::numbers")]
    entries: Vec<u32>,
    /// The texts each feature occurs in, one feature's after another, ascending within each.
    #[serde(with = "wire::numbers")]
    texts: Vec<u32>,
    /// Where each feature's texts end in `texts`.
    #[serde(with = "wire::numbers")]
    ends: Vec<u32>,
}

impl Postings {
    /// How many entries have a feature, and the texts it occurs in: none for a feature the texts
    /// do not have.
    pub fn get(&self, feature: Feature) -> (u32, &[u32]) {
        match self.features.binary_search(&feature) {
            Ok(i) => {
                let start = i.checked_sub(1).map_or(0, |before| self.ends[before] as usize);
                (self.entries[i], &self.texts[start..self.ends[i] as usize])
            }
            Err(_) => (0, &[]),
        }
    }
}

/// The search index over a knowledge base, in both its languages. It stands on its own: the
/// index of the embedded knowledge base is built by `build.rs` and compiled into the binary;
/// that of a folder is built when a command first searches it.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub(super) synonyms: Synonyms,
    pub(super) texts: Texts,
    pub(super) entries: Vec<IndexedEntry>,
    pub(super) solutions: Vec<IndexedSolution>,
    /// For each solution, the texts that describe it: its entry's and its own.
    pub(super) docs: Vec<Vec<u32>>,
    /// For each entry, the texts of its on-screen messages.
    pub(super) messages: Vec<Vec<u32>>,
    pub(super) postings: Postings,
    /// For each solution, the solutions it is related to, either way round.
    pub(super) related: Vec<Vec<u32>>,
}

impl Index {
    /// Text as search compares it: normalized, every synonym as its group's first word.
    pub fn canonical(&self, text: &str) -> String {
        self.synonyms.canonical(&normalize(text))
    }

    /// Builds the index of a knowledge base, over its texts in both languages.
    pub fn new(bilingual: &Bilingual) -> Self {
        let kb = &bilingual.kb;
        let mut texts = Builder {
            synonyms: Synonyms::new(&bilingual.synonyms, &bilingual.fillers),
            texts: Texts::default(),
            features: Vec::new(),
        };
        let mut entries = Vec::with_capacity(kb.entries.len());
        let mut docs: Vec<Vec<u32>> = vec![Vec::new(); kb.solutions.len()];
        let mut messages: Vec<Vec<u32>> = vec![Vec::new(); kb.entries.len()];
        let mut in_entries = FeatureMap::<u32>::default();
        for (e, entry) in kb.entries.iter().enumerate() {
            let mut shared = Vec::new();
            let title = texts.add_entry(
                [&entry.messages, &entry.symptoms],
                &entry.title,
                entry.cause.as_deref(),
                (&mut shared, &mut messages[e]),
            );
            // English texts match English queries; they count in the same fields.
            let title_en = (bilingual.english.entries[e].as_ref()).map(|en| {
                texts.add_entry(
                    [&en.messages, &en.symptoms],
                    &en.title,
                    en.cause.as_deref(),
                    (&mut shared, &mut messages[e]),
                )
            });
            entries.push(IndexedEntry {
                id: entry.id,
                solutions: entry.solutions.clone(),
                title,
                title_en,
            });
            let mut in_entry = FeatureSet::default();
            for &s in &entry.solutions {
                let solution = &kb.solutions[s];
                let mut own = shared.clone();
                let optional = [&solution.condition, &solution.cause, &solution.note];
                texts.add_solution(optional, &solution.steps, &mut own);
                if let Some(en) = &bilingual.english.solutions[s] {
                    texts.add_solution([&en.condition, &en.cause, &en.note], &en.steps, &mut own);
                }
                for &t in &own {
                    in_entry.extend(texts.features[t as usize].iter().copied());
                }
                docs[s] = own;
            }
            for feature in in_entry {
                *in_entries.entry(feature).or_default() += 1;
            }
        }
        let mut occurs = FeatureMap::<Vec<u32>>::default();
        for (t, features) in texts.features.iter().enumerate() {
            for &feature in features {
                occurs.entry(feature).or_default().push(t as u32);
            }
        }
        let mut occurs: Vec<(Feature, Vec<u32>)> = occurs.into_iter().collect();
        occurs.sort_unstable_by_key(|&(feature, _)| feature);
        let mut postings = Postings::default();
        for (feature, texts) in occurs {
            postings.features.push(feature);
            postings.entries.push(in_entries.get(&feature).copied().unwrap_or(0));
            postings.texts.extend(texts);
            postings.ends.push(postings.texts.len() as u32);
        }
        Index {
            synonyms: texts.synonyms,
            texts: texts.texts,
            entries,
            solutions: (kb.solutions.iter())
                .map(|s| IndexedSolution {
                    id: s.id,
                    entry: s.entry,
                })
                .collect(),
            docs,
            messages,
            postings,
            related: related(kb),
        }
    }
}

/// For each solution, the solutions it is related to, either way round. An entry's references
/// hold for each of its solutions; a reference to an entry means each of that entry's solutions.
fn related(kb: &Kb) -> Vec<Vec<u32>> {
    let mut related = vec![Vec::new(); kb.solutions.len()];
    for (s, solution) in kb.solutions.iter().enumerate() {
        for &id in kb.entry_of(s).related.iter().chain(&solution.related) {
            let targets: Vec<usize> = match (kb.solution_index(id), kb.entry(id.entry)) {
                (Some(t), _) if id.case.is_some() => vec![t],
                (_, Some(entry)) => entry.solutions.clone(),
                _ => Vec::new(),
            };
            for t in targets {
                related[s].push(t as u32);
                related[t].push(s as u32);
            }
        }
    }
    related
}

/// The texts of an index being built, and the features of each.
struct Builder {
    synonyms: Synonyms,
    texts: Texts,
    features: Vec<FeatureSet>,
}

impl Builder {
    /// Adds an entry's texts in one language: its on-screen messages and symptoms, title and
    /// cause, each to `shared` (and the messages to `messages` too). Returns the title's text.
    fn add_entry(
        &mut self,
        [on_screen, symptoms]: [&[String]; 2],
        title: &str,
        cause: Option<&str>,
        (shared, messages): (&mut Vec<u32>, &mut Vec<u32>),
    ) -> u32 {
        for message in on_screen {
            let t = self.add(Field::Message, message);
            messages.push(t);
            shared.push(t);
        }
        let title = self.add(Field::Title, title);
        shared.push(title);
        for symptom in symptoms {
            shared.push(self.add(Field::Symptom, symptom));
        }
        if let Some(cause) = cause {
            shared.push(self.add(Field::Cause, cause));
        }
        title
    }

    /// Adds a solution's texts in one language (its condition, cause and note, where written,
    /// and its steps) to `own`.
    fn add_solution(&mut self, optional: [&Option<String>; 3], steps: &[String], own: &mut Vec<u32>) {
        let fields = [Field::Condition, Field::Cause, Field::Note];
        for (field, text) in fields.into_iter().zip(optional) {
            if let Some(text) = text {
                own.push(self.add(field, text));
            }
        }
        for step in steps {
            own.push(self.add(Field::Step, step));
        }
    }

    fn add(&mut self, field: Field, written: &str) -> u32 {
        let features = features(&self.synonyms.canonical(&normalize(written)));
        self.texts.push(field, written, features.len());
        self.features.push(features);
        (self.texts.len() - 1) as u32
    }
}
