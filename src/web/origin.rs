//! Where a request comes from, as far as the browser says: the server writes (a session in the
//! journal, feedback, a message to the desk's group) only for a page of its own.

use axum::http::HeaderMap;

/// Whether the request comes from this site's own page, as far as the browser says: another
/// site's page must not make the server post to the desk's group. Browsers send
/// `Sec-Fetch-Site`, which a page cannot forge, and which survives a reverse proxy that rewrites
/// `Host`; older ones only `Origin` on a form's POST, compared with `Host`. A client that sends
/// neither is no browser another site could drive. The feedback buttons' posts are checked alike.
pub(super) fn same_site(headers: &HeaderMap) -> bool {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = header("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    match (header("origin"), header("host")) {
        (None, _) => true,
        (Some(origin), Some(host)) => origin
            .split_once("://")
            .is_some_and(|(_, origin)| origin.eq_ignore_ascii_case(host)),
        (Some(_), None) => false,
    }
}

/// Whether a GET is a click on one of this site's own pages, the only GET after which a session
/// is recorded: not a link opened from elsewhere (a chat, a bookmark), another site's page, a
/// link preview fetched by a chat app, or a prefetch. Browsers say so in `Sec-Fetch-Site`; an
/// older one is taken at its `Referer` compared with `Host`; a client that sends neither (a
/// preview, a script) records nothing.
pub(super) fn clicked_here(headers: &HeaderMap) -> bool {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    let prefetch = ["sec-purpose", "purpose", "x-moz", "x-purpose"].iter().any(|&name| {
        header(name).is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("prefetch") || v.contains("preview")
        })
    });
    if prefetch {
        return false;
    }
    if let Some(site) = header("sec-fetch-site") {
        return site == "same-origin";
    }
    match (header("referer"), header("host")) {
        (Some(referer), Some(host)) => referer
            .split_once("://")
            .and_then(|(_, rest)| rest.split('/').next())
            .is_some_and(|from| from.eq_ignore_ascii_case(host)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for &(name, value) in pairs {
            map.insert(name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn only_this_sites_pages_may_send() {
        assert!(same_site(&headers(&[])));
        assert!(same_site(&headers(&[
            ("host", "desk:8080"),
            ("origin", "http://desk:8080")
        ])));
        assert!(same_site(&headers(&[
            ("sec-fetch-site", "same-origin"),
            ("host", "desk")
        ])));
        // Behind a proxy that rewrites Host, the browser's word counts.
        let proxied = [
            ("sec-fetch-site", "same-origin"),
            ("origin", "https://desk.example"),
            ("host", "127.0.0.1:8080"),
        ];
        assert!(same_site(&headers(&proxied)));
        assert!(!same_site(&headers(&[
            ("host", "desk:8080"),
            ("origin", "https://evil.example")
        ])));
        assert!(!same_site(&headers(&[
            ("sec-fetch-site", "cross-site"),
            ("host", "desk")
        ])));
        assert!(!same_site(&headers(&[("origin", "null"), ("host", "desk")])));
    }

    #[test]
    fn only_a_click_on_this_sites_page_records() {
        assert!(clicked_here(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(clicked_here(&headers(&[
            ("referer", "http://desk:8080/diagnose"),
            ("host", "desk:8080")
        ])));
        // Opened from a chat or a bookmark, from another site, fetched for a preview or ahead.
        assert!(!clicked_here(&headers(&[("sec-fetch-site", "none")])));
        assert!(!clicked_here(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(!clicked_here(&headers(&[])));
        assert!(!clicked_here(&headers(&[
            ("referer", "https://evil.example/"),
            ("host", "desk")
        ])));
        assert!(!clicked_here(&headers(&[
            ("sec-fetch-site", "same-origin"),
            ("sec-purpose", "prefetch")
        ])));
    }
}
