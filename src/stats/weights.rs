//! `stats --weights`: a `weight` for each entry proposed from how often the journals saw it,
//! with the questions the wizard would ask on that mix before and after, as a patch to the
//! entry files or, with `--apply`, written into them.

mod apply;
mod edit;
mod patch;
mod propose;
mod render;
mod replay;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use apply::Change;
use propose::Counts;

use crate::cli::{Options, Stats};
use crate::error::{EXIT_NO_RESULT, EXIT_OK, Error};
use crate::kb::{self, Bilingual, Kb, KbSource, SourceFile, message};
use crate::knowledge;
use crate::resume;
use crate::stats::{Days, observe};
use crate::ui::{self, StatsFormat};

/// What the proposal comes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Fewer sessions than [`propose::minimum`]: nothing is proposed.
    TooFew,
    /// The weights are already those the journals suggest.
    Unchanged,
    /// The proposed weights would not make the wizard ask fewer questions.
    NoGain,
    /// The proposed weights make the wizard ask fewer questions.
    Fewer,
}

/// One entry's line of the proposal.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: u32,
    pub title: String,
    /// Sessions counted for it.
    pub sessions: u64,
    /// Its share of the sessions counted, from 0 to 1.
    pub share: f64,
    pub current: f64,
    pub proposed: f64,
}

/// Everything `stats --weights` shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub verdict: Verdict,
    /// Journals read.
    pub journals: usize,
    /// Sessions with a result, counted for the entry of their first solution.
    pub sessions: u64,
    /// The fewest sessions to propose weights from.
    pub minimum: u64,
    /// Sessions with a result whose first solution the knowledge base does not have.
    pub unknown: u64,
    /// Sessions held on another version of the knowledge base.
    pub other_versions: u64,
    /// Every entry, in order; empty when there are too few sessions.
    pub rows: Vec<Row>,
    /// The knowledge base's solutions, which the weights are scaled to.
    pub solutions: usize,
    /// The mean questions per session on the observed mix, with the current and the proposed
    /// weights.
    pub before: f64,
    pub after: f64,
    /// The folder the patch's paths start from; `None` for the embedded knowledge base, whose
    /// files are those of `faq/` in the source.
    pub folder: Option<String>,
    /// The change as a unified diff, when it is an improvement.
    pub patch: Option<String>,
    /// The files `--apply` wrote, relative to the folder.
    pub applied: Vec<String>,
}

