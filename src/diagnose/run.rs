//! Running the wizard until it stops: the answers of a hand-off code and of `--answers`, each
//! refused in the words of whichever gave it, then the terminal for what they leave.

use super::example::example;
use super::watched::{Watch, Watched};
use super::{drive, option_ids, question_with_answers};
use crate::engine::{Outcome, Session, Step};
use crate::error::{By, Error};
use crate::kb::{Kb, t};
use crate::lang::Lang;
use crate::output::{self, say};
use crate::ui::prompt::{Asking, Choice, Prompter, ScriptedPrompter, TerminalPrompter};
use crate::ui::render::Transcript;

/// Where a run of the wizard stopped.
pub(super) enum Stop {
    Solved(Outcome),
    /// The agent left the wizard (Esc) at the question the session stands at.
    Left(Session),
    /// The scripted answers ran out before a result: the session stands at the next question.
    RunOut(Session),
}

impl Stop {
    /// How a run ended: with `outcome`, or left where `session` stands.
    pub(super) fn of(outcome: Option<Outcome>, session: Session) -> Stop {
        outcome.map_or(Stop::Left(session), Stop::Solved)
    }
}

/// The hand-off code of `--resume`, as typed, and the answers it carries (`--answers`' grammar).
#[derive(Debug, Clone, Copy)]
pub(super) struct Code<'a> {
    pub(super) code: &'a str,
    pub(super) given: &'a str,
}

impl Code<'_> {
    /// How many answers the code carries.
    fn count(self) -> usize {
        self.given.split(',').filter(|t| !t.is_empty()).count()
    }
}

/// Runs the wizard until a result, the agent leaving it, or the scripted answers running out.
/// The answers of a hand-off code come first: before `answers`, or before the terminal asks.
/// `command_line` is the agent's, for the example of a command that gives the answers.
pub(super) fn run(
    kb: &Kb,
    mut session: Session,
    (code, answers): (Option<Code>, Option<&str>),
    (lang, watch, command_line): (Lang, Option<&Watch>, &[String]),
    render: &dyn Transcript,
) -> Result<Stop, Error> {
    if let (Some(code), None) = (code, answers)
        && let Some(ended) = scripted(kb, &mut session, (Some(code), ""), lang, render)?
    {
        return Ok(Stop::of(ended, session));
    }
    let Some(answers) = answers else {
        let mut prompter = match session.step() {
            // A result without questions needs no terminal.
            Step::Done(_) => None,
            &Step::Ask(q) => Some(TerminalPrompter::new(lang, option_ids(kb)).ok_or_else(|| {
                let (question, accepts) = question_with_answers(kb, &session, q, false, lang);
                Error::NoTerminal {
                    question,
                    accepts,
                    example: example(command_line, accepts),
                }
            })?),
        };
        if prompter.is_some() {
            crate::ui::interrupt::install_handler(lang);
        }
        let mut none = ScriptedPrompter::parse("", &[]);
        let prompter: &mut dyn Prompter = match prompter.as_mut() {
            Some(p) => p,
            None => &mut none,
        };
        let ended = match watch {
            Some(watch) => {
                let mut watched = Watched::new(prompter, kb, &session, watch, lang);
                drive(kb, &mut session, &mut watched, lang, &mut |_, _, _| Ok(()))?
            }
            None => drive(kb, &mut session, prompter, lang, &mut |_, _, _| Ok(()))?,
        };
        return Ok(Stop::of(ended, session));
    };
    match scripted(kb, &mut session, (code, answers), lang, render)? {
        Some(ended) => Ok(Stop::of(ended, session)),
        // The session stands at the question the answers did not reach.
        None => Ok(Stop::RunOut(session)),
    }
}

/// `error`, about the answers of the hand-off code `code` followed by those of `--answers`:
/// about the code when it is one of its answers, else about `--answers` counted from its own
/// first.
fn blamed(error: Error, code: Option<Code>) -> Error {
    let Some(code) = code else {
        return error;
    };
    let count = code.count();
    match error {
        Error::Refused {
            by: By::Answers,
            why,
            refused,
        } if refused.position <= count => Error::Refused {
            by: By::Code(code.code.to_owned()),
            why,
            refused,
        },
        Error::Refused {
            by: By::Answers,
            why,
            mut refused,
        } => {
            refused.position -= count;
            Error::Refused {
                by: By::Answers,
                why,
                refused,
            }
        }
        // A code holds no word that is no answer: this one is of --answers.
        Error::PastResult { token, position } => Error::PastResult {
            token,
            position: position.saturating_sub(count),
        },
        other => other,
    }
}

/// Gives the session the answers of the hand-off code, if any, then `answers`, each echoed on
/// standard error as it is given: how the wizard ended, or `None` when the answers ran out
/// first.
fn scripted(
    kb: &Kb,
    session: &mut Session,
    (code, answers): (Option<Code>, &str),
    lang: Lang,
    render: &dyn Transcript,
) -> Result<Option<Option<Outcome>>, Error> {
    let script = format!("{},{answers}", code.map_or("", |c| c.given));
    let mut prompter = Echoed {
        inner: ScriptedPrompter::parse(&script, &option_ids(kb)),
        lang,
    };
    let mut echo = |question, number, choice| {
        let answer = match choice {
            Choice::Answer(a) => Some(a),
            _ => None,
        };
        // On standard error, so that standard output is the transcript alone, ready to paste.
        render
            .step(kb, number, question, answer, &mut output::stderr())
            .map_err(Error::from)
    };
    let outcome = match drive(kb, session, &mut prompter, lang, &mut echo) {
        Err(Error::AnswersRunOut { .. }) => return Ok(None),
        ended => ended.map_err(|e| match blamed(e, code) {
            // Listed in the words a code holds, at the question the session still stands at.
            Error::Refused {
                by: by @ By::Code(_),
                why,
                mut refused,
            } => {
                if let &Step::Ask(q) = session.step() {
                    refused.question = question_with_answers(kb, session, q, true, lang).0;
                }
                Error::Refused { by, why, refused }
            }
            other => other,
        })?,
    };
    let unused = prompter.inner.finish().map_err(|e| blamed(e, code))?;
    if outcome.is_some() && unused > 0 {
        // The answers left over are the last ones: --answers' first, then the code's.
        let of_answers = unused.min(ScriptedPrompter::parse(answers, &[]).unused());
        if of_answers > 0 {
            say(&t!(lang, "diagnose-unused-answers", count = of_answers));
        }
        if unused > of_answers {
            say(&t!(lang, "diagnose-unused-code", count = unused - of_answers));
        }
    }
    Ok(Some(outcome))
}

/// Scripted answers whose 返回上一步 at the first question is said to have taken nothing back,
/// as the terminal's menu says it.
struct Echoed {
    inner: ScriptedPrompter,
    lang: Lang,
}

impl Prompter for Echoed {
    fn choose(&mut self, asking: Asking) -> Result<Choice, Error> {
        self.inner.choose(asking)
    }

    fn nothing_to_undo(&mut self) -> Result<(), Error> {
        say(&t!(self.lang, "prompt-first-question"));
        Ok(())
    }
}
