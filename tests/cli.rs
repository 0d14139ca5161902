//! The commands, run as a support agent would run them, against the embedded knowledge base.

mod common;

use common::{COMMANDS, wecom};
use serde_json::Value;

/// Phrases of each entry's remedy in the source document; `show N` must carry all of them.
const SOURCE_PHRASES: [(u32, &[&str]); 16] = [
    (
        1,
        &[
            "MTDS 系统维护的手机号与现在企微登录的手机号是否一致",
            "是否完成手机号激活验证",
            "在企微设置里面修改手机号码",
        ],
    ),
    (
        2,
        &[
            "原来的手机号登录企微",
            "查看个人信息里修改为正确的手机号",
            "该人员正式离职",
            "再恢复在职",
            "完成手机号注册激活",
            "以新 ID 进入企微",
            "离职继承",
        ],
    ),
    (
        3,
        &[
            "B 员工手机号（需与 MTDS 原先维护的手机号一致）",
            "修改成 A 员工的手机号",
        ],
    ),
    (
        4,
        &[
            "两个或两个以上的账号同步到了企微",
            "根据最新同步的账号名字显示",
            "在工作台进入 MTDS 应用切换账号",
        ],
    ),
    (
        5,
        &[
            "用户投诉，此账号因涉嫌违法或违规已被限制登录",
            "是否有被客户投诉",
            "找腾讯客服申诉",
            "提供员工手机号等相关信息给答疑老师",
        ],
    ),
    (6, &["建议使用老板本人手机号激活"]),
    (
        7,
        &["没有关联过其他 MTDS 账号", "不需要管理员发送邀请", "在微信的服务通知"],
    ),
    (
        8,
        &[
            "该微信已绑定其他企业身份，请更换微信或将此微信绑定的身份都退出后再次绑定",
            "其他企业的企微退出",
            "重新绑定该微信",
        ],
    ),
    (
        9,
        &[
            "变为未设置",
            "在微信号 B1 原有的企业微信上换绑手机号",
            "将微信号 B1 原有的企微退出企业",
            "138XXX",
            "也可换绑",
        ],
    ),
    (10, &["直接用手机号登录即可"]),
    (
        11,
        &["不支持将 A 员工账号修改信息给 B 员工使用", "新员工入职建议新增员工账号"],
    ),
    (
        12,
        &[
            "该企业微信尚未绑定任何 UC 用户信息",
            "已激活的只能在企微修改手机号",
            "企业微信-设置里将手机号也修改",
        ],
    ),
    (
        13,
        &[
            "登录系统管理员 admin 账号",
            "查看个人信息-编辑基本信息",
            "点击更换企业微信商场管理员",
        ],
    ),
    (
        14,
        &[
            "工作台-企微教程",
            "更多功能-学习中心-信息化软件教程-首页-热门课程-企业微信",
        ],
    ),
    (
        15,
        &[
            "你的账号已被禁用，请联系该公司的管理员",
            "超一个月未登录",
            "点击【启用】",
            "需当天登录该 MTDS 账号进行激活",
            "不可通过切换账号方式",
            "每月需至少登录一次",
        ],
    ),
    (
        16,
        &[
            "让身边 1 位同事扫码确认你的身份，即可加入企业",
            "新员工入职需新增 MTDS 账号",
            "再用原手机号码登录企微",
            "在企微个人信息中修改手机号码",
            "使用企业微信绑定的微信进行登录",
            "保持微信、MTDS、企业微信手机号码全部一致",
        ],
    ),
];

#[test]
fn list_fits_the_width_counting_chinese_as_two_columns() {
    let run = wecom(&["list", "--width", "40"]).expect_code(0);
    for line in run.stdout.lines() {
        assert!(console::measure_text_width(line) <= 40, "{line:?}");
    }
    assert!(run.stdout.contains('…'));
}

#[test]
fn list_json_has_ids_titles_and_solutions() {
    let list = wecom(&["list", "--format", "json"]).expect_code(0).json();
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 16);
    assert_eq!(items[15]["id"], 16);
    assert_eq!(items[15]["solutions"], serde_json::json!(["16.1", "16.2", "16.3"]));
    assert_eq!(items[14]["solutions"], serde_json::json!(["15"]));
    assert!(items[0]["title"].as_str().unwrap().contains("无法申请加入企业"));
}

#[test]
fn show_carries_each_entrys_full_remedy() {
    for (id, phrases) in SOURCE_PHRASES {
        let run = wecom(&["show", &id.to_string()]).expect_code(0);
        assert!(run.stdout.starts_with(&format!("FAQ {id} ")), "{}", run.stdout);
        for phrase in phrases {
            assert!(
                run.stdout.contains(phrase),
                "show {id} lacks {phrase:?}:\n{}",
                run.stdout
            );
        }
    }
}

/// At the narrowest width every line of every entry fits, the category's included, and a
/// continued line is indented.
#[test]
fn show_fits_twenty_columns_in_both_languages() {
    for lang in ["zh", "en"] {
        for id in 1..=16 {
            let run = wecom(&["--width", "20", "--lang", lang, "show", &id.to_string()]).expect_code(0);
            for line in run.stdout.lines() {
                assert!(console::measure_text_width(line) <= 20, "{lang} show {id}: {line:?}");
            }
        }
    }
    let run = wecom(&["--width", "20", "--lang", "en", "show", "15"]).expect_code(0);
    assert!(run.stdout.contains("\nCategory: WeCom\n  login\n"), "{}", run.stdout);
}

