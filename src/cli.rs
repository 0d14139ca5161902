//! The command line, as clap sees it, and its conversion into the program's own options.

use std::path::PathBuf;

use std::ffi::OsString;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::kb::KbSource;
use crate::lang::Lang;
use crate::ui::{ColorChoice, Format};

/// 企业微信登录问题向导：一步步提问，找到对应的解决方案。
///
/// 常用：`wecom-help diagnose` 开始问诊，`wecom-help list` 列出全部问题，`wecom-help show 15` 查看一条。
#[derive(Debug, Parser)]
#[command(name = "wecom-help", version, propagate_version = true)]
pub struct Cli {
    /// 从这个文件夹加载知识库，代替内置的知识库
    #[arg(long, global = true, env = "WECOM_HELP_KB", value_name = "DIR")]
    pub kb: Option<PathBuf>,

    /// 输出格式：text（默认）、markdown、json；tree 还可以用 dot（Graphviz）或 mermaid
    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,

    /// 颜色：auto（默认，终端里才用颜色）、always 或 never；也认 NO_COLOR
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,

    /// 语言：zh（中文，默认）或 en（English）
    #[arg(long, global = true, value_enum, env = "WECOM_HELP_LANG", default_value_t = LangArg::Zh)]
    pub lang: LangArg,

    /// Fixed output width in columns, for reproducible tests.
    #[arg(long, global = true, hide = true)]
    pub width: Option<usize>,
}

// The commands. Each one's help and arguments are on its own struct, so that one command can be
// built without the others (`COMMANDS`). Not a doc comment: clap's derive would give it as the
// description of any command line these commands were added to.
#[derive(Debug, Subcommand)]
pub enum Command {
    Diagnose(DiagnoseArgs),
    Search(SearchArgs),
    List(ListArgs),
    Show(ShowArgs),
    Tree(TreeArgs),
    Completions(CompletionsArgs),
    Man(ManArgs),
    Check(CheckArgs),
}

/// 问诊：逐个回答是/否，找到解决方案
#[derive(Debug, Args)]
#[command(
    after_help = "例：\n  wecom-help diagnose                          在终端里用方向键回答\n  wecom-help diagnose --answers y,n,n,n,y      预先给出回答（y 是、n 否、? 不确定、b 返回上一步）\n  wecom-help diagnose --message 你的账号已被禁用   从员工看到的提示语开始\n  wecom-help diagnose --answers y,n,n,n,y --format markdown   结果以 Markdown 输出，方便贴到工单"
)]
pub struct DiagnoseArgs {
    /// 预先给出回答，不用交互：y 是、n 否、? 不确定、b 返回上一步，用逗号隔开
    #[arg(long, value_name = "ANSWERS", allow_hyphen_values = true)]
    answers: Option<String>,

    /// 从员工看到的提示语或描述开始：只在相符的条目里继续问
    #[arg(long, value_name = "TEXT")]
    message: Option<String>,

    /// 把结果（问诊记录和解决方案）另存到这个文件，格式同 --format
    #[arg(long, value_name = "FILE")]
    save: Option<PathBuf>,

    /// 与 --save 一起用：文件已存在时覆盖它
    #[arg(long, requires = "save")]
    force: bool,
}

/// 用员工的原话查找条目（提示语、一句描述或关键词）
#[derive(Debug, Args)]
#[command(
    after_help = "例：\n  wecom-help search 你的账号已被禁用\n  wecom-help search 扫码 同事\n  wecom-help search 改了手机号收不到邀请 --limit 3"
)]
pub struct SearchArgs {
    /// 要查找的话，可以是整句、片段或几个词
    #[arg(required = true, value_name = "QUERY")]
    query: Vec<String>,

    /// 最多显示几条
    #[arg(long, default_value_t = 5, value_name = "N")]
    limit: usize,
}

/// 列出全部条目：编号和标题
#[derive(Debug, Args)]
#[command(after_help = "例：\n  wecom-help list\n  wecom-help list --format json")]
pub struct ListArgs {}

/// 查看一个条目的症状、原因和解决步骤
#[derive(Debug, Args)]
#[command(
    allow_negative_numbers = true,
    after_help = "例：\n  wecom-help show 15        条目 15 的全部内容\n  wecom-help show 16.2      只看条目 16 的情况二\n  wecom-help show 15 --format markdown"
)]
pub struct ShowArgs {
    /// 条目编号（如 15），或解决方案编号（如 16.2）；不写时在终端里从列表中选
    #[arg(value_name = "编号")]
    id: Option<String>,
}

