//! The man page (`wecom-help man`): one page for the whole program, in the language asked for.
//! The options and commands come from the command line with its help texts (`cli::command`),
//! the section headings and what the help does not say (exit codes, environment, files) from the
//! catalog's `cli-manual-` messages.

use std::io::{self, Write};

use clap::{Arg, ArgAction, Command};
use clap_mangen::roff::{Inline, Roff, bold, italic, roman};

use crate::cli;
use crate::kb::t;
use crate::lang::Lang;

/// Writes the man page in `lang`.
pub fn render(lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(chinese_breaks(&page(lang).render()).as_bytes())
}

/// The man page in `lang`.
fn page(lang: Lang) -> Roff {
    let mut command = cli::command(lang);
    // Gives every option the name of its value.
    command.build();
    let name = command.get_name().to_owned();
    let version = format!("{name} {}", command.get_version().unwrap_or_default());

    let mut roff = Roff::new();
    roff.control("SH", [t!(lang, "cli-manual-name").as_str()]);
    let about = command.get_about().map(ToString::to_string).unwrap_or_default();
    roff.text([roman(format!("{name} - {about}"))]);

    roff.control("SH", [t!(lang, "cli-manual-synopsis").as_str()]);
    let command_word = command.get_subcommand_value_name().unwrap_or("COMMAND");
    let mut line = synopsis(&name, shown(&command));
    line.extend([roman("["), italic(command_word), roman("]")]);
    roff.text(line);

    roff.control("SH", [t!(lang, "cli-manual-description").as_str()]);
    paragraphs(
        &mut roff,
        &command.get_long_about().map(ToString::to_string).unwrap_or_default(),
    );

    roff.control("SH", [t!(lang, "cli-manual-options").as_str()]);
    roff.text([roman(t!(lang, "cli-manual-options-everywhere"))]);
    options(&mut roff, lang, command.get_arguments().filter(|a| !a.is_hide_set()));

    roff.control("SH", [t!(lang, "cli-manual-commands").as_str()]);
    for sub in command.get_subcommands().filter(|c| !c.is_hide_set()) {
        subcommand(&mut roff, lang, &name, sub);
    }

    roff.control("SH", [t!(lang, "cli-manual-exit-status").as_str()]);
    for (code, meaning) in [
        ("0", t!(lang, "cli-manual-exit-0")),
        ("1", t!(lang, "cli-manual-exit-1")),
        ("2", t!(lang, "cli-manual-exit-2")),
        ("3", t!(lang, "cli-manual-exit-3")),
        ("130", t!(lang, "cli-manual-exit-130")),
    ] {
        item(&mut roff, [bold(code)], &meaning);
    }

    roff.control("SH", [t!(lang, "cli-manual-environment").as_str()]);
    for (variable, meaning) in [
        ("WECOM_HELP_KB", t!(lang, "cli-manual-env-kb")),
        ("WECOM_HELP_LANG", t!(lang, "cli-manual-env-lang")),
        ("WECOM_HELP_JOURNAL", t!(lang, "cli-manual-env-journal")),
        ("WECOM_HELP_WEBHOOK", t!(lang, "cli-manual-env-webhook")),
        ("NO_COLOR", t!(lang, "cli-manual-env-no-color")),
        ("CLICOLOR_FORCE", t!(lang, "cli-manual-env-clicolor-force")),
    ] {
        item(&mut roff, [bold(variable)], &meaning);
    }
    roff.control("PP", []);
    roff.text([roman(t!(lang, "cli-manual-env-precedence"))]);

    roff.control("SH", [t!(lang, "cli-manual-files").as_str()]);
    roff.text([roman(t!(lang, "cli-manual-files-intro"))]);
    for (file, meaning) in [
        ("DIR/questions.yaml", t!(lang, "cli-manual-file-questions")),
        ("DIR/synonyms.yaml", t!(lang, "cli-manual-file-synonyms")),
        ("DIR/entries/*.yaml", t!(lang, "cli-manual-file-entries")),
    ] {
        item(&mut roff, [italic(file)], &meaning);
    }

    let mut page = Roff::new();
    page.control("TH", [name.as_str(), "1", "", version.as_str()]);
    // Left-aligned: justified Chinese, which has no spaces to stretch, gets wide gaps. Not
    // hyphenated: the names of options and variables would be cut.
    page.control("ad", ["l"]);
    page.control("nh", []);
    page.extend([roff]);
    page
}

/// `page` with a place to break the line after each Chinese character of its text lines:
/// groff breaks lines at spaces only, and Chinese has none, so a long sentence would run past
/// the margin. Not before closing punctuation (，。）…), nor after an opening bracket.
fn chinese_breaks(page: &str) -> String {
    let closing = |c: char| "，。；：、）！？”’》」』】".contains(c);
    let breaks_after = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c) || closing(c);
    let mut out = String::with_capacity(page.len() * 2);
    for line in page.split_inclusive('\n') {
        let text = !line.starts_with(['.', '\'']);
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            if let Some(&next) = chars.peek()
                && text
                && breaks_after(c)
                && !closing(next)
                && !next.is_whitespace()
            {
                out.push_str("\\:");
            }
        }
    }
    out
}

