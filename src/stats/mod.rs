//! `wecom-help stats`: what the journals observed, as a report (text, JSON or an HTML page)
//! or as weights proposed for the entries.

mod observed;
mod weights;

pub use observed::{Observed, Period, QuestionCount, SolutionCount, observe};

use std::io::Write;

use crate::cli::{Options, Stats};
use crate::error::{EXIT_OK, Error};
use crate::knowledge::{self};
use crate::resume;

/// Runs `stats` as the options ask: the report, or the weights.
pub fn run(options: &Options, stats: &Stats, out: &mut dyn Write) -> Result<i32, Error> {
    if stats.weights {
        return weights::run(options, stats, out);
    }
    if stats.journals.is_empty() {
        return Err(Error::NoJournal);
    }
    let knowledge = knowledge::load(&options.source, options.lang).map_err(Error::Kb)?;
    let kb = knowledge.kb().map_err(Error::Kb)?;
    let observed = observe(&stats.journals, Period::default(), &resume::version(&kb)).map_err(Error::Journal)?;
    writeln!(out, "{}", observed.sessions)?;
    Ok(EXIT_OK)
}