/// 显示向导使用的决策树
#[derive(Debug, Args)]
#[command(after_help = "例：\n  wecom-help tree\n  wecom-help tree --format json")]
pub struct TreeArgs {}

/// 生成命令行补全脚本（bash、zsh、fish、powershell、elvish）
#[derive(Debug, Args)]
#[command(
    after_help = "例：\n  source <(wecom-help completions bash)\n  wecom-help completions zsh > ~/.zfunc/_wecom-help"
)]
pub struct CompletionsArgs {
    /// 哪种 shell
    #[arg(value_enum, value_name = "SHELL")]
    shell: clap_complete::Shell,
}

/// 输出 man 手册页
#[derive(Debug, Args)]
#[command(after_help = "例：\n  wecom-help man | man -l -\n  wecom-help man > wecom-help.1")]
pub struct ManArgs {}

/// 检查知识库是否完好
#[derive(Debug, Args)]
#[command(
    after_help = "例：\n  wecom-help check              检查内置知识库\n  wecom-help check --kb ./faq   检查正在编辑的知识库文件夹"
)]
pub struct CheckArgs {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Text,
    Markdown,
    Json,
    Dot,
    Mermaid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Zh,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

/// What to do, in the program's own terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// No command: a short overview of the everyday commands.
    Overview,
    Completions {
        shell: clap_complete::Shell,
    },
    Man,
    Diagnose {
        answers: Option<String>,
        message: Option<String>,
        save: Option<Save>,
    },
    Search {
        query: String,
        limit: usize,
    },
    List,
    Show {
        id: Option<String>,
    },
    Tree,
    Check,
}

/// Where `diagnose --save` writes the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Save {
    pub path: PathBuf,
    /// Overwrite an existing file.
    pub force: bool,
}

/// Everything the command line decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub source: KbSource,
    pub format: Format,
    pub color: ColorChoice,
    pub width: Option<usize>,
    pub lang: Lang,
    pub action: Action,
}

impl Options {
    /// The options the root's arguments and the command given (if any) decide.
    fn new(cli: Cli, command: Option<Command>) -> Self {
        Options {
            source: cli.kb.map_or(KbSource::Embedded, KbSource::Dir),
            format: match cli.format {
                FormatArg::Text => Format::Text,
                FormatArg::Markdown => Format::Markdown,
                FormatArg::Json => Format::Json,
                FormatArg::Dot => Format::Dot,
                FormatArg::Mermaid => Format::Mermaid,
            },
            color: match cli.color {
                ColorArg::Auto => ColorChoice::Auto,
                ColorArg::Always => ColorChoice::Always,
                ColorArg::Never => ColorChoice::Never,
            },
            width: cli.width,
            lang: match cli.lang {
                LangArg::Zh => Lang::Zh,
                LangArg::En => Lang::En,
            },
            action: match command {
                None => Action::Overview,
                Some(Command::Completions(CompletionsArgs { shell })) => Action::Completions { shell },
                Some(Command::Man(ManArgs {})) => Action::Man,
                Some(Command::Diagnose(DiagnoseArgs {
                    answers,
                    message,
                    save,
                    force,
                })) => Action::Diagnose {
                    answers,
                    message,
                    save: save.map(|path| Save { path, force }),
                },
                Some(Command::Search(SearchArgs { query, limit })) => Action::Search {
                    query: query.join(" "),
                    limit,
                },
                Some(Command::List(ListArgs {})) => Action::List,
                Some(Command::Show(ShowArgs { id })) => Action::Show { id },
                Some(Command::Tree(TreeArgs {})) => Action::Tree,
                Some(Command::Check(CheckArgs {})) => Action::Check,
            },
        }
    }
}

/// The command line as clap sees it, with our help texts in `lang` (clap's own words, such as
/// "Usage", stay English).
pub fn command(lang: Lang) -> clap::Command {
    with_commands(root(lang), lang)
}

/// `root` with every command, in `lang`.
fn with_commands(root: clap::Command, lang: Lang) -> clap::Command {
    root.subcommands(COMMANDS.iter().map(|command| build(command, lang)))
}

