//! The knowledge base a command reads: the one compiled into the binary, or a folder given
//! with `--kb`. `build.rs` validates `faq/` and stores it in each language as commands show it,
//! with its search index, so starting needs no YAML parsing and searching no index building.

use serde::Deserialize;

use crate::kb::search::Index;
use crate::kb::{self, Bilingual, Diagnostic, Kb, KbSource, Lang};

static SHOWN_ZH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb-zh.postcard"));
static SHOWN_EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb-en.postcard"));
static INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));

/// A knowledge base ready for a command.
#[derive(Debug)]
pub struct Knowledge {
    /// Its texts in the agent's language.
    pub kb: Kb,
    /// Questions and entries without English; `check` refuses them. The embedded knowledge base
    /// has none: the build refuses it otherwise.
    pub untranslated: Vec<Diagnostic>,
    /// The knowledge base in both languages, for a folder; search indexes both.
    bilingual: Option<Bilingual>,
}

impl Knowledge {
    /// The search index: the compiled one, or one built from the folder's knowledge base.
    pub fn index(&self) -> Result<Index, Vec<Diagnostic>> {
        match &self.bilingual {
            None => decode(INDEX),
            Some(bilingual) => Ok(Index::new(bilingual)),
        }
    }
}

/// Loads the knowledge base a source names, its texts in `lang`.
pub fn load(source: &KbSource, lang: Lang) -> Result<Knowledge, Vec<Diagnostic>> {
    match source {
        KbSource::Embedded => Ok(Knowledge {
            kb: decode(lang.pick(SHOWN_ZH, SHOWN_EN))?,
            untranslated: Vec::new(),
            bilingual: None,
        }),
        KbSource::Dir(dir) => {
            let kb::Loaded { kb, untranslated } = kb::load_dir(dir)?;
            Ok(Knowledge {
                kb: kb.in_language(lang),
                untranslated,
                bilingual: Some(kb),
            })
        }
    }
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
