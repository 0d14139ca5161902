//! Asking the agent a question: in a terminal with arrow keys, or from scripted answers
//! (`scripted.rs`).

mod scripted;

use std::io::{self, Write};

use console::Term;

use crate::engine::Answer;
use crate::error::Error;
use crate::kb::{Kb, Question, t};
use crate::lang::Lang;
use crate::ui::menu::Menu;
use crate::ui::wrap;

pub use scripted::{ScriptedPrompter, accepts};

/// What the agent chose at a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Answer(Answer),
    /// 返回上一步: take back the last answer.
    Back,
    /// Esc: leave the wizard without a result.
    Quit,
}

/// A question as the agent is asked it: its text and the answers offered, each with the menu's
/// words for it (返回上一步 is always offered besides).
#[derive(Debug, Clone, Copy)]
pub struct Asking<'a> {
    pub question: &'a Question,
    pub offered: &'a [(Answer, String)],
    /// The `number`th question asked, from 1.
    pub number: usize,
    /// The answer it had before 返回上一步 took it back, which a menu starts on.
    pub previous: Option<Answer>,
}

/// Something that answers the wizard's questions.
pub trait Prompter {
    /// The choice made at a question.
    fn choose(&mut self, asking: Asking) -> Result<Choice, Error>;

    /// 返回上一步 was chosen at the first question: there is nothing to take back.
    fn nothing_to_undo(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

/// Asks in the terminal (standard error), with arrow keys and Enter.
pub struct TerminalPrompter<'k> {
    term: Term,
    lang: Lang,
    /// The ids a typed answer may name the options of a choice by, as `--answers` does.
    options: Vec<(&'k str, usize)>,
}

impl<'k> TerminalPrompter<'k> {
    /// A prompter on standard error; `None` when that is not a terminal. `options` are the
    /// option ids a typed answer may give (see [`ScriptedPrompter::parse`]).
    pub fn new(lang: Lang, options: Vec<(&'k str, usize)>) -> Option<Self> {
        let term = Term::stderr();
        term.is_term().then(|| TerminalPrompter { term, lang, options })
    }
}

impl Prompter for TerminalPrompter<'_> {
    fn nothing_to_undo(&mut self) -> Result<(), Error> {
        writeln!(
            self.term,
            "{}",
            console::style(t!(self.lang, "prompt-first-question"))
                .dim()
                .for_stderr()
        )
        .map_err(|e| stopped(&self.term, e))
    }

    fn choose(&mut self, asking: Asking) -> Result<Choice, Error> {
        self.ask(asking).map_err(|e| stopped(&self.term, e))
    }
}

impl TerminalPrompter<'_> {
    fn ask(&mut self, asking: Asking) -> io::Result<Choice> {
        // A dumb terminal's typed line takes the words --answers takes, besides the numbers.
        let word = |typed: &str| match ScriptedPrompter::word(typed, &self.options, asking)? {
            Choice::Answer(answer) => asking.offered.iter().position(|&(a, _)| a == answer),
            Choice::Back => Some(asking.offered.len()),
            Choice::Quit => None,
        };
        let Asking {
            question,
            offered,
            number,
            previous,
        } = asking;
        // The menu redraws its own lines only, so the long question is printed (wrapped) before
        // it, once.
        let width = self.term.size_checked().map_or(80, |(_, w)| usize::from(w));
        writeln!(self.term)?;
        let heading = t!(self.lang, "question-number", number = number);
        let heading = console::style(heading).bold().for_stderr();
        writeln!(self.term, "{heading}")?;
        for line in wrap(&question.text, Some(width.saturating_sub(1)), "", "") {
            writeln!(self.term, "{line}")?;
        }
        // The answers offered, then 返回上一步.
        let lang = self.lang;
        let choices = (offered.iter().map(|(_, label)| label.clone())).chain([t!(lang, "answer-back")]);
        let prompt = t!(lang, "prompt-answer");
        let picked = Menu {
            prompt: &prompt,
            items: (1..).map(|n: usize| n.to_string()).zip(choices).collect(),
            default: previous
                .and_then(|p| offered.iter().position(|&(a, _)| a == p))
                .unwrap_or(0),
            numbered: false,
            lang,
            word: Some(&word),
        }
        .interact(&self.term)?;
        Ok(match picked {
            Some(k) if k < offered.len() => Choice::Answer(offered[k].0),
            Some(_) => Choice::Back,
            None => Choice::Quit,
        })
    }
}

/// The error that ends a prompt on `term`, after giving the cursor and the terminal's modes
/// back (the menu hides the one and changes the other while it waits for a key). Ctrl-C is an interruption, and so is losing the terminal (window
/// closed, hang-up): the kernel then also sends SIGHUP, whose handler reports an interruption,
/// so the exit code is 130 whichever of the two comes first.
fn stopped(term: &Term, e: io::Error) -> Error {
    let _ = crate::ui::show_cursor(term);
    crate::ui::modes::restore();
    if e.kind() == io::ErrorKind::Interrupted || terminal_gone(&e) {
        Error::Interrupted
    } else {
        Error::Io(e)
    }
}

/// Whether `e` means the terminal is gone: once it is hung up, reading gives end of input and
/// writing or setting its modes fails with EIO.
fn terminal_gone(e: &io::Error) -> bool {
    /// `EIO`, the same number on Linux, macOS and the BSDs.
    const EIO: i32 = 5;
    matches!(
        e.kind(),
        io::ErrorKind::UnexpectedEof | io::ErrorKind::NotConnected | io::ErrorKind::BrokenPipe
    ) || e.raw_os_error() == Some(EIO)
}

/// Lets the agent pick an entry from the list with the arrow keys or by typing its number:
/// `None` when there is no terminal, `Some(Ok(None))` on Esc.
pub fn pick_entry(kb: &Kb, lang: Lang) -> Option<Result<Option<usize>, Error>> {
    let term = Term::stderr();
    if !term.is_term() {
        return None;
    }
    let prompt = t!(lang, "prompt-pick-entry");
    let menu = Menu {
        prompt: &prompt,
        items: kb.entries.iter().map(|e| (e.id.to_string(), e.title.clone())).collect(),
        default: 0,
        numbered: true,
        lang,
        word: None,
    };
    Some(menu.interact(&term).map_err(|e| stopped(&term, e)))
}