/// Parses the process's arguments, with help in the language they ask for.
pub fn parse() -> Options {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = requested_lang(args.iter().skip(1).cloned(), std::env::var_os("WECOM_HELP_LANG"));
    parse_from(&args, lang).unwrap_or_else(|e| e.exit())
}

/// Parses `args` (the program's name first); an error includes a request for help or the
/// version, which clap answers by printing it.
///
/// clap copies every option that is valid after any command into each of the eight commands
/// before parsing, and that copying is the largest cost of starting. So when the arguments name
/// a command, they are first parsed by a command line holding only that one; whatever that
/// cannot parse (help, a mistake) is parsed again with them all, so that help and error
/// messages are as complete as ever. A command line that parses with one command parses the
/// same with all eight, since the others never come into play.
fn parse_from(args: &[OsString], lang: Lang) -> Result<Options, clap::Error> {
    match parse_alone(args, lang) {
        Some(Ok(matches)) => from_matches(matches),
        _ => from_matches(command(lang).try_get_matches_from(args)?),
    }
}

/// Parses `args` with a command line holding only the command they name; `None` when they name
/// none.
fn parse_alone(args: &[OsString], lang: Lang) -> Option<Result<clap::ArgMatches, clap::Error>> {
    let root = root(lang);
    let only = command_named(named_command(&root, args)?, lang)?;
    Some(root.subcommand(only).try_get_matches_from(args))
}

/// What adds a command's arguments and help to it.
type Arguments = fn(clap::Command) -> clap::Command;

/// Each command's name and its arguments: what `Command` derives, one command at a time.
const COMMANDS: [(&str, Arguments); 8] = [
    ("diagnose", DiagnoseArgs::augment_args),
    ("search", SearchArgs::augment_args),
    ("list", ListArgs::augment_args),
    ("show", ShowArgs::augment_args),
    ("tree", TreeArgs::augment_args),
    ("completions", CompletionsArgs::augment_args),
    ("man", ManArgs::augment_args),
    ("check", CheckArgs::augment_args),
];

/// The command `name`, built without the others; `None` when there is no such command.
fn command_named(name: &str, lang: Lang) -> Option<clap::Command> {
    COMMANDS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|command| build(command, lang))
}

/// One of `COMMANDS`, in `lang`.
fn build(&(name, arguments): &(&'static str, Arguments), lang: Lang) -> clap::Command {
    let command = arguments(clap::Command::new(name));
    match lang {
        Lang::Zh => command,
        Lang::En => command_in_english(command),
    }
}

/// The options parsed arguments give.
fn from_matches(mut matches: clap::ArgMatches) -> Result<Options, clap::Error> {
    // Takes the values out instead of copying them all first.
    let cli = Cli::from_arg_matches_mut(&mut matches)?;
    let command = match matches.subcommand_name() {
        Some(_) => Some(Command::from_arg_matches_mut(&mut matches)?),
        None => None,
    };
    Ok(Options::new(cli, command))
}

/// The command the arguments name: the first that is not an option of the root or its value;
/// `None` when that is not a command (or there is none).
fn named_command<'a>(root: &clap::Command, args: &'a [OsString]) -> Option<&'a str> {
    let mut args = args.iter().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_str()?;
        let Some(option) = arg.strip_prefix('-') else {
            return Command::has_subcommand(arg).then_some(arg);
        };
        let (name, value_given) = match option.strip_prefix('-') {
            Some(long) => (long.split_once('=').map_or(long, |(name, _)| name), long.contains('=')),
            None => (option, false),
        };
        let known = root
            .get_arguments()
            .find(|a| a.get_long() == Some(name) || (option.len() == 1 && a.get_short() == option.chars().next()));
        match known {
            // `--` or an option only a command knows, or `-fx` bundles: leave it to clap.
            None => return None,
            Some(a) if a.get_action().takes_values() && !value_given => {
                args.next();
            }
            Some(_) => {}
        }
    }
    None
}

/// The root of the command line in `lang`: its options, without the commands.
fn root(lang: Lang) -> clap::Command {
    let root = Cli::command();
    match lang {
        Lang::Zh => root,
        Lang::En => root_in_english(root),
    }
}

