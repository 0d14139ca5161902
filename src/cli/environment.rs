//! The settings the environment gives, `WECOM_HELP_KB`, `WECOM_HELP_LANG` and
//! `WECOM_HELP_WEBHOOK`, read by the program itself, so that an empty one counts as unset and a
//! bad one is named (the webhook's value never is: it holds a secret).

use std::ffi::OsString;
use std::path::PathBuf;

use crate::error::Error;
use crate::lang::Lang;
use crate::webhook::{self, NotHttp, Webhook};

/// The variable that names a knowledge-base folder, as `--kb` does.
pub const KB: &str = "WECOM_HELP_KB";
/// The variable that names the language, as `--lang` does.
pub const LANG: &str = "WECOM_HELP_LANG";
/// The variable that names the journal, as `--journal` does.
pub const JOURNAL: &str = "WECOM_HELP_JOURNAL";

/// The variables as found, those set to nothing left out; the command line wins over them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    kb: Option<OsString>,
    lang: Option<OsString>,
    journal: Option<OsString>,
    webhook: Option<Result<Webhook, NotHttp>>,
}

impl Environment {
    /// The process's variables.
    pub fn read() -> Self {
        let var = |name| std::env::var_os(name).filter(|value| !value.is_empty());
        Environment {
            kb: var(KB),
            lang: var(LANG),
            journal: var(JOURNAL),
            webhook: var(webhook::VARIABLE).map(|url| url.to_str().ok_or(NotHttp).and_then(Webhook::parse)),
        }
    }

    /// Given values, for tests.
    #[cfg(test)]
    pub fn from_values(kb: Option<&str>, lang: Option<&str>) -> Self {
        let value = |v: Option<&str>| v.filter(|v| !v.is_empty()).map(OsString::from);
        Environment {
            kb: value(kb),
            lang: value(lang),
            ..Environment::default()
        }
    }

    /// The knowledge-base folder `WECOM_HELP_KB` names.
    pub fn kb(&self) -> Option<PathBuf> {
        self.kb.clone().map(PathBuf::from)
    }

    /// The journal `WECOM_HELP_JOURNAL` names.
    pub fn journal(&self) -> Option<PathBuf> {
        self.journal.clone().map(PathBuf::from)
    }

    /// The webhook `WECOM_HELP_WEBHOOK` holds: `None` when it is unset.
    pub fn webhook(&self) -> Result<Option<Webhook>, Error> {
        self.webhook
            .clone()
            .transpose()
            .map_err(|NotHttp| Error::WebhookNotHttp)
    }

    /// The language `WECOM_HELP_LANG` names: `None` when it is unset, or names a locale without a
    /// language (`C`, `POSIX`).
    pub fn lang(&self) -> Result<Option<Lang>, Error> {
        let Some(value) = &self.lang else { return Ok(None) };
        let value = value.to_string_lossy();
        match language(&value) {
            Some(lang) => Ok(lang),
            None => Err(Error::UnknownLanguage {
                variable: LANG,
                value: value.into_owned(),
            }),
        }
    }
}

/// The language of a value written as `--lang` takes it (`en`) or as a locale is (`EN`,
/// `en_US.UTF-8`, `zh-CN`, `C.UTF-8`): its language part, in any case. `None` for a language
/// the program does not speak; `Some(None)` for a locale that names none.
fn language(value: &str) -> Option<Option<Lang>> {
    let part = value.trim().split(['_', '-', '.', '@']).next().unwrap_or_default();
    match part.to_ascii_lowercase().as_str() {
        "en" => Some(Some(Lang::En)),
        "zh" => Some(Some(Lang::Zh)),
        "" | "c" | "posix" => Some(None),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_read_from_its_locale_name() {
        for (value, lang) in [
            ("en", Some(Lang::En)),
            ("EN", Some(Lang::En)),
            ("en_US.UTF-8", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("zh", Some(Lang::Zh)),
            ("zh_CN.UTF-8", Some(Lang::Zh)),
            ("ZH-Hans", Some(Lang::Zh)),
            ("C.UTF-8", None),
            ("POSIX", None),
        ] {
            assert_eq!(language(value), Some(lang), "{value}");
        }
        for bad in ["fr", "english", "chinese", "e", "fr_FR.UTF-8"] {
            assert_eq!(language(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_empty_variable_is_unset() {
        let env = Environment::from_values(Some(""), Some(""));
        assert_eq!(env, Environment::default());
        assert_eq!(env.lang().unwrap(), None);
        assert_eq!(env.kb(), None);
    }

    #[test]
    fn a_bad_language_names_the_variable() {
        let error = Environment::from_values(None, Some("fr")).lang().unwrap_err();
        assert!(error.message(Lang::En).starts_with("WECOM_HELP_LANG=fr: "), "{error}");
        assert!(error.message(Lang::Zh).starts_with("WECOM_HELP_LANG=fr："), "{error}");
    }
}
