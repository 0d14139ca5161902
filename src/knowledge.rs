//! The knowledge base a command reads: the one compiled into the binary, or a folder given
//! with `--kb`. `build.rs` validates `faq/` and stores it in each language as commands show it,
//! with its search index, so starting needs no YAML parsing and searching no index building.

use serde::Deserialize;

use crate::error::Error;
use crate::kb::normalize::half_width;
use crate::kb::search::Index;
use crate::kb::{self, Diagnostic, Entry, Kb, KbSource, Lang, SolutionId, SourceFile, message};

static SHOWN_ZH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb-zh.postcard"));
static SHOWN_EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb-en.postcard"));
static INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));
static SOURCES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sources.postcard"));

/// A knowledge base ready for a command, which reads the parts it needs.
#[derive(Debug)]
pub struct Knowledge {
    /// The agent's language, which the knowledge base is shown in.
    lang: Lang,
    /// The knowledge base in both languages, for a folder; `None` for the embedded one.
    folder: Option<kb::Loaded>,
}

impl Knowledge {
    /// The knowledge base, its texts in the agent's language.
    pub fn kb(&self) -> Result<Kb, Vec<Diagnostic>> {
        self.kb_in(self.lang)
    }

    /// The knowledge base, its texts in `lang`: the web page speaks each reader's language.
    pub fn kb_in(&self, lang: Lang) -> Result<Kb, Vec<Diagnostic>> {
        match &self.folder {
            None => decode(match lang {
                Lang::Zh => SHOWN_ZH,
                Lang::En => SHOWN_EN,
            }),
            Some(loaded) => Ok(loaded.kb.in_language(lang)),
        }
    }

    /// The search index: the compiled one, or one built from the folder's knowledge base.
    pub fn index(&self) -> Result<Index, Vec<Diagnostic>> {
        match &self.folder {
            None => decode(INDEX),
            Some(loaded) => Ok(Index::new(&loaded.kb)),
        }
    }

    /// Questions and entries without English; `check` refuses them. The embedded knowledge base
    /// has none: the build refuses it otherwise.
    pub fn untranslated(&self) -> &[Diagnostic] {
        self.folder.as_ref().map_or(&[], |loaded| &loaded.untranslated)
    }
}

/// The knowledge base a source names, shown in `lang`: a folder is read and validated now.
pub fn load(source: &KbSource, lang: Lang) -> Result<Knowledge, Vec<Diagnostic>> {
    let folder = match source {
        KbSource::Embedded => None,
        KbSource::Dir(dir) => Some(kb::load_dir(dir)?),
    };
    Ok(Knowledge { lang, folder })
}

/// The knowledge base's files as written: the folder's, read now, or those `faq/` held when the
/// program was built. What `stats --weights` loads, edits and proposes a patch to.
pub fn files(source: &KbSource) -> Result<Vec<SourceFile>, Vec<Diagnostic>> {
    match source {
        KbSource::Embedded => decode(SOURCES),
        KbSource::Dir(dir) => kb::read_files(dir),
    }
}

/// An entry or solution number (`show 16`, `show 16.2`, `/faq/16.2`): the entry and the
/// solutions to show.
pub fn resolve<'kb>(kb: &'kb Kb, given: &str) -> Result<(&'kb Entry, Vec<usize>), Error> {
    let (first, last) = kb.id_range();
    let no_such = || Error::NoSuchEntry {
        given: given.to_owned(),
        first,
        last,
    };
    // Typed with a Chinese input method, digits and the point may come full-width: `１６．２`.
    let half: String = given.chars().map(half_width).collect();
    let id: SolutionId = half.parse().map_err(|()| no_such())?;
    let entry = kb.entry(id.entry).ok_or_else(no_such)?;
    match id.case {
        None => Ok((entry, entry.solutions.clone())),
        Some(_) => match kb.solution_index(id) {
            Some(s) => Ok((entry, vec![s])),
            // `show 15.1` for an entry with one solution means that solution.
            None if id.case == Some(1) && entry.solutions.len() == 1 => Ok((entry, entry.solutions.clone())),
            None => Err(Error::NoSuchSolution {
                given: given.to_owned(),
                entry: entry.id,
                choices: entry
                    .solutions
                    .iter()
                    .map(|&s| kb.solutions[s].id.to_string())
                    .collect(),
            }),
        },
    }
}

fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, Vec<Diagnostic>> {
    // `build.rs` wrote these bytes from this very model, so reading them back cannot fail unless
    // the binary itself is damaged.
    postcard::from_bytes(bytes).map_err(|e| {
        vec![Diagnostic::new(
            "faq",
            None,
            message!("error-kb-damaged", error = e.to_string()),
        )]
    })
}
