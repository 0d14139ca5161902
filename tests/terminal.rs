//! Drives `wecom-help diagnose` in a real pseudo-terminal with keystrokes (expectrl), the way an
//! agent uses it: arrow keys, Enter, Esc and Ctrl-C, colour on, fixed window sizes.
//!
//! Every wait has a timeout, so a prompt that hangs fails the test instead of blocking. Without a
//! pseudo-terminal (no `/dev/ptmx`) the tests print why and return.
#![cfg(unix)]

use std::io::Write;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Eof, Expect, Regex, Session};

const DOWN: &str = "\x1b[B";
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
const Q_BOUND: &str = "提示语是“该微信已绑定其他企业身份”吗？";
const Q_DISABLED: &str = "提示语里有“账号已被禁用”吗？";

/// Colour and style codes (`ESC [ … m`) that may sit between the pieces of a prompt line.
const SGR: &str = r"(?:\x1b\[[0-9;]*m)*";

/// `wecom-help` running in a pseudo-terminal, with everything it has printed so far.
struct Tty {
    session: OsSession,
    /// All bytes read so far (both streams: the terminal merges them).
    seen: Vec<u8>,
}

impl Tty {
    /// Starts `wecom-help args…` in a `cols`×`rows` terminal, or `None` (with the reason
    /// printed) when this machine cannot open a pseudo-terminal at all.
    fn spawn(cols: u16, rows: u16, args: &[&str]) -> Option<Tty> {
        if let Err(e) = std::fs::OpenOptions::new().read(true).write(true).open("/dev/ptmx") {
            eprintln!("SKIPPED: cannot open a pseudo-terminal (/dev/ptmx: {e}); terminal tests not run");
            return None;
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
            .env("TERM", "xterm-256color")
            .env_remove("WECOM_HELP_KB")
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CLICOLOR");
        let mut session = Session::spawn(command).expect("spawn wecom-help in a pseudo-terminal");
        session
            .get_process_mut()
            .set_window_size(cols, rows)
            .expect("set the pseudo-terminal's window size");
        session.set_expect_timeout(Some(TIMEOUT));
        Some(Tty {
            session,
            seen: Vec::new(),
        })
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

    /// Waits until question `number` with `text` is on screen with all four items drawn.
    fn question(&mut self, number: usize, text: &str) {
        self.expect(&format!("问题 {number}"));
        self.expect(text);
        self.expect_re(&format!(r"\?{SGR} {SGR}回答"));
        self.expect(ITEMS[3]);
    }

    /// Moves the highlight from the default to item `index` with arrow keys, waiting for each
    /// redraw, then presses Enter and waits for the answered line.
    fn choose(&mut self, index: usize) {
        for item in &ITEMS[1..=index] {
            self.send(DOWN);
            self.expect_re(&format!("❯{SGR} {SGR}{item}"));
            if *item != ITEMS[3] {
                // The rest of the redraw, up to the last item.
                self.expect(ITEMS[3]);
            }
        }
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
    let Some(mut tty) = Tty::spawn(100, 30, &["diagnose"]) else {
        return;
    };
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

/// Ctrl-C at the first question: exit 130 with the cursor shown again.
#[test]
fn ctrl_c_exits_130_and_restores_the_cursor() {
    let Some(mut tty) = Tty::spawn(100, 30, &["diagnose"]) else {
        return;
    };
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

/// Ctrl-C in a prompt reaches both the signal handler and `main` (as an `Interrupted` error);
/// the message must come once, whichever wins, so it is tried many times.
#[test]
fn ctrl_c_says_interrupted_exactly_once() {
    for run in 1..=20 {
        let Some(mut tty) = Tty::spawn(100, 30, &["diagnose"]) else {
            return;
        };
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

/// Esc at the first question: exit 1, "已退出问诊", cursor shown.
#[test]
fn esc_leaves_the_wizard_with_exit_1() {
    let Some(mut tty) = Tty::spawn(100, 30, &["diagnose"]) else {
        return;
    };
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
}

/// In a 40-column window the first question (40 columns of Chinese) is wrapped before the prompt;
/// moving the highlight redraws only the items, so neither the question nor the prompt line is
/// printed again, and the emulated screen shows each of them once.
#[test]
fn narrow_window_redraw_does_not_repeat_the_question() {
    const COLS: u16 = 40;
    const ROWS: u16 = 30;
    let Some(mut tty) = Tty::spawn(COLS, ROWS, &["diagnose"]) else {
        return;
    };
    tty.question(1, "吗？");
    for item in &ITEMS[1..3] {
        tty.send(DOWN);
        tty.expect_re(&format!("❯{SGR} {SGR}{item}"));
        tty.expect(ITEMS[3]);
    }

    // In the bytes: the question was wrapped (so the narrow window took effect) and printed once.
    let plain = tty.plain();
    assert!(
        !plain.contains(Q_POPUP),
        "in 40 columns the question should be wrapped:\n{plain}"
    );
    let joined = plain.replace('\n', "");
    assert_eq!(count(&joined, Q_POPUP), 1, "question printed once:\n{plain}");
    assert_eq!(count(&plain, "回答（"), 1, "prompt printed once:\n{plain}");

    // On the screen: every line is where it should be, nothing left over from a redraw.
    let screen = Screen::render(&tty.seen, COLS, ROWS);
    let text = screen.join("\n");
    let top = screen
        .iter()
        .position(|l| l == "问题 1")
        .unwrap_or_else(|| panic!("no heading on screen:\n{text}"));
    let prompt = screen
        .iter()
        .position(|l| l.starts_with("? 回答（"))
        .unwrap_or_else(|| panic!("no prompt on screen:\n{text}"));
    assert!(
        screen[top + 1..prompt].iter().all(|l| !l.is_empty()) && prompt > top + 2,
        "question wrapped on two or more lines:\n{text}"
    );
    assert_eq!(screen[top + 1..prompt].concat(), Q_POPUP, "question on screen:\n{text}");
    assert_eq!(
        &screen[prompt + 1..prompt + 5],
        ["  是", "  否", "❯ 不确定", "  返回上一步"],
        "items on screen:\n{text}"
    );
    assert!(
        screen[prompt + 5..].iter().all(String::is_empty),
        "nothing below the items:\n{text}"
    );
    assert_eq!(count(&text, "员工登录或使用"), 1, "question once on screen:\n{text}");
    assert_eq!(count(&text, "回答（"), 1, "prompt once on screen:\n{text}");

    tty.send(ESC);
    tty.expect("已退出问诊");
    assert_eq!(tty.finish(), 1);
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

/// `show` without a number offers the list; arrow keys and Enter show the entry picked.
#[test]
fn show_without_a_number_picks_from_the_list() {
    let Some(mut tty) = Tty::spawn(100, 30, &["show"]) else {
        return;
    };
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

    let Some(mut tty) = Tty::spawn(100, 30, &["show"]) else {
        return;
    };
    tty.expect("16  登录企微提示");
    tty.send(ESC);
    assert_eq!(tty.finish(), 1, "Esc leaves without showing anything\n{}", tty.plain());
    assert!(!tty.plain().contains("FAQ "), "{}", tty.plain());
}
