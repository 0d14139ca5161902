//! `stats --weights`: weights proposed from journals of known mixes, the patch applied with
//! `git apply` and `patch`, `--apply` on copies of a knowledge base, and the refusals.
//!
//! Each journal is made by the binary (one `diagnose --journal` run, and one that the knowledge
//! base does not cover), then given more sessions by copying the first one's row with other
//! solutions, so that the mix is exact and the rows are those the program writes.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{Run, copy_of, fixture, wecom};

/// The fixture knowledge base whose tree the weights change: entry 1's question comes last.
const KB: &str = "tests/fixtures/weights";

/// Answers that reach entry 1 in the fixture with its weights as written, and answers that
/// reach nothing.
const FIXTURE_SEED: [&str; 2] = ["n,n,n,y", "n,n,n,n"];

/// The same for the FAQ.
const FAQ_SEED: [&str; 2] = ["has_message,msg_disabled", "none"];

/// The fixture's journal: entry 1 common, the others rare.
const FIXTURE_MIX: [(&str, u32); 5] = [("1", 60), ("2.1", 5), ("2.2", 3), ("3", 4), ("4", 6)];

/// A journal in a temporary folder: one session run by `wecom-help <kb> diagnose` with the
/// answers `seed` (taken out again at the end), one with `uncovered`, which ends "not covered",
/// and `mix` sessions with a result (solution, how many).
fn journal(kb: &[&str], [seed, uncovered]: [&str; 2], mix: &[(&str, u32)]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    let file = path.to_str().unwrap();
    let mut args = kb.to_vec();
    args.extend(["diagnose", "--journal", file, "--answers", seed]);
    wecom(&args).expect_code(0);
    let mut args = kb.to_vec();
    args.extend(["diagnose", "--journal", file, "--answers", uncovered]);
    wecom(&args).expect_code(1);
    let connection = rusqlite::Connection::open(&path).unwrap();
    for &(solution, sessions) in mix {
        for _ in 0..sessions {
            connection
                .execute(
                    "INSERT INTO sessions (at, channel, kb_version, lang, answers, said, matched, text, outcome,
                                           solutions, stopped_at, questions, feedback, token)
                     SELECT at, channel, kb_version, lang, answers, said, matched, text, outcome,
                            ?1, stopped_at, questions, feedback, NULL
                     FROM sessions WHERE id = 1",
                    [solution],
                )
                .unwrap();
        }
    }
    connection.execute("DELETE FROM sessions WHERE id = 1", []).unwrap();
    (dir, path)
}

/// The fixture's journal.
fn fixture_journal() -> (tempfile::TempDir, PathBuf) {
    journal(&["--kb", KB], FIXTURE_SEED, &FIXTURE_MIX)
}

/// `wecom-help --kb <kb> stats --weights --journal <journal> <more>`.
fn weights(kb: &str, journal: &Path, more: &[&str]) -> Run {
    let mut args = vec!["--kb", kb, "stats", "--weights", "--journal", journal.to_str().unwrap()];
    args.extend_from_slice(more);
    wecom(&args)
}

/// Runs `program args…` in `dir` with `input` on standard input; panics unless it succeeds.
fn tool(program: &str, args: &[&str], dir: &Path, input: &str) {
    use std::io::Write;
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} is needed for this test: {e}"));
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{program} {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every file of a folder, by its path inside it, with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for item in std::fs::read_dir(&folder).unwrap() {
            let path = item.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.push((path.strip_prefix(dir).unwrap().to_path_buf(), bytes));
            }
        }
    }
    out.sort();
    out
}

