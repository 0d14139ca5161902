//! A command line clap refused, described in the program's own terms ([`Usage`]), so that the
//! message comes from the catalog and quotes the arguments through our error path.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};

pub use crate::error::Usage;

/// The usage error `error` describes; `None` for help and version, which are no errors.
pub fn from_clap(error: &clap::Error) -> Option<Usage> {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => list.first().cloned(),
        _ => None,
    };
    let list = |kind| match error.get(kind) {
        Some(ContextValue::Strings(list)) => list.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let argument = || text(ContextKind::InvalidArg).unwrap_or_default();
    Some(match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => return None,
        ErrorKind::InvalidSubcommand => Usage::UnknownCommand {
            given: text(ContextKind::InvalidSubcommand).unwrap_or_default(),
            suggestion: text(ContextKind::SuggestedSubcommand),
        },
        ErrorKind::UnknownArgument if argument().starts_with('-') => Usage::UnknownOption {
            given: argument(),
            suggestion: text(ContextKind::SuggestedArg).or_else(|| text(ContextKind::SuggestedSubcommand)),
        },
        ErrorKind::UnknownArgument => Usage::ExtraArgument { given: argument() },
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => match text(ContextKind::InvalidValue) {
            Some(given) if !given.is_empty() => Usage::InvalidValue {
                option: argument(),
                given,
                choices: list(ContextKind::ValidValue),
                suggestion: text(ContextKind::SuggestedValue),
            },
            _ => Usage::MissingValue {
                option: argument(),
                choices: list(ContextKind::ValidValue),
            },
        },
        ErrorKind::MissingRequiredArgument => Usage::MissingArgument {
            needed: list(ContextKind::InvalidArg),
        },
        ErrorKind::ArgumentConflict if text(ContextKind::PriorArg) == text(ContextKind::InvalidArg) => {
            Usage::Repeated { option: argument() }
        }
        ErrorKind::InvalidUtf8 => Usage::NotUtf8,
        _ => Usage::Other {
            argument: text(ContextKind::InvalidArg),
        },
    })
}

/// Whether `args` give the option `option` (`--save <文件>`: its name, then its value's) an
/// empty value, `--save ""` or `--save=`, rather than none.
pub fn given_empty(option: &str, args: &[OsString]) -> bool {
    let Some(name) = option.split_whitespace().next().filter(|name| name.starts_with("--")) else {
        return false;
    };
    let joined = format!("{name}=");
    (args.iter().zip(args.iter().skip(1).map(Some).chain([None])))
        .any(|(arg, next)| *arg == *joined || (*arg == *name && next.is_some_and(|v| v.is_empty())))
}
