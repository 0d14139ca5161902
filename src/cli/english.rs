//! The command line's help texts in English, put in place of the Chinese ones of the derive.

pub fn root_in_english(root: clap::Command) -> clap::Command {
    root.about("A wizard for WeCom (企业微信) login problems: answer yes/no questions to find the solution.")
        .long_about(
            "A wizard for WeCom (企业微信) login problems: answer yes/no questions to find the solution.\n\n\
             Everyday: `wecom-help diagnose` starts the wizard, `wecom-help list` lists every problem, \
             `wecom-help show 15` shows one.",
        )
        .mut_arg("kb", |a| {
            a.help("Load the knowledge base from this folder instead of the embedded one")
        })
        .mut_arg("color", |a| {
            a.help("Colour: auto (default: only on a terminal), always or never; NO_COLOR is honoured")
        })
        .mut_arg("lang", |a| a.help("Language: zh (Chinese, default) or en (English)"))
        .after_help(
            "Environment: WECOM_HELP_KB as --kb, WECOM_HELP_LANG as --lang (e.g. en, en_US.UTF-8); \
             empty means unset.",
        )
}

/// `--format` of the commands that print through a renderer.
const FORMAT: &str = "Output format: text (default), markdown or json";

/// A command's help texts in English.
pub fn command_in_english(c: clap::Command) -> clap::Command {
    match c.get_name() {
        "diagnose" => c
            .about("Diagnose: answer yes/no questions until the solution is found")
            .after_help(
                "Examples:\n  wecom-help diagnose                          answer with the arrow keys\n  \
                 wecom-help diagnose --answers y,n,n,n,y      \
                 answers given up front (y yes, n no, ? not sure, b back)\n  \
                 wecom-help diagnose --message 你的账号已被禁用   \
                 start from the message on the employee's screen\n  \
                 wecom-help diagnose --answers y,n,n,n,y --format markdown   the result as Markdown, for a ticket",
            )
            .mut_arg("answers", |a| {
                a.help(
                    "Answers given up front instead of asking: y yes, n no, ? not sure, b back, \
                     separated by commas",
                )
            })
            .mut_arg("message", |a| {
                a.help("Start from the message or description the employee gives: only matching entries remain")
            })
            .mut_arg("save", |a| {
                a.help(
                    "Also write the result (questions asked and solution) to this file, \
                     in the format chosen with --format",
                )
            })
            .mut_arg("force", |a| a.help("With --save: overwrite the file if it exists"))
            .mut_arg("format", |a| a.help(FORMAT)),
        "search" => c
            .about("Find entries using the employee's own words (an on-screen message, a sentence or keywords)")
            .after_help(
                "Examples:\n  wecom-help search 你的账号已被禁用\n  wecom-help search account disabled\n  \
                 wecom-help search 改了手机号收不到邀请 --limit 3",
            )
            .mut_arg("query", |a| {
                a.help("What to look for: a whole sentence, a fragment or a few words")
            })
            .mut_arg("limit", |a| a.help("Show at most this many hits"))
            .mut_arg("format", |a| a.help(FORMAT)),
        "list" => c
            .about("List every entry: number and title")
            .after_help("Examples:\n  wecom-help list\n  wecom-help list --format json")
            .mut_arg("format", |a| a.help(FORMAT)),
        "show" => c
            .about("Show an entry's symptoms, cause and steps")
            .after_help(
                "Examples:\n  wecom-help show 15        everything of entry 15\n  \
                 wecom-help show 16.2      only case 2 of entry 16\n  wecom-help show 15 --format markdown",
            )
            .mut_arg("id", |a| {
                a.value_name("NUMBER").help(
                    "An entry number (15) or a solution number (16.2); \
                     without it, pick from the list in a terminal",
                )
            })
            .mut_arg("format", |a| a.help(FORMAT)),
        "tree" => c
            .about("Show the decision tree the wizard follows")
            .after_help(
                "Examples:\n  wecom-help tree\n  wecom-help tree --format mermaid\n  \
                 wecom-help tree --format dot | dot -Tsvg > tree.svg",
            )
            .mut_arg("format", |a| {
                a.help("Output format: text (default), markdown, json, or a picture: dot (Graphviz), mermaid")
            }),
        "completions" => c
            .about("Print a shell completion script (bash, zsh, fish, powershell, elvish)")
            .after_help(
                "Examples:\n  source <(wecom-help completions bash)\n  \
                 wecom-help completions zsh > ~/.zfunc/_wecom-help",
            )
            .mut_arg("shell", |a| a.help("Which shell")),
        "help" => c
            .about("Show the help of every command or of one (as --help does)")
            .after_help("Examples:\n  wecom-help help\n  wecom-help help diagnose")
            .mut_arg("command", |a| a.help("Which command; without it, all of them")),
        "man" => c
            .about("Print the manual page")
            .after_help("Examples:\n  wecom-help man | man -l -\n  wecom-help man > wecom-help.1"),
        "check" => c
            .about("Check that the knowledge base is sound")
            .after_help(
                "Examples:\n  wecom-help check              check the embedded knowledge base\n  \
                 wecom-help check --kb ./faq   check the knowledge base being edited",
            )
            .mut_arg("format", |a| {
                a.help("Output format: text (default) or json (the problems as data, for editors and CI)")
            }),
        // Only the commands above exist.
        _ => c,
    }
}
