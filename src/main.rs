//! The `wecom-help` program: parses the command line, runs the command, prints an error once
//! and exits with the command's code.

use std::io::{self, Write};

use wecom_help::cli;
use wecom_help::error::{EXIT_USAGE, Error};
use wecom_help::kb::t;
use wecom_help::lang::Lang;
use wecom_help::output;
use wecom_help::printable::printable;

fn main() {
    let (lang, result) = match cli::parse() {
        Ok(options) => (options.lang, wecom_help::run(options)),
        Err((lang, error)) => (lang, Err(error)),
    };
    let mut code = match result {
        Ok(code) => code,
        Err(Error::Interrupted) => wecom_help::interrupted(lang),
        Err(error) => {
            let code = wecom_help::exit_code(&error);
            if code != 0 {
                report(lang, &error);
            }
            code
        }
    };
    // Output that could not be written (a full disk; a closed pipe is no failure) is an error,
    // whatever the command returned.
    if let Some(failure) = output::take_failure() {
        report(lang, &Error::Io(failure));
        code = EXIT_USAGE;
    }
    std::process::exit(code);
}

/// Prints `error` on standard error; when that fails too, the exit code alone tells.
fn report(lang: Lang, error: &Error) {
    let label = console::style(t!(lang, "error-label")).red().bold().for_stderr();
    // The message may quote arguments and file names: shown, never obeyed.
    let message = error.message(lang);
    let line = t!(
        lang,
        "error-line",
        label = label.to_string(),
        message = printable(&message)
    );
    // Straight to the stream, not `eprintln!`, which panics when the terminal is gone.
    let _ = writeln!(io::stderr(), "{line}");
}
