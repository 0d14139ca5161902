//! The command line, as clap sees it, and its conversion into the program's own options.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::kb::KbSource;
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

    /// 输出格式：text（默认）、markdown 或 json
    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,

    /// 颜色：auto（默认，终端里才用颜色）、always 或 never；也认 NO_COLOR
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,

    /// Fixed output width in columns, for reproducible tests.
    #[arg(long, global = true, hide = true)]
    pub width: Option<usize>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// 问诊：逐个回答是/否，找到解决方案
    #[command(
        after_help = "例：\n  wecom-help diagnose                          在终端里用方向键回答\n  wecom-help diagnose --answers y,n,n,n,y      预先给出回答（y 是、n 否、? 不确定、b 返回上一步）\n  wecom-help diagnose --message 你的账号已被禁用   从员工看到的提示语开始\n  wecom-help diagnose --answers y,n,n,n,y --format markdown   结果以 Markdown 输出，方便贴到工单"
    )]
    Diagnose {
        /// 预先给出回答，不用交互：y 是、n 否、? 不确定、b 返回上一步，用逗号隔开
        #[arg(long, value_name = "ANSWERS", allow_hyphen_values = true)]
        answers: Option<String>,

        /// 从员工看到的提示语或描述开始：只在相符的条目里继续问
        #[arg(long, value_name = "TEXT")]
        message: Option<String>,
    },
    /// 用员工的原话查找条目（提示语、一句描述或关键词）
    #[command(
        after_help = "例：\n  wecom-help search 你的账号已被禁用\n  wecom-help search 扫码 同事\n  wecom-help search 改了手机号收不到邀请 --limit 3"
    )]
    Search {
        /// 要查找的话，可以是整句、片段或几个词
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,

        /// 最多显示几条
        #[arg(long, default_value_t = 5, value_name = "N")]
        limit: usize,
    },
    /// 列出全部条目：编号和标题
    #[command(after_help = "例：\n  wecom-help list\n  wecom-help list --format json")]
    List,
    /// 查看一个条目的症状、原因和解决步骤
    #[command(
        allow_negative_numbers = true,
        after_help = "例：\n  wecom-help show 15        条目 15 的全部内容\n  wecom-help show 16.2      只看条目 16 的情况二\n  wecom-help show 15 --format markdown"
    )]
    Show {
        /// 条目编号（如 15），或解决方案编号（如 16.2）
        #[arg(value_name = "编号")]
        id: String,
    },
    /// 显示向导使用的决策树
    #[command(after_help = "例：\n  wecom-help tree\n  wecom-help tree --format json")]
    Tree,
    /// 检查知识库是否完好
    #[command(
        after_help = "例：\n  wecom-help check              检查内置知识库\n  wecom-help check --kb ./faq   检查正在编辑的知识库文件夹"
    )]
    Check,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Text,
    Markdown,
    Json,
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
    Diagnose {
        answers: Option<String>,
        message: Option<String>,
    },
    Search {
        query: String,
        limit: usize,
    },
    List,
    Show {
        id: String,
    },
    Tree,
    Check,
}

/// Everything the command line decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub source: KbSource,
    pub format: Format,
    pub color: ColorChoice,
    pub width: Option<usize>,
    pub action: Action,
}

impl From<Cli> for Options {
    fn from(cli: Cli) -> Self {
        Options {
            source: cli.kb.map_or(KbSource::Embedded, KbSource::Dir),
            format: match cli.format {
                FormatArg::Text => Format::Text,
                FormatArg::Markdown => Format::Markdown,
                FormatArg::Json => Format::Json,
            },
            color: match cli.color {
                ColorArg::Auto => ColorChoice::Auto,
                ColorArg::Always => ColorChoice::Always,
                ColorArg::Never => ColorChoice::Never,
            },
            width: cli.width,
            action: match cli.command {
                Command::Diagnose { answers, message } => Action::Diagnose { answers, message },
                Command::Search { query, limit } => Action::Search {
                    query: query.join(" "),
                    limit,
                },
                Command::List => Action::List,
                Command::Show { id } => Action::Show { id },
                Command::Tree => Action::Tree,
                Command::Check => Action::Check,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
