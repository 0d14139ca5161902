//! Plain text for the terminal: headings in bold, text wrapped to the width.

use std::fmt::Write as _;
use std::io::{self, Write};

use console::style;

use super::{
    Renderer, Transcript, answer_word, by_entry, field_name, footer, joined_ids, leaf_text, not_covered_advice,
    passage_pieces, problem_line, reference_title, related, solution_detail, transcript_answer,
};
use crate::engine::{Answer, Node, Outcome};
use crate::kb::{Entry, Kb, t};
use crate::lang::Lang;
use crate::search::Hit;
use crate::ui::{NO_BREAK, truncate, wrap};

pub struct Text {
    pub width: Option<usize>,
    pub lang: Lang,
    /// Written for the employee on the web page, who runs no command: a result the knowledge
    /// base does not cover says to hand the record on, without `wecom-help search`.
    pub for_employee: bool,
}

impl Text {
    fn lines(&self, out: &mut dyn Write, text: &str, first: &str, rest: &str) -> io::Result<()> {
        for line in wrap(text, self.width, first, rest) {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }

    /// `text` as a numbered item, its continuation lines under the text.
    fn numbered(&self, out: &mut dyn Write, number: usize, text: &str) -> io::Result<()> {
        let head = format!("  {number}. ");
        self.lines(out, text, &head, &hanging(&head))
    }

    fn solutions(&self, kb: &Kb, entry: &Entry, solutions: &[usize], out: &mut dyn Write) -> io::Result<()> {
        let lang = self.lang;
        let colon = t!(lang, "colon");
        for &s in solutions {
            let solution = &kb.solutions[s];
            writeln!(out)?;
            let heading = match solution.id.case {
                None => t!(lang, "label-solution"),
                Some(_) => format!("{} {}", t!(lang, "label-solution"), solution.id),
            };
            match solution_detail(lang, solution.label.as_deref(), solution.condition.as_deref()) {
                Some(detail) => {
                    // Continued under the detail, apart from the body's indent.
                    let aside = t!(lang, "aside", text = detail.as_str());
                    let open = aside.find(detail.as_str()).map_or("", |at| &aside[..at]);
                    let hang = hanging(&format!("{heading}{open}"));
                    self.lines(out, &format!("{}{aside}", style(&heading).bold()), "", &hang)?
                }
                None => writeln!(out, "{}", style(heading).bold())?,
            }
            if let Some(cause) = &solution.cause {
                self.lines(out, &format!("{}{colon}{cause}", t!(lang, "label-cause")), "  ", "  ")?;
            }
            for (i, step) in solution.steps.iter().enumerate() {
                self.numbered(out, i + 1, step)?;
            }
            if let Some(note) = &solution.note {
                let label = style(format!("{}{colon}", t!(lang, "label-note"))).yellow();
                self.lines(out, &format!("{label}{note}"), "  ", "  ")?;
            }
        }
        let related = related(kb, entry, solutions);
        if !related.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", style(t!(lang, "label-related")).bold())?;
            for id in related {
                let title = reference_title(kb, id, lang);
                let prefix = format!("  • {:<5} ", id.to_string());
                let room = self
                    .width
                    .map(|w| w.saturating_sub(console::measure_text_width(&prefix)));
                writeln!(out, "{prefix}{}", truncate(&title, room))?;
            }
        }
        Ok(())
    }

    /// The branches below `node`.
    fn node(&self, kb: &Kb, node: &Node, prefix: &str, out: &mut dyn Write) -> io::Result<()> {
        let Node::Ask { question, branches } = node else {
            return Ok(());
        };
        for (i, (answer, child)) in branches.iter().enumerate() {
            let last = i + 1 == branches.len();
            let label = answer_word(kb, *question, *answer, self.lang);
            let branch = if last { "└─" } else { "├─" };
            let head = format!("{prefix}{branch} ");
            let deeper = format!("{prefix}{}  ", if last { " " } else { "│" });
            match child {
                Node::Leaf { solutions } => {
                    let text = format!("{label} → {}", leaf_text(kb, solutions, self.lang));
                    self.branch(out, &head, &deeper, &text, true)?;
                }
                Node::Ask { question, .. } => {
                    // Continued lines keep the line down to this question's own answers.
                    let text = format!("{label} → {}", kb.questions[*question].text);
                    self.branch(out, &head, &format!("{deeper}│"), &text, false)?;
                    self.node(kb, child, &deeper, out)?;
                }
            }
        }
        Ok(())
    }

