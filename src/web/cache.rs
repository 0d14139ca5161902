//! Pages kept once rendered. Every page is a function of its URL and the knowledge base, which
//! does not change while the server runs, so a page asked for again is sent as it was: the
//! first questions and the common results are asked for far more often than the rest.
//!
//! Bounded: at most [`MAX_PAGES`] pages and [`MAX_BYTES`] bytes, past which the cache starts
//! over. Kept in memory only. Pages that write or log (a result reached by an answer link, a
//! result "not covered") are never kept, so that each visit does; nor are the pages after the
//! feedback buttons, one per session's key. Posts (the buttons) are never kept.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The most pages kept.
const MAX_PAGES: usize = 4_096;

/// The most bytes of pages kept.
const MAX_BYTES: usize = 16 * 1024 * 1024;

/// Marks a response that must be rendered each time (it writes or logs, or is one per session).
#[derive(Debug, Clone, Copy)]
pub struct Fresh;

/// `page`, marked to be rendered each time it is asked for, never kept.
pub fn fresh(mut page: Response) -> Response {
    page.extensions_mut().insert(Fresh);
    page
}

/// The pages kept, by URL.
#[derive(Debug, Default)]
pub struct Pages {
    kept: Mutex<Kept>,
}

#[derive(Debug, Default)]
struct Kept {
    pages: HashMap<String, (HeaderMap, Bytes)>,
    bytes: usize,
}

impl Pages {
    fn get(&self, url: &str) -> Option<(HeaderMap, Bytes)> {
        let kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        kept.pages.get(url).cloned()
    }

    fn keep(&self, url: String, headers: HeaderMap, body: Bytes) {
        let mut kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        if kept.pages.len() >= MAX_PAGES || kept.bytes + body.len() > MAX_BYTES {
            kept.pages.clear();
            kept.bytes = 0;
        }
        kept.bytes += body.len();
        kept.pages.insert(url, (headers, body));
    }
}

/// Sends a kept page when there is one; keeps a page rendered with success otherwise.
pub async fn kept(State(pages): State<Arc<Pages>>, request: Request, next: Next) -> Response {
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    let url = request.uri().to_string();
    if let Some((headers, body)) = pages.get(&url) {
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = headers;
        return response;
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK || response.extensions().get::<Fresh>().is_some() {
        return response;
    }
    let (parts, body) = response.into_parts();
    // Pages are a few kilobytes; one that is not is sent without being kept.
    match to_bytes(body, MAX_BYTES).await {
        Ok(bytes) => {
            pages.keep(url, parts.headers.clone(), bytes.clone());
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
