//! What the command line decides, in the program's own terms: the options and the action,
//! converted once from what clap parsed.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use super::{
    CheckArgs, Cli, Command, CompletionsArgs, DiagnoseArgs, ListArgs, ManArgs, SearchArgs, ShowArgs, TreeArgs,
};
use crate::kb::KbSource;
use crate::lang::Lang;
use crate::ui::{CheckFormat, ColorChoice, Format, TreeFormat};

/// What to do, in the program's own terms, with the output format of the commands that have one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// No command: a short overview of the everyday commands.
    Overview,
    Completions {
        shell: clap_complete::Shell,
    },
    Man,
    Diagnose {
        answers: Option<String>,
        message: Option<String>,
        save: Option<Save>,
        format: Format,
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
}

/// Where `diagnose --save` writes the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Save {
    pub path: PathBuf,
    /// Overwrite an existing file.
    pub force: bool,
}

/// Everything the command line decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub source: KbSource,
    pub color: ColorChoice,
    pub width: Option<usize>,
    pub lang: Lang,
    pub action: Action,
}

impl Options {
    /// The options the parsed command line decides; `width` is the hidden `--width`.
    pub(super) fn new(cli: Cli, width: Option<usize>) -> Self {
        Options {
            source: cli.kb.map_or(KbSource::Embedded, KbSource::Dir),
            color: cli.color,
            width,
            lang: cli.lang,
            action: match cli.command {
                None => Action::Overview,
                Some(Command::Completions(CompletionsArgs { shell })) => Action::Completions { shell },
                Some(Command::Man(ManArgs {})) => Action::Man,
                Some(Command::Diagnose(DiagnoseArgs {
                    answers,
                    message,
                    save,
                    force,
                    output,
                })) => Action::Diagnose {
                    answers,
                    message,
                    save: save.map(|path| Save { path, force }),
                    format: output.format,
                },
                Some(Command::Search(SearchArgs { query, limit, output })) => Action::Search {
                    query: query.join(" "),
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
            },
        }
    }
}
