//! Standard output and standard error as the commands write them.
//!
//! A write that fails does not stop the command: what it still has to do (save a result, return
//! its own exit code) is done. A closed pipe (`| head -1`) ends that stream quietly; any other
//! failure (a full disk) is remembered, and `main` reports it and exits with 2.

use std::io::{self, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// A stream of the process that has stopped taking output.
struct Gone(AtomicBool);

static STDOUT_GONE: Gone = Gone(AtomicBool::new(false));
static STDERR_GONE: Gone = Gone(AtomicBool::new(false));
/// The first failure other than a closed pipe, on either stream.
static FAILURE: Mutex<Option<io::Error>> = Mutex::new(None);

/// Standard output, failing quietly (see the module).
pub fn stdout() -> Guarded<io::Stdout> {
    Guarded {
        inner: io::stdout(),
        gone: &STDOUT_GONE,
    }
}

/// Standard error, failing quietly (see the module).
pub fn stderr() -> Guarded<io::Stderr> {
    Guarded {
        inner: io::stderr(),
        gone: &STDERR_GONE,
    }
}

/// A line on standard error. Not `eprintln!`, which panics when standard error is closed or full.
pub fn say(line: &str) {
    let _ = writeln!(stderr(), "{line}");
}

/// The first failure to write output other than a closed pipe, taken: `main` reports it once.
pub fn take_failure() -> Option<io::Error> {
    FAILURE.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take()
}

/// A standard stream whose writes never fail: after a failure the rest is dropped.
pub struct Guarded<W> {
    inner: W,
    gone: &'static Gone,
}

impl<W> Guarded<W> {
    /// Notes the failure and stops the stream.
    fn failed(&self, error: io::Error) {
        self.gone.0.store(true, Ordering::Relaxed);
        if error.kind() != io::ErrorKind::BrokenPipe {
            let mut first = FAILURE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            first.get_or_insert(error);
        }
    }
}

impl<W: Write> Write for Guarded<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.gone.0.load(Ordering::Relaxed) {
            return Ok(buf.len());
        }
        loop {
            match self.inner.write(buf) {
                Ok(0) if !buf.is_empty() => {
                    self.failed(io::ErrorKind::WriteZero.into());
                    return Ok(buf.len());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.failed(e);
                    return Ok(buf.len());
                }
                written => return written,
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.gone.0.load(Ordering::Relaxed)
            && let Err(e) = self.inner.flush()
        {
            self.failed(e);
        }
        Ok(())
    }
}
