//! Ranks entries and solutions for a query in the employee's own words.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::normalize::{Synonyms, features, normalize, normalize_mapped, single_characters, units};
use crate::kb::Kb;

/// Where in an entry a text stands; matches in some places count more than in others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// How much a match here counts, relative to an on-screen message.
    fn weight(self) -> f64 {
        match self {
            Field::Message => 1.0,
            Field::Title | Field::Symptom => 0.7,
            Field::Condition => 0.55,
            Field::Cause => 0.45,
            Field::Step => 0.35,
            Field::Note => 0.3,
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

/// One searchable text of the knowledge base.
#[derive(Debug)]
struct Text {
    field: Field,
    original: String,
    /// Normalized, with synonyms rewritten.
    canonical: String,
    features: HashSet<String>,
}

/// A text of a hit, with the byte ranges that matched the query.
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    pub field: Field,
    pub text: String,
    pub spans: Vec<Range<usize>>,
}

/// One result: an entry, or one solution of an entry when the query points at it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into `kb.entries`.
    pub entry: usize,
    /// The solutions the query points at (indices into `kb.solutions`), best first.
    pub solutions: Vec<usize>,
    /// "15", or "16.2" when the query points at one solution of several.
    pub id: String,
    /// From 0 to 1: how much of the query the entry explains, and how much of an on-screen
    /// message the query quotes.
    pub score: f64,
    /// How much of the entry's best-matching on-screen message the query contains, 0 to 1.
    pub message_match: f64,
    pub passage: Passage,
}

/// The search index over a knowledge base; cheap to build.
#[derive(Debug)]
pub struct Index<'kb> {
    kb: &'kb Kb,
    synonyms: Synonyms,
    texts: Vec<Text>,
    /// For each solution, the texts that describe it: its entry's and its own.
    docs: Vec<Vec<usize>>,
    /// For each entry, the texts of its on-screen messages.
    messages: Vec<Vec<usize>>,
    /// How many entries a feature occurs in.
    df: HashMap<String, usize>,
}

/// Matches weaker than this (summed rarity of the matched features) are no match at all.
const MIN_EVIDENCE: f64 = 1.6;
/// Solutions of one entry scoring within this of its best are reported together.
const TIE: f64 = 0.02;
/// A query quoting at least this share of an on-screen message is taken to be that message.
pub const QUOTES_MESSAGE: f64 = 0.6;

impl<'kb> Index<'kb> {
    pub fn new(kb: &'kb Kb) -> Self {
        let synonyms = Synonyms::new(&kb.synonyms);
        let mut index = Index {
            kb,
            synonyms,
            texts: Vec::new(),
            docs: vec![Vec::new(); kb.solutions.len()],
            messages: vec![Vec::new(); kb.entries.len()],
            df: HashMap::new(),
        };
        for (e, entry) in kb.entries.iter().enumerate() {
            let mut shared = Vec::new();
            for message in &entry.messages {
                let t = index.add(Field::Message, message);
                index.messages[e].push(t);
                shared.push(t);
            }
            shared.push(index.add(Field::Title, &entry.title));
            for symptom in &entry.symptoms {
                shared.push(index.add(Field::Symptom, symptom));
            }
            if let Some(cause) = &entry.cause {
                shared.push(index.add(Field::Cause, cause));
            }
            let mut in_entry: HashSet<String> = HashSet::new();
            for &s in &entry.solutions {
                let solution = &kb.solutions[s];
                let mut own = shared.clone();
                for (field, text) in [
                    (Field::Condition, &solution.condition),
                    (Field::Cause, &solution.cause),
                    (Field::Note, &solution.note),
                ] {
                    if let Some(text) = text {
                        own.push(index.add(field, text));
                    }
                }
                for step in &solution.steps {
                    own.push(index.add(Field::Step, step));
                }
                for &t in &own {
                    in_entry.extend(index.texts[t].features.iter().cloned());
                }
                index.docs[s] = own;
            }
            for feature in in_entry {
                *index.df.entry(feature).or_default() += 1;
            }
        }
        index
    }

    fn add(&mut self, field: Field, original: &str) -> usize {
        let canonical = self.synonyms.canonical(&normalize(original));
        self.texts.push(Text {
            field,
            original: original.to_owned(),
            features: features(&canonical),
            canonical,
        });
        self.texts.len() - 1
    }

    /// How telling a feature is: high when few entries have it.
    fn rarity(&self, feature: &str) -> f64 {
        let entries = self.kb.entries.len() as f64;
        let df = self.df.get(feature).copied().unwrap_or(1).max(1) as f64;
        (1.0 + entries / df).ln()
    }

    /// The entries (or solutions) that match `query`, best first; empty when nothing does.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let canonical = self.synonyms.canonical(&normalize(query));
        let mut wanted = features(&canonical);
        // A query of one Chinese character has no pair; match its characters instead.
        let single = wanted.is_empty();
        if single {
            wanted = single_characters(&canonical);
        }
        if wanted.is_empty() {
            return Vec::new();
        }
        let contains = |text: &Text, feature: &str| {
            if single {
                text.canonical.contains(feature)
            } else {
                text.features.contains(feature)
            }
        };
        let rarity: Vec<(&String, f64)> = wanted.iter().map(|f| (f, self.rarity(f))).collect();
        let total: f64 = rarity.iter().map(|(_, r)| r).sum();

