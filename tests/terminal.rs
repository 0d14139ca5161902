//! Drives `wecom-help diagnose` and `show` in a real pseudo-terminal with keystrokes (expectrl),
//! the way an agent uses them: arrow keys, digits, Enter, Esc and Ctrl-C, colour on, fixed window
//! sizes; and numbers typed in a dumb terminal.
//!
//! The keystroke tests run on `tests/fixtures/yes-no`, a knowledge base of yes/no questions
//! only, so that each question offers the same four items; the choices of the embedded knowledge
//! base have their own test.
//!
//! Every wait has a timeout, so a prompt that hangs fails the test instead of blocking. Without a
//! pseudo-terminal (no `/dev/ptmx`) the tests fail and say why: they never pass without one.
#![cfg(unix)]

use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::process::unix::{Signal, WaitStatus};
use expectrl::session::OsSession;
use expectrl::{Eof, Expect, Regex, Session};

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";

/// How long one expected piece of output may take.
const TIMEOUT: Duration = Duration::from_secs(10);

/// The items of every question, in order; the first is the default.
const ITEMS: [&str; 4] = ["是", "否", "不确定", "返回上一步"];

const Q_POPUP: &str = "员工登录或使用企业微信时，屏幕上弹出了提示或报错吗？";
const Q_SCAN: &str = "提示语是“让身边 1 位同事扫码确认你的身份”吗？";
const Q_CAN_ENTER: &str =
    "员工能进到【欧派家居集团官方】的企业微信里面吗（看得到工作台、通讯录，用什么方式登录都算）？";
const Q_HOW_TO: &str = "员工是来问操作方法或规定的（而不是遇到了故障）吗？";
const Q_CHANGED: &str = "这个账号在 MTDS 上登记的手机号最近改过吗（员工自己或管理员改的都算）？";
const Q_BOUND: &str = "提示语是“该微信已绑定其他企业身份”吗？";
const Q_DISABLED: &str = "提示语里有“账号已被禁用”吗？";

/// Colour and style codes (`ESC [ … m`) that may sit between the pieces of a prompt line.
const SGR: &str = r"(?:\x1b\[[0-9;]*m)*";

/// `wecom-help` running in a pseudo-terminal, with everything it has printed so far.
struct Tty {
    /// Dropped with the `Tty`, unless the window was closed (see `close_window`).
    session: ManuallyDrop<OsSession>,
    /// The master side was closed behind the session's back: it must never touch it again.
    closed: bool,
    /// All bytes read so far (both streams: the terminal merges them).
    seen: Vec<u8>,
    /// The item highlighted at the question on screen.
    at: usize,
}

impl Tty {
    /// Starts `wecom-help args…` in a `cols`×`rows` terminal; panics, saying why, when this
    /// machine cannot open a pseudo-terminal at all.
    fn spawn(cols: u16, rows: u16, args: &[&str]) -> Tty {
        Tty::spawn_as("xterm-256color", cols, rows, args)
    }

    /// Like `spawn`, in a terminal of type `term` (the `TERM` variable).
    fn spawn_as(term: &str, cols: u16, rows: u16, args: &[&str]) -> Tty {
        Tty::launch(term, cols, rows, false, args)
    }

    /// Like `spawn`, in a terminal that echoes typed text, as a terminal does when a shell starts
    /// a program. (The other tests keep the pseudo-terminal's echo off, so that a key sent while
    /// the menu is redrawing is not printed back into the output.)
    fn spawn_echoing(cols: u16, rows: u16, args: &[&str]) -> Tty {
        Tty::launch("xterm-256color", cols, rows, true, args)
    }