    /// One branch of the tree: `head`, then `text` wrapped under itself, its continued lines
    /// drawn with `lines` (the tree's vertical lines) padded to the text; a leaf in green.
    fn branch(&self, out: &mut dyn Write, head: &str, lines: &str, text: &str, leaf: bool) -> io::Result<()> {
        // Continued lines start where the first line's text does, or after the tree's lines.
        let indent = console::measure_text_width(head).max(console::measure_text_width(lines) + 1);
        let room = self.width.map(|w| w.saturating_sub(indent));
        for (i, line) in wrap(text, room, "", "").iter().enumerate() {
            let line = if leaf { style(line).green() } else { style(line) };
            match i {
                0 => writeln!(out, "{head}{line}")?,
                _ => {
                    let pad = indent.saturating_sub(console::measure_text_width(lines));
                    writeln!(out, "{lines}{:pad$}{line}", "")?
                }
            }
        }
        Ok(())
    }
}

impl Renderer for Text {
    fn list(&self, kb: &Kb, out: &mut dyn Write) -> io::Result<()> {
        for entry in &kb.entries {
            let number = format!("{:>3}  ", entry.id);
            let room = self.width.map(|w| w.saturating_sub(number.len()));
            writeln!(out, "{}{}", style(number).bold(), truncate(&entry.title, room))?;
        }
        Ok(())
    }

    fn show(&self, kb: &Kb, entry: &Entry, solutions: &[usize], out: &mut dyn Write) -> io::Result<()> {
        let lang = self.lang;
        let colon = t!(lang, "colon");
        // Continued under the title, apart from the body's indent.
        let number = format!("FAQ {}  ", entry.id);
        let title = style(format!("{number}{}", entry.title)).bold();
        self.lines(out, &title.to_string(), "", &hanging(&number))?;
        self.lines(
            out,
            &format!("{}{colon}{}", t!(lang, "label-category"), entry.category),
            "",
            "  ",
        )?;
        if !entry.symptoms.is_empty() || !entry.messages.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", style(t!(lang, "label-symptoms")).bold())?;
            for symptom in &entry.symptoms {
                self.lines(out, symptom, "  • ", "    ")?;
            }
            let on_screen = t!(lang, "label-on-screen");
            for message in &entry.messages {
                self.lines(
                    out,
                    &format!("{on_screen}{colon}{}", t!(lang, "quoted", text = message)),
                    "  • ",
                    "    ",
                )?;
            }
        }
        if let Some(cause) = &entry.cause {
            writeln!(out)?;
            writeln!(out, "{}", style(t!(lang, "label-cause")).bold())?;
            self.lines(out, cause, "  ", "  ")?;
        }
        self.solutions(kb, entry, solutions, out)
    }

    fn tree(&self, kb: &Kb, tree: &Node, out: &mut dyn Write) -> io::Result<()> {
        match tree {
            Node::Ask { question, .. } => {
                self.branch(out, "", "│  ", &kb.questions[*question].text, false)?;
                self.node(kb, tree, "", out)?;
            }
            Node::Leaf { solutions } => writeln!(out, "→ {}", leaf_text(kb, solutions, self.lang))?,
        }
        writeln!(out)?;
        self.lines(out, &footer(self.lang, tree.stats()), "", "")
    }

    fn hits(&self, hits: &[Hit], out: &mut dyn Write) -> io::Result<()> {
        let lang = self.lang;
        let colon = t!(lang, "colon");
        for (i, hit) in hits.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            let head = format!("{:>5}  ", hit.id);
            let score = format!("  {:.2}", hit.score);
            let room = self.width.map(|w| w.saturating_sub(head.len() + score.len()));
            let title = &hit.title;
            writeln!(
                out,
                "{}{}{}",
                style(head).bold(),
                truncate(title, room),
                style(score).dim()
            )?;
            if let Some(id) = &hit.related_to {
                let note = t!(lang, "search-related", id = id.as_str());
                writeln!(
                    out,
                    "       {}",
                    truncate(&note, self.width.map(|w| w.saturating_sub(7)))
                )?;
                continue;
            }
            let label = format!("       {}{colon}", field_name(lang, hit.passage.field));
            let room = self
                .width
                .map(|w| w.saturating_sub(console::measure_text_width(&label)));
            let pieces = passage_pieces(&hit.passage, room);
            let mut line = String::new();
            if pieces.first().is_some_and(|(p, _)| !hit.passage.text.starts_with(p)) {
                line.push('…');
            }
            for (piece, matched) in pieces {
                // Writing to a `String` cannot fail.
                let _ = match (matched, console::colors_enabled()) {
                    (true, true) => write!(line, "{}", style(piece).yellow().bold()),
                    (true, false) => line.write_str(&t!(lang, "marked", text = piece)),
                    (false, _) => line.write_str(piece),
                };
            }
            writeln!(out, "{label}{}", truncate(&line, room))?;
        }
        Ok(())
    }
}

