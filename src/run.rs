//! Runs one command: loads the knowledge base, does the work, returns the exit code.

use std::io::{self, Write};

use crate::cli::{self, Action, Options, Save};
use crate::diagnose;
use crate::diagnose::Outcome;
use crate::embedded::{self, Loaded};
use crate::engine::{Node, Session, Step};
use crate::error::{EXIT_NO_RESULT, EXIT_OK, Error};
use crate::kb::{self, Kb, SolutionId};
use crate::lang::Lang;
use crate::printable::printable;
use crate::search::{Hit, Index, QUOTES_MESSAGE};
use crate::ui::prompt::{self, Choice, Prompter, ScriptedPrompter, TerminalPrompter};
use crate::ui::render::{Graph, Labels, Renderer, graph, renderer};
use crate::ui::{self, Format};

/// Runs the command the options describe and returns the process exit code.
pub fn run(options: Options) -> Result<i32, Error> {
    ui::set_color(options.color);
    let lang = options.lang;
    // What does not need the knowledge base.
    match &options.action {
        Action::Overview => {
            overview(lang, &mut io::stdout().lock())?;
            return Ok(EXIT_OK);
        }
        Action::Completions { shell } => {
            clap_complete::generate(*shell, &mut cli::command(lang), "wecom-help", &mut io::stdout().lock());
            return Ok(EXIT_OK);
        }
        Action::Man => {
            clap_mangen::Man::new(cli::command(lang)).render(&mut io::stdout().lock())?;
            return Ok(EXIT_OK);
        }
        _ => {}
    }
    let picture = match options.format {
        Format::Dot => Some(Graph::Dot),
        Format::Mermaid => Some(Graph::Mermaid),
        _ => None,
    };
    if let Some(picture) = picture
        && options.action != Action::Tree
    {
        let format = if picture == Graph::Dot { "dot" } else { "mermaid" };
        return Err(Error::PictureOfWhat { format });
    }
    // Each command reads only what it shows, in the agent's language (search reads both).
    let source = &options.source;
    let load = || embedded::load(source, lang).map_err(Error::Kb);
    let render = renderer(options.format, ui::output_width(options.width), lang);
    // Written in one go at the end (or when full), not line by line: a whole entry is one
    // system call instead of dozens.
    let mut out = io::BufWriter::new(io::stdout().lock());
    let code = match &options.action {
        Action::List => {
            let contents = embedded::load_contents(source, lang).map_err(Error::Kb)?;
            render.list(&contents, &mut out)?;
            EXIT_OK
        }
        Action::Show { id } => {
            let (kb, id) = match id {
                Some(id) => (
                    embedded::load_for_show(source, lang, id).map_err(Error::Kb)?,
                    id.clone(),
                ),
                None => {
                    let kb = load()?.kb;
                    let (first, last) = kb.id_range();
                    install_interrupt_handler(lang);
                    let id = match prompt::pick_entry(&kb, lang).ok_or(Error::NeedNumber { first, last })?? {
                        Some(e) => kb.entries[e].id.to_string(),
                        None => return Ok(EXIT_NO_RESULT),
                    };
                    (kb, id)
                }
            };
            let (entry, solutions) = resolve(&kb, &id)?;
            render.show(&kb, entry, &solutions, &mut out)?;
            EXIT_OK
        }
        Action::Tree => {
            let kb = load()?.kb;
            let tree = Node::build(&kb);
            match picture {
                Some(kind) => graph(&kb, &tree, kind, Labels::of(lang), &mut out)?,
                None => render.tree(&kb, &tree, &mut out)?,
            }
            EXIT_OK
        }
        Action::Check => {
            let kb = load()?.kb;
            if !kb.untranslated.is_empty() {
                return Err(Error::Untranslated(kb.untranslated.clone()));
            }
            let tree = Node::build(&kb).stats();
            let (entries, solutions, questions) = (kb.entries.len(), kb.solutions.len(), kb.questions.len());
            let (origin, mean, max) = (options.source.describe_in(lang), tree.mean, tree.max);
            match lang {
                Lang::Zh => writeln!(
                    out,
                    "知识库完好（{origin}）：{entries} 个条目，{solutions} 个解决方案，{questions} 个问题；平均 {mean:.2} 个问题、最多 {max} 个问题就能找到解决方案。"
                )?,
                Lang::En => writeln!(
                    out,
                    "The knowledge base is valid ({origin}): {entries} entries, {solutions} solutions, {questions} questions; a solution is reached in {mean:.2} questions on average, {max} at most."
                )?,
            }
            EXIT_OK
        }
        Action::Search { query, limit } => {
            let (contents, index) = embedded::load_for_search(source, lang).map_err(Error::Kb)?;
            let hits = index.search(query, *limit);
            if hits.is_empty() {
                if options.format == Format::Json {
                    render.hits(&contents, &hits, &mut out)?;
                    out.flush()?;
                }
                eprintln!(
                    "{}",
                    match lang {
                        Lang::Zh => format!(
                            "没有找到与“{}”相关的条目。可以换个说法再查，或者用 `wecom-help diagnose` 一步步问诊。",
                            printable(query)
                        ),
                        Lang::En => format!(
                            "Nothing in the knowledge base matches \"{}\". Try other words, or run `wecom-help diagnose` to narrow it down question by question.",
                            printable(query)
                        ),
                    }
                );
                EXIT_NO_RESULT
            } else {
                render.hits(&contents, &hits, &mut out)?;
                EXIT_OK
            }
        }
        Action::Overview | Action::Completions { .. } | Action::Man => unreachable!("handled above"),
        Action::Diagnose { answers, message, save } => {
            // Refuse before asking anything, so no answers are lost to a name already taken.
            if let Some(save) = save.as_ref().filter(|s| !s.force && s.path.exists()) {
                return Err(Error::WouldOverwrite {
                    path: save.path.display().to_string(),
                });
            }
            let Loaded { kb, search } = load()?;
            let session = match message {
                Some(message) => session_from_message(&search.index().map_err(Error::Kb)?, &kb, message, lang),
                None => Session::new(&kb),
            };
            let outcome = diagnose(&kb, session, answers.as_deref(), lang, &*render)?;
            match outcome {
                Some(mut outcome) => {
                    outcome.message = message.as_deref().map(|m| printable(m).into_owned());
                    if options.format == Format::Text && console::Term::stdout().is_term() {
                        writeln!(out)?;
                    }
                    render.outcome(&kb, &outcome, &mut out)?;
                    out.flush()?;
                    if let Some(save) = save {
                        save_outcome(save, options.format, lang, &kb, &outcome)?;
                    }
                    EXIT_OK
                }
                None => {
                    eprintln!(
                        "{}",
                        lang.pick("已退出问诊，没有得出结论。", "Left the wizard without a result.")
                    );
                    EXIT_NO_RESULT
                }
            }
        }
    };
    out.flush()?;
    Ok(code)
}

