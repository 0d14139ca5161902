//! The command line's help texts, from the catalog: `cli-COMMAND` describes a command,
//! `cli-COMMAND-OPTION` its options and `cli-COMMAND-examples` closes its help; the options valid
//! everywhere are `cli-OPTION`, and `cli-environment` closes the help of the whole command line.

use clap::{Arg, Command};

use crate::kb::catalog::text;
use crate::lang::Lang;

/// The command line with its help texts in `lang`.
pub fn localize(root: Command, lang: Lang) -> Command {
    let help = |id: &str| text(lang, id, &[]);
    root.about(help("cli-about"))
        .long_about(help("cli-long-about"))
        .after_help(help("cli-environment"))
        .mut_args(|arg| explain(arg, "cli", lang))
        .mut_subcommands(|command| {
            let name = format!("cli-{}", command.get_name());
            let command = command
                .about(help(&name))
                .after_help(help(&format!("{name}-examples")))
                .mut_args(|arg| explain(arg, &name, lang));
            match command.get_name() {
                "show" => command.mut_arg("id", |arg| arg.value_name(help("cli-show-id-name"))),
                _ => command,
            }
        })
}

/// An option with its help text, message `{prefix}-{option}`; hidden options keep their own.
fn explain(arg: Arg, prefix: &str, lang: Lang) -> Arg {
    if arg.is_hide_set() {
        return arg;
    }
    let id = format!("{prefix}-{}", arg.get_id());
    arg.help(text(lang, &id, &[]))
}
