//! Runs one command: loads the knowledge base, does the work, returns the exit code.

use std::io::{self, Write};

use crate::cli::{Action, Options};
use crate::diagnose;
use crate::engine::{Node, Session, Step};
use crate::error::{EXIT_NO_RESULT, EXIT_OK, Error};
use crate::kb::{self, Kb, SolutionId};
use crate::search::{Hit, Index, QUOTES_MESSAGE};
use crate::ui::prompt::{Choice, Prompter, ScriptedPrompter, TerminalPrompter};
use crate::ui::render::{Renderer, renderer};
use crate::ui::{self, Format};

/// Runs the command the options describe and returns the process exit code.
pub fn run(options: Options) -> Result<i32, Error> {
    ui::set_color(options.color);
    let kb = kb::load(&options.source).map_err(Error::Kb)?;
    let render = renderer(options.format, ui::output_width(options.width));
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let code = match &options.action {
        Action::List => {
            render.list(&kb, &mut out)?;
            EXIT_OK
        }
        Action::Show { id } => {
            let (entry, solutions) = resolve(&kb, id)?;
            render.show(&kb, entry, &solutions, &mut out)?;
            EXIT_OK
        }
        Action::Tree => {
            render.tree(&kb, &Node::build(&kb), &mut out)?;
            EXIT_OK
        }
        Action::Check => {
            let tree = Node::build(&kb).stats();
            writeln!(
                out,
                "知识库完好（{}）：{} 个条目，{} 个解决方案，{} 个问题；平均 {:.2} 个问题、最多 {} 个问题就能找到解决方案。",
                kb.origin,
                kb.entries.len(),
                kb.solutions.len(),
                kb.questions.len(),
                tree.mean,
                tree.max
            )?;
            EXIT_OK
        }
        Action::Search { query, limit } => {
            let hits = Index::new(&kb).search(query, *limit);
            if hits.is_empty() {
                if options.format == Format::Json {
                    render.hits(&kb, &hits, &mut out)?;
                }
                eprintln!("没有找到与“{query}”相关的条目。可以换个说法再查，或者用 `wecom-help diagnose` 一步步问诊。");
                EXIT_NO_RESULT
            } else {
                render.hits(&kb, &hits, &mut out)?;
                EXIT_OK
            }
        }
        Action::Diagnose { answers, message } => {
            let session = match message {
                Some(message) => session_from_message(&kb, message),
                None => Session::new(&kb),
            };
            diagnose(&kb, session, answers.as_deref(), options.format, &*render, &mut out)?
        }
    };
    out.flush()?;
    Ok(code)
}

/// `show N` or `show N.k`: the entry and the solutions to print.
fn resolve<'kb>(kb: &'kb Kb, given: &str) -> Result<(&'kb kb::Entry, Vec<usize>), Error> {
    let (first, last) = kb.id_range();
    let no_such = || Error::NoSuchEntry {
        given: given.to_owned(),
        first,
        last,
    };
    let id: SolutionId = given.parse().map_err(|()| no_such())?;
    let entry = kb.entry(id.entry).ok_or_else(no_such)?;
    match id.case {
        None => Ok((entry, entry.solutions.clone())),
        Some(_) => match kb.solution_index(id) {
            Some(s) => Ok((entry, vec![s])),
            // `show 15.1` for an entry with one solution means that solution.
            None if id.case == Some(1) && entry.solutions.len() == 1 => Ok((entry, entry.solutions.clone())),
            None => Err(Error::NoSuchSolution {
                given: given.to_owned(),
                entry: entry.id,
                choices: entry
                    .solutions
                    .iter()
                    .map(|&s| kb.solutions[s].id.to_string())
                    .collect::<Vec<_>>()
                    .join("、"),
            }),
        },
    }
}

