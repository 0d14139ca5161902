//! A command line the parser refused, in the program's own terms, and what the agent reads
//! about it: from the catalog, in the language asked for.

use crate::kb::t;
use crate::lang::Lang;

/// What is wrong with the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Usage {
    UnknownCommand {
        given: String,
        suggestion: Option<String>,
    },
    UnknownOption {
        given: String,
        suggestion: Option<String>,
    },
    /// A value where none is expected: one argument too many.
    ExtraArgument {
        given: String,
    },
    /// A value the option does not take; `choices` lists those it does, if it has a list.
    InvalidValue {
        option: String,
        given: String,
        choices: Vec<String>,
        suggestion: Option<String>,
    },
    MissingValue {
        option: String,
        choices: Vec<String>,
    },
    /// An option given an empty value (`--save ""`).
    EmptyValue {
        option: String,
    },
    MissingArgument {
        needed: Vec<String>,
    },
    /// An option given twice.
    Repeated {
        option: String,
    },
    NotUtf8,
    /// `search` with nothing but spaces to look for.
    NoWords,
    /// Anything else clap refuses, with the argument it names, if any.
    Other {
        argument: Option<String>,
    },
}

impl Usage {
    /// What is wrong with the command line, then, each on a line of its own, the values it takes, a
    /// suggestion and where to read more.
    pub fn message(&self, lang: Lang) -> String {
        let see_help = Some(t!(lang, "error-usage-see-help"));
        let did_you_mean = |suggestion: &Option<String>| {
            suggestion
                .as_ref()
                .map(|s| t!(lang, "error-usage-did-you-mean", suggestion = s))
        };
        let choices = |choices: &Vec<String>| {
            (!choices.is_empty()).then(|| t!(lang, "error-usage-choices", choices = choices.clone()))
        };
        let (first, more) = match self {
            Usage::UnknownCommand { given, suggestion } => (
                t!(lang, "error-no-such-command", given = given),
                vec![did_you_mean(suggestion)],
            ),
            Usage::UnknownOption { given, suggestion } => (
                t!(lang, "error-usage-unknown-option", given = given),
                vec![did_you_mean(suggestion), see_help],
            ),
            Usage::ExtraArgument { given } => (t!(lang, "error-usage-extra-argument", given = given), vec![see_help]),
            Usage::InvalidValue {
                option,
                given,
                choices: values,
                suggestion,
            } => (
                t!(lang, "error-usage-invalid-value", option = option, given = given),
                vec![form(option, lang), choices(values), did_you_mean(suggestion), see_help],
            ),
            Usage::MissingValue {
                option,
                choices: values,
            } => (
                t!(lang, "error-usage-missing-value", option = option),
                vec![choices(values), see_help],
            ),
            Usage::EmptyValue { option } => (t!(lang, "error-usage-empty-value", option = option), vec![see_help]),
            Usage::MissingArgument { needed } => (
                t!(lang, "error-usage-missing-argument", needed = needed.clone()),
                vec![see_help],
            ),
            Usage::Repeated { option } => (t!(lang, "error-usage-repeated", option = option), vec![see_help]),
            Usage::NotUtf8 => (t!(lang, "error-usage-not-utf8"), vec![]),
            Usage::NoWords => (t!(lang, "error-usage-no-words"), vec![see_help]),
            Usage::Other {
                argument: Some(argument),
            } => (
                t!(lang, "error-usage-other-argument", argument = argument),
                vec![see_help],
            ),
            Usage::Other { argument: None } => (t!(lang, "error-usage-other"), vec![see_help]),
        };
        let mut text = first;
        for line in more.into_iter().flatten() {
            text.push('\n');
            text.push_str(&line);
        }
        text
    }
}

/// What form the value of `option` (its name, then its value's) takes, for the options whose
/// values are not a list to choose from.
fn form(option: &str, lang: Lang) -> Option<String> {
    match option.split_whitespace().next()? {
        "--bind" => Some(t!(lang, "error-usage-form-bind")),
        "--limit" => Some(t!(lang, "error-usage-form-limit")),
        _ => None,
    }
}