#[test]
fn show_json_has_every_case() {
    let json = wecom(&["show", "16", "--format", "json"]).expect_code(0).json();
    let solutions: Vec<&str> = json["solutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(solutions, ["16.1", "16.2", "16.3"]);
    assert_eq!(json["id"], 16);
    assert!(json["symptoms"].is_array() && json["related"].is_array() && json["messages"].is_array());
    assert!(json["solutions"][2]["cause"].is_string());
    assert!(json["solutions"][1]["steps"].as_array().unwrap().len() >= 3);
}

#[test]
fn show_markdown_is_a_pasteable_block() {
    let run = wecom(&["show", "15", "--format", "markdown"]).expect_code(0);
    assert!(run.stdout.starts_with("## FAQ 15 "));
    assert!(run.stdout.contains("\n1. 商场系统管理员（admin）"));
    assert!(run.stdout.contains("\n> 注意："));
}

/// A Chinese input method may type the number full-width; search reads such text too.
#[test]
fn show_reads_full_width_numbers() {
    for (given, same) in [("１５", "15"), ("１６．２", "16.2"), (" 16.2 ", "16.2")] {
        let run = wecom(&["show", given]).expect_code(0);
        assert_eq!(run.stdout, wecom(&["show", same]).expect_code(0).stdout, "show {given}");
    }
    let run = wecom(&["show", "１７"]).expect_code(2);
    assert!(run.stderr.contains("“１７”"), "{}", run.stderr);
}

#[test]
fn show_refuses_numbers_that_do_not_exist() {
    for bad in ["17", "0", "abc", "-1", "15.x"] {
        let run = wecom(&["show", bad]).expect_code(2);
        assert!(run.stderr.contains("1–16"), "show {bad}: {}", run.stderr);
        assert!(run.stdout.is_empty());
    }
    let run = wecom(&["show", "16.4"]).expect_code(2);
    assert!(run.stderr.contains("16.1、16.2、16.3"), "{}", run.stderr);
}

/// Every leaf of the tree: the answers leading to it, as `--answers` tokens (`yes`/`no`, an
/// option's id or `none`), and its solutions (none: not covered).
fn leaves(node: &Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, Vec<String>)>) {
    if let Some(solutions) = node.get("solutions") {
        let ids = solutions
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect();
        out.push((path.clone(), ids));
        return;
    }
    assert!(node["question"]["id"].is_string() && node["question"]["text"].is_string());
    for (token, child) in branches(node) {
        path.push(token);
        leaves(child, path, out);
        path.pop();
    }
}

/// A question's branches in the JSON tree, with the token that takes each.
fn branches(node: &Value) -> Vec<(String, &Value)> {
    match node.get("options") {
        Some(options) => (options.as_array().unwrap().iter())
            .map(|o| (o["option"]["id"].as_str().unwrap().to_owned(), &o["then"]))
            .chain([("none".to_owned(), &node["none"])])
            .collect(),
        None => vec![("yes".to_owned(), &node["yes"]), ("no".to_owned(), &node["no"])],
    }
}

/// The text tree wraps to the width and cuts nothing: every question is there whole once its
/// continued lines are joined.
#[test]
fn the_text_tree_wraps_every_question_whole() {
    let questions = wecom(&["tree", "--format", "json"]).expect_code(0).stdout;
    for lang in ["zh", "en"] {
        let run = wecom(&["--width", "60", "--lang", lang, "tree"]).expect_code(0);
        assert!(!run.stdout.contains('…'), "{}", run.stdout);
        for line in run.stdout.lines() {
            assert!(console::measure_text_width(line) <= 60, "{lang}: {line:?}");
        }
        if lang == "zh" {
            let text =
                "这个手机号是不是也绑在另一个企业（比如名叫【欧派】、不是【欧派家居集团官方】的企业）的企业微信上？";
            assert!(questions.contains(text));
            let joined: String = run
                .stdout
                .lines()
                .map(|l| l.trim_start_matches(['│', '├', '└', '─', ' ']))
                .map(|l| l.rsplit_once(" → ").map_or(l, |(_, question)| question))
                .collect();
            assert!(joined.contains(text), "{}", run.stdout);
        }
    }
}

