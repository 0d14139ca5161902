//! The journal from the real binary: what a session writes, that nothing personal reaches the
//! disk, that many processes write at once without losing a row, and that a journal which
//! cannot be used never costs the agent the result.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::{command, journal_rows as rows, wecom};
use rusqlite::Connection;
use wecom_help::journal::{Channel, Ended, Journal, SessionRow};

/// The answers that lead to FAQ 15 without a description.
const FAQ_15: &str = "has_message,msg_disabled";

fn journal_arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

#[test]
fn a_session_and_an_empty_search_are_recorded() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.sqlite3");
    let j = journal_arg(&path);
    let found = wecom(&["diagnose", "--journal", j, "--answers", FAQ_15]).expect_code(0);
    assert!(found.stderr.lines().all(|l| !l.contains("日志")), "{}", found.stderr);
    wecom(&["diagnose", "--journal", j, "--answers", "n"]).expect_code(1);
    wecom(&["diagnose", "--journal", j, "--message", "你的账号已被禁用"]).expect_code(0);
    wecom(&["search", "--journal", j, "视频会议怎么录屏"]).expect_code(1);
    // A search that finds something is not a gap: not recorded.
    wecom(&["search", "--journal", j, "账号被禁用"]).expect_code(0);
    let sessions = rows(
        &path,
        "SELECT channel, lang, answers, said, outcome, solutions, questions, feedback, text, length(kb_version)
         FROM sessions ORDER BY id",
    );
    let expected: Vec<Vec<&str>> = vec![
        vec![
            "cli",
            "zh",
            "situation=has_message,which_message=msg_disabled",
            "",
            "found",
            "15",
            "2",
            "NULL",
            "NULL",
            "6",
        ],
        vec![
            "cli",
            "zh",
            "situation=none",
            "",
            "not_covered",
            "",
            "1",
            "NULL",
            "NULL",
            "6",
        ],
        vec![
            "cli",
            "zh",
            "has_message=yes,msg_disabled=yes",
            "has_message,msg_disabled",
            "found",
            "15",
            "0",
            "NULL",
            "你的账号已被禁用",
            "6",
        ],
    ];
    assert_eq!(sessions, expected);
    assert_eq!(
        rows(&path, "SELECT channel, text FROM searches"),
        vec![vec!["cli", "视频会议怎么录屏"]]
    );
    // The description's words matched FAQ 15 first.
    let matched = rows(&path, "SELECT matched FROM sessions WHERE id = 3");
    assert!(matched[0][0].starts_with("15"), "{matched:?}");
}

#[test]
fn the_environment_names_the_journal_and_without_one_nothing_is_written() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.sqlite3");
    let run = command(&["diagnose", "--answers", FAQ_15])
        .env("WECOM_HELP_JOURNAL", &path)
        .output()
        .unwrap();
    assert!(run.status.success());
    assert_eq!(rows(&path, "SELECT count(*) FROM sessions"), vec![vec!["1"]]);
    // Set to nothing, it is unset: the command records nowhere.
    let run = command(&["diagnose", "--answers", FAQ_15])
        .env("WECOM_HELP_JOURNAL", "")
        .current_dir(folder.path())
        .output()
        .unwrap();
    assert!(run.status.success());
    assert_eq!(
        std::fs::read_dir(folder.path()).unwrap().count(),
        1 + journal_side_files(&path)
    );
}

/// How many of the journal's side files (`-wal`, `-shm`) exist.
fn journal_side_files(path: &Path) -> usize {
    ["-wal", "-shm"]
        .iter()
        .filter(|suffix| Path::new(&format!("{}{suffix}", path.display())).exists())
        .count()
}

/// Mobile numbers, e-mail addresses and ID-card numbers never reach the disk: not in the
/// database, nor in its write-ahead log or shared memory.
#[test]
fn personal_data_never_reaches_the_disk() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.sqlite3");
    let j = journal_arg(&path);
    let secrets = [
        "13812345678",
        "159 8765 4321",
        "186-0000-1111",
        "zhang.san@oppein.com",
        "44010619900101123X",
        "8613912345678",
        "110101 19900307 1234",
    ];
    let said = format!(
        "我手机 {} 登不上，备用 {} 和 {}，邮箱 {}，身份证 {}，视频通话没声音，又 {} 和 {}",
        secrets[0], secrets[1], secrets[2], secrets[3], secrets[4], secrets[5], secrets[6]
    );
    wecom(&["diagnose", "--journal", j, "--message", &said, "--answers", "n,n,n,n"]);
    wecom(&["search", "--journal", j, &format!("录屏 {} {}", secrets[0], secrets[3])]).expect_code(1);
    // Abandoned sessions keep their text too.
    let texts = rows(&path, "SELECT text FROM sessions UNION ALL SELECT text FROM searches");
    assert_eq!(texts.len(), 2);
    assert!(texts[0][0].contains("[手机号]") && texts[0][0].contains("[邮箱]") && texts[0][0].contains("[身份证号]"));
    let mut bytes = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        if let Ok(file) = std::fs::read(format!("{}{suffix}", path.display())) {
            bytes.extend(file);
        }
    }
    assert!(bytes.len() > 4096, "the journal was written");
    for secret in secrets {
        let digits: String = secret.chars().filter(char::is_ascii_alphanumeric).collect();
        for form in [secret.to_owned(), digits] {
            let found = bytes.windows(form.len()).any(|w| w == form.as_bytes());
            assert!(!found, "{form} is on the disk");
        }
    }
}

