//! Text from outside cannot act on the agent's terminal: the knowledge base may not contain
//! control characters, and whatever reaches the output is shown, not obeyed.

mod common;

use common::{fixture, wecom};

/// A copy of the valid fixture with `from` replaced by `to` in one entry file.
fn broken_copy(from: &str, to: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let valid = fixture("valid");
    std::fs::create_dir(dir.path().join("entries")).unwrap();
    for name in [
        "questions.yaml",
        "entries/01.yaml",
        "entries/02.yaml",
        "entries/03.yaml",
    ] {
        let text = std::fs::read_to_string(valid.join(name)).unwrap();
        let text = if name == "entries/01.yaml" {
            text.replace(from, to)
        } else {
            text
        };
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
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
    for format in ["text", "markdown", "json"] {
        let run = wecom(&["diagnose", "--message", message, "--format", format]).expect_code(0);
        assert!(!run.stdout.contains('\x1b'), "{format}: {:?}", run.stdout);
        assert!(run.stdout.contains("␛[2J"), "{format}: {:?}", run.stdout);
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
