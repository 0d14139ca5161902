//! Validates `faq/` with the program's own loader (the `kb` crate) and compiles into the binary
//! what commands read: the knowledge base in each language as commands show it, the search
//! index, and the files' texts. A broken knowledge base fails the build; starting needs no YAML
//! parsing and searching no index building.

use std::env;
use std::path::{Path, PathBuf};

use kb::search::Index;
use kb::{Lang, Loaded};

fn main() {
    println!("cargo::rerun-if-changed=faq");
    let faq = Path::new("faq");
    let files = kb::read_files(faq).unwrap_or_else(|problems| fail(&problems));
    let Loaded { kb, untranslated } = match kb::from_files(&files, &faq.display().to_string()) {
        Ok(loaded) => loaded,
        Err(problems) => fail(&problems),
    };
    // The embedded knowledge base speaks both languages in full.
    if !untranslated.is_empty() {
        fail(&untranslated);
    }
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out, "kb-zh.postcard", &kb.in_language(Lang::Zh));
    write(&out, "kb-en.postcard", &kb.in_language(Lang::En));
    write(&out, "index.postcard", &Index::new(&kb));
    // The files as written, for `stats --weights`, which proposes its changes as a patch to them.
    write(&out, "sources.postcard", &files);
}

fn fail(problems: &[kb::Diagnostic]) -> ! {
    for problem in problems {
        println!("cargo::error={problem}");
    }
    std::process::exit(1);
}

fn write(out: &Path, name: &str, value: &impl serde::Serialize) {
    let bytes = postcard::to_allocvec(value).expect("the model serializes");
    std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
}
