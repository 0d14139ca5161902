//! `wecom-help stats`: journals made by the binary itself (`diagnose` and `search` with
//! `--journal`) or, where times or web feedback must be fixed, rows written with rusqlite into
//! a journal the binary created; the report's figures checked exactly in JSON, and whole reports
//! pinned as snapshots.

mod common;

use std::path::{Path, PathBuf};

use common::{Run, command};
use rusqlite::{Connection, params};
use serde_json::{Value, json};
use tempfile::TempDir;

/// The time zone the tests read days in: UTC+8, written the POSIX way, which needs no zone data.
const TZ: &str = "CST-8";

/// Runs `wecom-help args…` in `dir` (so journals are named as given, relative to it), in UTC+8,
/// without `WECOM_HELP_JOURNAL`.
fn run_in(dir: &Path, args: &[&str]) -> Run {
    let output = command(args)
        .current_dir(dir)
        .env("TZ", TZ)
        .env_remove("WECOM_HELP_JOURNAL")
        .output()
        .expect("run wecom-help");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
    }
}

/// A folder for journals.
fn folder() -> TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// A diagnosis recorded in `journal` (`dir/journal`): the answers, and the employee's words.
fn diagnose(dir: &Path, journal: &str, answers: &str, message: Option<&str>) {
    let mut args = vec!["diagnose", "--journal", journal, "--answers", answers];
    if let Some(message) = message {
        args.extend(["--message", message]);
    }
    let run = run_in(dir, &args);
    assert!(run.code == 0 || run.code == 1, "{answers}: {}", run.stderr);
    assert!(!run.stderr.contains("日志"), "not recorded: {}", run.stderr);
}

/// A search that finds nothing, recorded in `journal`.
fn search(dir: &Path, journal: &str, query: &str) {
    run_in(dir, &["search", "--journal", journal, query]).expect_code(1);
}

/// `stats` in JSON over the journals, with `more` options.
fn stats_json(dir: &Path, journals: &[&str], more: &[&str]) -> Value {
    let mut args = vec!["stats", "--format", "json", "--journal"];
    args.extend_from_slice(journals);
    args.extend_from_slice(more);
    run_in(dir, &args).expect_code(0).json()
}

/// Sessions and searches made by the binary: FAQ 15 twice, 2.2, 9.1, one answered 不确定
/// (2.2 and 2.1 left), three not covered (two described alike, one not described), and three
/// searches that found nothing.
fn made_by_the_binary(dir: &Path, journal: &str) {
    diagnose(dir, journal, "1,5", None);
    diagnose(dir, journal, "has_message,msg_disabled", None);
    diagnose(dir, journal, "no_invite,n,y,n", None);
    diagnose(dir, journal, "wechat_login_ok,y,y", None);
    diagnose(dir, journal, "no_invite,n,y,?", None);
    diagnose(dir, journal, "n", Some("视频通话没声音"));
    diagnose(dir, journal, "n", Some("视频通话没有声音，手机 13812345678"));
    diagnose(dir, journal, "n", None);
    search(dir, journal, "xyzzy");
    search(dir, journal, "xyzzy");
    search(dir, journal, "工资条在哪里看");
}

