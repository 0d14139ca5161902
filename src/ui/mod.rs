//! Everything the agent sees: output formats, colour and width, prompts, and the renderers.

pub mod interrupt;
mod menu;
pub mod modes;
pub mod prompt;
pub mod render;
mod wrap;

use console::Term;

pub use menu::show_cursor;
pub use wrap::{NO_BREAK, truncate, wrap};

/// The output format of list, show and search, and of the tree as text: one renderer
/// each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

/// The output format of `diagnose`: a renderer's, or messages for the support desk's WeCom
/// group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiagnoseFormat {
    Text,
    Markdown,
    Json,
    // The group robot's subset of Markdown, in messages it takes. (Not a doc comment: clap
    // would show it in the help.)
    Wecom,
}

/// The output format of `tree`: a renderer's, or a picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TreeFormat {
    Text,
    Markdown,
    Json,
    // Graphviz. (Not doc comments: clap would show them in the help.)
    Dot,
    // A Mermaid flowchart.
    Mermaid,
}

/// The output format of `check`: text, or the problems as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

/// The output format of `stats`: text with bar charts, data, or a page to open or forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatsFormat {
    Text,
    Json,
    Html,
}

/// Whether to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    // Colour a stream only when it is a terminal (and `NO_COLOR` is not set). (Not a doc
    // comment: clap would show it in the help.)
    Auto,
    Always,
    Never,
}

/// Applies the colour choice to both output streams.
pub fn set_color(choice: ColorChoice) {
    let forced = match choice {
        ColorChoice::Auto => return,
        ColorChoice::Always => true,
        ColorChoice::Never => false,
    };
    console::set_colors_enabled(forced);
    console::set_colors_enabled_stderr(forced);
}

/// The width to fit text output to: the given one, else the terminal's when standard output
/// is one (80 if it cannot be measured); `None` (no wrapping) when output goes to a file or pipe.
pub fn output_width(given: Option<usize>) -> Option<usize> {
    given.map(|w| w.max(20)).or_else(|| {
        let term = Term::stdout();
        term.is_term()
            .then(|| term.size_checked().map_or(80, |(_, w)| usize::from(w)))
    })
}