    fn launch(term: &str, cols: u16, rows: u16, echo: bool, args: &[&str]) -> Tty {
        if let Err(e) = std::fs::OpenOptions::new().read(true).write(true).open("/dev/ptmx") {
            panic!("cannot open a pseudo-terminal (/dev/ptmx: {e}): the terminal tests need one");
        }
        // ptyprocess sets 80×24 from the parent after the child has started, so a size set inside
        // the child could be overwritten. Instead the parent sets the size after spawning, and a
        // shell in the terminal waits until `stty size` shows it before starting the program, so
        // the program sees the wanted size from its first instruction.
        let mut command = Command::new("/bin/sh");
        command
            .arg("-c")
            .arg(r#"want="$1 $2"; shift 2; while [ "$(stty size)" != "$want" ]; do sleep 0.01; done; exec "$@""#)
            .arg("sh")
            .arg(rows.to_string())
            .arg(cols.to_string())
            .arg(env!("CARGO_BIN_EXE_wecom-help"))
            .args(args)
            .env("TERM", term)
            // Keystrokes are what these tests are about: they run on a knowledge base of yes/no
            // questions alone, unless they name one.
            .env(
                "WECOM_HELP_KB",
                concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/yes-no"),
            )
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CLICOLOR");
        let mut session = Session::spawn(command).expect("spawn wecom-help in a pseudo-terminal");
        // Before the size, which lets the program start.
        if echo {
            session
                .get_process_mut()
                .set_echo(true, None)
                .expect("turn the pseudo-terminal's echo on");
        }
        session
            .get_process_mut()
            .set_window_size(cols, rows)
            .expect("set the pseudo-terminal's window size");
        session.set_expect_timeout(Some(TIMEOUT));
        Tty {
            session: ManuallyDrop::new(session),
            closed: false,
            seen: Vec::new(),
            at: 0,
        }
    }

    /// Panics with `what` and the output so far (and whatever is still unread).
    fn fail(&mut self, what: &str) -> ! {
        // Best effort: take what arrived but was not matched yet into the transcript.
        if let Ok(rest) = self.session.check(Regex(r"(?s-u).+")) {
            self.seen.extend_from_slice(rest.as_bytes());
        }
        panic!(
            "{what}\n--- terminal output so far (escapes shown as \\x1b) ---\n{}",
            String::from_utf8_lossy(&self.seen).replace('\x1b', "\\x1b")
        );
    }

    /// Waits for the literal text `text` and returns the bytes up to and including it.
    fn expect(&mut self, text: &str) -> Vec<u8> {
        match self.session.expect(text) {
            Ok(found) => {
                self.seen.extend_from_slice(found.as_bytes());
                found.as_bytes().to_vec()
            }
            Err(e) => self.fail(&format!("waiting for {text:?}: {e}")),
        }
    }

    /// Waits for the regular expression `pattern`. Only for output that appears once before the
    /// next keystroke: a regex match consumes up to its last occurrence in what has arrived.
    fn expect_re(&mut self, pattern: &str) -> Vec<u8> {
        match self.session.expect(Regex(pattern)) {
            Ok(found) => {
                self.seen.extend_from_slice(found.as_bytes());
                found.as_bytes().to_vec()
            }
            Err(e) => self.fail(&format!("waiting for /{pattern}/: {e}")),
        }
    }

    fn send(&mut self, keys: &str) {
        if let Err(e) = self.session.send(keys) {
            self.fail(&format!("sending {keys:?}: {e}"));
        }
        let _ = self.session.flush();
    }

    /// Waits until question `number` with `text` is on screen with all four items drawn, and
    /// notes the item highlighted. The text may be wrapped (a narrow window): it is looked for
    /// with the line breaks taken out.
    fn question(&mut self, number: usize, text: &str) {
        self.expect(&format!("问题 {number}"));
        let shown = self.expect_re(&format!(r"\?{SGR} {SGR}回答"));
        let shown = strip_escapes(&String::from_utf8_lossy(&shown)).replace(['\r', '\n'], "");
        if !shown.contains(text) {
            self.fail(&format!("question {number} should be {text:?}, shown {shown:?}"));
        }
        let items = strip_escapes(&String::from_utf8_lossy(&self.expect(ITEMS[3])));
        match ITEMS.iter().position(|item| items.contains(&format!("❯ {item}"))) {
            Some(at) => self.at = at,
            None => self.fail(&format!("question {number}: no item highlighted in {items:?}")),
        }
    }

    /// Moves the highlight to `item` with arrow keys, waiting for each redraw.
    fn move_to(&mut self, item: usize) {
        while self.at != item {
            let key = if self.at < item { DOWN } else { UP };
            self.at = if self.at < item { self.at + 1 } else { self.at - 1 };
            self.send(key);
            self.expect_re(&format!("❯{SGR} {SGR}{}", ITEMS[self.at]));
            if self.at != 3 {
                // The rest of the redraw, up to the last item.
                self.expect(ITEMS[3]);
            }
        }
    }

    /// Moves the highlight down to the last item and back up to the first, waiting for each
    /// redraw.
    fn wander(&mut self) {
        self.move_to(3);
        self.move_to(0);
    }

    /// Moves the highlight to item `index` with arrow keys, then presses Enter and waits for the
    /// answered line.
    fn choose(&mut self, index: usize) {
        self.move_to(index);
        self.send(ENTER);
        self.expect_re(&format!("✔[^\n]*·{SGR} {SGR}{}{SGR}\r?\n", ITEMS[index]));
    }

    /// Reads to the end of output, then returns the exit code. Panics if it was killed by a
    /// signal or does not exit within the timeout.
    fn finish(&mut self) -> i32 {
        match self.session.expect(Eof) {
            Ok(found) => self.seen.extend_from_slice(found.as_bytes()),
            Err(e) => self.fail(&format!("waiting for the program to end: {e}")),
        }
        let start = Instant::now();
        loop {
            match self.session.get_process().status() {
                Ok(WaitStatus::Exited(_, code)) => return code,
                Ok(WaitStatus::StillAlive) if start.elapsed() < TIMEOUT => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                other => self.fail(&format!("program did not exit normally: {other:?}")),
            }
        }
    }

    /// The transcript as text without escape sequences and carriage returns.
    fn plain(&self) -> String {
        strip_escapes(&String::from_utf8_lossy(&self.seen)).replace('\r', "")
    }

    /// Closes the window, as a terminal emulator does when its window is closed: every
    /// descriptor of the master side is closed, so the kernel hangs the terminal up (SIGHUP to
    /// the program, end of input, failing writes). Panics where the descriptors cannot be found
    /// (no `/proc`, as on macOS).
    ///
    /// The session keeps the numbers of the closed descriptors, which another test's thread may
    /// reuse at once: from here on it is never used nor dropped (`closed`), only the child's
    /// status is read.
    fn close_window(&mut self) {
        let stream = self.session.get_stream().as_raw_fd();
        let Some(index) = tty_index(stream) else {
            panic!("no /proc/self/fdinfo with a tty-index here: cannot close the window, which this test needs");
        };
        // The session reads through a duplicate of the master that the process object keeps.
        let fds: Vec<RawFd> = std::fs::read_dir("/proc/self/fd")
            .expect("list /proc/self/fd")
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
            .filter(|&fd| {
                std::fs::read_link(format!("/proc/self/fd/{fd}")).is_ok_and(|l| l.ends_with("ptmx"))
                    && tty_index(fd) == Some(index)
            })
            .collect();
        assert!(
            fds.contains(&stream) && fds.len() >= 2,
            "the master's descriptors: expected the session's and the process's, found {fds:?}"
        );
        self.closed = true;
        for fd in fds {
            // SAFETY: these descriptors belong to this session, which never uses them again.
            drop(unsafe { OwnedFd::from_raw_fd(fd) });
        }
    }

    /// Waits for the program to end, without reading its output, and returns how it ended;
    /// `None` if it is still running after `limit` (it is then killed).
    fn wait_for_exit(&mut self, limit: Duration) -> Option<WaitStatus> {
        let start = Instant::now();
        loop {
            match self.session.get_process().status() {
                Ok(WaitStatus::StillAlive) if start.elapsed() < limit => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Ok(WaitStatus::StillAlive) => {
                    let _ = self.session.get_process_mut().kill(Signal::SIGKILL);
                    let _ = self.session.get_process().wait();
                    return None;
                }
                Ok(status) => return Some(status),
                Err(e) => panic!("waiting for the program: {e}"),
            }
        }
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        if !self.closed {
            // SAFETY: dropped once, here, and never used afterwards.
            unsafe { ManuallyDrop::drop(&mut self.session) };
        }
    }
}

/// The number of the pseudo-terminal whose master is open as `fd` (Linux).
fn tty_index(fd: RawFd) -> Option<u32> {
    let info = std::fs::read_to_string(format!("/proc/self/fdinfo/{fd}")).ok()?;
    info.lines()
        .find_map(|l| l.strip_prefix("tty-index:"))
        .and_then(|n| n.trim().parse().ok())
}

/// `text` without `ESC [ … final` sequences.
fn strip_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        if chars.next() == Some('[') {
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        }
    }
    out
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