/// Runs `stats --weights`: proposes the weights and prints them with the patch, or writes them
/// with `--apply`. Exit 0 with a proposal that saves questions, 1 without one.
pub fn run(options: &Options, stats: &Stats, out: &mut dyn Write) -> Result<i32, Error> {
    if stats.format == StatsFormat::Html {
        return Err(Error::Weights(message!("weights-no-html")));
    }
    let folder = match &options.source {
        KbSource::Dir(dir) => Some(dir.as_path()),
        KbSource::Embedded => None,
    };
    if stats.apply && folder.is_none() {
        return Err(Error::Weights(message!("weights-apply-needs-kb")));
    }
    if stats.journals.is_empty() {
        return Err(Error::Weights(message!("weights-no-journal")));
    }
    let files = knowledge::files(&options.source).map_err(Error::Kb)?;
    let origin = folder.map_or_else(|| "faq".to_owned(), |dir| dir.display().to_string());
    let loaded = kb::from_files(&files, &origin).map_err(Error::Kb)?.kb;
    let kb = loaded.in_language(options.lang);
    let days = Days::parse(stats.since.as_deref(), stats.until.as_deref()).map_err(Error::Stats)?;
    let period = days.period();
    let version = resume::version(&kb);
    let observed = observe(&stats.journals, period, &version).map_err(Error::Journal)?;
    // Only sessions on this version of the knowledge base count: on another, ids may mean
    // something else. The note says how many were left out.
    let patterns = replay::patterns(&stats.journals, period, &version).map_err(Error::Journal)?;
    let counts = Counts::of(&kb, &replay::firsts(&patterns));
    let mut proposal = Proposal {
        verdict: Verdict::TooFew,
        journals: stats.journals.len(),
        sessions: counts.sessions(),
        minimum: propose::minimum(kb.entries.len()),
        unknown: counts.unknown,
        other_versions: observed.other_versions,
        rows: Vec::new(),
        solutions: kb.solutions.len(),
        before: 0.0,
        after: 0.0,
        folder: folder.map(|dir| dir.display().to_string()),
        patch: None,
        applied: Vec::new(),
    };
    let render = |proposal: &Proposal, out: &mut dyn Write| match stats.format {
        StatsFormat::Json => render::json(proposal, out),
        _ => render::text(proposal, options.lang, ui::output_width(options.width), out),
    };
    if proposal.sessions < proposal.minimum {
        render(&proposal, out)?;
        return Ok(EXIT_NO_RESULT);
    }
    let solutions: Vec<usize> = kb.entries.iter().map(|e| e.solutions.len()).collect();
    let weights = propose::propose(&counts.by_entry, &solutions);
    proposal.rows = rows(&kb, &counts, &weights);
    (proposal.before, proposal.after) = questions(&kb, &weights, &patterns);
    proposal.verdict = if kb.entries.iter().zip(&weights).all(|(e, &w)| e.weight == w) {
        Verdict::Unchanged
    } else if proposal.after < proposal.before - 1e-9 {
        Verdict::Fewer
    } else {
        Verdict::NoGain
    };
    if proposal.verdict != Verdict::Fewer {
        render(&proposal, out)?;
        return Ok(EXIT_NO_RESULT);
    }
    let (changes, expected) = changes(&loaded, &files, &weights, folder, &origin)?;
    proposal.patch = Some(
        (changes.iter())
            .map(|c| patch::unified(&c.relative, &c.old, &c.new))
            .collect(),
    );
    if let Some(dir) = folder.filter(|_| stats.apply) {
        apply::write(&changes).map_err(Error::Weights)?;
        reload(dir, &expected, &changes)?;
        proposal.applied = changes.iter().map(|c| c.relative.clone()).collect();
    }
    render(&proposal, out)?;
    Ok(EXIT_OK)
}

/// Each entry's line: its sessions, share, current and proposed weight.
fn rows(kb: &Kb, counts: &Counts, weights: &[f64]) -> Vec<Row> {
    let total = counts.sessions().max(1) as f64;
    (kb.entries.iter().zip(&counts.by_entry).zip(weights))
        .map(|((entry, &sessions), &proposed)| Row {
            id: entry.id,
            title: entry.title.clone(),
            sessions,
            share: sessions as f64 / total,
            current: entry.weight,
            proposed,
        })
        .collect()
}

/// The mean questions per session when the observed sessions are asked again (see `replay`),
/// with the knowledge base's weights and with `weights`.
fn questions(kb: &Kb, weights: &[f64], patterns: &replay::Patterns) -> (f64, f64) {
    let mut proposed = kb.clone();
    for (entry, &w) in proposed.entries.iter_mut().zip(weights) {
        entry.weight = w;
    }
    let mean = |kb: &Kb| replay::mean(kb, patterns).unwrap_or(0.0);
    (mean(kb), mean(&proposed))
}

