//! Markdown, for pasting into tickets, chats and wikis.

use std::io::{self, Write};

use super::{
    Renderer, answer_label, by_entry, field_label, joined_ids, passage_pieces, related, solution_detail, solution_name,
    stats_footer,
};
use crate::diagnose::Outcome;
use crate::engine::{Answer, Node};
use crate::kb::{Entry, Kb};
use crate::search::Hit;

pub struct Markdown;

/// Keeps knowledge-base text from being read as Markdown markup where it starts a line.
fn inline(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Markdown {
    fn node(&self, kb: &Kb, node: &Node, depth: usize, out: &mut dyn Write) -> io::Result<()> {
        let Node::Ask { yes, no, .. } = node else {
            return Ok(());
        };
        let indent = "  ".repeat(depth);
        for (label, child) in [("是", yes), ("否", no)] {
            match child.as_ref() {
                Node::Leaf { solutions } => {
                    let names: Vec<String> = solutions.iter().map(|&s| inline(&solution_name(kb, s))).collect();
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
}

impl Renderer for Markdown {
    fn list(&self, kb: &Kb, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "| 编号 | 问题 |")?;
        writeln!(out, "| ---: | --- |")?;
        for entry in &kb.entries {
            writeln!(out, "| {} | {} |", entry.id, inline(&entry.title).replace('|', "\\|"))?;
        }
        Ok(())
    }

    fn show(&self, kb: &Kb, entry: &Entry, solutions: &[usize], out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "## FAQ {} {}", entry.id, inline(&entry.title))?;
        writeln!(out)?;
        writeln!(out, "分类：{}", inline(&entry.category))?;
        if !entry.symptoms.is_empty() || !entry.messages.is_empty() {
            writeln!(out)?;
            writeln!(out, "### 症状")?;
            writeln!(out)?;
            for symptom in &entry.symptoms {
                writeln!(out, "- {}", inline(symptom))?;
            }
            for message in &entry.messages {
                writeln!(out, "- 屏幕提示：“{}”", inline(message))?;
            }
        }
        if let Some(cause) = &entry.cause {
            writeln!(out)?;
            writeln!(out, "### 原因")?;
            writeln!(out)?;
            writeln!(out, "{}", inline(cause))?;
        }
        for &s in solutions {
            let solution = &kb.solutions[s];
            writeln!(out)?;
            let heading = match solution.id.case {
                None => "解决方案".to_owned(),
                Some(_) => format!("解决方案 {}", solution.id),
            };
            match solution_detail(solution.label.as_deref(), solution.condition.as_deref()) {
                Some(detail) => writeln!(out, "### {heading}（{}）", inline(&detail))?,
                None => writeln!(out, "### {heading}")?,
            }
            writeln!(out)?;
            if let Some(cause) = &solution.cause {
                writeln!(out, "原因：{}", inline(cause))?;
                writeln!(out)?;
            }
            for (i, step) in solution.steps.iter().enumerate() {
                writeln!(out, "{}. {}", i + 1, inline(step))?;
            }
            if let Some(note) = &solution.note {
                writeln!(out)?;
                writeln!(out, "> 注意：{}", inline(note))?;
            }
        }
        let related: Vec<String> = related(kb, entry, solutions).iter().map(ToString::to_string).collect();
        if !related.is_empty() {
            writeln!(out)?;
            writeln!(out, "相关：{}", related.join("、"))?;
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
        writeln!(out, "{number}. {} → **{answer}**", inline(&kb.questions[question].text))
    }

    fn outcome(&self, kb: &Kb, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "# 问诊结果")?;
        for (entry, solutions) in by_entry(kb, &outcome.solutions) {
            writeln!(out)?;
            self.show(kb, &kb.entries[entry], &solutions, out)?;
        }
        writeln!(out)?;
        writeln!(out, "## 问诊记录")?;
        writeln!(out)?;
        if outcome.answers.is_empty() {
            writeln!(out, "（没有问任何问题）")?;
        }
        for (i, &(question, answer)) in outcome.answers.iter().enumerate() {
            writeln!(
                out,
                "{}. {} → **{}**",
                i + 1,
                inline(&kb.questions[question].text),
                answer_label(answer)
            )?;
        }
        Ok(())
    }

    fn hits(&self, kb: &Kb, hits: &[Hit], out: &mut dyn Write) -> io::Result<()> {
        for (i, hit) in hits.iter().enumerate() {
            let title = inline(&kb.entries[hit.entry].title);
            writeln!(out, "{}. **{}** {title}（{:.2}）", i + 1, hit.id, hit.score)?;
            let passage: String = passage_pieces(&hit.passage, None)
                .into_iter()
                .map(|(piece, matched)| {
                    if matched {
                        format!("**{}**", inline(piece))
                    } else {
                        inline(piece)
                    }
                })
                .collect();
            writeln!(out, "   > {}：{passage}", field_label(hit.passage.field))?;
        }
        Ok(())
    }
}
