//! What went wrong in an operation of the system (a file, a folder, a port), said by its kind in
//! the reader's language.

use std::io;

use crate::catalog::Message;
use crate::lang::Lang;
use crate::message;

/// What went wrong in an operation of the system, in `lang`, by its kind: never the system's
/// English words where the catalog has the kind, and never the name of a temporary file (which
/// `tempfile` puts into its errors); the system's own text only for kinds the catalog lacks.
pub fn os(error: &io::Error, lang: Lang) -> String {
    os_message(error).render(lang)
}

/// [`os`], to be said later in a language not yet known.
pub fn os_message(error: &io::Error) -> Message {
    use io::ErrorKind::*;
    match error.kind() {
        NotFound => message!("error-os-not-found"),
        PermissionDenied => message!("error-os-permission-denied"),
        AlreadyExists => message!("error-os-already-exists"),
        AddrInUse => message!("error-os-address-in-use"),
        AddrNotAvailable => message!("error-os-address-not-available"),
        ReadOnlyFilesystem => message!("error-os-read-only"),
        StorageFull => message!("error-os-no-space"),
        QuotaExceeded => message!("error-os-quota"),
        FileTooLarge => message!("error-os-too-large"),
        NotADirectory => message!("error-os-not-a-folder"),
        IsADirectory => message!("error-os-is-a-folder"),
        InvalidFilename => message!("error-os-bad-name"),
        _ => message!("error-os-other", text = innermost(error).to_string()),
    }
}

/// The error `error` wraps, if it wraps one (a temporary file's error wraps the system's and adds
/// the file's name), else `error` itself.
fn innermost(error: &io::Error) -> &io::Error {
    let inner = (error.get_ref())
        .and_then(|e| std::error::Error::source(e))
        .and_then(|e| e.downcast_ref::<io::Error>());
    inner.map_or(error, innermost)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_of_the_system_is_said_by_its_kind_without_the_temporary_name() {
        let error = tempfile::Builder::new()
            .prefix(".wecom-help-")
            .tempfile_in("/nonexistent/folder")
            .unwrap_err();
        assert!(error.to_string().contains(".wecom-help-"), "{error}");
        assert_eq!(os(&error, Lang::Zh), "找不到这个文件或文件夹");
        assert_eq!(os(&error, Lang::En), "no such file or folder");
    }

    /// An error that names a temporary file and wraps the system's, as `tempfile`'s do.
    #[derive(Debug)]
    struct Named(io::Error);

    impl std::fmt::Display for Named {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{} at path \"/tmp/.wecom-help-x1y2\"", self.0)
        }
    }

    impl std::error::Error for Named {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn a_kind_the_catalog_lacks_is_said_in_the_systems_words_without_the_wrappers() {
        let system = io::Error::from(io::ErrorKind::TimedOut);
        let expected = system.to_string();
        let error = io::Error::other(Named(system));
        assert!(error.to_string().contains(".wecom-help-"), "{error}");
        assert_eq!(os(&error, Lang::Zh), expected);
        assert_eq!(os(&error, Lang::En), expected);
    }
}
