//! Output that cannot be written, and `--save` that must not be lost: the real binary with its
//! standard streams full (`/dev/full`), closed early or closed from the start, saving into
//! folders that are not there, and two runs saving to one file at once.
#![cfg(unix)]

mod common;

use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};

use common::command;

/// A solved diagnosis by scripted answers, in the default (Chinese) text format.
const ANSWERS: &str = "no_invite,n,y,y";

/// How a run of the binary ended: its exit code and standard error (empty when it went
/// elsewhere).
struct Ended {
    code: i32,
    stderr: String,
}

/// Runs `command` to the end; standard error is collected unless it was set already.
fn finish(mut child: Child) -> Ended {
    let stderr = child
        .stderr
        .take()
        .map(|mut s| {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut s, &mut text).expect("read stderr");
            text
        })
        .unwrap_or_default();
    let status = child.wait().expect("wait for wecom-help");
    let code = status.code().unwrap_or(-1);
    assert_ne!(code, 101, "panicked:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    Ended { code, stderr }
}

/// `/dev/full` for writing: every write fails with "no space left".
fn full() -> Stdio {
    fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full")
        .into()
}

/// Runs `args` with standard output a pipe whose reading end is closed before anything is
/// written.
fn into_closed_pipe(args: &[&str]) -> Ended {
    let mut child = command(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run wecom-help");
    drop(child.stdout.take());
    finish(child)
}

/// Runs `args` with standard output and standard error as given.
fn with_streams(args: &[&str], stdout: Stdio, stderr: Stdio) -> Ended {
    finish(
        command(args)
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
            .expect("run wecom-help"),
    )
}

#[test]
fn a_closed_pipe_ends_quietly_with_the_commands_own_code() {
    // No hit: an empty JSON list, and exit 1 as when the list is read.
    let ended = into_closed_pipe(&["search", "--format", "json", "zzzz"]);
    assert_eq!(ended.code, 1, "{}", ended.stderr);
    assert!(!ended.stderr.contains("错误"), "{}", ended.stderr);
    for args in [
        &["completions", "bash"][..],
        &["completions", "zsh"],
        &["list"],
        &["--help"],
        &["--version"],
        &["man"],
    ] {
        let ended = into_closed_pipe(args);
        assert_eq!((ended.code, ended.stderr.as_str()), (0, ""), "{args:?}");
    }
}

#[test]
fn a_full_disk_is_an_error_with_a_message() {
    for args in [
        &["completions", "zsh"][..],
        &["completions", "bash"],
        &["list"],
        &["--help"],
        &["--version"],
        &["help", "list"],
        &["search", "--format", "json", "zzzz"],
    ] {
        let ended = with_streams(args, full(), Stdio::piped());
        assert_eq!(ended.code, 2, "{args:?}: {}", ended.stderr);
        assert!(ended.stderr.contains("输出失败"), "{args:?}: {}", ended.stderr);
    }
}

#[test]
fn a_full_standard_error_is_told_by_the_exit_code_alone() {
    for args in [
        &["search", "zzzz"][..],
        &["diagnose", "--message", "账号被禁用", "--answers", ANSWERS],
        &["diagnose", "--answers", ANSWERS],
    ] {
        let ended = with_streams(args, Stdio::null(), full());
        assert_eq!(ended.code, 2, "{args:?}");
    }
    // Both full: nothing to say it on, still no panic and no success.
    for args in [
        &["list"][..],
        &["--help"],
        &["--version"],
        &["diagnose", "--answers", ANSWERS],
    ] {
        let ended = with_streams(args, full(), full());
        assert_eq!(ended.code, 2, "{args:?}");
    }
}

/// What `diagnose --answers ANSWERS` (in `format`) prints, which is what it saves.
fn expected(format: &str) -> String {
    let run = common::wecom(&["diagnose", "--format", format, "--answers", ANSWERS]).expect_code(0);
    assert!(!run.stdout.is_empty());
    run.stdout
}

/// The names in `folder`, sorted.
fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_save_is_written_whatever_happens_to_the_output() {
    let tmp = tempfile::tempdir().unwrap();
    let want = expected("text");
    let path = |name: &str| tmp.path().join(name).to_str().unwrap().to_owned();
    let args = |path: &str| ["diagnose", "--answers", ANSWERS, "--save", path].map(str::to_owned);
    let check = |path: &str, ended: Ended, wanted: i32| {
        assert_eq!(ended.code, wanted, "{path}: {}", ended.stderr);
        assert_eq!(fs::read_to_string(path).expect("saved"), want, "{path}");
    };
    let run = |name: &str, how: &dyn Fn(&[&str]) -> Ended, wanted: i32| {
        let path = path(name);
        let all = args(&path);
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        check(&path, how(&all), wanted);
    };
    run("closed-pipe.txt", &into_closed_pipe, 0);
    run("full-stdout.txt", &|a| with_streams(a, full(), Stdio::piped()), 2);
    run("full-stderr.txt", &|a| with_streams(a, Stdio::null(), full()), 2);

    // Standard error closed from the start, as `2>&-` does.
    let closed = path("closed-stderr.txt");
    let mut child = Command::new("/bin/sh")
        .arg("-c")
        .arg("exec \"$0\" \"$@\" 2>&-")
        .arg(env!("CARGO_BIN_EXE_wecom-help"))
        .args(args(&closed))
        .env_remove("WECOM_HELP_LANG")
        .env_remove("WECOM_HELP_KB")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0));
    assert_eq!(fs::read_to_string(&closed).expect("saved"), want);

    // Nothing else is left in the folder.
    assert_eq!(
        names(tmp.path()),
        [
            "closed-pipe.txt",
            "closed-stderr.txt",
            "full-stderr.txt",
            "full-stdout.txt"
        ]
    );
}

