//! The language setting, English errors and missing translations, completions, the man page,
//! pictures of the tree, colour and the version: what a well-behaved command-line tool offers,
//! checked with the tools people use them with. The outputs themselves are pinned whole in
//! `tests/snapshots.rs`.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{wecom, wecom_env, wecom_kb};

/// Runs `program args` with `input` on standard input; returns (success, stdout, stderr).
/// Fails the test when `program` is missing: these tests check the output with the tools people
/// use it with, and must not pass without them (`.ci/run` installs them).
fn pipe(program: &str, args: &[&str], input: &str) -> (bool, String, String) {
    let package = match program {
        "dot" => "graphviz",
        "man" => "man-db",
        other => other,
    };
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("MANWIDTH", "80")
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot run `{program}` ({e}): this test needs it; install it (Debian package {package}, as .ci/run does)")
        });
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (out.status.success(), text(out.stdout), text(out.stderr))
}

#[test]
fn the_language_comes_from_the_environment_too() {
    let run = wecom_env(&["check"], &[("WECOM_HELP_LANG", "en")]).expect_code(0);
    assert!(
        run.stdout
            .starts_with("The knowledge base is valid (embedded knowledge base)"),
        "{}",
        run.stdout
    );
}

/// `WECOM_HELP_KB` and `WECOM_HELP_LANG` set to nothing count as unset; the language is read
/// from a locale name too; a value the program cannot use is named as the variable it came from.
#[test]
fn environment_variables_empty_as_locales_or_bad() {
    let valid_zh = "知识库完好（内置知识库）";
    let valid_en = "The knowledge base is valid (embedded knowledge base)";
    let check = |env: &[(&str, &str)]| wecom_env(&["check"], env).expect_code(0).stdout;
    assert!(check(&[("WECOM_HELP_KB", ""), ("WECOM_HELP_LANG", "")]).starts_with(valid_zh));
    for english in ["EN", "en_US.UTF-8", "en-GB"] {
        assert!(
            check(&[("WECOM_HELP_LANG", english)]).starts_with(valid_en),
            "{english}"
        );
    }
    for chinese in ["zh_CN.UTF-8", "C.UTF-8"] {
        assert!(
            check(&[("WECOM_HELP_LANG", chinese)]).starts_with(valid_zh),
            "{chinese}"
        );
    }
    // Help is given in the language the parse decides.
    let help = wecom_env(&["--help"], &[("WECOM_HELP_LANG", "en_US.UTF-8")]).expect_code(0);
    assert!(help.stdout.starts_with("A wizard for WeCom"), "{}", help.stdout);

    let run = wecom_env(&["list"], &[("WECOM_HELP_LANG", "fr")]).expect_code(2);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.starts_with("错误：WECOM_HELP_LANG=fr："), "{}", run.stderr);
    assert!(!run.stderr.contains("--lang"), "{}", run.stderr);
    // The command line wins over the environment, a bad value included.
    let run = wecom_env(&["--lang", "en", "check"], &[("WECOM_HELP_LANG", "fr")]).expect_code(0);
    assert!(run.stdout.starts_with(valid_en), "{}", run.stdout);
    let run = wecom_env(&["--kb", "faq", "check"], &[("WECOM_HELP_KB", "/does/not/exist")]).expect_code(0);
    assert!(run.stdout.starts_with("知识库完好（faq）"), "{}", run.stdout);
}

#[test]
fn help_as_a_command_speaks_english_too() {
    for (args, same) in [
        (&["help", "--lang", "en"][..], &["--lang", "en", "--help"][..]),
        (&["help", "list", "--lang=en"], &["list", "--help", "--lang", "en"]),
    ] {
        let run = wecom(args).expect_code(0);
        assert!(
            !run.stdout.contains("列出") && !run.stdout.contains("问诊"),
            "{args:?}:\n{}",
            run.stdout
        );
        assert_eq!(run.stdout, wecom(same).expect_code(0).stdout, "{args:?}");
    }
}

