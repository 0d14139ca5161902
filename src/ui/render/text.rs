//! Plain text for the terminal: headings in bold, text wrapped to the width.

use std::io::{self, Write};

use console::style;

use super::{
    Renderer, answer_label, by_entry, field_label, joined_ids, passage_pieces, reference_title, related,
    solution_detail, solution_name, stats_footer,
};
use crate::diagnose::Outcome;
use crate::engine::{Answer, Node};
use crate::kb::{Entry, Kb};
use crate::search::Hit;
use crate::ui::{truncate, wrap};

pub struct Text {
    pub width: Option<usize>,
}

impl Text {
    fn lines(&self, out: &mut dyn Write, text: &str, first: &str, rest: &str) -> io::Result<()> {
        for line in wrap(text, self.width, first, rest) {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }

    fn solutions(&self, kb: &Kb, entry: &Entry, solutions: &[usize], out: &mut dyn Write) -> io::Result<()> {
        for &s in solutions {
            let solution = &kb.solutions[s];
            writeln!(out)?;
            let heading = match solution.id.case {
                None => "解决方案".to_owned(),
                Some(_) => format!("解决方案 {}", solution.id),
            };
            match solution_detail(solution.label.as_deref(), solution.condition.as_deref()) {
                Some(detail) => self.lines(out, &format!("{}（{detail}）", style(&heading).bold()), "", "  ")?,
                None => writeln!(out, "{}", style(heading).bold())?,
            }
            if let Some(cause) = &solution.cause {
                self.lines(out, &format!("原因：{cause}"), "  ", "  ")?;
            }
            for (i, step) in solution.steps.iter().enumerate() {
                let number = format!("  {}. ", i + 1);
                let indent = " ".repeat(console::measure_text_width(&number));
                self.lines(out, step, &number, &indent)?;
            }
            if let Some(note) = &solution.note {
                self.lines(out, &format!("{}{note}", style("注意：").yellow()), "  ", "  ")?;
            }
        }
        let related = related(kb, entry, solutions);
        if !related.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", style("相关").bold())?;
            for id in related {
                let title = reference_title(kb, id);
                let prefix = format!("  • {:<5} ", id.to_string());
                let room = self
                    .width
                    .map(|w| w.saturating_sub(console::measure_text_width(&prefix)));
                writeln!(out, "{prefix}{}", truncate(&title, room))?;
            }
        }
        Ok(())
    }

    fn node(&self, kb: &Kb, node: &Node, prefix: &str, out: &mut dyn Write) -> io::Result<()> {
        let Node::Ask { yes, no, .. } = node else {
            return Ok(());
        };
        for (label, child, last) in [("是", yes, false), ("否", no, true)] {
            let branch = if last { "└─" } else { "├─" };
            let head = format!("{prefix}{branch} {label} → ");
            let room = self.width.map(|w| w.saturating_sub(console::measure_text_width(&head)));
            match child.as_ref() {
                Node::Leaf { solutions } => {
                    let names: Vec<String> = solutions.iter().map(|&s| solution_name(kb, s)).collect();
                    writeln!(out, "{head}{}", style(truncate(&names.join(" / "), room)).green())?;
                }
                Node::Ask { question, .. } => {
                    writeln!(out, "{head}{}", truncate(&kb.questions[*question].text, room))?;
                    let deeper = format!("{prefix}{}  ", if last { " " } else { "│" });
                    self.node(kb, child, &deeper, out)?;
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
        self.lines(
            out,
            &format!("{}", style(format!("FAQ {}  {}", entry.id, entry.title)).bold()),
            "",
            "",
        )?;
        writeln!(out, "分类：{}", entry.category)?;
        if !entry.symptoms.is_empty() || !entry.messages.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", style("症状").bold())?;
            for symptom in &entry.symptoms {
                self.lines(out, symptom, "  • ", "    ")?;
            }
            for message in &entry.messages {
                self.lines(out, &format!("屏幕提示：“{message}”"), "  • ", "    ")?;
            }
        }
        if let Some(cause) = &entry.cause {
            writeln!(out)?;
            writeln!(out, "{}", style("原因").bold())?;
            self.lines(out, cause, "  ", "  ")?;
        }
        self.solutions(kb, entry, solutions, out)
    }

    fn tree(&self, kb: &Kb, tree: &Node, out: &mut dyn Write) -> io::Result<()> {
        match tree {
            Node::Ask { question, .. } => {
                writeln!(out, "{}", truncate(&kb.questions[*question].text, self.width))?;
                self.node(kb, tree, "", out)?;
            }
            Node::Leaf { solutions } => writeln!(out, "→ {}", joined_ids(kb, solutions))?,
        }
        writeln!(out)?;
        writeln!(out, "{}", stats_footer(tree))
    }

    fn step(
        &self,
        kb: &Kb,
        number: usize,
        question: usize,
        answer: Option<Answer>,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let answer = answer.map_or("返回上一步", answer_label);
        let text = format!("{} → {}", kb.questions[question].text, style(answer).cyan());
        self.lines(out, &text, &format!("问题 {number}："), "       ")
    }

    fn outcome(&self, kb: &Kb, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        let groups = by_entry(kb, &outcome.solutions);
        if outcome.solutions.len() > 1 {
            writeln!(
                out,
                "{}",
                style(format!(
                    "有 {} 个可能的解决方案，最可能的在前：",
                    outcome.solutions.len()
                ))
                .bold()
            )?;
        } else {
            writeln!(out, "{}", style("诊断结果").bold())?;
        }
        for (entry, solutions) in groups {
            writeln!(out)?;
            self.show(kb, &kb.entries[entry], &solutions, out)?;
        }
        writeln!(out)?;
        writeln!(out, "{}", style("问诊记录").bold())?;
        if outcome.answers.is_empty() {
            writeln!(out, "  （没有问任何问题）")?;
        }
        for (i, &(question, answer)) in outcome.answers.iter().enumerate() {
            let text = format!("{} → {}", kb.questions[question].text, answer_label(answer));
            let number = format!("  {}. ", i + 1);
            let indent = " ".repeat(number.len());
            self.lines(out, &text, &number, &indent)?;
        }
        let ids: Vec<String> = outcome
            .solutions
            .iter()
            .map(|&s| kb.solutions[s].id.to_string())
            .collect();
        writeln!(out, "  结论：FAQ {}", ids.join("、"))
    }

    fn hits(&self, kb: &Kb, hits: &[Hit], out: &mut dyn Write) -> io::Result<()> {
        for (i, hit) in hits.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            let head = format!("{:>5}  ", hit.id);
            let score = format!("  {:.2}", hit.score);
            let room = self.width.map(|w| w.saturating_sub(head.len() + score.len()));
            let title = &kb.entries[hit.entry].title;
            writeln!(
                out,
                "{}{}{}",
                style(head).bold(),
                truncate(title, room),
                style(score).dim()
            )?;
            let label = format!("       {}：", field_label(hit.passage.field));
            let room = self
                .width
                .map(|w| w.saturating_sub(console::measure_text_width(&label)));
            let pieces = passage_pieces(&hit.passage, room);
            let mut line = String::new();
            if pieces.first().is_some_and(|(p, _)| !hit.passage.text.starts_with(p)) {
                line.push('…');
            }
            for (piece, matched) in pieces {
                match (matched, console::colors_enabled()) {
                    (true, true) => line.push_str(&style(piece).yellow().bold().to_string()),
                    (true, false) => line.push_str(&format!("「{piece}」")),
                    (false, _) => line.push_str(piece),
                }
            }
            writeln!(out, "{label}{}", truncate(&line, room))?;
        }
        Ok(())
    }
}
