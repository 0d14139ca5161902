//! The `wecom-help` program: parses the command line, runs the command, prints an error once
//! and exits with the command's code.

use std::io::{self, Write};

use wecom_help::cli;
use wecom_help::error::Error;
use wecom_help::kb::t;
use wecom_help::printable::printable;

fn main() {
    let (lang, result) = match cli::parse() {
        Ok(options) => (options.lang, wecom_help::run(options)),
        Err((lang, error)) => (lang, Err(error)),
    };
    let code = match result {
        Ok(code) => code,
        Err(Error::Interrupted) => wecom_help::interrupted(lang),
        Err(error) => {
            let code = wecom_help::exit_code(&error);
            if code != 0 {
                let label = console::style(t!(lang, "error-label")).red().bold().for_stderr();
                // The message may quote arguments and file names: shown, never obeyed.
                let message = error.message(lang);
                let line = t!(
                    lang,
                    "error-line",
                    label = label.to_string(),
                    message = printable(&message)
                );
                // Not `eprintln!`, which panics when the terminal is gone.
                let _ = writeln!(io::stderr(), "{line}");
            }
            code
        }
    };
    std::process::exit(code);
}
