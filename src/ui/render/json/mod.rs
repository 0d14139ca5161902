//! JSON, in the shapes documented in the README, for other tools.

mod diagnosis;

use std::io::{self, Write};

use serde::Serialize;

use super::{Renderer, Transcript};
use crate::engine::Outcome;
use crate::engine::{Answer, Node};
use crate::kb::{Diagnostic, Entry, Kb};
use crate::lang::Lang;
use crate::search::Hit;

pub use diagnosis::ask_json;

pub struct Json {
    /// The language of the one text the renderer words itself: a result's problem.
    pub lang: Lang,
}

#[derive(Serialize)]
struct ListItem<'a> {
    id: u32,
    title: &'a str,
    solutions: Vec<String>,
}

#[derive(Serialize)]
struct ShowEntry<'a> {
    id: u32,
    category: &'a str,
    title: &'a str,
    symptoms: &'a [String],
    messages: &'a [String],
    cause: Option<&'a str>,
    solutions: Vec<ShowSolution<'a>>,
    related: Vec<String>,
}

#[derive(Serialize)]
struct ShowSolution<'a> {
    id: String,
    label: Option<&'a str>,
    condition: Option<&'a str>,
    cause: Option<&'a str>,
    steps: &'a [String],
    note: Option<&'a str>,
    related: Vec<String>,
}

#[derive(Serialize)]
struct QuestionRef<'a> {
    id: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
#[serde(untagged)]
enum TreeNode<'a> {
    Ask {
        question: QuestionRef<'a>,
        yes: Box<TreeNode<'a>>,
        no: Box<TreeNode<'a>>,
    },
    /// A choice: each option shown, then none of them.
    Choose {
        question: QuestionRef<'a>,
        options: Vec<OptionBranch<'a>>,
        none: Box<TreeNode<'a>>,
    },
    Leaf {
        solutions: Vec<String>,
        /// Set on a leaf that concludes the knowledge base does not cover the answers.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        not_covered: bool,
    },
}

#[derive(Serialize)]
struct OptionBranch<'a> {
    option: QuestionRef<'a>,
    then: TreeNode<'a>,
}

#[derive(Serialize)]
struct Tree<'a> {
    #[serde(flatten)]
    root: TreeNode<'a>,
    stats: Stats,
}

#[derive(Serialize)]
struct Stats {
    solutions: usize,
    mean_questions: f64,
    max_questions: usize,
    not_covered_leaves: usize,
}
#[derive(Serialize)]
struct SearchHit<'a> {
    id: &'a str,
    title: &'a str,
    score: f64,
    field: Option<&'static str>,
    passage: Option<&'a str>,
    related_to: Option<&'a str>,
}

#[derive(Serialize)]
struct Check<'a> {
    valid: bool,
    problems: Vec<Problem<'a>>,
}

#[derive(Serialize)]
struct Problem<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

/// `check`'s result as data: whether the knowledge base is valid (no problems), and each
/// problem with its place and its message in `lang`.
pub fn check_json(problems: &[Diagnostic], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let problems = problems
        .iter()
        .map(|p| Problem {
            file: &p.file,
            line: p.position.map(|(line, _)| line),
            column: p.position.map(|(_, column)| column),
            message: p.message.render(lang),
        })
        .collect::<Vec<_>>();
    write(
        out,
        &Check {
            valid: problems.is_empty(),
            problems,
        },
    )
}

fn ids(kb: &Kb, solutions: &[usize]) -> Vec<String> {
    solutions.iter().map(|&s| kb.solutions[s].id.to_string()).collect()
}

