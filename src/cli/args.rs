//! The raw arguments before clap parses them: the language they ask for, so that help and usage
//! errors are given in it, and the order clap needs.

use std::ffi::OsString;

use super::environment::Environment;
use crate::error::Error;
use crate::lang::Lang;

/// The language `--lang` asks for, else `WECOM_HELP_LANG`, else the default: looked up before
/// parsing so that help and parse errors can be given in it. The parse decides the same way.
pub fn requested_lang(args: &[OsString], env: &Environment) -> Result<Lang, Error> {
    let mut args = args.iter().map(|a| a.to_string_lossy());
    let mut flag = None;
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        } else if arg == "--lang" {
            flag = args.next().map(|value| value == "en");
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            flag = Some(value == "en");
        }
    }
    match flag {
        Some(true) => Ok(Lang::En),
        Some(false) => Ok(Lang::Zh),
        None => Ok(env.lang()?.unwrap_or_default()),
    }
}

/// The arguments in an order clap parses. Two ways of writing them that clap alone refuses:
/// `--format` before the command (`wecom-help --format json list`, as when it was an option of
/// every command) moves after the command's name, where clap checks it against the formats of
/// that command; `--lang` after `help` (`wecom-help help --lang en`), which clap's `help` would
/// take for the name of a command, moves before it.
pub fn in_clap_order(mut args: Vec<OsString>, root: &clap::Command) -> Vec<OsString> {
    let Some(mut at) = command_position(&args, root) else {
        return args;
    };
    if args[at] == "help" {
        let mut lang = Vec::new();
        let mut i = at + 1;
        while i < args.len() {
            if args[i] == "--lang" {
                lang.extend(args.drain(i..(i + 2).min(args.len())));
            } else if args[i].to_string_lossy().starts_with("--lang=") {
                lang.push(args.remove(i));
            } else {
                i += 1;
            }
        }
        args.splice(at..at, lang);
        return args;
    }
    let mut format = Vec::new();
    let mut i = 1;
    while i < at {
        let arg = args[i].to_string_lossy();
        if arg == "--format" {
            let end = (i + 2).min(at);
            format.extend(args.drain(i..end));
            at -= end - i;
        } else if arg.starts_with("--format=") {
            format.push(args.remove(i));
            at -= 1;
        } else {
            i += if takes_value(root, &arg) { 2 } else { 1 };
        }
    }
    args.splice(at + 1..at + 1, format);
    args
}

/// Where the command's name stands: the first argument after the program's name that is
/// neither an option nor an option's value.
fn command_position(args: &[OsString], root: &clap::Command) -> Option<usize> {
    let mut i = 1;
    while let Some(arg) = args.get(i) {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            return None;
        } else if !arg.starts_with('-') {
            return Some(i);
        }
        i += if takes_value(root, &arg) { 2 } else { 1 };
    }
    None
}

/// Whether `arg` is a long option of `root`'s that takes its value from the next argument, or
/// `--format`.
fn takes_value(root: &clap::Command, arg: &str) -> bool {
    arg == "--format"
        || arg.strip_prefix("--").is_some_and(|long| {
            root.get_arguments()
                .any(|a| a.get_long() == Some(long) && a.get_action().takes_values())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let none = Environment::default();
        let en = Environment::from_values(None, Some("en"));
        let lang = |list: &[&str], env: &Environment| requested_lang(&args(list), env).unwrap();
        assert_eq!(lang(&["show", "15"], &none), Lang::Zh);
        assert_eq!(lang(&["--lang", "en", "show"], &none), Lang::En);
        assert_eq!(lang(&["show", "--lang=en"], &none), Lang::En);
        assert_eq!(lang(&["show"], &en), Lang::En);
        assert_eq!(lang(&["--lang", "zh"], &en), Lang::Zh);
        assert_eq!(lang(&["search", "--", "--lang", "en"], &none), Lang::Zh);
        let bad = Environment::from_values(None, Some("fr"));
        assert!(requested_lang(&args(&["show"]), &bad).is_err());
        assert_eq!(lang(&["show", "--lang", "en"], &bad), Lang::En);
    }

    #[test]
    fn format_moves_after_the_command_and_lang_before_help() {
        let root = crate::cli::command(Lang::Zh);
        let order = |list: &[&str]| in_clap_order(args(list), &root);
        assert_eq!(
            order(&["w", "--kb", "x", "--format", "json", "--color=never", "list", "-h"]),
            args(&["w", "--kb", "x", "--color=never", "list", "--format", "json", "-h"])
        );
        assert_eq!(
            order(&["w", "--format=dot", "tree"]),
            args(&["w", "tree", "--format=dot"])
        );
        assert_eq!(
            order(&["w", "help", "list", "--lang", "en"]),
            args(&["w", "--lang", "en", "help", "list"])
        );
        assert_eq!(order(&["w", "help", "--lang=en"]), args(&["w", "--lang=en", "help"]));
        // Nothing to move, or no command to move it to: left for clap to judge.
        for same in [
            &["w", "search", "--format", "json", "--", "--lang", "en"][..],
            &["w", "--format", "json"],
            &["w", "--kb", "list", "--format", "json"],
            &["w", "--", "--format", "json", "list"],
        ] {
            assert_eq!(order(same), args(same));
        }
    }
}
