//! The `diagnose` command: a session of the engine driven by the terminal or by scripted
//! answers, started from the employee's description when there is one, and its result printed
//! and saved.

mod example;
mod run;
mod steps;
mod watched;

use std::io::Write;

use run::{Code, Stop, run};
pub use steps::{described, drive, listed, offered, option_ids, replay};
use watched::Watch;

use crate::cli::{Options, Save};
use crate::engine::{Outcome, Session, Step};
use crate::error::{Accepts, EXIT_NO_RESULT, EXIT_OK, EXIT_USAGE, Error};
use crate::journal::{self, Channel, SessionRow};
use crate::kb::search::Index;
use crate::kb::{Kb, t};
use crate::knowledge::Knowledge;
use crate::lang::Lang;
use crate::output::say;
use crate::printable::printable;
use crate::resume;
use crate::save;
use crate::ui::DiagnoseFormat;
use crate::ui::prompt::{Asking, accepts};
use crate::ui::render::{Transcript, ask_json, transcript, wecom};
use crate::webhook::Webhook;

/// What the caller asked of the wizard.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// Answers given up front (`--answers`); without them the terminal asks.
    pub answers: Option<&'a str>,
    /// The employee's description or on-screen message (`--message`).
    pub message: Option<&'a str>,
    /// A hand-off code whose answers come first (`--resume`).
    pub resume: Option<&'a str>,
    /// Where to save the result (`--save`).
    pub save: Option<&'a Save>,
    /// The format of the result, printed and saved.
    pub format: DiagnoseFormat,
    /// Where to send the result, in the format `wecom` (`--send`).
    pub send: Option<&'a Webhook>,
}

/// Runs the wizard and prints (and saves, and sends) its result; the exit code.
pub fn diagnose(
    knowledge: &Knowledge,
    request: &Request,
    options: &Options,
    render: &dyn Transcript,
    out: &mut dyn Write,
) -> Result<i32, Error> {
    let lang = options.lang;
    // Refuse before asking anything, so no answers are lost to a name already taken or a
    // folder that is not there.
    if let Some(save) = request.save {
        save::check(save)?;
    }
    let kb = &knowledge.kb().map_err(Error::Kb)?;
    let resumed = (request.resume)
        .map(|code| resume::answers(kb, code).map(|answers| (code, answers)))
        .transpose()?;
    // Opened before the first question, so that a journal that cannot be used is said first.
    let journal = journal::cli::open(options.journal.as_deref(), lang);
    let (session, matched) = match request.message {
        Some(message) => session_from_message(&knowledge.index().map_err(Error::Kb)?, kb, message, lang),
        None => (Session::new(kb), Vec::new()),
    };
    // Without a terminal to ask in, a JSON caller is driving the wizard step by step: it gets the
    // first question as data.
    let answers = request
        .answers
        .or_else(|| (request.format == DiagnoseFormat::Json && !console::Term::stderr().is_term()).then_some(""));
    // A signal that ends the program at a question still records the session, as left there.
    let watch = journal.as_ref().map(|journal| Watch {
        path: journal.path().to_owned(),
        message: request.message.map(str::to_owned),
        matched: matched.clone(),
    });
    let code = (resumed.as_ref()).map(|(code, given)| Code { code, given });
    let ran = run(
        kb,
        session,
        (code, answers),
        (lang, watch.as_ref(), &options.command_line),
        render,
    );
    // Ended otherwise than by a signal (whose error is on its way to `interrupted`): nothing
    // is left to record then.
    if !matches!(ran, Err(Error::Interrupted)) {
        crate::ui::interrupt::set_last_words(None);
    }
    let mut outcome = match ran? {
        Stop::Solved(outcome) => outcome,
        Stop::Left(session) => {
            say(&t!(lang, "diagnose-left"));
            if let (Some(journal), Some(watch), &Step::Ask(question)) = (&journal, &watch, session.step()) {
                let row = watch.row(kb, (session.history(), session.from_text()), question, lang);
                journal::cli::written(journal.record(&row), lang);
            }
            return Ok(EXIT_NO_RESULT);
        }
        Stop::RunOut(session) => {
            let Step::Ask(question) = *session.step() else {
                unreachable!("the answers ran out at a question")
            };
            // JSON callers drive the wizard one step per call: the next question is their data.
            if request.format != DiagnoseFormat::Json {
                let (question, accepts) = question_with_answers(kb, &session, question, false, lang);
                return Err(Error::AnswersRunOut { question, accepts });
            }
            ask_json(
                kb,
                (question, &session.offered(question)),
                (session.history(), session.from_text()),
                lang,
                out,
            )?;
            out.flush()?;
            return Ok(EXIT_USAGE);
        }
    };
    outcome.message = request.message.map(|m| printable(m).into_owned());
    if request.format == DiagnoseFormat::Text && console::Term::stdout().is_term() {
        writeln!(out)?;
    }
    // Saved whatever became of the printed copy.
    let printed = render.outcome(kb, &outcome, out).and_then(|()| out.flush());
    if let Some(journal) = &journal {
        let row = SessionRow::of(kb, &outcome, &matched, Channel::Cli, lang);
        journal::cli::written(journal.record(&row), lang);
    }
    if let Some(save) = request.save {
        save_outcome(save, request.format, lang, kb, &outcome)?;
    }
    // Sent once it is printed: whatever becomes of the sending, the agent has it.
    let sent = request.send.map(|webhook| send(webhook, kb, &outcome, lang));
    printed?;
    sent.transpose()?;
    Ok(if outcome.not_covered() { EXIT_NO_RESULT } else { EXIT_OK })
}