/// `wecom-help` alone: the everyday commands, an example each.
fn overview(lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let bold = |s: &str| console::style(s.to_owned()).bold();
    match lang {
        Lang::Zh => {
            writeln!(out, "{}", bold("wecom-help：企业微信登录问题向导"))?;
            writeln!(out)?;
            writeln!(out, "常用命令：")?;
            writeln!(
                out,
                "  {}      一步步问诊：回答是/否，找到解决方案",
                bold("wecom-help diagnose")
            )?;
            writeln!(
                out,
                "  {}          列出全部常见问题的编号和标题",
                bold("wecom-help list")
            )?;
            writeln!(
                out,
                "  {}       查看一条：症状、原因和解决步骤",
                bold("wecom-help show 15")
            )?;
            writeln!(out)?;
            writeln!(out, "员工念出了屏幕上的提示？试试：wecom-help search 你的账号已被禁用")?;
            writeln!(out, "全部命令和选项：wecom-help --help（英文界面：--lang en）")
        }
        Lang::En => {
            writeln!(
                out,
                "{}",
                bold("wecom-help: a wizard for WeCom (企业微信) login problems")
            )?;
            writeln!(out)?;
            writeln!(out, "Everyday commands:")?;
            writeln!(
                out,
                "  {}      answer yes/no questions until the solution is found",
                bold("wecom-help diagnose")
            )?;
            writeln!(
                out,
                "  {}          list every problem by number and title",
                bold("wecom-help list")
            )?;
            writeln!(
                out,
                "  {}       one entry: symptoms, cause and steps",
                bold("wecom-help show 15")
            )?;
            writeln!(out)?;
            writeln!(
                out,
                "Employee reading out an on-screen message? Try: wecom-help search 你的账号已被禁用"
            )?;
            writeln!(out, "All commands and options: wecom-help --help")
        }
    }
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
                    .collect(),
            }),
        },
    }
}