/// A session over the solutions the employee's words point at, or over all when they point at
/// none.
fn session_from_message<'kb>(kb: &'kb Kb, message: &str) -> Session<'kb> {
    let hits = Index::new(kb).search(message, usize::MAX);
    let quoted: Vec<&Hit> = hits.iter().filter(|h| h.message_match >= QUOTES_MESSAGE).collect();
    let chosen: Vec<&Hit> = if quoted.is_empty() {
        let top = hits.first().map_or(0.0, |h| h.score);
        hits.iter().filter(|h| h.score >= top * CLOSE_TO_BEST).collect()
    } else {
        quoted
    };
    if chosen.is_empty() {
        eprintln!("知识库里没有与这段描述相符的条目，从头开始问诊。");
        return Session::new(kb);
    }
    let mut candidates: Vec<usize> = chosen.iter().flat_map(|h| h.solutions.iter().copied()).collect();
    candidates.sort_unstable();
    let ids: Vec<&str> = chosen.iter().map(|h| h.id.as_str()).collect();
    eprintln!("根据这段描述，可能是 FAQ {}。", ids.join("、"));
    Session::with_candidates(kb, candidates)
}

/// With `--message`, hits scoring at least this share of the best one stay candidates.
const CLOSE_TO_BEST: f64 = 0.8;

fn diagnose(
    kb: &Kb,
    mut session: Session,
    answers: Option<&str>,
    format: Format,
    render: &dyn Renderer,
    out: &mut dyn Write,
) -> Result<i32, Error> {
    let mut unused = 0;
    let outcome = match answers {
        Some(script) => {
            let mut prompter = ScriptedPrompter::parse(script)?;
            let mut echo = |question, number, choice| {
                let answer = match choice {
                    Choice::Answer(a) => Some(a),
                    _ => None,
                };
                render.step(kb, number, question, answer, out).map_err(Error::from)
            };
            let outcome = diagnose::run(kb, &mut session, &mut prompter, &mut echo)?;
            unused = prompter.unused();
            outcome
        }
        None => {
            let mut prompter = match session.step() {
                // A result without questions needs no terminal.
                Step::Done(_) => None,
                &Step::Ask(q) => Some(TerminalPrompter::new().ok_or_else(|| Error::NoTerminal {
                    question: kb.questions[q].text.clone(),
                })?),
            };
            if prompter.is_some() {
                install_interrupt_handler();
            }
            let prompter: &mut dyn Prompter = match prompter.as_mut() {
                Some(p) => p,
                None => &mut ScriptedPrompter::parse("")?,
            };
            diagnose::run(kb, &mut session, prompter, &mut |_, _, _| Ok(()))?
        }
    };
    match outcome {
        Some(outcome) => {
            if format == Format::Text {
                writeln!(out)?;
            }
            render.outcome(kb, &outcome, out)?;
            if unused > 0 {
                eprintln!("注意：问诊已经得出结论，--answers 里最后 {unused} 个回答没有用上。");
            }
            Ok(EXIT_OK)
        }
        None => {
            eprintln!("已退出问诊，没有得出结论。");
            Ok(EXIT_NO_RESULT)
        }
    }
}

/// Ctrl-C outside a prompt's key reading still restores the cursor and exits with 130.
fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| interrupted());
}

/// Restores the cursor, says "interrupted" once and exits with 130.
///
/// Ctrl-C in a prompt reaches both the signal handler and the prompt (as an `Interrupted`
/// error on the main thread); whichever calls this first reports it and exits while holding
/// the lock, so the other never prints.
pub fn interrupted() -> ! {
    static REPORTED: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
    let mut reported = REPORTED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if !*reported {
        *reported = true;
        let term = console::Term::stderr();
        if term.is_term() {
            let _ = term.show_cursor();
        }
        eprintln!();
        eprintln!("已中断。");
    }
    std::process::exit(crate::error::EXIT_INTERRUPTED)
}

/// Exit code for errors that reach `main`.
pub fn exit_code(error: &Error) -> i32 {
    match error {
        Error::Io(e) if e.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
        _ => error.exit_code(),
    }
}
