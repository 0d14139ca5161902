//! The command line's help texts, from the catalog: `cli-COMMAND` describes a command,
//! `cli-COMMAND-OPTION` its options and `cli-COMMAND-examples` closes its help; the options valid
//! everywhere are `cli-OPTION`, and `cli-environment` closes the help of the whole command line.
//! The words clap would add in English (headings, `--help` and `--version`, defaults and
//! possible values) are replaced by the catalog's `cli-heading-` and `cli-flag-` messages.

use clap::{Arg, ArgAction, Command};

use crate::kb::catalog::{Arg as Value, text};
use crate::lang::Lang;

/// The command line with its help texts in `lang`.
pub fn localize(root: Command, lang: Lang) -> Command {
    let help = |id: &str| text(lang, id, &[]);
    let root = words(root, lang)
        .about(help("cli-about"))
        .long_about(help("cli-long-about"))
        .after_help(help("cli-environment"))
        .mut_args(|arg| explain(arg, "cli", lang))
        // The long about makes `--help` say more than `-h`: the flag says so.
        .mut_arg("help", |arg| {
            arg.help(help("cli-flag-help-more"))
                .long_help(help("cli-flag-help-summary"))
        });
    root.mut_subcommands(|command| {
        let name = format!("cli-{}", command.get_name());
        words(command, lang)
            .about(help(&name))
            .after_help(help(&format!("{name}-examples")))
            .mut_args(|arg| match arg.get_id().as_str() {
                // `mut_arg` would move it after the options.
                "id" => explain(arg, &name, lang).value_name(help("cli-show-id-name")),
                _ => explain(arg, &name, lang),
            })
    })
}

/// The headings of `command`'s help in `lang`, in a template of our own: clap's `{usage-heading}`
/// is English, and its other headings are replaced by giving every argument one.
fn words(command: Command, lang: Lang) -> Command {
    let heading = clap::builder::Styles::default().get_usage().to_owned();
    let usage = text(lang, "cli-heading-usage", &[]);
    command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{heading}{usage}:{heading:#} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(text(lang, "cli-heading-commands", &[]))
        .subcommand_value_name(text(lang, "cli-heading-command", &[]))
}

/// An option with its help text, message `{prefix}-{option}` (`cli-flag-help` and
/// `cli-flag-version` for those two), under our heading; hidden options keep their own. Its
/// default and possible values are written by its help text, which gets the default as
/// `$default`.
fn explain(arg: Arg, prefix: &str, lang: Lang) -> Arg {
    if arg.is_hide_set() {
        return arg;
    }
    let heading = match arg.is_positional() {
        true => "cli-heading-arguments",
        false => "cli-heading-options",
    };
    let mut arg = arg.help_heading(text(lang, heading, &[]));
    if arg.get_num_args().is_none_or(|n| n.takes_values()) && arg.get_action().takes_values() {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    let help = match arg.get_action() {
        ArgAction::Help => text(lang, "cli-flag-help", &[]),
        ArgAction::Version => text(lang, "cli-flag-version", &[]),
        _ => {
            let default: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            let id = format!("{prefix}-{}", arg.get_id());
            text(lang, &id, &[("default", Value::from(default.join(" ")))])
        }
    };
    arg.help(help)
}
