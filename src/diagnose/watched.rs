//! A session the command line records, left at a question: by Esc, or by a signal that ends
//! the program, which records it as its last act (`ui::interrupt::set_last_words`).

use std::path::PathBuf;

use crate::engine::{Answer, Session};
use crate::error::Error;
use crate::journal::{self, Channel, SessionRow};
use crate::kb::Kb;
use crate::lang::Lang;
use crate::ui::prompt::{Asking, Choice, Prompter};

/// What a session left at a question is recorded with.
pub struct Watch {
    /// The journal's file: a signal's thread opens it anew.
    pub path: PathBuf,
    /// The employee's description, when the session started from one.
    pub message: Option<String>,
    /// The solutions the description's words matched best.
    pub matched: Vec<usize>,
}

impl Watch {
    /// The row of the session left at `question` after `answers` (the first `from_text` read
    /// from the description).
    pub fn row(&self, kb: &Kb, answers: (&[(usize, Answer)], usize), question: usize, lang: Lang) -> SessionRow {
        let said = (self.message.as_deref(), self.matched.as_slice());
        SessionRow::abandoned(kb, answers, question, said, Channel::Cli, lang)
    }
}

/// The terminal's prompter, keeping before each question the row of the session as it would
/// be left there, for a signal to record.
pub struct Watched<'a> {
    inner: &'a mut dyn Prompter,
    kb: &'a Kb,
    answers: Vec<(usize, Answer)>,
    from_text: usize,
    watch: &'a Watch,
    lang: Lang,
}

impl<'a> Watched<'a> {
    pub fn new(inner: &'a mut dyn Prompter, kb: &'a Kb, session: &Session, watch: &'a Watch, lang: Lang) -> Self {
        Watched {
            inner,
            kb,
            answers: session.history().to_vec(),
            from_text: session.from_text(),
            watch,
            lang,
        }
    }
}

impl Prompter for Watched<'_> {
    fn choose(&mut self, asking: Asking) -> Result<Choice, Error> {
        let kb = self.kb;
        let question = (kb.questions.iter())
            .position(|q| q.id == asking.question.id)
            .expect("the question asked is the knowledge base's");
        let row = self.watch.row(kb, (&self.answers, self.from_text), question, self.lang);
        let path = self.watch.path.clone();
        crate::ui::interrupt::set_last_words(Some(Box::new(move || {
            if let Ok(journal) = journal::Journal::open(&path) {
                let _ = journal.record(&row);
            }
        })));
        let choice = self.inner.choose(asking)?;
        match choice {
            Choice::Answer(answer) => self.answers.push((question, answer)),
            Choice::Back => {
                self.answers.pop();
                self.from_text = self.from_text.min(self.answers.len());
            }
            Choice::Quit => {}
        }
        Ok(choice)
    }

    fn nothing_to_undo(&mut self) -> Result<(), Error> {
        self.inner.nothing_to_undo()
    }
}
