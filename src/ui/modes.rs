//! The terminal's modes (line editing, echo), saved before the first prompt and put back on
//! every way out.
//!
//! console switches the terminal to raw mode for each key it reads and back afterwards. A
//! signal handler that exits while a key is being read would leave the agent's shell without
//! echo; it puts the saved modes back first.

/// Saves the modes of the terminal the prompts read keys from, once: later calls keep the
/// first. Nothing is saved when there is no such terminal.
pub fn save() {
    #[cfg(unix)]
    unix::save();
}

/// Puts back the modes saved by `save`, if any. Failing (the terminal is gone) is ignored:
/// there is nothing left to restore.
pub fn restore() {
    #[cfg(unix)]
    unix::restore();
}

#[cfg(unix)]
mod unix {
    use std::fs::File;
    use std::io::{self, IsTerminal};
    use std::os::fd::{AsRawFd, RawFd};
    use std::sync::OnceLock;

    /// The terminal and its modes before the first prompt.
    struct Saved {
        /// The controlling terminal, kept open when standard input is not the terminal.
        tty: Option<File>,
        modes: libc::termios,
    }

    impl Saved {
        fn fd(&self) -> RawFd {
            self.tty.as_ref().map_or(libc::STDIN_FILENO, File::as_raw_fd)
        }
    }

    static SAVED: OnceLock<Option<Saved>> = OnceLock::new();

    pub fn save() {
        SAVED.get_or_init(|| {
            // The terminal console reads keys from: standard input when that is one, else the
            // controlling terminal.
            let tty = match io::stdin().is_terminal() {
                true => None,
                false => Some(File::options().read(true).write(true).open("/dev/tty").ok()?),
            };
            let mut saved = Saved {
                tty,
                // SAFETY: termios is plain data, for which all zeros is a valid value.
                modes: unsafe { std::mem::zeroed() },
            };
            // SAFETY: the descriptor is open and `modes` is a termios to fill.
            let got = unsafe { libc::tcgetattr(saved.fd(), &mut saved.modes) };
            (got == 0).then_some(saved)
        });
    }

    pub fn restore() {
        if let Some(Some(saved)) = SAVED.get() {
            // SAFETY: the descriptor is open and `modes` came from tcgetattr.
            unsafe { libc::tcsetattr(saved.fd(), libc::TCSANOW, &saved.modes) };
        }
    }
}
