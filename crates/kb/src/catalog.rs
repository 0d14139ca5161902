//! Every word the program shows, in one Fluent catalog per language (`locales/zh.ftl`,
//! `locales/en.ftl`), and the one way to get them: [`t!`](crate::t) for text now, [`Message`]
//! (made with [`message!`](crate::message)) for text to be shown later in a language not yet known.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

/// The catalogs, compiled in. Each is parsed in parts, a part the first time one of its
/// messages is needed.
const ZH: &str = include_str!("../locales/zh.ftl");
const EN: &str = include_str!("../locales/en.ftl");

/// Where the parts after the first start in each catalog, found when the program is compiled.
const ZH_PARTS: [usize; 5] = Part::starts(ZH);
const EN_PARTS: [usize; 5] = Part::starts(EN);

type Bundle = FluentBundle<FluentResource>;

/// The parts of a catalog, in the order they stand. Errors, the knowledge base's problems and
/// the command line's help are most of its text and rarely shown, so a command that shows none
/// of them parses only the words around the knowledge base's texts.
#[derive(Debug, Clone, Copy)]
enum Part {
    General,
    /// The `error-` messages, after the line `## Part error…`.
    Error,
    /// The `kb-` messages, after the line `## Part kb…`.
    Kb,
    /// The `cli-` messages, after the line `## Part cli…`.
    Cli,
    /// The `web-` messages of `serve`'s pages, after the line `## Part web…`.
    Web,
    /// The messages of the journal, `stats` and the group robot (`journal-`, `stats-`,
    /// `weights-`, `wecom-`), after the line `## Part desk…`.
    Desk,
}

impl Part {
    fn of(id: &str) -> Part {
        if id.starts_with("error-") {
            Part::Error
        } else if id.starts_with("kb-") {
            Part::Kb
        } else if id.starts_with("cli-") {
            Part::Cli
        } else if id.starts_with("web-") {
            Part::Web
        } else if ["journal-", "stats-", "weights-", "wecom-"]
            .iter()
            .any(|p| id.starts_with(p))
        {
            Part::Desk
        } else {
            Part::General
        }
    }

    /// Where the parts after the first start in `catalog`; the build fails if one is missing.
    const fn starts(catalog: &str) -> [usize; 5] {
        [
            find(catalog, "\n## Part error"),
            find(catalog, "\n## Part kb"),
            find(catalog, "\n## Part cli"),
            find(catalog, "\n## Part web"),
            find(catalog, "\n## Part desk"),
        ]
    }

    /// The part's text in `catalog`, whose parts start at `starts`.
    fn text(self, catalog: &'static str, starts: [usize; 5]) -> &'static str {
        let [error, kb, cli, web, desk] = starts;
        match self {
            Part::General => &catalog[..error],
            Part::Error => &catalog[error..kb],
            Part::Kb => &catalog[kb..cli],
            Part::Cli => &catalog[cli..web],
            Part::Web => &catalog[web..desk],
            Part::Desk => &catalog[desk..],
        }
    }
}

/// Where `marker` first stands in `text`.
const fn find(text: &str, marker: &str) -> usize {
    let (text, marker) = (text.as_bytes(), marker.as_bytes());
    let mut at = 0;
    while at + marker.len() <= text.len() {
        let mut k = 0;
        while k < marker.len() && text[at + k] == marker[k] {
            k += 1;
        }
        if k == marker.len() {
            return at;
        }
        at += 1;
    }
    panic!("a catalog lacks one of its parts");
}

/// The part of `lang`'s catalog, parsed on first use. The other language's is never parsed.
fn bundle(lang: Lang, part: Part) -> &'static Bundle {
    static BUNDLES: [[OnceLock<Bundle>; 6]; 2] = [[const { OnceLock::new() }; 6], [const { OnceLock::new() }; 6]];
    let (slots, catalog, starts, tag) = match lang {
        Lang::Zh => (&BUNDLES[0], ZH, ZH_PARTS, "zh"),
        Lang::En => (&BUNDLES[1], EN, EN_PARTS, "en"),
    };
    slots[part as usize].get_or_init(|| {
        let text = part.text(catalog, starts).to_owned();
        // A syntax error keeps the messages around it; the tests refuse any.
        let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
        let mut bundle = Bundle::new_concurrent(vec![tag.parse().expect("a valid language tag")]);
        // Unicode isolation marks around arguments would only garble terminals and tickets.
        bundle.set_use_isolating(false);
        // Duplicate ids are refused by the tests too.
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// The message `id` in `lang`, with its arguments. A message missing from the catalog shows as
/// its id (and fails every test that reaches it).
pub fn text(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(lang, Part::of(id));
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        debug_assert!(false, "no message {id} in the {lang:?} catalog");
        return id.to_owned();
    };
    let mut values = FluentArgs::with_capacity(args.len());
    for (name, arg) in args {
        values.set(*name, arg.value(lang));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&values), &mut errors);
    debug_assert!(errors.is_empty(), "message {id} in {lang:?}: {errors:?}");
    text.into_owned()
}

/// A message's text in `lang`: `t!(lang, "id", name = value, …)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::catalog::text($lang, $id, &[$((stringify!($name), $crate::catalog::Arg::from($value))),*])
    };
}

/// A [`Message`] to render later: `message!("id", name = value, …)`.
#[macro_export]
macro_rules! message {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::catalog::Message::new(
            $id,
            vec![$((stringify!($name), $crate::catalog::Arg::from($value).into_owned())),*],
        )
    };
}

/// A message of the catalog with its arguments, rendered in a language when it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg<'static>)>,
}

impl Message {
    /// The message `id` with these arguments; [`message!`](crate::message) is shorter.
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg<'static>)>) -> Self {
        Message { id, args }
    }

    /// The message's id in the catalog.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        text(lang, self.id, &self.args)
    }
}

/// A value given to a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    /// A count or a number: the catalog chooses plural forms by it.
    Number(u64),
    /// Items written with the language's list separator.
    List(Vec<String>),
    /// Another message, rendered in the same language.
    Message(Box<Message>),
}

impl Arg<'_> {
    /// The same value, owning its text.
    pub fn into_owned(self) -> Arg<'static> {
        match self {
            Arg::Text(text) => Arg::Text(Cow::Owned(text.into_owned())),
            Arg::Number(n) => Arg::Number(n),
            Arg::List(items) => Arg::List(items),
            Arg::Message(message) => Arg::Message(message),
        }
    }

    fn value(&self, lang: Lang) -> FluentValue<'_> {
        match self {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::List(items) => FluentValue::from(items.join(&crate::t!(lang, "list-separator"))),
            Arg::Message(message) => FluentValue::from(message.render(lang)),
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Arg::Text(text)
    }
}

impl From<Vec<String>> for Arg<'_> {
    fn from(items: Vec<String>) -> Self {
        Arg::List(items)
    }
}

impl From<Message> for Arg<'_> {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as u64)
            }
        }
    )*};
}

numbers!(u32, u64, usize);

#[cfg(test)]
mod tests;
