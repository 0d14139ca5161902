//! The journal's tables and the migrations that bring a journal of any earlier version to the
//! current one. The version is SQLite's `user_version`.

use rusqlite::{Connection, TransactionBehavior};

use super::JournalError;

/// The migrations in order: the journal at version N has had the first N applied.
const MIGRATIONS: &[&str] = &[
    // Version 1. Lists are comma-separated ids: small, and read without a parser.
    "CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        -- Seconds since 1970-01-01 UTC.
        at INTEGER NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('cli', 'web')),
        kb_version TEXT NOT NULL,
        lang TEXT NOT NULL,
        -- question=answer, in the order given: yes, no, unsure; for a choice the option's id,
        -- none or unsure.
        answers TEXT NOT NULL,
        -- The questions the description answered.
        said TEXT NOT NULL,
        -- The solutions the description's words matched best, best first.
        matched TEXT NOT NULL,
        -- What the employee typed, redacted; NULL without a description.
        text TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('found', 'not_covered', 'abandoned')),
        -- The solutions concluded, best first.
        solutions TEXT NOT NULL,
        -- The question a session was abandoned at.
        stopped_at TEXT,
        -- Questions the caller answered (not those the description did).
        questions INTEGER NOT NULL,
        feedback TEXT CHECK (feedback IN ('solved', 'not_solved')),
        -- A web session's key, which its feedback names.
        token TEXT UNIQUE
    );
    CREATE INDEX sessions_at ON sessions (at);
    CREATE TABLE searches (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('cli', 'web')),
        kb_version TEXT NOT NULL,
        lang TEXT NOT NULL,
        -- What was searched for, redacted. Only searches that found nothing are kept.
        text TEXT NOT NULL
    );
    CREATE INDEX searches_at ON searches (at);",
];

/// The version this program writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the journal to [`VERSION`] in one write transaction, which also proves it can be
/// written: a read-only, locked or foreign file is refused here, before any session starts.
pub fn migrate(connection: &mut Connection) -> Result<(), JournalError> {
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: i64 = transaction.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > VERSION {
        return Err(JournalError::Newer { found });
    }
    for (version, migration) in MIGRATIONS.iter().enumerate().skip(found.max(0) as usize) {
        transaction.execute_batch(migration)?;
        transaction.pragma_update(None, "user_version", version as i64 + 1)?;
    }
    transaction.commit()?;
    Ok(())
}

/// Checks, reading only, that the file is empty, or a journal this program can write: a
/// database of something else (tables but no version), or of a newer version, is refused.
pub fn check_ours(connection: &Connection) -> Result<(), JournalError> {
    // One statement, one snapshot: another process may be making the journal meanwhile.
    let (found, tables): (i64, i64) = connection.query_row(
        "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    match found {
        0 if tables > 0 => Err(JournalError::NotAJournal),
        f if f > VERSION => Err(JournalError::Newer { found }),
        _ => Ok(()),
    }
}

/// Checks that a journal opened for reading is one this program can read.
pub fn check_readable(connection: &Connection) -> Result<(), JournalError> {
    let (found, tables): (i64, i64) = connection.query_row(
        "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    match found {
        0 if tables == 0 => Err(JournalError::Empty),
        0 => Err(JournalError::NotAJournal),
        f if f > VERSION => Err(JournalError::Newer { found }),
        _ => Ok(()),
    }
}