/// The lines of a text, each with its ending, leaving out the top-level `weight:` lines.
fn without_weights(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    (text.split_inclusive('\n'))
        .filter(|line| !line.starts_with("weight:"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn too_few_sessions_say_how_many_there_are_and_how_many_are_needed() {
    let (_dir, journal) = journal(&[], FAQ_SEED, &[("15", 6), ("16.2", 3)]);
    let run = weights("faq", &journal, &[]).expect_code(1);
    assert!(
        run.stdout.contains("只有 9 次得出结论的问诊，至少要 50 次"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("--- a/"), "{}", run.stdout);
    let run = weights("faq", &journal, &["--format", "json"]).expect_code(1);
    let json = run.json();
    assert_eq!(json["status"], "too_few");
    assert_eq!(
        (json["sessions"].as_u64(), json["minimum"].as_u64()),
        (Some(9), Some(50))
    );
    assert_eq!(json["patch"], serde_json::Value::Null);
}

/// On the FAQ, the situation choice and the questions' premises fix the tree: weights from a
/// skewed journal still favour the common entries, but save no question, so none is proposed.
#[test]
fn the_faq_gains_nothing_from_weights_and_says_so() {
    let mix = [
        ("15", 60),
        ("16.2", 30),
        ("1", 3),
        ("2.2", 4),
        ("5", 2),
        ("9.1", 2),
        ("10", 1),
    ];
    let (_dir, journal) = journal(&[], FAQ_SEED, &mix);
    let json = wecom(&[
        "stats",
        "--weights",
        "--journal",
        journal.to_str().unwrap(),
        "--format",
        "json",
    ])
    .expect_code(1)
    .json();
    assert_eq!(json["status"], "no_gain");
    assert_eq!(json["sessions"], 102);
    let expected = &json["expected_questions"];
    assert_eq!(expected["before"], expected["after"]);
    let proposed = |id: u64| {
        let entries = json["entries"].as_array().unwrap();
        let entry = entries.iter().find(|e| e["id"] == id).unwrap();
        entry["proposed"].as_f64().unwrap()
    };
    assert!(proposed(15) > proposed(16) && proposed(16) > proposed(14));
    assert!((1..=16).all(|id| proposed(id) > 0.0));
    assert_eq!(json["patch"], serde_json::Value::Null);
    let run = wecom(&["stats", "--weights", "--journal", journal.to_str().unwrap()]).expect_code(1);
    assert!(run.stdout.contains("建议的权重不会让问诊变短"), "{}", run.stdout);
    assert!(!run.stdout.contains("--- a/"), "{}", run.stdout);
}

#[test]
fn a_skewed_journal_proposes_weights_that_save_questions() {
    let (_dir, journal) = fixture_journal();
    let json = weights(KB, &journal, &["--format", "json"]).expect_code(0).json();
    assert_eq!(json["status"], "proposed");
    assert_eq!(
        (json["sessions"].as_u64(), json["minimum"].as_u64()),
        (Some(78), Some(50))
    );
    // The session that was not covered counts for nothing.
    assert_eq!(json["unknown"], 0);
    let entries = json["entries"].as_array().unwrap();
    let proposed: Vec<f64> = entries.iter().map(|e| e["proposed"].as_f64().unwrap()).collect();
    let sessions: Vec<u64> = entries.iter().map(|e| e["sessions"].as_u64().unwrap()).collect();
    assert_eq!(sessions, [60, 8, 4, 6]);
    assert_eq!(proposed, [3.7, 0.27, 0.3, 0.43]);
    assert!(proposed[1..].iter().all(|&w| w > 0.0 && w < proposed[0]));
    let (before, after) = (
        json["expected_questions"]["before"].as_f64().unwrap(),
        json["expected_questions"]["after"].as_f64().unwrap(),
    );
    assert!(after < before, "{before} -> {after}");
    assert!(
        json["patch"]
            .as_str()
            .unwrap()
            .starts_with("--- a/entries/01.yaml\n+++ b/entries/01.yaml\n")
    );
    assert_eq!(json["applied"], serde_json::json!([]));
}

/// A rare entry's weight never drops to zero, even when the journal never saw it.
#[test]
fn an_entry_never_seen_keeps_a_weight() {
    let (_dir, journal) = journal(&["--kb", KB], FIXTURE_SEED, &[("1", 70), ("4", 5)]);
    let json = weights(KB, &journal, &["--format", "json"]).expect_code(0).json();
    let entries = json["entries"].as_array().unwrap();
    assert_eq!(entries[2]["sessions"], 0);
    assert!(entries[2]["proposed"].as_f64().unwrap() > 0.0);
}

/// The whole text output, with the table and the figures before the patch, is what `git apply`
/// and `patch -p1` take in the knowledge-base folder; both give what `--apply` writes.
#[test]
fn the_patch_applies_with_git_and_patch_as_apply_writes_it() {
    let (_dir, journal) = fixture_journal();
    let patch = weights(KB, &journal, &[]).expect_code(0).stdout;
    let by_git = copy_of(&fixture("weights"));
    tool("git", &["apply", "--check", "-"], by_git.path(), &patch);
    tool("git", &["apply", "-"], by_git.path(), &patch);
    let by_patch = copy_of(&fixture("weights"));
    tool("patch", &["-p1", "--dry-run"], by_patch.path(), &patch);
    tool("patch", &["-p1", "--quiet"], by_patch.path(), &patch);
    let applied = copy_of(&fixture("weights"));
    let dir = applied.path().to_str().unwrap();
    weights(dir, &journal, &["--apply"]).expect_code(0);
    assert_eq!(files(by_git.path()), files(applied.path()));
    assert_eq!(files(by_patch.path()), files(applied.path()));
}

#[test]
fn apply_changes_the_weight_lines_only_and_check_accepts_the_result() {
    let (_dir, journal) = fixture_journal();
    let copy = copy_of(&fixture("weights"));
    let dir = copy.path().to_str().unwrap();
    let before = files(copy.path());
    let run = weights(dir, &journal, &["--apply"]).expect_code(0);
    assert!(run.stdout.contains("已把新的权重写入 4 个文件"), "{}", run.stdout);
    assert!(!run.stdout.contains("--- a/"), "{}", run.stdout);
    let after = files(copy.path());
    assert_eq!(
        before.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        after.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        "no file added or left behind"
    );
    for ((path, old), (_, new)) in before.iter().zip(&after) {
        assert_eq!(without_weights(old), without_weights(new), "{}", path.display());
    }
    let entry = |name: &str| String::from_utf8(std::fs::read(copy.path().join(name)).unwrap()).unwrap();
    assert!(entry("entries/01.yaml").contains("id: 1\nweight: 3.7\ncategory:"));
    assert!(entry("entries/02.yaml").contains("\nweight: 0.27         # set by hand before there was a journal\n"));
    assert!(entry("entries/03.yaml").starts_with("\u{feff}id: 3\r\nweight: 0.3\r\n# Written on Windows"));
    wecom(&["check", "--kb", dir]).expect_code(0);
    // Applied, the weights are what the journal suggests: nothing more to propose.
    let run = weights(dir, &journal, &[]).expect_code(1);
    assert!(run.stdout.contains("现在的权重已经和日志相符"), "{}", run.stdout);
}

#[test]
fn apply_needs_a_folder() {
    let (_dir, journal) = fixture_journal();
    let run = wecom(&["stats", "--weights", "--apply", "--journal", journal.to_str().unwrap()]).expect_code(2);
    assert!(
        run.stderr
            .contains("--apply 要改写条目文件，请用 --kb 指定知识库文件夹"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, "");
}

/// A file or folder marked read-only stops `--apply` before any file is written: every file
/// stays as it was and no temporary file is left behind.
#[cfg(unix)]
#[test]
fn a_read_only_file_or_folder_changes_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, journal) = fixture_journal();
    for read_only in ["entries/04.yaml", "entries"] {
        let copy = copy_of(&fixture("weights"));
        let path = copy.path().join(read_only);
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode & 0o555)).unwrap();
        let before = files(copy.path());
        let run = weights(copy.path().to_str().unwrap(), &journal, &["--apply"]).expect_code(2);
        let shown = path.display().to_string();
        assert!(
            run.stderr.contains(&format!("{shown} 是只读的。没有改动任何文件")),
            "{}",
            run.stderr
        );
        assert_eq!(files(copy.path()), before, "{read_only}");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
}

#[test]
fn refusals_say_what_to_do() {
    let (_dir, journal) = fixture_journal();
    let run = weights(KB, &journal, &["--format", "html"]).expect_code(2);
    assert!(run.stderr.contains("stats --weights 没有 HTML 格式"), "{}", run.stderr);
    let run = wecom(&["--kb", KB, "stats", "--weights"]).expect_code(2);
    assert!(run.stderr.contains("请用 --journal 指定日志文件"), "{}", run.stderr);
    let run = wecom(&["--lang", "en", "stats", "--weights", "--apply", "--journal", "j"]).expect_code(2);
    assert!(
        run.stderr.contains("name the knowledge-base folder with --kb"),
        "{}",
        run.stderr
    );
}

/// The whole output for the fixture's journal, in both languages, 80 columns wide.
#[test]
fn snapshots() {
    let (_faq_dir, faq_journal) = journal(&[], FAQ_SEED, &[("15", 60), ("16.2", 30), ("3", 2)]);
    let (_dir, fixture_journal) = fixture_journal();
    let cases: [(&str, &Path, &[&str]); 3] = [
        ("weights_fixture", &fixture_journal, &["--kb", KB]),
        (
            "weights_fixture_json",
            &fixture_journal,
            &["--kb", KB, "--format", "json"],
        ),
        ("weights_faq", &faq_journal, &[]),
    ];
    for (name, journal, more) in cases {
        for lang in ["zh", "en"] {
            let mut args = vec!["--width", "80", "--lang", lang, "stats", "--weights", "--journal"];
            args.push(journal.to_str().unwrap());
            args.extend_from_slice(more);
            let text = wecom(&args).snapshot();
            let shown = args.join(" ").replace(journal.to_str().unwrap(), "JOURNAL");
            insta::with_settings!({
                description => format!("wecom-help {shown}"),
                omit_expression => true,
            }, {
                insta::assert_snapshot!(format!("{name}_{lang}"), text);
            });
        }
    }
}

/// Sessions recorded on another knowledge base (here the fixture's, read against the embedded
/// one) are not counted: their solution numbers mean something else there.
#[test]
fn sessions_on_another_knowledge_base_are_not_counted() {
    let (_dir, journal) = fixture_journal();
    let run = wecom(&[
        "stats",
        "--weights",
        "--journal",
        journal.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(json["sessions"], 0, "{json}");
    assert!(json["other_versions"].as_u64().unwrap() > 50, "{json}");
}