#[test]
fn english_errors() {
    let run = wecom(&["show", "17", "--lang", "en"]).expect_code(2);
    assert!(
        run.stderr.starts_with("Error: There is no entry numbered \"17\""),
        "{}",
        run.stderr
    );
}

#[test]
fn check_refuses_a_missing_or_mismatched_translation() {
    let run = wecom_kb("missing-translation", &["check"]).expect_code(2);
    assert!(run.stderr.contains("有 2 处还没有英文翻译"), "{}", run.stderr);
    assert!(
        run.stderr.contains("questions.yaml:8:5: 问题“phone_changed”还没有英文"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("entries/03.yaml:1:1: 条目 3 还没有英文翻译"),
        "{}",
        run.stderr
    );
    // A missing translation does not stop the wizard: it shows the Chinese instead.
    let run = wecom_kb("missing-translation", &["show", "3", "--lang", "en"]).expect_code(0);
    assert!(run.stdout.contains("新员工收不到企微邀请怎么办？") && run.stdout.contains("Symptoms"));

    let run = wecom_kb("translation-mismatch", &["check", "--lang", "en"]).expect_code(2);
    // At the English solution whose steps differ in number.
    assert!(run.stderr.contains("entries/03.yaml:19:5: "), "{}", run.stderr);
    assert!(run.stderr.contains("1 item, but in Chinese it has 2"), "{}", run.stderr);
}

#[test]
fn search_understands_english() {
    let json = wecom(&["search", "account disabled", "--format", "json"])
        .expect_code(0)
        .json();
    assert_eq!(json[0]["id"], "15");
    let json = wecom(&["search", "colleague scan code", "--format", "json"])
        .expect_code(0)
        .json();
    assert!(json[0]["id"].as_str().unwrap().starts_with("16"), "{json}");
}

#[test]
fn version() {
    let run = wecom(&["--version"]).expect_code(0);
    assert_eq!(run.stdout.trim(), format!("wecom-help {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn bash_loads_the_completions() {
    let script = wecom(&["completions", "bash"]).expect_code(0).stdout;
    let (ok, stdout, stderr) = pipe("bash", &["-c", "source /dev/stdin && complete -p wecom-help"], &script);
    assert!(ok && stderr.is_empty(), "{stderr}");
    assert!(stdout.contains("wecom-help"), "{stdout}");
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        assert!(!wecom(&["completions", shell]).expect_code(0).stdout.is_empty());
    }
}

/// `--width` is for tests: hidden from help, and offered by no completion script.
#[test]
fn completions_offer_no_hidden_option() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = wecom(&["completions", shell]).expect_code(0).stdout;
        assert!(script.contains("--lang") || script.contains("-l lang"), "{shell}");
        assert!(!script.contains("--width") && !script.contains("-l width"), "{shell}");
    }
}

