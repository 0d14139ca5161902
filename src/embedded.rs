//! The knowledge base compiled into the binary: `build.rs` loads and validates `faq/` and
//! stores the validated model, the model in each language as commands show it, and the search
//! index, so starting needs no YAML parsing and searching no index building.

use serde::Deserialize;

use crate::kb::{self, Diagnostic, Kb, KbSource};
use crate::lang::Lang;
use crate::search::Index;

static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb.postcard"));
static SHOWN_ZH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb-zh.postcard"));
static SHOWN_EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb-en.postcard"));
static INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));

/// The embedded knowledge base.
pub fn kb() -> Result<Kb, Vec<Diagnostic>> {
    decode(COMPILED)
}

/// The embedded knowledge base as shown in `lang`: what [`Kb::in_language`] makes of [`kb`].
pub fn shown(lang: Lang) -> Result<Kb, Vec<Diagnostic>> {
    decode(match lang {
        Lang::Zh => SHOWN_ZH,
        Lang::En => SHOWN_EN,
    })
}

/// The search index of the embedded knowledge base, read in place: what [`Index::new`] makes of
/// [`kb`].
pub fn index() -> Result<Index<'static>, Vec<Diagnostic>> {
    decode(INDEX)
}

fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, Vec<Diagnostic>> {
    // `build.rs` wrote these bytes from this very model, so reading them back cannot fail unless
    // the binary itself is damaged.
    postcard::from_bytes(bytes).map_err(|e| {
        vec![
            Diagnostic::new("faq", None, format!("内置知识库已损坏（{e}）。请重新安装 wecom-help。")).en(format!(
                "The embedded knowledge base is damaged ({e}). Reinstall wecom-help."
            )),
        ]
    })
}

/// A knowledge base ready for a command.
#[derive(Debug)]
pub struct Loaded {
    /// Its texts in the agent's language.
    pub kb: Kb,
    /// Where its search index comes from; search reads both languages.
    pub search: IndexSource,
}

/// Where a knowledge base's search index comes from.
#[derive(Debug)]
pub enum IndexSource {
    /// Compiled into the binary.
    Compiled,
    /// Built, when a command searches, from this knowledge base (in both its languages).
    Build(Kb),
}

impl IndexSource {
    /// The search index.
    pub fn index(&self) -> Result<Index<'static>, Vec<Diagnostic>> {
        match self {
            IndexSource::Compiled => index(),
            IndexSource::Build(kb) => Ok(Index::new(kb)),
        }
    }
}

/// Loads the knowledge base a source names, its texts in `lang`.
pub fn load(source: &KbSource, lang: Lang) -> Result<Loaded, Vec<Diagnostic>> {
    match source {
        KbSource::Embedded => Ok(Loaded {
            kb: shown(lang)?,
            search: IndexSource::Compiled,
        }),
        KbSource::Dir(dir) => {
            let kb = kb::load_dir(dir)?;
            Ok(Loaded {
                kb: kb.in_language(lang),
                search: IndexSource::Build(kb),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    // Tests run in the package folder, as the build script does: the same paths.
    fn fresh() -> Kb {
        let mut kb = kb::load_dir(Path::new("faq")).unwrap();
        kb.origin = KbSource::Embedded.describe();
        kb
    }

    #[test]
    fn the_compiled_copy_is_the_knowledge_base_in_faq() {
        assert!(
            kb().unwrap() == fresh(),
            "the embedded knowledge base is stale: rebuild"
        );
    }

    #[test]
    fn the_compiled_languages_are_the_knowledge_base_as_shown() {
        let fresh = fresh();
        for lang in [Lang::Zh, Lang::En] {
            assert!(
                shown(lang).unwrap() == fresh.in_language(lang),
                "{lang:?} is stale: rebuild"
            );
        }
    }

    #[test]
    fn the_compiled_index_is_the_index_of_faq() {
        let compiled = index().unwrap();
        assert!(
            compiled == Index::new(&fresh()),
            "the embedded search index is stale: rebuild"
        );
        assert!(
            compiled.is_borrowed(),
            "the compiled index should be read in place, not copied"
        );
    }
}