#[test]
fn a_place_that_cannot_take_the_save_is_refused_before_the_first_question() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("missing").join("result.txt");
    let dangling = tmp.path().join("link.txt");
    std::os::unix::fs::symlink(tmp.path().join("nowhere").join("result.txt"), &dangling).unwrap();
    let folder = tmp.path().join("folder");
    fs::create_dir(&folder).unwrap();
    let cases = [(&missing, "文件夹"), (&dangling, "符号链接"), (&folder, "不是普通文件")];
    for (path, fragment) in cases {
        for force in [false, true] {
            let path = path.to_str().unwrap();
            // No answers at all: the check must come before the first question.
            let mut args = vec!["diagnose", "--answers", "", "--save", path];
            if force {
                args.push("--force");
            }
            let run = common::wecom(&args).expect_code(2);
            assert!(
                run.stderr.contains(path) && run.stderr.contains(fragment) && !run.stderr.contains("问题 1"),
                "{path}: {}",
                run.stderr
            );
            assert!(!run.stderr.contains("还没有得出结论"), "{}", run.stderr);
        }
    }
    assert_eq!(names(tmp.path()), ["folder", "link.txt"]);
    assert!(names(&folder).is_empty());
}

#[test]
fn a_link_to_a_file_is_saved_through_and_stays() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("result.txt");
    fs::write(&file, "old").unwrap();
    let link = tmp.path().join("link.txt");
    std::os::unix::fs::symlink(&file, &link).unwrap();
    let link_arg = link.to_str().unwrap();
    common::wecom(&["diagnose", "--answers", ANSWERS, "--save", link_arg]).expect_code(2);
    common::wecom(&["diagnose", "--answers", ANSWERS, "--save", link_arg, "--force"]).expect_code(0);
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(fs::read_to_string(&file).unwrap(), expected("text"));
}

#[test]
fn a_failed_save_leaves_nothing_behind_and_can_be_retried() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("result.txt");
    let path_arg = path.to_str().unwrap();
    // No file may grow beyond 0 bytes: the write fails as on a full disk (the signal that
    // would kill the process for it is ignored, as the shell's `trap` leaves it).
    let ended = finish(
        Command::new("/bin/sh")
            .arg("-c")
            .arg("trap '' XFSZ; ulimit -f 0 && exec \"$0\" \"$@\"")
            .arg(env!("CARGO_BIN_EXE_wecom-help"))
            .args(["diagnose", "--answers", ANSWERS, "--save", path_arg])
            .env_remove("WECOM_HELP_LANG")
            .env_remove("WECOM_HELP_KB")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    assert_eq!(ended.code, 2, "{}", ended.stderr);
    assert!(
        ended.stderr.contains("无法写入") && ended.stderr.contains(path_arg),
        "{}",
        ended.stderr
    );
    assert!(names(tmp.path()).is_empty(), "{:?}", names(tmp.path()));
    // The retry is not refused as "already exists".
    common::wecom(&["diagnose", "--answers", ANSWERS, "--save", path_arg]).expect_code(0);
    assert_eq!(fs::read_to_string(&path).unwrap(), expected("text"));
}

#[test]
fn concurrent_forced_saves_never_mix() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("result");
    let path_arg = path.to_str().unwrap();
    let (text, json) = (expected("text"), expected("json"));
    assert_ne!(text, json);
    for round in 0..50 {
        let children: Vec<Child> = ["text", "json"]
            .into_iter()
            .map(|format| {
                command(&[
                    "diagnose",
                    "--format",
                    format,
                    "--answers",
                    ANSWERS,
                    "--save",
                    path_arg,
                    "--force",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
            })
            .collect();
        for child in children {
            let ended = finish(child);
            assert_eq!(ended.code, 0, "round {round}: {}", ended.stderr);
        }
        let saved = fs::read_to_string(&path).unwrap();
        assert!(saved == text || saved == json, "round {round}: mixed:\n{saved}");
        assert_eq!(names(tmp.path()), ["result"], "round {round}");
    }
}
