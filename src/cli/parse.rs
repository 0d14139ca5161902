//! Parsing the command line: clap's grammar with our `--help` and `--version`, parsed without
//! help texts, and given them from the catalog only when clap has something to show.

use std::ffi::OsString;
use std::io::{self, Write};

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};

use super::environment::Environment;
use super::{Cli, Options, args, help, usage};
use crate::error::Error;
use crate::lang::Lang;

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
pub(super) const WIDTH: &str = "width";

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
    use crate::cli::Action;
    use crate::kb::KbSource;
    use crate::ui::{Format, TreeFormat};

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
