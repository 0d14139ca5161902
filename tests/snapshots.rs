//! Whole outputs of the commands (exit code, standard output and standard error), pinned as
//! snapshots in `tests/snapshots/`, in Chinese and in English, 80 columns wide and without colour,
//! so that any change of layout or wording is seen in review.
//!
//! After an intended change: `INSTA_UPDATE=always cargo test --test snapshots`, then read the
//! changed `.snap` files before committing them.

mod common;

use common::{COMMANDS, wecom};

/// Snapshots `wecom-help args…` 80 columns wide as `{name}_zh`, and with `--lang en` as
/// `{name}_en`; each snapshot's header gives the command line.
fn both(name: &str, args: &[&str]) {
    both_at(name, 80, args);
}

/// Like `both`, `width` columns wide.
fn both_at(name: &str, width: usize, args: &[&str]) {
    let width = width.to_string();
    for lang in ["zh", "en"] {
        let mut all = vec!["--width", &width, "--lang", lang];
        all.extend_from_slice(args);
        let text = wecom(&all).snapshot();
        insta::with_settings!({
            description => format!("wecom-help {}", all.join(" ")),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(format!("{name}_{lang}"), text);
        });
    }
}

#[test]
fn overview() {
    both("overview", &[]);
}

#[test]
fn help() {
    both("help", &["--help"]);
    for command in COMMANDS {
        both(&format!("help_{command}"), &[command, "--help"]);
    }
}

/// The man page's source, which does not depend on the width.
#[test]
fn man() {
    both("man", &["man"]);
}

/// Usage errors, in the words of the catalog, with a suggestion where there is a near miss.
#[test]
fn usage_errors() {
    both("usage_unknown_command", &["lst"]);
    both("usage_extra_argument", &["show", "15", "16"]);
    both("usage_invalid_value", &["search", "x", "--limit", "0"]);
    both("usage_invalid_choice", &["list", "--format", "jsn"]);
    both("usage_unknown_option", &["list", "--colour"]);
    both("usage_missing_value", &["diagnose", "--save"]);
    both("usage_missing_argument", &["search"]);
}

#[test]
fn list() {
    both("list", &["list"]);
}

#[test]
fn show() {
    both("show_15", &["show", "15"]);
    both("show_16", &["show", "16"]);
    both("show_16_2", &["show", "16.2"]);
}

/// Wrapping at the width of a usual terminal window (100 columns) and of a narrow one (48).
#[test]
fn layout() {
    both_at("layout_100_show_14", 100, &["show", "14"]);
    both_at("layout_100_show_16", 100, &["show", "16"]);
    both_at("layout_100_diagnose", 100, &["diagnose", "--answers", "1,5"]);
    both_at("layout_100_tree", 100, &["tree"]);
    both_at("layout_48_diagnose", 48, &["diagnose", "--answers", "1,5"]);
}

#[test]
fn tree() {
    for format in ["text", "markdown", "json", "dot", "mermaid"] {
        both(&format!("tree_{format}"), &["tree", "--format", format]);
    }
}

#[test]
fn search() {
    both("search_hit", &["search", "你的账号已被禁用"]);
    both("search_no_hit", &["search", "xyzzy"]);
}

/// The answers lead to FAQ 15: a message on screen, "account disabled"; and to "not covered":
/// none of the situations listed.
#[test]
fn diagnose() {
    for format in ["text", "markdown", "json", "wecom"] {
        both(
            &format!("diagnose_{format}"),
            &["diagnose", "--answers", "1,5", "--format", format],
        );
        both(
            &format!("diagnose_not_covered_{format}"),
            &["diagnose", "--answers", "n", "--format", format],
        );
    }
    // Read from the description, then asked; one answer 不确定 leaves two cases unconfirmed.
    both(
        "diagnose_from_text",
        &["diagnose", "--message", "让身边 1 位同事扫码", "--answers", "n,y,?"],
    );
}

/// With `--format json`, answers that run out give the next question as data: at the start
/// (no answers yet, so nothing to take back), after one answer (a choice) and after two (a yes/no
/// question).
#[test]
fn diagnose_ask() {
    both("diagnose_ask_first", &["diagnose", "--answers", "", "--format", "json"]);
    both(
        "diagnose_ask_choice",
        &["diagnose", "--answers", "1", "--format", "json"],
    );
    both("diagnose_ask", &["diagnose", "--answers", "2,n", "--format", "json"]);
}

/// Answers that leave two entries (3 and 11): the problem is named as one of them, not by the
/// first one's title; answers that leave two solutions of one entry (16.1 and 16.3) keep its
/// title.
#[test]
fn diagnose_several() {
    both("diagnose_several_entries", &["diagnose", "--answers", "2,y,y,y"]);
    both("diagnose_several_cases", &["diagnose", "--answers", "1,6,y,y,n"]);
}

/// Without a terminal and without --answers, the wizard says how to give the answers (the
/// example quoted, as shells such as zsh need it).
#[test]
fn diagnose_without_a_terminal() {
    both("diagnose_no_terminal", &["diagnose"]);
}

/// Fixture paths are given relative to the package's folder, where the binary runs, so that they
/// are printed the same on every machine.
#[test]
fn check() {
    both("check_embedded", &["check"]);
    both("check_valid", &["--kb", "tests/fixtures/valid", "check"]);
    both(
        "check_unknown_field",
        &["--kb", "tests/fixtures/unknown-field", "check"],
    );
    both(
        "check_four_mistakes",
        &["--kb", "tests/fixtures/four-mistakes", "check"],
    );
    both(
        "check_valid_json",
        &["--kb", "tests/fixtures/valid", "check", "--format", "json"],
    );
    both(
        "check_unknown_field_json",
        &["--kb", "tests/fixtures/unknown-field", "check", "--format", "json"],
    );
}
