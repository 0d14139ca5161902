//! Ranks entries and solutions for a query in the employee's own words.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::model::{Bilingual, Kb, SolutionId};
use crate::normalize::{
    Feature, FeatureMap, FeatureSet, Synonyms, features, key, normalize, normalize_mapped, single_characters, units,
};
use crate::printable::printable;

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
    fn weight(self) -> f64 {
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

/// A searchable text of the knowledge base.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct IndexedText {
    field: Field,
    /// As written.
    original: String,
    /// Normalized, with synonyms rewritten.
    canonical: String,
    /// How many features it has.
    features: u32,
}

/// A feature of the knowledge base's texts and where it occurs.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Posting {
    feature: Feature,
    /// How many entries have it.
    entries: u32,
    /// The texts it occurs in, ascending.
    texts: Vec<u32>,
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

/// What search needs to know of an entry.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct IndexedEntry {
    id: u32,
    /// Indices into the knowledge base's solutions.
    solutions: Vec<usize>,
    /// The text of its title.
    title: u32,
}

/// What search needs to know of a solution.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct IndexedSolution {
    id: SolutionId,
    /// Index into the knowledge base's entries.
    entry: usize,
}

/// The search index over a knowledge base, in both its languages. It stands on its own: the
/// index of the embedded knowledge base is built by `build.rs` and compiled into the binary;
/// that of a folder is built when a command first searches it.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    synonyms: Synonyms,
    texts: Vec<IndexedText>,
    entries: Vec<IndexedEntry>,
    solutions: Vec<IndexedSolution>,
    /// For each solution, the texts that describe it: its entry's and its own.
    docs: Vec<Vec<u32>>,
    /// For each entry, the texts of its on-screen messages.
    messages: Vec<Vec<u32>>,
    /// Every feature of the texts, sorted by feature.
    postings: Vec<Posting>,
    /// For each solution, the solutions it is related to, either way round.
    related: Vec<Vec<u32>>,
}

/// Matches weaker than this (summed rarity of the matched features) are no match at all.
const MIN_EVIDENCE: f64 = 1.6;
/// A query with more features than this needs more than one of them to match.
const LONE_FEATURE: usize = 3;
/// How much of the score comes from quoting an on-screen message (the rest from covering the
/// query).
const MESSAGE_SHARE: f64 = 0.3;
/// How much of the coverage comes from the single best text (the rest from the whole entry).
const PASSAGE_SHARE: f64 = 0.5;
/// The share of a related solution's score a solution is given.
const RELATED_SHARE: f64 = 0.9;
/// How much a solution's own score counts on top of a score lifted by a related one.
const OWN_TIEBREAK: f64 = 0.2;
/// Solutions of one entry scoring within this of its best are reported together.
const TIE: f64 = 0.02;
/// A query must contain at least this share of an on-screen message for the message to count.
const QUOTES_PART: f64 = 0.4;
/// A query quoting at least this share of an on-screen message is taken to be that message.
pub const QUOTES_MESSAGE: f64 = 0.6;

