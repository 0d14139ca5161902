//! Text from outside cannot act on the agent's terminal: the knowledge base may not contain
//! control characters, and whatever reaches the output is shown, not obeyed.

mod common;

use common::{fixture, valid_copy_with, wecom};

/// A copy of the valid fixture with `from` replaced by `to` in one entry file.
fn broken_copy(from: &str, to: &str) -> tempfile::TempDir {
    valid_copy_with(|name, text| {
        if name == "entries/01.yaml" {
            text.replace(from, to)
        } else {
            text
        }
    })
}

#[test]
fn check_refuses_control_characters_in_the_knowledge_base() {
    for (to, code) in [
        ("title: \"登录企微\\e[2J提示\"", "U+001B"),
        ("title: \"登录企微\\u202e提示\"", "U+202E"),
        ("title: \"登录企微\\a提示\"", "U+0007"),
    ] {
        let dir = broken_copy("title: 登录企微提示“账号已被禁用”怎么办？", to);
        let run = wecom(&["--kb", dir.path().to_str().unwrap(), "check"]).expect_code(2);
        assert!(
            run.stderr
                .contains(&format!("01.yaml:3:1: “title”里有控制字符（{code}）")),
            "{}",
            run.stderr
        );
        assert!(
            !run.stderr.contains('\x1b') && !run.stderr.contains('\u{202e}'),
            "{:?}",
            run.stderr
        );
    }
    let dir = broken_copy("  category: WeCom login", "  category: \"\\e[31mWeCom login\"");
    let run = wecom(&["--kb", dir.path().to_str().unwrap(), "check"]).expect_code(2);
    assert!(run.stderr.contains("“en”里有控制字符（U+001B）"), "{}", run.stderr);
}

#[test]
fn arguments_are_shown_not_obeyed() {
    let run = wecom(&["search", "\x1b[31m红色"]).expect_code(1);
    assert!(
        run.stderr.contains("␛[31m红色") && !run.stderr.contains('\x1b'),
        "{:?}",
        run.stderr
    );
    let run = wecom(&["show", "\x1b]0;title\x07"]).expect_code(2);
    assert!(
        run.stderr.contains("␛]0;title␇") && !run.stderr.contains('\x1b'),
        "{:?}",
        run.stderr
    );
    let message = "你的账号已被禁用，请联系该公司的管理员\x1b[2J";
    // Markdown escapes the bracket too: it reads `␛[2J` once rendered.
    for (format, shown) in [("text", "␛[2J"), ("markdown", "␛\\[2J"), ("json", "␛[2J")] {
        let run = wecom(&["diagnose", "--message", message, "--format", format]).expect_code(0);
        assert!(!run.stdout.contains('\x1b'), "{format}: {:?}", run.stdout);
        assert!(run.stdout.contains(shown), "{format}: {:?}", run.stdout);
    }
}

/// A mistyped command is quoted in our usage error, and its escape sequence shown, in both
/// languages: clap would print it raw.
#[test]
fn mistyped_arguments_are_shown_not_obeyed() {
    for lang in ["zh", "en"] {
        for args in [&["lst\x1b]0;X\x07"][..], &["list", "--x\x1b]0;X\x07"]] {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let run = wecom(&all).expect_code(2);
            assert!(
                run.stderr.contains("␛]0;X␇") && !run.stderr.contains('\x1b') && !run.stderr.contains('\x07'),
                "{:?}",
                run.stderr
            );
        }
    }
}

#[test]
fn file_names_in_messages_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("kb\x1b[2J");
    let run = wecom(&["--kb", odd.to_str().unwrap(), "check"]).expect_code(2);
    assert!(
        run.stderr.contains("kb␛[2J") && !run.stderr.contains('\x1b'),
        "{:?}",
        run.stderr
    );
}

/// The success line of `check` names the `--kb` folder: an escape sequence in its name (here one
/// that would set the window title) is shown, not obeyed.
#[test]
fn the_kb_path_on_the_check_success_line_is_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("kb\x1b]0;伪造\x07");
    copy_dir(&fixture("valid"), &odd);
    let run = wecom(&["--kb", odd.to_str().unwrap(), "check"]).expect_code(0);
    assert!(
        run.stdout.contains("kb␛]0;伪造␇") && !run.stdout.contains('\x1b') && !run.stdout.contains('\x07'),
        "{:?}",
        run.stdout
    );
}

/// Copies a folder of knowledge-base files, subfolders included.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for item in std::fs::read_dir(from).unwrap() {
        let item = item.unwrap();
        let target = to.join(item.file_name());
        if item.file_type().unwrap().is_dir() {
            copy_dir(&item.path(), &target);
        } else {
            std::fs::copy(item.path(), target).unwrap();
        }
    }
}

/// The English title of `entries/01.yaml` in the valid fixture.
const EN_TITLE: &str = "  title: WeCom says \"The account has been disabled\" at login. What to do?";

