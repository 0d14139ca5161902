//! Writes a valid synthetic knowledge base of N entries into DIR, for benchmarks:
//! `cargo run --release --example gen-kb -- N DIR`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (args.first().and_then(|n| n.parse::<usize>().ok()), args.get(1)) else {
        eprintln!("usage: gen-kb N DIR   (N entries, at least 2, written into DIR)");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    for (relative, text) in wecom_help::kb::synthetic::generate(n) {
        let path = dir.join(relative);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, text));
        if let Err(e) = written {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