/// A command's section: its synopsis, what it does, its options and its examples.
fn subcommand(roff: &mut Roff, lang: Lang, program: &str, command: &Command) {
    let name = command.get_name();
    roff.control("SS", [name]);
    roff.text(synopsis(&format!("{program} {name}"), own_options(command)));
    roff.control("PP", []);
    roff.text([roman(command.get_about().map(ToString::to_string).unwrap_or_default())]);
    options(roff, lang, own_options(command));
    if let Some(examples) = command.get_after_help() {
        examples_of(roff, &examples.to_string());
    }
}

/// The options of `command` that are its own: not those valid everywhere, which the page
/// describes once.
fn own_options(command: &Command) -> impl Iterator<Item = &Arg> {
    shown(command).filter(|arg| !arg.is_global_set())
}

/// The options of `command` the page shows, but help and version, which the page describes
/// once and the synopsis leaves out.
fn shown(command: &Command) -> impl Iterator<Item = &Arg> {
    command
        .get_arguments()
        .filter(|arg| !arg.is_hide_set() && !matches!(arg.get_action(), ArgAction::Help | ArgAction::Version))
}

/// A synopsis line: `name`, then each option in brackets unless required, arguments last.
fn synopsis<'a>(name: &str, args: impl Iterator<Item = &'a Arg>) -> Vec<Inline> {
    let (positionals, flags): (Vec<&Arg>, Vec<&Arg>) = args.partition(|arg| arg.is_positional());
    let mut line = vec![bold(name)];
    for arg in flags.into_iter().chain(positionals) {
        line.push(roman(" "));
        let optional = !arg.is_required_set();
        if optional {
            line.push(roman("["));
        }
        line.extend(usage(arg));
        if arg.is_positional() && arg.get_num_args().is_some_and(|n| n.max_values() > 1) {
            line.push(roman("..."));
        }
        if optional {
            line.push(roman("]"));
        }
    }
    line.push(roman(" "));
    line
}

/// An option as it is written: `--format FORMAT`, `-h`, `--help`, or an argument's name.
fn usage(arg: &Arg) -> Vec<Inline> {
    let value = arg
        .get_value_names()
        .map(|names| names.join(" "))
        .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
    if arg.is_positional() {
        return vec![italic(value)];
    }
    let mut inlines = match (arg.get_short(), arg.get_long()) {
        (Some(short), Some(long)) => vec![bold(format!("-{short}")), roman("|"), bold(format!("--{long}"))],
        (Some(short), None) => vec![bold(format!("-{short}"))],
        (None, Some(long)) => vec![bold(format!("--{long}"))],
        (None, None) => vec![],
    };
    if takes_value(arg) {
        inlines.extend([roman(" "), italic(value)]);
    }
    inlines
}

/// Whether the option is followed by a value.
fn takes_value(arg: &Arg) -> bool {
    arg.get_action().takes_values() && arg.get_num_args().is_none_or(|n| n.takes_values())
}

/// Each option with its help text, the way the help lists them.
fn options<'a>(roff: &mut Roff, lang: Lang, args: impl Iterator<Item = &'a Arg>) {
    for arg in args {
        let mut head = usage(arg);
        if let Some(at) = head.iter().position(|i| *i == roman("|")) {
            head[at] = roman(", ");
        }
        let help = match arg.get_action() {
            // The help's own words about `-h` and `--help` are about the help.
            ArgAction::Help => t!(lang, "cli-flag-help"),
            _ => arg.get_help().map(ToString::to_string).unwrap_or_default(),
        };
        item(roff, head, &help);
    }
}

/// An indented paragraph under a tag.
fn item(roff: &mut Roff, tag: impl Into<Vec<Inline>>, text: &str) {
    roff.control("TP", []);
    roff.text(tag);
    roff.text([roman(text)]);
}

/// Text whose blank lines separate paragraphs.
fn paragraphs(roff: &mut Roff, text: &str) {
    for line in text.lines() {
        match line.trim() {
            "" => roff.control("PP", []),
            line => roff.text([roman(line)]),
        };
    }
}

/// A command's examples as its help ends with them: a heading line, then one example a line,
/// the command and, after two spaces or more, what it does.
fn examples_of(roff: &mut Roff, examples: &str) {
    let mut lines = examples.lines().map(str::trim).filter(|line| !line.is_empty());
    let Some(heading) = lines.next() else {
        return;
    };
    roff.control("PP", []);
    roff.text([roman(heading)]);
    for line in lines {
        let (example, meaning) = line.split_once("  ").unwrap_or((line, ""));
        roff.control("TP", []);
        roff.text([bold(example)]);
        if !meaning.trim().is_empty() {
            roff.text([roman(meaning.trim())]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_are_split_into_command_and_meaning() {
        let mut roff = Roff::new();
        examples_of(
            &mut roff,
            "Examples:\n  wecom-help show 15        everything of entry 15\n  wecom-help list\n",
        );
        let text = roff.to_roff();
        assert!(
            text.contains("\\fBwecom\\-help show 15\\fR\neverything of entry 15\n"),
            "{text}"
        );
        assert!(text.contains(".TP\n\\fBwecom\\-help list\\fR\n"), "{text}");
    }

    #[test]
    fn chinese_text_lines_can_break_between_characters() {
        let page = ".SH 名称\n用（EN、en）查找，\\fB找到\\fR 了\n";
        assert_eq!(
            chinese_breaks(page),
            ".SH 名称\n用\\:（EN、\\:en）\\:查\\:找，\\:\\fB找\\:到\\:\\fR 了\n"
        );
    }
}
