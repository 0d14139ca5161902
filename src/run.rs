//! Runs one command: a function per command loads what it needs, does the work and returns the
//! exit code.

use std::io::{self, Write};

use crate::cli::{self, Action, Options};
use crate::diagnose;
use crate::engine::{Node, TooLarge};
use crate::error::{EXIT_NO_RESULT, EXIT_OK, EXIT_USAGE, Error};
use crate::journal;
use crate::kb::{Kb, t};
use crate::knowledge::{self, Knowledge};
use crate::lang::Lang;
use crate::man;
use crate::output;
use crate::printable::printable;
use crate::ui::prompt;
use crate::ui::render::{Graph, Renderer, check_json, graph, renderer, transcript};
use crate::ui::{self, CheckFormat, Format, TreeFormat};

/// Runs the command the options describe and returns the process exit code.
pub fn run(options: Options) -> Result<i32, Error> {
    ui::set_color(options.color);
    // Written in one go at the end (or when full), not line by line: a whole entry is one
    // system call instead of dozens. A failed write does not end the command (see `output`).
    let mut out = io::BufWriter::new(output::stdout());
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
            man::render(options.lang, &mut out)?;
            EXIT_OK
        }
        Action::List { format } => list(&options, *format, &mut out)?,
        Action::Show { id, format } => show(&options, id.as_deref(), *format, &mut out)?,
        Action::Tree { format } => tree(&options, *format, &mut out)?,
        Action::Check { format } => check(&options, *format, &mut out)?,
        Action::Search { query, limit, format } => search(&options, query, limit.get(), *format, &mut out)?,
        Action::Serve { bind, webhook } => crate::web::serve(&load(&options)?, *bind, webhook.clone(), &options)?,
        Action::Stats(stats) => crate::stats::run(&options, stats, &mut out)?,
        Action::Diagnose {
            answers,
            message,
            resume,
            save,
            format,
            send,
        } => {
            let request = diagnose::Request {
                answers: answers.as_deref(),
                message: message.as_deref(),
                resume: resume.as_deref(),
                save: save.as_ref(),
                format: *format,
                send: send.as_ref(),
            };
            let render = transcript(*format, ui::output_width(options.width), options.lang);
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

/// Its texts in the options' language, kept until the process ends.
fn load_kb(options: &Options) -> Result<&'static Kb, Error> {
    Ok(kept(load(options)?.kb().map_err(Error::Kb)?))
}

/// `value`, kept until the process ends: freeing the knowledge base's or the index's thousands
/// of small strings just before exiting would be work for nothing.
fn kept<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

fn list(options: &Options, format: Format, out: &mut dyn Write) -> Result<i32, Error> {
    let kb = load_kb(options)?;
    render(options, format).list(kb, out)?;
    Ok(EXIT_OK)
}

fn show(options: &Options, given: Option<&str>, format: Format, out: &mut dyn Write) -> Result<i32, Error> {
    let kb = load_kb(options)?;
    let (entry, solutions) = match given {
        Some(given) => knowledge::resolve(kb, given)?,
        None => {
            let (first, last) = kb.id_range();
            crate::ui::interrupt::install_handler(options.lang);
            match prompt::pick_entry(kb, options.lang).ok_or(Error::NeedNumber { first, last })?? {
                Some(e) => (&kb.entries[e], kb.entries[e].solutions.clone()),
                None => {
                    output::say(&t!(options.lang, "show-left"));
                    return Ok(EXIT_NO_RESULT);
                }
            }
        }
    };
    render(options, format).show(kb, entry, &solutions, out)?;
    Ok(EXIT_OK)
}

fn tree(options: &Options, format: TreeFormat, out: &mut dyn Write) -> Result<i32, Error> {
    let kb = load_kb(options)?;
    let tree = Node::build(kb).map_err(|TooLarge { limit }| Error::TreeTooLarge { limit })?;
    match format {
        TreeFormat::Text => render(options, Format::Text).tree(kb, &tree, out)?,
        TreeFormat::Markdown => render(options, Format::Markdown).tree(kb, &tree, out)?,
        TreeFormat::Json => render(options, Format::Json).tree(kb, &tree, out)?,
        TreeFormat::Dot => graph(kb, &tree, Graph::Dot, options.lang, out)?,
        TreeFormat::Mermaid => graph(kb, &tree, Graph::Mermaid, options.lang, out)?,
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
    let (entries, solutions, questions) = (kb.entries.len(), kb.solutions.len(), kb.questions.len());
    let origin = options.source.describe_in(options.lang);
    let valid = match Node::build(&kb) {
        Ok(tree) => {
            let stats = tree.stats();
            t!(
                options.lang,
                "check-valid",
                origin = origin,
                entries = entries,
                solutions = solutions,
                questions = questions,
                mean = format!("{:.2}", stats.mean),
                max = stats.max,
            )
        }
        // Valid all the same: only the figures are out of reach.
        Err(TooLarge { limit }) => t!(
            options.lang,
            "check-valid-large-tree",
            origin = origin,
            entries = entries,
            solutions = solutions,
            questions = questions,
            limit = limit,
        ),
    };
    writeln!(out, "{valid}")?;
    Ok(EXIT_OK)
}

fn search(options: &Options, query: &str, limit: usize, format: Format, out: &mut dyn Write) -> Result<i32, Error> {
    // Search reads its index alone: the hits carry what is shown of them.
    let knowledge = load(options)?;
    let index = kept(knowledge.index().map_err(Error::Kb)?);
    let hits = index.search(query, limit, options.lang);
    if !hits.is_empty() {
        render(options, format).hits(&hits, out)?;
        return Ok(EXIT_OK);
    }
    // A search that finds nothing is a gap in the knowledge base: the journal keeps it.
    if let Some(journal) = journal::cli::open(options.journal.as_deref(), options.lang) {
        let kb_version = crate::resume::version(&knowledge.kb().map_err(Error::Kb)?);
        let search = journal::Search {
            at: journal::now(),
            channel: journal::Channel::Cli,
            kb_version: &kb_version,
            lang: journal::lang_code(options.lang),
            text: query,
        };
        journal::cli::written(journal.search(&search), options.lang);
    }
    // JSON readers get an empty list; everyone else, a hint.
    if format == Format::Json {
        render(options, format).hits(&hits, out)?;
        out.flush()?;
    }
    let hint = t!(options.lang, "search-nothing", query = printable(query));
    output::say(&hint);
    Ok(EXIT_NO_RESULT)
}

/// `wecom-help` alone: the everyday commands, an example each.
fn overview(lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let bold = |s: &str| console::style(s.to_owned()).bold();
    writeln!(out, "{}", bold(&t!(lang, "overview-title")))?;
    writeln!(out)?;
    writeln!(out, "{}", t!(lang, "overview-everyday"))?;
    // The commands in a column, their explanations lined up after them.
    let diagnose = t!(lang, "overview-diagnose");
    writeln!(out, "  {}      {diagnose}", bold("wecom-help diagnose"))?;
    writeln!(
        out,
        "  {}          {}",
        bold("wecom-help list"),
        t!(lang, "overview-list")
    )?;
    writeln!(
        out,
        "  {}       {}",
        bold("wecom-help show 15"),
        t!(lang, "overview-show")
    )?;
    writeln!(out)?;
    writeln!(out, "{}", t!(lang, "overview-search"))?;
    writeln!(out, "{}", t!(lang, "overview-help"))
}

/// Exit code for errors that reach `main`.
pub fn exit_code(error: &Error) -> i32 {
    match error {
        Error::Io(e) if e.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
        _ => error.exit_code(),
    }
}