#[test]
fn tree_reaches_every_solution_in_few_questions() {
    let tree = wecom(&["tree", "--format", "json"]).expect_code(0).json();
    let mut all = Vec::new();
    leaves(&tree, &mut Vec::new(), &mut all);
    let mut reached: Vec<&str> = all.iter().flat_map(|(_, ids)| ids.iter().map(String::as_str)).collect();
    reached.sort_unstable();
    reached.dedup();
    let expected = common::all_solutions();
    assert_eq!(reached, expected);
    for case in ["16.1", "16.2", "16.3", "2.1", "2.2", "9.1", "9.2"] {
        assert!(
            all.iter().any(|(_, ids)| ids == &[case]),
            "{case} is not a leaf of its own"
        );
    }
    // Questions to reach each solution, by its deepest path; confirmations are on the paths.
    let mut deepest = std::collections::BTreeMap::<&str, usize>::new();
    for (path, ids) in &all {
        for id in ids {
            let depth = deepest.entry(id).or_default();
            *depth = (*depth).max(path.len());
        }
    }
    let mean = deepest.values().sum::<usize>() as f64 / deepest.len() as f64;
    let max = *deepest.values().max().unwrap();
    assert!(mean <= 5.0 && max <= 7, "mean {mean}, most {max}");
    assert_eq!(tree["stats"]["max_questions"], max);
    assert_eq!(tree["stats"]["mean_questions"], (mean * 100.0).round() / 100.0);
    // Some answers lead nowhere: the tree says so.
    let uncovered = all.iter().filter(|(_, ids)| ids.is_empty()).count();
    assert!(uncovered > 0);
    assert_eq!(tree["stats"]["not_covered_leaves"], uncovered);
}

