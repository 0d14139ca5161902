//! Choosing one item of a list in the terminal: with the arrow keys (or by typing an item's
//! number), or, in a terminal that cannot move its cursor, by typing the number and Enter.

use std::fmt;
use std::io::{self, BufRead, IsTerminal};

use console::{Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};

use crate::kb::normalize::half_width;
use crate::kb::t;
use crate::lang::Lang;
use crate::ui::truncate;

/// A list to choose one item from.
pub struct Menu<'a> {
    /// What is chosen: the line above the items, with the keys to use while the menu waits,
    /// and before the item chosen once it is.
    pub prompt: &'a str,
    /// The items: the number that picks each when typed, and its text.
    pub items: Vec<(String, String)>,
    /// The item highlighted at first.
    pub default: usize,
    /// Whether the arrow-key menu shows the numbers and jumps to an item when its number is
    /// typed (the entry list); the wizard's answers show their text alone.
    pub numbered: bool,
    /// The language of the words a typed choice needs.
    pub lang: Lang,
    /// The item a word typed instead of a number picks, if any (the wizard's 是, y, ?…).
    pub word: Option<&'a Word<'a>>,
}

/// The item a typed word picks, if any.
pub type Word<'a> = dyn Fn(&str) -> Option<usize> + 'a;

impl Menu<'_> {
    /// The index of the item chosen; `None` when the agent leaves (Esc or q).
    ///
    /// A dumb terminal (`TERM=dumb` or no `TERM`) gets the numbered list and a line to type in,
    /// with no cursor movement at all; so does a window too low for the menu.
    pub fn interact(&self, term: &Term) -> io::Result<Option<usize>> {
        super::modes::save();
        let (rows, cols) = term
            .size_checked()
            .map_or((24, 80), |(h, w)| (usize::from(h), usize::from(w)));
        if console::is_dumb() || rows < 3 {
            self.typed(term, cols)
        } else {
            self.keys(term, rows, cols)
        }
    }

    /// The arrow-key menu, drawn as dialoguer draws its `Select`. Each line is cut to the width,
    /// so that a redraw knows how many lines to clear.
    fn keys(&self, term: &Term, rows: usize, cols: usize) -> io::Result<Option<usize>> {
        let theme = ColorfulTheme::default();
        let room = Some(cols.saturating_sub(4));
        let lines: Vec<String> = self
            .items
            .iter()
            .map(|(number, text)| match self.numbered {
                true => truncate(&format!("{number:>3}  {text}"), room),
                false => truncate(text, room),
            })
            .collect();
        // The prompt, the items shown and the line the cursor waits on fit the window.
        let shown = lines.len().min(rows - 2);
        let prompt = truncate(&t!(self.lang, "prompt-keys", prompt = self.prompt), room);
        let mut line = String::new();
        theme.format_select_prompt(&mut line, &prompt).map_err(format_failed)?;
        term.hide_cursor()?;
        term.write_line(&line)?;
        let (mut at, mut top, mut typed) = (self.default.min(lines.len() - 1), 0, String::new());
        loop {
            top = top.min(at).max((at + 1).saturating_sub(shown));
            for (i, text) in lines.iter().enumerate().skip(top).take(shown) {
                let mut line = String::new();
                theme
                    .format_select_prompt_item(&mut line, text, i == at)
                    .map_err(format_failed)?;
                term.write_line(&line)?;
            }
            term.flush()?;
            let key = term.read_key()?;
            let typed_digit = match key {
                Key::Char(c) if self.numbered => digit(c),
                _ => None,
            };
            match typed_digit {
                Some(d) => typed.push(d),
                None => typed.clear(),
            }
            match key {
                _ if typed_digit.is_some() => at = self.jump(&mut typed).unwrap_or(at),
                Key::ArrowDown | Key::Tab | Key::Char('j') => at = (at + 1) % lines.len(),
                Key::ArrowUp | Key::BackTab | Key::Char('k') => at = (at + lines.len() - 1) % lines.len(),
                Key::Home | Key::PageUp => at = 0,
                Key::End | Key::PageDown => at = lines.len() - 1,
                Key::Enter | Key::Char(' ') => {
                    term.clear_last_lines(shown + 1)?;
                    // "✔ prompt · item" on one line. A prompt with no room beside the item gives
                    // way to it, and an item cut to the width (a message quoted whole) stands
                    // alone and whole rather than after "…".
                    let room = cols.saturating_sub(console::measure_text_width(&lines[at]) + 7);
                    let cut = lines[at] != self.items[at].1 && !self.numbered;
                    let mut line = String::new();
                    if cut || room < console::measure_text_width(self.prompt) {
                        let mark = console::style("✔").green().for_stderr();
                        let item = if cut { &self.items[at].1 } else { &lines[at] };
                        line = format!("{mark} {item}");
                    } else {
                        theme
                            .format_select_prompt_selection(&mut line, self.prompt, &lines[at])
                            .map_err(format_failed)?;
                    }
                    term.write_line(&line)?;
                    term.show_cursor()?;
                    return Ok(Some(at));
                }
                Key::Escape | Key::Char('q') => {
                    term.clear_last_lines(shown + 1)?;
                    term.show_cursor()?;
                    return Ok(None);
                }
                _ => {}
            }
            term.clear_last_lines(shown)?;
        }
    }

    /// The item whose number is `typed`, the digits typed so far; when there is none, the
    /// typing starts again from its last digit.
    fn jump(&self, typed: &mut String) -> Option<usize> {
        let find = |typed: &str| self.items.iter().position(|(number, _)| number == typed);
        find(typed).or_else(|| {
            let last = typed.split_off(typed.len() - 1);
            *typed = last;
            find(typed)
        })
    }

    /// The numbered list, then a number typed and Enter, asked again until it names an item.
    /// The terminal echoes and edits the line itself, so nothing here moves the cursor.
    fn typed(&self, term: &Term, cols: usize) -> io::Result<Option<usize>> {
        for (number, text) in &self.items {
            term.write_line(&truncate(&format!("{number:>3}  {text}"), Some(cols.saturating_sub(1))))?;
        }
        loop {
            term.write_str(&t!(self.lang, "menu-type-number"))?;
            term.flush()?;
            let answer: String = read_line()?.trim().chars().map(|c| digit(c).unwrap_or(c)).collect();
            if answer.eq_ignore_ascii_case("q") {
                return Ok(None);
            }
            if let Some(i) = self.items.iter().position(|(number, _)| *number == answer) {
                return Ok(Some(i));
            }
            if let Some(i) = self.word.and_then(|word| word(&answer)) {
                return Ok(Some(i));
            }
            if let (false, Some((first, _)), Some((last, _))) =
                (answer.is_empty(), self.items.first(), self.items.last())
            {
                let refused = t!(
                    self.lang,
                    "menu-no-such-number",
                    first = first.as_str(),
                    last = last.as_str()
                );
                term.write_line(&refused)?;
            }
        }
    }
}

