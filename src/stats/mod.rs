//! `wecom-help stats`: what the journals observed, as a report (text, JSON or an HTML page)
//! or as weights proposed for the entries.

mod gaps;
mod html;
mod json;
mod observed;
mod period;
mod problem;
mod report;
mod tally;
mod text;
mod weights;
mod words;

pub use observed::{Observed, Period, QuestionCount, SolutionCount, observe};
pub use period::Days;
pub use problem::Problem;
pub use report::Report;

use std::io::Write;
use std::path::PathBuf;

use crate::cli::{Options, Stats};
use crate::error::{EXIT_OK, Error};
use crate::knowledge;
use crate::resume;
use crate::ui::{self, StatsFormat};

/// Runs `stats` as the options ask: the report, or the weights.
pub fn run(options: &Options, stats: &Stats, out: &mut dyn Write) -> Result<i32, Error> {
    if stats.weights {
        return weights::run(options, stats, out);
    }
    let days = Days::parse(stats.since.as_deref(), stats.until.as_deref()).map_err(Error::Stats)?;
    if stats.journals.is_empty() {
        let default = crate::journal::default_path();
        return Err(Error::Stats(Problem::NoJournal { default }));
    }
    let knowledge = knowledge::load(&options.source, options.lang).map_err(Error::Kb)?;
    let kb = knowledge.kb().map_err(Error::Kb)?;
    let index = knowledge.index().map_err(Error::Kb)?;
    let version = resume::version(&kb);
    let observed = observe(&distinct(&stats.journals), days.period(), &version).map_err(Error::Journal)?;
    let report = Report::new(
        &observed,
        days,
        (&kb, &version),
        &|text| index.canonical(&crate::journal::without_masks(text)),
        options.lang,
    );
    match stats.format {
        StatsFormat::Text => text::write(&report, ui::output_width(options.width), options.lang, out)?,
        StatsFormat::Json => json::write(&report, out)?,
        StatsFormat::Html => html::write(&report, options.lang, out)?,
    }
    Ok(EXIT_OK)
}

/// The journals given, each once however often it was named (a path and a link to it are one).
fn distinct(journals: &[PathBuf]) -> Vec<PathBuf> {
    let mut seen = Vec::new();
    let mut kept = Vec::new();
    for path in journals {
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        if !seen.contains(&real) {
            seen.push(real);
            kept.push(path.clone());
        }
    }
    kept
}
