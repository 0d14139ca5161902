//! Ranks entries and solutions for a query in the employee's own words.

use super::highlight::Passage;
use super::index::Index;
use super::sets::{Found, TextSet};
use crate::lang::Lang;
use crate::normalize::{Feature, features, key, single_characters};

/// One result: an entry, or one solution of an entry when the query points at it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into `kb.entries`.
    pub entry: usize,
    /// The solutions the query points at (indices into `kb.solutions`), best first.
    pub solutions: Vec<usize>,
    /// "15", or "16.2" when the query points at one solution of several.
    pub id: String,
    /// The entry's title, in the language asked for.
    pub title: String,
    /// From 0 to 1: how much of the query the entry explains, and how much of an on-screen
    /// message the query quotes.
    pub score: f64,
    /// How much of the entry's best-matching on-screen message the query contains, 0 to 1.
    pub message_match: f64,
    pub passage: Passage,
    /// When too little of the entry matched the query to count and it is shown only because the
    /// knowledge base relates it to a solution that did: that solution, as shown ("16.1", "3").
    pub related_to: Option<String>,
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
    /// A feature of the query: how telling it is, and the texts it is found in.
    fn probe(&self, key: Feature) -> Probe {
        let (entries, occurs) = self.postings.get(key);
        let mut texts = TextSet::new(self.texts.len());
        occurs.iter().for_each(|&t| texts.insert(t as usize));
        Probe {
            character: None,
            rarity: self.rarity(entries),
            texts,
        }
    }

    /// The characters of a query too short for a pair, each a probe of its own. Characters are
    /// not features: they are looked for in the texts as search compares them, each text worked
    /// out once, so the work grows with the texts, not with the characters times the texts.
    fn character_probes(&self, characters: &[char]) -> Vec<Probe> {
        let mut probes: Vec<Probe> = (characters.iter())
            .map(|&c| Probe {
                character: Some(c),
                rarity: self.rarity(self.postings.get(key(&[&[c]])).0),
                texts: TextSet::new(self.texts.len()),
            })
            .collect();
        for t in 0..self.texts.len() {
            for c in self.canonical(&self.texts.written(t)).chars() {
                // `characters` is sorted (see `single_characters`).
                if let Ok(p) = characters.binary_search(&c) {
                    probes[p].texts.insert(t);
                }
            }
        }
        probes
    }

    /// How telling a feature is that this many entries have: high when few do.
    /// (BM25's inverse document frequency, over entries.)
    fn rarity(&self, entries_with_it: u32) -> f64 {
        let entries = self.entries.len() as f64;
        let df = f64::from(entries_with_it);
        (1.0 + (entries - df + 0.5) / (df + 0.5)).ln()
    }

    /// The entries (or solutions) that match `query`, best first, at most `limit`, with their
    /// titles in `lang`; empty when nothing does.
    pub fn search(&self, query: &str, limit: usize, lang: Lang) -> Vec<Hit> {
        let canonical = self.canonical(query);
        let mut wanted = features(&canonical);
        let mut probes: Vec<Probe> = wanted.iter().map(|&key| self.probe(key)).collect();
        // A query of one Chinese character has no pair; match its characters instead.
        if probes.is_empty() {
            let characters = single_characters(&canonical);
            wanted.extend(characters.iter().map(|&c| key(&[&[c]])));
            probes = self.character_probes(&characters);
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
                        quoted as f64 / f64::from(self.texts.features[t].max(1))
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
                let weight = self.texts.fields[t].weight();
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
        // The related solution each borrows from: the best scoring, the first of equals.
        let lender: Vec<Option<usize>> = (0..own.len())
            .map(|s| {
                (self.related[s].iter())
                    .filter_map(|&r| own[r as usize].map(|score| (r as usize, score)))
                    .fold(None, |best: Option<(usize, f64)>, (r, score)| match best {
                        Some((_, b)) if b >= score => best,
                        _ => Some((r, score)),
                    })
                    .map(|(r, _)| r)
            })
            .collect();
        let scores: Vec<Option<f64>> = (0..own.len())
            .map(|s| {
                let borrowed = lender[s].and_then(|r| own[r]).unwrap_or(0.0) * RELATED_SHARE;
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
                    title: self.title(e, lang),
                    passage: self.passage(best, &explained, &wanted),
                    related_to: (own[best].is_none())
                        .then(|| lender[best].map(|r| self.shown_id(r)))
                        .flatten(),
                    solutions,
                    score,
                    message_match: message_match[e],
                }
            })
            .collect()
    }

    /// Solution `s` as it is named: "16.1" in an entry of several, the entry's id otherwise.
    fn shown_id(&self, s: usize) -> String {
        let solution = &self.solutions[s];
        if self.entries[solution.entry].solutions.len() > 1 {
            solution.id.to_string()
        } else {
            self.entries[solution.entry].id.to_string()
        }
    }

    /// How much of the query one text explains: the rarity of what it matches (`explained`,
    /// by text), by its field.
    pub(super) fn explains(&self, text: usize, explained: &[f64]) -> f64 {
        explained[text] * self.texts.fields[text].weight()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::from_yaml;
    use crate::model::Bilingual;
    use crate::search::Field;

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
        let hits = Index::new(&kb).search("账号已被禁用了 请联系管理员", usize::MAX, Lang::Zh);
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
        assert_eq!(index.search("企微邀请收不到", usize::MAX, Lang::Zh)[0].id, "2");
        assert_eq!(index.search("ＦＵＬＬ宽 企微 邀请", usize::MAX, Lang::Zh)[0].id, "2");
    }

    #[test]
    fn a_related_entry_is_lifted_but_stays_below() {
        let kb = kb();
        let hits = Index::new(&kb).search("收不到企业微信的邀请", usize::MAX, Lang::Zh);
        let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids[..2], ["2", "3"]);
        assert!(hits[1].score < hits[0].score);
        // 3 matched nothing itself: it says which hit it is shown for.
        assert_eq!(hits[0].related_to, None);
        assert_eq!(hits[1].related_to.as_deref(), Some("2"));
    }

    #[test]
    fn one_pair_found_by_chance_is_no_match() {
        let kb = crate::faq();
        let index = Index::new(&kb);
        // Of its eight pairs, one is in FAQ 4 ("这个账号") and another in FAQ 15 ("一个月").
        assert!(index.search("这个月工资条在哪查", usize::MAX, Lang::Zh).is_empty());
        // On its own it still finds the entry.
        assert_eq!(index.search("这个", usize::MAX, Lang::Zh)[0].id, "4");
    }

    #[test]
    fn unrelated_words_match_nothing() {
        let kb = kb();
        assert!(
            Index::new(&kb)
                .search("今天天气怎么办", usize::MAX, Lang::Zh)
                .is_empty()
        );
        assert!(Index::new(&kb).search("，。！", usize::MAX, Lang::Zh).is_empty());
    }
}
