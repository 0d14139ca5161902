//! The wizard's steps every front end shares: a session started from a description, the
//! answers a question offers, and driving a session with a prompter or scripted answers.

use crate::engine::{Answer, Outcome, Session, Step};
use crate::error::{By, Error};
use crate::kb::search::Index;
use crate::kb::{Kb, t};
use crate::lang::Lang;
use crate::ui::prompt::{Asking, Choice, Prompter, ScriptedPrompter};
use crate::ui::render::answer_word;

/// How many of the solutions the description matches best the journal records.
const MATCHED: usize = 3;

/// A session started from the employee's words: the questions they answer are answered 是,
/// and the solutions they match best count as likelier. Every front end starts a description
/// this way. With it, the solutions the words matched best (at most [`MATCHED`]), best first:
/// what the journal records of how the text matched.
pub fn described(index: &Index, kb: &Kb, message: &str, lang: Lang) -> (Session, Vec<usize>) {
    let said = index.said(&kb.questions, message);
    let hits = index.search(message, usize::MAX, lang);
    let top = hits.first().map_or(0.0, |h| h.score);
    let mut boost = vec![1.0; kb.solutions.len()];
    if top > 0.0 {
        for hit in &hits {
            for &s in &hit.solutions {
                boost[s] = 1.0 + hit.score / top;
            }
        }
    }
    let mut matched: Vec<usize> = Vec::new();
    for &s in hits.iter().flat_map(|h| &h.solutions) {
        if matched.len() < MATCHED && !matched.contains(&s) {
            matched.push(s);
        }
    }
    (Session::from_description(kb, &said, &boost), matched)
}

/// The answers offered at `question`, with the menu's words: 是/否/不确定, or for a choice its
/// options shown, 都不是 and 记不清.
pub fn offered(kb: &Kb, session: &Session, question: usize, lang: Lang) -> Vec<(Answer, String)> {
    (session.offered(question).into_iter())
        .map(|a| (a, answer_word(kb, question, a, lang)))
        .collect()
}

/// The ids an answer may name the options of a choice by, with their question indices.
pub fn option_ids(kb: &Kb) -> Vec<(&str, usize)> {
    (kb.questions.iter())
        .flat_map(|q| q.options.iter().map(|&o| (kb.questions[o].id.as_str(), o)))
        .collect()
}

/// Gives `session` the answers of `script` (the `--answers` grammar), silently: the result
/// and how many answers it did not need, or `None` when the answers ran out and the session
/// stands at the next question.
pub fn replay(kb: &Kb, session: &mut Session, script: &str, lang: Lang) -> Result<(Option<Outcome>, usize), Error> {
    let mut prompter = ScriptedPrompter::parse(script, &option_ids(kb));
    let ended = match drive(kb, session, &mut prompter, lang, &mut |_, _, _| Ok(())) {
        Err(Error::AnswersRunOut { .. }) => return Ok((None, 0)),
        ended => ended?,
    };
    // A word that is no answer is refused even when the result came before it (a link
    // altered by hand), as on the command line.
    let unused = prompter.finish()?;
    Ok((ended, unused))
}

/// The answer 返回上一步 took back (`taken`), as the question now asked offers it: its own
/// answer, or, at a choice, the option the description answered 是 (the description answers an
/// option's yes/no question, the menu offers the choice).
fn retaken(kb: &Kb, asked: usize, (question, answer): (usize, Answer)) -> Option<Answer> {
    if question == asked {
        return Some(answer);
    }
    (answer == Answer::Yes && kb.questions[asked].options.contains(&question)).then_some(Answer::Pick(question))
}

