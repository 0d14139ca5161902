//! Renderers: one per output format, each writing data to any `Write`.

mod graph;
mod json;
mod markdown;
mod text;
pub mod wecom;

use std::io::{self, Write};

pub use graph::{Graph, graph};
pub use json::{ask_json, check_json};

use crate::engine::{Answer, Node, Outcome, TreeStats};
use crate::kb::{Entry, Kb, SolutionId, t};
use crate::lang::Lang;
use crate::search::{Field, Hit, Passage};
use crate::ui::{DiagnoseFormat, Format};

/// Writes the program's data in one output format.
pub trait Renderer: Transcript {
    /// Every entry: number and title.
    fn list(&self, kb: &Kb, out: &mut dyn Write) -> io::Result<()>;
    /// One entry with the given solutions (indices into `kb.solutions`) in full.
    fn show(&self, kb: &Kb, entry: &Entry, solutions: &[usize], out: &mut dyn Write) -> io::Result<()>;
    /// The decision tree and its depth figures.
    fn tree(&self, kb: &Kb, tree: &Node, out: &mut dyn Write) -> io::Result<()>;
    /// Search results, best first, with their entries' headings.
    fn hits(&self, hits: &[Hit], out: &mut dyn Write) -> io::Result<()>;
}

/// Writes a diagnosis in one output format: each answer as it is given, then the result.
pub trait Transcript {
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

/// The renderer for a format, in `lang`; `width` is the column count text is fitted to, if any.
pub fn renderer(format: Format, width: Option<usize>, lang: Lang) -> Box<dyn Renderer> {
    match format {
        Format::Text => Box::new(text::Text {
            width,
            lang,
            for_employee: false,
        }),
        Format::Markdown => Box::new(markdown::Markdown { lang }),
        Format::Json => Box::new(json::Json { lang }),
    }
}

/// The result as text for the employee who reached it on the web page, to copy and forward:
/// the text format, whose advice for a result not covered names no command.
pub fn employee_record(kb: &Kb, outcome: &Outcome, lang: Lang) -> String {
    let mut block = Vec::new();
    let text = text::Text {
        width: None,
        lang,
        for_employee: true,
    };
    // Into memory: cannot fail.
    let _ = text.outcome(kb, outcome, &mut block);
    console::strip_ansi_codes(&String::from_utf8_lossy(&block)).into_owned()
}

/// What writes a diagnosis in `format`, in `lang`; `width` is the column count text is fitted
/// to, if any.
pub fn transcript(format: DiagnoseFormat, width: Option<usize>, lang: Lang) -> Box<dyn Transcript> {
    match format {
        DiagnoseFormat::Text => Box::new(text::Text {
            width,
            lang,
            for_employee: false,
        }),
        DiagnoseFormat::Markdown => Box::new(markdown::Markdown { lang }),
        DiagnoseFormat::Json => Box::new(json::Json { lang }),
        DiagnoseFormat::Wecom => Box::new(wecom::Wecom { lang }),
    }
}

/// How an answer to `question` is written in transcripts and in the tree: as the menu offers
/// it.
pub fn answer_word(kb: &Kb, question: usize, answer: Answer, lang: Lang) -> String {
    let choice = kb.questions[question].is_choice();
    match answer {
        Answer::Yes => t!(lang, "answer-yes"),
        Answer::No if choice => t!(lang, "answer-none"),
        Answer::No => t!(lang, "answer-no"),
        Answer::Unsure if choice => t!(lang, "answer-cannot-say"),
        Answer::Unsure => t!(lang, "answer-unsure"),
        Answer::Pick(option) => {
            (kb.questions[option].option.clone()).unwrap_or_else(|| kb.questions[option].text.clone())
        }
    }
}

/// The token for an answer, as `--answers` takes it and the web page's links carry it.
pub fn answer_token(kb: &Kb, question: usize, answer: Answer) -> &str {
    match answer {
        Answer::Yes => "yes",
        Answer::No if kb.questions[question].is_choice() => "none",
        Answer::No => "no",
        Answer::Unsure => "unsure",
        Answer::Pick(option) => &kb.questions[option].id,
    }
}

/// An answer in a transcript, marked when it was read from the caller's description.
fn transcript_answer(kb: &Kb, outcome: &Outcome, i: usize, lang: Lang) -> String {
    let (question, answer) = outcome.answers[i];
    let word = answer_word(kb, question, answer, lang);
    if i < outcome.from_text {
        format!("{word}{}", t!(lang, "aside", text = t!(lang, "label-from-text")))
    } else {
        word
    }
}

/// What to do when the knowledge base does not cover the problem: escalate with the record,
/// and search with the employee's own words.
fn not_covered_advice(outcome: &Outcome, lang: Lang) -> String {
    t!(lang, "diagnose-not-covered-advice", words = search_words(outcome, lang))
}

/// The employee's words as the not-covered advice's `wecom-help search` takes them, quoted
/// for a shell (quotes in them would end a quoted argument early); a placeholder without them.
pub fn search_words(outcome: &Outcome, lang: Lang) -> String {
    match &outcome.message {
        Some(words) => format!("'{}'", words.replace('\'', "'\\''")),
        // A placeholder, for the agent to replace: as it always read.
        None => format!("\"{}\"", t!(lang, "label-employee-words")),
    }
}

/// What a leaf of the tree concludes: its solutions' names, or "not covered".
fn leaf_text(kb: &Kb, solutions: &[usize], lang: Lang) -> String {
    if solutions.is_empty() {
        return t!(lang, "label-not-covered");
    }
    let names: Vec<String> = solutions.iter().map(|&s| solution_name(kb, s, lang)).collect();
    names.join(" / ")
}

/// How the place of a matched passage is named.
pub fn field_name(lang: Lang, field: Field) -> String {
    match field {
        Field::Message => t!(lang, "field-message"),
        Field::Title => t!(lang, "field-title"),
        Field::Symptom => t!(lang, "field-symptom"),
        Field::Condition => t!(lang, "field-condition"),
        Field::Cause => t!(lang, "field-cause"),
        Field::Step => t!(lang, "field-step"),
        Field::Note => t!(lang, "field-note"),
    }
}

/// The line under the tree: how many solutions, and how many questions reach one.
fn footer(lang: Lang, stats: TreeStats) -> String {
    let TreeStats {
        solutions,
        mean,
        max,
        uncovered,
    } = stats;
    t!(
        lang,
        "tree-footer",
        solutions = solutions,
        mean = format!("{mean:.2}"),
        max = max,
        uncovered = uncovered
    )
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

/// The problem a diagnosis found: its entry's title, or, when its solutions belong to several
/// entries, words that say it is one of them (the first entry's title would name one only).
pub fn problem(kb: &Kb, outcome: &Outcome, lang: Lang) -> String {
    let mut entries = outcome.solutions.iter().map(|&s| kb.solutions[s].entry);
    match entries.next() {
        Some(first) if entries.all(|e| e == first) => kb.entries[first].title.clone(),
        Some(_) => t!(lang, "label-problem-several"),
        None => t!(lang, "label-not-covered"),
    }
}

/// The problem in one line with the solutions' numbers: "登录企微……怎么办？（FAQ 15）".
fn problem_line(kb: &Kb, outcome: &Outcome, lang: Lang) -> String {
    let ids: Vec<String> = outcome
        .solutions
        .iter()
        .map(|&s| kb.solutions[s].id.to_string())
        .collect();
    let ids = ids.join(&t!(lang, "list-separator"));
    if ids.is_empty() {
        return problem(kb, outcome, lang);
    }
    format!(
        "{}{}",
        problem(kb, outcome, lang),
        t!(lang, "aside", text = format!("FAQ {ids}"))
    )
}

/// The solutions of an outcome grouped by entry, in the outcome's order.
pub fn by_entry(kb: &Kb, solutions: &[usize]) -> Vec<(usize, Vec<usize>)> {
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
pub fn reference_title(kb: &Kb, id: SolutionId, lang: Lang) -> String {
    kb.solution_index(id)
        .and_then(|s| {
            solution_detail(
                lang,
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
pub fn solution_name(kb: &Kb, solution: usize, lang: Lang) -> String {
    let s = &kb.solutions[solution];
    match (
        s.id.case,
        solution_detail(lang, s.label.as_deref(), s.condition.as_deref()),
    ) {
        (Some(_), Some(detail)) => format!("{} {detail}", s.id),
        _ => format!("{} {}", s.id, kb.entry_of(solution).title),
    }
}

/// A solution's heading detail: label and condition, e.g. "情况一：员工离职后……".
pub fn solution_detail(lang: Lang, label: Option<&str>, condition: Option<&str>) -> Option<String> {
    match (label, condition) {
        (Some(label), Some(c)) => Some(format!("{label}{}{c}", t!(lang, "colon"))),
        (Some(x), None) | (None, Some(x)) => Some(x.to_owned()),
        (None, None) => None,
    }
}
