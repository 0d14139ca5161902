//! The command line as clap sees it, without its help texts (`help.rs` puts them on from the
//! catalog), and parsing it.

mod args;
mod environment;
mod help;
mod options;
mod usage;

use std::ffi::OsString;
use std::io::{self, Write};
use std::net::SocketAddr;
use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Arg, ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use environment::Environment;
pub use options::{Action, Options, Save, Stats};

use crate::error::Error;
use crate::lang::Lang;
use crate::ui::{CheckFormat, ColorChoice, DiagnoseFormat, Format, StatsFormat, TreeFormat};

// Every help text, here and on the commands below, comes from the catalog (`help.rs`); doc
// comments would be taken for help texts, so the fields have plain comments. A value name is the
// key of its words in the catalog, `cli-value-NAME` (clap names the others after the field).
#[derive(Debug, Parser)]
#[command(
    name = "wecom-help",
    version,
    propagate_version = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    // The knowledge base in a folder instead of the embedded one.
    #[arg(long, global = true, value_name = "DIR")]
    pub kb: Option<PathBuf>,

    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[arg(long, global = true, value_enum, default_value_t = Lang::Zh)]
    pub lang: Lang,

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
    Serve(ServeArgs),
    Stats(StatsArgs),
    Help(HelpArgs),
}

#[derive(Debug, Args)]
pub struct DiagnoseArgs {
    #[arg(long, value_name = "ANSWERS", allow_hyphen_values = true)]
    answers: Option<String>,

    #[arg(long, value_name = "TEXT")]
    message: Option<String>,

    // A hand-off code from the web page: its answers come first.
    #[arg(long, value_name = "CODE")]
    resume: Option<String>,

    #[arg(long, value_name = "FILE")]
    save: Option<PathBuf>,

    #[arg(long, requires = "save")]
    force: bool,

    #[arg(long, value_enum, default_value_t = DiagnoseFormat::Text)]
    format: DiagnoseFormat,

    // Also post the result to the group robot whose URL is in the environment, never here.
    #[arg(long)]
    send: bool,

    #[command(flatten)]
    journal: JournalArg,
}

// `--journal` of the commands that record what they did.
#[derive(Debug, Args)]
pub struct JournalArg {
    #[arg(long, value_name = "FILE")]
    journal: Option<PathBuf>,
}

// `--format` of the commands that print through a renderer: list, show and search.
#[derive(Debug, Args)]
pub struct FormatArg {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    #[arg(required = true, value_name = "QUERY")]
    query: Vec<String>,

    // A negative number is a bad value, not an option.
    #[arg(long, default_value_t = NonZeroUsize::new(5).unwrap(), value_name = "N", allow_negative_numbers = true)]
    limit: NonZeroUsize,

    #[command(flatten)]
    journal: JournalArg,

    #[command(flatten)]
    output: FormatArg,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    output: FormatArg,
}

#[derive(Debug, Args)]
#[command(allow_negative_numbers = true)]
pub struct ShowArgs {
    // An entry or solution number; without it, `show` offers the list.
    #[arg(value_name = "NUMBER")]
    id: Option<String>,

    #[command(flatten)]
    output: FormatArg,
}

#[derive(Debug, Args)]
pub struct TreeArgs {
    #[arg(long, value_enum, default_value_t = TreeFormat::Text)]
    format: TreeFormat,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum, value_name = "SHELL")]
    shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1:8080", value_parser = address)]
    bind: SocketAddr,

    #[command(flatten)]
    journal: JournalArg,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    // The journals to read together; without it, the one WECOM_HELP_JOURNAL names.
    #[arg(long, value_name = "FILE", num_args = 1.., action = ArgAction::Append)]
    journal: Vec<PathBuf>,

    #[arg(long, value_name = "DATE")]
    since: Option<String>,

    #[arg(long, value_name = "DATE")]
    until: Option<String>,

    // Propose weights for the entries from what the journal observed.
    #[arg(long)]
    weights: bool,

    // With --weights: write the proposed weights into the entry files.
    #[arg(long, requires = "weights")]
    apply: bool,

    #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
    format: StatsFormat,
}

