//! The command line as clap sees it (the derive, whose `///` comments are the Chinese help) and
//! parsing it.

mod args;
mod english;
mod environment;
mod options;

use std::ffi::OsString;
use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Arg, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use environment::Environment;
pub use options::{Action, Options, Save};

use crate::error::Error;
use crate::lang::Lang;
use crate::ui::{CheckFormat, ColorChoice, Format, TreeFormat};

/// 企业微信登录问题向导：一步步提问，找到对应的解决方案。
///
/// 常用：`wecom-help diagnose` 开始问诊，`wecom-help list` 列出全部问题，`wecom-help show 15` 查看一条。
#[derive(Debug, Parser)]
#[command(
    name = "wecom-help",
    version,
    propagate_version = true,
    disable_help_subcommand = true,
    after_help = "环境变量：WECOM_HELP_KB 同 --kb，WECOM_HELP_LANG 同 --lang（如 en、en_US.UTF-8）；空值等于没设。"
)]
pub struct Cli {
    /// 从这个文件夹加载知识库，代替内置的知识库
    #[arg(long, global = true, value_name = "DIR")]
    pub kb: Option<PathBuf>,

    /// 颜色：auto（默认，终端里才用颜色）、always 或 never；也认 NO_COLOR
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// 语言：zh（中文，默认）或 en（English）
    #[arg(long, global = true, value_enum, default_value_t = Lang::Zh)]
    pub lang: Lang,

    #[command(subcommand)]
    pub command: Option<Command>,
}

// The commands; each one's help is on its arguments' struct. Not a doc comment: clap's derive
// would take it for the description of the command line.
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
    Help(HelpArgs),
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

    #[command(flatten)]
    output: FormatArg,
}

/// `--format` of the commands that print through a renderer.
#[derive(Debug, Args)]
pub struct FormatArg {
    /// 输出格式：text（默认）、markdown 或 json
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
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
    #[arg(long, default_value_t = NonZeroUsize::new(5).unwrap(), value_name = "N")]
    limit: NonZeroUsize,

    #[command(flatten)]
    output: FormatArg,
}

/// 列出全部条目：编号和标题
#[derive(Debug, Args)]
#[command(after_help = "例：\n  wecom-help list\n  wecom-help list --format json")]
pub struct ListArgs {
    #[command(flatten)]
    output: FormatArg,
}

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

    #[command(flatten)]
    output: FormatArg,
}

/// 显示向导使用的决策树
#[derive(Debug, Args)]
#[command(after_help = "例：\n  wecom-help tree\n  wecom-help tree --format json")]
pub struct TreeArgs {
    /// 输出格式：text（默认）、markdown、json，或画成图：dot（Graphviz）、mermaid
    #[arg(long, value_enum, default_value_t = TreeFormat::Text)]
    format: TreeFormat,
}

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
pub struct CheckArgs {
    /// 输出格式：text（默认）或 json（问题逐条列出，给编辑器和 CI 用）
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
}

/// 查看全部命令或某个命令的帮助（同 --help）
#[derive(Debug, Args)]
#[command(after_help = "例：\n  wecom-help help\n  wecom-help help diagnose")]
pub struct HelpArgs {
    /// 哪个命令；不写时是全部命令的总览
    #[arg(value_name = "COMMAND")]
    command: Option<String>,
}

/// The command line as clap sees it, with our help texts in `lang` (clap's own words, such as
/// "Usage", stay English): what help, completions and the man page are made from.
pub fn command(lang: Lang) -> clap::Command {
    let command = Cli::command();
    match lang {
        Lang::Zh => command,
        Lang::En => english::root_in_english(command).mut_subcommands(english::command_in_english),
    }
}

/// The id of `--width`.
const WIDTH: &str = "width";

/// `--width N`: a fixed output width in columns, for reproducible tests. Added for parsing
/// only, so that it is in no help, completion script or man page (completions would offer it
/// even hidden).
fn width() -> Arg {
    Arg::new(WIDTH)
        .long(WIDTH)
        .global(true)
        .hide(true)
        .value_parser(clap::value_parser!(usize))
}

/// Parses the process's arguments and environment, with help in the language they ask for;
/// clap prints help, the version or a usage error and exits. Fails when the environment asks
/// for a language the program does not speak.
pub fn parse() -> Result<Options, Error> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let env = Environment::read();
    let lang = args::requested_lang(args.get(1..).unwrap_or_default(), &env)?;
    parse_from(args, lang, &env)
}

/// Parses `args` (the program's name first) with help in `lang`; clap prints help, the version
/// or a usage error and exits.
fn parse_from(args: Vec<OsString>, lang: Lang, env: &Environment) -> Result<Options, Error> {
    let matches = (command(lang).arg(width()))
        .try_get_matches_from(args)
        .unwrap_or_else(|e| e.exit());
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    Options::new(cli, &matches, env)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KbSource;

    #[test]
    fn definition_is_consistent() {
        command(Lang::Zh).arg(width()).debug_assert();
        command(Lang::En).arg(width()).debug_assert();
    }

    fn parsed(list: &[&str], env: &Environment) -> Result<Options, Error> {
        let args: Vec<OsString> = list.iter().map(OsString::from).collect();
        let lang = args::requested_lang(&args[1..], env)?;
        let options = parse_from(args, lang, env)?;
        // What help and usage errors were given in is what the parse decides.
        assert_eq!(lang, options.lang, "{list:?}");
        Ok(options)
    }

    #[test]
    fn the_command_line_wins_over_the_environment() {
        let env = Environment::from_values(Some("/env/kb"), Some("en_US.UTF-8"));
        let options = parsed(&["wecom-help", "list"], &env).unwrap();
        assert_eq!(
            (options.lang, options.source),
            (Lang::En, KbSource::Dir("/env/kb".into()))
        );
        let options = parsed(&["wecom-help", "list", "--lang", "zh", "--kb", "faq"], &env).unwrap();
        assert_eq!((options.lang, options.source), (Lang::Zh, KbSource::Dir("faq".into())));
        // A value the program cannot use does not matter when the command line gives one.
        let env = Environment::from_values(None, Some("fr"));
        assert!(parsed(&["wecom-help", "list"], &env).is_err());
        assert_eq!(
            parsed(&["wecom-help", "--lang=en", "list"], &env).unwrap().lang,
            Lang::En
        );
    }

    #[test]
    fn width_is_read_wherever_it_stands() {
        let env = Environment::default();
        let options = parsed(&["wecom-help", "--width", "60", "list", "--format", "json"], &env).unwrap();
        assert_eq!(
            (options.width, options.action),
            (Some(60), Action::List { format: Format::Json })
        );
        let options = parsed(&["wecom-help", "tree", "--width=70", "--format=dot"], &env).unwrap();
        assert_eq!(
            (options.width, options.action),
            (
                Some(70),
                Action::Tree {
                    format: TreeFormat::Dot
                }
            )
        );
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