/// The man page renders without a warning in both languages, left-aligned, and documents every
/// command with its options, the exit codes and the environment variables, referring to no other
/// page of its own (there is none).
#[test]
fn the_man_page_renders_and_documents_everything() {
    let commands: &[(&str, &[&str])] = &[
        (
            "diagnose",
            &["--answers", "--message", "--save", "--force", "--format", "--send"],
        ),
        ("search", &["QUERY", "--limit", "--format"]),
        ("list", &["--format"]),
        ("show", &["--format"]),
        ("tree", &["--format"]),
        ("completions", &["SHELL"]),
        ("man", &[]),
        ("check", &["--format"]),
        ("help", &["COMMAND"]),
    ];
    for lang in ["zh", "en"] {
        let page = wecom(&["man", "--lang", lang]).expect_code(0).stdout;
        assert!(page.lines().take(8).any(|line| line == ".ad l"), "{lang}: {page}");
        assert!(!page.contains("wecom\\-help\\-"), "{lang}: a reference to another page");
        let (ok, shown, stderr) = pipe("man", &["-l", "-"], &page);
        assert!(ok && stderr.is_empty(), "{lang}: {stderr}");
        for (command, options) in commands {
            let section = format!("\n   {command}\n       wecom-help {command}");
            let at = shown
                .find(&section)
                .unwrap_or_else(|| panic!("{lang}: no section for {command}: {shown}"));
            // Up to the next heading: a command's, indented by three spaces, or a section's.
            let rest = &shown[at + 1..];
            let end = (rest.match_indices('\n'))
                .find(|(n, _)| {
                    let line = &rest[n + 1..];
                    !line.starts_with('\n') && !line.starts_with("    ")
                })
                .map_or(rest.len(), |(n, _)| n);
            let section = &rest[..end];
            for &option in *options {
                // Values are named in the page's language.
                let option = match (lang, option) {
                    ("zh", "QUERY") => "要查的话",
                    ("zh", "SHELL") => "命令行外壳",
                    ("zh", "COMMAND") => "命令",
                    _ => option,
                };
                assert!(
                    section.contains(&format!("\n       {option}")),
                    "{lang}: {command} {option}"
                );
            }
        }
        let options = match lang {
            "zh" => ["--kb 文件夹", "--color 颜色", "--lang 语言"],
            _ => ["--kb DIR", "--color COLOR", "--lang LANG"],
        };
        for needle in options.into_iter().chain(["-h, --help", "-V, --version"]) {
            assert!(shown.contains(needle), "{lang}: {needle}");
        }
        for code in ["0", "1", "2", "3", "130"] {
            assert!(shown.contains(&format!("\n       {code} ")), "{lang}: exit code {code}");
        }
        for variable in ["WECOM_HELP_KB", "WECOM_HELP_LANG", "WECOM_HELP_WEBHOOK"] {
            assert!(shown.contains(&format!("\n       {variable}\n")), "{lang}: {variable}");
        }
        for file in ["questions.yaml", "synonyms.yaml", "entries/*.yaml"] {
            assert!(shown.contains(file), "{lang}: {file}");
        }
    }
}

#[test]
fn graphviz_renders_the_tree() {
    let dot = wecom(&["tree", "--format", "dot"]).expect_code(0).stdout;
    let (ok, svg, stderr) = pipe("dot", &["-Tsvg"], &dot);
    assert!(ok && stderr.is_empty(), "{stderr}");
    assert!(
        svg.contains("<svg") && svg.contains("16.2"),
        "{}",
        &svg[..200.min(svg.len())]
    );
}

#[test]
fn colour_follows_the_flag_and_the_conventions_on_both_streams() {
    let coloured = |s: &str| s.contains("\x1b[");
    let stdout = |args: &[&str], env: &[(&str, &str)]| wecom_env(args, env).expect_code(0).stdout;
    let stderr = |args: &[&str], env: &[(&str, &str)]| wecom_env(args, env).expect_code(2).stderr;
    // Not a terminal: no colour, unless forced.
    assert!(!coloured(&stdout(&["show", "15"], &[])));
    assert!(coloured(&stdout(&["show", "15"], &[("CLICOLOR_FORCE", "1")])));
    // CLICOLOR_FORCE wins over NO_COLOR, and the flag over both.
    assert!(coloured(&stdout(
        &["show", "15"],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    )));
    assert!(!coloured(&stdout(
        &["show", "15", "--color", "never"],
        &[("CLICOLOR_FORCE", "1")]
    )));
    assert!(coloured(&stdout(
        &["show", "15", "--color", "always"],
        &[("NO_COLOR", "1")]
    )));
    // Standard error follows the same choice.
    assert!(coloured(&stderr(&["show", "17", "--color", "always"], &[])));
    assert!(!coloured(&stderr(
        &["show", "17", "--color", "never"],
        &[("CLICOLOR_FORCE", "1")]
    )));
}
