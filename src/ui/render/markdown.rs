//! Markdown, for pasting into tickets, chats and wikis.

use std::io::{self, Write};

use super::{
    Renderer, Transcript, answer_word, by_entry, field_name, footer, joined_ids, leaf_text, passage_pieces,
    problem_line, reference_title, related, solution_detail, transcript_answer,
};
use crate::engine::{Answer, Node, Outcome};
use crate::kb::{Entry, Kb, t};
use crate::lang::Lang;
use crate::search::Hit;

pub struct Markdown {
    pub lang: Lang,
}

/// Knowledge-base text on one line, so it cannot break the Markdown around it.
fn inline(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The employee's words on one line, as text: HTML tags, links and emphasis in them are shown,
/// not rendered, so that a ticket shows what was typed and nothing acts on whoever reads it.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in inline(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '!' | '#' | '|' | '~' | ':' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

impl Markdown {
    /// The branches below `node`.
    fn node(&self, kb: &Kb, node: &Node, depth: usize, out: &mut dyn Write) -> io::Result<()> {
        let Node::Ask { question, branches } = node else {
            return Ok(());
        };
        let indent = "  ".repeat(depth);
        for (answer, child) in branches {
            let label = inline(&answer_word(kb, *question, *answer, self.lang));
            match child {
                Node::Leaf { solutions } => {
                    writeln!(
                        out,
                        "{indent}- {label} → {}",
                        inline(&leaf_text(kb, solutions, self.lang))
                    )?;
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
        let lang = self.lang;
        writeln!(out, "| {} | {} |", t!(lang, "label-number"), t!(lang, "label-problem"))?;
        writeln!(out, "| ---: | --- |")?;
        for entry in &kb.entries {
            writeln!(out, "| {} | {} |", entry.id, inline(&entry.title).replace('|', "\\|"))?;
        }
        Ok(())
    }

    fn show(&self, kb: &Kb, entry: &Entry, solutions: &[usize], out: &mut dyn Write) -> io::Result<()> {
        let lang = self.lang;
        let colon = t!(lang, "colon");
        writeln!(out, "## FAQ {} {}", entry.id, inline(&entry.title))?;
        writeln!(out)?;
        writeln!(out, "{}{colon}{}", t!(lang, "label-category"), inline(&entry.category))?;
        if !entry.symptoms.is_empty() || !entry.messages.is_empty() {
            writeln!(out)?;
            writeln!(out, "### {}", t!(lang, "label-symptoms"))?;
            writeln!(out)?;
            for symptom in &entry.symptoms {
                writeln!(out, "- {}", inline(symptom))?;
            }
            let on_screen = t!(lang, "label-on-screen");
            for message in &entry.messages {
                let quoted = t!(lang, "quoted", text = inline(message));
                writeln!(out, "- {on_screen}{colon}{quoted}")?;
            }
        }
        if let Some(cause) = &entry.cause {
            writeln!(out)?;
            writeln!(out, "### {}", t!(lang, "label-cause"))?;
            writeln!(out)?;
            writeln!(out, "{}", inline(cause))?;
        }
        for &s in solutions {
            let solution = &kb.solutions[s];
            writeln!(out)?;
            let heading = match solution.id.case {
                None => t!(lang, "label-solution"),
                Some(_) => format!("{} {}", t!(lang, "label-solution"), solution.id),
            };
            match solution_detail(lang, solution.label.as_deref(), solution.condition.as_deref()) {
                Some(detail) => writeln!(out, "### {heading}{}", t!(lang, "aside", text = inline(&detail)))?,
                None => writeln!(out, "### {heading}")?,
            }
            writeln!(out)?;
            if let Some(cause) = &solution.cause {
                writeln!(out, "{}{colon}{}", t!(lang, "label-cause"), inline(cause))?;
                writeln!(out)?;
            }
            for (i, step) in solution.steps.iter().enumerate() {
                writeln!(out, "{}. {}", i + 1, inline(step))?;
            }
            if let Some(note) = &solution.note {
                writeln!(out)?;
                writeln!(out, "> {}{colon}{}", t!(lang, "label-note"), inline(note))?;
            }
        }
        // Each related entry by number and title, so that a ticket reads without the tool.
        let related = related(kb, entry, solutions);
        if !related.is_empty() {
            writeln!(out)?;
            writeln!(out, "### {}", t!(lang, "label-related"))?;
            writeln!(out)?;
            for id in related {
                writeln!(out, "- FAQ {id} {}", inline(&reference_title(kb, id, lang)))?;
            }
        }
        Ok(())
    }

    fn tree(&self, kb: &Kb, tree: &Node, out: &mut dyn Write) -> io::Result<()> {
        match tree {
            Node::Ask { question, .. } => {
                writeln!(out, "- {}", inline(&kb.questions[*question].text))?;
                self.node(kb, tree, 1, out)?;
            }
            Node::Leaf { solutions } => writeln!(out, "- → {}", inline(&leaf_text(kb, solutions, self.lang)))?,
        }
        writeln!(out)?;
        writeln!(out, "{}", footer(self.lang, tree.stats()))
    }

    fn hits(&self, hits: &[Hit], out: &mut dyn Write) -> io::Result<()> {
        let lang = self.lang;
        let colon = t!(lang, "colon");
        for (i, hit) in hits.iter().enumerate() {
            let title = inline(&hit.title);
            let score = t!(lang, "aside", text = format!("{:.2}", hit.score));
            writeln!(out, "{}. **{}** {title}{score}", i + 1, hit.id)?;
            if let Some(id) = &hit.related_to {
                writeln!(out, "   > {}", inline(&t!(lang, "search-related", id = id.as_str())))?;
                continue;
            }
            let passage: String = passage_pieces(&hit.passage, None)
                .into_iter()
                // Pieces keep their spaces: "WeCom **invitation** has", not "WeCom**invitation**has".
                .map(|(piece, matched)| {
                    let piece = piece.replace(['\n', '\r'], " ");
                    if matched { format!("**{piece}**") } else { piece }
                })
                .collect();
            writeln!(out, "   > {}{colon}{passage}", field_name(lang, hit.passage.field))?;
        }
        Ok(())
    }
}

impl Transcript for Markdown {
    /// The Markdown block is one document, written once the diagnosis is over.
    fn step(&self, _: &Kb, _: usize, _: usize, _: Option<Answer>, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn outcome(&self, kb: &Kb, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        let lang = self.lang;
        let colon = t!(lang, "colon");
        writeln!(out, "# {}", t!(lang, "label-result-title"))?;
        writeln!(out)?;
        let problem = inline(&problem_line(kb, outcome, lang));
        writeln!(out, "**{}**{colon}{problem}", t!(lang, "label-problem"))?;
        if let Some(message) = &outcome.message {
            writeln!(out)?;
            writeln!(
                out,
                "**{}**{colon}{}",
                t!(lang, "label-employee-said"),
                escaped(message)
            )?;
        }
        writeln!(out)?;
        writeln!(out, "## {}", t!(lang, "label-record"))?;
        writeln!(out)?;
        if outcome.answers.is_empty() {
            writeln!(out, "{}", t!(lang, "label-no-questions"))?;
        }
        for (i, &(question, _)) in outcome.answers.iter().enumerate() {
            self.record(
                kb,
                i + 1,
                question,
                &inline(&transcript_answer(kb, outcome, i, lang)),
                out,
            )?;
        }
        if outcome.not_covered() {
            let words = escaped(&super::search_words(outcome, lang));
            writeln!(out)?;
            writeln!(out, "## {}", t!(lang, "label-result"))?;
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                inline(&t!(lang, "diagnose-not-covered-advice", words = words))
            )?;
            return Ok(());
        }
        if !outcome.unconfirmed.is_empty() {
            writeln!(out)?;
            let ids = joined_ids(kb, &outcome.unconfirmed);
            writeln!(out, "> {}", inline(&t!(lang, "label-unconfirmed", ids = ids)))?;
        }
        for (entry, solutions) in by_entry(kb, &outcome.solutions) {
            writeln!(out)?;
            self.show(kb, &kb.entries[entry], &solutions, out)?;
        }
        Ok(())
    }
}
