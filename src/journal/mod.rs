//! The journal: one row per finished session and one per search that found nothing, in an
//! SQLite file that several agents' processes and the server's workers write at once. What an
//! employee typed is redacted before it is written.

pub mod cli;
mod entry;
mod redact;
mod schema;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, ErrorCode, OpenFlags, params};

use crate::kb::t;
use crate::lang::Lang;

pub use entry::{Channel, Ended, Feedback, Search, SessionRow, lang_code};
pub use redact::{masks_in, redact, without_masks};

/// How long a write waits for another writer before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Where the employee's feedback on a web session's key landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Landed {
    /// On the session of that key.
    On,
    /// On a new session: the key's session gave other answers.
    New,
    /// Nowhere: the journal has no session of that key.
    Nowhere,
}

/// An open journal, ready to record.
#[derive(Debug)]
pub struct Journal {
    connection: Connection,
    path: PathBuf,
}

/// Why the journal cannot be opened, read or written. The session's result is shown whatever
/// this is; only its row is missing.
#[derive(Debug)]
pub enum JournalError {
    /// The file is there but is not an SQLite database (or is damaged).
    NotADatabase,
    /// A database, but not a journal of this program.
    NotAJournal,
    /// A journal written by a newer version of the program.
    Newer { found: i64 },
    /// Other writers held it longer than the busy timeout.
    Busy,
    /// The file or its folder cannot be written.
    ReadOnly,
    /// The disk (or the file size limit) is full, or writing failed.
    Full,
    /// The file cannot be opened or made (no such folder, no permission…).
    CannotOpen,
    /// A journal to read is not there.
    Missing,
    /// The path names a folder.
    Folder,
    /// An SQLite file with nothing in it yet: a journal copied without its write-ahead log
    /// (`-wal`), whose rows are still in that file.
    Empty,
    /// Anything else SQLite reports.
    Other(String),
}

impl From<rusqlite::Error> for JournalError {
    fn from(error: rusqlite::Error) -> Self {
        let code = error.sqlite_error_code();
        match code {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => JournalError::NotADatabase,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => JournalError::Busy,
            Some(ErrorCode::ReadOnly) => JournalError::ReadOnly,
            // Writes past a full disk or a file size limit fail as I/O errors in the log.
            Some(ErrorCode::DiskFull | ErrorCode::TooBig | ErrorCode::SystemIoFailure) => JournalError::Full,
            Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => JournalError::CannotOpen,
            _ => JournalError::Other(error.to_string()),
        }
    }
}

/// The error with the journal's path, as the commands report it.
#[derive(Debug)]
pub struct Failed {
    pub path: PathBuf,
    pub error: JournalError,
    /// Whether the command only reads the journal (`stats`): its reader is not told to move the
    /// file away, which would leave nothing to read.
    pub reading: bool,
}

impl Failed {
    /// What becomes of an error of SQLite's while reading the journal at `path`.
    pub fn reading(path: &Path) -> impl Fn(rusqlite::Error) -> Failed + Copy + '_ {
        move |error| Failed {
            path: path.to_owned(),
            error: error.into(),
            reading: true,
        }
    }

    /// What the reader is told, in `lang`: what is wrong and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let path = self.path.display().to_string();
        match &self.error {
            JournalError::NotADatabase if self.reading => t!(lang, "error-journal-not-a-database-read", path = path),
            JournalError::NotADatabase => t!(lang, "error-journal-not-a-database", path = path),
            JournalError::NotAJournal => t!(lang, "error-journal-not-a-journal", path = path),
            JournalError::Newer { found } => t!(lang, "error-journal-newer", path = path, found = found.to_string()),
            JournalError::Busy => t!(
                lang,
                "error-journal-busy",
                path = path,
                seconds = BUSY_TIMEOUT.as_secs()
            ),
            JournalError::ReadOnly => t!(lang, "error-journal-read-only", path = path),
            JournalError::Full => t!(lang, "error-journal-full", path = path),
            JournalError::CannotOpen => t!(lang, "error-journal-cannot-open", path = path),
            JournalError::Missing => t!(lang, "error-journal-missing", path = path),
            JournalError::Folder => t!(lang, "error-journal-folder", path = path),
            JournalError::Empty => t!(lang, "error-journal-empty", path = path),
            JournalError::Other(error) => t!(lang, "error-journal-other", path = path, error = error),
        }
    }
}

