//! The result of a diagnosis as messages for the support desk's WeCom group: the group robot's
//! subset of Markdown (headings, bold, quotes, `<font color>`), in messages it takes.

mod split;

use std::io::{self, Write};

use super::{Transcript, by_entry, joined_ids, problem_line, solution_detail, transcript_answer};
use crate::engine::{Answer, Outcome};
use crate::kb::{Kb, t};
use crate::lang::Lang;
use crate::printable::printable;

/// The most bytes of UTF-8 the robot takes in one message.
pub const MAX_BYTES: usize = 4096;

pub struct Wecom {
    pub lang: Lang,
}

impl Transcript for Wecom {
    /// The messages are written once the diagnosis is over.
    fn step(&self, _: &Kb, _: usize, _: usize, _: Option<Answer>, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn outcome(&self, kb: &Kb, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        print(&messages(&document(kb, outcome, self.lang), self.lang), self.lang, out)
    }
}

/// Text from the knowledge base or the employee as a line of a message, shown as it was typed:
/// the characters that make the robot's markup (tags, links, emphasis, headings, quotes) become
/// their full-width forms, which read the same. The robot documents no escape, so a backslash
/// or an HTML entity could show as typed, or a tag still pass as one.
pub fn plain(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    printable(&line)
        .chars()
        .map(|c| match c {
            // The full-width forms stand 0xFEE0 above ASCII.
            '<' | '>' | '&' | '*' | '_' | '~' | '`' | '#' | '[' | ']' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// Text in one of the robot's colours: `info` (green), `comment` (grey) or `warning` (orange).
fn colour(name: &str, text: &str) -> String {
    format!("<font color=\"{name}\">{text}</font>")
}

/// The whole result as one Markdown text, before it is cut into messages: the problem, the
/// employee's words, the questions and answers, then the solutions with their steps, or what to
/// do when the knowledge base does not cover the problem.
pub fn document(kb: &Kb, outcome: &Outcome, lang: Lang) -> String {
    let colon = t!(lang, "colon");
    let mut lines = vec![format!("# {}", t!(lang, "label-result-title"))];
    let problem = match outcome.not_covered() {
        true => colour("warning", &t!(lang, "label-not-covered")),
        false => plain(&problem_line(kb, outcome, lang)),
    };
    lines.push(format!("**{}**{colon}{problem}", t!(lang, "label-problem")));
    if let Some(message) = &outcome.message {
        lines.push(format!(
            "**{}**{colon}{}",
            t!(lang, "label-employee-said"),
            plain(message)
        ));
    }
    lines.extend([String::new(), format!("## {}", t!(lang, "label-record"))]);
    if outcome.answers.is_empty() {
        lines.push(t!(lang, "label-no-questions"));
    }
    for (i, &(question, _)) in outcome.answers.iter().enumerate() {
        lines.push(format!(
            "{}. {} → **{}**",
            i + 1,
            plain(&kb.questions[question].text),
            plain(&transcript_answer(kb, outcome, i, lang))
        ));
    }
    if outcome.not_covered() {
        let words = super::search_words(outcome, lang);
        lines.extend([String::new(), format!("## {}", t!(lang, "label-result"))]);
        lines.push(plain(&t!(lang, "diagnose-not-covered-advice", words = words)));
        return lines.join("\n");
    }
    if !outcome.unconfirmed.is_empty() {
        let ids = joined_ids(kb, &outcome.unconfirmed);
        lines.extend([
            String::new(),
            colour("warning", &plain(&t!(lang, "label-unconfirmed", ids = ids))),
        ]);
    }
    for (entry, solutions) in by_entry(kb, &outcome.solutions) {
        let entry = &kb.entries[entry];
        lines.extend([String::new(), format!("## FAQ {} {}", entry.id, plain(&entry.title))]);
        if let Some(cause) = &entry.cause {
            lines.push(format!("**{}**{colon}{}", t!(lang, "label-cause"), plain(cause)));
        }
        for s in solutions {
            let solution = &kb.solutions[s];
            let heading = match solution.id.case {
                None => t!(lang, "label-solution"),
                Some(_) => format!("{} {}", t!(lang, "label-solution"), solution.id),
            };
            let detail = solution_detail(lang, solution.label.as_deref(), solution.condition.as_deref());
            let detail = detail.map(|d| t!(lang, "aside", text = plain(&d))).unwrap_or_default();
            lines.push(format!("### {heading}{detail}"));
            if let Some(cause) = &solution.cause {
                lines.push(format!("**{}**{colon}{}", t!(lang, "label-cause"), plain(cause)));
            }
            for (i, step) in solution.steps.iter().enumerate() {
                lines.push(format!("{}. {}", i + 1, plain(step)));
            }
            if let Some(note) = &solution.note {
                lines.push(format!("> {}{colon}{}", t!(lang, "label-note"), plain(note)));
            }
        }
    }
    lines.join("\n")
}

/// `document` in the messages the robot takes, each saying whether it is continued or
/// continues.
pub fn messages(document: &str, lang: Lang) -> Vec<String> {
    split::split(
        document,
        MAX_BYTES,
        &colour("comment", &t!(lang, "wecom-continued")),
        &colour("comment", &t!(lang, "wecom-continues")),
    )
}

/// The messages as printed for an agent to paste one at a time: several each under a line
/// that numbers it, which is not part of it.
pub fn print(messages: &[String], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    if let [message] = messages {
        return writeln!(out, "{message}");
    }
    for (i, message) in messages.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let part = t!(lang, "wecom-part", number = i + 1, total = messages.len());
        writeln!(out, "{part}")?;
        writeln!(out, "{message}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_shows_as_typed() {
        assert_eq!(
            plain("<font color=\"warning\">[点我](http://evil)</font> **急** # _x_ ~y~ `z` &amp;"),
            "＜font color=\"warning\"＞［点我］(http://evil)＜/font＞ ＊＊急＊＊ ＃ ＿x＿ ～y～ ｀z｀ ＆amp;"
        );
        // One line, whatever the text held: a line break could start a heading or a quote.
        assert_eq!(
            plain("第一行\n> 引用\r\n# 标题\t\x1b[31m"),
            "第一行 ＞ 引用 ＃ 标题 ␛［31m"
        );
    }

    #[test]
    fn one_message_is_printed_alone_several_each_under_its_number() {
        let mut out = Vec::new();
        print(&["只有一条".to_owned()], Lang::Zh, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "只有一条\n");
        let mut out = Vec::new();
        print(&["一".to_owned(), "二".to_owned()], Lang::Zh, &mut out).unwrap();
        let printed = String::from_utf8(out).unwrap();
        let (first, second) = (
            t!(Lang::Zh, "wecom-part", number = 1usize, total = 2usize),
            t!(Lang::Zh, "wecom-part", number = 2usize, total = 2usize),
        );
        assert_eq!(printed, format!("{first}\n一\n\n{second}\n二\n"));
    }
}
