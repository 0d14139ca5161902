//! The pages that show the knowledge base: the start page with its search box and the list of
//! entries, one entry or solution, and search results.

use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};

use super::App;
use super::cache::fresh;
use super::journal::{Record, Written};
use super::page::Ctx;
use crate::error::Error;
use crate::kb::{Entry, Kb, t};
use crate::knowledge;
use crate::ui::render::{field_name, passage_pieces, reference_title, related, solution_detail};

/// How many search results a page lists.
const HITS: usize = 10;

/// `/`: the search box, the way into the step-by-step check, and every entry.
pub fn home(app: &App, ctx: &Ctx) -> Response {
    let lang = ctx.lang;
    let kb = app.kb(lang);
    let content = html! {
        h1 { (t!(lang, "web-home-title")) }
        (search_form(ctx, ""))
        section {
            h2 { (t!(lang, "web-home-wizard-title")) }
            p { (t!(lang, "web-home-wizard")) }
            p { a.button.primary href=(ctx.href("/diagnose", &[])) { (t!(lang, "web-start")) } }
        }
        section {
            h2 { (t!(lang, "web-home-list")) }
            ul.entries {
                @for entry in &kb.entries {
                    li { a href=(ctx.href(&format!("/faq/{}", entry.id), &[])) { span.id { "FAQ " (entry.id) } " " (entry.title) } }
                }
            }
        }
    };
    ctx.page(StatusCode::OK, &t!(lang, "web-home-title"), content)
}

/// The search box, filled with `query`: a plain GET form that needs no script.
pub fn search_form(ctx: &Ctx, query: &str) -> Markup {
    let lang = ctx.lang;
    html! {
        form.search role="search" action="/search" method="get" {
            label for="q" { (t!(lang, "web-search-label")) }
            textarea #q name="q" rows="3" { (query) }
            @if lang == crate::lang::Lang::En { input type="hidden" name="lang" value="en"; }
            button type="submit" { (t!(lang, "web-search-button")) }
        }
    }
}

/// `/faq/16` or `/faq/16.2`: an entry with all its solutions, or one of them.
pub fn entry(app: &App, ctx: &Ctx, given: &str) -> Response {
    let lang = ctx.lang;
    let kb = app.kb(lang);
    let (entry, solutions) = match knowledge::resolve(kb, given) {
        Ok(found) => found,
        Err(error) => return no_such(ctx, &error),
    };
    let content = html! {
        (entry_article(ctx, kb, entry, &solutions, true))
        p { a href=(ctx.href("/", &[])) { (t!(lang, "web-all-entries")) } }
    };
    ctx.page(StatusCode::OK, &format!("FAQ {}", entry.id), content)
}

/// The page for an entry or solution number that is not there, in the page's words with links
/// (the command line's name `show`).
fn no_such(ctx: &Ctx, error: &Error) -> Response {
    let lang = ctx.lang;
    let title = t!(lang, "web-not-found");
    let link = |id: &str| html! { a href=(ctx.href(&format!("/faq/{id}"), &[])) { "FAQ " (id) } };
    let content = match error {
        Error::NoSuchSolution { given, entry, choices } => html! {
            h1 { (title) }
            p { (t!(lang, "web-no-such-solution", given = given.as_str(), entry = *entry)) }
            ul { @for id in choices { li { (link(id)) } } }
            p { a.button href=(ctx.href(&format!("/faq/{entry}"), &[])) { (t!(lang, "web-whole-entry", entry = *entry)) } }
        },
        Error::NoSuchEntry { given, first, last } => html! {
            h1 { (title) }
            p { (t!(lang, "web-no-such-entry", given = given.as_str(), first = *first, last = *last)) }
            p { a.button href=(ctx.href("/", &[])) { (t!(lang, "web-all-entries")) } }
        },
        other => html! {
            h1 { (title) }
            p { (other.message(lang)) }
            p { a.button href=(ctx.href("/", &[])) { (t!(lang, "web-go-home")) } }
        },
    };
    ctx.page(StatusCode::NOT_FOUND, &title, content)
}

