//! `diagnose --save`: where the result goes, checked before the first question, and written so
//! that it is never lost or mixed: into a temporary file in the same folder, renamed into place.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::cli::Save;
use crate::error::Error;

/// Checks that the result can be saved where `save` says, before anything is asked: the file
/// may be created (or, with `--force`, replaced), and its folder takes new files.
pub fn check(save: &Save) -> Result<(), Error> {
    let target = target(save)?;
    // The folder exists and takes a new file: the only sure test is to create one.
    tempfile::Builder::new()
        .prefix(".wecom-help-")
        .tempfile_in(folder(&target))
        .map(drop)
        .map_err(|error| Error::SaveFolder {
            path: shown(save),
            folder: folder(&target).display().to_string(),
            error,
        })
}

/// Writes `bytes` to the file `save` names. A reader sees the old file or the whole new one,
/// never a part; on failure nothing is left behind; two writers never mix.
pub fn write(save: &Save, bytes: &[u8]) -> Result<(), Error> {
    // Checked again: the file may have been created, or the folder removed, while the wizard ran.
    let target = target(save)?;
    let failed = |error| Error::Save {
        path: shown(save),
        error,
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".wecom-help-").suffix(".tmp");
    // As a file created directly would be: readable as the umask allows, not only by its owner.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    // Removed when dropped, that is on every failure below.
    let mut file = builder.tempfile_in(folder(&target)).map_err(failed)?;
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .map_err(failed)?;
    let persisted = if save.force {
        file.persist(&target)
    } else {
        // Without --force, never replace a file, even one created while the wizard ran.
        file.persist_noclobber(&target)
    };
    persisted.map(drop).map_err(|e| match e.error.kind() {
        io::ErrorKind::AlreadyExists if !save.force => Error::WouldOverwrite { path: shown(save) },
        _ => failed(e.error),
    })
}

/// The path as the agent gave it, for messages.
fn shown(save: &Save) -> String {
    save.path.display().to_string()
}

/// The file to write: the path given, or the file a symbolic link there points to (the link
/// stays). Refuses a link to nothing, something other than a file, and an existing file
/// without `--force`.
fn target(save: &Save) -> Result<PathBuf, Error> {
    let path = &save.path;
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(path.clone()),
        Err(error) => {
            return Err(Error::Save {
                path: shown(save),
                error,
            });
        }
    };
    let target = if meta.file_type().is_symlink() {
        fs::canonicalize(path).map_err(|_| Error::SaveDangling { path: shown(save) })?
    } else {
        path.clone()
    };
    // A folder, a device or a pipe would be replaced by the rename, not written into.
    if !fs::metadata(&target).is_ok_and(|m| m.is_file()) {
        return Err(Error::SaveNotFile { path: shown(save) });
    }
    if !save.force {
        return Err(Error::WouldOverwrite { path: shown(save) });
    }
    Ok(target)
}

/// The folder `path` is in; `.` for a bare file name.
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}
