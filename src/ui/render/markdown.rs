//! Markdown, for pasting into tickets, chats and wikis.

use std::io::{self, Write};

use super::{
    Labels, Renderer, by_entry, joined_ids, passage_pieces, problem_line, related, solution_detail, solution_name,
};
use crate::engine::Outcome;
use crate::engine::{Answer, Node};
use crate::kb::{Entry, Kb};
use crate::search::Hit;

pub struct Markdown {
    pub labels: &'static Labels,
}

/// Knowledge-base text on one line, so it cannot break the Markdown around it.
fn inline(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Markdown {
    fn node(&self, kb: &Kb, node: &Node, depth: usize, out: &mut dyn Write) -> io::Result<()> {
        let Node::Ask { yes, no, .. } = node else {
            return Ok(());
        };
        let l = self.labels;
        let indent = "  ".repeat(depth);
        for (label, child) in [(l.yes, yes), (l.no, no)] {
            match child.as_ref() {
                Node::Leaf { solutions } => {
                    let names: Vec<String> = solutions.iter().map(|&s| inline(&solution_name(kb, s, l))).collect();
                    writeln!(out, "{indent}- {label} → {}", names.join(" / "))?;
                }
                Node::Ask { question, .. } => {
                    writeln!(out, "{indent}- {label} → {}", inline(&kb.questions[*question].text))?;
                    self.node(kb, child, depth + 1, out)?;
                }
            }
        }
        Ok(())
    }

    fn record(&self, kb: &Kb, number: usize, question: usize, answer: &str, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{number}. {} → **{answer}**", inline(&kb.questions[question].text))
    }
}

impl Renderer for Markdown {
    fn list(&self, kb: &Kb, out: &mut dyn Write) -> io::Result<()> {
        let l = self.labels;
        writeln!(out, "| {} | {} |", l.number, l.problem)?;
        writeln!(out, "| ---: | --- |")?;
        for entry in &kb.entries {
            writeln!(out, "| {} | {} |", entry.id, inline(&entry.title).replace('|', "\\|"))?;
        }
        Ok(())
    }

    fn show(&self, kb: &Kb, entry: &Entry, solutions: &[usize], out: &mut dyn Write) -> io::Result<()> {
        let l = self.labels;
        writeln!(out, "## FAQ {} {}", entry.id, inline(&entry.title))?;
        writeln!(out)?;
        writeln!(out, "{}{}{}", l.category, l.colon, inline(&entry.category))?;
        if !entry.symptoms.is_empty() || !entry.messages.is_empty() {
            writeln!(out)?;
            writeln!(out, "### {}", l.symptoms)?;
            writeln!(out)?;
            for symptom in &entry.symptoms {
                writeln!(out, "- {}", inline(symptom))?;
            }
            let (open, close) = l.quotes;
            for message in &entry.messages {
                writeln!(out, "- {}{}{open}{}{close}", l.on_screen, l.colon, inline(message))?;
            }
        }
        if let Some(cause) = &entry.cause {
            writeln!(out)?;
            writeln!(out, "### {}", l.cause)?;
            writeln!(out)?;
            writeln!(out, "{}", inline(cause))?;
        }
        for &s in solutions {
            let solution = &kb.solutions[s];
            writeln!(out)?;
            let heading = match solution.id.case {
                None => l.solution.to_owned(),
                Some(_) => format!("{} {}", l.solution, solution.id),
            };
            match solution_detail(l, solution.label.as_deref(), solution.condition.as_deref()) {
                Some(detail) => {
                    let (open, close) = l.parens;
                    writeln!(out, "### {heading}{open}{}{close}", inline(&detail))?
                }
                None => writeln!(out, "### {heading}")?,
            }
            writeln!(out)?;
            if let Some(cause) = &solution.cause {
                writeln!(out, "{}{}{}", l.cause, l.colon, inline(cause))?;
                writeln!(out)?;
            }
            for (i, step) in solution.steps.iter().enumerate() {
                writeln!(out, "{}. {}", i + 1, inline(step))?;
            }
            if let Some(note) = &solution.note {
                writeln!(out)?;
                writeln!(out, "> {}{}{}", l.note, l.colon, inline(note))?;
            }
        }
        let related: Vec<String> = related(kb, entry, solutions).iter().map(ToString::to_string).collect();
        if !related.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}{}{}", l.related, l.colon, related.join(l.and))?;
        }
        Ok(())
    }

    fn tree(&self, kb: &Kb, tree: &Node, out: &mut dyn Write) -> io::Result<()> {
        match tree {
            Node::Ask { question, .. } => {
                writeln!(out, "- {}", inline(&kb.questions[*question].text))?;
                self.node(kb, tree, 1, out)?;
            }
            Node::Leaf { solutions } => writeln!(out, "- → {}", joined_ids(kb, solutions))?,
        }
        writeln!(out)?;
        writeln!(out, "{}", self.labels.footer(tree.stats()))
    }

    /// The Markdown block is one document, written once the diagnosis is over.
    fn step(&self, _: &Kb, _: usize, _: usize, _: Option<Answer>, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn outcome(&self, kb: &Kb, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        let l = self.labels;
        writeln!(out, "# {}", l.result_title)?;
        writeln!(out)?;
        writeln!(
            out,
            "**{}**{}{}",
            l.problem,
            l.colon,
            inline(&problem_line(kb, outcome, l))
        )?;
        if let Some(message) = &outcome.message {
            writeln!(out)?;
            writeln!(out, "**{}**{}{}", l.employee_said, l.colon, inline(message))?;
        }
        writeln!(out)?;
        writeln!(out, "## {}", l.record)?;
        writeln!(out)?;
        if outcome.answers.is_empty() {
            writeln!(out, "{}", l.no_questions)?;
        }
        for (i, &(question, answer)) in outcome.answers.iter().enumerate() {
            self.record(kb, i + 1, question, l.answer(answer), out)?;
        }
        for (entry, solutions) in by_entry(kb, &outcome.solutions) {
            writeln!(out)?;
            self.show(kb, &kb.entries[entry], &solutions, out)?;
        }
        Ok(())
    }

    fn hits(&self, hits: &[Hit], out: &mut dyn Write) -> io::Result<()> {
        let l = self.labels;
        for (i, hit) in hits.iter().enumerate() {
            let title = inline(&hit.title);
            let (open, close) = l.parens;
            writeln!(out, "{}. **{}** {title}{open}{:.2}{close}", i + 1, hit.id, hit.score)?;
            let passage: String = passage_pieces(&hit.passage, None)
                .into_iter()
                // Pieces keep their spaces: "WeCom **invitation** has", not "WeCom**invitation**has".
                .map(|(piece, matched)| {
                    let piece = piece.replace(['\n', '\r'], " ");
                    if matched { format!("**{piece}**") } else { piece }
                })
                .collect();
            writeln!(out, "   > {}{}{passage}", l.field(hit.passage.field), l.colon)?;
        }
        Ok(())
    }
}