impl Journal {
    /// Opens the journal at `path` for writing, creating it (not its folder) when missing and
    /// bringing an older one up to date. Never recreates or truncates an existing file.
    pub fn open(path: &Path) -> Result<Journal, Failed> {
        if path.is_dir() {
            return Err(Failed {
                path: path.to_owned(),
                error: JournalError::Folder,
                reading: false,
            });
        }
        create_private(path);
        let failed = |error| Failed {
            path: path.to_owned(),
            error: match error {
                // SQLite cannot tell why it could not open: a file or folder that cannot be
                // written is the likely case worth naming.
                JournalError::CannotOpen if path.exists() && !writable(path) => JournalError::ReadOnly,
                error => error,
            },
            reading: false,
        };
        let mut connection = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| failed(e.into()))?;
        connection.busy_timeout(BUSY_TIMEOUT).map_err(|e| failed(e.into()))?;
        // Before anything is written: a file of something else is left exactly as it is.
        schema::check_ours(&connection).map_err(failed)?;
        // A file SQLite could open only to read (immutable, or on a read-only mount) is said now,
        // not at the first row.
        if connection.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
            return Err(failed(JournalError::ReadOnly));
        }
        configure(&connection).map_err(failed)?;
        schema::migrate(&mut connection).map_err(failed)?;
        Ok(Journal {
            connection,
            path: path.to_owned(),
        })
    }

    /// Where the journal is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records a finished (or abandoned) session. Its text is redacted here.
    pub fn record(&self, row: &SessionRow) -> Result<(), Failed> {
        let text = row.text.as_deref().map(redact);
        self.connection
            .execute(
                "INSERT INTO sessions (at, channel, kb_version, lang, answers, said, matched, text, outcome,
                                       solutions, stopped_at, questions, feedback, token)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                 ON CONFLICT (token) DO NOTHING",
                params![
                    row.at,
                    row.channel.as_str(),
                    row.kb_version,
                    row.lang,
                    row.answers,
                    row.said,
                    row.matched,
                    text.as_deref(),
                    row.ended.as_str(),
                    row.solutions,
                    row.stopped_at,
                    i64::try_from(row.questions).unwrap_or(i64::MAX),
                    row.feedback.map(Feedback::as_str),
                    row.token,
                ],
            )
            .map(drop)
            .map_err(|e| self.failed(e.into()))
    }

    /// Records the employee's feedback on the web session `token`, when that session gave the
    /// answers and concluded what `row` did. A session of that key with other answers (its URL
    /// altered, or kept with the key and finished differently) keeps its own: `row` is recorded
    /// with the feedback under `row`'s key instead. A key the journal does not have records
    /// nothing: keys are the server's to give.
    pub fn feedback(&self, token: &str, feedback: Feedback, row: &SessionRow) -> Result<Landed, Failed> {
        let updated = self
            .connection
            .execute(
                "UPDATE sessions SET feedback = ?1 WHERE token = ?2 AND answers = ?3 AND solutions = ?4",
                params![feedback.as_str(), token, row.answers, row.solutions],
            )
            .map_err(|e| self.failed(e.into()))?;
        if updated > 0 {
            return Ok(Landed::On);
        }
        let known: bool = self
            .connection
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sessions WHERE token = ?1)",
                [token],
                |r| r.get(0),
            )
            .map_err(|e| self.failed(e.into()))?;
        if !known {
            return Ok(Landed::Nowhere);
        }
        self.record(&SessionRow {
            feedback: Some(feedback),
            ..row.clone()
        })?;
        Ok(Landed::New)
    }

    /// Records a search that found nothing. Its text is redacted here.
    pub fn search(&self, search: &Search) -> Result<(), Failed> {
        self.connection
            .execute(
                "INSERT INTO searches (at, channel, kb_version, lang, text) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    search.at,
                    search.channel.as_str(),
                    search.kb_version,
                    search.lang,
                    redact(search.text).as_ref(),
                ],
            )
            .map(drop)
            .map_err(|e| self.failed(e.into()))
    }

    fn failed(&self, error: JournalError) -> Failed {
        Failed {
            path: self.path.clone(),
            error,
            reading: false,
        }
    }
}

/// Makes a new journal file readable by its owner alone (SQLite gives its log files the same
/// mode): it holds what employees typed. An existing file, or one that cannot be made here, is
/// left to SQLite, which says what is wrong.
fn create_private(path: &Path) {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let _ = options.open(path);
}

/// Whether the journal at `path` and its folder (which holds the write-ahead log) can be
/// written, read-only file systems included.
fn writable(path: &Path) -> bool {
    let file = std::fs::OpenOptions::new().append(true).open(path).is_ok();
    file && path.parent().is_none_or(folder_writable)
}

#[cfg(unix)]
fn folder_writable(folder: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let Ok(name) = std::ffi::CString::new(folder.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: access only reads the NUL-terminated path it is given.
    unsafe { libc::access(name.as_ptr(), libc::W_OK) == 0 }
}

#[cfg(not(unix))]
fn folder_writable(_: &Path) -> bool {
    true
}

/// Opens a journal to read, never to write: `stats` may read the journal of a server that is
/// writing it.
pub fn open_to_read(path: &Path) -> Result<Connection, Failed> {
    let failed = |error| Failed {
        path: path.to_owned(),
        error,
        reading: true,
    };
    // A missing file would be created empty by SQLite: say it is missing instead.
    if !path.exists() {
        return Err(failed(JournalError::Missing));
    }
    if path.is_dir() {
        return Err(failed(JournalError::Folder));
    }
    let connection =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .map_err(|e| failed(e.into()))?;
    connection.busy_timeout(BUSY_TIMEOUT).map_err(|e| failed(e.into()))?;
    schema::check_readable(&connection).map_err(failed)?;
    Ok(connection)
}

/// Several writers at once: write-ahead log, a busy timeout, and a write to disk at each
/// checkpoint rather than each row (a row is lost only if the machine itself fails).
fn configure(connection: &Connection) -> Result<(), JournalError> {
    let mode: String = connection.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        // A read-only folder cannot hold the log beside the file.
        return Err(JournalError::ReadOnly);
    }
    connection.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

/// Now, in seconds since 1970 UTC, as rows record it.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// The journal `serve` writes when none is given: `journal.sqlite3` in the program's data
/// folder (`$XDG_DATA_HOME/wecom-help`, else `~/.local/share/wecom-help`), created if needed.
pub fn default_path() -> Option<PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        // The base directory specification ignores a relative path.
        .filter(|d| d.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| Path::new(&h).join(".local/share"))
        })?;
    Some(data.join("wecom-help").join("journal.sqlite3"))
}