/// The language `--lang` or `WECOM_HELP_LANG` asks for, looked up before parsing so that help and
/// parse errors can be given in it.
fn requested_lang(args: impl Iterator<Item = OsString>, env: Option<OsString>) -> Lang {
    let mut args = args.map(|a| a.to_string_lossy().into_owned());
    let mut wanted = env.map(|v| v.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        } else if arg == "--lang" {
            wanted = args.next();
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            wanted = Some(value.to_owned());
        }
    }
    if wanted.as_deref() == Some("en") {
        Lang::En
    } else {
        Lang::Zh
    }
}

fn root_in_english(root: clap::Command) -> clap::Command {
    root.about("A wizard for WeCom (企业微信) login problems: answer yes/no questions to find the solution.")
        .long_about(
            "A wizard for WeCom (企业微信) login problems: answer yes/no questions to find the solution.\n\n\
             Everyday: `wecom-help diagnose` starts the wizard, `wecom-help list` lists every problem, \
             `wecom-help show 15` shows one.",
        )
        .mut_arg("kb", |a| {
            a.help("Load the knowledge base from this folder instead of the embedded one")
        })
        .mut_arg("format", |a| {
            a.help("Output format: text (default), markdown, json; `tree` also draws dot (Graphviz) or mermaid")
        })
        .mut_arg("color", |a| {
            a.help("Colour: auto (default: only on a terminal), always or never; NO_COLOR is honoured")
        })
        .mut_arg("lang", |a| a.help("Language: zh (Chinese, default) or en (English)"))
}

