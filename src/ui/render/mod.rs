//! Renderers: one per output format, each writing data to any `Write`.

mod graph;
mod json;
mod labels;
mod markdown;
mod text;

use std::io::{self, Write};

use crate::engine::Outcome;
pub use graph::{Graph, graph};
pub use json::check_json;
pub use labels::Labels;

use crate::engine::{Answer, Node};
use crate::kb::{Entry, Kb, SolutionId};
use crate::lang::Lang;
use crate::search::{Hit, Passage};
use crate::ui::Format;

/// Writes the program's data in one output format.
pub trait Renderer {
    /// Every entry: number and title.
    fn list(&self, kb: &Kb, out: &mut dyn Write) -> io::Result<()>;
    /// One entry with the given solutions (indices into `kb.solutions`) in full.
    fn show(&self, kb: &Kb, entry: &Entry, solutions: &[usize], out: &mut dyn Write) -> io::Result<()>;
    /// The decision tree and its depth figures.
    fn tree(&self, kb: &Kb, tree: &Node, out: &mut dyn Write) -> io::Result<()>;
    /// One question of a scripted diagnosis with its answer, as it is given; `None` for
    /// 返回上一步.
    fn step(
        &self,
        kb: &Kb,
        number: usize,
        question: usize,
        answer: Option<Answer>,
        out: &mut dyn Write,
    ) -> io::Result<()>;
    /// The result of a diagnosis: the solutions in full, then the path taken.
    fn outcome(&self, kb: &Kb, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()>;
    /// Search results, best first, with their entries' headings.
    fn hits(&self, hits: &[Hit], out: &mut dyn Write) -> io::Result<()>;
}

/// The renderer for a format; `width` is the column count text is fitted to, if any.
pub fn renderer(format: Format, width: Option<usize>, lang: Lang) -> Box<dyn Renderer> {
    let labels = Labels::of(lang);
    match format {
        Format::Text => Box::new(text::Text { width, labels }),
        Format::Markdown => Box::new(markdown::Markdown { labels }),
        Format::Json => Box::new(json::Json),
    }
}

/// A passage cut to about `room` columns around its first match, as (before, matched, after)
/// pieces in order.
pub fn passage_pieces(passage: &Passage, room: Option<usize>) -> Vec<(&str, bool)> {
    let text = passage.text.as_str();
    let mut start = 0;
    if let (Some(room), Some(first)) = (room, passage.spans.first()) {
        // Keep a little context before the first match when the text would not fit.
        if console::measure_text_width(&text[..first.end]) > room {
            let before: Vec<(usize, char)> = text[..first.start].char_indices().collect();
            start = before.len().checked_sub(6).map_or(0, |i| before[i].0);
        }
    }
    let mut pieces = Vec::new();
    let mut at = start;
    for span in passage.spans.iter().filter(|s| s.end > start) {
        let span_start = span.start.max(start);
        if at < span_start {
            pieces.push((&text[at..span_start], false));
        }
        pieces.push((&text[span_start..span.end], true));
        at = span.end;
    }
    if at < text.len() {
        pieces.push((&text[at..], false));
    }
    pieces
}

/// The problem a diagnosis found: the best solution's entry title.
fn problem(kb: &Kb, outcome: &Outcome) -> String {
    outcome
        .solutions
        .first()
        .map_or_else(String::new, |&s| kb.entry_of(s).title.clone())
}

/// The problem in one line with the solutions' numbers: "登录企微……怎么办？（FAQ 15）".
fn problem_line(kb: &Kb, outcome: &Outcome, l: &Labels) -> String {
    let (open, close) = l.parens;
    let ids: Vec<String> = outcome
        .solutions
        .iter()
        .map(|&s| kb.solutions[s].id.to_string())
        .collect();
    format!("{}{open}FAQ {}{close}", problem(kb, outcome), ids.join(l.and))
}

/// The solutions of an outcome grouped by entry, in the outcome's order.
fn by_entry(kb: &Kb, solutions: &[usize]) -> Vec<(usize, Vec<usize>)> {
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for &s in solutions {
        let entry = kb.solutions[s].entry;
        match groups.iter_mut().find(|(e, _)| *e == entry) {
            Some((_, list)) => list.push(s),
            None => groups.push((entry, vec![s])),
        }
    }
    groups
}

/// Solution numbers joined for one line: "16.1 / 16.2".
fn joined_ids(kb: &Kb, solutions: &[usize]) -> String {
    solutions
        .iter()
        .map(|&s| kb.solutions[s].id.to_string())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// What to point at after an entry: its related entries and those of the solutions shown, then
/// its solutions not shown.
pub fn related(kb: &Kb, entry: &Entry, shown: &[usize]) -> Vec<SolutionId> {
    let mut related = entry.related.clone();
    for &s in shown {
        for &id in &kb.solutions[s].related {
            if !related.contains(&id) {
                related.push(id);
            }
        }
    }
    related.extend(
        entry
            .solutions
            .iter()
            .filter(|s| !shown.contains(s))
            .map(|&s| kb.solutions[s].id),
    );
    related
}

/// What a related entry or solution is called: a solution of several by its label and
/// condition, an entry by its title.
fn reference_title(kb: &Kb, id: SolutionId, l: &Labels) -> String {
    kb.solution_index(id)
        .and_then(|s| {
            solution_detail(
                l,
                kb.solutions[s].label.as_deref(),
                kb.solutions[s].condition.as_deref(),
            )
        })
        .filter(|_| id.case.is_some())
        .or_else(|| kb.entry(id.entry).map(|e| e.title.clone()))
        .unwrap_or_default()
}

/// How a solution is named in one line: its number, then its condition where the entry has
/// several solutions, else the entry's title.
pub fn solution_name(kb: &Kb, solution: usize, l: &Labels) -> String {
    let s = &kb.solutions[solution];
    match (
        s.id.case,
        solution_detail(l, s.label.as_deref(), s.condition.as_deref()),
    ) {
        (Some(_), Some(detail)) => format!("{} {detail}", s.id),
        _ => format!("{} {}", s.id, kb.entry_of(solution).title),
    }
}

/// A solution's heading detail: label and condition, e.g. "情况一：员工离职后……".
fn solution_detail(l: &Labels, label: Option<&str>, condition: Option<&str>) -> Option<String> {
    match (label, condition) {
        (Some(label), Some(c)) => Some(format!("{label}{}{c}", l.colon)),
        (Some(x), None) | (None, Some(x)) => Some(x.to_owned()),
        (None, None) => None,
    }
}