/// The edits that give each entry its proposed weight, in the order of their paths, and the
/// knowledge base they make. Before anything is shown or written, the
/// edited files are loaded as a whole: they must give exactly the knowledge base read, with
/// the new weights, and nothing else changed.
fn changes(
    loaded: &Bilingual,
    files: &[SourceFile],
    weights: &[f64],
    folder: Option<&Path>,
    origin: &str,
) -> Result<(Vec<Change>, Bilingual), Error> {
    let mut expected = loaded.clone();
    let mut edited = files.to_vec();
    let mut changes = Vec::new();
    for (entry, &weight) in expected.kb.entries.iter_mut().zip(weights) {
        if entry.weight == weight {
            continue;
        }
        entry.weight = weight;
        let cannot = |path: &str| Error::Weights(message!("weights-cannot-place", path = path.to_owned()));
        let k = (files.iter().position(|f| f.shown == entry.file)).ok_or_else(|| cannot(&entry.file))?;
        let file = &files[k];
        let path = folder.map_or_else(|| PathBuf::from(&file.relative), |dir| dir.join(&file.relative));
        // The loader drops a byte-order mark; the file keeps it. (The embedded files have none.)
        let old = match folder {
            Some(_) => fs::read_to_string(&path).unwrap_or_else(|_| file.text.clone()),
            None => file.text.clone(),
        };
        let new = edit::set_weight(&old, &propose::written(weight)).ok_or_else(|| cannot(&file.shown))?;
        edited[k].text = new.strip_prefix('\u{feff}').unwrap_or(&new).to_owned();
        changes.push(Change {
            path,
            shown: file.shown.clone(),
            relative: file.relative.clone(),
            old,
            new,
        });
    }
    changes.sort_by(|a, b| a.relative.cmp(&b.relative));
    match kb::from_files(&edited, origin) {
        Ok(reloaded) if reloaded.kb == expected => Ok((changes, expected)),
        outcome => {
            // Name the file whose edit went wrong: the first a problem names, or whose entry
            // did not come out as expected.
            let wrong = match outcome {
                Err(problems) => problems.first().map(|p| p.file.clone()),
                Ok(reloaded) => (reloaded.kb.kb.entries.iter().zip(&expected.kb.entries))
                    .find(|(got, want)| got != want)
                    .map(|(_, want)| want.file.clone()),
            };
            let path = wrong.unwrap_or_else(|| changes[0].shown.clone());
            Err(Error::Weights(message!("weights-cannot-place", path = path)))
        }
    }
}

/// Loads the folder again after `--apply`, to prove that it holds what was meant: the knowledge
/// base read, with the new weights. Otherwise the files are put back as they were.
fn reload(dir: &Path, expected: &Bilingual, changes: &[Change]) -> Result<(), Error> {
    if kb::load_dir(dir).is_ok_and(|loaded| loaded.kb == *expected) {
        return Ok(());
    }
    let folder = dir.display().to_string();
    Err(Error::Weights(match apply::undo(changes) {
        Ok(()) => message!("weights-reload-failed", folder = folder),
        Err(left) => message!("weights-reload-not-restored", folder = folder, files = left),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for item in fs::read_dir(from).unwrap() {
            let item = item.unwrap();
            if item.file_type().unwrap().is_dir() {
                copy(&item.path(), &to.join(item.file_name()));
            } else {
                fs::copy(item.path(), to.join(item.file_name())).unwrap();
            }
        }
    }

    /// The embedded files are those of `faq/` as written, so that the patch proposed for the
    /// embedded knowledge base applies in `faq/` and gives the weights proposed.
    #[test]
    fn the_patch_for_the_embedded_knowledge_base_applies_in_faq() {
        let files = knowledge::files(&KbSource::Embedded).unwrap();
        let loaded = kb::from_files(&files, "faq").unwrap().kb;
        let weights: Vec<f64> = (1..=loaded.kb.entries.len())
            .map(|i| propose::two_digits(i as f64 / 3.0))
            .collect();
        let (changes, _) = changes(&loaded, &files, &weights, None, "faq").unwrap();
        assert_eq!(
            changes.len(),
            loaded.kb.entries.len() - 1,
            "entry 3 keeps its weight, 1"
        );
        let patch: String = (changes.iter())
            .map(|c| patch::unified(&c.relative, &c.old, &c.new))
            .collect();
        let faq = tempfile::tempdir().unwrap();
        copy(&Path::new(env!("CARGO_MANIFEST_DIR")).join("faq"), faq.path());
        let mut git = std::process::Command::new("git")
            .args(["apply", "-"])
            .current_dir(faq.path())
            .stdin(std::process::Stdio::piped())
            .spawn()
            .expect("git is needed for this test");
        git.stdin.take().unwrap().write_all(patch.as_bytes()).unwrap();
        assert!(git.wait().unwrap().success(), "git apply refused:\n{patch}");
        let applied = kb::load_dir(faq.path()).unwrap().kb.kb;
        let got: Vec<f64> = applied.entries.iter().map(|e| e.weight).collect();
        assert_eq!(got, weights);
    }
}