/// A session started from the employee's words, telling the agent which answers they gave.
fn session_from_message(index: &Index, kb: &Kb, message: &str, lang: Lang) -> (Session, Vec<usize>) {
    let (session, matched) = described(index, kb, message, lang);
    let said = &session.history()[..session.from_text()];
    if !said.is_empty() {
        let yes = t!(lang, "answer-yes");
        let facts: String = said
            .iter()
            .map(|&(q, _)| format!("\n  • {} → {yes}", kb.questions[q].text))
            .collect();
        // Taking an answer back needs a question to come; a result needs none.
        say(&match session.step() {
            Step::Ask(_) => t!(lang, "diagnose-from-text", facts = facts),
            Step::Done(_) => t!(lang, "diagnose-from-text-settled", facts = facts),
        });
    }
    (session, matched)
}

/// A question with the answers `--answers` (or a hand-off code, `code`) may give it, for the
/// messages that they ran out, that there is no terminal to ask it in, or that one did not fit.
fn question_with_answers(kb: &Kb, session: &Session, question: usize, code: bool, lang: Lang) -> (String, Accepts) {
    let offered = offered(kb, session, question, lang);
    let asking = Asking {
        question: &kb.questions[question],
        offered: &offered,
        number: session.history().len() + 1,
        previous: None,
    };
    (listed(kb, asking, code, lang), accepts(asking))
}
/// Writes the result to the `--save` file, as it would print to a file: no colour, no wrapping.
fn save_outcome(save: &Save, format: DiagnoseFormat, lang: Lang, kb: &Kb, outcome: &Outcome) -> Result<(), Error> {
    let mut block = Vec::new();
    let colours = console::colors_enabled();
    console::set_colors_enabled(false);
    let rendered = transcript(format, None, lang).outcome(kb, outcome, &mut block);
    console::set_colors_enabled(colours);
    rendered?;
    save::write(save, &block)
}

/// Posts the result to the support desk's group, as `--format wecom` prints it, and says how
/// many messages that took.
fn send(webhook: &Webhook, kb: &Kb, outcome: &Outcome, lang: Lang) -> Result<(), Error> {
    let messages = wecom::messages(&wecom::document(kb, outcome, lang), lang);
    let sent = webhook.post(&messages).map_err(Error::NotSent)?;
    say(&t!(lang, "wecom-sent", count = sent));
    Ok(())
}