#[derive(Debug, Args)]
pub struct HelpArgs {
    #[arg(value_name = "COMMAND")]
    command: Option<String>,
}

/// The address `--bind` gives: an IP address with a port (`0.0.0.0:8080`, `[::1]:8080`), or
/// this machine alone: `localhost:PORT`, `:PORT` or a bare `PORT`. What is wrong is said by the
/// usage error, which knows the forms; the text here is never shown.
fn address(given: &str) -> Result<SocketAddr, &'static str> {
    let port = given
        .strip_prefix("localhost:")
        .or_else(|| given.strip_prefix(':'))
        .unwrap_or(given);
    match port.parse::<u16>() {
        Ok(port) => Ok(SocketAddr::from(([127, 0, 0, 1], port))),
        Err(_) => given.parse().map_err(|_| "not an address"),
    }
}

/// The command line as clap sees it, with our help texts in `lang`: what help, completions and
/// the man page are made from.
pub fn command(lang: Lang) -> clap::Command {
    help::localize(definition(), lang)
}

/// The command line without its help texts: the derived one with our own `-h/--help` and
/// `-V/--version`, whose help texts come from the catalog (clap's are English).
fn definition() -> clap::Command {
    with_flags(Cli::command())
}

/// `command` and its subcommands with our `--help` and `--version` instead of clap's.
fn with_flags(command: clap::Command) -> clap::Command {
    command
        .disable_help_flag(true)
        .disable_version_flag(true)
        // Last in the help, as clap's own are.
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .display_order(LAST),
        )
        .arg(
            (Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version))
            .display_order(LAST),
        )
        .mut_subcommands(with_flags)
}

/// The display order of `--help` and `--version`.
const LAST: usize = 1000;

/// The id of `--width`.
const WIDTH: &str = "width";

/// `--width N`: a fixed output width in columns, for reproducible tests. Added for parsing
/// only, so that it is in no help, completion script or man page (completions would offer it
/// even hidden).
fn width() -> Arg {
    Arg::new(WIDTH)
        .long(WIDTH)
        .global(true)
        .hide(true)
        .value_parser(clap::value_parser!(usize))
}

/// Parses the process's arguments and environment; clap prints help or the version, in the
/// language they ask for, and exits. Fails, with the language to say it in, on a usage error or
/// when the environment asks for a language the program does not speak.
pub fn parse() -> Result<Options, (Lang, Error)> {
    let args: Vec<OsString> = std::env::args_os().collect();
    parse_from(args, &Environment::read())
}

/// Parses `args` (the program's name first); clap prints help or the version and exits.
fn parse_from(args: Vec<OsString>, env: &Environment) -> Result<Options, (Lang, Error)> {
    let fallback = |error| (Lang::default(), error);
    // Parsing needs no help texts. Only when clap has something to show are they read from
    // the catalog, in the language asked for, and the arguments parsed again with them.
    // The grammar is kept, not freed, until the process ends, which is soon.
    let grammar = Box::leak(Box::new(definition().arg(width())));
    let matches = match grammar.try_get_matches_from_mut(&args) {
        Ok(matches) => matches,
        Err(_) => {
            let lang = args::requested_lang(args.get(1..).unwrap_or_default(), env).map_err(fallback)?;
            (command(lang).arg(width()))
                .try_get_matches_from(&args)
                .map_err(|e| (lang, refused(e, &args)))?
        }
    };
    let cli = Cli::from_arg_matches(&matches).map_err(|e| (Lang::default(), refused(e, &[])))?;
    let command_line = (args.iter().skip(1))
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    Ok(Options {
        command_line,
        ..Options::new(cli, &matches, env)?
    })
}