/// A session over the solutions the employee's words point at, or over all when they point at
/// none.
fn session_from_message<'kb>(index: &Index, kb: &'kb Kb, message: &str, lang: Lang) -> Session<'kb> {
    let hits = index.search(message, usize::MAX);
    let quoted: Vec<&Hit> = hits.iter().filter(|h| h.message_match >= QUOTES_MESSAGE).collect();
    let chosen: Vec<&Hit> = if quoted.is_empty() {
        let top = hits.first().map_or(0.0, |h| h.score);
        hits.iter().filter(|h| h.score >= top * CLOSE_TO_BEST).collect()
    } else {
        quoted
    };
    if chosen.is_empty() {
        eprintln!(
            "{}",
            lang.pick(
                "知识库里没有与这段描述相符的条目，从头开始问诊。",
                "Nothing in the knowledge base matches that description; starting from the first question."
            )
        );
        return Session::new(kb);
    }
    let mut candidates: Vec<usize> = chosen.iter().flat_map(|h| h.solutions.iter().copied()).collect();
    candidates.sort_unstable();
    let ids: Vec<&str> = chosen.iter().map(|h| h.id.as_str()).collect();
    match lang {
        Lang::Zh => eprintln!("根据这段描述，可能是 FAQ {}。", ids.join("、")),
        Lang::En => eprintln!("From that description, it may be FAQ {}.", ids.join(", ")),
    }
    Session::with_candidates(kb, candidates)
}

/// With `--message`, hits scoring at least this share of the best one stay candidates.
const CLOSE_TO_BEST: f64 = 0.8;

/// Runs the wizard to its end; `None` when the agent leaves it.
fn diagnose(
    kb: &Kb,
    mut session: Session,
    answers: Option<&str>,
    lang: Lang,
    render: &dyn Renderer,
) -> Result<Option<Outcome>, Error> {
    let Some(script) = answers else {
        let mut prompter = match session.step() {
            // A result without questions needs no terminal.
            Step::Done(_) => None,
            &Step::Ask(q) => Some(TerminalPrompter::new(lang).ok_or_else(|| Error::NoTerminal {
                question: kb.questions[q].text.clone(),
            })?),
        };
        if prompter.is_some() {
            install_interrupt_handler(lang);
        }
        let prompter: &mut dyn Prompter = match prompter.as_mut() {
            Some(p) => p,
            None => &mut ScriptedPrompter::parse("")?,
        };
        return diagnose::run(kb, &mut session, prompter, &mut |_, _, _| Ok(()));
    };
    let mut prompter = ScriptedPrompter::parse(script)?;
    let mut echo = |question, number, choice| {
        let answer = match choice {
            Choice::Answer(a) => Some(a),
            _ => None,
        };
        // On standard error, so that standard output is the transcript alone, ready to paste.
        render
            .step(kb, number, question, answer, &mut io::stderr())
            .map_err(Error::from)
    };
    let outcome = diagnose::run(kb, &mut session, &mut prompter, &mut echo)?;
    let unused = prompter.unused();
    if outcome.is_some() && unused > 0 {
        match lang {
            Lang::Zh => eprintln!("注意：问诊已经得出结论，--answers 里最后 {unused} 个回答没有用上。"),
            Lang::En if unused == 1 => {
                eprintln!("Note: a result was reached before the last answer given with --answers; it was not used.")
            }
            Lang::En => {
                eprintln!("Note: a result was reached; the last {unused} answers given with --answers were not used.")
            }
        }
    }
    Ok(outcome)
}

