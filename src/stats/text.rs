//! The report for a terminal: sections with bold headings, bar charts of block characters
//! fitted to the width, texts wrapped.

use std::io::{self, Write};

use console::{StyledObject, measure_text_width, style};

use super::gaps::Groups;
use super::report::{Line, QuestionLine, Report};
use super::words::{self, Words};
use crate::kb::t;
use crate::lang::Lang;
use crate::ui::{truncate, wrap};

/// The bars' width when output is not fitted to a width.
const BAR: usize = 20;

/// Writes `report` fitted to `width` columns (none: lines as long as they are).
pub fn write(report: &Report, width: Option<usize>, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    Text { width, lang, out }.report(report)
}

struct Text<'o> {
    width: Option<usize>,
    lang: Lang,
    out: &'o mut dyn Write,
}

/// One bar of a chart: a label, the bar's value against the chart's largest, a figure and a
/// text after it.
struct Bar {
    label: String,
    value: u64,
    figure: String,
    text: String,
}

impl Text<'_> {
    fn report(&mut self, report: &Report) -> io::Result<()> {
        let lang = self.lang;
        let words = Words::new(report, lang);
        self.bold(&t!(lang, "stats-title"))?;
        self.wrapped(&words.journals, "", "")?;
        self.wrapped(&words.period, "", "")?;
        if let Some(seen) = &words.seen {
            self.wrapped(seen, "", "")?;
        }
        if let Some(empty) = &words.empty {
            writeln!(self.out)?;
            return self.wrapped(empty, "", "");
        }
        self.overview(report, &words)?;
        self.heading(&t!(lang, "stats-entries"))?;
        self.lines(&report.entries)?;
        self.heading(&t!(lang, "stats-solutions"))?;
        let solutions: Vec<Line> = report.solutions.iter().map(|s| s.line.clone()).collect();
        self.lines(&solutions)?;
        self.feedback(report, &words)?;
        self.heading(&t!(lang, "stats-gaps"))?;
        if report.not_covered > 0 {
            self.wrapped(&t!(lang, "stats-gaps-about"), "  ", "  ")?;
        }
        self.groups(&report.gaps)?;
        if report.untold > 0 {
            self.wrapped(&t!(lang, "stats-untold", count = report.untold), "  ", "  ")?;
        }
        self.heading(&t!(lang, "stats-unsure"))?;
        // A bar is the share of its question's answers that were 不确定, as the feedback's bars
        // are shares.
        self.questions(&report.unsure, true, |q| {
            t!(lang, "stats-unsure-count", unsure = q.count, answered = q.answered)
        })?;
        self.heading(&t!(lang, "stats-stopped"))?;
        self.questions(&report.stopped, false, |q| t!(lang, "stats-times", count = q.count))?;
        self.heading(&t!(lang, "stats-searches"))?;
        self.groups(&report.searches)
    }

    /// Sessions by outcome and channel, and a note on other versions.
    fn overview(&mut self, report: &Report, words: &Words) -> io::Result<()> {
        self.heading(&t!(self.lang, "stats-overview"))?;
        self.wrapped(&words.sessions, "  ", "  ")?;
        let bars: Vec<Bar> = (words.outcomes.iter().chain(&words.channels))
            .map(|(label, n)| Bar {
                label: label.clone(),
                value: *n,
                figure: n.to_string(),
                text: String::new(),
            })
            .collect();
        self.chart(&bars, u64::max(report.sessions, 1), |s| s.cyan())?;
        if let Some(note) = &words.other_versions {
            self.wrapped(note, "  ", "  ")?;
        }
        Ok(())
    }

    /// The solutions employees rated, the most often not solved first, and those nobody did.
    fn feedback(&mut self, report: &Report, words: &Words) -> io::Result<()> {
        let lang = self.lang;
        self.heading(&t!(lang, "stats-feedback"))?;
        let rated = report.feedback();
        if rated.is_empty() {
            return self.wrapped(&t!(lang, "stats-no-feedback"), "  ", "  ");
        }
        self.wrapped(&t!(lang, "stats-feedback-about"), "  ", "  ")?;
        let bars: Vec<Bar> = (rated.iter())
            .map(|s| Bar {
                label: words::one_line(&s.line.id),
                // Thousandths of the answers: the bar is a share.
                value: s.count.not_solved * 1000 / s.rated(),
                figure: t!(
                    lang,
                    "stats-not-solved",
                    not_solved = s.count.not_solved,
                    rated = s.rated(),
                    percent = s.not_solved_percent()
                ),
                text: words::title(&s.line, lang),
            })
            .collect();
        self.chart(&bars, 1000, |s| s.red())?;
        if let Some(unrated) = &words.unrated {
            self.wrapped(unrated, "  ", "  ")?;
        }
        Ok(())
    }

    fn heading(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out)?;
        self.bold(text)
    }

    fn bold(&mut self, text: &str) -> io::Result<()> {
        for line in wrap(text, self.width, "", "") {
            writeln!(self.out, "{}", style(line).bold())?;
        }
        Ok(())
    }

    fn wrapped(&mut self, text: &str, first: &str, rest: &str) -> io::Result<()> {
        for line in wrap(text, self.width, first, rest) {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    fn none(&mut self) -> io::Result<()> {
        let none = t!(self.lang, "stats-none");
        self.wrapped(&none, "  ", "  ")
    }

    /// Entries or solutions: number, bar, sessions, title.
    fn lines(&mut self, lines: &[Line]) -> io::Result<()> {
        if lines.is_empty() {
            return self.none();
        }
        let bars: Vec<Bar> = (lines.iter())
            .map(|line| Bar {
                label: words::one_line(&line.id),
                value: line.sessions,
                figure: line.sessions.to_string(),
                text: words::title(line, self.lang),
            })
            .collect();
        let max = lines.iter().map(|l| l.sessions).max().unwrap_or(1);
        self.chart(&bars, max, |s| s.cyan())
    }

    /// A chart: each bar on a line, its label and figure lined up, its text cut to the width.
    fn chart(
        &mut self,
        bars: &[Bar],
        max: u64,
        colour: fn(StyledObject<String>) -> StyledObject<String>,
    ) -> io::Result<()> {
        let label_width = bars.iter().map(|b| measure_text_width(&b.label)).max().unwrap_or(0);
        let figure_width = bars.iter().map(|b| measure_text_width(&b.figure)).max().unwrap_or(0);
        // Room is kept for a few columns of text after the figure, when there is text.
        let text = if bars.iter().any(|b| !b.text.is_empty()) {
            2 + 8
        } else {
            0
        };
        let bar_width = self.bar_width(2 + label_width + 1 + 2 + figure_width + text);
        for bar in bars {
            let drawn = blocks(bar.value, max, bar_width);
            let head = format!(
                "  {}{} {}{}  {}{}",
                bar.label,
                pad(&bar.label, label_width),
                colour(style(drawn.clone())),
                pad(&drawn, bar_width),
                pad(&bar.figure, figure_width),
                bar.figure,
            );
            let room = (self.width).map(|w| w.saturating_sub(measure_text_width(&head) + 2));
            match room {
                // Too narrow a line for the text: the number names it.
                _ if bar.text.is_empty() => writeln!(self.out, "{head}")?,
                Some(room) if room < 4 => writeln!(self.out, "{head}")?,
                _ => writeln!(self.out, "{head}  {}", truncate(&bar.text, room))?,
            }
        }
        Ok(())
    }

    /// Questions: the text wrapped, then its bar and figure under it.
    fn questions(
        &mut self,
        questions: &[QuestionLine],
        shares: bool,
        figure: impl Fn(&QuestionLine) -> String,
    ) -> io::Result<()> {
        if questions.is_empty() {
            return self.none();
        }
        let max = questions.iter().map(|q| q.count).max().unwrap_or(1);
        for question in questions {
            self.wrapped(&words::question(question, self.lang), "  ", "  ")?;
            let figure = figure(question);
            let whole = if shares { question.answered } else { max };
            let drawn = blocks(
                question.count,
                whole,
                self.bar_width(4 + 2 + measure_text_width(&figure)),
            );
            writeln!(self.out, "    {}  {figure}", style(drawn).yellow())?;
        }
        Ok(())
    }

    /// Grouped texts: count and representative text, then a few alike.
    fn groups(&mut self, groups: &Groups) -> io::Result<()> {
        if groups.total == 0 {
            return self.none();
        }
        let lang = self.lang;
        let times: Vec<String> = (groups.groups.iter())
            .map(|g| t!(lang, "stats-times", count = g.count))
            .collect();
        let times_width = times.iter().map(|t| measure_text_width(t)).max().unwrap_or(0);
        let number_width = groups.groups.len().to_string().len();
        for (i, (group, times)) in groups.groups.iter().zip(&times).enumerate() {
            let head = format!("  {:>number_width$}. {}{}  ", i + 1, pad(times, times_width), times);
            let hang = " ".repeat(measure_text_width(&head));
            self.wrapped(&words::one_line(&group.text), &head, &hang)?;
            if !group.examples.is_empty() {
                let examples: Vec<String> = (group.examples.iter())
                    .map(|(text, count)| t!(lang, "stats-example", text = words::one_line(text), count = *count))
                    .collect();
                let alike = t!(lang, "stats-alike", examples = examples);
                self.wrapped(&alike, &hang, &hang)?;
            }
        }
        if groups.others > 0 {
            self.wrapped(&t!(lang, "stats-others", count = groups.others), "  ", "  ")?;
        }
        Ok(())
    }

    /// A quarter of the width, within bounds, and no more than leaves `taken` columns for what
    /// stands beside the bar.
    fn bar_width(&self, taken: usize) -> usize {
        self.width
            .map_or(BAR, |w| (w / 4).clamp(8, 30).min(w.saturating_sub(taken)).max(1))
    }
}

/// Spaces that pad `text` to `width` columns.
fn pad(text: &str, width: usize) -> String {
    " ".repeat(width.saturating_sub(measure_text_width(text)))
}

/// A bar of `value` against `max` in `width` columns, in eighths of a column.
fn blocks(value: u64, max: u64, width: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = if max == 0 {
        0
    } else {
        // To the nearest eighth, and at least a sliver for anything counted at all.
        let max = u128::from(max);
        let nearest = (u128::from(value) * width as u128 * 8 * 2 + max) / (2 * max);
        (nearest as usize).clamp(usize::from(value > 0), width * 8)
    };
    let mut bar = "█".repeat(eighths / 8);
    if eighths % 8 > 0 {
        bar.push(PARTS[eighths % 8]);
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::blocks;

    #[test]
    fn bars_are_drawn_in_eighths() {
        assert_eq!(blocks(10, 10, 4), "████");
        assert_eq!(blocks(5, 10, 4), "██");
        assert_eq!(blocks(1, 16, 4), "▎");
        assert_eq!(blocks(0, 10, 4), "");
        assert_eq!(blocks(3, 0, 4), "");
        // Anything counted shows, however small.
        assert_eq!(blocks(1, 1_000_000, 20), "▏");
        assert_eq!(blocks(9, 10, 2), "█▊");
    }
}
