//! The proposal as the maintainer reads it (a table, the questions saved, the patch) or as data.

use std::io::{self, Write};

use serde::Serialize;

use super::{Proposal, Verdict, propose};
use crate::kb::t;
use crate::lang::Lang;
use crate::printable::printable;
use crate::ui::{truncate, wrap};

/// The proposal as text: each paragraph wrapped to `width`, the table's titles cut to it, and
/// the patch last, as it is, so that the whole output can be given to `git apply` or `patch`.
pub fn text(p: &Proposal, lang: Lang, width: Option<usize>, out: &mut dyn Write) -> io::Result<()> {
    let mut say = |text: String, out: &mut dyn Write| -> io::Result<()> {
        for line in wrap(&text, width, "", "") {
            writeln!(out, "{line}")?;
        }
        Ok(())
    };
    if p.verdict == Verdict::TooFew {
        say(
            t!(lang, "weights-too-few", sessions = p.sessions, minimum = p.minimum),
            out,
        )?;
        return notes(p, lang, &mut say, out);
    }
    say(
        t!(lang, "weights-heading", journals = p.journals, sessions = p.sessions),
        out,
    )?;
    writeln!(out)?;
    table(p, lang, width, out)?;
    writeln!(out)?;
    say(
        t!(lang, "weights-rule", solutions = p.solutions, entries = p.rows.len()),
        out,
    )?;
    let (before, after) = (format!("{:.2}", p.before), format!("{:.2}", p.after));
    say(t!(lang, "weights-expected", before = before, after = after), out)?;
    say(
        match p.verdict {
            Verdict::Unchanged => t!(lang, "weights-unchanged"),
            Verdict::NoGain => t!(lang, "weights-no-gain"),
            _ => t!(lang, "weights-fewer", fewer = format!("{:.2}", p.before - p.after)),
        },
        out,
    )?;
    notes(p, lang, &mut say, out)?;
    if !p.applied.is_empty() {
        let folder = printable(p.folder.as_deref().unwrap_or_default()).into_owned();
        let files: Vec<String> = p.applied.iter().map(|f| printable(f).into_owned()).collect();
        return say(
            t!(
                lang,
                "weights-applied",
                count = files.len(),
                files = files,
                folder = folder
            ),
            out,
        );
    }
    if let Some(patch) = &p.patch {
        // Not wrapped, as the patch is not: a folder's path would break at its slashes.
        let heading = match &p.folder {
            // A folder's control characters are shown, not obeyed.
            Some(folder) => t!(lang, "weights-patch-folder", folder = printable(folder)),
            None => t!(lang, "weights-patch-embedded"),
        };
        writeln!(out, "\n{heading}")?;
        out.write_all(patch.as_bytes())?;
    }
    Ok(())
}

/// What else the maintainer should know: sessions left out, or held on another version.
fn notes(
    p: &Proposal,
    lang: Lang,
    say: &mut impl FnMut(String, &mut dyn Write) -> io::Result<()>,
    out: &mut dyn Write,
) -> io::Result<()> {
    if p.unknown > 0 {
        say(t!(lang, "weights-unknown", count = p.unknown), out)?;
    }
    if p.other_versions > 0 {
        say(t!(lang, "weights-other-versions", count = p.other_versions), out)?;
    }
    Ok(())
}

/// One line per entry: number, sessions, share, current and proposed weight (right-aligned),
/// then the title, cut to what is left of the width.
fn table(p: &Proposal, lang: Lang, width: Option<usize>, out: &mut dyn Write) -> io::Result<()> {
    let head = [
        t!(lang, "weights-column-entry"),
        t!(lang, "weights-column-sessions"),
        t!(lang, "weights-column-share"),
        t!(lang, "weights-column-current"),
        t!(lang, "weights-column-proposed"),
    ];
    let cells: Vec<[String; 5]> = (p.rows.iter())
        .map(|r| {
            [
                r.id.to_string(),
                r.sessions.to_string(),
                format!("{:.1}%", r.share * 100.0),
                shown(r.current),
                propose::written(r.proposed),
            ]
        })
        .collect();
    let columns: Vec<usize> = (0..head.len())
        .map(|c| {
            (cells.iter().map(|row| &row[c]))
                .chain([&head[c]])
                .map(|text| console::measure_text_width(text))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |row: &[String; 5]| {
        let mut line = String::new();
        for (text, &column) in row.iter().zip(&columns) {
            let pad = column - console::measure_text_width(text);
            line.push_str(&" ".repeat(pad));
            line.push_str(text);
            line.push_str("  ");
        }
        line
    };
    let room = |line: &str| width.map(|w| w.saturating_sub(console::measure_text_width(line)).max(8));
    let heading = line(&head);
    let title = t!(lang, "weights-column-title");
    writeln!(out, "{heading}{}", truncate(&title, room(&heading)))?;
    for (row, r) in cells.iter().zip(&p.rows) {
        let line = line(row);
        writeln!(out, "{line}{}", truncate(&r.title, room(&line)))?;
    }
    Ok(())
}

/// A current weight as the maintainer wrote it, or in scientific notation when that would be
/// long (`1e308`).
fn shown(weight: f64) -> String {
    let plain = weight.to_string();
    if plain.len() <= 8 {
        plain
    } else {
        format!("{weight:.2e}")
    }
}

#[derive(Serialize)]
struct Json<'a> {
    /// `too_few`, `unchanged`, `no_gain`, `proposed` or `applied`.
    status: &'static str,
    journals: usize,
    sessions: u64,
    minimum: u64,
    unknown: u64,
    other_versions: u64,
    entries: Vec<JsonEntry<'a>>,
    expected_questions: Option<Expected>,
    folder: Option<&'a str>,
    patch: Option<&'a str>,
    applied: &'a [String],
}

#[derive(Serialize)]
struct JsonEntry<'a> {
    id: u32,
    title: &'a str,
    sessions: u64,
    share: f64,
    current: f64,
    proposed: f64,
}

#[derive(Serialize)]
struct Expected {
    before: f64,
    after: f64,
}

/// The proposal as data, in the shape the README documents.
pub fn json(p: &Proposal, out: &mut dyn Write) -> io::Result<()> {
    let status = match p.verdict {
        Verdict::TooFew => "too_few",
        Verdict::Unchanged => "unchanged",
        Verdict::NoGain => "no_gain",
        Verdict::Fewer if p.applied.is_empty() => "proposed",
        Verdict::Fewer => "applied",
    };
    let value = Json {
        status,
        journals: p.journals,
        sessions: p.sessions,
        minimum: p.minimum,
        unknown: p.unknown,
        other_versions: p.other_versions,
        entries: (p.rows.iter())
            .map(|r| JsonEntry {
                id: r.id,
                title: &r.title,
                sessions: r.sessions,
                share: r.share,
                current: r.current,
                proposed: r.proposed,
            })
            .collect(),
        expected_questions: (p.verdict != Verdict::TooFew).then_some(Expected {
            before: p.before,
            after: p.after,
        }),
        folder: p.folder.as_deref(),
        patch: p.patch.as_deref(),
        applied: &p.applied,
    };
    serde_json::to_writer_pretty(&mut *out, &value)?;
    writeln!(out)
}