#[test]
fn replaying_each_leaf_path_reaches_that_leaf() {
    let tree = wecom(&["tree", "--format", "json"]).expect_code(0).json();
    let mut all = Vec::new();
    leaves(&tree, &mut Vec::new(), &mut all);
    for (path, ids) in all {
        let answers = path.join(",");
        let code = if ids.is_empty() { 1 } else { 0 };
        let run = wecom(&["diagnose", "--answers", &answers, "--format", "json"]).expect_code(code);
        let json = run.json();
        assert_eq!(json["status"], if ids.is_empty() { "not_covered" } else { "solved" });
        let got: Vec<&str> = json["solutions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert_eq!(got, ids, "answers {answers}");
        assert_eq!(json["answers"].as_array().unwrap().len(), path.len());
    }
}

#[test]
fn scripted_diagnosis_echoes_questions_then_the_result() {
    let run = wecom(&["diagnose", "--answers", "1,b,1,5"]).expect_code(0);
    // The questions as they are answered go to standard error; standard output is the
    // transcript alone.
    assert!(run.stderr.starts_with("问题 1："), "{}", run.stderr);
    assert!(run.stderr.contains("→ 返回上一步"));
    assert_eq!(run.stderr.lines().filter(|l| l.starts_with("问题 ")).count(), 4);
    let out = &run.stdout;
    assert!(out.starts_with("问诊结果\n"), "{out}");
    // Then the transcript: the problem in one line, the questions with their answers, the
    // solution in full.
    let transcript = out.find("问诊结果").unwrap();
    assert!(
        out[transcript..]
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("问题：登录【欧派家居集团官方】")
    );
    let record = out.find("问诊记录").unwrap();
    let result = out.find("诊断结果").unwrap();
    assert!(transcript < record && record < result);
    assert!(out[result..].contains("FAQ 15  登录【欧派家居集团官方】"));
    // The record holds the two answers that count, not the undone one.
    assert_eq!(out[record..result].lines().filter(|l| l.contains(" → ")).count(), 2);
}

#[test]
fn the_markdown_transcript_is_the_block_alone_and_can_be_saved() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ticket.md");
    let path = file.to_str().unwrap();
    let run = wecom(&["diagnose", "--answers", "1,5", "--format", "markdown", "--save", path]).expect_code(0);
    // What is printed (pinned by the snapshot `diagnose_markdown_zh`) is what is saved.
    assert_eq!(std::fs::read_to_string(&file).unwrap(), run.stdout);

    // An existing file is refused before any question, and kept as it was.
    std::fs::write(&file, "keep me").unwrap();
    let run = wecom(&["diagnose", "--save", path]).expect_code(2);
    assert!(
        run.stderr.contains("已经存在") && run.stderr.contains("--force"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");
    wecom(&["diagnose", "--answers", "1,5", "--save", path, "--force"]).expect_code(0);
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        saved.starts_with("问诊结果\n问题：") && !saved.contains('\x1b'),
        "{saved}"
    );
}

#[test]
fn the_json_transcript_carries_the_problem_and_steps() {
    let message = "你的账号已被禁用，请联系该公司的管理员";
    let json = wecom(&["diagnose", "--message", message, "--format", "json"])
        .expect_code(0)
        .json();
    assert!(json["problem"].as_str().unwrap().contains("你的账号已被禁用"));
    assert_eq!(json["message"], message);
    assert_eq!(json["entries"][0]["id"], 15);
    assert_eq!(json["entries"][0]["solutions"][0]["steps"].as_array().unwrap().len(), 3);
}

#[test]
fn show_without_a_number_and_no_terminal_asks_for_it() {
    let run = wecom(&["show"]).expect_code(2);
    assert!(
        run.stderr.contains("请给出条目编号") && run.stderr.contains("1–16"),
        "{}",
        run.stderr
    );
}

#[test]
fn unsure_answers_still_end_in_a_result() {
    let run = wecom(&[
        "diagnose",
        "--answers",
        "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?",
        "--format",
        "json",
    ])
    .expect_code(0);
    let json = run.json();
    // 记不清 at the first choice leaves every solution open, and nothing can be asked after
    // it: each is listed, none confirmed.
    assert_eq!(json["solutions"].as_array().unwrap().len(), 20);
    assert_eq!(json["unconfirmed"], json["solutions"]);
    assert!(
        json["answers"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["answer"] == "unsure")
    );
}

#[test]
fn running_out_of_answers_names_the_next_question() {
    let run = wecom(&["diagnose", "--answers", "2,n"]).expect_code(2);
    assert!(
        run.stderr.contains("这个账号在 MTDS 上登记的手机号改过吗"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("问题 2："));
    // At a choice, the message lists what may be answered.
    let run = wecom(&["diagnose", "--answers", "1"]).expect_code(2);
    assert!(
        run.stderr.contains("弹出的提示是下面哪一句？") && run.stderr.contains("5 msg_disabled 你的账号已被禁用"),
        "{}",
        run.stderr
    );
}

/// The next question as `diagnose --answers ANSWERS --format json` gives it when they run out:
/// exit 2, the question, its choices' tokens and the answers so far.
fn ask(answers: &[&str]) -> (Value, Vec<String>) {
    let json = wecom(&["diagnose", "--answers", &answers.join(","), "--format", "json"])
        .expect_code(2)
        .json();
    assert_eq!(json["status"], "ask", "{json}");
    let tokens = json["question"]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["token"].as_str().unwrap().to_owned())
        .collect();
    (json, tokens)
}

/// A chat bot or a web page runs the wizard one call per step: it starts with no answers, and
/// appends the token of the choice made to the answers each time, until a result. Walked so
/// along every path of the tree, each step asks the tree's question, with the answers so far,
/// and the last call gives the tree's leaf.
#[test]
fn json_callers_drive_the_wizard_one_step_per_call() {
    let tree = wecom(&["tree", "--format", "json"]).expect_code(0).json();
    let mut all = Vec::new();
    leaves(&tree, &mut Vec::new(), &mut all);
    for (path, ids) in all {
        let mut node = &tree;
        let mut answers: Vec<String> = Vec::new();
        for step in path {
            let (json, tokens) = ask(&answers.iter().map(String::as_str).collect::<Vec<_>>());
            assert_eq!(json["question"]["id"], node["question"]["id"], "answers {answers:?}");
            assert_eq!(json["question"]["text"], node["question"]["text"]);
            assert_eq!(json["answers"].as_array().unwrap().len(), answers.len());
            let back = if answers.is_empty() {
                vec![]
            } else {
                vec!["back".to_owned()]
            };
            let offered: Vec<String> = match node.get("options") {
                Some(_) => (branches(node).into_iter().map(|(t, _)| t))
                    .chain(["unsure".to_owned()])
                    .collect(),
                None => ["yes", "no", "unsure"].map(String::from).to_vec(),
            };
            assert_eq!(tokens, [offered, back].concat());
            node = branches(node).into_iter().find(|(t, _)| *t == step).unwrap().1;
            answers.push(step);
        }
        let code = if ids.is_empty() { 1 } else { 0 };
        let json = wecom(&["diagnose", "--answers", &answers.join(","), "--format", "json"])
            .expect_code(code)
            .json();
        assert_eq!(json["status"], if ids.is_empty() { "not_covered" } else { "solved" });
        assert_eq!(json["solutions"], serde_json::json!(ids), "answers {answers:?}");
    }
}

/// `back` appended takes the last answer back, and the question comes again.
#[test]
fn a_json_caller_can_take_an_answer_back() {
    let (first, _) = ask(&["no_invite"]);
    let (again, _) = ask(&["no_invite", "no", "back"]);
    assert_eq!(again, first);
    let (start, tokens) = ask(&["has_message", "back"]);
    assert_eq!(start["question"]["id"], "situation");
    assert_eq!(
        tokens.last().unwrap(),
        "unsure",
        "nothing to take back at the first question"
    );
}

/// Text and Markdown keep the question for standard error, with nothing on standard output.
#[test]
fn running_out_of_answers_in_markdown_is_an_error() {
    let run = wecom(&["diagnose", "--answers", "", "--format", "markdown"]).expect_code(2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("遇到的是下面哪种情况？"), "{}", run.stderr);
}

/// A result of two entries names its problem as one of them, in JSON as in the text (pinned
/// in the snapshots).
#[test]
fn a_result_of_several_entries_is_named_as_one_of_them() {
    let run = wecom(&["diagnose", "--answers", "2,y,y,y", "--format", "json"]).expect_code(0);
    let json = run.json();
    assert_eq!(json["solutions"], serde_json::json!(["3", "11"]));
    assert_eq!(json["problem"], "可能是以下几种情况之一");
}

/// The help names `?` and the menu's words: "not sure" is one answer, in either language.
#[test]
fn answers_take_the_words_the_help_names() {
    let letters = wecom(&["diagnose", "--answers", "2,?,y,n", "--format", "json"])
        .expect_code(0)
        .json();
    for words in [
        "no_invite, not sure, yes, no",
        "2，不确定，是，否",
        "No_Invite Not Sure Y N",
    ] {
        let json = wecom(&["diagnose", "--answers", words, "--format", "json"])
            .expect_code(0)
            .json();
        assert_eq!(json, letters, "{words}");
    }
}

#[test]
fn bad_answers_are_named() {
    let run = wecom(&["diagnose", "--answers", "1,maybe"]).expect_code(2);
    assert!(run.stderr.contains("第 2 个回答“maybe”"), "{}", run.stderr);
}

#[test]
fn diagnose_without_a_terminal_does_not_hang() {
    let run = wecom(&["diagnose"]).expect_code(2);
    assert!(run.stderr.contains("--answers"), "{}", run.stderr);
    assert!(
        !run.stderr.contains('\x1b'),
        "no escape codes when stderr is not a terminal"
    );
}

#[test]
fn readme_diagram_matches_the_knowledge_base() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("<!-- tree:begin -->\n```mermaid\n")
        .expect("diagram start marker")
        + 31;
    let end = readme[start..]
        .find("```\n<!-- tree:end -->")
        .expect("diagram end marker")
        + start;
    let current = wecom(&["tree", "--format", "mermaid"]).expect_code(0).stdout;
    assert!(
        readme[start..end] == current,
        "README.md's diagram is out of date: replace it with the output of `wecom-help tree --format mermaid`"
    );
}

