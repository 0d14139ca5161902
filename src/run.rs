//! Runs one command: a function per command loads what it needs, does the work and returns the
//! exit code.

use std::io::{self, Write};

use crate::cli::{self, Action, Options};
use crate::diagnose;
use crate::engine::Node;
use crate::error::{EXIT_NO_RESULT, EXIT_OK, EXIT_USAGE, Error};
use crate::kb::normalize::half_width;
use crate::kb::{Entry, Kb, SolutionId};
use crate::knowledge::{self, Knowledge};
use crate::lang::Lang;
use crate::printable::printable;
use crate::ui::prompt;
use crate::ui::render::{Graph, Labels, Renderer, check_json, graph, renderer};
use crate::ui::{self, CheckFormat, Format, TreeFormat};

/// Runs the command the options describe and returns the process exit code.
pub fn run(options: Options) -> Result<i32, Error> {
    ui::set_color(options.color);
    // Written in one go at the end (or when full), not line by line: a whole entry is one
    // system call instead of dozens.
    let mut out = io::BufWriter::new(io::stdout().lock());
    let code = match &options.action {
        Action::Overview => overview(options.lang, &mut out).map(|()| EXIT_OK)?,
        Action::Completions { shell } => {
            // Into memory first: the generator panics when it cannot write.
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut cli::command(options.lang), "wecom-help", &mut script);
            out.write_all(&script)?;
            EXIT_OK
        }
        Action::Help { command } => help(options.lang, command.as_deref(), &mut out)?,
        Action::Man => {
            clap_mangen::Man::new(cli::command(options.lang)).render(&mut out)?;
            EXIT_OK
        }
        Action::List { format } => list(&options, *format, &mut out)?,
        Action::Show { id, format } => show(&options, id.as_deref(), *format, &mut out)?,
        Action::Tree { format } => tree(&options, *format, &mut out)?,
        Action::Check { format } => check(&options, *format, &mut out)?,
        Action::Search { query, limit, format } => search(&options, query, limit.get(), *format, &mut out)?,
        Action::Diagnose {
            answers,
            message,
            save,
            format,
        } => {
            let request = diagnose::Request {
                answers: answers.as_deref(),
                message: message.as_deref(),
                save: save.as_ref(),
                format: *format,
            };
            let render = render(&options, *format);
            diagnose::diagnose(&load(&options)?, &request, &options, &*render, &mut out)?
        }
    };
    out.flush()?;
    Ok(code)
}

/// `help [COMMAND]`: what `wecom-help [COMMAND] --help` prints.
fn help(lang: Lang, name: Option<&str>, out: &mut dyn Write) -> Result<i32, Error> {
    let args = ["wecom-help"].into_iter().chain(name).chain(["--help"]);
    match cli::command(lang).try_get_matches_from(args) {
        Err(shown) if shown.kind() == clap::error::ErrorKind::DisplayHelp => {
            write!(out, "{}", shown.render())?;
            Ok(EXIT_OK)
        }
        _ => Err(Error::NoSuchCommand {
            given: name.unwrap_or_default().to_owned(),
        }),
    }
}

/// The knowledge base the options name, shown in their language, for a command that reads it.
fn load(options: &Options) -> Result<Knowledge, Error> {
    knowledge::load(&options.source, options.lang).map_err(Error::Kb)
}

/// The renderer of `format` in the options' language and width.
fn render(options: &Options, format: Format) -> Box<dyn Renderer> {
    renderer(format, ui::output_width(options.width), options.lang)
}

/// Its texts in the options' language.
fn load_kb(options: &Options) -> Result<Kb, Error> {
    load(options)?.kb().map_err(Error::Kb)
}

fn list(options: &Options, format: Format, out: &mut dyn Write) -> Result<i32, Error> {
    let kb = load_kb(options)?;
    render(options, format).list(&kb, out)?;
    Ok(EXIT_OK)
}

fn show(options: &Options, given: Option<&str>, format: Format, out: &mut dyn Write) -> Result<i32, Error> {
    let kb = load_kb(options)?;
    let picked;
    let given = match given {
        Some(given) => given,
        None => {
            let (first, last) = kb.id_range();
            diagnose::install_interrupt_handler(options.lang);
            match prompt::pick_entry(&kb, options.lang).ok_or(Error::NeedNumber { first, last })?? {
                Some(e) => {
                    picked = kb.entries[e].id.to_string();
                    &picked
                }
                None => {
                    let _ = writeln!(
                        io::stderr(),
                        "{}",
                        options
                            .lang
                            .pick("已退出，没有选择条目。", "Left without picking an entry.")
                    );
                    return Ok(EXIT_NO_RESULT);
                }
            }
        }
    };
    let (entry, solutions) = resolve(&kb, given)?;
    render(options, format).show(&kb, entry, &solutions, out)?;
    Ok(EXIT_OK)
}

