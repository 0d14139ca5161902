//! The command line's help texts, from the catalog: `cli-COMMAND` describes a command,
//! `cli-COMMAND-OPTION` its options and `cli-COMMAND-examples` closes its help; the options valid
//! everywhere are `cli-OPTION`, and `cli-environment` closes the help of the whole command line.
//! The words clap would add in English (headings, the usage line's `[OPTIONS]`, `--help` and
//! `--version`, defaults and possible values) are replaced by the catalog's `cli-heading-`,
//! `cli-usage-` and `cli-flag-` messages, and a value name `NAME` by `cli-value-name`.

use clap::{Arg, ArgAction, Command};

use crate::kb::catalog::{Arg as Value, text};
use crate::lang::Lang;

/// The command line with its help texts in `lang`.
pub fn localize(root: Command, lang: Lang) -> Command {
    let help = |id: &str| text(lang, id, &[]);
    let path = root.get_name().to_owned();
    let root = root
        .about(help("cli-about"))
        .long_about(help("cli-long-about"))
        .after_help(help("cli-environment"))
        .subcommand_help_heading(help("cli-heading-commands"))
        .subcommand_value_name(help("cli-value-command"))
        .mut_args(|arg| explain(arg, "cli", lang))
        // The long about makes `--help` say more than `-h`: the flag says so.
        .mut_arg("help", |arg| {
            arg.help(help("cli-flag-help-more"))
                .long_help(help("cli-flag-help-summary"))
        });
    let root = words(root, &path, lang);
    root.mut_subcommands(|command| {
        let name = format!("cli-{}", command.get_name());
        let path = format!("{path} {}", command.get_name());
        let command = command
            .about(help(&name))
            .after_help(help(&format!("{name}-examples")))
            .mut_args(|arg| explain(arg, &name, lang));
        words(command, &path, lang)
    })
}

/// The words around `command`'s help in `lang`, called as `path`: a template of our own, whose
/// headings come from the catalog (clap's `{usage-heading}` and those of `{all-args}` are
/// English, with an ASCII colon), and a usage line of our own (clap's says `[OPTIONS]`).
fn words(command: Command, path: &str, lang: Lang) -> Command {
    let style = clap::builder::Styles::default();
    let (heading, literal) = (style.get_usage(), style.get_literal());
    let title = |id: &str| {
        let words = text(lang, id, &[]);
        format!(
            "{heading}{}{heading:#}",
            text(lang, "cli-heading", &[("heading", Value::from(words))])
        )
    };
    let usage = title("cli-heading-usage");
    // A full-width colon has its space in it.
    let gap = if usage.contains(':') { " " } else { "" };
    let mut template = format!("{{before-help}}{{about-with-newline}}\n{usage}{gap}{{usage}}\n\n");
    if command.has_subcommands() {
        template += &format!("{}\n{{subcommands}}\n\n", title("cli-heading-commands"));
    }
    if command.get_positionals().any(|arg| !arg.is_hide_set()) {
        template += &format!("{}\n{{positionals}}\n\n", title("cli-heading-arguments"));
    }
    template += &format!("{}\n{{options}}{{after-help}}", title("cli-heading-options"));
    let mut line = format!("{literal}{path}{literal:#} [{}]", text(lang, "cli-usage-options", &[]));
    for arg in command.get_positionals().filter(|arg| !arg.is_hide_set()) {
        let name = arg
            .get_value_names()
            .and_then(|names| names.first())
            .map(ToString::to_string);
        let name = name.unwrap_or_else(|| arg.get_id().to_string());
        let (open, close) = if arg.is_required_set() { ("<", ">") } else { ("[", "]") };
        let many = if matches!(arg.get_action(), ArgAction::Append) {
            "..."
        } else {
            ""
        };
        line += &format!(" {open}{name}{close}{many}");
    }
    if let Some(name) = command
        .get_subcommand_value_name()
        .filter(|_| command.has_subcommands())
    {
        line += &format!(" [{name}]");
    }
    command.help_template(template).override_usage(line)
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
        if let Some(name) = arg.get_value_names().and_then(|names| names.first()) {
            let name = text(lang, &format!("cli-value-{}", name.to_lowercase()), &[]);
            arg = arg.value_name(name);
        }
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