/// `--format` is an option of the commands that have formats, each offering its own; written
/// before the command it still counts.
#[test]
fn each_command_offers_its_own_formats() {
    let offered = |command: &str| {
        let help = wecom(&[command, "--help"]).expect_code(0).stdout;
        ["text", "markdown", "json", "dot", "mermaid"]
            .into_iter()
            .filter(|format| help.lines().any(|l| l.contains("--format") && l.contains(format)))
            .collect::<Vec<_>>()
    };
    for command in ["list", "show", "search", "diagnose"] {
        assert_eq!(offered(command), ["text", "markdown", "json"], "{command}");
    }
    assert_eq!(offered("tree"), ["text", "markdown", "json", "dot", "mermaid"]);
    assert_eq!(offered("check"), ["text", "json"]);
    for command in ["man", "completions"] {
        let help = wecom(&[command, "--help"]).expect_code(0).stdout;
        assert!(!help.contains("--format"), "{command}:\n{help}");
    }

    // A format the command does not offer is a usage error, and so is `--format` before the
    // command: it belongs to the command.
    for args in [
        &["show", "15", "--format", "mermaid"][..],
        &["--format", "dot", "list"],
        &["check", "--format", "markdown"],
        &["man", "--format", "json"],
        &["--format", "json", "completions", "bash"],
        &["--format", "json", "list"],
    ] {
        let run = wecom(args).expect_code(2);
        assert!(
            run.stdout.is_empty() && run.stderr.contains("--format"),
            "{args:?}: {}",
            run.stderr
        );
    }
}

/// Words that stay as they are in Chinese: names (of the program, systems, options' values,
/// shells, commands and files in the examples) and the answers y, n, b.
const NAMES: &[&str] = &[
    "faq",
    "IP",
    "localhost",
    "MTDS",
    "WeCom",
    "wecom",
    "CI",
    "Graphviz",
    "Markdown",
    "NO_COLOR",
    "WECOM_HELP_KB",
    "WECOM_HELP_LANG",
    "WECOM_HELP_JOURNAL",
    "SQLite",
    "journal",
    "sqlite",
    "report",
    "html",
    "weight",
    "a",
    "WECOM_HELP_WEBHOOK",
    "en_US",
    "UTF",
    "zh",
    "en",
    "English",
    "auto",
    "always",
    "never",
    "text",
    "markdown",
    "json",
    "dot",
    "mermaid",
    "shell",
    "bash",
    "zsh",
    "fish",
    "powershell",
    "elvish",
    "source",
    "_wecom",
    "zfunc",
    "svg",
    "http",
    "y",
    "n",
    "b",
];

/// Chinese that stays in English: the name 企业微信 and the messages the examples quote.
const QUOTED: &[&str] = &["企业微信", "你的账号已被禁用", "改了手机号收不到邀请"];

/// The runs of Latin letters (and `_`) of `text` that are neither option names (after a `-`) nor
/// command names nor in `NAMES` nor typed (in `args`).
fn english_words(text: &str, args: &[&str]) -> Vec<String> {
    let mut words = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_alphabetic() || c == '_') {
        let before = rest[..start].chars().next_back();
        let word_end = rest[start..]
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '_'))
            .map_or(rest.len(), |end| start + end);
        let word = &rest[start..word_end];
        let typed = args.contains(&word);
        if before != Some('-') && !COMMANDS.contains(&word) && !NAMES.contains(&word) && !typed {
            words.push(word.to_owned());
        }
        rest = &rest[word_end..];
    }
    words
}

/// The Chinese of `text` (CJK characters and full-width punctuation), except the names and
/// messages in `QUOTED`.
fn chinese(text: &str) -> Vec<char> {
    let mut text = text.to_owned();
    for quoted in QUOTED {
        text = text.replace(quoted, "");
    }
    text.chars()
        .filter(|c| ('\u{3000}'..='\u{9fff}').contains(c) || ('\u{ff00}'..='\u{ffef}').contains(c))
        .collect()
}

