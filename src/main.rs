use std::io::{self, Write};

use wecom_help::cli;
use wecom_help::error::Error;
use wecom_help::lang::Lang;
use wecom_help::printable::printable;

fn main() {
    let (lang, result) = match cli::parse() {
        Ok(options) => (options.lang, wecom_help::run(options)),
        // Only the environment fails to parse here, and its language counts only without a
        // `--lang` on the command line: the message is in the default language.
        Err(error) => (Lang::default(), Err(error)),
    };
    let code = match result {
        Ok(code) => code,
        Err(Error::Interrupted) => wecom_help::interrupted(lang),
        Err(error) => {
            let code = wecom_help::exit_code(&error);
            if code != 0 {
                let label = console::style(lang.pick("错误：", "Error:")).red().bold().for_stderr();
                // The message may quote arguments and file names: shown, never obeyed.
                // Not `eprintln!`, which panics when the terminal is gone.
                let _ = writeln!(io::stderr(), "{label} {}", printable(&error.message(lang)));
            }
            code
        }
    };
    std::process::exit(code);
}