/// A usage error as ours, shown through the program's error path; help and the version are
/// printed here and the program exits, unless they cannot be written (a full disk): that is an
/// error too. A closed pipe is not (`--help | head -1`). `args` tell a value left out from an
/// empty one, which clap does not.
fn refused(error: clap::Error, args: &[OsString]) -> Error {
    match usage::from_clap(&error) {
        Some(usage::Usage::MissingValue { option, .. }) if usage::given_empty(&option, args) => {
            Error::Usage(usage::Usage::EmptyValue { option })
        }
        Some(usage) => Error::Usage(usage),
        // Not `error.exit()`, which ignores a failed write and exits with 0.
        None => match error.print().and_then(|()| io::stdout().flush()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Error::Io(e),
            _ => std::process::exit(error.exit_code()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KbSource;

    #[test]
    fn definition_is_consistent() {
        command(Lang::Zh).arg(width()).debug_assert();
        command(Lang::En).arg(width()).debug_assert();
    }

    fn parsed(list: &[&str], env: &Environment) -> Result<Options, Error> {
        let args: Vec<OsString> = list.iter().map(OsString::from).collect();
        let lang = args::requested_lang(&args[1..], env)?;
        let options = parse_from(args, env).map_err(|(_, error)| error)?;
        // What help and usage errors would be given in is what the parse decides.
        assert_eq!(lang, options.lang, "{list:?}");
        Ok(options)
    }

    /// The arguments after the program's name are kept as given, for a command to suggest again.
    #[test]
    fn the_options_carry_the_command_line() {
        let env = Environment::from_values(None, None);
        let given = ["diagnose", "--message", "登不上 '企微'", "--lang=en"];
        let options = parsed(&[&["wecom-help"][..], &given].concat(), &env).unwrap();
        assert_eq!(options.command_line, given);
    }

    #[test]
    fn search_without_words_is_a_usage_error() {
        let env = Environment::from_values(None, None);
        let error = parsed(&["wecom-help", "search", " ", "\u{3000}"], &env).unwrap_err();
        assert!(matches!(error, Error::Usage(crate::error::Usage::NoWords)), "{error:?}");
    }

    #[test]
    fn the_command_line_wins_over_the_environment() {
        let env = Environment::from_values(Some("/env/kb"), Some("en_US.UTF-8"));
        let options = parsed(&["wecom-help", "list"], &env).unwrap();
        assert_eq!(
            (options.lang, options.source),
            (Lang::En, KbSource::Dir("/env/kb".into()))
        );
        let options = parsed(&["wecom-help", "list", "--lang", "zh", "--kb", "faq"], &env).unwrap();
        assert_eq!((options.lang, options.source), (Lang::Zh, KbSource::Dir("faq".into())));
        // A value the program cannot use does not matter when the command line gives one.
        let env = Environment::from_values(None, Some("fr"));
        assert!(parsed(&["wecom-help", "list"], &env).is_err());
        assert_eq!(
            parsed(&["wecom-help", "--lang=en", "list"], &env).unwrap().lang,
            Lang::En
        );
    }

    #[test]
    fn bind_takes_an_address_or_a_port_of_this_machine() {
        let local = SocketAddr::from(([127, 0, 0, 1], 8797));
        for given in ["localhost:8797", "8797", ":8797", "127.0.0.1:8797"] {
            assert_eq!(address(given), Ok(local), "{given}");
        }
        assert_eq!(address("0.0.0.0:80"), Ok(SocketAddr::from(([0, 0, 0, 0], 80))));
        assert!(address("[::1]:8080").is_ok_and(|a| a.is_ipv6()));
        for given in ["localhost", "example.com:80", "99999", ":", "127.0.0.1"] {
            assert!(address(given).is_err(), "{given}");
        }
    }

    #[test]
    fn width_is_read_wherever_it_stands() {
        let env = Environment::default();
        let options = parsed(&["wecom-help", "--width", "60", "list", "--format", "json"], &env).unwrap();
        assert_eq!(
            (options.width, options.action),
            (Some(60), Action::List { format: Format::Json })
        );
        let options = parsed(&["wecom-help", "tree", "--width=70", "--format=dot"], &env).unwrap();
        assert_eq!(
            (options.width, options.action),
            (
                Some(70),
                Action::Tree {
                    format: TreeFormat::Dot
                }
            )
        );
    }

    #[test]
    fn every_english_help_text_is_english() {
        let command = command(Lang::En);
        let mut texts = vec![
            command.get_about().map(ToString::to_string),
            command.get_after_help().map(ToString::to_string),
        ];
        texts.extend(command.get_arguments().map(|a| a.get_help().map(ToString::to_string)));
        for sub in command.get_subcommands() {
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
