//! Runs the built `wecom-help` binary for integration tests.
#![allow(dead_code)]

pub mod robot;
pub mod server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A finished run of the binary.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Panics with both streams when the exit code is not `code`.
    pub fn expect_code(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "exit code {} (wanted {code})\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    /// The exit code and both streams in one text, for a snapshot. A stream that does not end
    /// with a line break is marked, so that a missing one shows.
    pub fn snapshot(&self) -> String {
        let stream = |text: &str| match text {
            "" => String::new(),
            t if t.ends_with('\n') => t.to_owned(),
            t => format!("{t}\n(no line break at the end)\n"),
        };
        format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code,
            stream(&self.stdout),
            stream(&self.stderr)
        )
    }

    /// Parses standard output as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }
}

/// Runs `wecom-help` with `args`, no terminal, no colour settings from the environment, and
/// the embedded knowledge base unless the args say otherwise.
pub fn wecom(args: &[&str]) -> Run {
    wecom_env(args, &[])
}

/// Runs `wecom-help` with `args` from the package's folder (so relative paths such as
/// `tests/fixtures/valid` work and are printed the same everywhere), no terminal, standard input
/// empty, and none of the settings it reads from the environment except those in `env`: no
/// knowledge base, language, webhook, proxy or colour choice, and no `COLUMNS` for clap's help.
pub fn wecom_env(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = command(args);
    command.envs(env.iter().copied());
    let output: Output = command.output().expect("run wecom-help");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// Every solution of the embedded knowledge base, by number, in order (from `list`).
pub fn all_solutions() -> Vec<String> {
    let list = wecom(&["list", "--format", "json"]).expect_code(0).json();
    let mut all: Vec<String> = (list.as_array().unwrap().iter())
        .flat_map(|e| {
            e["solutions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_owned())
        })
        .collect();
    all.sort_unstable();
    all
}

/// The command [`wecom_env`] runs, before it runs: for a test that sets up the streams itself.
pub fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wecom-help"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::null())
        // No journal of this machine's is found in its data folder (`stats` would read it).
        .env("XDG_DATA_HOME", "/nonexistent/wecom-help-tests");
    for key in [
        "WECOM_HELP_KB",
        "WECOM_HELP_LANG",
        "WECOM_HELP_JOURNAL",
        "WECOM_HELP_WEBHOOK",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "NO_COLOR",
        "COLUMNS",
        "LINES",
        // A proxy would take the requests meant for a test's robot on 127.0.0.1.
        "ALL_PROXY",
        "all_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
    ] {
        command.env_remove(key);
    }
    command
}

/// The folder of a fixture knowledge base under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Runs `wecom-help` with `--kb` set to a fixture, then `args`.
pub fn wecom_kb(name: &str, args: &[&str]) -> Run {
    let kb = fixture(name);
    let mut all = vec!["--kb", kb.to_str().expect("UTF-8 path")];
    all.extend_from_slice(args);
    wecom(&all)
}

/// A copy of the `valid` fixture in a temporary folder, each file's text passed through `edit`
/// (with the file's path relative to the fixture).
pub fn valid_copy_with(edit: impl Fn(&str, String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join("entries")).expect("entries/");
    for name in [
        "questions.yaml",
        "entries/01.yaml",
        "entries/02.yaml",
        "entries/03.yaml",
    ] {
        let text = std::fs::read_to_string(fixture("valid").join(name)).expect("the valid fixture");
        std::fs::write(dir.path().join(name), edit(name, text)).expect("the copy");
    }
    dir
}

/// A copy of the folder `from` (a knowledge base: `faq/`, a fixture) in a temporary folder,
/// byte for byte, subfolders included.
pub fn copy_of(from: &Path) -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("a folder in the copy");
        for item in std::fs::read_dir(from).expect("the folder to copy") {
            let item = item.expect("an item of the folder");
            let target = to.join(item.file_name());
            if item.file_type().expect("its type").is_dir() {
                copy(&item.path(), &target);
            } else {
                std::fs::copy(item.path(), target).expect("the copy of a file");
            }
        }
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy(from, dir.path());
    dir
}

/// The commands, as the help of the whole command line lists them.
pub const COMMANDS: [&str; 11] = [
    "diagnose",
    "search",
    "list",
    "show",
    "tree",
    "completions",
    "man",
    "check",
    "serve",
    "stats",
    "help",
];

/// The rows `sql` reads from the journal at `path`, each as its columns' text (NULL for none).
pub fn journal_rows(path: &Path, sql: &str) -> Vec<Vec<String>> {
    let connection = rusqlite::Connection::open(path).expect("open the journal");
    let mut statement = connection.prepare(sql).expect("prepare");
    let columns = statement.column_count();
    statement
        .query_map([], |row| {
            (0..columns)
                .map(|i| {
                    let value: rusqlite::types::Value = row.get(i)?;
                    Ok(match value {
                        rusqlite::types::Value::Null => "NULL".to_owned(),
                        rusqlite::types::Value::Integer(n) => n.to_string(),
                        rusqlite::types::Value::Text(t) => t,
                        other => format!("{other:?}"),
                    })
                })
                .collect()
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}
