//! `wecom-help serve` as a process: it says where it listens, answers over a real socket with
//! its limits and timeouts, and stops on SIGTERM with exit code 0.

mod common;

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use common::server::Server;

#[test]
fn serves_over_a_socket_and_stops_on_sigterm() {
    let server = Server::start();
    assert!(server.address.ip().is_loopback());
    let health = server.exchange("GET /health HTTP/1.1\r\nHost: x\r\n");
    assert!(
        health.starts_with("HTTP/1.1 200 OK\r\n") && health.ends_with("\r\n\r\nok\n"),
        "{health}"
    );
    // A result reached by answering is recorded in the journal under a key, then shown at its
    // URL with the key.
    let recorded = server.exchange(
        "GET /diagnose?a=has_message,msg_disabled&end=1 HTTP/1.1\r\nHost: x\r\nSec-Fetch-Site: same-origin\r\n",
    );
    assert!(recorded.starts_with("HTTP/1.1 303 See Other\r\n"), "{recorded}");
    let location = header(&recorded, "location");
    assert!(
        location.starts_with("/diagnose?a=has_message,msg_disabled&s="),
        "{location}"
    );
    let page = server.exchange(&format!("GET {location} HTTP/1.1\r\nHost: x\r\n"));
    assert!(
        page.starts_with("HTTP/1.1 200 OK\r\n") && page.contains("问题解决了吗？"),
        "{page}"
    );
    // A page asked for again is sent as it was (kept once rendered).
    let question = "GET /diagnose?a=has_message HTTP/1.1\r\nHost: x\r\n";
    let body = |response: &str| response.split_once("\r\n\r\n").map(|(_, b)| b.to_owned());
    assert_eq!(body(&server.exchange(question)), body(&server.exchange(question)));
    // A finished diagnosis is logged in one line, without what the employee wrote, when 解决了
    // is pressed (the page after it, fetched, logs nothing); a result "not covered" each time
    // it is shown, though the page is the same.
    let solved = server
        .exchange("POST /solved?a=has_message,msg_disabled&m=secret HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n");
    assert!(solved.starts_with("HTTP/1.1 303 See Other\r\n"), "{solved}");
    let location = header(&solved, "location");
    server.exchange(&format!("GET {location} HTTP/1.1\r\nHost: x\r\n"));
    for _ in 0..2 {
        let recorded =
            server.exchange("GET /diagnose?a=none&end=1 HTTP/1.1\r\nHost: x\r\nSec-Fetch-Site: same-origin\r\n");
        let location = header(&recorded, "location");
        server.exchange(&format!("GET {location} HTTP/1.1\r\nHost: x\r\n"));
    }
    // A connection kept open and idle does not hold the shutdown up.
    let mut idle = server.connect();
    write!(idle, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut first = [0; 12];
    idle.read_exact(&mut first).unwrap();
    let started = Instant::now();
    let (code, stderr) = server.terminate();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(
        stderr
            .matches(r#"outcome="found" solutions="15" answers="has_message,msg_disabled" described=true solved=true"#)
            .count()
            == 1,
        "{stderr}"
    );
    assert!(!stderr.contains("secret") && stderr.contains("正在停止"), "{stderr}");
    assert_eq!(
        stderr
            .matches(r#"outcome="not_covered" solutions="" answers="none""#)
            .count(),
        2,
        "{stderr}"
    );
}

#[test]
fn a_long_url_or_large_headers_get_a_page_not_a_dropped_connection() {
    let server = Server::start();
    let url = format!("/search?lang=en&q={}", "a".repeat(60_000));
    let response = server.exchange(&format!("GET {url} HTTP/1.1\r\nHost: x\r\n"));
    assert!(
        response.starts_with("HTTP/1.1 414 URI Too Long\r\n"),
        "{}",
        &response[..200]
    );
    assert!(response.contains("The address is too long"));
    let header = "b".repeat(100_000);
    let response = server.exchange(&format!("GET / HTTP/1.1\r\nHost: x\r\nX-Big: {header}\r\n"));
    assert!(
        response.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
        "{response}"
    );
    assert!(response.contains("请求太大了"));
    server.terminate();
}

#[test]
fn a_slow_or_silent_client_is_cut_off() {
    let server = Server::start();
    let started = Instant::now();
    let silent = server.connect();
    let slow = std::thread::spawn({
        let mut stream = server.connect();
        move || {
            // One byte a second, a request head that never ends.
            for byte in b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ".iter().cycle() {
                if stream.write_all(&[*byte]).is_err() {
                    return started.elapsed();
                }
                std::thread::sleep(Duration::from_secs(1));
                if started.elapsed() > Duration::from_secs(30) {
                    panic!("the slow client was never cut off");
                }
            }
            unreachable!()
        }
    });
    // The silent one is closed: end of input (or a reset), never a response.
    let mut buffer = Vec::new();
    let _ = (&silent).read_to_end(&mut buffer);
    let silent_after = started.elapsed();
    assert!(silent_after < Duration::from_secs(20), "{silent_after:?}");
    assert!(!String::from_utf8_lossy(&buffer).contains("200 OK"));
    let slow_after = slow.join().expect("the slow client");
    assert!(slow_after < Duration::from_secs(25), "{slow_after:?}");
    server.terminate();
}

/// The value of the header `name` (in lower case) of a response.
fn header(response: &str, name: &str) -> String {
    (response.lines())
        .find_map(|line| line.split_once(": ").filter(|(n, _)| n.eq_ignore_ascii_case(name)))
        .map(|(_, value)| value.trim().to_owned())
        .unwrap_or_else(|| panic!("no {name} in {response}"))
}

/// An address this machine does not have: the message says which ones to use instead.
#[test]
fn an_address_of_another_machine_is_refused_with_what_to_use() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("j.sqlite3");
    let journal = journal.to_str().unwrap();
    // 192.0.2.0/24 is reserved for documentation: no machine has it.
    let run = common::wecom(&["serve", "--bind", "192.0.2.1:18560", "--journal", journal]).expect_code(2);
    assert!(
        run.stderr
            .contains("这台电脑没有这个地址。请用 --bind 127.0.0.1:18560（只有本机能访问），或者 --bind 0.0.0.0:18560"),
        "{}",
        run.stderr
    );
}