/// A command's help texts in English.
fn command_in_english(c: clap::Command) -> clap::Command {
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
            .mut_arg("force", |a| a.help("With --save: overwrite the file if it exists")),
        "search" => c
            .about("Find entries using the employee's own words (an on-screen message, a sentence or keywords)")
            .after_help(
                "Examples:\n  wecom-help search 你的账号已被禁用\n  wecom-help search account disabled\n  \
                 wecom-help search 改了手机号收不到邀请 --limit 3",
            )
            .mut_arg("query", |a| {
                a.help("What to look for: a whole sentence, a fragment or a few words")
            })
            .mut_arg("limit", |a| a.help("Show at most this many hits")),
        "list" => c
            .about("List every entry: number and title")
            .after_help("Examples:\n  wecom-help list\n  wecom-help list --format json"),
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
            }),
        "tree" => c.about("Show the decision tree the wizard follows").after_help(
            "Examples:\n  wecom-help tree\n  wecom-help tree --format mermaid\n  \
             wecom-help tree --format dot | dot -Tsvg > tree.svg",
        ),
        "completions" => c
            .about("Print a shell completion script (bash, zsh, fish, powershell, elvish)")
            .after_help(
                "Examples:\n  source <(wecom-help completions bash)\n  \
                 wecom-help completions zsh > ~/.zfunc/_wecom-help",
            )
            .mut_arg("shell", |a| a.help("Which shell")),
        "man" => c
            .about("Print the manual page")
            .after_help("Examples:\n  wecom-help man | man -l -\n  wecom-help man > wecom-help.1"),
        "check" => c.about("Check that the knowledge base is sound").after_help(
            "Examples:\n  wecom-help check              check the embedded knowledge base\n  \
             wecom-help check --kb ./faq   check the knowledge base being edited",
        ),
        // Only the commands above exist.
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definition_is_consistent() {
        command(Lang::Zh).debug_assert();
        command(Lang::En).debug_assert();
    }

    /// The commands built one by one from `COMMANDS` are those `Command` derives, all of them.
    #[test]
    fn the_commands_are_those_derived() {
        let derived = Command::augment_subcommands(clap::Command::new("wecom-help"));
        let built = with_commands(clap::Command::new("wecom-help"), Lang::Zh);
        let names = |c: &clap::Command| c.get_subcommands().map(|s| s.get_name().to_owned()).collect::<Vec<_>>();
        assert_eq!(names(&built), names(&derived));
        for (built, derived) in built.get_subcommands().zip(derived.get_subcommands()) {
            assert_eq!(format!("{built:?}"), format!("{derived:?}"));
        }
    }

    fn args(list: &[&str]) -> Vec<OsString> {
        std::iter::once("wecom-help")
            .chain(list.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn the_command_named_is_found_past_the_root_options() {
        let root = root(Lang::Zh);
        let named = |list: &[&str]| named_command(&root, &args(list)).map(str::to_owned);
        assert_eq!(named(&["show", "15"]).as_deref(), Some("show"));
        assert_eq!(
            named(&["--lang", "en", "--format=json", "--kb", "list", "search", "x"]).as_deref(),
            Some("search")
        );
        assert_eq!(named(&["--width", "30", "list"]).as_deref(), Some("list"));
        for none in [
            &[][..],
            &["--help", "list"],
            &["-V"],
            &["--", "list"],
            &["lst"],
            &["help", "list"],
            &["-x", "list"],
        ] {
            assert_eq!(named(none), None, "{none:?}");
        }
    }

    /// Parsing with only the command named accepts what parsing with all of them accepts, and
    /// gives the same options; what it refuses (help, mistakes) is left to the full command line.
    #[test]
    fn parsing_with_the_named_command_alone_changes_nothing() {
        let parses: &[&[&str]] = &[
            &["show", "15"],
            &["show", "-1"],
            &["--lang", "en", "show", "16.2", "--format", "markdown"],
            &["list", "--format=json", "--color", "never", "--width", "30"],
            &["--kb", "faq", "list"],
            &["--kb", "list", "show", "15"],
            &["search", "扫码", "同事", "--limit", "3"],
            &["diagnose", "--answers", "-y", "--message", "你的账号已被禁用"],
            &["diagnose", "--save", "a.md", "--force"],
            &["completions", "bash"],
            &["tree", "--format", "dot"],
            &["man"],
            &["check"],
        ];
        let refused: &[&[&str]] = &[
            &["show", "15", "16"],
            &["--format", "list", "show", "15"],
            &["search", "--limit", "x", "扫码"],
            &["search"],
            &["diagnose", "--force"],
            &["completions", "tcsh"],
            &["check", "--colour"],
            &["list", "extra"],
            &["list", "--help"],
            &["show", "-h"],
            &["list", "--version"],
        ];
        let options = |result: Result<clap::ArgMatches, clap::Error>| result.and_then(from_matches).ok();
        for lang in [Lang::Zh, Lang::En] {
            for case in parses {
                let args = args(case);
                let all = options(command(lang).try_get_matches_from(&args));
                assert!(all.is_some(), "{case:?} ({lang:?})");
                let alone = parse_alone(&args, lang).map(options);
                assert_eq!(alone, Some(all.clone()), "{case:?} ({lang:?})");
                assert_eq!(parse_from(&args, lang).ok(), all, "{case:?} ({lang:?})");
            }
            for case in refused {
                let args = args(case);
                let all = command(lang)
                    .try_get_matches_from(&args)
                    .map_err(|e| (e.kind(), e.to_string()));
                let alone = parse_alone(&args, lang).map(|r| r.map_err(|e| e.kind()).err());
                assert_eq!(alone, Some(all.as_ref().err().map(|e| e.0)), "{case:?} ({lang:?})");
                let given = parse_from(&args, lang).map_err(|e| (e.kind(), e.to_string()));
                assert_eq!(given.err(), all.err(), "{case:?} ({lang:?})");
            }
            // Without a command named, only the full command line is used.
            for case in [&["--help"][..], &["--version"], &["help", "show"], &["lst"], &[]] {
                assert!(parse_alone(&args(case), lang).is_none(), "{case:?}");
            }
        }
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>().into_iter();
        assert_eq!(requested_lang(args(&["show", "15"]), None), Lang::Zh);
        assert_eq!(requested_lang(args(&["--lang", "en", "show"]), None), Lang::En);
        assert_eq!(requested_lang(args(&["show", "--lang=en"]), None), Lang::En);
        assert_eq!(requested_lang(args(&["show"]), Some("en".into())), Lang::En);
        assert_eq!(requested_lang(args(&["--lang", "zh"]), Some("en".into())), Lang::Zh);
        assert_eq!(requested_lang(args(&["search", "--", "--lang", "en"]), None), Lang::Zh);
    }

    #[test]
    fn every_english_help_text_is_english() {
        let command = command(Lang::En);
        let mut texts = vec![command.get_about().map(ToString::to_string)];
        for sub in command.get_subcommands().filter(|c| c.get_name() != "help") {
            texts.push(sub.get_about().map(ToString::to_string));
            texts.extend(sub.get_arguments().map(|a| a.get_help().map(ToString::to_string)));
        }
        for text in texts.into_iter().flatten() {
            assert!(
                !text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) || text.contains("企业微信"),
                "{text}"
            );
        }
    }
}