/// Asks until the session is done. `Ok(None)` when the agent quits. `observe` sees every
/// question and the choice made, for echoing scripted answers.
pub fn drive(
    kb: &Kb,
    session: &mut Session,
    prompter: &mut dyn Prompter,
    lang: Lang,
    observe: &mut dyn FnMut(usize, usize, Choice) -> Result<(), Error>,
) -> Result<Option<Outcome>, Error> {
    // The question and answer 返回上一步 took back: that question comes again, starting on it.
    let mut undone = None;
    loop {
        let question = match session.step() {
            Step::Done(solutions) => {
                return Ok(Some(Outcome {
                    answers: session.history().to_vec(),
                    from_text: session.from_text(),
                    solutions: solutions.clone(),
                    unconfirmed: session.unconfirmed(solutions),
                    message: None,
                }));
            }
            &Step::Ask(question) => question,
        };
        let number = session.history().len() + 1;
        let previous = undone.take().and_then(|taken| retaken(kb, question, taken));
        let offered = offered(kb, session, question, lang);
        let asking = Asking {
            question: &kb.questions[question],
            offered: &offered,
            number,
            previous,
        };
        let choice = prompter.choose(asking).map_err(|error| match error {
            // The prompter knows the question alone: at a choice, what each answer names.
            Error::Refused { by, why, mut refused } => {
                refused.question = listed(kb, asking, by != By::Answers, lang);
                Error::Refused { by, why, refused }
            }
            other => other,
        })?;
        observe(question, number, choice)?;
        match choice {
            Choice::Answer(answer) => session.answer(answer),
            Choice::Back => {
                undone = session.history().last().copied();
                if !session.undo() {
                    prompter.nothing_to_undo()?;
                }
            }
            Choice::Quit => return Ok(None),
        }
    }
}

/// The question of `asking` for a message about `--answers`: at a choice, with what each
/// answer names (`1 msg_disabled 你的账号已被禁用…`, `n 都不是`, `? 记不清`); about a hand-off code
/// (`code`), in the words a code holds (`1 你的账号已被禁用…`, `n 都不是`, `u 记不清`).
pub fn listed(kb: &Kb, asking: Asking, code: bool, lang: Lang) -> String {
    let text = &asking.question.text;
    if !asking.question.is_choice() {
        return text.clone();
    }
    let unsure = if code { "u" } else { "?" };
    let offered: Vec<String> = (asking.offered.iter().enumerate())
        .map(|(k, (answer, label))| match answer {
            Answer::Pick(_) if code => format!("{} {label}", k + 1),
            Answer::Pick(option) => format!("{} {} {label}", k + 1, kb.questions[*option].id),
            Answer::No => format!("n {label}"),
            _ => format!("{unsure} {label}"),
        })
        .collect();
    format!(
        "{text}{}",
        t!(lang, "aside", text = offered.join(&t!(lang, "list-separator")))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KbSource;
    use crate::knowledge;

    /// Takes back the first question asked, then notes what the next one starts on and quits.
    struct GoingBack {
        asked: Vec<(String, Option<Answer>)>,
    }

    impl Prompter for GoingBack {
        fn choose(&mut self, asking: Asking) -> Result<Choice, Error> {
            self.asked.push((asking.question.id.clone(), asking.previous));
            Ok(if self.asked.len() == 1 {
                Choice::Back
            } else {
                Choice::Quit
            })
        }
    }

    /// 返回上一步 onto a choice whose option the description answered: the menu starts on that
    /// option, as it starts on the answer taken back at a question asked before.
    #[test]
    fn going_back_onto_an_option_read_from_the_description_starts_on_it() {
        let knowledge = knowledge::load(&KbSource::Embedded, Lang::Zh).unwrap();
        let (kb, index) = (knowledge.kb().unwrap(), knowledge.index().unwrap());
        let (mut session, _) = described(&index, &kb, "提示要同事扫码", Lang::Zh);
        let mut prompter = GoingBack { asked: Vec::new() };
        let ended = drive(&kb, &mut session, &mut prompter, Lang::Zh, &mut |_, _, _| Ok(())).unwrap();
        assert_eq!(ended, None);
        let scan = kb.questions.iter().position(|q| q.id == "msg_scan").unwrap();
        assert_eq!(
            prompter.asked[1],
            ("which_message".to_owned(), Some(Answer::Pick(scan)))
        );
    }
}
