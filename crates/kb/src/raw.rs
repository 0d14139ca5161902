//! The YAML shapes of the knowledge-base files, exactly as a maintainer writes them.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

/// `questions.yaml`: the yes/no questions the wizard may ask, in order of preference.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestions {
    pub questions: Vec<RawQuestion>,
}

/// One question of `questions.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: String,
    pub text: String,
    /// The question in English.
    #[serde(default)]
    pub en: Option<String>,
    /// How the question reads as one option of a choice, where it is one.
    #[serde(default)]
    pub option: Option<String>,
    /// The option in English.
    #[serde(default)]
    pub option_en: Option<String>,
    /// Questions that must be answered 是 before this one makes sense.
    #[serde(default)]
    pub after: Vec<String>,
    /// Words that answer this question 是 when the caller's own description holds them.
    #[serde(default)]
    pub phrases: Vec<String>,
    /// For a choice: the yes/no questions it asks at once.
    #[serde(default)]
    pub options: Vec<String>,
}

/// `synonyms.yaml`: groups of words that mean the same to search.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSynonyms {
    pub synonyms: Vec<Vec<String>>,
    #[serde(default)]
    pub fillers: Vec<String>,
}

/// One entry file: a problem, what identifies it, and how to solve it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub id: u32,
    pub category: String,
    pub title: String,
    #[serde(default)]
    pub symptoms: Vec<String>,
    #[serde(default)]
    pub messages: Vec<String>,
    #[serde(default)]
    pub cause: Option<String>,
    #[serde(default)]
    pub weight: Option<f64>,
    #[serde(default, deserialize_with = "unique_facts")]
    pub facts: BTreeMap<String, bool>,
    /// The facts that must be answered 是 before a solution is concluded; by default, every
    /// fact stated true.
    #[serde(default)]
    pub confirm: Vec<String>,
    pub solutions: Vec<RawSolution>,
    #[serde(default)]
    pub related: Vec<RawRef>,
    /// The entry's texts in English, in the same shape as the Chinese ones.
    #[serde(default)]
    pub en: Option<RawEntryText>,
}

/// An entry's texts in another language: the same fields, item for item. Every field may be
/// left out: a field not translated yet shows the Chinese, and `check` reports it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntryText {
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub symptoms: Option<Vec<String>>,
    #[serde(default)]
    pub messages: Option<Vec<String>>,
    #[serde(default)]
    pub cause: Option<String>,
    #[serde(default)]
    pub solutions: Option<Vec<RawSolutionText>>,
}

/// A solution's texts in another language; every field may be left out, as an entry's may.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSolutionText {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub condition: Option<String>,
    #[serde(default)]
    pub cause: Option<String>,
    #[serde(default)]
    pub steps: Option<Vec<String>>,
    #[serde(default)]
    pub note: Option<String>,
}

/// One solution of an entry; an entry with several has a condition for each.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSolution {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub condition: Option<String>,
    #[serde(default)]
    pub cause: Option<String>,
    #[serde(default, deserialize_with = "unique_facts")]
    pub facts: BTreeMap<String, bool>,
    /// More facts to confirm for this solution, besides the entry's.
    #[serde(default)]
    pub confirm: Vec<String>,
    pub steps: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub related: Vec<RawRef>,
}

/// What a reference should be, as the parser's error says it; the loader recognizes it there
/// and names it in the reader's language.
pub const REF_EXPECTED: &str = "an entry number such as 3 or a quoted solution number such as \"16.1\"";

/// A reference to an entry (`3`) or one of its solutions (`"16.1"`), kept as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRef(pub String);

impl<'de> Deserialize<'de> for RawRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RefVisitor;

        impl Visitor<'_> for RefVisitor {
            type Value = RawRef;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(REF_EXPECTED)
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawRef, E> {
                Ok(RawRef(v.to_string()))
            }

            // A negative number is no entry number either; validation says so in the reader's
            // language, as for any other text that is not one.
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawRef, E> {
                Ok(RawRef(v.to_string()))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawRef, E> {
                Ok(RawRef(v.to_owned()))
            }

            // `16.1` unquoted is a float, and `16.10` would silently become `16.1`.
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawRef, E> {
                Err(E::custom(format_args!("unquoted solution number {v}")))
            }
        }

        deserializer.deserialize_any(RefVisitor)
    }
}

/// Facts, refusing a question stated twice: a map would keep the later answer and silently
/// change the diagnosis.
fn unique_facts<'de, D: Deserializer<'de>>(deserializer: D) -> Result<BTreeMap<String, bool>, D::Error> {
    struct FactsVisitor;

    impl<'de> Visitor<'de> for FactsVisitor {
        type Value = BTreeMap<String, bool>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut facts = BTreeMap::new();
            while let Some(id) = map.next_key::<String>()? {
                let value = map.next_value::<bool>()?;
                if facts.contains_key(&id) {
                    return Err(de::Error::custom(format_args!("duplicate fact `{id}`")));
                }
                facts.insert(id, value);
            }
            Ok(facts)
        }
    }

    deserializer.deserialize_map(FactsVisitor)
}