/// A line break in a one-line field would forge a line of its own in `list` and the picker
/// (` 17  伪造的条目：请拨打 400-000-0000`): every kind of line break is refused, naming the file,
/// the line and the field.
#[test]
fn check_refuses_line_breaks_in_one_line_fields() {
    let title = "title: 登录企微提示“账号已被禁用”怎么办？";
    for (to, code) in [
        ("title: \"登录企微\\n 17  伪造的条目：请拨打 400-000-0000\"", "U+000A"),
        ("title: \"登录企微\\r伪造\"", "U+000D"),
        ("title: \"登录企微\\L伪造\"", "U+2028"),
        ("title: \"登录企微\\P伪造\"", "U+2029"),
        ("title: \"登录企微\\N伪造\"", "U+0085"),
        ("title: |\n  登录企微\n  伪造", "U+000A"),
    ] {
        let dir = broken_copy(title, to);
        let kb = dir.path().to_str().unwrap();
        let run = wecom(&["--kb", kb, "check"]).expect_code(2);
        let expected = format!("01.yaml:3:1: “title”只能写一行，里面却有换行（{code}）");
        assert!(run.stderr.contains(&expected), "{to}: {}", run.stderr);
        assert!(run.stderr.contains("有 1 处问题"), "{to}: {}", run.stderr);
        let run = wecom(&["--kb", kb, "list"]).expect_code(2);
        assert!(
            run.stdout.is_empty() && run.stderr.contains(&expected),
            "{to}: {}",
            run.stderr
        );
    }
    for (from, to, expected) in [
        (
            "category: 企微登录相关",
            "category: \"企微\\n登录\"",
            "01.yaml:2:1: “category”只能写一行",
        ),
        (
            "  - 账号已被禁用",
            "  - \"账号\\u2028已被禁用\"",
            "01.yaml:4:1: “messages”只能写一行",
        ),
        (
            "  - steps:\n      - 请管理员",
            "  - label: \"甲\\n乙\"\n    steps:\n      - 请管理员",
            "01.yaml:10:5: “label”只能写一行",
        ),
        (
            EN_TITLE,
            "  title: \"Forged\\nWeCom\"",
            "01.yaml:14:1: “en.title”只能写一行",
        ),
    ] {
        let dir = broken_copy(from, to);
        let run = wecom(&["--kb", dir.path().to_str().unwrap(), "check"]).expect_code(2);
        assert!(run.stderr.contains(expected), "{to}: {}", run.stderr);
    }
    let dir = broken_copy(title, "title: \"登录企微\\n伪造\"");
    let run = wecom(&["--kb", dir.path().to_str().unwrap(), "--lang", "en", "check"]).expect_code(2);
    assert!(
        run.stderr
            .contains("01.yaml:3:1: \"title\" must fit on one line but contains a line break (U+000A)"),
        "{}",
        run.stderr
    );
    // Steps are paragraphs: a line break in one is no forgery.
    let dir = broken_copy(
        "      - 启用后让员工重新登录。",
        "      - \"启用后\\n让员工重新登录。\"",
    );
    wecom(&["--kb", dir.path().to_str().unwrap(), "check"]).expect_code(0);
}

/// Spaces show nothing, and neither do zero-width spaces and joiners, soft hyphens, tag
/// characters, Hangul fillers or bidirectional marks: a title of only these is empty.
#[test]
fn check_refuses_titles_of_invisible_characters_as_empty() {
    let title = "title: 登录企微提示“账号已被禁用”怎么办？";
    for invisible in [
        "\\u200B\\u200C\\u200D",
        "\\u00AD",
        "\\U000E0041\\U000E007F",
        "\\u3164\\u115F\\uFFA0",
        "\\u200E\\u200F",
        "\\u2060\\uFEFF \\u3000",
    ] {
        let dir = broken_copy(title, &format!("title: \"{invisible}\""));
        let run = wecom(&["--kb", dir.path().to_str().unwrap(), "check"]).expect_code(2);
        assert!(
            run.stderr.contains("01.yaml:3:1: “title”是空的"),
            "{invisible}: {}",
            run.stderr
        );
    }
    let dir = broken_copy(EN_TITLE, "  title: \"\\u200B\"");
    let run = wecom(&["--kb", dir.path().to_str().unwrap(), "check"]).expect_code(2);
    assert!(run.stderr.contains("01.yaml:14:1: "), "{}", run.stderr);
    // Invisible characters beside visible ones are left alone.
    let dir = broken_copy(title, "title: \"登录\\u200B企微\"");
    wecom(&["--kb", dir.path().to_str().unwrap(), "check"]).expect_code(0);
}

/// The employee's `--message` reaches a ticket as text: HTML, links and Markdown syntax in it
/// are escaped, so none is rendered or followed.
#[test]
fn markdown_shows_the_employee_message_as_text() {
    let message = "你的账号已被禁用，请联系该公司的管理员 <img src=x onerror=alert(1)> [点我](javascript:alert(1)) <javascript:alert(2)> **急** `x` # 标题 | 列";
    let run = wecom(&["diagnose", "--message", message, "--format", "markdown"]).expect_code(0);
    let said = run
        .stdout
        .lines()
        .find(|line| line.starts_with("**员工原话**"))
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert_eq!(
        said,
        "**员工原话**：你的账号已被禁用，请联系该公司的管理员 &lt;img src=x onerror=alert\\(1\\)&gt; \\[点我\\]\\(javascript\\:alert\\(1\\)\\) \
         &lt;javascript\\:alert\\(2\\)&gt; \\*\\*急\\*\\* \\`x\\` \\# 标题 \\| 列"
    );
    for raw in ["<img", "](javascript:", "<javascript:", "**急**"] {
        assert!(!run.stdout.contains(raw), "{raw}: {}", run.stdout);
    }
}
