//! A WeCom group robot on 127.0.0.1, for the tests of sending: it checks each request as the
//! real robot would take it and answers as told.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// The path and query of the webhook, with a key that no output may show.
pub const TARGET: &str = "/cgi-bin/webhook/send?key=TOPSECRET-4f1c-robot-key";
/// The part of the URL that is secret.
pub const SECRET: &str = "TOPSECRET-4f1c-robot-key";

/// How the robot answers a request.
#[derive(Debug, Clone, Copy)]
pub enum Reply {
    /// HTTP 200 with this errcode and errmsg.
    Errcode(i64, &'static str),
    /// This HTTP status, with a page that is not the robot's answer.
    Status(u16),
    /// HTTP 200 with a body that is not JSON.
    NotJson,
    /// The connection is closed as soon as the request is read.
    Close,
    /// The request is read, and no answer ever comes.
    Silent,
}

/// The robot's success.
pub const OK: Reply = Reply::Errcode(0, "ok");

/// A robot listening on a port of its own.
pub struct Robot {
    /// The webhook's URL, with its secret key.
    pub url: String,
    contents: Arc<Mutex<Vec<Result<String, String>>>>,
}

impl Robot {
    /// A robot that answers the `n`-th request (from 0) with `reply(n)`.
    pub fn start(reply: impl Fn(usize) -> Reply + Send + 'static) -> Robot {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port for the robot");
        let url = format!("http://{}{TARGET}", listener.local_addr().unwrap());
        let contents = Arc::new(Mutex::new(Vec::new()));
        let received = Arc::clone(&contents);
        thread::spawn(move || {
            // Connections kept open by silent answers, until the test ends.
            let mut held = Vec::new();
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let content = read_request(&stream);
                let n = {
                    let mut received = received.lock().unwrap();
                    received.push(content);
                    received.len() - 1
                };
                match reply(n) {
                    Reply::Close => drop(stream),
                    Reply::Silent => held.push(stream),
                    answer => respond(stream, answer),
                }
            }
        });
        Robot { url, contents }
    }

    /// A robot that answers every request with `reply`.
    pub fn always(reply: Reply) -> Robot {
        Robot::start(move |_| reply)
    }

    /// The content of each message received, in order. Panics when a request was not as the
    /// robot takes it.
    pub fn contents(&self) -> Vec<String> {
        let received = self.contents.lock().unwrap().clone();
        (received.into_iter().enumerate())
            .map(|(n, request)| request.unwrap_or_else(|problem| panic!("request {n}: {problem}")))
            .collect()
    }
}

/// The address of a port nothing listens at.
pub fn closed_port_url() -> String {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    format!("http://127.0.0.1:{port}{TARGET}")
}

/// Reads one request and checks it as the robot takes it: a POST to the webhook's path and
/// query, with a JSON body `{"msgtype":"markdown","markdown":{"content":…}}` whose content has
/// at most 4,096 bytes. The content, or what is wrong with the request.
fn read_request(stream: &TcpStream) -> Result<String, String> {
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).map_err(|e| e.to_string())?;
    if line != format!("POST {TARGET} HTTP/1.1\r\n") {
        return Err(format!("the request line is {line:?}"));
    }
    let (mut length, mut content_type) = (None, None);
    loop {
        line.clear();
        reader.read_line(&mut line).map_err(|e| e.to_string())?;
        if line == "\r\n" {
            break;
        }
        let (name, value) = line.trim_end().split_once(':').ok_or(format!("a header {line:?}"))?;
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse::<usize>().ok(),
            "content-type" => content_type = Some(value.trim().to_owned()),
            _ => {}
        }
    }
    if content_type.as_deref() != Some("application/json") {
        return Err(format!("the content type is {content_type:?}"));
    }
    let mut body = vec![0; length.ok_or("no Content-Length")?];
    reader.read_exact(&mut body).map_err(|e| e.to_string())?;
    let json: serde_json::Value = serde_json::from_slice(&body).map_err(|e| format!("not JSON: {e}"))?;
    let content = json["markdown"]["content"]
        .as_str()
        .ok_or(format!("no content in {json}"))?;
    if json != serde_json::json!({"msgtype": "markdown", "markdown": {"content": content}}) {
        return Err(format!("the message's shape: {json}"));
    }
    if content.len() > 4096 {
        return Err(format!("{} bytes", content.len()));
    }
    Ok(content.to_owned())
}

fn respond(mut stream: TcpStream, reply: Reply) {
    let (status, body) = match reply {
        Reply::Errcode(errcode, errmsg) => (
            200,
            serde_json::json!({"errcode": errcode, "errmsg": errmsg}).to_string(),
        ),
        Reply::Status(status) => (status, "<html>server error</html>".to_owned()),
        Reply::NotJson => (200, "<html>a login page</html>".to_owned()),
        Reply::Close | Reply::Silent => unreachable!("no answer"),
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status} Whatever\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}
