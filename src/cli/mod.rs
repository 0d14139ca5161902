//! The command line as clap sees it (the derive, whose `///` comments are the Chinese help) and
//! parsing it.

mod english;
mod options;

use std::ffi::OsString;
use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Arg, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

pub use options::{Action, Options, Save};

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
    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// 颜色：auto（默认，终端里才用颜色）、always 或 never；也认 NO_COLOR
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// 语言：zh（中文，默认）或 en（English）
    #[arg(long, global = true, value_enum, env = "WECOM_HELP_LANG", default_value_t = Lang::Zh)]
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
    #[arg(long, default_value_t = NonZeroUsize::new(5).unwrap(), value_name = "N")]
    limit: NonZeroUsize,
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

/// Parses the process's arguments, with help in the language they ask for; clap prints help,
/// the version or a usage error and exits.
pub fn parse() -> Options {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = requested_lang(args.iter().skip(1).cloned(), std::env::var_os("WECOM_HELP_LANG"));
    parse_from(&args, lang).unwrap_or_else(|e| e.exit())
}

/// Parses `args` (the program's name first); an error includes a request for help or the
/// version.
fn parse_from(args: &[OsString], lang: Lang) -> Result<Options, clap::Error> {
    let matches = command(lang).arg(width()).try_get_matches_from(args)?;
    let width = matches.get_one::<usize>(WIDTH).copied();
    Ok(Options::new(Cli::from_arg_matches(&matches)?, width))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definition_is_consistent() {
        command(Lang::Zh).arg(width()).debug_assert();
        command(Lang::En).arg(width()).debug_assert();
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
