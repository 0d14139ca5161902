//! Sending messages to the support desk's WeCom group through its group robot's webhook. The
//! webhook's URL holds the robot's key, a secret: it is read from the environment only, and
//! never shown, logged or put in a message, whatever fails.

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ureq::http::Uri;

use crate::kb::t;
use crate::lang::Lang;
use crate::printable::printable;

/// The variable that holds the webhook's URL.
pub const VARIABLE: &str = "WECOM_HELP_WEBHOOK";

/// How long one message may take, from connecting to reading the answer.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The errcode of a robot sent more than 20 messages in a minute.
const TOO_MANY: i64 = 45009;

/// The most bytes of an answer read: the robot's are a few dozen.
const MAX_ANSWER: u64 = 64 * 1024;

/// The most characters of the robot's errmsg shown.
const MAX_ERRMSG: usize = 200;

/// A group robot's webhook URL, checked to be an http or https URL with a host. Shown as
/// `Webhook(…)`, so that it is never printed by mistake.
#[derive(Clone, PartialEq, Eq)]
pub struct Webhook(String);

impl fmt::Debug for Webhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Webhook(…)")
    }
}

/// The value of [`VARIABLE`] is no http or https URL. It is not kept: it is not to be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotHttp;

impl Webhook {
    /// The webhook at `url`, if it is an http or https URL with a host.
    pub fn parse(url: &str) -> Result<Webhook, NotHttp> {
        let uri: Uri = url.trim().parse().map_err(|_| NotHttp)?;
        let http = matches!(uri.scheme_str(), Some("http" | "https"));
        match uri.host() {
            Some(host) if http && !host.is_empty() => Ok(Webhook(url.trim().to_owned())),
            _ => Err(NotHttp),
        }
    }

    /// Posts `messages` to the robot, one request each, in order, stopping at the first it does
    /// not take; the number sent.
    pub fn post(&self, messages: &[String]) -> Result<usize, NotSent> {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(TIMEOUT))
            // A status other than 200 is an answer to report, not an error without its body.
            .http_status_as_error(false)
            // The robot answers where it is asked: a redirect would resend the message elsewhere.
            .max_redirects(0)
            .build()
            .into();
        for (sent, message) in messages.iter().enumerate() {
            self.post_one(&agent, message).map_err(|failure| NotSent {
                sent,
                total: messages.len(),
                failure,
            })?;
        }
        Ok(messages.len())
    }

    /// Posts one Markdown message; what went wrong when the robot did not take it.
    fn post_one(&self, agent: &ureq::Agent, content: &str) -> Result<(), Failure> {
        #[derive(Serialize)]
        struct Body<'a> {
            msgtype: &'static str,
            markdown: Markdown<'a>,
        }
        #[derive(Serialize)]
        struct Markdown<'a> {
            content: &'a str,
        }
        #[derive(Deserialize)]
        struct Answer {
            errcode: i64,
            #[serde(default)]
            errmsg: String,
        }
        let body = serde_json::to_string(&Body {
            msgtype: "markdown",
            markdown: Markdown { content },
        })
        .expect("strings serialize");
        let mut response = (agent.post(&self.0))
            .content_type("application/json")
            .send(&body)
            .map_err(Failure::from)?;
        if response.status() != 200 {
            return Err(Failure::Status(response.status().as_u16()));
        }
        let text = (response.body_mut().with_config())
            .limit(MAX_ANSWER)
            .read_to_string()
            .map_err(|error| match Failure::from(error) {
                Failure::Timeout => Failure::Timeout,
                _ => Failure::Unreadable,
            })?;
        let answer: Answer = serde_json::from_str(&text).map_err(|_| Failure::Unreadable)?;
        match answer.errcode {
            0 => Ok(()),
            TOO_MANY => Err(Failure::TooMany),
            errcode => Err(Failure::Refused {
                errcode,
                errmsg: self.shown(&answer.errmsg),
            }),
        }
    }

    /// The robot's errmsg as it may be shown: printable, not too long, and without the URL or
    /// its key, should the answer repeat them.
    fn shown(&self, errmsg: &str) -> String {
        let mut text = printable(errmsg).into_owned();
        let key = self.0.split_once('?').map_or("", |(_, query)| query);
        for secret in [self.0.as_str(), key] {
            if !secret.is_empty() {
                text = text.replace(secret, "…");
            }
        }
        match text.char_indices().nth(MAX_ERRMSG) {
            Some((at, _)) => format!("{}…", &text[..at]),
            None => text,
        }
    }
}

