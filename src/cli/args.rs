//! The raw arguments before clap parses them: the language they ask for, so that help and usage
//! errors are given in it.

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
}