/// Writes the result to the `--save` file, as it would print to a file: no colour, no wrapping.
fn save_outcome(save: &Save, format: Format, lang: Lang, kb: &Kb, outcome: &Outcome) -> Result<(), Error> {
    let mut block = Vec::new();
    let colours = console::colors_enabled();
    console::set_colors_enabled(false);
    let rendered = renderer(format, None, lang).outcome(kb, outcome, &mut block);
    console::set_colors_enabled(colours);
    rendered?;
    let failed = |error| Error::Save {
        path: save.path.display().to_string(),
        error,
    };
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        // Without --force, never replace a file, even one created while the wizard ran.
        .create_new(!save.force)
        .open(&save.path)
        .map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => Error::WouldOverwrite {
                path: save.path.display().to_string(),
            },
            _ => failed(e),
        })?;
    file.write_all(&block).and_then(|()| file.flush()).map_err(failed)
}

/// Ctrl-C (and SIGTERM, SIGHUP) outside a prompt's key reading still restores the cursor and
/// exits with 130. Needed wherever a prompt runs: a prompt that reads Ctrl-C raises SIGINT,
/// which would otherwise kill the process with the cursor still hidden.
fn install_interrupt_handler(lang: Lang) {
    let _ = ctrlc::set_handler(move || interrupted(lang));
}

/// Restores the cursor, says "interrupted" once and exits with 130.
///
/// Ctrl-C in a prompt reaches both the signal handler and the prompt (as an `Interrupted`
/// error on the main thread); whichever calls this first reports it and exits while holding
/// the lock, so the other never prints. Writing may fail (after a hang-up the terminal is gone):
/// that is ignored, where `eprintln!` would panic, which on the handler's thread would leave the
/// process running.
pub fn interrupted(lang: Lang) -> ! {
    static REPORTED: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
    let mut reported = REPORTED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if !*reported {
        *reported = true;
        let term = console::Term::stderr();
        if term.is_term() {
            let _ = term.show_cursor();
        }
        let _ = writeln!(io::stderr(), "\n{}", Error::Interrupted.message(lang));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KbSource;

    /// What `show` prints of `given` from `kb`, or the error it gives.
    fn shown(kb: &Kb, given: &str, format: Format, lang: Lang) -> String {
        let render = renderer(format, Some(60), lang);
        let mut out = Vec::new();
        match resolve(kb, given) {
            Ok((entry, solutions)) => render.show(kb, entry, &solutions, &mut out).unwrap(),
            Err(error) => out.extend(error.message(lang).as_bytes()),
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn an_excerpt_shows_what_the_whole_knowledge_base_shows() {
        for lang in [Lang::Zh, Lang::En] {
            let whole = embedded::shown(lang).unwrap();
            let numbers = (whole.entries.iter().map(|e| e.id.to_string()))
                .chain(whole.solutions.iter().map(|s| s.id.to_string()))
                .chain(["15.1", "16.9", "0", "17"].map(String::from));
            for given in numbers {
                let read = embedded::load_for_show(&KbSource::Embedded, lang, &given).unwrap();
                for format in [Format::Text, Format::Markdown, Format::Json] {
                    assert_eq!(
                        shown(&read, &given, format, lang),
                        shown(&whole, &given, format, lang),
                        "show {given} ({format:?}, {lang:?})"
                    );
                }
            }
        }
    }
}