impl Index {
    /// Builds the index of a knowledge base, over its texts in both languages.
    pub fn new(bilingual: &Bilingual) -> Self {
        let kb = &bilingual.kb;
        let mut texts = Texts {
            synonyms: Synonyms::new(&bilingual.synonyms, &bilingual.fillers),
            texts: Vec::new(),
            features: Vec::new(),
        };
        let mut entries = Vec::with_capacity(kb.entries.len());
        let mut docs: Vec<Vec<u32>> = vec![Vec::new(); kb.solutions.len()];
        let mut messages: Vec<Vec<u32>> = vec![Vec::new(); kb.entries.len()];
        let mut in_entries = FeatureMap::<u32>::default();
        for (e, entry) in kb.entries.iter().enumerate() {
            let mut shared = Vec::new();
            for message in &entry.messages {
                let t = texts.add(Field::Message, message);
                messages[e].push(t);
                shared.push(t);
            }
            let title = texts.add(Field::Title, &entry.title);
            shared.push(title);
            entries.push(IndexedEntry {
                id: entry.id,
                solutions: entry.solutions.clone(),
                title,
            });
            for symptom in &entry.symptoms {
                shared.push(texts.add(Field::Symptom, symptom));
            }
            if let Some(cause) = &entry.cause {
                shared.push(texts.add(Field::Cause, cause));
            }
            // English texts match English queries; they count in the same fields.
            if let Some(en) = &bilingual.english.entries[e] {
                for message in &en.messages {
                    let t = texts.add(Field::Message, message);
                    messages[e].push(t);
                    shared.push(t);
                }
                shared.push(texts.add(Field::Title, &en.title));
                for symptom in &en.symptoms {
                    shared.push(texts.add(Field::Symptom, symptom));
                }
                if let Some(cause) = &en.cause {
                    shared.push(texts.add(Field::Cause, cause));
                }
            }
            let mut in_entry = FeatureSet::default();
            for &s in &entry.solutions {
                let solution = &kb.solutions[s];
                let mut own = shared.clone();
                for (field, text) in [
                    (Field::Condition, &solution.condition),
                    (Field::Cause, &solution.cause),
                    (Field::Note, &solution.note),
                ] {
                    if let Some(text) = text {
                        own.push(texts.add(field, text));
                    }
                }
                for step in &solution.steps {
                    own.push(texts.add(Field::Step, step));
                }
                if let Some(en) = &bilingual.english.solutions[s] {
                    for (field, text) in [
                        (Field::Condition, &en.condition),
                        (Field::Cause, &en.cause),
                        (Field::Note, &en.note),
                    ] {
                        if let Some(text) = text {
                            own.push(texts.add(field, text));
                        }
                    }
                    for step in &en.steps {
                        own.push(texts.add(Field::Step, step));
                    }
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
        let mut postings: Vec<Posting> = (occurs.into_iter())
            .map(|(feature, texts)| Posting {
                feature,
                entries: in_entries.get(&feature).copied().unwrap_or(0),
                texts,
            })
            .collect();
        postings.sort_unstable_by_key(|p| p.feature);
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
struct Texts {
    synonyms: Synonyms,
    texts: Vec<IndexedText>,
    /// The features of each text.
    features: Vec<FeatureSet>,
}

impl Texts {
    fn add(&mut self, field: Field, original: &str) -> u32 {
        let canonical = self.synonyms.canonical(&normalize(original));
        let features = features(&canonical);
        self.texts.push(IndexedText {
            field,
            original: original.to_owned(),
            canonical,
            features: features.len() as u32,
        });
        self.features.push(features);
        (self.texts.len() - 1) as u32
    }
}

impl Index {
    /// A feature of the query: how telling it is, and the texts it is found in.
    fn probe(&self, key: Feature, character: Option<char>) -> Probe {
        let posting = (self.postings.binary_search_by_key(&key, |p| p.feature))
            .ok()
            .map(|i| &self.postings[i]);
        let mut texts = TextSet::new(self.texts.len());
        match character {
            Some(c) => {
                for (t, text) in self.texts.iter().enumerate() {
                    if text.canonical.contains(c) {
                        texts.insert(t);
                    }
                }
            }
            None => posting
                .into_iter()
                .flat_map(|p| &p.texts)
                .for_each(|&t| texts.insert(t as usize)),
        }
        let entries = posting.map_or(0, |p| p.entries);
        Probe {
            character,
            rarity: self.rarity(entries),
            texts,
        }
    }

    /// How telling a feature is that this many entries have: high when few do.
    /// (BM25's inverse document frequency, over entries.)
    fn rarity(&self, entries_with_it: u32) -> f64 {
        let entries = self.entries.len() as f64;
        let df = f64::from(entries_with_it);
        (1.0 + (entries - df + 0.5) / (df + 0.5)).ln()
    }

    /// The entries (or solutions) that match `query`, best first, at most `limit`; empty when
    /// nothing does.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let canonical = self.synonyms.canonical(&normalize(query));
        let mut wanted = features(&canonical);
        let mut probes: Vec<Probe> = wanted.iter().map(|&key| self.probe(key, None)).collect();
        // A query of one Chinese character has no pair; match its characters instead.
        if probes.is_empty() {
            for c in single_characters(&canonical) {
                let key = key(&[&[c]]);
                wanted.insert(key);
                probes.push(self.probe(key, Some(c)));
            }
        }
        if probes.is_empty() {
            return Vec::new();
        }
        let total: f64 = probes.iter().map(|p| p.rarity).sum();
        // What each text explains of the query, and which of its features each text holds:
        // reckoned once, though most texts belong to several solutions.
        let mut explained = vec![0.0; self.texts.len()];
        let mut found = Found::new(self.texts.len(), probes.len());
        for (p, probe) in probes.iter().enumerate() {
            for t in probe.texts.iter() {
                explained[t] += probe.rarity;
                found.insert(t, p);
            }
        }

        // A text's features are pairs and words of two or more letters, never one character:
        // only the query's features count here.
        let features = || probes.iter().filter(|p| p.character.is_none());
        let message_match: Vec<f64> = (0..self.messages.len())
            .map(|e| {
                (self.messages[e].iter())
                    .map(|&t| {
                        let t = t as usize;
                        let quoted = features().filter(|p| p.texts.contains(t)).count();
                        quoted as f64 / f64::from(self.texts[t].features.max(1))
                    })
                    .fold(0.0, f64::max)
            })
            .collect();

        let mut own = vec![None; self.docs.len()];
        // For each probe, the weightiest field of the solution it is found in.
        let mut best = vec![0.0; probes.len()];
        for s in 0..self.docs.len() {
            best.fill(0.0);
            // The one text that explains most of the query: a query usually reads like one
            // passage, and long entries otherwise gather scattered common words.
            let mut passage: f64 = 0.0;
            for t in self.docs[s].iter().map(|&t| t as usize).filter(|&t| found.any(t)) {
                let weight = self.texts[t].field.weight();
                for p in found.probes(t) {
                    best[p] = f64::max(best[p], weight);
                }
                passage = passage.max(self.explains(t, &explained));
            }
            let (mut covered, mut evidence, mut matched) = (0.0, 0.0, 0usize);
            for (&best, probe) in best.iter().zip(&probes) {
                if best > 0.0 {
                    covered += probe.rarity * best;
                    evidence += probe.rarity;
                    matched += 1;
                }
            }
            let covered = PASSAGE_SHARE * passage + (1.0 - PASSAGE_SHARE) * covered;
            let message = message_match[self.solutions[s].entry];
            // A few shared characters with a message ("管理员") say nothing; quoting one does.
            let quoted = if message >= QUOTES_PART { message } else { 0.0 };
            // Rare words are evidence enough; so is explaining nearly all of a query whose
            // words are common ("邀请").
            // One pair found in a long query may be chance ("这个" of "这个月工资条在哪查").
            let chance = matched == 1 && probes.len() > LONE_FEATURE;
            if (!chance && evidence >= MIN_EVIDENCE.min(0.8 * total)) || message >= QUOTES_MESSAGE {
                own[s] = Some((1.0 - MESSAGE_SHARE) * covered / total + MESSAGE_SHARE * quoted);
            }
        }
        // The knowledge base marks solutions that describe one scenario as related (3, 11 and
        // 16.1, say): each scores at least a share of its best related solution's own score.
        let scores: Vec<Option<f64>> = (0..own.len())
            .map(|s| {
                let borrowed = (self.related[s].iter())
                    .filter_map(|&r| own[r as usize])
                    .fold(0.0, f64::max)
                    * RELATED_SHARE;
                // Among solutions lifted to the same score, their own evidence decides.
                match own[s] {
                    Some(score) => Some(score.max(borrowed) + OWN_TIEBREAK * score.min(borrowed)),
                    None => (borrowed > 0.0).then_some(borrowed),
                }
            })
            .collect();

        let mut ranked: Vec<(usize, Vec<usize>, f64)> = Vec::new();
        for (e, entry) in self.entries.iter().enumerate() {
            let mut own: Vec<(usize, f64)> = entry
                .solutions
                .iter()
                .filter_map(|&s| scores[s].map(|score| (s, score)))
                .collect();
            own.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            if let Some(&(_, score)) = own.first() {
                let solutions = own
                    .iter()
                    .filter(|(_, sc)| score - sc <= TIE)
                    .map(|(s, _)| *s)
                    .collect();
                ranked.push((e, solutions, score));
            }
        }
        ranked.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        ranked.truncate(limit);

        // Passages only for what is shown: marking matches is the costly part.
        let marks = self.marks(&wanted, query, probes.iter().any(|p| p.character.is_some()));
        ranked
            .into_iter()
            .map(|(e, solutions, score)| {
                let entry = &self.entries[e];
                let best = solutions[0];
                Hit {
                    entry: e,
                    id: if solutions.len() == 1 && entry.solutions.len() > 1 {
                        self.solutions[best].id.to_string()
                    } else {
                        entry.id.to_string()
                    },
                    passage: self.passage(best, &explained, &marks),
                    solutions,
                    score,
                    message_match: message_match[e],
                }
            })
            .collect()
    }

    /// How much of the query one text explains: the rarity of what it matches (`explained`,
    /// by text), by its field.
    fn explains(&self, text: usize, explained: &[f64]) -> f64 {
        explained[text] * self.texts[text].field.weight()
    }

    /// What to mark in passages: the query's features, also as it spelled them before synonyms
    /// were rewritten.
    fn marks(&self, wanted: &FeatureSet, query: &str, single: bool) -> FeatureSet {
        let mut marks = wanted.clone();
        let normalized = normalize(query);
        if single {
            marks.extend(single_characters(&normalized).into_iter().map(|c| key(&[&[c]])));
        } else {
            marks.extend(features(&normalized));
        }
        marks
    }

    /// The solution's text that best explains the query, with the matching parts marked.
    fn passage(&self, solution: usize, explained: &[f64], marks: &FeatureSet) -> Passage {
        let mut best: Option<(f64, usize)> = None;
        for t in self.docs[solution].iter().map(|&t| t as usize) {
            let explains = self.explains(t, explained);
            if best.is_none_or(|(b, _)| explains > b) {
                best = Some((explains, t));
            }
        }
        match best {
            Some((_, t)) => {
                let text = &self.texts[t];
                Passage {
                    field: text.field,
                    text: printable(&text.original).into_owned(),
                    spans: spans(&text.original, marks),
                }
            }
            None => {
                let title = self.entries[self.solutions[solution].entry].title;
                Passage {
                    field: Field::Title,
                    text: printable(&self.texts[title as usize].original).into_owned(),
                    spans: Vec::new(),
                }
            }
        }
    }
}

/// One feature of a query, looked for in the knowledge base's texts.
struct Probe {
    /// Set for a one-character query, whose characters are looked for one by one.
    character: Option<char>,
    rarity: f64,
    /// The texts it is found in.
    texts: TextSet,
}

/// For each text of an index, the query's probes (by number) found in it.
struct Found {
    /// `words` bit-words per text.
    bits: Vec<u64>,
    words: usize,
}

impl Found {
    fn new(texts: usize, probes: usize) -> Self {
        let words = probes.div_ceil(64);
        Found {
            bits: vec![0; texts * words],
            words,
        }
    }

    fn insert(&mut self, text: usize, probe: usize) {
        self.bits[text * self.words + probe / 64] |= 1 << (probe % 64);
    }

    fn of(&self, text: usize) -> &[u64] {
        &self.bits[text * self.words..(text + 1) * self.words]
    }

    /// Whether any probe is found in the text.
    fn any(&self, text: usize) -> bool {
        self.of(text).iter().any(|&word| word != 0)
    }

    /// The probes found in the text, ascending.
    fn probes(&self, text: usize) -> impl Iterator<Item = usize> + '_ {
        ones(self.of(text))
    }
}

/// A set of texts of an index, by number.
struct TextSet(Vec<u64>);

impl TextSet {
    fn new(texts: usize) -> Self {
        TextSet(vec![0; texts.div_ceil(64)])
    }

    fn insert(&mut self, text: usize) {
        self.0[text / 64] |= 1 << (text % 64);
    }

    fn contains(&self, text: usize) -> bool {
        self.0[text / 64] & (1 << (text % 64)) != 0
    }

    /// The texts in the set, ascending.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        ones(&self.0)
    }
}

/// The numbers of the bits set in bit-words, ascending.
fn ones(words: &[u64]) -> impl Iterator<Item = usize> + '_ {
    words.iter().enumerate().flat_map(|(i, &word)| {
        let mut rest = word;
        std::iter::from_fn(move || {
            (rest != 0).then(|| {
                let bit = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                i * 64 + bit
            })
        })
    })
}

/// Byte ranges of `text` whose units form a marked feature, merged where they touch.
fn spans(text: &str, marks: &FeatureSet) -> Vec<Range<usize>> {
    let mapped = normalize_mapped(text);
    let chars: Vec<char> = mapped.iter().map(|(c, _)| *c).collect();
    let units = units(&chars);
    let mut marked = vec![false; units.len()];
    for (i, unit) in units.iter().enumerate() {
        marked[i] |= marks.contains(&key(&[&chars[unit.clone()]]));
        if let Some(next) = units.get(i + 1)
            && marks.contains(&key(&[&chars[unit.clone()], &chars[next.clone()]]))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::from_yaml;

    const QUESTIONS: &str = "questions:\n  - {id: a, text: 甲？}\n  - {id: b, text: 乙？}\n";

    fn kb() -> Bilingual {
        let entry = |id: u32, facts: &str, extra: &str| {
            format!(
                "id: {id}\ncategory: 测试\ntitle: 条目{id}的标题\nfacts: {{{facts}}}\n{extra}solutions:\n  - steps: [重新登录]\n"
            )
        };
        let mut kb = from_yaml(
            QUESTIONS,
            &[
                &entry(1, "a: true, b: true", "messages: [你的账号已被禁用，请联系管理员]\n"),
                &entry(2, "a: false", "symptoms: [收不到企业微信的邀请]\nrelated: [\"3\"]\n"),
                &entry(3, "a: true, b: false", "symptoms: [同事的账号给了新员工]\n"),
            ],
        );
        kb.synonyms = vec![vec!["企业微信".into(), "企微".into()]];
        kb.fillers = vec!["怎么办".into()];
        kb
    }

    #[test]
    fn quoting_most_of_a_message_finds_its_entry() {
        let kb = kb();
        let hits = Index::new(&kb).search("账号已被禁用了 请联系管理员", usize::MAX);
        assert_eq!(hits[0].id, "1");
        assert!(hits[0].message_match >= QUOTES_MESSAGE);
        assert_eq!(hits[0].passage.field, Field::Message);
        let marked = &hits[0].passage.text[hits[0].passage.spans[0].clone()];
        assert!(marked.starts_with("账号已被禁用"), "{marked}");
    }

    #[test]
    fn synonyms_and_width_do_not_matter() {
        let kb = kb();
        let index = Index::new(&kb);
        assert_eq!(index.search("企微邀请收不到", usize::MAX)[0].id, "2");
        assert_eq!(index.search("ＦＵＬＬ宽 企微 邀请", usize::MAX)[0].id, "2");
    }

    #[test]
    fn a_related_entry_is_lifted_but_stays_below() {
        let kb = kb();
        let hits = Index::new(&kb).search("收不到企业微信的邀请", usize::MAX);
        let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids[..2], ["2", "3"]);
        assert!(hits[1].score < hits[0].score);
    }

    #[test]
    fn one_pair_found_by_chance_is_no_match() {
        let kb = crate::faq();
        let index = Index::new(&kb);
        // Of its eight pairs, one is in FAQ 4 ("这个账号") and another in FAQ 15 ("一个月").
        assert!(index.search("这个月工资条在哪查", usize::MAX).is_empty());
        // On its own it still finds the entry.
        assert_eq!(index.search("这个", usize::MAX)[0].id, "4");
    }

    #[test]
    fn unrelated_words_match_nothing() {
        let kb = kb();
        assert!(Index::new(&kb).search("今天天气怎么办", usize::MAX).is_empty());
        assert!(Index::new(&kb).search("，。！", usize::MAX).is_empty());
    }
}
