//! Asking the agent a question: in a terminal with arrow keys, or from scripted answers.

use std::io::{self, Write};

use console::Term;

use crate::engine::Answer;
use crate::error::Error;
use crate::kb::normalize::half_width;
use crate::kb::{Kb, Question, t};
use crate::lang::Lang;
use crate::ui::menu::Menu;
use crate::ui::wrap;

/// What the agent chose at a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Answer(Answer),
    /// 返回上一步: take back the last answer.
    Back,
    /// Esc: leave the wizard without a result.
    Quit,
}

/// Something that answers the wizard's questions.
pub trait Prompter {
    /// The choice for `question`, the `number`th asked (from 1). `previous` is the answer it had
    /// before 返回上一步 took it back, which a menu starts on.
    fn choose(&mut self, question: &Question, number: usize, previous: Option<Answer>) -> Result<Choice, Error>;

    /// 返回上一步 was chosen at the first question: there is nothing to take back.
    fn nothing_to_undo(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

/// Asks in the terminal (standard error), with arrow keys and Enter.
pub struct TerminalPrompter {
    term: Term,
    lang: Lang,
}

impl TerminalPrompter {
    /// A prompter on standard error; `None` when that is not a terminal.
    pub fn new(lang: Lang) -> Option<Self> {
        let term = Term::stderr();
        term.is_term().then(|| TerminalPrompter { term, lang })
    }
}

impl Prompter for TerminalPrompter {
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

    fn choose(&mut self, question: &Question, number: usize, previous: Option<Answer>) -> Result<Choice, Error> {
        self.ask(question, number, previous).map_err(|e| stopped(&self.term, e))
    }
}

impl TerminalPrompter {
    fn ask(&mut self, question: &Question, number: usize, previous: Option<Answer>) -> io::Result<Choice> {
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
        // The answers offered at every question, in this order.
        let lang = self.lang;
        let choices = [
            t!(lang, "answer-yes"),
            t!(lang, "answer-no"),
            t!(lang, "answer-unsure"),
            t!(lang, "answer-back"),
        ];
        let prompt = t!(lang, "prompt-answer");
        let picked = Menu {
            prompt: &prompt,
            items: (1..).map(|n: usize| n.to_string()).zip(choices).collect(),
            default: match previous {
                None | Some(Answer::Yes) => 0,
                Some(Answer::No) => 1,
                Some(Answer::Unsure) => 2,
            },
            numbered: false,
            lang,
        }
        .interact(&self.term)?;
        Ok(match picked {
            Some(0) => Choice::Answer(Answer::Yes),
            Some(1) => Choice::Answer(Answer::No),
            Some(2) => Choice::Answer(Answer::Unsure),
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
    };
    Some(menu.interact(&term).map_err(|e| stopped(&term, e)))
}

/// Answers from `--answers`: y 是, n 否, ? 不确定, b 返回上一步.
#[derive(Debug, Clone)]
pub struct ScriptedPrompter {
    choices: std::vec::IntoIter<Choice>,
}

impl ScriptedPrompter {
    /// Parses a comma-separated list such as `y,n,?,b`; spaces and empty items are ignored,
    /// full-width forms are read as half-width (`？`, `，`), and the words of the menu are
    /// accepted too: 是/否/不确定/返回 and yes/no/not sure/back.
    pub fn parse(script: &str) -> Result<Self, Error> {
        let mut tokens = script
            .split(|c: char| half_width(c) == ',' || c.is_whitespace())
            .filter(|t| !t.is_empty())
            .peekable();
        let mut choices = Vec::new();
        while let Some(token) = tokens.next() {
            let mut word: String = token.chars().map(half_width).collect::<String>().to_lowercase();
            // "not sure" is one answer written as two words.
            if word == "not" && tokens.peek().is_some_and(|next| next.eq_ignore_ascii_case("sure")) {
                tokens.next();
                word.push_str(" sure");
            }
            let choice = match word.as_str() {
                "y" | "yes" | "是" => Choice::Answer(Answer::Yes),
                "n" | "no" | "否" => Choice::Answer(Answer::No),
                "?" | "u" | "unsure" | "not sure" | "不确定" => Choice::Answer(Answer::Unsure),
                "b" | "back" | "返回" | "返回上一步" => Choice::Back,
                _ => {
                    return Err(Error::BadAnswer {
                        token: token.to_owned(),
                        position: choices.len() + 1,
                    });
                }
            };
            choices.push(choice);
        }
        Ok(ScriptedPrompter {
            choices: choices.into_iter(),
        })
    }

    /// How many answers were not needed.
    pub fn unused(&self) -> usize {
        self.choices.len()
    }
}

impl Prompter for ScriptedPrompter {
    fn choose(&mut self, question: &Question, _number: usize, _previous: Option<Answer>) -> Result<Choice, Error> {
        self.choices.next().ok_or_else(|| Error::AnswersRunOut {
            question: question.text.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question() -> Question {
        Question {
            id: "q".into(),
            text: "问题？".into(),
        }
    }

    #[test]
    fn scripted_answers_parse_in_order() {
        let mut p = ScriptedPrompter::parse("y, n,?,b，是").unwrap();
        let got: Vec<Choice> = (0..5).map(|i| p.choose(&question(), i, None).unwrap()).collect();
        assert_eq!(
            got,
            [
                Choice::Answer(Answer::Yes),
                Choice::Answer(Answer::No),
                Choice::Answer(Answer::Unsure),
                Choice::Back,
                Choice::Answer(Answer::Yes)
            ]
        );
        assert!(
            matches!(p.choose(&question(), 6, None), Err(Error::AnswersRunOut { question }) if question == "问题？")
        );
    }

    #[test]
    fn scripted_answers_take_the_words_of_the_menu() {
        let mut p = ScriptedPrompter::parse("Yes,not sure, No  Not Sure，不确定，？,back").unwrap();
        let got: Vec<Choice> = (0..7).map(|i| p.choose(&question(), i, None).unwrap()).collect();
        let unsure = Choice::Answer(Answer::Unsure);
        assert_eq!(
            got,
            [
                Choice::Answer(Answer::Yes),
                unsure,
                Choice::Answer(Answer::No),
                unsure,
                unsure,
                unsure,
                Choice::Back
            ]
        );
        assert_eq!(p.unused(), 0);
    }

    #[test]
    fn scripted_answers_name_a_bad_token() {
        let err = ScriptedPrompter::parse("y,x").unwrap_err();
        assert!(matches!(err, Error::BadAnswer { ref token, position: 2 } if token == "x"));
    }
}
