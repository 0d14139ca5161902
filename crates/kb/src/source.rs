//! Where knowledge-base files come from: the copy embedded in the binary, or a folder on disk.

use std::fs;
use std::path::{Path, PathBuf};

use super::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::load::{MAX_PROBLEMS, Seen, UnreadFile};
use crate::message;
use crate::os::os_message;
use crate::printable::printable;
use crate::read::{MAX_TOTAL_BYTES, Refused, read_file};

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
    let walk = walk(dir)?;
    if walk.problems.is_empty() {
        Ok(walk.files)
    } else {
        Err(listed(dir, walk.problems))
    }
}

/// Problems sorted by path and line, the first [`MAX_PROBLEMS`] listed and the rest only counted.
fn listed(dir: &Path, mut problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    problems.sort_by(|a, b| (&a.file, a.position).cmp(&(&b.file, b.position)));
    let unlisted = problems.len().saturating_sub(MAX_PROBLEMS);
    if unlisted > 0 {
        problems.truncate(MAX_PROBLEMS);
        let summary = message!("kb-more-problems", count = unlisted);
        problems.push(Diagnostic::unlisted(dir.display().to_string(), unlisted, summary));
    }
    problems
}

/// The YAML files of a knowledge-base folder, each read or not, sorted by relative path.
#[derive(Debug, Default)]
pub struct Walk {
    pub files: Vec<SourceFile>,
    /// Files that could not be read as text, with what the checks need of what could be made
    /// out of them: left out of the checks, but what they may hold is taken into account.
    pub unreadable: Vec<UnreadFile>,
    /// Why those files, or folders below, could not be read.
    pub problems: Vec<Diagnostic>,
}

/// Reads every YAML file of a knowledge-base folder it can, and says why it could not read the
/// others; refuses a folder it cannot read at all, or one too large to read (with the problems
/// met so far, listed as [`read`] lists them).
pub fn walk(dir: &Path) -> Result<Walk, Vec<Diagnostic>> {
    let mut walk = read_dir(dir, MAX_TOTAL_BYTES).map_err(|problems| listed(dir, problems))?;
    walk.files.sort_by(|a, b| a.relative.cmp(&b.relative));
    walk.unreadable.sort_by(|a, b| a.relative.cmp(&b.relative));
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

/// Reads a folder as [`walk`] does, refusing it once what is kept of its files passes `max_total`
/// bytes.
fn read_dir(root: &Path, max_total: u64) -> Result<Walk, Vec<Diagnostic>> {
    let shown_root = root.display().to_string();
    let meta = fs::metadata(root).map_err(|e| {
        vec![Diagnostic::new(
            &shown_root,
            None,
            match e.kind() {
                std::io::ErrorKind::NotFound => message!("kb-folder-missing"),
                _ => message!("kb-folder-unopenable", error = os_message(&e)),
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
    // A file counts toward the total if something is kept of it: its text, or what could be
    // made out of it when it is not UTF-8 (binary files are dropped, and not counted).
    let too_large = |problems: &mut Vec<Diagnostic>| {
        problems.push(Diagnostic::new(
            &shown_root,
            None,
            message!("kb-folder-too-large", limit = max_total >> 20),
        ));
    };
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
                        _ => message!("kb-folder-unreadable", error = os_message(&e)),
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
                    if total > max_total {
                        too_large(&mut problems);
                        return Err(problems);
                    }
                    files.push(SourceFile {
                        shown,
                        relative: relative(root, &path),
                        text,
                    });
                }
                Err(Refused {
                    position,
                    message,
                    lossy,
                    size,
                }) => {
                    problems.push(Diagnostic::new(&shown, position, message));
                    if lossy.is_some() {
                        total += size;
                        if total > max_total {
                            too_large(&mut problems);
                            return Err(problems);
                        }
                    }
                    unreadable.push(UnreadFile {
                        shown,
                        relative: relative(root, &path),
                        seen: lossy.as_deref().map(Seen::of),
                    });
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

    #[test]
    fn a_folder_that_cannot_be_opened_is_said_in_the_language_asked_for() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.yaml"), "id: 1\n").unwrap();
        let problems = walk(&dir.path().join("a.yaml/kb")).unwrap_err();
        assert_eq!(problems[0].message.id(), "kb-folder-unopenable");
        let zh = problems[0].message.render(Lang::Zh);
        assert!(
            zh.contains("路径里有一部分不是文件夹") && !zh.contains("os error"),
            "{zh}"
        );
    }

    /// Of a file that is not UTF-8, only its number and words are kept, and they count toward
    /// the total; a binary file is dropped, and counts for nothing.
    #[test]
    fn what_is_kept_of_unreadable_files_counts_toward_the_total() {
        let dir = tempfile::tempdir().unwrap();
        // "禁用" in GBK.
        let gbk = [
            b"id: 7\nfacts: {x: true}\ntitle: ".as_slice(),
            &[0xBD, 0xFB, 0xD3, 0xC3],
            b"\n",
        ]
        .concat();
        fs::write(dir.path().join("a.yaml"), &gbk).unwrap();
        fs::write(dir.path().join("b.yaml"), [0u8; 4000]).unwrap();
        let walk = read_dir(dir.path(), gbk.len() as u64).unwrap();
        assert_eq!(walk.problems.len(), 2);
        walk.unreadable
            .iter()
            .for_each(|f| assert!(f.seen.is_none() == (f.relative == "b.yaml")));
        let seen = walk.unreadable.iter().find_map(|f| f.seen.as_ref()).unwrap();
        assert_eq!(*seen, Seen::of("id: 7\nfacts: {x: true}\ntitle: \u{fffd}\u{fffd}\n"));
        fs::write(dir.path().join("c.yaml"), &gbk).unwrap();
        let problems = read_dir(dir.path(), gbk.len() as u64).unwrap_err();
        assert!(
            problems.iter().any(|p| p.message.id() == "kb-folder-too-large"),
            "{problems:?}"
        );
    }
}