/// Every command's help, and usage errors, are in one language: in Chinese no English word but
/// names, in English no Chinese but names and quoted messages.
#[test]
fn help_and_usage_errors_speak_one_language() {
    let root = wecom(&["--help"]).expect_code(0).stdout;
    for command in COMMANDS {
        assert!(root.lines().any(|l| l.trim_start().starts_with(command)), "{command}");
    }
    let mut runs: Vec<(Vec<&str>, i32)> = vec![(vec!["--help"], 0), (vec!["-h"], 0)];
    for command in COMMANDS {
        runs.push((vec![command, "--help"], 0));
        runs.push((vec![command, "-h"], 0));
    }
    runs.push((vec!["help", "diagnose"], 0));
    runs.push((vec!["lst"], 2));
    runs.push((vec!["search"], 2));
    runs.push((vec!["diagnose", "--save"], 2));
    runs.push((vec!["list", "--format", "jsn"], 2));
    runs.push((vec!["search", "x", "--limit", "0"], 2));
    runs.push((vec!["serve", "--bind", "x"], 2));
    runs.push((vec!["diagnose", "--save", ""], 2));
    runs.push((vec!["completions", "nosh"], 2));
    for (args, code) in runs {
        let zh = wecom(&args).expect_code(code);
        let zh = zh.stdout + &zh.stderr;
        assert_eq!(english_words(&zh, &args), Vec::<String>::new(), "{args:?}:\n{zh}");
        let args = [&args[..], &["--lang", "en"]].concat();
        let en = wecom(&args).expect_code(code);
        let en = en.stdout + &en.stderr;
        assert_eq!(chinese(&en), Vec::<char>::new(), "{args:?}:\n{en}");
    }
}

/// The version part of the embedded knowledge base's hand-off codes.
fn kb_version() -> String {
    let kb = wecom_help::knowledge::load(&wecom_help::kb::KbSource::Embedded, wecom_help::lang::Lang::Zh)
        .and_then(|k| k.kb())
        .expect("the embedded knowledge base");
    wecom_help::resume::version(&kb)
}

#[test]
fn resume_continues_from_a_hand_off_code() {
    let version = kb_version();
    // The code's answers alone reach FAQ 15; each is echoed as it is given.
    let run = wecom(&["diagnose", "--resume", &format!("{version}-1.5")]).expect_code(0);
    assert!(run.stdout.contains("（FAQ 15）"), "{}", run.stdout);
    assert!(
        run.stderr.contains("问题 2：弹出的提示是下面哪一句？"),
        "{}",
        run.stderr
    );
    // Typed in capitals or full width, it is the same code; --answers continue after it.
    let code = format!("{}－1．6", version.to_uppercase());
    let run = wecom(&["diagnose", "--resume", &code, "--answers", "n,y,y", "--format", "json"]).expect_code(0);
    assert_eq!(run.json()["solutions"], serde_json::json!(["16.2"]));
    // Without more answers and no terminal, the next question comes as data.
    let run = wecom(&["diagnose", "--resume", &format!("{version}-1.6"), "--format", "json"]).expect_code(2);
    assert_eq!(run.json()["status"], "ask");
    assert_eq!(run.json()["answers"].as_array().map(Vec::len), Some(2));
}

#[test]
fn resume_refuses_a_code_it_cannot_read_or_from_another_knowledge_base() {
    let run = wecom(&["diagnose", "--resume", "not-a-code"]).expect_code(2);
    assert!(run.stderr.contains("交接码“not-a-code”看不懂"), "{}", run.stderr);
    let code = format!("{}-1.5", kb_version());
    let run = common::wecom_kb("valid", &["diagnose", "--resume", &code, "--lang", "en"]).expect_code(2);
    assert!(
        run.stderr.contains("another version of the knowledge base"),
        "{}",
        run.stderr
    );
}

