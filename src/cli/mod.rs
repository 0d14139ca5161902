//! The command line as clap sees it, without its help texts (`help.rs` puts them on from the
//! catalog); `parse.rs` parses it.

mod args;
mod environment;
mod help;
mod options;
mod parse;
mod usage;

use std::net::SocketAddr;
use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand};

pub use options::{Action, Options, Save, Stats};
pub use parse::{command, parse};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
