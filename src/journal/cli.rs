//! How the command line records: the journal is opened before the work starts, and a journal
//! that cannot be used is said on standard error while the work goes on. The agent's result
//! never waits on the journal.

use std::path::Path;

use super::{Failed, Journal};
use crate::kb::t;
use crate::lang::Lang;
use crate::output::say;

/// The journal at `path`, when one is configured and can be written; a journal that cannot is
/// said (the session is then not recorded).
pub fn open(path: Option<&Path>, lang: Lang) -> Option<Journal> {
    match Journal::open(path?) {
        Ok(journal) => Some(journal),
        Err(failed) => {
            say(&t!(lang, "journal-not-recording", reason = failed.message(lang)));
            None
        }
    }
}

/// Says that what was just done is not in the journal, when writing it failed.
pub fn written(result: Result<(), Failed>, lang: Lang) {
    if let Err(failed) = result {
        say(&t!(lang, "journal-not-recorded", reason = failed.message(lang)));
    }
}
