//! Everything that can go wrong, each with the message the agent reads and an exit code.

use std::io;

use thiserror::Error;

use crate::kb::Diagnostic;

/// Exit code: the command did its job (a solution was found, the base is valid).
pub const EXIT_OK: i32 = 0;
/// Exit code: no result (the wizard was left with Esc).
pub const EXIT_NO_RESULT: i32 = 1;
/// Exit code: bad input, a broken knowledge base, or a usage error.
pub const EXIT_USAGE: i32 = 2;
/// Exit code: interrupted with Ctrl-C.
pub const EXIT_INTERRUPTED: i32 = 130;

/// An error that ends the command.
#[derive(Debug, Error)]
pub enum Error {
    #[error("{}", list_problems(.0))]
    Kb(Vec<Diagnostic>),

    #[error(
        "没有编号为“{given}”的条目。有效编号是 {first}–{last}，例如 `show {last}`；有多个解决方案的条目可以写成 `show 16.2`。"
    )]
    NoSuchEntry { given: String, first: u32, last: u32 },

    #[error("条目 {entry} 没有解决方案 {given}。它的解决方案有：{choices}。")]
    NoSuchSolution { given: String, entry: u32, choices: String },

    #[error(
        "下一步要问：{question} 但这里没有终端，无法交互提问。请用 --answers 给出回答，例如 `wecom-help diagnose --answers y,n,?`（y 是、n 否、? 不确定、b 返回上一步）。"
    )]
    NoTerminal { question: String },

    #[error(
        "--answers 里的回答用完了，还没有得出结论。下一个问题是：{question} 请在 --answers 末尾加上它的回答（y 是、n 否、? 不确定、b 返回上一步）。"
    )]
    AnswersRunOut { question: String },

    #[error(
        "--answers 的第 {position} 个回答“{token}”看不懂。只能用 y（是）、n（否）、?（不确定）、b（返回上一步），用逗号隔开，例如 y,n,?,b。"
    )]
    BadAnswer { token: String, position: usize },

    #[error("已中断。")]
    Interrupted,

    #[error("输出失败：{0}")]
    Io(#[from] io::Error),
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Interrupted => EXIT_INTERRUPTED,
            _ => EXIT_USAGE,
        }
    }
}

fn list_problems(problems: &[Diagnostic]) -> String {
    let mut text = format!("知识库有 {} 处问题，无法使用：", problems.len());
    for p in problems {
        text.push_str("\n  ");
        text.push_str(&p.to_string());
    }
    text
}
