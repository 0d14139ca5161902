//! `diagnose --format wecom` and `diagnose --send`: the result as WeCom group-robot messages,
//! posted to a robot on 127.0.0.1 that checks every request. Whatever fails, the transcript is
//! on standard output and the webhook's URL nowhere.

mod common;

use std::time::{Duration, Instant};

use common::robot::{OK, Reply, Robot, SECRET, closed_port_url};
use common::{Run, wecom, wecom_env};

/// FAQ 15, reached by two answers.
const FAQ_15: [&str; 3] = ["diagnose", "--answers", "1,5"];

/// `wecom-help args` with the webhook at `url`.
fn sending(url: &str, args: &[&str]) -> Run {
    wecom_env(args, &[("WECOM_HELP_WEBHOOK", url)])
}

/// `args` with `more` after them.
fn with<'a>(args: &[&'a str], more: &[&'a str]) -> Vec<&'a str> {
    args.iter().chain(more).copied().collect()
}

/// The messages as `--format wecom` prints them: one alone, several each under its number.
fn printed(messages: &[String], lang: &str) -> String {
    if let [message] = messages {
        return format!("{message}\n");
    }
    let total = messages.len();
    let part = |n: usize| match lang {
        "en" => format!("—— Message {n} of {total} ——"),
        _ => format!("—— 第 {n}/{total} 条 ——"),
    };
    (messages.iter().enumerate())
        .map(|(i, m)| format!("{}\n{m}\n", part(i + 1)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Panics when the webhook's secret key shows anywhere in what the run printed.
fn keeps_the_secret(run: &Run) {
    for (stream, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        assert!(!text.contains(SECRET), "the key on {stream}:\n{text}");
        assert!(!text.contains("cgi-bin"), "the URL on {stream}:\n{text}");
    }
}

#[test]
fn send_posts_what_format_wecom_prints() {
    for lang in ["zh", "en"] {
        let args = with(&FAQ_15, &["--lang", lang]);
        let wecom_printed = wecom(&with(&args, &["--format", "wecom"])).expect_code(0).stdout;
        let text = wecom(&args).expect_code(0).stdout;
        let robot = Robot::always(OK);
        let run = sending(&robot.url, &with(&args, &["--send"])).expect_code(0);
        // The result is printed as asked; the group gets the wecom rendering.
        assert_eq!(run.stdout, text);
        let contents = robot.contents();
        assert_eq!(printed(&contents, lang), wecom_printed);
        let said = match lang {
            "en" => "Sent to the support desk's group: 1 message.\n",
            _ => "已发到客服群：1 条消息。\n",
        };
        assert!(run.stderr.ends_with(said), "{}", run.stderr);
        keeps_the_secret(&run);
        // Printed as wecom and sent: the same text.
        let robot = Robot::always(OK);
        let run = sending(&robot.url, &with(&args, &["--send", "--format", "wecom"])).expect_code(0);
        assert_eq!(run.stdout, wecom_printed);
        assert_eq!(printed(&robot.contents(), lang), wecom_printed);
    }
}

#[test]
fn not_covered_is_sent_and_still_exits_1() {
    let robot = Robot::always(OK);
    let run = sending(&robot.url, &["diagnose", "--answers", "n", "--send"]).expect_code(1);
    let contents = robot.contents();
    assert_eq!(contents.len(), 1);
    assert!(
        contents[0].contains("<font color=\"warning\">知识库未收录这种情况</font>"),
        "{}",
        contents[0]
    );
    assert!(run.stderr.ends_with("已发到客服群：1 条消息。\n"), "{}", run.stderr);
}

/// Every way the robot can fail: the transcript is printed whole, the exit code is 3, the
/// message says why in the agent's words, and the URL shows nowhere.
#[test]
fn every_failure_keeps_the_transcript_and_the_secret() {
    let transcript = wecom(&FAQ_15).expect_code(0).stdout;
    let closed = closed_port_url();
    let cases: [(&str, Option<Reply>, &str); 6] = [
        (
            "45009",
            Some(Reply::Errcode(45009, "api freq out of limit")),
            "请等一分钟再发，或者把上面打印的结果贴到群里",
        ),
        (
            "93000",
            Some(Reply::Errcode(93000, "invalid webhook url")),
            "errcode 93000，errmsg“invalid webhook url”",
        ),
        (
            "HTTP 500",
            Some(Reply::Status(500)),
            "Webhook 地址回答了 HTTP 500，而不是 200",
        ),
        ("not JSON", Some(Reply::NotJson), "Webhook 地址的回答看不懂"),
        ("closed", Some(Reply::Close), "没有回答就断开了连接"),
        ("refused", None, "连接被拒绝"),
    ];
    for (name, reply, because) in cases {
        let robot = reply.map(Robot::always);
        let url = robot.as_ref().map_or(closed.as_str(), |r| r.url.as_str());
        let run = sending(url, &with(&FAQ_15, &["--send"])).expect_code(3);
        assert_eq!(run.stdout, transcript, "{name}");
        assert!(
            run.stderr.contains("错误：结果没有发到客服群："),
            "{name}: {}",
            run.stderr
        );
        assert!(run.stderr.contains(because), "{name}: {}", run.stderr);
        keeps_the_secret(&run);
        if let Some(robot) = robot {
            assert_eq!(robot.contents().len(), 1, "{name}: tried once");
        }
    }
}

#[test]
fn failures_are_explained_in_english_too() {
    let robot = Robot::always(Reply::Errcode(45009, "api freq out of limit"));
    let run = sending(&robot.url, &with(&FAQ_15, &["--send", "--lang", "en"])).expect_code(3);
    assert!(
        run.stderr.contains(
            "Error: The result was not sent to the support desk's group: The group robot takes at most 20 messages a \
             minute, and more were sent (errcode 45009). Wait a minute before sending again, or paste the result \
             printed above into the group."
        ),
        "{}",
        run.stderr
    );
    let run = sending(&closed_port_url(), &with(&FAQ_15, &["--send", "--lang", "en"])).expect_code(3);
    assert!(run.stderr.contains("(connection refused)"), "{}", run.stderr);
    keeps_the_secret(&run);
}

/// A robot that takes the request and never answers: the agent waits 10 seconds, no more.
#[test]
fn a_silent_robot_is_given_up_after_ten_seconds() {
    let robot = Robot::always(Reply::Silent);
    let start = Instant::now();
    let run = sending(&robot.url, &with(&FAQ_15, &["--send"])).expect_code(3);
    let waited = start.elapsed();
    assert!(
        (Duration::from_secs(9)..Duration::from_secs(20)).contains(&waited),
        "{waited:?}"
    );
    assert!(run.stderr.contains("Webhook 地址 10 秒内没有回答"), "{}", run.stderr);
    assert_eq!(run.stdout, wecom(&FAQ_15).stdout);
    keeps_the_secret(&run);
}

/// A description of several kilobytes: in several messages of at most 4,096 bytes each, which
/// say that they continue and are continued, and together carry it all, in order.
#[test]
fn a_long_transcript_is_split_into_messages_that_carry_it_all() {
    let description: String = (1..=200)
        .map(|n| format!("第{n}次登录时一直转圈换了网络也不行。"))
        .collect();
    assert!(description.len() > 8 * 1024);
    let args = ["diagnose", "--message", &description, "--answers", "n"];
    let robot = Robot::always(OK);
    let run = sending(&robot.url, &with(&args, &["--send", "--format", "wecom"]));
    let contents = robot.contents();
    assert!(contents.len() >= 3, "{} messages", contents.len());
    assert_eq!(run.stdout, printed(&contents, "zh"));
    let last = contents.len() - 1;
    let mut bodies = String::new();
    for (i, content) in contents.iter().enumerate() {
        assert!(content.len() <= 4096);
        let continued = "<font color=\"comment\">（续上条）</font>\n";
        let continues = "\n<font color=\"comment\">（接下条）</font>";
        assert_eq!(content.starts_with(continued), i > 0, "{i}");
        assert_eq!(content.ends_with(continues), i < last, "{i}");
        let body = content.strip_prefix(continued).unwrap_or(content);
        bodies.push_str(body.strip_suffix(continues).unwrap_or(body));
    }
    assert!(bodies.replace('\n', "").contains(&description));
    assert!(
        run.stderr
            .contains(&format!("已发到客服群：{} 条消息。", contents.len()))
    );
}

/// When a later message is refused, the earlier ones stay sent, the rest is not tried, and the
/// agent is told which to paste.
#[test]
fn a_refused_message_stops_the_sending_and_says_what_was_sent() {
    let description = "登录时一直转圈。".repeat(400);
    let args = ["diagnose", "--message", &description, "--answers", "n", "--send"];
    let robot = Robot::start(|n| {
        if n == 0 {
            OK
        } else {
            Reply::Errcode(45009, "api freq out of limit")
        }
    });
    let run = sending(&robot.url, &args).expect_code(3);
    assert_eq!(robot.contents().len(), 2, "stopped at the refused one");
    let total = wecom(&with(&args[..5], &["--format", "wecom"]))
        .stdout
        .matches("—— 第 ")
        .count();
    assert!(
        run.stderr.contains(&format!(
            "错误：结果分 {total} 条，只发出了前 1 条，第 2 条没有发出去：群机器人一分钟内最多收 20 条消息"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("请把上面打印的第 2–{total} 条贴到群里。")),
        "{}",
        run.stderr
    );
    keeps_the_secret(&run);
}

/// Tags, links and emphasis the employee typed are shown as typed, not obeyed.
#[test]
fn markup_in_the_description_shows_as_typed() {
    let description = "<font color=\"info\">已解决</font> [点这里](http://evil.example) **急** # 标题\n> 引用";
    let robot = Robot::always(OK);
    sending(
        &robot.url,
        &["diagnose", "--message", description, "--answers", "n", "--send"],
    );
    let content = &robot.contents()[0];
    assert!(
        content.contains(
            "**员工原话**：＜font color=\"info\"＞已解决＜/font＞ ［点这里］(http://evil.example) ＊＊急＊＊ ＃ 标题 ＞ 引用\n"
        ),
        "{content}"
    );
    assert!(
        !content.contains("<font color=\"info\">") && !content.contains("[点这里]"),
        "{content}"
    );
}

/// No webhook, an empty one, or one that is no http(s) URL: refused before anything is asked,
/// with nothing printed but the error, which does not show the value.
#[test]
fn a_webhook_missing_or_not_http_is_refused_before_asking() {
    let refused = |run: Run, words: &str| {
        let run = run.expect_code(2);
        assert_eq!(run.stdout, "");
        assert!(run.stderr.starts_with(words), "{}", run.stderr);
        assert!(!run.stderr.contains("问题 1"), "asked: {}", run.stderr);
        keeps_the_secret(&run);
    };
    let missing = "错误：--send 要把结果发到客服群，但环境变量 WECOM_HELP_WEBHOOK 没有设置";
    refused(wecom(&with(&FAQ_15, &["--send"])), missing);
    refused(sending("", &with(&FAQ_15, &["--send"])), missing);
    let not_http = "错误：环境变量 WECOM_HELP_WEBHOOK 不是以 http:// 或 https:// 开头";
    for url in [
        "ftp://qyapi.example/cgi-bin/webhook/send?key=TOPSECRET-4f1c-robot-key",
        "qyapi.example/cgi-bin/webhook/send?key=TOPSECRET-4f1c-robot-key",
    ] {
        refused(sending(url, &with(&FAQ_15, &["--send"])), not_http);
        // serve too refuses to start with it.
        refused(sending(url, &["serve", "--bind", "127.0.0.1:0"]), not_http);
    }
    refused(
        sending("ftp://x/", &with(&FAQ_15, &["--send", "--lang", "en"])),
        "Error: WECOM_HELP_WEBHOOK is not a URL that starts with http:// or https://",
    );
    // Without --send the variable is not read.
    wecom_env(&FAQ_15, &[("WECOM_HELP_WEBHOOK", "ftp://x/")]).expect_code(0);
}

#[test]
fn save_keeps_what_format_wecom_prints() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("result.md");
    let file = file.to_str().unwrap();
    let run = wecom(&with(&FAQ_15, &["--format", "wecom", "--save", file])).expect_code(0);
    assert_eq!(std::fs::read_to_string(file).unwrap(), run.stdout);
    assert!(run.stdout.starts_with("# 问诊结果\n**问题**："), "{}", run.stdout);
}
