//! Ranks entries and solutions for a query in the employee's own words.

use std::ops::Range;

use super::normalize::{
    Feature, FeatureMap, FeatureSet, Synonyms, features, key, normalize, normalize_mapped, single_characters, units,
};
use crate::kb::Kb;
use crate::printable::printable;

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

/// One searchable text of the knowledge base.
#[derive(Debug)]
struct Text<'kb> {
    field: Field,
    original: &'kb str,
    /// Normalized, with synonyms rewritten.
    canonical: String,
    features: FeatureSet,
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
    texts: Vec<Text<'kb>>,
    /// For each solution, the texts that describe it: its entry's and its own.
    docs: Vec<Vec<usize>>,
    /// For each entry, the texts of its on-screen messages.
    messages: Vec<Vec<usize>>,
    /// How many entries a feature occurs in.
    df: FeatureMap<usize>,
    /// For each solution, the solutions it is related to, either way round.
    related: Vec<Vec<usize>>,
}

/// Matches weaker than this (summed rarity of the matched features) are no match at all.
const MIN_EVIDENCE: f64 = 1.6;
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

impl<'kb> Index<'kb> {
    pub fn new(kb: &'kb Kb) -> Self {
        let synonyms = Synonyms::new(&kb.synonyms, &kb.fillers);
        let mut index = Index {
            kb,
            synonyms,
            texts: Vec::new(),
            docs: vec![Vec::new(); kb.solutions.len()],
            messages: vec![Vec::new(); kb.entries.len()],
            df: FeatureMap::default(),
            related: vec![Vec::new(); kb.solutions.len()],
        };
        // An entry's references hold for each of its solutions; a reference to an entry means
        // each of that entry's solutions.
        for (s, solution) in kb.solutions.iter().enumerate() {
            for &id in kb.entry_of(s).related.iter().chain(&solution.related) {
                let targets: Vec<usize> = match (kb.solution_index(id), kb.entry(id.entry)) {
                    (Some(t), _) if id.case.is_some() => vec![t],
                    (_, Some(entry)) => entry.solutions.clone(),
                    _ => Vec::new(),
                };
                for t in targets {
                    index.related[s].push(t);
                    index.related[t].push(s);
                }
            }
        }
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
            // English texts match English queries; they count in the same fields.
            if let Some(en) = &entry.en {
                for message in &en.messages {
                    let t = index.add(Field::Message, message);
                    index.messages[e].push(t);
                    shared.push(t);
                }
                shared.push(index.add(Field::Title, &en.title));
                for symptom in &en.symptoms {
                    shared.push(index.add(Field::Symptom, symptom));
                }
                if let Some(cause) = &en.cause {
                    shared.push(index.add(Field::Cause, cause));
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
                        own.push(index.add(field, text));
                    }
                }
                for step in &solution.steps {
                    own.push(index.add(Field::Step, step));
                }
                if let Some(en) = &solution.en {
                    for (field, text) in [
                        (Field::Condition, &en.condition),
                        (Field::Cause, &en.cause),
                        (Field::Note, &en.note),
                    ] {
                        if let Some(text) = text {
                            own.push(index.add(field, text));
                        }
                    }
                    for step in &en.steps {
                        own.push(index.add(Field::Step, step));
                    }
                }
                for &t in &own {
                    in_entry.extend(index.texts[t].features.iter().copied());
                }
                index.docs[s] = own;
            }
            for feature in in_entry {
                *index.df.entry(feature).or_default() += 1;
            }
        }
        index
    }

    fn add(&mut self, field: Field, original: &'kb str) -> usize {
        let canonical = self.synonyms.canonical(&normalize(original));
        self.texts.push(Text {
            field,
            original,
            features: features(&canonical),
            canonical,
        });
        self.texts.len() - 1
    }

    /// How telling a feature is: high when few entries have it.
    /// (BM25's inverse document frequency, over entries.)
    fn rarity(&self, feature: Feature) -> f64 {
        let entries = self.kb.entries.len() as f64;
        let df = self.df.get(&feature).copied().unwrap_or(0) as f64;
        (1.0 + (entries - df + 0.5) / (df + 0.5)).ln()
    }

    /// The entries (or solutions) that match `query`, best first, at most `limit`; empty when
    /// nothing does.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let canonical = self.synonyms.canonical(&normalize(query));
        let mut wanted = features(&canonical);
        let mut probes: Vec<Probe> = wanted
            .iter()
            .map(|&key| Probe {
                key,
                character: None,
                rarity: self.rarity(key),
            })
            .collect();
        // A query of one Chinese character has no pair; match its characters instead.
        if probes.is_empty() {
            for c in single_characters(&canonical) {
                let key = key(&[&[c]]);
                wanted.insert(key);
                probes.push(Probe {
                    key,
                    character: Some(c),
                    rarity: self.rarity(key),
                });
            }
        }
        if probes.is_empty() {
            return Vec::new();
        }
        let total: f64 = probes.iter().map(|p| p.rarity).sum();

        let message_match: Vec<f64> = self
            .messages
            .iter()
            .map(|texts| {
                texts
                    .iter()
                    .map(|&t| {
                        let own = &self.texts[t].features;
                        let quoted = own.iter().filter(|f| wanted.contains(f)).count();
                        quoted as f64 / own.len().max(1) as f64
                    })
                    .fold(0.0, f64::max)
            })
            .collect();

        let mut own = vec![None; self.docs.len()];
        for (s, texts) in self.docs.iter().enumerate() {
            let (mut covered, mut evidence) = (0.0, 0.0);
            for probe in &probes {
                let best = texts
                    .iter()
                    .filter(|&&t| probe.found_in(&self.texts[t]))
                    .map(|&t| self.texts[t].field.weight())
                    .fold(0.0, f64::max);
                if best > 0.0 {
                    covered += probe.rarity * best;
                    evidence += probe.rarity;
                }
            }
            // The one text that explains most of the query: a query usually reads like one
            // passage, and long entries otherwise gather scattered common words.
            let passage = texts
                .iter()
                .map(|&t| self.explains(&self.texts[t], &probes))
                .fold(0.0, f64::max);
            let covered = PASSAGE_SHARE * passage + (1.0 - PASSAGE_SHARE) * covered;
            let message = message_match[self.kb.solutions[s].entry];
            // A few shared characters with a message ("管理员") say nothing; quoting one does.
            let quoted = if message >= QUOTES_PART { message } else { 0.0 };
            // Rare words are evidence enough; so is explaining nearly all of a query whose
            // words are common ("邀请").
            if evidence >= MIN_EVIDENCE.min(0.8 * total) || message >= QUOTES_MESSAGE {
                own[s] = Some((1.0 - MESSAGE_SHARE) * covered / total + MESSAGE_SHARE * quoted);
            }
        }
        // The knowledge base marks solutions that describe one scenario as related (3, 11 and
        // 16.1, say): each scores at least a share of its best related solution's own score.
        let scores: Vec<Option<f64>> = (0..own.len())
            .map(|s| {
                let borrowed = self.related[s].iter().filter_map(|&r| own[r]).fold(0.0, f64::max) * RELATED_SHARE;
                // Among solutions lifted to the same score, their own evidence decides.
                match own[s] {
                    Some(score) => Some(score.max(borrowed) + OWN_TIEBREAK * score.min(borrowed)),
                    None => (borrowed > 0.0).then_some(borrowed),
                }
            })
            .collect();

        let mut ranked: Vec<(usize, Vec<usize>, f64)> = Vec::new();
        for (e, entry) in self.kb.entries.iter().enumerate() {
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
                let entry = &self.kb.entries[e];
                let best = solutions[0];
                Hit {
                    entry: e,
                    id: if solutions.len() == 1 && entry.solutions.len() > 1 {
                        self.kb.solutions[best].id.to_string()
                    } else {
                        entry.id.to_string()
                    },
                    passage: self.passage(best, &probes, &marks),
                    solutions,
                    score,
                    message_match: message_match[e],
                }
            })
            .collect()
    }

    /// How much of the query one text explains: the rarity of what it matches, by its field.
    fn explains(&self, text: &Text<'kb>, probes: &[Probe]) -> f64 {
        probes
            .iter()
            .filter(|p| p.found_in(text))
            .map(|p| p.rarity)
            .sum::<f64>()
            * text.field.weight()
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
    fn passage(&self, solution: usize, probes: &[Probe], marks: &FeatureSet) -> Passage {
        let mut best: Option<(f64, usize)> = None;
        for &t in &self.docs[solution] {
            let explains = self.explains(&self.texts[t], probes);
            if best.is_none_or(|(b, _)| explains > b) {
                best = Some((explains, t));
            }
        }
        match best {
            Some((_, t)) => Passage {
                field: self.texts[t].field,
                text: printable(self.texts[t].original).into_owned(),
                spans: spans(self.texts[t].original, marks),
            },
            None => Passage {
                field: Field::Title,
                text: self.kb.entry_of(solution).title.clone(),
                spans: Vec::new(),
            },
        }
    }
}

/// One feature of a query, looked for in the knowledge base's texts.
struct Probe {
    key: Feature,
    /// Set for a one-character query, whose characters are looked for one by one.
    character: Option<char>,
    rarity: f64,
}

impl Probe {
    fn found_in(&self, text: &Text<'_>) -> bool {
        match self.character {
            Some(c) => text.canonical.contains(c),
            None => text.features.contains(&self.key),
        }
    }
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
    use crate::kb::from_yaml;

    const QUESTIONS: &str = "questions:\n  - {id: a, text: 甲？}\n  - {id: b, text: 乙？}\n";

    fn kb() -> Kb {
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
    fn unrelated_words_match_nothing() {
        let kb = kb();
        assert!(Index::new(&kb).search("今天天气怎么办", usize::MAX).is_empty());
        assert!(Index::new(&kb).search("，。！", usize::MAX).is_empty());
    }
}
