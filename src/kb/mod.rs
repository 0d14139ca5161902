//! The knowledge base: YAML shapes, the validated model, and loading with diagnostics.

mod diagnostic;
mod load;
mod model;
mod raw;
mod source;

pub use diagnostic::Diagnostic;
pub use load::{QUESTIONS_FILE, from_files, load};
pub use model::{Entry, Kb, Question, Solution, SolutionId};
pub use source::{KbSource, MAX_FILE_BYTES, SourceFile};

/// Builds a knowledge base from YAML texts, for unit tests elsewhere in the crate.
#[cfg(test)]
pub(crate) fn from_yaml(questions: &str, entries: &[&str]) -> Kb {
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
    from_files(&files, "test".into()).unwrap_or_else(|problems| panic!("{problems:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_knowledge_base_is_valid() {
        let kb = load(&KbSource::Embedded).unwrap_or_else(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("embedded knowledge base is broken:\n{}", list.join("\n"))
        });
        assert_eq!(kb.entries.len(), 16);
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