#[test]
fn the_figures_of_a_journal_are_exact() {
    let dir = folder();
    made_by_the_binary(dir.path(), "j.sqlite3");
    let report = stats_json(dir.path(), &["j.sqlite3"], &[]);
    assert_eq!(report["journals"], json!([{"path": "j.sqlite3", "sessions": 8}]));
    assert_eq!(report["sessions"], 8);
    assert_eq!(
        report["outcomes"],
        json!({"found": 5, "not_covered": 3, "abandoned": 0})
    );
    assert_eq!(report["channels"], json!({"web": 0, "cli": 8}));
    assert_eq!(report["other_versions"], 0);
    // Questions the agent answered: 2, 2, 4, 3, 4 to a solution; 1, 1, 1 to "not covered".
    assert_eq!(report["mean_questions"], 3.0);
    assert_eq!(report["mean_questions_not_covered"], 1.0);
    let text = run_in(dir.path(), &["stats", "--journal", "j.sqlite3"])
        .expect_code(0)
        .stdout;
    assert!(
        text.contains("问诊 8 次，找到方案的平均回答 3.00 个问题，知识库未收录的平均回答 1.00 个"),
        "{text}"
    );

    assert!(report["period"]["first"].is_i64() && report["period"]["since"].is_null());

    let entries: Vec<(&str, u64)> = (report["entries"].as_array().unwrap().iter())
        .map(|e| (e["id"].as_str().unwrap(), e["sessions"].as_u64().unwrap()))
        .collect();
    // The session that left 2.2 and 2.1 counts once for entry 2.
    assert_eq!(entries, [("2", 2), ("15", 2), ("9", 1)]);
    assert!(
        report["entries"][1]["title"]
            .as_str()
            .unwrap()
            .contains("你的账号已被禁用")
    );

    let solutions: Vec<(&str, u64, u64)> = (report["solutions"].as_array().unwrap().iter())
        .map(|s| {
            let id = s["id"].as_str().unwrap();
            (id, s["sessions"].as_u64().unwrap(), s["first"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(solutions, [("2.2", 2, 2), ("15", 2, 2), ("2.1", 1, 0), ("9.1", 1, 1)]);
    for solution in report["solutions"].as_array().unwrap() {
        assert_eq!(solution["web"], 0);
        assert_eq!(solution["feedback"], json!({"solved": 0, "not_solved": 0}));
    }

    // The two descriptions alike are one group; the phone number was masked before it was
    // written.
    assert_eq!(
        report["not_covered"],
        json!({
            "sessions": 3,
            "described": 2,
            "groups": [{"count": 2, "text": "视频通话没声音",
                        "examples": [{"text": "视频通话没有声音，手机 [手机号]", "count": 1}]}],
            "others": 0
        })
    );
    assert_eq!(report["unsure"].as_array().unwrap().len(), 1);
    assert_eq!(report["unsure"][0]["id"], "old_number_usable");
    assert_eq!(
        (
            report["unsure"][0]["unsure"].as_u64(),
            report["unsure"][0]["answered"].as_u64()
        ),
        (Some(1), Some(2))
    );
    assert!(report["unsure"][0]["text"].as_str().unwrap().contains("旧号码"));
    assert_eq!(report["abandoned"], json!([]));
    assert_eq!(
        report["empty_searches"],
        json!({
            "searches": 3,
            "groups": [{"count": 2, "text": "xyzzy", "examples": []},
                       {"count": 1, "text": "工资条在哪里看", "examples": []}],
            "others": 0
        })
    );
}

#[test]
fn titles_and_texts_come_in_the_language_asked_for() {
    let dir = folder();
    diagnose(dir.path(), "j.sqlite3", "1,5", None);
    diagnose(dir.path(), "j.sqlite3", "no_invite,n,y,?", None);
    let report = stats_json(dir.path(), &["j.sqlite3"], &["--lang", "en"]);
    let title = |id: &str| {
        let entries = report["entries"].as_array().unwrap();
        let entry = entries.iter().find(|e| e["id"] == id).unwrap();
        entry["title"].as_str().unwrap().to_owned()
    };
    assert!(
        title("15").contains("Your account has been disabled"),
        "{}",
        title("15")
    );
    let question = report["unsure"][0]["text"].as_str().unwrap();
    assert!(question.starts_with("Can WeCom still be logged in to"), "{question}");
}

#[test]
fn several_journals_are_read_together_and_each_once() {
    let dir = folder();
    diagnose(dir.path(), "a.sqlite3", "1,5", None);
    diagnose(dir.path(), "a.sqlite3", "n", Some("视频通话没声音"));
    diagnose(dir.path(), "b.sqlite3", "1,5", None);
    diagnose(dir.path(), "b.sqlite3", "n", Some("视频通话没声音"));
    diagnose(dir.path(), "b.sqlite3", "wechat_login_ok,y,y", None);
    // The same journal named twice, once through another path, is read once.
    let report = stats_json(dir.path(), &["a.sqlite3", "b.sqlite3", "./a.sqlite3"], &[]);
    assert_eq!(
        report["journals"],
        json!([{"path": "a.sqlite3", "sessions": 2}, {"path": "b.sqlite3", "sessions": 3}])
    );
    assert_eq!(report["sessions"], 5);
    let solutions: Vec<(&str, u64)> = (report["solutions"].as_array().unwrap().iter())
        .map(|s| (s["id"].as_str().unwrap(), s["sessions"].as_u64().unwrap()))
        .collect();
    assert_eq!(solutions, [("15", 2), ("9.1", 1)]);
    assert_eq!(report["not_covered"]["groups"][0]["count"], 2);

    // `--journal` takes several files after it, and WECOM_HELP_JOURNAL names one without it.
    let run = command(&["stats", "--format", "json"])
        .current_dir(dir.path())
        .env("WECOM_HELP_JOURNAL", "b.sqlite3")
        .output()
        .unwrap();
    let from_env: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(from_env["sessions"], 3);
}

/// A journal the binary created (its own migrations), emptied, for rows written here.
fn empty_journal(dir: &Path, name: &str) -> (PathBuf, String) {
    diagnose(dir, name, "1,5", None);
    let path = dir.join(name);
    let connection = Connection::open(&path).unwrap();
    let version: String = (connection.query_row("SELECT kb_version FROM sessions", [], |row| row.get(0))).unwrap();
    connection.execute("DELETE FROM sessions", []).unwrap();
    (path, version)
}

/// A session's row: time, channel, answers, outcome, solutions, the question it stopped at,
/// feedback, text, knowledge-base version.
struct Row<'a> {
    at: i64,
    web: bool,
    answers: &'a str,
    outcome: &'a str,
    solutions: &'a str,
    stopped_at: Option<&'a str>,
    feedback: Option<&'a str>,
    text: Option<&'a str>,
    version: Option<&'a str>,
}

const ROW: Row = Row {
    at: 0,
    web: false,
    answers: "situation=has_message,which_message=msg_disabled",
    outcome: "found",
    solutions: "15",
    stopped_at: None,
    feedback: None,
    text: None,
    version: None,
};

fn insert(path: &Path, version: &str, rows: &[Row]) {
    let connection = Connection::open(path).unwrap();
    for (i, row) in rows.iter().enumerate() {
        let questions = row.answers.split(',').filter(|a| !a.is_empty()).count() as i64;
        connection
            .execute(
                "INSERT INTO sessions (at, channel, kb_version, lang, answers, said, matched, text, outcome,
                                       solutions, stopped_at, questions, feedback, token)
                 VALUES (?1, ?2, ?3, 'zh', ?4, '', '', ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    row.at,
                    if row.web { "web" } else { "cli" },
                    row.version.unwrap_or(version),
                    row.answers,
                    row.text,
                    row.outcome,
                    row.solutions,
                    row.stopped_at,
                    questions,
                    row.feedback,
                    row.web.then(|| format!("{i:032x}")),
                ],
            )
            .unwrap();
    }
}

fn insert_searches(path: &Path, version: &str, searches: &[(i64, &str)]) {
    let connection = Connection::open(path).unwrap();
    for (at, text) in searches {
        connection
            .execute(
                "INSERT INTO searches (at, channel, kb_version, lang, text) VALUES (?1, 'web', ?2, 'zh', ?3)",
                params![at, version, text],
            )
            .unwrap();
    }
}

/// 2026-12-01 00:00 in UTC+8.
const DEC_1: i64 = 1_796_054_400;

#[test]
fn since_and_until_take_whole_days_in_local_time() {
    let dir = folder();
    let (path, version) = empty_journal(dir.path(), "j.sqlite3");
    let at = |at| Row { at, ..ROW };
    insert(
        &path,
        &version,
        &[at(DEC_1 - 1), at(DEC_1), at(DEC_1 + 86_399), at(DEC_1 + 86_400)],
    );
    insert_searches(&path, &version, &[(DEC_1 - 1, "a"), (DEC_1 + 3600, "b")]);
    let count = |more: &[&str]| {
        let report = stats_json(dir.path(), &["j.sqlite3"], more);
        (
            report["sessions"].as_u64().unwrap(),
            report["empty_searches"]["searches"].as_u64().unwrap(),
        )
    };
    assert_eq!(count(&[]), (4, 2));
    assert_eq!(count(&["--since", "2026-12-01", "--until", "2026-12-01"]), (2, 1));
    assert_eq!(count(&["--since", "2026-12-01"]), (3, 1));
    assert_eq!(count(&["--until", "2026-11-30"]), (1, 1));
    assert_eq!(count(&["--since", "2026-12-03"]), (0, 0));
    let report = stats_json(
        dir.path(),
        &["j.sqlite3"],
        &["--since", "2026-12-01", "--until", "2026-12-01"],
    );
    assert_eq!(
        report["period"],
        json!({"since": "2026-12-01", "until": "2026-12-01", "first": DEC_1, "last": DEC_1 + 86_399})
    );
    // The same days in another time zone are other moments.
    let utc = command(&[
        "stats",
        "--format",
        "json",
        "--journal",
        "j.sqlite3",
        "--since",
        "2026-12-01",
    ])
    .current_dir(dir.path())
    .env("TZ", "UTC0")
    .output()
    .unwrap();
    let utc: Value = serde_json::from_slice(&utc.stdout).unwrap();
    assert_eq!(utc["sessions"], 2);
}

/// `--weights` counts the days asked for, read the same way.
#[test]
fn weights_count_only_the_days_asked_for() {
    let dir = folder();
    let (path, version) = empty_journal(dir.path(), "j.sqlite3");
    let at = |at| Row { at, ..ROW };
    insert(&path, &version, &[at(DEC_1 - 1), at(DEC_1), at(DEC_1 + 86_399)]);
    let sessions = |more: &[&str]| {
        let mut args = vec!["stats", "--weights", "--format", "json", "--journal", "j.sqlite3"];
        args.extend_from_slice(more);
        run_in(dir.path(), &args).json()["sessions"].as_u64()
    };
    assert_eq!(sessions(&[]), Some(3));
    assert_eq!(sessions(&["--since", "2026-12-01"]), Some(2));
    assert_eq!(sessions(&["--until", "2026-11-30"]), Some(1));
    let run = run_in(
        dir.path(),
        &["stats", "--weights", "--journal", "j.sqlite3", "--since", "2026-13-01"],
    );
    assert!(run.expect_code(2).stderr.contains("没有这一天"));
}

#[test]
fn a_date_that_cannot_be_read_is_a_usage_error() {
    let dir = folder();
    diagnose(dir.path(), "j.sqlite3", "1,5", None);
    for (option, given) in [("--until", "yesterday"), ("--since", "2026/12/01")] {
        let run = run_in(dir.path(), &["stats", "--journal", "j.sqlite3", option, given]).expect_code(2);
        assert!(run.stdout.is_empty());
        assert!(
            run.stderr.contains(option) && run.stderr.contains(given) && run.stderr.contains("YYYY-MM-DD"),
            "{}",
            run.stderr
        );
        let run = run_in(
            dir.path(),
            &["--lang", "en", "stats", "--journal", "j.sqlite3", option, given],
        );
        assert!(run.expect_code(2).stderr.contains("write it as YYYY-MM-DD"));
    }
    // Written right, but no such day: said so, not that the form is wrong.
    for (option, given) in [("--since", "2026-13-01"), ("--until", "2026-02-30")] {
        let run = run_in(dir.path(), &["stats", "--journal", "j.sqlite3", option, given]).expect_code(2);
        assert!(
            run.stderr.contains(option) && run.stderr.contains("没有这一天") && !run.stderr.contains("YYYY"),
            "{}",
            run.stderr
        );
        let run = run_in(
            dir.path(),
            &["--lang", "en", "stats", "--journal", "j.sqlite3", option, given],
        );
        assert!(run.expect_code(2).stderr.contains("does not exist"));
    }
    let run = run_in(
        dir.path(),
        &[
            "stats",
            "--journal",
            "j.sqlite3",
            "--since",
            "2026-12-02",
            "--until",
            "2026-12-01",
        ],
    )
    .expect_code(2);
    assert!(
        run.stderr.contains("--until 2026-12-01") && run.stderr.contains("--since 2026-12-02"),
        "{}",
        run.stderr
    );
    // Full-width digits, as a Chinese input method types them, are read.
    run_in(
        dir.path(),
        &["stats", "--journal", "j.sqlite3", "--since", "２０２６－１２－０１"],
    )
    .expect_code(0);
}

#[test]
fn without_a_journal_it_says_how_to_name_one() {
    let dir = folder();
    // The default journal it looked at is named, where the tests' data folder puts it.
    for (lang, words) in [("zh", "默认的日志"), ("en", "the default journal")] {
        let run = run_in(dir.path(), &["--lang", lang, "stats"]).expect_code(2);
        assert!(
            run.stderr.contains("--journal") && run.stderr.contains("WECOM_HELP_JOURNAL"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains(words) && run.stderr.contains("/wecom-help/journal.sqlite3"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn a_journal_that_cannot_be_read_is_named() {
    let dir = folder();
    std::fs::write(dir.path().join("notes.txt"), "not a database, just words\n".repeat(100)).unwrap();
    Connection::open(dir.path().join("other.sqlite3"))
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    Connection::open(dir.path().join("newer.sqlite3"))
        .unwrap()
        .execute_batch("CREATE TABLE t (x); PRAGMA user_version = 99;")
        .unwrap();
    diagnose(dir.path(), "good.sqlite3", "1,5", None);
    for (file, words) in [
        ("missing.sqlite3", "日志 missing.sqlite3 不存在"),
        // A reader is not told to move it away: that would leave nothing to read.
        (
            "notes.txt",
            "notes.txt 不是 wecom-help 的日志（不是 SQLite 数据库，或者已经损坏），读不出记录",
        ),
        (
            "other.sqlite3",
            "other.sqlite3 是 SQLite 数据库，但不是 wecom-help 的日志",
        ),
        ("newer.sqlite3", "结构版本 99"),
    ] {
        // Named after a good journal: the report is not made from part of the journals.
        let run = run_in(dir.path(), &["stats", "--journal", "good.sqlite3", file]).expect_code(2);
        assert!(
            run.stdout.is_empty() && run.stderr.contains(words) && !run.stderr.contains("移开"),
            "{file}: {}",
            run.stderr
        );
    }
    assert!(
        !dir.path().join("missing.sqlite3").exists(),
        "stats made the journal it could not find"
    );
}

#[test]
fn an_empty_journal_or_period_says_so() {
    let dir = folder();
    let (path, version) = empty_journal(dir.path(), "j.sqlite3");
    for lang in ["zh", "en"] {
        let run = run_in(dir.path(), &["--lang", lang, "stats", "--journal", "j.sqlite3"]).expect_code(0);
        // No period was given: the whole journal is empty.
        let said = if lang == "zh" {
            "日志里还没有问诊记录"
        } else {
            "The journal holds no session yet"
        };
        assert!(run.stdout.contains(said), "{}", run.stdout);
        assert!(
            !run.stdout.contains("这段时间") && !run.stdout.contains("period"),
            "{}",
            run.stdout
        );
        assert!(run.stdout.lines().count() < 8, "{}", run.stdout);
    }
    let report = stats_json(dir.path(), &["j.sqlite3"], &[]);
    assert_eq!(
        (report["sessions"].as_u64(), report["mean_questions"].as_f64()),
        (Some(0), Some(0.0))
    );
    assert_eq!(report["period"]["first"], Value::Null);
    insert(&path, &version, &[Row { at: DEC_1, ..ROW }]);
    let html = run_in(
        dir.path(),
        &[
            "stats",
            "--journal",
            "j.sqlite3",
            "--since",
            "2027-01-01",
            "--format",
            "html",
        ],
    );
    assert!(html.expect_code(0).stdout.contains("这段时间里没有问诊记录"));
}

/// The solutions without feedback are named in the knowledge base's order, whatever their counts.
#[test]
fn solutions_without_feedback_are_in_the_knowledge_bases_order() {
    let dir = folder();
    let (path, version) = empty_journal(dir.path(), "j.sqlite3");
    let solved = |solutions, feedback| Row {
        at: DEC_1,
        web: true,
        solutions,
        feedback,
        ..ROW
    };
    insert(
        &path,
        &version,
        &[
            solved("15", Some("solved")),
            solved("9.1", None),
            solved("9.1", None),
            solved("9.1", None),
            solved("10", None),
            solved("10", None),
            solved("2.2", None),
        ],
    );
    let text = run_in(dir.path(), &["stats", "--journal", "j.sqlite3"])
        .expect_code(0)
        .stdout;
    assert!(text.contains("没有反馈：2.2、9.1、10"), "{text}");
}

/// A journal of fixed rows: every part of the report has something, an id of another version
/// of the knowledge base, and texts that must be escaped.
fn fixture(dir: &Path) {
    let (path, version) = empty_journal(dir, "desk-1.sqlite3");
    // Days from 2026-11-02 on, hours in UTC+8.
    let at = |day: i64, hour: i64| DEC_1 - 29 * 86_400 + day * 86_400 + hour * 3600;
    let faq_15 = |at, web, feedback| Row {
        at,
        web,
        feedback,
        ..ROW
    };
    let scan = "has_message=yes,msg_scan=yes,account_from_other=yes,mtds_phone_changed=yes,wechat_phone_same=unsure";
    let faq_16 = |at, web, feedback| Row {
        at,
        web,
        feedback,
        answers: scan,
        solutions: "16.1,16.3",
        ..ROW
    };
    let uncovered = |at, web, text| Row {
        at,
        web,
        text,
        answers: "situation=none",
        outcome: "not_covered",
        solutions: "",
        ..ROW
    };
    let rows = [
        faq_15(at(0, 9), false, None),
        faq_15(at(0, 10), true, Some("solved")),
        faq_15(at(1, 11), true, Some("solved")),
        faq_15(at(1, 14), true, Some("not_solved")),
        faq_15(at(2, 9), true, None),
        faq_16(at(2, 15), false, None),
        faq_16(at(3, 9), true, Some("not_solved")),
        Row {
            at: at(3, 10),
            answers: "situation=no_invite,account_from_other=no,mtds_phone_changed=yes,old_number_usable=no",
            solutions: "2.2",
            ..ROW
        },
        uncovered(at(4, 16), false, Some("视频通话没声音")),
        uncovered(at(4, 17), true, Some("视频通话没声音")),
        uncovered(at(5, 9), false, Some("视频通话没有声音")),
        uncovered(at(5, 10), true, Some("<script>alert(1)</script>")),
        uncovered(at(5, 11), false, None),
        uncovered(at(5, 12), false, Some("打印机\u{1b}[2J连不上\n第二行")),
        Row {
            at: at(6, 9),
            web: true,
            answers: "situation=no_invite,account_from_other=unsure",
            outcome: "abandoned",
            solutions: "",
            stopped_at: Some("mtds_phone_changed"),
            ..ROW
        },
        Row {
            at: at(6, 12),
            answers: "situation=old_question",
            solutions: "99",
            version: Some("0ld0ld"),
            ..ROW
        },
    ];
    insert(&path, &version, &rows);
    let searches = [
        (at(1, 9), "工资条"),
        (at(2, 9), "工资条"),
        (at(3, 9), "<b>排班</b> & 考勤"),
    ];
    insert_searches(&path, &version, &searches);
}

/// Snapshots of `stats` over the fixture, as `{name}_{lang}`.
fn snapshot(name: &str, args: &[&str]) {
    let dir = folder();
    fixture(dir.path());
    for lang in ["zh", "en"] {
        let mut all = vec!["--width", "80", "--lang", lang, "stats", "--journal", "desk-1.sqlite3"];
        all.extend_from_slice(args);
        let text = run_in(dir.path(), &all).snapshot();
        insta::with_settings!({
            description => format!("TZ={TZ} wecom-help {} (the journal of tests/stats.rs::fixture)", all.join(" ")),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(format!("{name}_{lang}"), text);
        });
    }
}

#[test]
fn text_report() {
    snapshot("stats_text", &[]);
}

/// Every line fits the width, from a narrow window to a wide one, in both languages.
#[test]
fn the_text_report_fits_the_width() {
    let dir = folder();
    fixture(dir.path());
    for lang in ["zh", "en"] {
        for width in (40..=120).step_by(7) {
            let width_arg = width.to_string();
            let args = [
                "--width",
                &width_arg,
                "--lang",
                lang,
                "stats",
                "--journal",
                "desk-1.sqlite3",
            ];
            let text = run_in(dir.path(), &args).expect_code(0).stdout;
            for line in text.lines() {
                let columns = console::measure_text_width(line);
                assert!(columns <= width, "{lang}, {width} columns: {columns}: {line}");
            }
        }
    }
}

/// What employees typed never controls the terminal, nor breaks a line of the report.
#[test]
fn typed_text_is_shown_not_obeyed() {
    let dir = folder();
    fixture(dir.path());
    let text = run_in(dir.path(), &["stats", "--journal", "desk-1.sqlite3"])
        .expect_code(0)
        .stdout;
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(text.contains("打印机␛[2J连不上 第二行"), "{text}");
}

#[test]
fn html_report() {
    snapshot("stats_html", &["--format", "html"]);
}

#[test]
fn json_report() {
    snapshot("stats_json", &["--format", "json"]);
}

/// The page stands alone and shows what employees typed as text: no script, nothing loaded,
/// every text escaped.
#[test]
fn the_page_loads_nothing_and_escapes_every_text() {
    let dir = folder();
    fixture(dir.path());
    for lang in ["zh", "en"] {
        let html = run_in(
            dir.path(),
            &[
                "--lang",
                lang,
                "stats",
                "--journal",
                "desk-1.sqlite3",
                "--format",
                "html",
            ],
        )
        .expect_code(0)
        .stdout;
        let lower = html.to_lowercase();
        for banned in [
            "<script", "http:", "https:", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe",
        ] {
            assert!(!lower.contains(banned), "{lang}: the page has {banned}");
        }
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{lang}: not escaped"
        );
        assert!(
            html.contains("&lt;b&gt;排班&lt;/b&gt; &amp; 考勤"),
            "{lang}: not escaped"
        );
        assert!(html.contains("Content-Security-Policy"));
        assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    }
}
