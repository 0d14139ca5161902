//! The language the program speaks: Chinese by default, English on request. Its words are in
//! the catalog (`catalog.rs`).

/// A language of the program's messages and of the knowledge base's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Lang {
    #[default]
    Zh,
    En,
}
