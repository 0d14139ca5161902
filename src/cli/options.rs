//! What the command line and the environment decide, in the program's own terms: the options
//! and the action, converted once from what clap parsed.

use std::net::SocketAddr;
use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::ArgMatches;
use clap::parser::ValueSource;

use super::environment::Environment;
use super::parse::WIDTH;
use super::{
    CheckArgs, Cli, Command, CompletionsArgs, DiagnoseArgs, HelpArgs, ListArgs, ManArgs, SearchArgs, ServeArgs,
    ShowArgs, StatsArgs, TreeArgs,
};
use crate::error::{Error, Usage};
use crate::kb::KbSource;
use crate::lang::Lang;
use crate::ui::{CheckFormat, ColorChoice, DiagnoseFormat, Format, StatsFormat, TreeFormat};
use crate::webhook::Webhook;

/// What to do, in the program's own terms, with the output format of the commands that have one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// No command: a short overview of the everyday commands.
    Overview,
    Completions {
        shell: clap_complete::Shell,
    },
    Man,
    /// `help [COMMAND]`: the help of the command line or of one command.
    Help {
        command: Option<String>,
    },
    Diagnose {
        answers: Option<String>,
        message: Option<String>,
        /// A hand-off code whose answers come first (`--resume`).
        resume: Option<String>,
        save: Option<Save>,
        format: DiagnoseFormat,
        /// Where `--send` posts the result: the webhook of the environment.
        send: Option<Webhook>,
    },
    Search {
        query: String,
        limit: NonZeroUsize,
        format: Format,
    },
    List {
        format: Format,
    },
    Show {
        id: Option<String>,
        format: Format,
    },
    Tree {
        format: TreeFormat,
    },
    Check {
        format: CheckFormat,
    },
    /// The wizard as a web page, served at `bind`.
    Serve {
        bind: SocketAddr,
        /// The webhook the hand-off page may send to, when the environment gives one.
        webhook: Option<Webhook>,
    },
    /// What the journals observed.
    Stats(Stats),
}

/// What `stats` reads and reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    /// The journals to read together.
    pub journals: Vec<PathBuf>,
    /// The first day counted, as given (`2026-12-01`).
    pub since: Option<String>,
    /// The last day counted, as given.
    pub until: Option<String>,
    /// Propose weights instead of the report.
    pub weights: bool,
    /// Write the proposed weights into the entry files.
    pub apply: bool,
    pub format: StatsFormat,
}

/// Where `diagnose --save` writes the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Save {
    pub path: PathBuf,
    /// Overwrite an existing file.
    pub force: bool,
}

/// Everything the command line and the environment decide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub source: KbSource,
    pub color: ColorChoice,
    pub width: Option<usize>,
    pub lang: Lang,
    /// The journal to record in: `--journal`, else `WECOM_HELP_JOURNAL`.
    pub journal: Option<PathBuf>,
    pub action: Action,
    /// The arguments as given, after the program's name: what a message suggesting the command
    /// again (with one more option) repeats.
    pub command_line: Vec<String>,
}

impl Options {
    /// The options the parsed command line decides, the environment filling in what it leaves
    /// out; or what is wrong, with the language to say it in.
    pub(super) fn new(cli: Cli, matches: &ArgMatches, env: &Environment) -> Result<Self, (Lang, Error)> {
        let lang = match matches.value_source("lang") {
            Some(ValueSource::CommandLine) => cli.lang,
            _ => (env.lang().map_err(|e| (Lang::default(), e))?).unwrap_or_default(),
        };
        let journal = match &cli.command {
            Some(Command::Diagnose(DiagnoseArgs { journal, .. }))
            | Some(Command::Search(SearchArgs { journal, .. }))
            | Some(Command::Serve(ServeArgs { journal, .. })) => journal.journal.clone(),
            _ => None,
        }
        .or_else(|| env.journal());
        let in_lang = |error| (lang, error);
        Ok(Options {
            command_line: Vec::new(),
            journal,
            source: cli.kb.or_else(|| env.kb()).map_or(KbSource::Embedded, KbSource::Dir),
            color: cli.color,
            width: matches.get_one::<usize>(WIDTH).copied(),
            lang,
            action: match cli.command {
                None => Action::Overview,
                Some(Command::Completions(CompletionsArgs { shell })) => Action::Completions { shell },
                Some(Command::Man(ManArgs {})) => Action::Man,
                Some(Command::Help(HelpArgs { command })) => Action::Help { command },
                Some(Command::Diagnose(DiagnoseArgs {
                    answers,
                    message,
                    resume,
                    save,
                    force,
                    format,
                    send,
                    ..
                })) => Action::Diagnose {
                    answers,
                    message,
                    resume,
                    save: save.map(|path| Save { path, force }),
                    format,
                    // Checked before anything is asked.
                    send: match send {
                        true => Some(env.webhook().map_err(in_lang)?.ok_or((lang, Error::NoWebhook))?),
                        false => None,
                    },
                },
                Some(Command::Search(SearchArgs {
                    query, limit, output, ..
                })) => Action::Search {
                    query: Some(query.join(" "))
                        .filter(|query| !query.trim().is_empty())
                        .ok_or((lang, Error::Usage(Usage::NoWords)))?,
                    limit,
                    format: output.format,
                },
                Some(Command::List(ListArgs { output })) => Action::List { format: output.format },
                Some(Command::Show(ShowArgs { id, output })) => Action::Show {
                    id,
                    format: output.format,
                },
                Some(Command::Tree(TreeArgs { format })) => Action::Tree { format },
                Some(Command::Check(CheckArgs { format })) => Action::Check { format },
                Some(Command::Serve(ServeArgs { bind, .. })) => Action::Serve {
                    bind,
                    webhook: env.webhook().map_err(in_lang)?,
                },
                Some(Command::Stats(StatsArgs {
                    journal,
                    since,
                    until,
                    weights,
                    apply,
                    format,
                })) => Action::Stats(Stats {
                    // Else the variable's, else the one `serve` keeps by default, when it is there.
                    journals: if journal.is_empty() {
                        (env.journal())
                            .or_else(|| crate::journal::default_path().filter(|path| path.exists()))
                            .into_iter()
                            .collect()
                    } else {
                        journal
                    },
                    since,
                    until,
                    weights,
                    apply,
                    format,
                }),
            },
        })
    }
}