fn tree_node<'a>(kb: &'a Kb, node: &Node) -> TreeNode<'a> {
    let question_ref = |q: usize| QuestionRef {
        id: &kb.questions[q].id,
        text: &kb.questions[q].text,
    };
    match node {
        Node::Leaf { solutions } => TreeNode::Leaf {
            solutions: ids(kb, solutions),
            not_covered: solutions.is_empty(),
        },
        Node::Ask { question, branches } => {
            let mut options = Vec::new();
            let (mut yes, mut no) = (None, None);
            for (answer, child) in branches {
                let child = tree_node(kb, child);
                match answer {
                    Answer::Pick(option) => options.push(OptionBranch {
                        option: QuestionRef {
                            id: &kb.questions[*option].id,
                            text: kb.questions[*option]
                                .option
                                .as_deref()
                                .unwrap_or(&kb.questions[*option].text),
                        },
                        then: child,
                    }),
                    Answer::Yes => yes = Some(child),
                    Answer::No | Answer::Unsure => no = Some(child),
                }
            }
            let no = Box::new(no.unwrap_or(TreeNode::Leaf {
                solutions: Vec::new(),
                not_covered: true,
            }));
            match yes {
                Some(yes) => TreeNode::Ask {
                    question: question_ref(*question),
                    yes: Box::new(yes),
                    no,
                },
                None => TreeNode::Choose {
                    question: question_ref(*question),
                    options,
                    none: no,
                },
            }
        }
    }
}

fn write(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

impl Renderer for Json {
    fn list(&self, kb: &Kb, out: &mut dyn Write) -> io::Result<()> {
        let items: Vec<ListItem> = kb
            .entries
            .iter()
            .map(|e| ListItem {
                id: e.id,
                title: &e.title,
                solutions: ids(kb, &e.solutions),
            })
            .collect();
        write(out, &items)
    }

    fn show(&self, kb: &Kb, entry: &Entry, solutions: &[usize], out: &mut dyn Write) -> io::Result<()> {
        write(out, &show_entry(kb, entry, solutions))
    }

    fn tree(&self, kb: &Kb, tree: &Node, out: &mut dyn Write) -> io::Result<()> {
        let stats = tree.stats();
        write(
            out,
            &Tree {
                root: tree_node(kb, tree),
                stats: Stats {
                    solutions: stats.solutions,
                    mean_questions: (stats.mean * 100.0).round() / 100.0,
                    max_questions: stats.max,
                    not_covered_leaves: stats.uncovered,
                },
            },
        )
    }

    fn hits(&self, hits: &[Hit], out: &mut dyn Write) -> io::Result<()> {
        let items: Vec<SearchHit> = hits
            .iter()
            .map(|hit| SearchHit {
                id: &hit.id,
                title: &hit.title,
                score: (hit.score * 100.0).round() / 100.0,
                // A hit shown for its relation has no passage of its own to show.
                field: hit.related_to.is_none().then(|| hit.passage.field.name()),
                passage: hit.related_to.is_none().then_some(hit.passage.text.as_str()),
                related_to: hit.related_to.as_deref(),
            })
            .collect();
        write(out, &items)
    }
}

impl Transcript for Json {
    /// JSON is one document, written once the diagnosis is over.
    fn step(&self, _: &Kb, _: usize, _: usize, _: Option<Answer>, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn outcome(&self, kb: &Kb, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        diagnosis::outcome(kb, outcome, self.lang, out)
    }
}

fn show_entry<'a>(kb: &'a Kb, entry: &'a Entry, solutions: &[usize]) -> ShowEntry<'a> {
    ShowEntry {
        id: entry.id,
        category: &entry.category,
        title: &entry.title,
        symptoms: &entry.symptoms,
        messages: &entry.messages,
        cause: entry.cause.as_deref(),
        solutions: solutions
            .iter()
            .map(|&s| {
                let s = &kb.solutions[s];
                ShowSolution {
                    id: s.id.to_string(),
                    label: s.label.as_deref(),
                    condition: s.condition.as_deref(),
                    cause: s.cause.as_deref(),
                    steps: &s.steps,
                    note: s.note.as_deref(),
                    related: s.related.iter().map(ToString::to_string).collect(),
                }
            })
            .collect(),
        related: super::related(kb, entry, solutions)
            .iter()
            .filter(|id| id.entry != entry.id)
            .map(ToString::to_string)
            .collect(),
    }
}