fn tree(options: &Options, format: TreeFormat, out: &mut dyn Write) -> Result<i32, Error> {
    let kb = load_kb(options)?;
    let tree = Node::build(&kb);
    let labels = Labels::of(options.lang);
    match format {
        TreeFormat::Text => render(options, Format::Text).tree(&kb, &tree, out)?,
        TreeFormat::Markdown => render(options, Format::Markdown).tree(&kb, &tree, out)?,
        TreeFormat::Json => render(options, Format::Json).tree(&kb, &tree, out)?,
        TreeFormat::Dot => graph(&kb, &tree, Graph::Dot, labels, out)?,
        TreeFormat::Mermaid => graph(&kb, &tree, Graph::Mermaid, labels, out)?,
    }
    Ok(EXIT_OK)
}

fn check(options: &Options, format: CheckFormat, out: &mut dyn Write) -> Result<i32, Error> {
    let checked = load(options).and_then(|knowledge| {
        if !knowledge.untranslated().is_empty() {
            return Err(Error::Untranslated(knowledge.untranslated().to_vec()));
        }
        knowledge.kb().map_err(Error::Kb)
    });
    if format == CheckFormat::Json {
        // Problems as data on standard output, none for a valid knowledge base.
        let (problems, code) = match checked {
            Ok(_) => (Vec::new(), EXIT_OK),
            Err(Error::Kb(problems) | Error::Untranslated(problems)) => (problems, EXIT_USAGE),
            Err(other) => return Err(other),
        };
        check_json(&problems, options.lang, out)?;
        return Ok(code);
    }
    let kb = checked?;
    let tree = Node::build(&kb).stats();
    let (entries, solutions, questions) = (kb.entries.len(), kb.solutions.len(), kb.questions.len());
    let (origin, mean, max) = (options.source.describe_in(options.lang), tree.mean, tree.max);
    match options.lang {
        Lang::Zh => writeln!(
            out,
            "知识库完好（{origin}）：{entries} 个条目，{solutions} 个解决方案，{questions} 个问题；平均 {mean:.2} 个问题、最多 {max} 个问题就能找到解决方案。"
        )?,
        Lang::En => writeln!(
            out,
            "The knowledge base is valid ({origin}): {entries} entries, {solutions} solutions, {questions} questions; a solution is reached in {mean:.2} questions on average, {max} at most."
        )?,
    }
    Ok(EXIT_OK)
}

fn search(options: &Options, query: &str, limit: usize, format: Format, out: &mut dyn Write) -> Result<i32, Error> {
    // Search reads its index alone: the hits carry what is shown of them.
    let index = load(options)?.index().map_err(Error::Kb)?;
    let hits = index.search(query, limit, options.lang);
    if !hits.is_empty() {
        render(options, format).hits(&hits, out)?;
        return Ok(EXIT_OK);
    }
    // JSON readers get an empty list; everyone else, a hint.
    if format == Format::Json {
        render(options, format).hits(&hits, out)?;
        out.flush()?;
    }
    let query = printable(query);
    let hint = match options.lang {
        Lang::Zh => {
            format!("没有找到与“{query}”相关的条目。可以换个说法再查，或者用 `wecom-help diagnose` 一步步问诊。")
        }
        Lang::En => format!(
            "Nothing in the knowledge base matches \"{query}\". Try other words, or run `wecom-help diagnose` to narrow it down question by question."
        ),
    };
    let _ = writeln!(io::stderr(), "{hint}");
    Ok(EXIT_NO_RESULT)
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
fn resolve<'kb>(kb: &'kb Kb, given: &str) -> Result<(&'kb Entry, Vec<usize>), Error> {
    let (first, last) = kb.id_range();
    let no_such = || Error::NoSuchEntry {
        given: given.to_owned(),
        first,
        last,
    };
    // Typed with a Chinese input method, digits and the point may come full-width: `１６．２`.
    let half: String = given.chars().map(half_width).collect();
    let id: SolutionId = half.parse().map_err(|()| no_such())?;
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

/// Exit code for errors that reach `main`.
pub fn exit_code(error: &Error) -> i32 {
    match error {
        Error::Io(e) if e.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
        _ => error.exit_code(),
    }
}
