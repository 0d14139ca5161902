//! The language the program speaks: Chinese by default, English on request.

/// A language of the program's messages and of the knowledge base's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Picks the text (or anything else) for this language.
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}
