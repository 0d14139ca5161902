//! What every page shares: the request's language and query, links that keep the language, and
//! the layout around a page's content.

use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, html};

use crate::kb::t;
use crate::lang::Lang;

/// The style sheet, served by the binary: no resource from elsewhere, system fonts only.
pub const CSS: &str = include_str!("style.css");

/// A request as the pages see it: its path, its query's pairs and the language they ask for.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub lang: Lang,
    path: String,
    query: Vec<(String, String)>,
}

impl Ctx {
    /// The context of a request for `path` with the raw query `query`.
    pub fn new(path: &str, query: Option<&str>) -> Self {
        let query: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or_default()).unwrap_or_default();
        let lang = match query.iter().rev().find(|(k, _)| k == "lang") {
            Some((_, v)) if v.eq_ignore_ascii_case("en") => Lang::En,
            _ => Lang::Zh,
        };
        Ctx {
            lang,
            path: path.to_owned(),
            query,
        }
    }

    /// The query's value for `key` (the last one given), if any.
    pub fn param(&self, key: &str) -> Option<&str> {
        (self.query.iter().rev())
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A link to `path` with `params`, in this page's language.
    pub fn href(&self, path: &str, params: &[(&str, &str)]) -> String {
        link(path, params, self.lang)
    }

    /// This page in the other language.
    fn switched(&self) -> String {
        let other = match self.lang {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        };
        let params: Vec<(&str, &str)> = (self.query.iter())
            .filter(|(k, _)| k != "lang")
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        link(&self.path, &params, other)
    }

    /// A whole page: `title` in the tab and as the page's heading is the page's to give.
    pub fn page(&self, status: StatusCode, title: &str, content: Markup) -> Response {
        let lang = self.lang;
        let (tag, switch, switch_tag) = match lang {
            Lang::Zh => ("zh-CN", "English", "en"),
            Lang::En => ("en", "中文", "zh-CN"),
        };
        let markup = html! {
            (DOCTYPE)
            html lang=(tag) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) " · " (t!(lang, "web-site")) }
                    link rel="stylesheet" href="/style.css";
                }
                body {
                    a.skip href="#main" { (t!(lang, "web-skip")) }
                    header {
                        a.home href=(self.href("/", &[])) { (t!(lang, "web-site")) }
                        a.lang href=(self.switched()) lang=(switch_tag) hreflang=(switch_tag) { (switch) }
                    }
                    main #main { (content) }
                }
            }
        };
        (status, markup).into_response()
    }

    /// A page that says what went wrong, with a way home.
    pub fn problem(&self, status: StatusCode, title: &str, text: &str) -> Response {
        let content = html! {
            h1 { (title) }
            p { (text) }
            p { a.button href=(self.href("/", &[])) { (t!(self.lang, "web-go-home")) } }
        };
        self.page(status, title, content)
    }
}

/// `path` with `params` and, for English, `lang=en`: every link keeps the reader's language.
pub fn link(path: &str, params: &[(&str, &str)], lang: Lang) -> String {
    let mut pairs: Vec<(&str, &str)> = params.iter().filter(|(_, v)| !v.is_empty()).copied().collect();
    if lang == Lang::En {
        pairs.push(("lang", "en"));
    }
    match serde_urlencoded::to_string(&pairs) {
        // Commas separate answers: left as they are, the URL stays readable.
        Ok(query) if !query.is_empty() => format!("{path}?{}", query.replace("%2C", ",")),
        _ => path.to_owned(),
    }
}

/// The style sheet, cached by browsers for a day.
pub fn style() -> Response {
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=86400"),
        ],
        CSS,
    )
        .into_response()
}
