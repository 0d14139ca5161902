//! The knowledge base of wecom-help: YAML shapes, loading with diagnostics, the validated model,
//! and search over it. Shared by the program and the build script that compiles the embedded
//! knowledge base into it.

pub mod catalog;
mod diagnostic;
mod explain;
mod guard;
pub mod lang;
mod load;
mod locate;
mod model;
pub mod normalize;
pub mod os;
pub mod printable;
mod quote;
mod raw;
mod read;
pub mod search;
mod source;
pub mod synthetic;

pub use catalog::{Arg, Message};
pub use diagnostic::Diagnostic;
pub use lang::Lang;
pub use load::{Loaded, QUESTIONS_FILE, SYNONYMS_FILE, from_files, load_dir};
pub use model::{Bilingual, Entry, EntryText, Kb, Question, Solution, SolutionId, SolutionText, Translations};
pub use read::MAX_FILE_BYTES;
pub use source::{KbSource, SourceFile, read as read_files};

/// Loads a knowledge base from YAML texts in memory: the questions file and entry files.
pub fn from_texts(questions: &str, entries: &[&str]) -> Result<Loaded, Vec<Diagnostic>> {
    let mut files = vec![SourceFile {
        shown: QUESTIONS_FILE.into(),
        relative: QUESTIONS_FILE.into(),
        text: questions.into(),
    }];
    files.extend(entries.iter().enumerate().map(|(i, text)| SourceFile {
        shown: format!("{i}.yaml"),
        relative: format!("{i}.yaml"),
        text: (*text).into(),
    }));
    from_files(&files, "test")
}

/// Builds a knowledge base from YAML texts, for unit tests.
#[cfg(test)]
pub(crate) fn from_yaml(questions: &str, entries: &[&str]) -> Bilingual {
    from_texts(questions, entries)
        .unwrap_or_else(|problems| panic!("{problems:?}"))
        .kb
}

/// The folder of the program's knowledge base, for unit tests.
#[cfg(test)]
pub(crate) fn faq_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../faq")
}

/// The knowledge base in `faq/`, for unit tests.
#[cfg(test)]
pub(crate) fn faq() -> Bilingual {
    load_dir(&faq_dir())
        .unwrap_or_else(|problems| panic!("{problems:?}"))
        .kb
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_knowledge_base_is_valid() {
        let Loaded { kb, untranslated } = load_dir(&faq_dir()).unwrap_or_else(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("embedded knowledge base is broken:\n{}", list.join("\n"))
        });
        let kb = kb.kb;
        assert_eq!(kb.entries.len(), 16);
        let untranslated: Vec<String> = untranslated.iter().map(ToString::to_string).collect();
        assert!(untranslated.is_empty(), "untranslated:\n{}", untranslated.join("\n"));
        assert_eq!(
            kb.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
            (1..=16).collect::<Vec<_>>()
        );
        let ids: Vec<String> = kb.solutions.iter().map(|s| s.id.to_string()).collect();
        for id in ["2.1", "2.2", "9.1", "9.2", "16.1", "16.2", "16.3", "15"] {
            assert!(ids.iter().any(|i| i == id), "missing solution {id}");
        }
    }
}
