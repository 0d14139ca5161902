//! Where knowledge-base files come from: the copy embedded in the binary, or a folder on disk.

use std::fs;
use std::path::{Path, PathBuf};

use super::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::load::MAX_PROBLEMS;
use crate::message;
use crate::printable::printable;
use crate::read::{MAX_TOTAL_BYTES, read_file, read_lossy};

/// Folders nested deeper than this are refused (a knowledge base needs two or three levels).
const MAX_DEPTH: usize = 16;
/// More knowledge-base files than this are refused: a knowledge base of 10,000 entries is
/// supported, and checking grows faster than its size.
const MAX_FILES: usize = 12_000;
/// A folder past [`MAX_DEPTH`] is looked into for YAML files at most this many items deep and wide.
const MAX_DEEP_ITEMS: usize = 10_000;

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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

/// Reads every YAML file of a knowledge-base folder, sorted by relative path. Problems come
/// sorted by path and line, the first [`MAX_PROBLEMS`] listed and the rest only counted, as
/// validation's do.
pub fn read(dir: &Path) -> Result<Vec<SourceFile>, Vec<Diagnostic>> {
    let walk = walk(dir)
        .and_then(|walk| {
            if walk.problems.is_empty() {
                Ok(walk)
            } else {
                Err(walk.problems)
            }
        })
        .map_err(|mut problems| {
            problems.sort_by(|a, b| (&a.file, a.position).cmp(&(&b.file, b.position)));
            let unlisted = problems.len().saturating_sub(MAX_PROBLEMS);
            if unlisted > 0 {
                problems.truncate(MAX_PROBLEMS);
                let summary = message!("kb-more-problems", count = unlisted);
                problems.push(Diagnostic::unlisted(dir.display().to_string(), unlisted, summary));
            }
            problems
        })?;
    Ok(walk.files)
}

/// The YAML files of a knowledge-base folder, each read or not, sorted by relative path.
#[derive(Debug, Default)]
pub struct Walk {
    pub files: Vec<SourceFile>,
    /// Files that could not be read as text, with what text could be made out of them and
    /// whether anything could (the text is empty where not): left out of the checks, but what
    /// they may hold is taken into account.
    pub unreadable: Vec<(SourceFile, bool)>,
    /// Why those files, or folders below, could not be read.
    pub problems: Vec<Diagnostic>,
}

/// Reads every YAML file of a knowledge-base folder it can, and says why it could not read the
/// others; refuses a folder it cannot read at all, or one too large to read.
pub fn walk(dir: &Path) -> Result<Walk, Vec<Diagnostic>> {
    let mut walk = read_dir(dir)?;
    walk.files.sort_by(|a, b| a.relative.cmp(&b.relative));
    walk.unreadable.sort_by(|a, b| a.0.relative.cmp(&b.0.relative));
    Ok(walk)
}

/// Whether a folder holds a YAML file the loader would read, at any depth; the walk gives up
/// (and says yes, to be safe) after [`MAX_DEEP_ITEMS`] items.
fn holds_yaml(dir: &Path) -> bool {
    let mut pending = vec![dir.to_path_buf()];
    let mut seen = 0;
    while let Some(dir) = pending.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for item in entries.flatten() {
            seen += 1;
            if seen > MAX_DEEP_ITEMS {
                return true;
            }
            let name = item.file_name().to_string_lossy().into_owned();
            let Ok(kind) = item.file_type() else { continue };
            if name.starts_with('.') {
                continue;
            }
            if kind.is_dir() {
                pending.push(item.path());
            } else if is_yaml(&name) {
                return true;
            }
        }
    }
    false
}

fn read_dir(root: &Path) -> Result<Walk, Vec<Diagnostic>> {
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
    let mut unreadable = Vec::new();
    // YAML files met, read or not: unreadable ones cost time and a problem each too.
    let mut met = 0;
    let mut total: u64 = 0;
    let mut problems = Vec::new();
    let mut pending = vec![(root.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(Diagnostic::new(
                    dir.display().to_string(),
                    None,
                    match e.kind() {
                        std::io::ErrorKind::PermissionDenied => message!("kb-folder-denied"),
                        _ => message!("kb-folder-unreadable", error = e.to_string()),
                    },
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
                // Too deep is a problem only where it hides knowledge-base files.
                if depth + 1 > MAX_DEPTH && holds_yaml(&path) {
                    problems.push(Diagnostic::new(
                        shown,
                        None,
                        message!("kb-folder-too-deep", limit = MAX_DEPTH),
                    ));
                } else if depth < MAX_DEPTH {
                    pending.push((path, depth + 1));
                }
                continue;
            }
            if !is_yaml(&name) {
                continue;
            }
            met += 1;
            if met > MAX_FILES {
                problems.push(Diagnostic::new(
                    &shown_root,
                    None,
                    message!("kb-folder-too-many-files", limit = MAX_FILES),
                ));
                return Err(problems);
            }
            match read_file(&path) {
                Ok(text) => {
                    total += text.len() as u64;
                    if total > MAX_TOTAL_BYTES {
                        problems.push(Diagnostic::new(
                            &shown_root,
                            None,
                            message!("kb-folder-too-large", limit = MAX_TOTAL_BYTES >> 20),
                        ));
                        return Err(problems);
                    }
                    files.push(SourceFile {
                        shown,
                        relative: relative(root, &path),
                        text,
                    });
                }
                Err((position, message)) => {
                    problems.push(Diagnostic::new(&shown, position, message));
                    let lossy = read_lossy(&path);
                    let read = lossy.is_some();
                    let text = lossy.unwrap_or_default();
                    let file = SourceFile {
                        shown,
                        relative: relative(root, &path),
                        text,
                    };
                    unreadable.push((file, read));
                }
            }
        }
    }
    Ok(Walk {
        files,
        unreadable,
        problems,
    })
}

/// A file's path inside the knowledge-base folder, with `/` separators.
fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
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
