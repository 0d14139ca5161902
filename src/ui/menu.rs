//! Choosing one item of a list in the terminal with the arrow keys, or by typing an item's
//! number.

use std::fmt;
use std::io;

use console::{Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};

use crate::ui::truncate;

/// A list to choose one item from.
pub struct Menu<'a> {
    /// The line above the items, saying which keys to use.
    pub prompt: &'a str,
    /// The items: the number that picks each when typed, and its text.
    pub items: Vec<(String, String)>,
    /// The item highlighted at first.
    pub default: usize,
    /// Whether the arrow-key menu shows the numbers and jumps to an item when its number is
    /// typed (the entry list); the wizard's answers show their text alone.
    pub numbered: bool,
}

impl Menu<'_> {
    /// The index of the item chosen; `None` when the agent leaves (Esc or q). Drawn as
    /// dialoguer draws its `Select`; each line is cut to the width, so that a redraw knows how
    /// many lines to clear.
    pub fn interact(&self, term: &Term) -> io::Result<Option<usize>> {
        let (rows, cols) = term
            .size_checked()
            .map_or((24, 80), |(h, w)| (usize::from(h), usize::from(w)));
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
        let shown = lines.len().min(rows.saturating_sub(2).max(1));
        let prompt = truncate(self.prompt, room);
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
                    // "✔ prompt · item" on one line: the prompt gives way to the item.
                    let room = cols.saturating_sub(console::measure_text_width(&lines[at]) + 7);
                    let mut line = String::new();
                    theme
                        .format_select_prompt_selection(&mut line, &truncate(self.prompt, Some(room)), &lines[at])
                        .map_err(format_failed)?;
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
}

/// `c` as an ASCII digit, full-width digits (typed with a Chinese input method) included.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_digit(u32::from(c) - u32::from('０'), 10),
        _ => None,
    }
}

/// Formatting into a `String` fails only when a `Display` implementation does.
fn format_failed(_: fmt::Error) -> io::Error {
    io::Error::other("formatting the menu failed")
}