fn position(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// FAQ 15 by keystrokes, taking back one answer on the way.
#[test]
fn arrow_keys_reach_faq_15_after_going_back_once() {
    let mut tty = Tty::spawn(100, 30, &["diagnose"]);
    tty.question(1, Q_POPUP);
    assert_eq!(
        tty.session.get_process().get_window_size().ok(),
        Some((100, 30)),
        "the pseudo-terminal should be 100×30"
    );
    tty.choose(0); // 是
    tty.question(2, Q_SCAN);
    tty.choose(1); // 否
    tty.question(3, Q_CAN_ENTER);
    tty.choose(3); // 返回上一步
    // The second question is asked again, still as question 2.
    tty.question(2, Q_SCAN);
    tty.choose(1); // 否
    tty.question(3, Q_CAN_ENTER);
    tty.choose(1); // 否
    tty.question(4, Q_BOUND);
    tty.choose(1); // 否
    tty.question(5, Q_DISABLED);
    tty.choose(0); // 是
    // The transcript: the problem, the questions with their answers, then the solution.
    tty.expect("问诊结果");
    tty.expect("问诊记录");
    tty.expect("诊断结果");
    tty.expect_re(&format!("FAQ 15{SGR}  {SGR}登录【欧派家居集团官方】的企微显示"));
    let code = tty.finish();
    let plain = tty.plain();
    assert_eq!(code, 0, "exit code after a result\n{plain}");
    // The record lists the five answers that count, not the one taken back.
    let record = &plain[plain.find("问诊记录").expect("record")..plain.find("诊断结果").expect("result")];
    for line in [
        format!("1. {Q_POPUP} → 是"),
        format!("2. {Q_SCAN} → 否"),
        format!("4. {Q_BOUND} → 否"),
        format!("5. {Q_DISABLED} → 是"),
    ] {
        assert!(record.contains(&line), "record should contain {line:?}:\n{record}");
    }
    assert!(record.contains("3. 员工能进到【欧派家居集团官方】"), "{record}");
    assert!(!record.contains("6. "), "only five answers in the record:\n{record}");
    // Each prompt hid the cursor and gave it back.
    let hidden = position(&tty.seen, b"\x1b[?25l").is_some();
    let last_hide = tty.seen.windows(6).rposition(|w| w == b"\x1b[?25l");
    let last_show = tty.seen.windows(6).rposition(|w| w == SHOW_CURSOR);
    assert!(
        hidden && last_show > last_hide,
        "cursor must be visible at the end\n{plain}"
    );
}

/// After 返回上一步 the question comes again with the answer taken back highlighted (否,
/// 不确定), not 是; a question asked afresh starts on 是.
#[test]
fn going_back_starts_on_the_answer_taken_back() {
    let mut tty = Tty::spawn(100, 30, &["diagnose"]);
    tty.question(1, Q_POPUP);
    tty.choose(1); // 否
    tty.question(2, Q_HOW_TO);
    tty.choose(3); // 返回上一步
    tty.question(1, Q_POPUP);
    assert_eq!(tty.at, 1, "否 highlighted after going back\n{}", tty.plain());
    tty.choose(0); // 是
    tty.question(2, Q_SCAN);
    assert_eq!(tty.at, 0, "a new question starts on 是\n{}", tty.plain());
    tty.choose(2); // 不确定
    tty.question(3, Q_CHANGED);
    tty.choose(3); // 返回上一步
    tty.question(2, Q_SCAN);
    assert_eq!(tty.at, 2, "不确定 highlighted after going back\n{}", tty.plain());
    tty.send(ESC);
    assert_eq!(tty.finish(), 1, "{}", tty.plain());
}

/// Ctrl-C at the first question: exit 130 with the cursor shown again.
#[test]
fn ctrl_c_exits_130_and_restores_the_cursor() {
    let mut tty = Tty::spawn(100, 30, &["diagnose"]);
    tty.question(1, Q_POPUP);
    assert!(
        position(&tty.seen, b"\x1b[?25l").is_some(),
        "the prompt hides the cursor"
    );
    let before = tty.seen.len();
    tty.send(CTRL_C);
    let code = tty.finish();
    let after = &tty.seen[before..];
    assert!(
        position(after, SHOW_CURSOR).is_some(),
        "\\x1b[?25h must follow Ctrl-C; got after the interrupt: {:?}",
        String::from_utf8_lossy(after)
    );
    assert!(
        String::from_utf8_lossy(after).contains("已中断"),
        "says it was interrupted: {:?}",
        String::from_utf8_lossy(after)
    );
    assert_eq!(code, 130, "exit code after Ctrl-C\n{}", tty.plain());
}

/// Ctrl-C at the second question: the journal records the session as left there, with the
/// answer given.
#[test]
fn ctrl_c_records_the_session_where_it_was_left() {
    let folder = tempfile::tempdir().unwrap();
    let journal = folder.path().join("journal.sqlite3");
    let mut tty = Tty::spawn(100, 30, &["diagnose", "--journal", journal.to_str().unwrap()]);
    tty.question(1, Q_POPUP);
    tty.choose(0);
    tty.expect("问题 2");
    tty.send(CTRL_C);
    assert_eq!(tty.finish(), 130, "{}", tty.plain());
    let row: (String, String, String, i64) = rusqlite::Connection::open(&journal)
        .unwrap()
        .query_row(
            "SELECT outcome, answers, stopped_at, questions FROM sessions",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (row.0.as_str(), row.1.as_str(), row.3),
        ("abandoned", "has_message=yes", 1)
    );
    assert_ne!(row.2, "has_message");
}

/// Ctrl-C in a prompt reaches both the signal handler and `main` (as an `Interrupted` error);
/// the message must come once, whichever wins, so it is tried many times.
#[test]
fn ctrl_c_says_interrupted_exactly_once() {
    for run in 1..=20 {
        let mut tty = Tty::spawn(100, 30, &["diagnose"]);
        tty.question(1, Q_POPUP);
        let before = tty.seen.len();
        tty.send(CTRL_C);
        assert_eq!(tty.finish(), 130);
        let after = strip_escapes(&String::from_utf8_lossy(&tty.seen[before..]));
        assert_eq!(
            count(&after, "已中断"),
            1,
            "run {run}: one interruption message expected, got {after:?}"
        );
    }
}

/// Esc at the first question: exit 1, "已退出问诊", cursor shown, and the journal records the
/// session as abandoned there.
#[test]
fn esc_leaves_the_wizard_with_exit_1() {
    let folder = tempfile::tempdir().unwrap();
    let journal = folder.path().join("journal.sqlite3");
    let mut tty = Tty::spawn(100, 30, &["diagnose", "--journal", journal.to_str().unwrap()]);
    tty.question(1, Q_POPUP);
    let before = tty.seen.len();
    tty.send(ESC);
    tty.expect("已退出问诊");
    let code = tty.finish();
    let after = &tty.seen[before..];
    assert!(
        position(after, SHOW_CURSOR).is_some(),
        "\\x1b[?25h must follow Esc; got: {:?}",
        String::from_utf8_lossy(after)
    );
    assert!(!tty.plain().contains("诊断结果"), "no result after Esc");
    assert_eq!(code, 1, "exit code after Esc\n{}", tty.plain());
    let row: (String, String, i64) = rusqlite::Connection::open(&journal)
        .unwrap()
        .query_row("SELECT outcome, stopped_at, questions FROM sessions", [], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .unwrap();
    assert_eq!(row, ("abandoned".to_owned(), "has_message".to_owned(), 0));
}

/// Answers 是, 否, 否, 否 and waits at question 5, the last before FAQ 15's result. The result
/// itself does not wait for a key (the program ends after printing it), so this is the last
/// point where a key can stop the wizard.
fn reach_the_last_question(tty: &mut Tty) {
    tty.question(1, Q_POPUP);
    tty.choose(0);
    tty.question(2, Q_SCAN);
    tty.choose(1);
    tty.question(3, Q_CAN_ENTER);
    tty.choose(1);
    tty.question(4, Q_BOUND);
    tty.choose(1);
    tty.question(5, Q_DISABLED);
}

/// Ctrl-C at the last question, with 否 highlighted but not confirmed: no result, the cursor
/// shown again, "已中断。" once, exit 130, no panic.
#[test]
fn ctrl_c_at_the_last_question_exits_130_without_a_result() {
    let mut tty = Tty::spawn(100, 30, &["diagnose"]);
    reach_the_last_question(&mut tty);
    tty.send(DOWN);
    tty.expect_re(&format!("❯{SGR} {SGR}否"));
    tty.expect(ITEMS[3]);
    let before = tty.seen.len();
    tty.send(CTRL_C);
    let code = tty.finish();
    let after = tty.seen[before..].to_vec();
    let said = strip_escapes(&String::from_utf8_lossy(&after));
    let plain = tty.plain();
    assert_eq!(code, 130, "exit code after Ctrl-C\n{plain}");
    assert!(
        position(&after, SHOW_CURSOR).is_some(),
        "\\x1b[?25h must follow Ctrl-C; got {:?}",
        String::from_utf8_lossy(&after)
    );
    assert_eq!(count(&said, "已中断。"), 1, "one interruption message: {said:?}");
    assert!(
        !plain.contains("诊断结果") && !plain.contains("问诊结果"),
        "no result:\n{plain}"
    );
    assert!(!plain.contains("panicked"), "{plain}");
}

/// Esc at the last question leaves the wizard as at the first: "已退出问诊，没有得出结论。",
/// the cursor shown, no result, exit 1. `q` does the same (dialoguer's other quit key).
#[test]
fn esc_or_q_at_the_last_question_leaves_with_exit_1() {
    for key in [ESC, "q"] {
        let mut tty = Tty::spawn(100, 30, &["diagnose"]);
        reach_the_last_question(&mut tty);
        let before = tty.seen.len();
        tty.send(key);
        tty.expect("已退出问诊，没有得出结论。");
        let code = tty.finish();
        let after = tty.seen[before..].to_vec();
        let plain = tty.plain();
        assert_eq!(code, 1, "exit code after {key:?}\n{plain}");
        assert!(
            position(&after, SHOW_CURSOR).is_some(),
            "\\x1b[?25h must follow {key:?}; got {:?}",
            String::from_utf8_lossy(&after)
        );
        assert!(
            !plain.contains("诊断结果") && !plain.contains("问诊结果"),
            "no result:\n{plain}"
        );
        assert!(!plain.contains("已中断"), "leaving is not an interruption:\n{plain}");
    }
}

/// SIGHUP (the terminal hung up, or `kill -HUP`) at a question: handled like Ctrl-C, promptly.
#[test]
fn sighup_at_a_question_exits_130_and_restores_the_cursor() {
    let mut tty = Tty::spawn(100, 30, &["diagnose"]);
    tty.question(1, Q_POPUP);
    tty.choose(0);
    tty.question(2, Q_SCAN);
    let before = tty.seen.len();
    if let Err(e) = tty.session.get_process_mut().kill(Signal::SIGHUP) {
        tty.fail(&format!("sending SIGHUP: {e}"));
    }
    let code = tty.finish();
    let after = tty.seen[before..].to_vec();
    let said = strip_escapes(&String::from_utf8_lossy(&after));
    assert_eq!(code, 130, "exit code after SIGHUP\n{}", tty.plain());
    assert!(
        position(&after, SHOW_CURSOR).is_some(),
        "cursor shown after SIGHUP: {said:?}"
    );
    assert_eq!(count(&said, "已中断。"), 1, "one interruption message: {said:?}");
}

/// Whether the terminal is back in its ordinary line mode (ICANON, ECHO), read on the master
/// side, which gives the terminal's settings; `None` when they cannot be read.
fn line_mode(tty: &Tty) -> Option<bool> {
    let mut modes = std::mem::MaybeUninit::<libc::termios>::uninit();
    // SAFETY: the master is open for as long as the session, and `modes` is only read after
    // tcgetattr filled it.
    let modes = unsafe {
        if libc::tcgetattr(tty.session.get_stream().as_raw_fd(), modes.as_mut_ptr()) != 0 {
            return None;
        }
        modes.assume_init()
    };
    let wanted = libc::ICANON | libc::ECHO;
    Some(modes.c_lflag & wanted == wanted)
}

/// SIGTERM, SIGINT and SIGHUP sent from outside while a question waits for a key: the menu
/// reads each key in raw mode, and the program must leave the terminal in line mode with echo
/// whenever the signal comes, then exit with 130. The signal is sent at several moments after
/// the question is drawn, so that it falls both inside and outside a key read.
#[test]
fn signals_at_a_prompt_restore_the_terminal_modes() {
    let mut tty = Tty::spawn_echoing(100, 30, &["diagnose"]);
    tty.question(1, Q_POPUP);
    tty.send(ESC);
    assert_eq!(tty.finish(), 1, "{}", tty.plain());
    assert_eq!(line_mode(&tty), Some(true), "line mode after Esc");
    let mut raw = Vec::new();
    for signal in [Signal::SIGTERM, Signal::SIGINT, Signal::SIGHUP] {
        for delay in [0, 0, 1, 2, 3, 5, 10, 20] {
            let mut tty = Tty::spawn_echoing(100, 30, &["diagnose"]);
            tty.question(1, Q_POPUP);
            std::thread::sleep(Duration::from_millis(delay));
            if let Err(e) = tty.session.get_process_mut().kill(signal) {
                tty.fail(&format!("sending {signal:?}: {e}"));
            }
            assert_eq!(tty.finish(), 130, "exit code after {signal:?}\n{}", tty.plain());
            match line_mode(&tty) {
                Some(true) => {}
                Some(false) => raw.push(format!("{signal:?} after {delay} ms")),
                None => panic!("cannot read the terminal's settings after {signal:?}"),
            }
        }
    }
    assert!(raw.is_empty(), "the terminal was left raw: {raw:?}");
}

/// The window closed while the wizard (or the `show` list) waits for a key: the program gets
/// SIGHUP, end of input and failing writes. It must end within a second or two, not hang,
/// spin or panic (101), with exit 130 whichever of the signal and the failed read it sees first.
#[test]
fn closing_the_window_at_a_prompt_ends_the_program_with_130() {
    for args in [&["diagnose"][..], &["show"]] {
        let mut tty = Tty::spawn(100, 30, args);
        if args == ["diagnose"] {
            tty.question(1, Q_POPUP);
            tty.choose(0);
            tty.question(2, Q_SCAN);
            tty.send(DOWN);
            tty.expect_re(&format!("❯{SGR} {SGR}否"));
            tty.expect(ITEMS[3]);
        } else {
            tty.expect("16  登录企微提示");
        }
        tty.close_window();
        let start = Instant::now();
        let status = tty.wait_for_exit(Duration::from_secs(5));
        let took = start.elapsed();
        match status {
            Some(WaitStatus::Exited(_, 130)) => {}
            Some(other) => panic!("{args:?}: after the window closed: {other:?}, expected exit 130"),
            None => panic!("{args:?}: still running 5 s after the window closed (killed now)"),
        }
        assert!(took < Duration::from_secs(2), "{args:?}: took {took:?} to end");
    }
}

/// 40×24 through a whole diagnosis: at every question the highlight runs down to the last item
/// and back, and the emulated screen must show the heading, the question (wrapped, up to three
/// lines), one prompt and the four items, nothing repeated and nothing left below. Includes
/// 返回上一步 at the first question (the "已经是第一个问题了。" line) and after question 3.
#[test]
fn forty_by_twenty_four_draws_each_question_once_while_the_highlight_moves() {
    const COLS: u16 = 40;
    const ROWS: u16 = 24;
    let mut tty = Tty::spawn(COLS, ROWS, &["diagnose"]);
    // (number, question, answer chosen)
    let walk = [
        (1, Q_POPUP, 3),
        (1, Q_POPUP, 0),
        (2, Q_SCAN, 1),
        (3, Q_CAN_ENTER, 3),
        (2, Q_SCAN, 1),
        (3, Q_CAN_ENTER, 1),
        (4, Q_BOUND, 1),
        (5, Q_DISABLED, 0),
    ];
    for &(number, text, answer) in &walk {
        tty.question(number, text);
        tty.wander();
        let screen = Screen::render(&tty.seen, COLS, ROWS);
        let shown = screen.join("\n");
        let prompt = screen
            .iter()
            .rposition(|l| l.starts_with("? 回答（"))
            .unwrap_or_else(|| panic!("question {number}: no prompt on screen:\n{shown}"));
        let top = screen[..prompt]
            .iter()
            .rposition(|l| l.starts_with("问题 "))
            .unwrap_or_else(|| panic!("question {number}: no heading on screen:\n{shown}"));
        assert_eq!(screen[top], format!("问题 {number}"), "heading:\n{shown}");
        assert_eq!(
            screen[top + 1..prompt].concat(),
            text,
            "question {number} on screen:\n{shown}"
        );
        assert_eq!(
            count(&shown, "? 回答（"),
            1,
            "question {number}: one prompt on screen:\n{shown}"
        );
        assert_eq!(
            &screen[prompt + 1..prompt + 5],
            ["❯ 是", "  否", "  不确定", "  返回上一步"],
            "question {number}: items on screen:\n{shown}"
        );
        assert!(
            screen[prompt + 5..].iter().all(String::is_empty),
            "question {number}: nothing below the items:\n{shown}"
        );
        tty.choose(answer);
    }
    tty.expect("诊断结果");
    tty.expect("FAQ 15");
    let code = tty.finish();
    let plain = tty.plain();
    assert_eq!(code, 0, "{plain}");
    assert_eq!(count(&plain, "已经是第一个问题了。"), 1, "{plain}");
    // In the bytes: each question printed once each time it is asked, however often the
    // highlight moved (the result's record lists the questions again, one per line).
    let asked = &plain[..plain.find("问诊结果").expect("result")];
    assert!(
        !asked.contains(Q_CAN_ENTER),
        "in 40 columns the questions are wrapped:\n{plain}"
    );
    let joined = asked.replace('\n', "");
    for (text, times) in [
        (Q_POPUP, 2),
        (Q_SCAN, 2),
        (Q_CAN_ENTER, 2),
        (Q_BOUND, 1),
        (Q_DISABLED, 1),
    ] {
        assert_eq!(count(&joined, text), times, "{text} printed {times} time(s):\n{plain}");
    }
    assert_eq!(
        count(asked, "? 回答（"),
        walk.len(),
        "one prompt per question:\n{plain}"
    );
}

/// In an xterm the wizard draws with escape sequences: colour, a hidden cursor, cursor movement.
/// (So the `TERM=dumb` test below has something to catch.)
#[test]
fn an_xterm_gets_colour_and_cursor_movement() {
    let mut tty = Tty::spawn(100, 30, &["diagnose"]);
    reach_the_last_question(&mut tty);
    tty.choose(0);
    tty.expect("FAQ 15");
    assert_eq!(tty.finish(), 0, "{}", tty.plain());
    let raw = String::from_utf8_lossy(&tty.seen).into_owned();
    assert!(!sgr_codes(&raw).is_empty(), "coloured:\n{raw:?}");
    let cursor_up = raw.match_indices("\x1b[").any(|(at, _)| {
        raw[at + 2..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with('A')
    });
    assert!(raw.contains("\x1b[?25l") && cursor_up, "{raw:?}");
}

/// Waits for question `number` asked as in a dumb terminal: the text, the four answers
/// numbered, and the line to type in.
fn typed_question(tty: &mut Tty, number: usize, text: &str) {
    tty.expect(&format!("问题 {number}"));
    let shown = String::from_utf8_lossy(&tty.expect("输入编号并回车（q 退出）：")).replace('\r', "");
    let (question, items) = shown
        .split_once("\n  1  ")
        .unwrap_or_else(|| tty.fail("no numbered answers"));
    if !question.replace('\n', "").contains(text) {
        tty.fail(&format!("question {number} should be {text:?}"));
    }
    assert!(
        items.starts_with("是\n  2  否\n  3  不确定\n  4  返回上一步\n"),
        "{shown:?}"
    );
}

/// `TERM=dumb` (an editor's shell, a serial console): not one escape sequence, neither colour
/// nor cursor movement. Each question lists its answers numbered and reads a number and Enter,
/// which the terminal itself echoes and edits, or a word `--answers` takes (否, n): a number not
/// offered is said so, with the numbers that are, and asked again; 4 goes back, and the result
/// is reached.
#[test]
fn term_dumb_takes_typed_numbers_without_escapes() {
    let mut tty = Tty::spawn_as("dumb", 100, 30, &["diagnose"]);
    for (number, text, typed) in [
        (1, Q_POPUP, "1"),
        (2, Q_SCAN, "2"),
        (3, Q_CAN_ENTER, "4"),
        (2, Q_SCAN, "9"),
    ] {
        typed_question(&mut tty, number, text);
        tty.send(&format!("{typed}\r"));
    }
    tty.expect("没有这个编号：请输入 1–4 中的一个。");
    tty.expect("输入编号并回车（q 退出）：");
    tty.send("２\r"); // full width, as a Chinese input method types it
    for (number, text, typed) in [(3, Q_CAN_ENTER, "否"), (4, Q_BOUND, "n"), (5, Q_DISABLED, "1")] {
        typed_question(&mut tty, number, text);
        tty.send(&format!("{typed}\r"));
    }
    tty.expect("诊断结果");
    let code = tty.finish();
    let raw = String::from_utf8_lossy(&tty.seen).into_owned();
    assert_eq!(code, 0, "{raw}");
    assert!(raw.contains("FAQ 15  登录【欧派家居集团官方】的企微显示"), "{raw}");
    assert!(!raw.contains('\x1b'), "TERM=dumb got an escape sequence:\n{raw:?}");
}

/// `TERM=dumb` at a choice: an item is typed by its id too, as `--answers` gives it.
#[test]
fn term_dumb_takes_an_item_by_its_id() {
    let faq = concat!(env!("CARGO_MANIFEST_DIR"), "/faq");
    let mut tty = Tty::spawn_as("dumb", 100, 30, &["--kb", faq, "diagnose"]);
    tty.expect("遇到的是下面哪种情况？");
    tty.expect("输入编号并回车（q 退出）：");
    tty.send("has_message\r");
    tty.expect("弹出的提示是下面哪一句？");
    tty.expect("输入编号并回车（q 退出）：");
    tty.send("MSG_DISABLED\r");
    tty.expect("诊断结果");
    let code = tty.finish();
    let raw = String::from_utf8_lossy(&tty.seen).into_owned();
    assert_eq!(code, 0, "{raw}");
    assert!(raw.contains("FAQ 15  登录【欧派家居集团官方】的企微显示"), "{raw}");
}

/// `TERM=dumb` everywhere a prompt waits: `show` takes the entry's number, q leaves the list or
/// the wizard, Ctrl-C interrupts; never an escape sequence, the cursor's included.
#[test]
fn term_dumb_show_list_and_leaving_send_no_escapes() {
    let mut tty = Tty::spawn_as("dumb", 100, 30, &["show"]);
    tty.expect(" 16  登录企微提示");
    tty.expect("输入编号并回车（q 退出）：");
    tty.send("15\r");
    tty.expect("FAQ 15  登录【欧派家居集团官方】");
    assert_eq!(tty.finish(), 0, "{}", tty.plain());
    assert!(!tty.seen.contains(&0x1b), "{:?}", String::from_utf8_lossy(&tty.seen));

    for (args, key, said, exit) in [
        (&["show"][..], "q\r", "已退出，没有选择条目。", 1),
        (&["diagnose"], "q\r", "已退出问诊，没有得出结论。", 1),
        (&["show"], CTRL_C, "已中断。", 130),
        (&["diagnose"], CTRL_C, "已中断。", 130),
    ] {
        let mut tty = Tty::spawn_as("dumb", 100, 30, args);
        tty.expect("输入编号并回车（q 退出）：");
        tty.send(key);
        tty.expect(said);
        let code = tty.finish();
        let raw = String::from_utf8_lossy(&tty.seen).into_owned();
        assert_eq!(code, exit, "{args:?} {key:?}\n{raw}");
        assert!(!raw.contains('\x1b'), "{args:?} {key:?}: an escape sequence:\n{raw:?}");
    }
}

/// The colour and style sequences (`ESC [ digits;… m`) in `text`.
fn sgr_codes(text: &str) -> Vec<&str> {
    text.match_indices("\x1b[")
        .filter_map(|(at, _)| {
            let rest = &text[at + 2..];
            let params = rest.find(|c: char| !c.is_ascii_digit() && c != ';')?;
            rest[params..].starts_with('m').then(|| &text[at..at + 2 + params + 1])
        })
        .collect()
}

/// A minimal terminal: enough of xterm (wide characters, deferred wrap at the right edge,
/// scrolling, cursor up/down, erase line) to see what dialoguer's redraws leave on screen.
struct Screen {
    cells: Vec<Vec<char>>,
    cols: usize,
    row: usize,
    /// `cols` means "past the last column": the next character wraps first.
    col: usize,
}

/// Marks the right half of a wide character.
const WIDE_TAIL: char = '\0';

impl Screen {
    /// The screen's lines after `bytes`, trailing blanks removed.
    fn render(bytes: &[u8], cols: u16, rows: u16) -> Vec<String> {
        let mut s = Screen {
            cells: vec![vec![' '; cols.into()]; rows.into()],
            cols: cols.into(),
            row: 0,
            col: 0,
        };
        let text = String::from_utf8_lossy(bytes);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => s.col = 0,
                '\n' => s.line_feed(),
                '\x1b' => {
                    assert_eq!(chars.next(), Some('['), "only CSI escapes expected");
                    let mut params = String::new();
                    let mut fin = None;
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            fin = Some(c);
                            break;
                        }
                        params.push(c);
                    }
                    let n = params.parse::<usize>().unwrap_or(1).max(1);
                    match (fin, params.as_str()) {
                        (Some('m'), _) | (Some('h' | 'l'), "?25") => {}
                        (Some('A'), _) => {
                            s.row = s.row.saturating_sub(n);
                            s.col = s.col.min(s.cols - 1);
                        }
                        (Some('B'), _) => {
                            s.row = (s.row + n).min(s.cells.len() - 1);
                            s.col = s.col.min(s.cols - 1);
                        }
                        (Some('K'), "2") => s.cells[s.row].fill(' '),
                        (Some('K'), "" | "0") => {
                            let from = s.col.min(s.cols);
                            s.cells[s.row][from..].fill(' ');
                        }
                        other => panic!("escape sequence not emulated: {other:?}"),
                    }
                }
                c if c.is_control() => panic!("control character not emulated: {c:?}"),
                c => s.put(c),
            }
        }
        s.cells
            .iter()
            .map(|l| {
                l.iter()
                    .filter(|&&c| c != WIDE_TAIL)
                    .collect::<String>()
                    .trim_end()
                    .to_owned()
            })
            .collect()
    }

    fn line_feed(&mut self) {
        if self.row + 1 == self.cells.len() {
            self.cells.remove(0);
            self.cells.push(vec![' '; self.cols]);
        } else {
            self.row += 1;
        }
    }

    fn put(&mut self, c: char) {
        let width = char_width(c);
        if self.col + width > self.cols {
            self.col = 0;
            self.line_feed();
        }
        self.cells[self.row][self.col] = c;
        if width == 2 {
            self.cells[self.row][self.col + 1] = WIDE_TAIL;
        }
        self.col += width;
    }
}

