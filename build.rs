// Validates `faq/` with the program's own loader and compiles into the binary what commands
// read: the validated knowledge base, the same in each language as commands show it, and the
// search index. A broken knowledge base fails the build; starting needs no YAML parsing and
// searching no index building.
//
// The loader's and search's modules are compiled here as they are; functions only the program
// uses are dead code in this script.
#![allow(dead_code, unused_imports)]

#[path = "src/kb/mod.rs"]
mod kb;
#[path = "src/lang.rs"]
mod lang;
#[path = "src/printable.rs"]
mod printable;
#[path = "src/search/mod.rs"]
mod search;

use std::path::{Path, PathBuf};

use lang::Lang;

fn main() {
    println!("cargo::rerun-if-changed=faq");
    let source = Path::new("faq");
    let mut kb = match kb::load_dir(source) {
        Ok(kb) => kb,
        Err(problems) => {
            for problem in &problems {
                println!("cargo::error={problem}");
            }
            std::process::exit(1);
        }
    };
    kb.origin = kb::KbSource::Embedded.describe();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out, "kb.postcard", &kb);
    for lang in [Lang::Zh, Lang::En] {
        let shown = kb.in_language(lang);
        let code = lang.pick("zh", "en");
        write(&out, &format!("kb-{code}.postcard"), &shown);
        write(&out, &format!("contents-{code}.postcard"), &shown.contents());
        // Each entry's excerpt on its own, so that `show` decodes only the one it shows.
        let excerpts: Vec<(u32, Vec<u8>)> = (shown.entries.iter().enumerate())
            .map(|(i, e)| {
                (
                    e.id,
                    postcard::to_allocvec(&shown.excerpt(i)).expect("the model serializes"),
                )
            })
            .collect();
        write(&out, &format!("excerpts-{code}.postcard"), &excerpts);
    }
    write(&out, "index.postcard", &search::Index::new(&kb));
}

fn write(out: &Path, name: &str, value: &impl serde::Serialize) {
    let bytes = postcard::to_allocvec(value).expect("the model serializes");
    std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
}
