//! The decision tree as a picture: Graphviz DOT or a Mermaid flowchart.

use std::io::{self, Write};

use super::{answer_word, leaf_text};
use crate::engine::Node;
use crate::kb::Kb;
use crate::lang::Lang;

/// A picture format for the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Graph {
    Dot,
    Mermaid,
}

/// Writes the tree as a graph: questions as boxes, solutions as rounded leaves, answers on the
/// edges.
pub fn graph(kb: &Kb, tree: &Node, kind: Graph, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = GraphWriter {
        kb,
        kind,
        lang,
        next: 0,
    };
    match kind {
        Graph::Dot => {
            writeln!(out, "digraph wecom_help {{")?;
            writeln!(out, "  rankdir=TB;")?;
            writeln!(out, "  node [shape=box, style=rounded, fontname=\"sans-serif\"];")?;
            writeln!(out, "  edge [fontname=\"sans-serif\"];")?;
            writer.node(tree, out)?;
            writeln!(out, "}}")
        }
        Graph::Mermaid => {
            writeln!(out, "flowchart TD")?;
            writer.node(tree, out).map(|_| ())
        }
    }
}

struct GraphWriter<'a> {
    kb: &'a Kb,
    kind: Graph,
    lang: Lang,
    next: usize,
}

impl GraphWriter<'_> {
    /// Writes `node` and everything below it; returns its name.
    fn node(&mut self, node: &Node, out: &mut dyn Write) -> io::Result<String> {
        let name = format!("n{}", self.next);
        self.next += 1;
        match node {
            Node::Leaf { solutions } => {
                let text = leaf_text(self.kb, solutions, self.lang);
                match self.kind {
                    Graph::Dot => writeln!(out, "  {name} [label=\"{}\", shape=note, style=\"\"];", dot(&text))?,
                    Graph::Mermaid => writeln!(out, "  {name}([\"{}\"])", mermaid(&text))?,
                }
            }
            Node::Ask { question, branches } => {
                let text = &self.kb.questions[*question].text;
                match self.kind {
                    Graph::Dot => writeln!(out, "  {name} [label=\"{}\"];", dot(text))?,
                    Graph::Mermaid => writeln!(out, "  {name}[\"{}\"]", mermaid(text))?,
                }
                for (answer, child) in branches {
                    let child = self.node(child, out)?;
                    let answer = answer_word(self.kb, *question, *answer, self.lang);
                    match self.kind {
                        Graph::Dot => writeln!(out, "  {name} -> {child} [label=\"{}\"];", dot(&answer))?,
                        Graph::Mermaid => writeln!(out, "  {name} -- \"{}\" --> {child}", mermaid(&answer))?,
                    }
                }
            }
        }
        Ok(name)
    }
}

/// Text inside a DOT string.
fn dot(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', " ")
}

/// Text inside a quoted Mermaid label.
fn mermaid(text: &str) -> String {
    text.replace('"', "#quot;").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped() {
        assert_eq!(dot(r#"a "b" \c"#), r#"a \"b\" \\c"#);
        assert_eq!(mermaid(r#"提示“x”和 "y""#), "提示“x”和 #quot;y#quot;");
    }
}
