//! The command line, as clap sees it, and its conversion into the program's own options.

mod help;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::kb::KbSource;
use crate::lang::Lang;
use crate::ui::{ColorChoice, Format};

// Every help text, here and on the commands below, comes from the catalog (`help.rs`); doc
// comments would be taken for help texts, so the fields have plain comments.
#[derive(Debug, Parser)]
#[command(name = "wecom-help", version, propagate_version = true)]
pub struct Cli {
    // The knowledge base in a folder instead of the embedded one.
    #[arg(long, global = true, env = "WECOM_HELP_KB", value_name = "DIR")]
    pub kb: Option<PathBuf>,

    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[arg(long, global = true, value_enum, env = "WECOM_HELP_LANG", default_value_t = Lang::Zh)]
    pub lang: Lang,

    // Hidden, so its help is shown only in completion scripts, and left out of the catalog.
    /// Fixed output width in columns, for reproducible tests.
    #[arg(long, global = true, hide = true)]
    pub width: Option<usize>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

// The commands, each with its options in a struct of its own.
#[derive(Debug, Subcommand)]
pub enum Command {
    Diagnose(DiagnoseArgs),
    Search(SearchArgs),
    List(ListArgs),
    Show(ShowArgs),
    Tree(TreeArgs),
    Completions(CompletionsArgs),
    Man(ManArgs),
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct DiagnoseArgs {
    #[arg(long, value_name = "ANSWERS", allow_hyphen_values = true)]
    answers: Option<String>,

    #[arg(long, value_name = "TEXT")]
    message: Option<String>,

    #[arg(long, value_name = "FILE")]
    save: Option<PathBuf>,

    #[arg(long, requires = "save")]
    force: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    #[arg(required = true, value_name = "QUERY")]
    query: Vec<String>,

    #[arg(long, default_value_t = 5, value_name = "N")]
    limit: usize,
}

#[derive(Debug, Args)]
pub struct ListArgs {}

#[derive(Debug, Args)]
#[command(allow_negative_numbers = true)]
pub struct ShowArgs {
    // An entry or solution number; without it, `show` offers the list.
    id: Option<String>,
}

#[derive(Debug, Args)]
pub struct TreeArgs {}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum, value_name = "SHELL")]
    shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {}

#[derive(Debug, Args)]
pub struct CheckArgs {}

/// What to do, in the program's own terms.
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
    },
    Search {
        query: String,
        limit: usize,
    },
    List,
    Show {
        id: Option<String>,
    },
    Tree,
    Check,
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
    pub format: Format,
    pub color: ColorChoice,
    pub width: Option<usize>,
    pub lang: Lang,
    pub action: Action,
}

impl Options {
    /// The options the parsed command line decides.
    fn new(cli: Cli) -> Self {
        Options {
            source: cli.kb.map_or(KbSource::Embedded, KbSource::Dir),
            format: cli.format,
            color: cli.color,
            width: cli.width,
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
                })) => Action::Diagnose {
                    answers,
                    message,
                    save: save.map(|path| Save { path, force }),
                },
                Some(Command::Search(SearchArgs { query, limit })) => Action::Search {
                    query: query.join(" "),
                    limit,
                },
                Some(Command::List(ListArgs {})) => Action::List,
                Some(Command::Show(ShowArgs { id })) => Action::Show { id },
                Some(Command::Tree(TreeArgs {})) => Action::Tree,
                Some(Command::Check(CheckArgs {})) => Action::Check,
            },
        }
    }
}

/// The command line as clap sees it, with our help texts in `lang` (clap's own words, such as
/// "Usage", stay English).
pub fn command(lang: Lang) -> clap::Command {
    help::localize(Cli::command(), lang)
}

/// Parses the process's arguments; clap prints help, the version or a usage error, in the
/// language they ask for, and exits.
pub fn parse() -> Options {
    let args: Vec<OsString> = std::env::args_os().collect();
    // Parsing needs no help texts. Only when clap has something to show are they read from
    // the catalog, and the arguments parsed again with them.
    Cli::try_parse_from(&args).map_or_else(
        |_| {
            let lang = requested_lang(args.iter().skip(1).cloned(), std::env::var_os("WECOM_HELP_LANG"));
            parse_from(&args, lang).unwrap_or_else(|e| e.exit())
        },
        Options::new,
    )
}

/// Parses `args` (the program's name first); an error includes a request for help or the
/// version.
fn parse_from(args: &[OsString], lang: Lang) -> Result<Options, clap::Error> {
    let matches = command(lang).try_get_matches_from(args)?;
    Ok(Options::new(Cli::from_arg_matches(&matches)?))
}

/// The language `--lang` or `WECOM_HELP_LANG` asks for, looked up before parsing so that help and
/// parse errors can be given in it.
fn requested_lang(args: impl Iterator<Item = OsString>, env: Option<OsString>) -> Lang {
    let mut args = args.map(|a| a.to_string_lossy().into_owned());
    let mut wanted = env.map(|v| v.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        } else if arg == "--lang" {
            wanted = args.next();
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            wanted = Some(value.to_owned());
        }
    }
    if wanted.as_deref() == Some("en") {
        Lang::En
    } else {
        Lang::Zh
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definition_is_consistent() {
        command(Lang::Zh).debug_assert();
        command(Lang::En).debug_assert();
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>().into_iter();
        assert_eq!(requested_lang(args(&["show", "15"]), None), Lang::Zh);
        assert_eq!(requested_lang(args(&["--lang", "en", "show"]), None), Lang::En);
        assert_eq!(requested_lang(args(&["show", "--lang=en"]), None), Lang::En);
        assert_eq!(requested_lang(args(&["show"]), Some("en".into())), Lang::En);
        assert_eq!(requested_lang(args(&["--lang", "zh"]), Some("en".into())), Lang::Zh);
        assert_eq!(requested_lang(args(&["search", "--", "--lang", "en"]), None), Lang::Zh);
    }

    #[test]
    fn every_english_help_text_is_english() {
        let command = command(Lang::En);
        let mut texts = vec![command.get_about().map(ToString::to_string)];
        for sub in command.get_subcommands().filter(|c| c.get_name() != "help") {
            texts.push(sub.get_about().map(ToString::to_string));
            texts.extend(sub.get_arguments().map(|a| a.get_help().map(ToString::to_string)));
        }
        for text in texts.into_iter().flatten() {
            assert!(
                !text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) || text.contains("企业微信"),
                "{text}"
            );
        }
    }
}
