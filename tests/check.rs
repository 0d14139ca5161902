//! `wecom-help check` on small knowledge bases under `tests/fixtures/`: one valid base, harmless
//! variations of it that must still load, and copies with exactly one defect each.

mod common;

use common::{Run, fixture, valid_copy_with, wecom, wecom_kb};

/// The summary `check` prints for the valid fixture and its harmless variations.
const VALID_SUMMARY: &str = "3 个条目，4 个解决方案，3 个问题";

/// Broken fixtures and what stderr must contain, positions as `file:line:column:`. "有 1 处问题"
/// pins the count: a defect is reported once, without follow-on errors in other files.
/// `unknown-field` is not here: the snapshots `check_unknown_field_zh` and `_en` pin its output
/// whole.
const BROKEN: &[(&str, &[&str])] = &[
    (
        "tab-indentation",
        &["有 1 处问题", "entries/01.yaml:8:1: 这一行用了 Tab 缩进"],
    ),
    (
        "missing-steps",
        &["有 1 处问题", "entries/03.yaml:10:5: 缺少必填字段“steps”"],
    ),
    (
        "yes-in-facts",
        &[
            "有 1 处问题",
            "entries/01.yaml:8:16: 这里只能写 true（是）或 false（否）",
            "yes/no",
        ],
    ),
    (
        "duplicate-entry-id",
        &[
            "有 1 处问题",
            "entries/03.yaml:1:1: 条目编号 2 重复了：",
            "entries/02.yaml 也用了这个编号",
        ],
    ),
    (
        "duplicate-question-id",
        &[
            "有 1 处问题",
            "questions.yaml:8:5: 问题 id“scan_prompt”重复了（第 5 行已经有）",
        ],
    ),
    (
        "unknown-fact-question",
        &[
            "有 1 处问题",
            "entries/03.yaml:9:3: facts 里的“new_account”不是 questions.yaml 里的问题",
        ],
    ),
    (
        "unused-question",
        &["有 1 处问题", "questions.yaml:8:5: 问题“learning”没有任何条目用到"],
    ),
    // The pair is located at the first of the two solutions.
    (
        "identical-facts",
        &[
            "有 1 处问题",
            "entries/02.yaml:10:1: 解决方案 2.1 和 2.2 的",
            "永远分不开",
        ],
    ),
    (
        "never-opposite",
        &[
            "有 1 处问题",
            "entries/02.yaml:10:1: 解决方案 2.1 和 2.2 的",
            "永远分不开",
        ],
    ),
    ("empty-title", &["有 1 处问题", "entries/01.yaml:3:1: “title”是空的"]),
    (
        "empty-step",
        &["有 1 处问题", "entries/03.yaml:10:5: “steps”里有一项是空的"],
    ),
    (
        "missing-questions",
        &["有 1 处问题", "missing-questions: 知识库里没有 questions.yaml"],
    ),
    (
        "no-entries",
        &[
            "有 1 处问题",
            "no-entries: 知识库里没有条目文件。每个条目是一个 .yaml 文件，README 的“The knowledge base”一节有条目文件的完整示例。",
        ],
    ),
    (
        "gbk-encoding",
        &["有 1 处问题", "entries/01.yaml:2:11: 文件不是 UTF-8 编码（可能是 GBK"],
    ),
    (
        "two-documents",
        &["有 1 处问题", "entries/03.yaml:13:1: 一个文件里只能有一个 YAML 文档"],
    ),
    (
        "unquoted-related",
        &[
            "有 1 处问题",
            "entries/01.yaml:13:11: 解决方案编号要加引号，例如 \"16.1\"",
        ],
    ),
    (
        "related-missing",
        &["有 1 处问题", "entries/01.yaml:13:1: related 里的 7 不存在"],
    ),
    ("weight-zero", &["有 1 处问题", "entries/03.yaml:6:1: weight 要大于 0"]),
    (
        "fact-in-entry-and-solution",
        &[
            "有 1 处问题",
            "entries/02.yaml:14:7: “scan_prompt”在条目的 facts 里已经写过了",
        ],
    ),
    // The later statement would silently win; the second one is the place to delete.
    (
        "duplicate-fact",
        &[
            "有 1 处问题",
            "entries/01.yaml:9:3: facts 里的“has_message”写了两次，只有后一个答案会算数",
        ],
    ),
    // `"3"`, `3` and `"03"` name one entry, `"2.1"` and `"2.01"` one solution.
    (
        "duplicate-related",
        &[
            "有 3 处问题",
            "entries/01.yaml:13:1: related 里的“3”和前面的一项都是 3",
            "entries/01.yaml:13:1: related 里的“03”和前面的一项都是 3",
            "entries/01.yaml:13:1: related 里的“2.01”和前面的一项都是 2.1",
        ],
    ),
    (
        "empty-solutions",
        &["有 1 处问题", "entries/03.yaml:9:1: 条目没有解决方案"],
    ),
];

