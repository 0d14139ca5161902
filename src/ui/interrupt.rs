//! Leaving on a signal: Ctrl-C, SIGTERM or SIGHUP while the wizard or the picker runs ends the
//! program with the terminal as it was found.

use std::io::{self, Write};

use crate::error::Error;
use crate::lang::Lang;

/// Ctrl-C (and SIGTERM, SIGHUP) outside a prompt's key reading still restores the cursor and
/// exits with 130. Needed wherever a prompt runs: a prompt that reads Ctrl-C raises SIGINT,
/// which would otherwise kill the process with the cursor still hidden.
pub fn install_handler(lang: Lang) {
    let _ = ctrlc::set_handler(move || interrupted(lang));
}

/// What to do last, before a signal ends the program: record the session it ends.
type LastWords = Box<dyn FnOnce() + Send>;

static LAST_WORDS: std::sync::Mutex<Option<LastWords>> = std::sync::Mutex::new(None);

/// Sets (or, with `None`, clears) what is done before a signal ends the program, once the
/// terminal is restored.
pub fn set_last_words(words: Option<LastWords>) {
    *LAST_WORDS.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = words;
}

/// Restores the cursor, says "interrupted" once, restores the terminal's modes and exits with
/// 130.
///
/// Ctrl-C in a prompt reaches both the signal handler and the prompt (as an `Interrupted`
/// error on the main thread); whichever calls this first reports it and exits while holding
/// the lock, so the other never prints. Writing may fail (after a hang-up the terminal is gone):
/// that is ignored, where `eprintln!` would panic, which on the handler's thread would leave the
/// process running.
///
/// Last, what [`set_last_words`] set is done.
pub fn interrupted(lang: Lang) -> ! {
    static REPORTED: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
    let mut reported = REPORTED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if !*reported {
        *reported = true;
        let term = console::Term::stderr();
        if term.is_term() {
            let _ = crate::ui::show_cursor(&term);
        }
        let _ = writeln!(io::stderr(), "\n{}", Error::Interrupted.message(lang));
    }
    // Last, just before exiting: the signal may have come while a prompt on the main thread
    // had the terminal in raw mode for a key, and it must not be left so.
    crate::ui::modes::restore();
    let words = LAST_WORDS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take();
    if let Some(words) = words {
        words();
    }
    std::process::exit(crate::error::EXIT_INTERRUPTED)
}
