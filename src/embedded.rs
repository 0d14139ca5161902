//! The knowledge base compiled into the binary: `build.rs` loads and validates `faq/` and
//! stores the validated model, so starting needs no YAML parsing.

use crate::kb::{self, Diagnostic, Kb, KbSource};

static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb.postcard"));

/// The embedded knowledge base.
pub fn kb() -> Result<Kb, Vec<Diagnostic>> {
    // `build.rs` wrote these bytes from this very model, so reading them back cannot fail unless
    // the binary itself is damaged.
    postcard::from_bytes(COMPILED).map_err(|e| {
        vec![
            Diagnostic::new("faq", None, format!("内置知识库已损坏（{e}）。请重新安装 wecom-help。")).en(format!(
                "The embedded knowledge base is damaged ({e}). Reinstall wecom-help."
            )),
        ]
    })
}

/// Loads the knowledge base a source names.
pub fn load(source: &KbSource) -> Result<Kb, Vec<Diagnostic>> {
    match source {
        KbSource::Embedded => kb(),
        KbSource::Dir(dir) => kb::load_dir(dir),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn the_compiled_copy_is_the_knowledge_base_in_faq() {
        // Tests run in the package folder, as the build script does: the same paths.
        let fresh = kb::load_dir(Path::new("faq")).unwrap();
        let mut compiled = kb().unwrap();
        compiled.origin.clone_from(&fresh.origin);
        assert!(compiled == fresh, "the embedded knowledge base is stale: rebuild");
    }
}