/// `c` as an ASCII digit, full-width digits (typed with a Chinese input method) included.
fn digit(c: char) -> Option<char> {
    Some(half_width(c)).filter(char::is_ascii_digit)
}

/// One line from the terminal, as the terminal itself edits it: from standard input when that
/// is the terminal, else from the controlling terminal. End of input is an error: the terminal
/// is gone.
fn read_line() -> io::Result<String> {
    let mut line = String::new();
    let read = if io::stdin().is_terminal() {
        io::stdin().lock().read_line(&mut line)?
    } else {
        io::BufReader::new(std::fs::File::open(TERMINAL)?).read_line(&mut line)?
    };
    match read {
        0 => Err(io::ErrorKind::UnexpectedEof.into()),
        _ => Ok(line),
    }
}

/// The controlling terminal's file.
#[cfg(unix)]
const TERMINAL: &str = "/dev/tty";
#[cfg(windows)]
const TERMINAL: &str = "CONIN$";

/// Shows the cursor again, which the arrow-key menu hides while it waits. A dumb terminal's was
/// never hidden, and it gets no escape sequence.
pub fn show_cursor(term: &Term) -> io::Result<()> {
    match console::is_dumb() {
        true => Ok(()),
        false => term.show_cursor(),
    }
}

/// Formatting into a `String` fails only when a `Display` implementation does.
fn format_failed(_: fmt::Error) -> io::Error {
    io::Error::other("formatting the menu failed")
}
