//! The report as JSON, in the shape the README documents: stable keys, counts as numbers,
//! times as seconds since 1970 UTC, titles and texts in the language asked for (`null` where
//! the knowledge base read now has no such id).

use std::io::{self, Write};

use serde::Serialize;

use super::gaps::{self, Groups};
use super::report::{QuestionLine, Report};

#[derive(Serialize)]
struct Shape<'r> {
    journals: Vec<Journal<'r>>,
    period: Period,
    kb_version: &'r str,
    sessions: u64,
    outcomes: Outcomes,
    channels: Channels,
    mean_questions: f64,
    mean_questions_not_covered: f64,
    other_versions: u64,
    entries: Vec<Entry<'r>>,
    solutions: Vec<Solution<'r>>,
    not_covered: NotCovered<'r>,
    unsure: Vec<Unsure<'r>>,
    abandoned: Vec<Abandoned<'r>>,
    empty_searches: Searches<'r>,
}

#[derive(Serialize)]
struct Journal<'r> {
    path: &'r str,
    sessions: u64,
}

#[derive(Serialize)]
struct Period {
    since: Option<String>,
    until: Option<String>,
    first: Option<i64>,
    last: Option<i64>,
}

#[derive(Serialize)]
struct Outcomes {
    found: u64,
    not_covered: u64,
    abandoned: u64,
}

#[derive(Serialize)]
struct Channels {
    web: u64,
    cli: u64,
}

#[derive(Serialize)]
struct Entry<'r> {
    id: &'r str,
    title: Option<&'r str>,
    sessions: u64,
}

#[derive(Serialize)]
struct Solution<'r> {
    id: &'r str,
    title: Option<&'r str>,
    sessions: u64,
    first: u64,
    web: u64,
    feedback: Feedback,
}

#[derive(Serialize)]
struct Feedback {
    solved: u64,
    not_solved: u64,
}

#[derive(Serialize)]
struct NotCovered<'r> {
    sessions: u64,
    described: u64,
    groups: Vec<Group<'r>>,
    others: u64,
}

#[derive(Serialize)]
struct Searches<'r> {
    searches: u64,
    groups: Vec<Group<'r>>,
    others: u64,
}

#[derive(Serialize)]
struct Group<'r> {
    count: u64,
    text: &'r str,
    examples: Vec<Example<'r>>,
}

#[derive(Serialize)]
struct Example<'r> {
    text: &'r str,
    count: u64,
}

#[derive(Serialize)]
struct Unsure<'r> {
    id: &'r str,
    text: Option<&'r str>,
    unsure: u64,
    answered: u64,
}

#[derive(Serialize)]
struct Abandoned<'r> {
    id: &'r str,
    text: Option<&'r str>,
    sessions: u64,
}

/// Writes `report` as one JSON document and a line break.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let shape = Shape {
        journals: (report.journals.iter())
            .map(|j| Journal {
                path: &j.path,
                sessions: j.sessions,
            })
            .collect(),
        period: Period {
            since: report.since.map(|d| d.to_string()),
            until: report.until.map(|d| d.to_string()),
            first: report.first,
            last: report.last,
        },
        kb_version: &report.kb_version,
        sessions: report.sessions,
        outcomes: Outcomes {
            found: report.found,
            not_covered: report.not_covered,
            abandoned: report.abandoned,
        },
        channels: Channels {
            web: report.web,
            cli: report.cli,
        },
        mean_questions: (report.mean_questions * 100.0).round() / 100.0,
        mean_questions_not_covered: (report.mean_questions_not_covered * 100.0).round() / 100.0,
        other_versions: report.other_versions,
        entries: (report.entries.iter())
            .map(|e| Entry {
                id: &e.id,
                title: e.title.as_deref(),
                sessions: e.sessions,
            })
            .collect(),
        solutions: (report.solutions.iter())
            .map(|s| Solution {
                id: &s.line.id,
                title: s.line.title.as_deref(),
                sessions: s.count.sessions,
                first: s.count.first,
                web: s.count.web,
                feedback: Feedback {
                    solved: s.count.solved,
                    not_solved: s.count.not_solved,
                },
            })
            .collect(),
        not_covered: NotCovered {
            sessions: report.not_covered,
            described: report.gaps.total,
            groups: groups(&report.gaps),
            others: report.gaps.others,
        },
        unsure: (report.unsure.iter())
            .map(|q: &QuestionLine| Unsure {
                id: &q.id,
                text: q.text.as_deref(),
                unsure: q.count,
                answered: q.answered,
            })
            .collect(),
        abandoned: (report.stopped.iter())
            .map(|q| Abandoned {
                id: &q.id,
                text: q.text.as_deref(),
                sessions: q.count,
            })
            .collect(),
        empty_searches: Searches {
            searches: report.searches.total,
            groups: groups(&report.searches),
            others: report.searches.others,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &shape)?;
    writeln!(out)
}

fn groups(groups: &Groups) -> Vec<Group<'_>> {
    (groups.groups.iter())
        .map(|g: &gaps::Group| Group {
            count: g.count,
            text: &g.text,
            examples: (g.examples.iter())
                .map(|(text, count)| Example { text, count: *count })
                .collect(),
        })
        .collect()
}
