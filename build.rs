// Validates `faq/` with the program's own loader and compiles the validated knowledge base into
// the binary, so a broken knowledge base fails the build and starting needs no YAML parsing.
//
// The loader's modules are compiled here as they are; functions only the program uses are dead
// code in this script.
#![allow(dead_code, unused_imports)]

#[path = "src/lang.rs"]
mod lang;
#[path = "src/search/normalize.rs"]
mod normalize;
#[path = "src/printable.rs"]
mod printable;
mod search {
    pub use super::normalize::normalize;
}
#[path = "src/kb/mod.rs"]
mod kb;

use std::path::{Path, PathBuf};

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
    let bytes = postcard::to_allocvec(&kb).expect("the model serializes");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("kb.postcard"), bytes).expect("OUT_DIR is writable");
}
