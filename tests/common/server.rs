//! `wecom-help serve` started as a process on a port the system chooses.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Stdio};
use std::time::Duration;

/// A running server and the address it printed.
pub struct Server {
    child: Child,
    pub address: SocketAddr,
    stderr: BufReader<std::process::ChildStderr>,
    /// The folder of the server's journal.
    pub folder: tempfile::TempDir,
}

impl Server {
    /// Starts `wecom-help serve` on a port the system chooses.
    pub fn start() -> Server {
        Self::start_with(&[])
    }

    /// Starts `wecom-help serve` on a port the system chooses, recording in a journal of its
    /// own, with the environment variables `env`.
    pub fn start_with(env: &[(&str, &str)]) -> Server {
        let folder = tempfile::tempdir().expect("a folder for the journal");
        let journal = folder.path().join("journal.sqlite3");
        let mut child = super::command(&["serve", "--bind", "127.0.0.1:0", "--journal"])
            .arg(&journal)
            .envs(env.iter().copied())
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("start wecom-help serve");
        let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
        let mut line = String::new();
        stderr.read_line(&mut line).expect("the first line");
        let mut journal_line = String::new();
        stderr.read_line(&mut journal_line).expect("the journal's line");
        assert!(journal_line.contains("journal.sqlite3"), "{journal_line:?}");
        let start = line.find("http://").unwrap_or_else(|| panic!("no address in {line:?}")) + "http://".len();
        let end = start + line[start..].find('/').expect("the address ends with /");
        Server {
            address: line[start..end].parse().expect("an address"),
            child,
            stderr,
            folder,
        }
    }

    pub fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(self.address).expect("connect");
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        stream
    }

    /// Sends `head` (a request without its final blank line) and reads the whole response.
    pub fn exchange(&self, head: &str) -> String {
        let mut stream = self.connect();
        write!(stream, "{head}Connection: close\r\n\r\n").expect("send");
        let mut response = Vec::new();
        stream.read_to_end(&mut response).expect("the response");
        String::from_utf8_lossy(&response).into_owned()
    }

    /// Sends SIGTERM; the exit code and what was printed on standard error after the address.
    pub fn terminate(mut self) -> (Option<i32>, String) {
        // SAFETY: kill has no memory effects; the pid is our child's, not yet waited for.
        assert_eq!(unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) }, 0);
        let status = self.child.wait().expect("wait");
        let mut rest = String::new();
        self.stderr.read_to_string(&mut rest).expect("stderr");
        (status.code(), rest)
    }
}