/// An entry as a page shows it: title, symptoms and messages, cause, the given solutions with
/// numbered steps, and what is related. `heading` makes the title the page's heading.
pub fn entry_article(ctx: &Ctx, kb: &Kb, entry: &Entry, solutions: &[usize], heading: bool) -> Markup {
    let lang = ctx.lang;
    let colon = t!(lang, "colon");
    let title = html! { span.id { "FAQ " (entry.id) } " " (entry.title) };
    html! {
        article.entry {
            @if heading { h1 { (title) } } @else { h2 { (title) } }
            p.category { (t!(lang, "label-category")) (colon) (entry.category) }
            @if !entry.symptoms.is_empty() || !entry.messages.is_empty() {
                h3 { (t!(lang, "label-symptoms")) }
                ul {
                    @for symptom in &entry.symptoms { li { (symptom) } }
                    // Quoted by the catalog, as the other formats quote it: English messages carry
                    // their own quotes, which a `q` element would double.
                    @for message in &entry.messages {
                        li { (t!(lang, "label-on-screen")) (colon) span.screen { (t!(lang, "quoted", text = message)) } }
                    }
                }
            }
            @if let Some(cause) = &entry.cause {
                h3 { (t!(lang, "label-cause")) }
                p { (cause) }
            }
            @for &s in solutions {
                @let solution = &kb.solutions[s];
                section.solution {
                    h3 {
                        (t!(lang, "label-solution")) " " (solution.id)
                        @if let Some(detail) = solution_detail(lang, solution.label.as_deref(), solution.condition.as_deref()) {
                            (colon) (detail)
                        }
                    }
                    @if let Some(cause) = &solution.cause { p { (t!(lang, "label-cause")) (colon) (cause) } }
                    ol.steps { @for step in &solution.steps { li { (step) } } }
                    @if let Some(note) = &solution.note { p.note { strong { (t!(lang, "label-note")) (colon) } (note) } }
                }
            }
            @let related = related(kb, entry, solutions);
            @if !related.is_empty() {
                h3 { (t!(lang, "label-related")) }
                ul {
                    @for id in related {
                        li { a href=(ctx.href(&format!("/faq/{id}"), &[])) { span.id { (id) } " " (reference_title(kb, id, lang)) } }
                    }
                }
            }
        }
    }
}

/// `/search?q=…`: the entries the words point at, best first, the matched words marked. A
/// search that finds nothing is recorded as a gap in the knowledge base.
pub fn search(app: &App, ctx: &Ctx) -> Written {
    let lang = ctx.lang;
    let query = ctx.param("q").unwrap_or_default().trim();
    let hits = match query.is_empty() {
        true => Vec::new(),
        false => app.index.search(query, HITS, lang),
    };
    let title = t!(lang, "web-search-title");
    let content = html! {
        h1 { (title) }
        (search_form(ctx, query))
        @if !query.is_empty() && hits.is_empty() {
            p { (t!(lang, "web-search-nothing")) }
            // The words go along, as from a page with hits, to reach the hand-off record.
            p { a.button.primary href=(super::wizard::from_words(ctx, query)) { (t!(lang, "web-start")) } }
        }
        @if !hits.is_empty() {
            @let related = hits.iter().filter(|h| h.related_to.is_some()).count();
            h2 { (t!(lang, "web-search-hits", count = hits.len() - related)) }
            @if related > 0 { p { (t!(lang, "web-search-hits-related", count = related)) } }
            ol.hits {
                @for hit in &hits {
                    li {
                        a href=(ctx.href(&format!("/faq/{}", hit.id), &[])) { span.id { "FAQ " (hit.id) } " " (hit.title) }
                        @if let Some(id) = &hit.related_to {
                            p.passage { (t!(lang, "search-related", id = id.as_str())) }
                        } @else {
                            p.passage {
                                span.field { (field_name(lang, hit.passage.field)) (t!(lang, "colon")) }
                                @for (piece, marked) in passage_pieces(&hit.passage, None) {
                                    @if marked { mark { (piece) } } @else { (piece) }
                                }
                            }
                        }
                    }
                }
            }
            p { (t!(lang, "web-search-or-wizard")) " " a href=(super::wizard::from_words(ctx, query)) { (t!(lang, "web-search-wizard")) } }
        }
    };
    let page = ctx.page(StatusCode::OK, &title, content);
    if query.is_empty() || !hits.is_empty() || app.journal.is_none() {
        return (page, None);
    }
    // Rendered each time, so that each search is recorded.
    let record = Record::Search {
        text: query.to_owned(),
        lang,
    };
    (fresh(page), Some(record))
}