/// Four ordinary mistakes in four files, all reported by one run, sorted by file and line: a
/// missing translation, a field typo (a file that fails to parse), a fact naming no question, a
/// question nobody uses. `check_four_mistakes_zh` and `_en` pin the output whole.
#[test]
fn one_run_reports_every_mistake_sorted_by_file_and_line() {
    let run = wecom_kb("four-mistakes", &["check"]);
    let stderr = run.stderr.replace('\\', "/");
    assert_refused("four-mistakes", run, &["知识库有 4 处问题"]);
    let places: Vec<&str> = stderr
        .lines()
        .skip(1)
        .map(|line| line.split("four-mistakes/").nth(1).unwrap().split(' ').next().unwrap())
        .collect();
    assert_eq!(
        places,
        [
            "entries/01.yaml:1:1:",
            "entries/02.yaml:3:1:",
            "entries/03.yaml:9:3:",
            "questions.yaml:11:5:"
        ],
        "{stderr}"
    );
}

/// The file that fails to parse (entries/02.yaml) is the only one to use `phone_changed` and is
/// the entry `related: ["2.1"]` points to: neither is reported, as either would be a false
/// problem; the other files are still checked against each other.
#[test]
fn a_file_that_fails_to_parse_causes_no_follow_on_problems() {
    let json = wecom_kb("four-mistakes", &["check", "--format", "json"])
        .expect_code(2)
        .json();
    let problems = json["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 4, "{json}");
    for problem in problems {
        let message = problem["message"].as_str().unwrap();
        assert!(!message.contains("phone_changed") && !message.contains("2.1"), "{json}");
    }
}

/// Asserts a refused knowledge base: exit code 2, nothing on stdout, every needle in stderr.
fn assert_refused(what: &str, run: Run, needles: &[&str]) {
    let run = run.expect_code(2);
    let stderr = run.stderr.replace('\\', "/");
    assert!(run.stdout.is_empty(), "{what}: stdout not empty:\n{}", run.stdout);
    for needle in needles {
        assert!(stderr.contains(needle), "{what}: stderr lacks {needle:?}:\n{stderr}");
    }
}

#[test]
fn valid_fixture_and_harmless_variations_pass() {
    for name in ["valid", "crlf-bom", "stray-files"] {
        let run = wecom_kb(name, &["check"]).expect_code(0);
        assert!(run.stdout.contains(VALID_SUMMARY), "{name}:\n{}", run.stdout);
        assert!(run.stderr.is_empty(), "{name}:\n{}", run.stderr);
    }
}

#[test]
fn each_broken_fixture_is_refused_with_its_message() {
    for (name, needles) in BROKEN {
        assert!(fixture(name).is_dir(), "fixture {name} is missing");
        assert_refused(name, wecom_kb(name, &["check"]), needles);
    }
}

#[test]
fn kb_path_that_is_missing_or_a_file_is_refused() {
    let missing = fixture("does-not-exist");
    let run = wecom(&["--kb", missing.to_str().unwrap(), "check"]);
    assert_refused("missing", run, &["does-not-exist: 知识库文件夹不存在"]);

    let file = fixture("valid/questions.yaml");
    let run = wecom(&["--kb", file.to_str().unwrap(), "check"]);
    assert_refused("file", run, &["valid/questions.yaml: 这不是文件夹"]);
}

#[test]
fn broken_fixtures_are_explained_in_english_with_lang_en() {
    let cases: &[(&str, &str)] = &[
        (
            "unused-question",
            "questions.yaml:8:5: No entry uses question \"learning\", so the wizard will never ask it.",
        ),
        (
            "gbk-encoding",
            "entries/01.yaml:2:11: The file is not in UTF-8 (it may be in GBK",
        ),
        (
            "duplicate-related",
            "entries/01.yaml:13:1: \"03\" in related is 3 again, listed already. Delete the repeated item.",
        ),
        (
            "duplicate-fact",
            "entries/01.yaml:9:3: \"has_message\" is stated twice in facts, and only the later answer would count.",
        ),
    ];
    for (name, needle) in cases {
        let run = wecom_kb(name, &["--lang", "en", "check"]);
        let stderr = run.stderr.clone();
        assert_refused(name, run, &[needle]);
        let chinese = stderr
            .chars()
            .find(|c| ('\u{4e00}'..='\u{9fff}').contains(c) || "，。：“”（）".contains(*c));
        assert_eq!(chinese, None, "{name}: Chinese in English output:\n{stderr}");
    }

    let missing = fixture("does-not-exist");
    let run = wecom(&["--lang", "en", "--kb", missing.to_str().unwrap(), "check"]);
    assert_refused(
        "missing",
        run,
        &["does-not-exist: The knowledge-base folder does not exist."],
    );
}

/// `check --format json`: the problems as data for editors and CI, exit code as for text; a
/// valid knowledge base is `{"valid": true, "problems": []}`.
#[test]
fn check_json_gives_each_problem_with_its_place() {
    for name in ["valid", "crlf-bom"] {
        let run = wecom_kb(name, &["check", "--format", "json"]).expect_code(0);
        assert_eq!(run.json(), serde_json::json!({"valid": true, "problems": []}), "{name}");
        assert!(run.stderr.is_empty(), "{name}:\n{}", run.stderr);
    }
    let json = wecom(&["check", "--format", "json"]).expect_code(0).json();
    assert_eq!(json["valid"], true);

    for (lang, message) in [
        ("zh", "问题“learning”没有任何条目用到"),
        ("en", "No entry uses question \"learning\""),
    ] {
        let run = wecom_kb("unused-question", &["check", "--format", "json", "--lang", lang]).expect_code(2);
        assert!(run.stderr.is_empty(), "{}", run.stderr);
        let json = run.json();
        assert_eq!(json["valid"], false);
        let problems = json["problems"].as_array().unwrap();
        assert_eq!(problems.len(), 1, "{json}");
        let problem = &problems[0];
        assert!(problem["file"].as_str().unwrap().ends_with("questions.yaml"), "{json}");
        assert_eq!((&problem["line"], &problem["column"]), (&8.into(), &5.into()), "{json}");
        assert!(problem["message"].as_str().unwrap().contains(message), "{json}");
    }

    // Missing English fails `check` as a problem like any other; a folder that is not there
    // has no line.
    let json = wecom_kb("missing-translation", &["check", "--format", "json"])
        .expect_code(2)
        .json();
    assert_eq!(json["problems"].as_array().unwrap().len(), 2, "{json}");
    let missing = fixture("does-not-exist");
    let json = wecom(&["--kb", missing.to_str().unwrap(), "check", "--format", "json"])
        .expect_code(2)
        .json();
    assert_eq!(json["problems"][0]["line"], serde_json::Value::Null, "{json}");
}

/// A question stated twice in a solution's facts, in flow style on one line, is refused too, in
/// either language.
#[test]
fn a_fact_stated_twice_in_a_solution_is_refused() {
    let dir = valid_copy(
        "    facts:\n      phone_changed: true\n",
        "    facts: {phone_changed: true, phone_changed: false}\n",
    );
    let kb = dir.path().to_str().unwrap();
    let run = wecom(&["--kb", kb, "check"]);
    assert_refused(
        "solution facts",
        run,
        &[
            "有 1 处问题",
            "entries/02.yaml:12:12: facts 里的“phone_changed”写了两次",
        ],
    );
    let run = wecom(&["--kb", kb, "--lang", "en", "check"]);
    assert_refused(
        "solution facts",
        run,
        &["\"phone_changed\" is stated twice in facts, and only the later answer would count."],
    );
}

/// A copy of the valid fixture with `from` replaced by `to` in every file.
fn valid_copy(from: &str, to: &str) -> tempfile::TempDir {
    valid_copy_with(|_, text| text.replace(from, to))
}

/// The parser would read a tagged value as the text after the tag (`!!binary 5Lyq6YCg` as
/// `5Lyq6YCg`): a tag is refused where it stands, in either language.
#[test]
fn a_tagged_value_where_text_is_expected_is_refused() {
    let title = "title: 登录企微提示“账号已被禁用”怎么办？";
    for (from, to, place) in [
        (title, "title: !!binary 5Lyq6YCg", "entries/01.yaml:3:8:"),
        (
            title,
            "title: !<tag:yaml.org,2002:binary> 5Lyq6YCg",
            "entries/01.yaml:3:8:",
        ),
        (title, "title: !custom 伪造的标题", "entries/01.yaml:3:8:"),
        (
            "      - 启用后让员工重新登录。",
            "      - !!str 启用后让员工重新登录。",
            "entries/01.yaml:12:9:",
        ),
    ] {
        let dir = valid_copy(from, to);
        let kb = dir.path().to_str().unwrap();
        let run = wecom(&["--kb", kb, "check"]);
        let needle = format!("{place} 这里有 YAML 标签（以“!”开头，例如 !!binary）");
        assert_refused(to, run, &["有 1 处问题", &needle]);
        let run = wecom(&["--kb", kb, "--lang", "en", "check"]);
        assert_refused(to, run, &[&format!("{place} This value has a YAML tag")]);
    }
}
