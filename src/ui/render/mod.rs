//! Renderers: one per output format, each writing data to any `Write`.

mod json;
mod markdown;
mod text;

use std::io::{self, Write};

use crate::diagnose::Outcome;
use crate::engine::{Answer, Node};
use crate::kb::{Entry, Kb, SolutionId};
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
}

/// The renderer for a format; `width` is the column count text is fitted to, if any.
pub fn renderer(format: Format, width: Option<usize>) -> Box<dyn Renderer> {
    match format {
        Format::Text => Box::new(text::Text { width }),
        Format::Markdown => Box::new(markdown::Markdown),
        Format::Json => Box::new(json::Json),
    }
}

/// How an answer is written for people.
pub fn answer_label(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "是",
        Answer::No => "否",
        Answer::Unsure => "不确定",
    }
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

/// The tree's depth figures, as printed under `tree`.
fn stats_footer(tree: &Node) -> String {
    let stats = tree.stats();
    format!(
        "{} 个解决方案，平均 {:.2} 个问题，最多 {} 个",
        stats.solutions, stats.mean, stats.max
    )
}

/// Solution numbers joined for one line: "16.1 / 16.2".
fn joined_ids(kb: &Kb, solutions: &[usize]) -> String {
    solutions
        .iter()
        .map(|&s| kb.solutions[s].id.to_string())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// What to point at after an entry: its related entries, then its solutions not shown.
fn related(kb: &Kb, entry: &Entry, shown: &[usize]) -> Vec<SolutionId> {
    let mut related = entry.related.clone();
    related.extend(
        entry
            .solutions
            .iter()
            .filter(|s| !shown.contains(s))
            .map(|&s| kb.solutions[s].id),
    );
    related
}

/// How a solution is named in one line: its number, then its condition where the entry has
/// several solutions, else the entry's title.
pub fn solution_name(kb: &Kb, solution: usize) -> String {
    let s = &kb.solutions[solution];
    match (s.id.case, solution_detail(s.label.as_deref(), s.condition.as_deref())) {
        (Some(_), Some(detail)) => format!("{} {detail}", s.id),
        _ => format!("{} {}", s.id, kb.entry_of(solution).title),
    }
}

/// A solution's heading detail: label and condition, e.g. "情况一：员工离职后……".
fn solution_detail(label: Option<&str>, condition: Option<&str>) -> Option<String> {
    match (label, condition) {
        (Some(l), Some(c)) => Some(format!("{l}：{c}")),
        (Some(x), None) | (None, Some(x)) => Some(x.to_owned()),
        (None, None) => None,
    }
}
