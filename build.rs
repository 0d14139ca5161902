// Validates `faq/` with the program's own loader and compiles into the binary what commands
// read: the validated knowledge base, the same in each language as commands show it, and the
// search index. A broken knowledge base fails the build; starting needs no YAML parsing and
// searching no index building.
//
// It also asks the linker to lay out side by side the functions the everyday commands run
// (`order_startup_code`).
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

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
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
    order_startup_code(&out);
}

/// Gives the linker `link/startup.order` (written by bench/startup-order.sh), the functions the
/// everyday commands run, to place side by side: a process then maps in one stretch of code
/// instead of pages from all over the binary, which is most of what it costs to start beyond a
/// hello world. LLD (Rust's linker on x86-64 Linux) takes such a list; GNU ld and mold do not, so
/// the option is first tried on an empty program. Only release builds are ordered: the names in
/// the list are those of the release binary built without `--target`.
fn order_startup_code(out: &Path) {
    println!("cargo::rerun-if-changed=link/startup.order");
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let order = manifest.join("link").join("startup.order");
    let release = env::var("PROFILE").is_ok_and(|p| p == "release");
    // `-Wl,` splits what follows at commas.
    let Some(order) = order
        .to_str()
        .filter(|o| release && !o.contains(',') && order.is_file())
    else {
        return;
    };
    // Names the binary lacks are skipped; the list may be older than the compiler.
    let args = [
        format!("-Wl,--symbol-ordering-file={order}"),
        "-Wl,--no-warn-symbol-ordering".to_owned(),
    ];
    if links_with(out, &args) {
        for arg in args {
            println!("cargo::rustc-link-arg-bins={arg}");
        }
    }
}

/// Whether an empty program links with these linker arguments, built as the crate is (target,
/// linker, flags). Flags given only to `cargo rustc -- …` are not seen here: to link that way with
/// a linker that does not take the list, remove `link/startup.order` first.
fn links_with(out: &Path, args: &[String]) -> bool {
    let source = out.join("probe.rs");
    if std::fs::write(&source, "fn main() {}\n").is_err() {
        return false;
    }
    let mut rustc = Command::new(env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()));
    rustc
        .arg("--crate-type=bin")
        .arg("-o")
        .arg(out.join("probe"))
        .arg(&source);
    if let Some(target) = env::var_os("TARGET") {
        rustc.arg("--target").arg(target);
    }
    if let Some(linker) = env::var_os("RUSTC_LINKER") {
        rustc.arg("-C").arg(format!("linker={}", linker.to_string_lossy()));
    }
    let flags = env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    rustc.args(flags.split('\x1f').filter(|f| !f.is_empty()));
    rustc.args(args.iter().map(|arg| format!("-Clink-arg={arg}")));
    rustc.stdout(Stdio::null()).stderr(Stdio::null());
    rustc.status().is_ok_and(|status| status.success())
}

fn write(out: &Path, name: &str, value: &impl serde::Serialize) {
    let bytes = postcard::to_allocvec(value).expect("the model serializes");
    std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
}