/// Display width as xterm shows it (East Asian wide and full-width forms are 2 columns;
/// ambiguous ones such as “ ” ↑ ↓ are 1). Covers the characters this program prints.
fn char_width(c: char) -> usize {
    match u32::from(c) {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// `show` without a number offers the list; arrow keys and Enter show the entry picked, Esc
/// leaves and says so.
#[test]
fn show_without_a_number_picks_from_the_list() {
    let mut tty = Tty::spawn(100, 30, &["show"]);
    tty.expect("选择一个条目");
    tty.expect("16  登录企微提示");
    tty.send(DOWN);
    tty.expect_re(&format!("❯{SGR} {SGR}  2  "));
    tty.send(DOWN);
    tty.expect_re(&format!("❯{SGR} {SGR}  3  "));
    tty.send(ENTER);
    tty.expect("FAQ 3  A 员工使用 B 员工的 MTDS 账号");
    let code = tty.finish();
    assert_eq!(code, 0, "{}", tty.plain());

    let mut tty = Tty::spawn(100, 30, &["show"]);
    tty.expect("16  登录企微提示");
    tty.send(ESC);
    tty.expect("已退出，没有选择条目。");
    assert_eq!(tty.finish(), 1, "Esc leaves without showing anything\n{}", tty.plain());
    assert!(!tty.plain().contains("FAQ "), "{}", tty.plain());
    let mut tty = Tty::spawn(100, 30, &["--lang", "en", "show"]);
    tty.expect("Pick an entry");
    tty.expect("16  ");
    tty.send(ESC);
    tty.expect("Left without picking an entry.");
    assert_eq!(tty.finish(), 1, "{}", tty.plain());
}

/// A window of two rows has no room for the menu: the numbered list and a typed number, as in a
/// dumb terminal, instead of a crash.
#[test]
fn a_two_row_window_takes_a_typed_number() {
    for (args, said) in [
        (&["diagnose"][..], "已退出问诊，没有得出结论。"),
        (&["show"], "已退出，没有选择条目。"),
    ] {
        let mut tty = Tty::spawn(100, 2, args);
        tty.expect("输入编号并回车（q 退出）：");
        tty.send("q\r");
        tty.expect(said);
        assert_eq!(tty.finish(), 1, "{args:?}\n{}", tty.plain());
    }
}

/// Typing an entry's number in the `show` list moves the highlight there: 1 then 5 is 15, a
/// digit that makes no number starts a new one (15, 3: 3), an arrow key ends the number (1,
/// ↓, 6: 6). Enter shows the entry highlighted.
#[test]
fn typing_a_number_in_the_show_list_jumps_to_that_entry() {
    for (keys, lands) in [
        (&["1", "5"][..], "15"),
        (&["1", "5", "3"], "3"),
        (&["1", DOWN, "6"], "6"),
    ] {
        let mut tty = Tty::spawn(100, 30, &["show"]);
        tty.expect("16  登录企微提示");
        for key in keys {
            tty.send(key);
            tty.expect(" 16  登录企微提示");
        }
        let drawn = strip_escapes(&String::from_utf8_lossy(&tty.seen));
        let last = &drawn[drawn.rfind("❯").expect("a highlighted entry")..];
        assert!(last.starts_with(&format!("❯ {lands:>3}  ")), "{keys:?}: {last:?}");
        tty.send(ENTER);
        tty.expect(&format!("FAQ {lands}  "));
        assert_eq!(tty.finish(), 0, "{}", tty.plain());
    }
}

/// Ctrl-C in the `show` list: as in the wizard, the cursor comes back, "已中断。", exit 130
/// (not death by SIGINT with the cursor still hidden).
#[test]
fn ctrl_c_in_the_show_list_exits_130_and_restores_the_cursor() {
    let mut tty = Tty::spawn(100, 30, &["show"]);
    tty.expect("16  登录企微提示");
    let before = tty.seen.len();
    tty.send(CTRL_C);
    let code = tty.finish();
    let after = tty.seen[before..].to_vec();
    let said = strip_escapes(&String::from_utf8_lossy(&after));
    assert_eq!(code, 130, "exit code after Ctrl-C\n{}", tty.plain());
    assert!(
        position(&after, SHOW_CURSOR).is_some(),
        "cursor shown after Ctrl-C: {said:?}"
    );
    assert_eq!(count(&said, "已中断。"), 1, "one interruption message: {said:?}");
}

/// Windows too small for the usual layout, one to three rows high and down to one column: no
/// panic, and the answers still reach FAQ 15. Under three rows the answers are numbered and a
/// number is typed; three rows keep the arrow-key menu, one answer in view at a time, and the
/// line left for each question names the answer chosen wherever it fits.
#[test]
fn tiny_windows_still_reach_a_result() {
    // 是, 否, 否, 否, 是: FAQ 15.
    let answers = [0, 1, 1, 1, 0];
    for cols in [1, 10, 40] {
        for rows in [1, 2, 3] {
            let size = format!("{cols}×{rows}");
            let mut tty = Tty::spawn(cols, rows, &["diagnose"]);
            for (i, &answer) in answers.iter().enumerate() {
                tty.expect(&format!("问题 {}", i + 1));
                if rows < 3 {
                    tty.expect("输入编号并回车（q 退出）：");
                    tty.send(&format!("{}\r", answer + 1));
                    continue;
                }
                tty.expect("❯");
                for _ in 0..answer {
                    tty.send(DOWN);
                    tty.expect("❯");
                }
                tty.send(ENTER);
                let chosen = strip_escapes(&String::from_utf8_lossy(&tty.expect_re("✔[^\n]*\n")));
                // "✔ 回答 · 是", or "✔ 是" where the prompt has no room beside it.
                if cols >= 10 && !chosen.ends_with(&format!(" {}\r\n", ITEMS[answer])) {
                    tty.fail(&format!(
                        "{size}: question {} should be answered {}",
                        i + 1,
                        ITEMS[answer]
                    ));
                }
                // Once answered, the keys are no longer said.
                if cols >= 40 && !chosen.ends_with(&format!("✔ 回答 · {}\r\n", ITEMS[answer])) {
                    tty.fail(&format!("{size}: question {} answered as {chosen:?}", i + 1));
                }
            }
            tty.expect("诊断结果");
            let code = tty.finish();
            let plain = tty.plain();
            assert_eq!(code, 0, "{size}\n{plain}");
            assert!(plain.contains("FAQ 15"), "{size}\n{plain}");
            assert!(!plain.contains("panicked"), "{size}\n{plain}");
        }
    }
}

/// The `show` list in windows one to three rows high and ten columns wide: an entry's number
/// still picks it, typed with Enter under three rows, as digit keys in the menu at three.
#[test]
fn tiny_windows_pick_from_the_show_list() {
    for rows in [1, 2, 3] {
        let mut tty = Tty::spawn(10, rows, &["show"]);
        if rows < 3 {
            tty.expect("输入编号并回车（q 退出）：");
            tty.send("15\r");
        } else {
            tty.expect("❯");
            tty.send("1");
            tty.expect("❯");
            tty.send("5");
            tty.expect_re(&format!("❯{SGR} {SGR} 15"));
            tty.send(ENTER);
        }
        tty.expect("FAQ 15");
        let code = tty.finish();
        let plain = tty.plain();
        assert_eq!(code, 0, "10×{rows}\n{plain}");
        assert!(!plain.contains("panicked"), "10×{rows}\n{plain}");
    }
}

/// The embedded knowledge base's choices in the terminal: the list of situations, then the list
/// of messages, each answered with the arrow keys, reach FAQ 15 in two questions; the record
/// names the items picked.
#[test]
fn choices_are_lists_answered_with_the_arrow_keys() {
    let kb = concat!(env!("CARGO_MANIFEST_DIR"), "/faq");
    let mut tty = Tty::spawn(100, 30, &["diagnose", "--kb", kb]);
    tty.expect("遇到的是下面哪种情况？");
    tty.expect("都不是");
    tty.expect("记不清");
    tty.expect("返回上一步");
    tty.send(ENTER);
    tty.expect("弹出的提示是下面哪一句？");
    tty.expect("返回上一步");
    for _ in 0..4 {
        tty.send(DOWN);
        tty.expect("返回上一步");
    }
    tty.send(ENTER);
    tty.expect("问诊记录");
    let code = tty.finish();
    let plain = tty.plain();
    assert_eq!(code, 0, "{plain}");
    assert!(
        plain.contains("1. 遇到的是下面哪种情况？ → 登录或使用企业微信时，屏幕上弹出了提示或报错"),
        "{plain}"
    );
    assert!(
        plain.contains("2. 弹出的提示是下面哪一句？ → 你的账号已被禁用，请联系该公司的管理员"),
        "{plain}"
    );
    assert!(plain.contains("FAQ 15"), "{plain}");
}

/// An item too long to follow the prompt on one line (a message quoted whole) is recorded whole
/// once picked, not cut short behind the prompt.
#[test]
fn a_long_item_picked_is_shown_whole() {
    let kb = concat!(env!("CARGO_MANIFEST_DIR"), "/faq");
    let mut tty = Tty::spawn(100, 30, &["--lang", "en", "diagnose", "--kb", kb]);
    tty.expect("Which of these is the situation?");
    tty.expect("Back");
    tty.send(ENTER);
    tty.expect("Which of these does the message say?");
    tty.expect("Back");
    for _ in 0..5 {
        tty.send(DOWN);
        tty.expect("Back");
    }
    tty.send(ENTER);
    tty.expect("Question 3");
    tty.send(ESC);
    assert_eq!(tty.finish(), 1);
    let plain = tty.plain();
    let picked = plain
        .lines()
        .find(|l| l.starts_with("✔ \"Have 1 colleague"))
        .unwrap_or_else(|| panic!("no answered line for the long item:\n{plain}"));
    assert!(!picked.contains('…'), "{picked}");
    assert!(plain.contains("确认你的身份)"), "{plain}");
}