/// A word that is no answer is refused even past the result: it may be a typo for an answer
/// that would have changed it (the web page refuses the same link).
#[test]
fn an_unknown_answer_past_the_result_is_refused() {
    let run = wecom(&["diagnose", "--answers", "1,5,maybe"]).expect_code(2);
    assert!(
        run.stderr.contains("--answers 的第 3 个回答“maybe”看不懂"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    // After a code, --answers are counted from their own first.
    let code = format!("{}-1", kb_version());
    let run = wecom(&["diagnose", "--resume", &code, "--answers", "5,maybe", "--lang", "en"]).expect_code(2);
    assert!(
        run.stderr.contains("Answer 2 of --answers, \"maybe\""),
        "{}",
        run.stderr
    );
}

/// A hand-off code holds y, n, u or an item's number: an answer of it that does not fit is told
/// in those words, any other word is a code mistyped, and answers past its result are its own.
#[test]
fn a_hand_off_code_is_spoken_of_in_its_own_words() {
    let version = kb_version();
    let run = wecom(&["diagnose", "--resume", &format!("{version}-1.9")]).expect_code(2);
    assert!(
        run.stderr.contains("这里可以答：序号 1–6、n（都不是）、u（记不清）。"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("、u 记不清）"), "{}", run.stderr);
    assert!(!run.stderr.contains("msg_disabled"), "{}", run.stderr);
    let run = wecom(&["diagnose", "--resume", &format!("{version}-1.9"), "--lang", "en"]).expect_code(2);
    assert!(
        run.stderr
            .contains("It takes an item's number from 1 to 6, n (none of these), u (can't remember)."),
        "{}",
        run.stderr
    );
    for wrong in ["b", "1.b", "1.msg_disabled"] {
        let code = format!("{version}-{wrong}");
        let run = wecom(&["diagnose", "--resume", &code]).expect_code(2);
        assert!(run.stderr.contains(&format!("交接码“{code}”看不懂")), "{}", run.stderr);
    }
    let run = wecom(&["diagnose", "--resume", &format!("{version}-1.5.y.y.y.y.y")]).expect_code(0);
    assert!(
        run.stderr.contains("交接码里最后 5 个回答没有用上。交接码可能抄错了"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("--answers"), "{}", run.stderr);
    let run = wecom(&["diagnose", "--resume", &format!("{version}-1.5.y"), "--answers", "y,n"]).expect_code(0);
    assert!(
        run.stderr.contains("--answers 里最后 2 个回答没有用上"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("交接码里最后 1 个回答没有用上"), "{}", run.stderr);
}

#[test]
fn search_asks_for_words_and_takes_a_negative_limit_as_a_bad_value() {
    for empty in ["", "   ", "\u{3000}"] {
        let run = wecom(&["search", empty]).expect_code(2);
        assert!(run.stderr.contains("search 后面没有要查的话"), "{}", run.stderr);
    }
    let run = wecom(&["search", "禁用", "--limit", "-1"]).expect_code(2);
    assert!(!run.stderr.contains("这个选项"), "{}", run.stderr);
    assert!(run.stderr.contains("要写一个从 1 起的整数"), "{}", run.stderr);
}

/// The hand-off code of diagnose's examples is one this knowledge base takes: it changes when
/// the questions do.
#[test]
fn the_examples_hand_off_code_is_current() {
    let mut version = String::new();
    for lang in ["zh", "en"] {
        let help = wecom(&["diagnose", "--help", "--lang", lang]).expect_code(0).stdout;
        let code = hand_off_codes(&help).next().expect("a hand-off code in the examples");
        let run = wecom(&["diagnose", "--resume", code, "--lang", lang]).expect_code(0);
        assert!(run.stdout.contains("FAQ 15"), "{}", run.stdout);
        version = code[..6].to_owned();
    }
    // The README's codes and its JSON example's version are those of the same knowledge base.
    let readme = include_str!("../README.md");
    let codes: Vec<&str> = hand_off_codes(readme).collect();
    assert!(codes.len() >= 2, "the README shows hand-off codes: {codes:?}");
    for code in codes {
        assert_eq!(
            code[..6],
            version,
            "README's hand-off code {code} is of another knowledge base version"
        );
    }
    assert!(
        readme.contains(&format!("\"kb_version\": \"{version}\"")),
        "README's JSON example names version {version}"
    );
}

/// The hand-off codes in `text`: six hex digits, a dash, the answers.
fn hand_off_codes(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || "`()".contains(c))
        .filter(|w| {
            w.len() > 7
                && w.is_char_boundary(6)
                && w.as_bytes()[6] == b'-'
                && w[..6].bytes().all(|b| b.is_ascii_hexdigit())
        })
}

#[test]
fn a_failure_of_the_system_is_said_in_the_agents_language_without_temporary_names() {
    for (lang, words) in [("zh", "找不到这个文件或文件夹"), ("en", "no such file or folder")] {
        let run = wecom(&[
            "diagnose",
            "--answers",
            "1,5",
            "--save",
            "/nonexist/r.md",
            "--lang",
            lang,
        ])
        .expect_code(2);
        assert!(run.stderr.contains(words), "{}", run.stderr);
        assert!(
            !run.stderr.contains("os error") && !run.stderr.contains(".wecom-help-"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn a_port_in_use_is_named_with_what_to_do() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let folder = tempfile::tempdir().unwrap();
    let journal = folder.path().join("journal.sqlite3");
    for (lang, words) in [
        ("zh", ["已经被别的程序占用", "换一个端口"]),
        ("en", ["already used by another program", "another port"]),
    ] {
        let run = wecom(&[
            "serve",
            "--bind",
            &address,
            "--lang",
            lang,
            "--journal",
            journal.to_str().unwrap(),
        ]);
        let run = run.expect_code(2);
        for w in words {
            assert!(run.stderr.contains(w), "{}", run.stderr);
        }
        assert!(!run.stderr.contains("os error"), "{}", run.stderr);
    }
}

#[test]
fn an_empty_value_is_called_empty() {
    for (args, words) in [
        (
            &["diagnose", "--save", "", "--lang", "zh"][..],
            "--save <文件> 的值是空的",
        ),
        (&["diagnose", "--save=", "--lang", "en"], "--save <FILE> is empty"),
    ] {
        let run = wecom(args).expect_code(2);
        assert!(run.stderr.contains(words), "{}", run.stderr);
    }
    // Left out, it is missing, not empty.
    let run = wecom(&["diagnose", "--save"]).expect_code(2);
    assert!(run.stderr.contains("后面要跟一个值"), "{}", run.stderr);
}

#[test]
fn a_refused_bind_or_limit_says_what_form_is_wanted() {
    for (args, words) in [
        (
            ["serve", "--bind", "example.com", "--lang", "zh"],
            "IP 地址加端口，例如 127.0.0.1:8080",
        ),
        (
            ["serve", "--bind", "example.com", "--lang", "en"],
            "an IP address with a port",
        ),
        (["search", "--limit", "0", "--lang", "zh"], "从 1 起的整数"),
        (["search", "--limit", "abc", "--lang", "en"], "a whole number from 1"),
    ] {
        let run = wecom(&args).expect_code(2);
        assert!(run.stderr.contains(words), "{args:?}: {}", run.stderr);
    }
}

/// What the employee said in the report: answers the first question and meets a yes/no one.
const SCAN: &str = "员工说登录时提示让身边一位同事扫码";

#[test]
fn without_a_terminal_the_example_fits_the_question_and_keeps_the_options() {
    let run = wecom(&["diagnose", "--message", SCAN]).expect_code(2);
    assert!(
        run.stderr
            .contains(&format!("`wecom-help diagnose --message '{SCAN}' --answers y`")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("y（是）、n（否）、?（不确定）") && !run.stderr.contains("序号"),
        "{}",
        run.stderr
    );
    let run = wecom(&["diagnose", "--lang", "en"]).expect_code(2);
    assert!(
        run.stderr.contains("`wecom-help diagnose --lang en --answers 1`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("number from 1 to 9 or its id"), "{}", run.stderr);
    assert!(!run.stderr.contains("y (yes)"), "{}", run.stderr);
}

#[test]
fn a_refused_answer_says_what_its_question_takes() {
    // A choice: its numbers and ids, no y.
    let run = wecom(&["diagnose", "--answers", "x"]).expect_code(2);
    assert!(
        run.stderr.contains("序号 1–9 或选项代号") && run.stderr.contains("1 has_message"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("y（是）"), "{}", run.stderr);
    let run = wecom(&["diagnose", "--answers", "x", "--lang", "en"]).expect_code(2);
    assert!(run.stderr.contains("number from 1 to 9 or its id"), "{}", run.stderr);
    // A yes/no question: y, n, ?, b, and no talk of items.
    for (lang, takes, items) in [
        ("zh", "y（是）、n（否）、?（不确定）、b（返回上一步）", "序号"),
        ("en", "y (yes), n (no), ? (not sure), b (back)", "number"),
    ] {
        let run = wecom(&["diagnose", "--message", SCAN, "--answers", "1", "--lang", lang]).expect_code(2);
        assert!(
            run.stderr.contains(takes) && !run.stderr.contains(items),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn a_hand_off_code_that_does_not_fit_is_blamed_not_answers() {
    let version = kb_version();
    for (lang, words) in [
        ("zh", ["交接码", "第 2 个回答“9”", "抄错"]),
        ("en", ["hand-off code", "Answer 2", "mistyped"]),
    ] {
        let run = wecom(&["diagnose", "--resume", &format!("{version}-1.9"), "--lang", lang]).expect_code(2);
        for w in words {
            assert!(run.stderr.contains(w), "{}", run.stderr);
        }
        assert!(!run.stderr.contains("--answers"), "{}", run.stderr);
    }
    // An answer of --answers after the code is counted from the first of --answers.
    let run = wecom(&["diagnose", "--resume", &format!("{version}-1.6"), "--answers", "y,9"]).expect_code(2);
    assert!(run.stderr.contains("--answers 的第 2 个回答“9”"), "{}", run.stderr);
}

#[test]
fn going_back_at_the_first_question_says_there_is_nothing_to_take_back() {
    for (lang, words) in [
        ("zh", "→ 返回上一步\n已经是第一个问题了。\n"),
        ("en", "→ Back\nThis is the first question.\n"),
    ] {
        let run = wecom(&["diagnose", "--answers", "b,1,5", "--lang", lang]).expect_code(0);
        assert!(run.stderr.contains(words), "{}", run.stderr);
    }
}

/// Every command's examples, in both languages, fit 100 columns: an example wrapped would put
/// its explanation in the command's column.
#[test]
fn help_examples_do_not_wrap_at_100_columns() {
    for lang in ["zh", "en"] {
        for command in COMMANDS.iter().map(|c| vec![*c]).chain([vec![]]) {
            let args = [&command[..], &["--help", "--lang", lang]].concat();
            let help = common::wecom_env(&args, &[("COLUMNS", "100")]).expect_code(0).stdout;
            let examples = help.split_once(if lang == "zh" { "\n例：\n" } else { "\nExamples:\n" });
            for line in examples.map_or("", |(_, e)| e).lines().filter(|l| !l.is_empty()) {
                assert!(
                    line.starts_with("  wecom-help") || line.starts_with("  source "),
                    "{args:?}: a wrapped example: {line:?}\n{help}"
                );
            }
        }
    }
}

/// Value names are written alike: upper case in English, as clap writes its own.
#[test]
fn value_names_are_upper_case_in_english() {
    for command in COMMANDS {
        let help = wecom(&[command, "--help", "--lang", "en"]).expect_code(0).stdout;
        for name in help
            .split('<')
            .skip(1)
            .filter_map(|rest| rest.split_once('>'))
            .map(|(name, _)| name)
        {
            if !name.chars().all(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            assert_eq!(name, name.to_uppercase(), "{command}: <{name}>");
        }
    }
}