impl Transcript for Text {
    fn step(
        &self,
        kb: &Kb,
        number: usize,
        question: usize,
        answer: Option<Answer>,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let lang = self.lang;
        let answer = answer.map_or_else(|| t!(lang, "answer-back"), |a| answer_word(kb, question, a, lang));
        let text = answered(&kb.questions[question].text, &style(answer).cyan().to_string());
        let head = format!("{}{}", t!(lang, "question-number", number = number), t!(lang, "colon"));
        self.lines(out, &text, &head, &hanging(&head))
    }

    /// A block to paste into a ticket: the problem in one line, the questions with their
    /// answers, then the solution(s) in full.
    fn outcome(&self, kb: &Kb, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        let lang = self.lang;
        let colon = t!(lang, "colon");
        writeln!(out, "{}", style(t!(lang, "label-result-title")).bold())?;
        self.lines(
            out,
            &format!(
                "{}{colon}{}",
                t!(lang, "label-problem"),
                problem_line(kb, outcome, lang)
            ),
            "",
            "  ",
        )?;
        if let Some(message) = &outcome.message {
            self.lines(
                out,
                &format!("{}{colon}{message}", t!(lang, "label-employee-said")),
                "",
                "  ",
            )?;
        }
        writeln!(out)?;
        writeln!(out, "{}", style(t!(lang, "label-record")).bold())?;
        if outcome.answers.is_empty() {
            writeln!(out, "  {}", t!(lang, "label-no-questions"))?;
        }
        for (i, &(question, _)) in outcome.answers.iter().enumerate() {
            let answer = transcript_answer(kb, outcome, i, lang);
            self.numbered(out, i + 1, &answered(&kb.questions[question].text, &answer))?;
        }
        writeln!(out)?;
        if outcome.not_covered() {
            writeln!(out, "{}", style(t!(lang, "label-result")).bold())?;
            let advice = match self.for_employee {
                true => t!(lang, "web-not-covered-advice"),
                false => not_covered_advice(outcome, lang),
            };
            return self.lines(out, &advice, "  ", "  ");
        }
        let heading = match outcome.solutions.len() {
            count if count > 1 => t!(lang, "label-several", count = count),
            _ => t!(lang, "label-result"),
        };
        writeln!(out, "{}", style(heading).bold())?;
        if !outcome.unconfirmed.is_empty() {
            let ids = joined_ids(kb, &outcome.unconfirmed);
            let warning = t!(lang, "label-unconfirmed", ids = ids);
            self.lines(out, &style(warning).yellow().to_string(), "  ", "  ")?;
        }
        for (entry, solutions) in by_entry(kb, &outcome.solutions) {
            writeln!(out)?;
            self.show(kb, &kb.entries[entry], &solutions, out)?;
        }
        Ok(())
    }
}

/// Spaces as wide as `head`, to continue a line under the text that follows it.
fn hanging(head: &str) -> String {
    " ".repeat(console::measure_text_width(head))
}

/// "question → answer", the answer never alone on a line when it wraps.
fn answered(question: &str, answer: &str) -> String {
    format!("{question}{NO_BREAK}→{NO_BREAK}{answer}")
}