/// Messages not all taken: how many were, of how many, and why the next was not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotSent {
    pub sent: usize,
    pub total: usize,
    pub failure: Failure,
}

/// Why the robot did not take a message, in words that never hold the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// errcode 45009: more than 20 messages in a minute to this robot.
    TooMany,
    /// Another errcode than 0, with the robot's errmsg.
    Refused { errcode: i64, errmsg: String },
    /// An HTTP status other than 200.
    Status(u16),
    /// An answer that is not the robot's.
    Unreadable,
    /// Nothing takes connections at the address.
    ConnectionRefused,
    /// The host's name is not known.
    HostNotFound,
    /// No answer within [`TIMEOUT`].
    Timeout,
    /// The connection was closed before an answer came.
    Closed,
    /// No secure connection could be made (https).
    Tls,
    /// Any other failure on the way.
    Network,
}

impl Failure {
    /// Why the message was not taken, in `lang`: one sentence.
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            Failure::TooMany => t!(lang, "error-send-too-many"),
            Failure::Refused { errcode, errmsg } => {
                t!(
                    lang,
                    "error-send-refused",
                    errcode = errcode.to_string(),
                    errmsg = errmsg.as_str()
                )
            }
            Failure::Status(status) => t!(lang, "error-send-status", status = u32::from(*status)),
            Failure::Unreadable => t!(lang, "error-send-unreadable"),
            Failure::ConnectionRefused => t!(lang, "error-send-connection-refused"),
            Failure::HostNotFound => t!(lang, "error-send-host-not-found"),
            Failure::Timeout => t!(lang, "error-send-timeout", seconds = TIMEOUT.as_secs()),
            Failure::Closed => t!(lang, "error-send-closed"),
            Failure::Tls => t!(lang, "error-send-tls"),
            Failure::Network => t!(lang, "error-send-network"),
        }
    }
}

/// The client's errors, whose text may hold the URL, as what they mean to the agent.
impl From<ureq::Error> for Failure {
    fn from(error: ureq::Error) -> Self {
        use std::io::ErrorKind;
        match error {
            ureq::Error::Timeout(_) => Failure::Timeout,
            ureq::Error::HostNotFound => Failure::HostNotFound,
            // The system's resolver fails with no kind of its own: std's words tell.
            ureq::Error::Io(e) if e.to_string().starts_with("failed to lookup address") => Failure::HostNotFound,
            ureq::Error::Io(e) => match e.kind() {
                ErrorKind::ConnectionRefused => Failure::ConnectionRefused,
                ErrorKind::TimedOut | ErrorKind::WouldBlock => Failure::Timeout,
                ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted | ErrorKind::UnexpectedEof => Failure::Closed,
                _ => Failure::Network,
            },
            ureq::Error::Protocol(_) => Failure::Unreadable,
            ureq::Error::Tls(_) | ureq::Error::Rustls(_) | ureq::Error::Pem(_) => Failure::Tls,
            _ => Failure::Network,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_urls_with_a_host_are_webhooks() {
        for url in [
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc",
            "http://127.0.0.1:8080/send?key=abc",
            " https://example.com/x ",
        ] {
            assert!(Webhook::parse(url).is_ok(), "{url}");
        }
        for url in [
            "",
            "qyapi.weixin.qq.com/cgi-bin/webhook/send",
            "ftp://example.com/",
            "https://",
            "key=abc",
        ] {
            assert_eq!(Webhook::parse(url), Err(NotHttp), "{url}");
        }
    }

    #[test]
    fn the_url_is_never_shown() {
        let webhook = Webhook::parse("https://example.com/send?key=SECRET-KEY").unwrap();
        assert_eq!(format!("{webhook:?}"), "Webhook(…)");
        assert_eq!(
            webhook.shown("invalid webhook url https://example.com/send?key=SECRET-KEY, key=SECRET-KEY"),
            "invalid webhook url …, …"
        );
        assert!(webhook.shown(&"x".repeat(1000)).chars().count() <= MAX_ERRMSG + 1);
    }
}
