//! The report as one self-contained web page to open or forward: its style sheet inline, its
//! bar charts inline SVG, no script and nothing loaded from anywhere. Every text is escaped
//! (maud escapes whatever it inserts).

use std::io::{self, Write};

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::gaps::Groups;
use super::report::{Line, QuestionLine, Report};
use super::words::{self, Words};
use crate::kb::t;
use crate::lang::Lang;

const CSS: &str = include_str!("report.css");

/// What the page allows itself: its own inline style, nothing else (a forwarded file opened
/// from a mail client may be shown by a browser that obeys it).
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// Writes `report` as a whole page in `lang`.
pub fn write(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let words = Words::new(report, lang);
    let tag = match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    };
    let title = t!(lang, "stats-title");
    let page = html! {
        (DOCTYPE)
        html lang=(tag) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy" content=(POLICY);
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    h1 { (title) }
                    p.meta {
                        (words.journals) br;
                        (words.period)
                        @if let Some(seen) = &words.seen { br; (seen) }
                    }
                    @if let Some(empty) = &words.empty {
                        section { p.empty { (empty) } }
                    } @else {
                        (body(report, &words, lang))
                    }
                    footer { (t!(lang, "stats-footer", version = &report.kb_version)) }
                }
            }
        }
    };
    writeln!(out, "{}", page.into_string())
}

/// The sections of a report with sessions or searches.
fn body(report: &Report, words: &Words, lang: Lang) -> Markup {
    let most = |lines: &[Line]| lines.iter().map(|l| l.sessions).max().unwrap_or(0);
    let solutions: Vec<Line> = report.solutions.iter().map(|s| s.line.clone()).collect();
    let rated = report.feedback();
    html! {
        section #overview {
            h2 { (t!(lang, "stats-overview")) }
            p { (words.sessions) }
            ol.chart {
                @for (label, n) in words.outcomes.iter().chain(&words.channels) {
                    (row(html! { (label) }, bar(*n, report.sessions, "value"), &n.to_string()))
                }
            }
            @if let Some(note) = &words.other_versions { p.note { (note) } }
        }
        section #entries {
            h2 { (t!(lang, "stats-entries")) }
            (lines(&report.entries, most(&report.entries), lang))
        }
        section #solutions {
            h2 { (t!(lang, "stats-solutions")) }
            (lines(&solutions, most(&solutions), lang))
        }
        section #feedback {
            h2 { (t!(lang, "stats-feedback")) }
            @if rated.is_empty() {
                p { (t!(lang, "stats-no-feedback")) }
            } @else {
                p.about { (t!(lang, "stats-feedback-about")) }
                p.legend {
                    span.key.failed {} (t!(lang, "stats-key-not-solved")) " "
                    span.key.solved {} (t!(lang, "stats-key-solved"))
                }
                ol.chart.wide {
                    @for s in &rated {
                        (row(
                            label(&s.line, lang),
                            feedback_bar(s.count.not_solved, s.count.solved),
                            &t!(
                                lang,
                                "stats-not-solved",
                                not_solved = s.count.not_solved,
                                rated = s.rated(),
                                percent = s.not_solved_percent()
                            ),
                        ))
                    }
                }
                @if let Some(unrated) = &words.unrated { p.more { (unrated) } }
            }
        }
        section #gaps {
            h2 { (t!(lang, "stats-gaps")) }
            @if report.not_covered > 0 { p.about { (t!(lang, "stats-gaps-about")) } }
            (groups(&report.gaps, lang))
            @if report.untold > 0 { p.more { (t!(lang, "stats-untold", count = report.untold)) } }
        }
        section #unsure {
            h2 { (t!(lang, "stats-unsure")) }
            (questions(&report.unsure, lang, true, |q| t!(lang, "stats-unsure-count", unsure = q.count, answered = q.answered)))
        }
        section #stopped {
            h2 { (t!(lang, "stats-stopped")) }
            (questions(&report.stopped, lang, false, |q| t!(lang, "stats-times", count = q.count)))
        }
        section #searches {
            h2 { (t!(lang, "stats-searches")) }
            (groups(&report.searches, lang))
        }
    }
}

/// One line of a chart: what it counts, the bar, the figure.
fn row(label: Markup, bar: Markup, figure: &str) -> Markup {
    html! {
        li {
            span.label { (label) }
            span.bar { (bar) }
            span.n { (figure) }
        }
    }
}

/// An entry's or solution's number and title.
fn label(line: &Line, lang: Lang) -> Markup {
    html! {
        span.id { (line.id) }
        @match &line.title {
            Some(title) => (title),
            None => span.unknown { (words::title(line, lang)) },
        }
    }
}

fn lines(lines: &[Line], max: u64, lang: Lang) -> Markup {
    html! {
        @if lines.is_empty() {
            p { (t!(lang, "stats-none")) }
        } @else {
            ol.chart {
                @for line in lines {
                    (row(label(line, lang), bar(line.sessions, max, "value"), &line.sessions.to_string()))
                }
            }
        }
    }
}

/// Questions with a bar each: the share of their answers when `shares`, else their count
/// against the largest.
fn questions(questions: &[QuestionLine], lang: Lang, shares: bool, figure: impl Fn(&QuestionLine) -> String) -> Markup {
    let max = questions.iter().map(|q| q.count).max().unwrap_or(0);
    html! {
        @if questions.is_empty() {
            p { (t!(lang, "stats-none")) }
        } @else {
            ol.chart.wide {
                @for q in questions {
                    @let text = html! {
                        @match &q.text {
                            Some(text) => (text),
                            None => span.unknown { (words::question(q, lang)) },
                        }
                    };
                    (row(text, bar(q.count, if shares { q.answered } else { max }, "value unsure"), &figure(q)))
                }
            }
        }
    }
}

fn groups(groups: &Groups, lang: Lang) -> Markup {
    html! {
        @if groups.total == 0 {
            p { (t!(lang, "stats-none")) }
        } @else {
            ol.groups {
                @for group in &groups.groups {
                    li {
                        span.n { (t!(lang, "stats-times", count = group.count)) }
                        span.text { (words::one_line(&group.text)) }
                        @if !group.examples.is_empty() {
                            @let examples: Vec<String> = (group.examples.iter())
                                .map(|(text, count)| t!(lang, "stats-example", text = words::one_line(text), count = *count))
                                .collect();
                            p.alike { (t!(lang, "stats-alike", examples = examples)) }
                        }
                    }
                }
            }
            @if groups.others > 0 { p.more { (t!(lang, "stats-others", count = groups.others)) } }
        }
    }
}

/// A bar of `value` against `max`, as wide as its place on the page.
fn bar(value: u64, max: u64, class: &str) -> Markup {
    let width = share(value, max);
    html! {
        svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" {
            rect.track width="100" height="10" {}
            rect class=(class) width=(width) height="10" {}
        }
    }
}

/// The share of answers not solved, then of those solved, in one bar.
fn feedback_bar(failed: u64, solved: u64) -> Markup {
    let failed_width = share(failed, failed + solved);
    html! {
        svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" {
            rect.value.solved width="100" height="10" {}
            rect.value.failed width=(failed_width) height="10" {}
        }
    }
}

/// `value` in hundredths of `max`, to one decimal; at least a sliver for anything counted.
fn share(value: u64, max: u64) -> String {
    if value == 0 || max == 0 {
        return "0".to_owned();
    }
    let percent = (value as f64 * 100.0 / max as f64).max(0.5);
    format!("{percent:.1}")
}
