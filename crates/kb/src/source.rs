//! Where knowledge-base files come from: the copy embedded in the binary, or a folder on disk.

use std::fs;
use std::path::{Path, PathBuf};

use super::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::message;
use crate::printable::printable;
use crate::read::read_file;

/// Folders nested deeper than this are refused (a knowledge base needs two or three levels).
const MAX_DEPTH: usize = 16;
/// More knowledge-base files than this are refused.
const MAX_FILES: usize = 100_000;

/// Which knowledge base to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KbSource {
    /// The `faq/` folder, validated and compiled into the binary at build time.
    Embedded,
    /// A folder given by `--kb` or `WECOM_HELP_KB`.
    Dir(PathBuf),
}

impl KbSource {
    /// How the source is named in messages in `lang`; a folder's control characters are shown,
    /// not obeyed.
    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            KbSource::Embedded => crate::t!(lang, "embedded-kb"),
            KbSource::Dir(dir) => printable(&dir.display().to_string()).into_owned(),
        }
    }
}

/// One knowledge-base file's text, with the path shown in messages and its path inside the base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The path as shown to the user.
    pub shown: String,
    /// The path relative to the knowledge-base folder, with `/` separators.
    pub relative: String,
    pub text: String,
}

impl SourceFile {
    /// A file that is not read from a folder (a generated one), shown by its path in the base.
    pub fn unread(relative: String, text: String) -> Self {
        SourceFile {
            shown: relative.clone(),
            relative,
            text,
        }
    }
}

/// Whether a file name is one the loader reads.
fn is_yaml(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    !name.starts_with('.') && (name.ends_with(".yaml") || name.ends_with(".yml"))
}

/// Reads every YAML file of a knowledge-base folder, sorted by relative path.
pub fn read(dir: &Path) -> Result<Vec<SourceFile>, Vec<Diagnostic>> {
    let mut files = read_dir(dir)?;
    files.sort_by(|a, b| a.relative.cmp(&b.relative));
    Ok(files)
}

fn read_dir(root: &Path) -> Result<Vec<SourceFile>, Vec<Diagnostic>> {
    let shown_root = root.display().to_string();
    let meta = fs::metadata(root).map_err(|e| {
        vec![Diagnostic::new(
            &shown_root,
            None,
            match e.kind() {
                std::io::ErrorKind::NotFound => message!("kb-folder-missing"),
                _ => message!("kb-folder-unopenable", error = e.to_string()),
            },
        )]
    })?;
    if !meta.is_dir() {
        return Err(vec![Diagnostic::new(
            &shown_root,
            None,
            message!("kb-folder-not-a-folder"),
        )]);
    }

    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut pending = vec![(root.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(Diagnostic::new(
                    dir.display().to_string(),
                    None,
                    message!("kb-folder-unreadable", error = e.to_string()),
                ));
                continue;
            }
        };
        for item in entries.flatten() {
            let path = item.path();
            let name = item.file_name().to_string_lossy().into_owned();
            let shown = path.display().to_string();
            // Symbolic links to folders are not followed, so a link loop cannot trap the walk.
            let Ok(kind) = item.file_type() else { continue };
            if name.starts_with('.') {
                continue;
            }
            if kind.is_symlink() && !is_yaml(&name) && fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
                problems.push(Diagnostic::new(shown, None, message!("kb-folder-link")));
                continue;
            }
            if kind.is_dir() {
                if depth + 1 > MAX_DEPTH {
                    problems.push(Diagnostic::new(
                        shown,
                        None,
                        message!("kb-folder-too-deep", limit = MAX_DEPTH),
                    ));
                } else {
                    pending.push((path, depth + 1));
                }
                continue;
            }
            if !is_yaml(&name) {
                continue;
            }
            if files.len() >= MAX_FILES {
                problems.push(Diagnostic::new(
                    &shown_root,
                    None,
                    message!("kb-folder-too-many-files", limit = MAX_FILES),
                ));
                return Err(problems);
            }
            match read_file(&path) {
                Ok(text) => {
                    let relative = path
                        .strip_prefix(root)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .replace('\\', "/");
                    files.push(SourceFile { shown, relative, text });
                }
                Err((position, message)) => problems.push(Diagnostic::new(shown, position, message)),
            }
        }
    }
    if problems.is_empty() { Ok(files) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_names_ignore_case_but_not_hidden_files() {
        assert!(is_yaml("01.yaml") && is_yaml("02.YML") && is_yaml("03.Yaml"));
        assert!(!is_yaml(".01.yaml") && !is_yaml("01.yaml~") && !is_yaml("notes.txt"));
    }

    #[test]
    fn reads_the_yaml_files_of_a_folder() {
        let files = read(&crate::faq_dir()).unwrap();
        assert!(files.iter().any(|f| f.relative == "questions.yaml"));
        assert!(files.iter().any(|f| f.relative == "entries/15.yaml"));
        assert!(files.windows(2).all(|w| w[0].relative < w[1].relative));
    }
}