/// Eight processes record 500 sessions each at the same time, each session opening the journal
/// as a command does: all 4,000 rows are there. The processes are this test's own binary,
/// started again in writer mode.
#[test]
fn eight_processes_writing_at_once_lose_no_row() {
    const WRITER: &str = "WECOM_HELP_TEST_JOURNAL_WRITER";
    const SESSIONS: usize = 500;
    if let Ok(path) = std::env::var(WRITER) {
        let kb = wecom_help::knowledge::load(&wecom_help::kb::KbSource::Embedded, wecom_help::lang::Lang::Zh)
            .unwrap()
            .kb()
            .unwrap();
        let outcome = wecom_help::engine::Outcome {
            answers: Vec::new(),
            from_text: 0,
            solutions: vec![0],
            unconfirmed: Vec::new(),
            message: Some("并发写入".to_owned()),
        };
        let row = SessionRow::of(&kb, &outcome, &[], Channel::Cli, wecom_help::lang::Lang::Zh);
        assert_eq!(row.ended, Ended::Found);
        for _ in 0..SESSIONS {
            let journal = Journal::open(Path::new(&path)).expect("open");
            journal.record(&row).expect("record");
        }
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.sqlite3");
    let writers: Vec<_> = (0..8)
        .map(|_| {
            Command::new(std::env::current_exe().unwrap())
                .args([
                    "--exact",
                    "eight_processes_writing_at_once_lose_no_row",
                    "--test-threads=1",
                ])
                .env(WRITER, &path)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for writer in writers {
        let ended = writer.wait_with_output().unwrap();
        assert!(
            ended.status.success(),
            "{}{}",
            String::from_utf8_lossy(&ended.stdout),
            String::from_utf8_lossy(&ended.stderr)
        );
    }
    assert_eq!(
        rows(&path, "SELECT count(*), count(DISTINCT id) FROM sessions"),
        vec![vec!["4000", "4000"]]
    );
    // And the real binary, four processes at once.
    let ran: Vec<_> = (0..4)
        .map(|_| {
            Command::new("/bin/sh")
                .arg("-c")
                .arg("for i in 1 2 3 4 5 6 7 8 9 10; do \"$0\" diagnose --journal \"$1\" --answers has_message,msg_disabled >/dev/null || exit 1; done")
                .arg(env!("CARGO_BIN_EXE_wecom-help"))
                .arg(&path)
                .spawn()
                .unwrap()
        })
        .collect();
    for mut run in ran {
        assert!(run.wait().unwrap().success());
    }
    assert_eq!(rows(&path, "SELECT count(*) FROM sessions"), vec![vec!["4040"]]);
}

/// A file that is not a journal is never changed, and the agent still gets the result.
#[test]
fn a_foreign_or_damaged_file_is_left_alone_and_the_result_shown() {
    let folder = tempfile::tempdir().unwrap();
    let garbage = folder.path().join("garbage.sqlite3");
    std::fs::write(&garbage, "这不是数据库\n".repeat(300)).unwrap();
    let foreign = folder.path().join("foreign.sqlite3");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE orders (id INTEGER PRIMARY KEY); INSERT INTO orders VALUES (7);")
        .unwrap();
    // A journal whose middle was overwritten.
    let damaged = folder.path().join("damaged.sqlite3");
    wecom(&["diagnose", "--journal", journal_arg(&damaged), "--answers", FAQ_15]).expect_code(0);
    checkpoint(&damaged);
    let mut bytes = std::fs::read(&damaged).unwrap();
    for b in &mut bytes[100..] {
        *b = 0xA5;
    }
    std::fs::write(&damaged, &bytes).unwrap();
    for (file, says) in [
        (&garbage, "不是 wecom-help 的日志"),
        (&foreign, "不是 wecom-help 的日志"),
        (&damaged, "不是 wecom-help 的日志"),
    ] {
        let before = std::fs::read(file).unwrap();
        let run = wecom(&["diagnose", "--journal", journal_arg(file), "--answers", FAQ_15]).expect_code(0);
        assert!(run.stdout.contains("FAQ 15"), "{}", run.stdout);
        assert!(
            run.stderr.contains("日志用不了") && run.stderr.contains(says) && run.stderr.contains("--journal"),
            "{}",
            run.stderr
        );
        assert!(std::fs::read(file).unwrap() == before, "{} was changed", file.display());
    }
    let en = wecom(&[
        "diagnose",
        "--lang",
        "en",
        "--journal",
        journal_arg(&garbage),
        "--answers",
        FAQ_15,
    ]);
    assert!(en.stderr.contains("is not a wecom-help journal"), "{}", en.stderr);
}

/// Folds the write-ahead log into the database file.
fn checkpoint(path: &Path) {
    Connection::open(path)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
}

/// A journal another program holds past the busy timeout: said, and the result shown.
#[test]
fn a_journal_held_by_another_writer_costs_a_row_not_the_result() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.sqlite3");
    wecom(&["diagnose", "--journal", journal_arg(&path), "--answers", FAQ_15]).expect_code(0);
    let holder = Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE;").unwrap();
    let run = wecom(&["diagnose", "--journal", journal_arg(&path), "--answers", FAQ_15]).expect_code(0);
    assert!(run.stdout.contains("FAQ 15"));
    assert!(run.stderr.contains("正被别的程序占用"), "{}", run.stderr);
    holder.execute_batch("COMMIT;").unwrap();
    assert_eq!(rows(&path, "SELECT count(*) FROM sessions"), vec![vec!["1"]]);
}

/// A journal on a read-only file system (a read-only bind mount in a mount namespace of its
/// own, which works for root too), and a disk that is full (a file size limit of 4 KB): said,
/// the result shown, the rows already there unharmed.
#[test]
fn a_read_only_or_full_journal_costs_a_row_not_the_result() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.sqlite3");
    for _ in 0..3 {
        wecom(&["diagnose", "--journal", journal_arg(&path), "--answers", FAQ_15]).expect_code(0);
    }
    checkpoint(&path);
    let mount = format!("mount --bind -o ro \"$1\" \"$1\" && exec \"$0\" diagnose --journal \"$2\" --answers {FAQ_15}");
    let read_only = Command::new("unshare")
        .args(["--mount", "/bin/sh", "-c", &mount])
        .arg(env!("CARGO_BIN_EXE_wecom-help"))
        .arg(folder.path())
        .arg(&path)
        .env_remove("WECOM_HELP_LANG")
        .output()
        .expect("unshare (util-linux) runs");
    let stderr = String::from_utf8_lossy(&read_only.stderr);
    assert_eq!(read_only.status.code(), Some(0), "{stderr}");
    assert!(String::from_utf8_lossy(&read_only.stdout).contains("FAQ 15"));
    assert!(stderr.contains("日志用不了") && stderr.contains("不能写入"), "{stderr}");

    let full = Command::new("/bin/sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 4 && exec \"$0\" diagnose --journal \"$1\" --answers has_message,msg_disabled")
        .arg(env!("CARGO_BIN_EXE_wecom-help"))
        .arg(&path)
        .env_remove("WECOM_HELP_LANG")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&full.stderr);
    assert_eq!(full.status.code(), Some(0), "{stderr}");
    assert!(String::from_utf8_lossy(&full.stdout).contains("FAQ 15"));
    assert!(stderr.contains("日志用不了") && stderr.contains("磁盘已满"), "{stderr}");
    assert_eq!(rows(&path, "SELECT count(*) FROM sessions"), vec![vec!["3"]]);
}

/// A journal written by a newer version is neither read nor written.
#[test]
fn a_newer_journal_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.sqlite3");
    wecom(&["diagnose", "--journal", journal_arg(&path), "--answers", FAQ_15]).expect_code(0);
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let run = wecom(&["diagnose", "--journal", journal_arg(&path), "--answers", FAQ_15]).expect_code(0);
    assert!(
        run.stderr.contains("更新版本") && run.stderr.contains("99"),
        "{}",
        run.stderr
    );
    assert_eq!(rows(&path, "SELECT count(*) FROM sessions"), vec![vec!["1"]]);
}

/// A journal in a folder that does not exist: said, and no folder is made.
#[test]
fn a_missing_folder_is_said() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("no/such/folder/journal.sqlite3");
    let run = wecom(&["diagnose", "--journal", journal_arg(&path), "--answers", FAQ_15]).expect_code(0);
    assert!(run.stderr.contains("打不开也建不了日志"), "{}", run.stderr);
    assert!(!path.exists());
}
