//! The knowledge base compiled into the binary: `build.rs` loads and validates `faq/` and
//! stores the validated model, the model in each language as commands show it (whole, its table
//! of contents, and each entry's excerpt), and the search index, so starting needs no YAML
//! parsing, searching no index building, and `list`, `show` and `search` decode only what they
//! show.

use serde::Deserialize;

use crate::kb::{self, Contents, Diagnostic, Kb, KbSource, SolutionId};
use crate::lang::Lang;
use crate::search::Index;

static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb.postcard"));
static SHOWN_ZH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb-zh.postcard"));
static SHOWN_EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb-en.postcard"));
static CONTENTS_ZH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/contents-zh.postcard"));
static CONTENTS_EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/contents-en.postcard"));
static EXCERPTS_ZH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/excerpts-zh.postcard"));
static EXCERPTS_EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/excerpts-en.postcard"));
static INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));

/// The embedded knowledge base.
pub fn kb() -> Result<Kb, Vec<Diagnostic>> {
    decode(COMPILED)
}

/// The embedded knowledge base as shown in `lang`: what [`Kb::in_language`] makes of [`kb`].
pub fn shown(lang: Lang) -> Result<Kb, Vec<Diagnostic>> {
    decode(lang.pick(SHOWN_ZH, SHOWN_EN))
}

/// The table of contents of the embedded knowledge base as shown in `lang`.
pub fn contents(lang: Lang) -> Result<Contents, Vec<Diagnostic>> {
    decode(lang.pick(CONTENTS_ZH, CONTENTS_EN))
}

/// The excerpt of entry `id` of the embedded knowledge base as shown in `lang` (what
/// [`Kb::excerpt`] makes of it); `None` when there is no such entry.
pub fn excerpt(lang: Lang, id: u32) -> Result<Option<Kb>, Vec<Diagnostic>> {
    // Every excerpt's bytes, each read only when asked for.
    let excerpts: Vec<(u32, &[u8])> = decode(lang.pick(EXCERPTS_ZH, EXCERPTS_EN))?;
    match excerpts.iter().find(|&&(entry, _)| entry == id) {
        Some(&(_, bytes)) => decode(bytes).map(Some),
        None => Ok(None),
    }
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

/// The table of contents of the knowledge base a source names, in `lang`.
pub fn load_contents(source: &KbSource, lang: Lang) -> Result<Contents, Vec<Diagnostic>> {
    match source {
        KbSource::Embedded => contents(lang),
        KbSource::Dir(_) => Ok(load(source, lang)?.kb.contents()),
    }
}

/// What `show` reads to show `given` (an entry or solution number) from the knowledge base a
/// source names, in `lang`: only that entry's excerpt where the embedded knowledge base has it,
/// else the whole knowledge base (which also answers for a number it does not have).
pub fn load_for_show(source: &KbSource, lang: Lang, given: &str) -> Result<Kb, Vec<Diagnostic>> {
    if let (KbSource::Embedded, Ok(id)) = (source, given.parse::<SolutionId>())
        && let Some(excerpt) = excerpt(lang, id.entry)?
    {
        return Ok(excerpt);
    }
    Ok(load(source, lang)?.kb)
}

/// What search reads of the knowledge base a source names: its table of contents in `lang`,
/// and its index.
pub fn load_for_search(source: &KbSource, lang: Lang) -> Result<(Contents, Index<'static>), Vec<Diagnostic>> {
    match source {
        KbSource::Embedded => Ok((contents(lang)?, index()?)),
        KbSource::Dir(_) => {
            let Loaded { kb, search } = load(source, lang)?;
            Ok((kb.contents(), search.index()?))
        }
    }
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

    #[test]
    fn the_compiled_parts_are_those_of_the_knowledge_base_as_shown() {
        let fresh = fresh();
        for lang in [Lang::Zh, Lang::En] {
            let shown = fresh.in_language(lang);
            assert!(
                contents(lang).unwrap() == shown.contents(),
                "{lang:?} contents are stale: rebuild"
            );
            for (i, entry) in shown.entries.iter().enumerate() {
                assert!(
                    excerpt(lang, entry.id).unwrap() == Some(shown.excerpt(i)),
                    "{lang:?} excerpt of {} is stale: rebuild",
                    entry.id
                );
            }
            assert!(excerpt(lang, 0).unwrap().is_none());
            assert!(excerpt(lang, 17).unwrap().is_none());
        }
    }

    #[test]
    fn show_reads_an_excerpt_of_the_embedded_knowledge_base_only() {
        let excerpt = load_for_show(&KbSource::Embedded, Lang::Zh, "16.2").unwrap();
        assert!(excerpt.entries.iter().any(|e| e.id == 16));
        assert!(excerpt.entries.len() < 16, "{} entries", excerpt.entries.len());
        // Numbers it does not have are answered from the whole knowledge base.
        for given in ["17", "abc", ""] {
            assert_eq!(
                load_for_show(&KbSource::Embedded, Lang::Zh, given)
                    .unwrap()
                    .entries
                    .len(),
                16
            );
        }
        let dir = KbSource::Dir("faq".into());
        assert_eq!(load_for_show(&dir, Lang::Zh, "16").unwrap().entries.len(), 16);
    }
}
