//! Requests too large to serve: a URL or headers over their limit get a page that says so
//! (414, 431) instead of a dropped connection.

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;

use super::page::Ctx;
use crate::kb::t;

/// The longest URL served: answers and a description fit many times over.
pub const MAX_URL: usize = 8 * 1024;
/// The most bytes of headers served.
pub const MAX_HEADERS: usize = 16 * 1024;

/// Refuses a request whose URL or headers are too long, with a page in the reader's language.
pub async fn refuse_oversized(request: Request, next: Next) -> Response {
    let uri = request.uri();
    let headers: usize = (request.headers().iter())
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    let too_long = uri.to_string().len() > MAX_URL;
    if too_long || headers > MAX_HEADERS {
        // Only the language is read from a query that is too long.
        let lang = uri.query().filter(|q| q.contains("lang=en")).map(|_| "lang=en");
        let ctx = Ctx::new("/", lang);
        let lang = ctx.lang;
        return match too_long {
            true => ctx.problem(
                StatusCode::URI_TOO_LONG,
                &t!(lang, "web-too-long-title"),
                &t!(lang, "web-too-long-text"),
            ),
            false => ctx.problem(
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                &t!(lang, "web-headers-too-large-title"),
                &t!(lang, "web-headers-too-large-text"),
            ),
        };
    }
    next.run(request).await
}