        let message_match: Vec<f64> = self
            .messages
            .iter()
            .map(|texts| {
                texts
                    .iter()
                    .map(|&t| {
                        let own = &self.texts[t].features;
                        let quoted = own.iter().filter(|f| wanted.contains(*f)).count();
                        quoted as f64 / own.len().max(1) as f64
                    })
                    .fold(0.0, f64::max)
            })
            .collect();

        let mut scored: Vec<(usize, f64, f64)> = Vec::new();
        for (s, texts) in self.docs.iter().enumerate() {
            let (mut covered, mut evidence) = (0.0, 0.0);
            for &(feature, r) in &rarity {
                let best = texts
                    .iter()
                    .filter(|&&t| contains(&self.texts[t], feature))
                    .map(|&t| self.texts[t].field.weight())
                    .fold(0.0, f64::max);
                if best > 0.0 {
                    covered += r * best;
                    evidence += r;
                }
            }
            let message = message_match[self.kb.solutions[s].entry];
            let score = 0.7 * covered / total + 0.3 * message;
            if evidence >= MIN_EVIDENCE || message >= QUOTES_MESSAGE {
                scored.push((s, score, message));
            }
        }

        let mut hits: Vec<Hit> = Vec::new();
        for (e, entry) in self.kb.entries.iter().enumerate() {
            let mut own: Vec<&(usize, f64, f64)> =
                scored.iter().filter(|(s, ..)| entry.solutions.contains(s)).collect();
            own.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let Some(&&(best, score, message)) = own.first() else {
                continue;
            };
            let solutions: Vec<usize> = own
                .iter()
                .filter(|(_, sc, _)| score - sc <= TIE)
                .map(|(s, ..)| *s)
                .collect();
            let id = if solutions.len() == 1 && entry.solutions.len() > 1 {
                self.kb.solutions[best].id.to_string()
            } else {
                entry.id.to_string()
            };
            hits.push(Hit {
                entry: e,
                passage: self.passage(best, &wanted, query, single),
                solutions,
                id,
                score,
                message_match: message,
            });
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry)));
        hits
    }

    /// The solution's text that best explains the query, with the matching parts marked.
    fn passage(&self, solution: usize, wanted: &HashSet<String>, query: &str, single: bool) -> Passage {
        // Also mark words as the query spelled them, before synonyms were rewritten.
        let mut marks = wanted.clone();
        marks.extend(if single {
            single_characters(&normalize(query))
        } else {
            features(&normalize(query))
        });
        let mut best: Option<(f64, Passage)> = None;
        for &t in &self.docs[solution] {
            let text = &self.texts[t];
            let matched: f64 = wanted
                .iter()
                .filter(|f| {
                    if single {
                        text.canonical.contains(f.as_str())
                    } else {
                        text.features.contains(*f)
                    }
                })
                .map(|f| self.rarity(f))
                .sum::<f64>()
                * text.field.weight();
            if best.as_ref().is_none_or(|(m, _)| matched > *m) {
                best = Some((
                    matched,
                    Passage {
                        field: text.field,
                        text: text.original.clone(),
                        spans: spans(&text.original, &marks, single),
                    },
                ));
            }
        }
        best.map(|(_, p)| p).unwrap_or(Passage {
            field: Field::Title,
            text: self.kb.entry_of(solution).title.clone(),
            spans: Vec::new(),
        })
    }
}

/// Byte ranges of `text` whose units form a marked feature, merged where they touch.
fn spans(text: &str, marks: &HashSet<String>, single: bool) -> Vec<Range<usize>> {
    let mapped = normalize_mapped(text);
    let chars: Vec<char> = mapped.iter().map(|(c, _)| *c).collect();
    let units = units(&chars);
    let unit_text = |r: &Range<usize>| chars[r.clone()].iter().collect::<String>();
    let mut marked = vec![false; units.len()];
    for (i, unit) in units.iter().enumerate() {
        if single || unit.len() >= 2 {
            marked[i] |= marks.contains(&unit_text(unit));
        }
        if let Some(next) = units.get(i + 1)
            && marks.contains(&format!("{}\u{1}{}", unit_text(unit), unit_text(next)))
        {
            marked[i] = true;
            marked[i + 1] = true;
        }
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, unit) in units.iter().enumerate().filter(|(i, _)| marked[*i]) {
        let range = mapped[unit.start].1.start..mapped[unit.end - 1].1.end;
        match out.last_mut() {
            // Touching, or separated only by characters search ignores (spaces, punctuation).
            Some(last) if i > 0 && marked[i - 1] => last.end = range.end,
            _ => out.push(range),
        }
    }
    out
}
