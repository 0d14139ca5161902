//! Drives a diagnosis session with a prompter until it reaches a result or the agent leaves.

use crate::engine::{Answer, Session, Step};
use crate::error::Error;
use crate::kb::Kb;
use crate::ui::prompt::{Choice, Prompter};

/// Where a diagnosis ended: the answers that led there and the solutions, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// (question index, answer), in the order asked; undone answers are not included.
    pub answers: Vec<(usize, Answer)>,
    /// Solution indices, best first.
    pub solutions: Vec<usize>,
    /// What the employee said or saw, when the diagnosis started from it (`--message`).
    pub message: Option<String>,
}

/// Asks until the session is done. `Ok(None)` when the agent quits. `observe` sees every
/// question and the choice made, for echoing scripted answers.
pub fn run(
    kb: &Kb,
    session: &mut Session,
    prompter: &mut dyn Prompter,
    observe: &mut dyn FnMut(usize, usize, Choice) -> Result<(), Error>,
) -> Result<Option<Outcome>, Error> {
    loop {
        let question = match session.step() {
            Step::Done(solutions) => {
                return Ok(Some(Outcome {
                    answers: session.history().to_vec(),
                    solutions: solutions.clone(),
                    message: None,
                }));
            }
            &Step::Ask(question) => question,
        };
        let number = session.history().len() + 1;
        let choice = prompter.choose(&kb.questions[question], number)?;
        observe(question, number, choice)?;
        match choice {
            Choice::Answer(answer) => session.answer(answer),
            Choice::Back => {
                if !session.undo() {
                    prompter.nothing_to_undo()?;
                }
            }
            Choice::Quit => return Ok(None),
        }
    }
}
