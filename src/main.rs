use clap::Parser;
use wecom_help::cli::Cli;
use wecom_help::error::Error;

fn main() {
    let options = Cli::parse().into();
    let code = match wecom_help::run(options) {
        Ok(code) => code,
        Err(Error::Interrupted) => wecom_help::interrupted(),
        Err(error) => {
            let code = wecom_help::exit_code(&error);
            if code != 0 {
                eprintln!("{} {error}", console::style("错误：").red().bold().for_stderr());
            }
            code
        }
    };
    std::process::exit(code);
}
