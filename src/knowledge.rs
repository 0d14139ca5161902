//! The knowledge base a command reads: the one compiled into the binary, or a folder given
//! with `--kb`. `build.rs` validates `faq/` and stores it in each language as commands show it,
//! with its search index, so starting needs no YAML parsing and searching no index building.

use serde::Deserialize;

use crate::kb::search::Index;
use crate::kb::{self, Diagnostic, Kb, KbSource, Lang, message};

static SHOWN_ZH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb-zh.postcard"));
static SHOWN_EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb-en.postcard"));
static INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));

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
        match &self.folder {
            None => decode(match self.lang {
                Lang::Zh => SHOWN_ZH,
                Lang::En => SHOWN_EN,
            }),
            Some(loaded) => Ok(loaded.kb.in_language(self.lang)),
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
