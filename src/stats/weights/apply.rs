//! `stats --weights --apply`: the entry files rewritten together or not at all. Every new text
//! is written to a temporary file beside its file first; only when all are written are they
//! renamed into place, each rename replacing one whole file.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::os_message;
use crate::kb::{Message, message};

/// One file's change.
#[derive(Debug, Clone)]
pub struct Change {
    /// The file, as read.
    pub path: PathBuf,
    /// The path as shown in messages.
    pub shown: String,
    /// The path relative to the knowledge-base folder, with `/`.
    pub relative: String,
    pub old: String,
    pub new: String,
}

/// Writes every change's new text, or none: a file or folder marked read-only, or a file that
/// cannot be written, stops it before any file is replaced. Should a rename fail after others
/// succeeded, those are put back as they were.
pub fn write(changes: &[Change]) -> Result<(), Message> {
    let targets = changes.iter().map(target).collect::<Result<Vec<_>, _>>()?;
    // Dropped, that is removed, on every failure below.
    let temporary = (changes.iter().zip(&targets))
        .map(|(change, target)| prepare(target, &change.new).map_err(|e| write_failed(change, &e)))
        .collect::<Result<Vec<_>, _>>()?;
    for (k, file) in temporary.into_iter().enumerate() {
        if let Err(e) = file.persist(&targets[k]) {
            let (path, error) = (changes[k].shown.clone(), os_message(&e.error));
            return Err(match restore(&changes[..k], &targets[..k]) {
                Ok(()) => message!("weights-rename-failed", path = path, error = error),
                Err(left) => message!("weights-not-restored", path = path, error = error, files = left),
            });
        }
    }
    Ok(())
}

/// Puts the old texts back into the files `changes` wrote; the files that could not be, on
/// failure.
pub fn undo(changes: &[Change]) -> Result<(), Vec<String>> {
    let targets: Vec<PathBuf> = (changes.iter())
        .map(|c| target(c).unwrap_or_else(|_| c.path.clone()))
        .collect();
    restore(changes, &targets)
}

/// Writes each change's old text back to its target; the files that could not be, on failure.
fn restore(changes: &[Change], targets: &[PathBuf]) -> Result<(), Vec<String>> {
    let put_back = |change: &Change, target: &PathBuf| {
        prepare(target, &change.old).and_then(|file| file.persist(target).map(drop).map_err(|e| e.error))
    };
    let left: Vec<String> = (changes.iter().zip(targets))
        .filter(|(change, target)| put_back(change, target).is_err())
        .map(|(change, _)| change.shown.clone())
        .collect();
    if left.is_empty() { Ok(()) } else { Err(left) }
}

/// The file to replace: the path read, or the file a symbolic link there points to (the link
/// stays). Refused when it or its folder is marked read-only: the maintainer said not to
/// change it, and a rename would not ask.
fn target(change: &Change) -> Result<PathBuf, Message> {
    let path = &change.path;
    let link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let target = if link {
        fs::canonicalize(path).map_err(|e| write_failed(change, &e))?
    } else {
        path.clone()
    };
    let meta = fs::metadata(&target).map_err(|e| write_failed(change, &e))?;
    if meta.permissions().readonly() {
        return Err(message!("weights-read-only", path = change.shown.clone()));
    }
    let folder = folder(&target);
    let meta = fs::metadata(folder).map_err(|e| write_failed(change, &e))?;
    if meta.permissions().readonly() {
        return Err(message!("weights-read-only", path = folder.display().to_string()));
    }
    Ok(target)
}

/// `text` in a temporary file beside `target`, with `target`'s permissions, flushed to disk;
/// removed again if dropped before it is renamed.
fn prepare(target: &Path, text: &str) -> std::io::Result<NamedTempFile> {
    let permissions = fs::metadata(target)?.permissions();
    let mut file = tempfile::Builder::new()
        .prefix(".wecom-help-")
        .suffix(".tmp")
        .tempfile_in(folder(target))?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    fs::set_permissions(file.path(), permissions)?;
    Ok(file)
}

fn write_failed(change: &Change, error: &std::io::Error) -> Message {
    message!(
        "weights-write-failed",
        path = change.shown.clone(),
        error = os_message(error)
    )
}

/// The folder `path` is in; `.` for a bare file name.
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// A temporary file that cannot be made is said by the system's kind of error, in the
    /// reader's language, without the temporary file's name.
    #[test]
    fn a_failed_write_is_said_without_the_temporary_file() {
        let folder = tempfile::tempdir().unwrap();
        let missing = folder.path().join("gone");
        let error = tempfile::Builder::new()
            .suffix(".tmp")
            .tempfile_in(&missing)
            .unwrap_err();
        assert!(error.to_string().contains("gone"), "{error}");
        let change = Change {
            path: missing.join("01.yaml"),
            shown: "entries/01.yaml".into(),
            relative: "entries/01.yaml".into(),
            old: String::new(),
            new: String::new(),
        };
        let zh = write_failed(&change, &error).render(Lang::Zh);
        assert_eq!(
            zh,
            "写入 entries/01.yaml 时出错（找不到这个文件或文件夹）。没有改动任何文件。"
        );
        let en = write_failed(&change, &error).render(Lang::En);
        assert!(!en.contains("gone") && !en.contains("os error"), "{en}");
    }
}
