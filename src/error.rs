//! Everything that can go wrong, each with the message the agent reads and an exit code.

use std::{fmt, io};

use crate::kb::Diagnostic;
use crate::lang::Lang;

/// Exit code: the command did its job (a solution was found, the base is valid).
pub const EXIT_OK: i32 = 0;
/// Exit code: no result (the wizard was left with Esc).
pub const EXIT_NO_RESULT: i32 = 1;
/// Exit code: bad input, a broken knowledge base, or a usage error.
pub const EXIT_USAGE: i32 = 2;
/// Exit code: interrupted with Ctrl-C.
pub const EXIT_INTERRUPTED: i32 = 130;

/// An error that ends the command.
#[derive(Debug)]
pub enum Error {
    /// The knowledge base is broken.
    Kb(Vec<Diagnostic>),
    /// `check`: entries or questions without a translation.
    Untranslated(Vec<Diagnostic>),
    /// An environment variable names a language the program does not speak.
    UnknownLanguage {
        variable: &'static str,
        value: String,
    },
    /// `help` with the name of no command.
    NoSuchCommand {
        given: String,
    },
    NoSuchEntry {
        given: String,
        first: u32,
        last: u32,
    },
    /// `show` without a number and without a terminal to pick one in.
    NeedNumber {
        first: u32,
        last: u32,
    },
    NoSuchSolution {
        given: String,
        entry: u32,
        choices: Vec<String>,
    },
    NoTerminal {
        question: String,
    },
    AnswersRunOut {
        question: String,
    },
    BadAnswer {
        token: String,
        position: usize,
    },
    Interrupted,
    /// `--save` to a file that exists, without `--force`.
    WouldOverwrite {
        path: String,
    },
    /// `--save` could not write the file.
    Save {
        path: String,
        error: io::Error,
    },
    Io(io::Error),
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Interrupted => EXIT_INTERRUPTED,
            _ => EXIT_USAGE,
        }
    }

    /// What the agent reads, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            Error::Kb(problems) => list(
                lang,
                &if zh {
                    format!("知识库有 {} 处问题，无法使用：", Diagnostic::total(problems))
                } else {
                    format!(
                        "The knowledge base has {} problem(s) and cannot be used:",
                        Diagnostic::total(problems)
                    )
                },
                problems,
            ),
            Error::Untranslated(missing) => list(
                lang,
                &if zh {
                    format!("知识库有 {} 处还没有英文翻译：", Diagnostic::total(missing))
                } else {
                    format!(
                        "The knowledge base has {} text(s) without an English translation:",
                        Diagnostic::total(missing)
                    )
                },
                missing,
            ),
            Error::UnknownLanguage { variable, value } => {
                if zh {
                    format!("{variable}={value}：不支持这种语言。请设为 zh 或 en（如 en_US.UTF-8），或者不设。")
                } else {
                    format!(
                        "{variable}={value}: not a language of this program. Set it to zh or en (en_US.UTF-8 works too), or unset it."
                    )
                }
            }
            Error::NoSuchCommand { given } => {
                if zh {
                    format!("没有叫“{given}”的命令。`wecom-help help` 列出全部命令。")
                } else {
                    format!("There is no command \"{given}\". `wecom-help help` lists them all.")
                }
            }
            Error::NoSuchEntry { given, first, last } => {
                if zh {
                    format!(
                        "没有编号为“{given}”的条目。有效编号是 {first}–{last}，例如 `show {last}`；有多个解决方案的条目可以写成 `show 16.2`。"
                    )
                } else {
                    format!(
                        "There is no entry numbered \"{given}\". Valid numbers are {first}–{last}, e.g. `show {last}`; for an entry with several solutions, `show 16.2` shows one."
                    )
                }
            }
            Error::NeedNumber { first, last } => {
                if zh {
                    format!(
                        "请给出条目编号，例如 `wecom-help show {last}`（有效编号 {first}–{last}）。这里没有终端，无法从列表中选。"
                    )
                } else {
                    format!(
                        "Give an entry number, e.g. `wecom-help show {last}` (valid numbers are {first}–{last}). A list to pick from can only be shown in a terminal."
                    )
                }
            }
            Error::NoSuchSolution { given, entry, choices } => {
                if zh {
                    format!(
                        "条目 {entry} 没有解决方案 {given}。它的解决方案有：{}。",
                        choices.join("、")
                    )
                } else {
                    format!(
                        "Entry {entry} has no solution {given}. Its solutions are: {}.",
                        choices.join(", ")
                    )
                }
            }
            Error::NoTerminal { question } => {
                if zh {
                    format!(
                        "下一步要问：{question} 但这里没有终端，无法交互提问。请用 --answers 给出回答，例如 `wecom-help diagnose --answers y,n,?`（y 是、n 否、? 不确定、b 返回上一步）。"
                    )
                } else {
                    format!(
                        "No terminal is available to ask questions in. Give the answers up front with --answers, e.g. `wecom-help diagnose --answers 'y,n,?'` (y yes, n no, ? not sure, b back). The next question is: \"{question}\""
                    )
                }
            }
            Error::AnswersRunOut { question } => {
                if zh {
                    format!(
                        "--answers 里的回答用完了，还没有得出结论。下一个问题是：{question} 请在 --answers 末尾加上它的回答（y 是、n 否、? 不确定、b 返回上一步）。"
                    )
                } else {
                    format!(
                        "--answers ran out before a result was reached. The next question is: \"{question}\" Add its answer to the end of --answers (y yes, n no, ? not sure, b back)."
                    )
                }
            }
            Error::BadAnswer { token, position } => {
                if zh {
                    format!(
                        "--answers 的第 {position} 个回答“{token}”看不懂。只能用 y（是）、n（否）、?（不确定）、b（返回上一步），用逗号隔开，例如 y,n,?,b。"
                    )
                } else {
                    format!(
                        "Answer {position} of --answers, \"{token}\", is not understood. Use y (yes), n (no), ? (not sure) or b (back), separated by commas, e.g. y,n,?,b."
                    )
                }
            }
            Error::Interrupted => lang.pick("已中断。", "Interrupted.").to_owned(),
            Error::WouldOverwrite { path } => {
                if zh {
                    format!("{path} 已经存在，不会覆盖它。请换一个文件名，或者加 --force 覆盖。")
                } else {
                    format!(
                        "{path} already exists and will not be overwritten. Choose another name, or add --force to overwrite it."
                    )
                }
            }
            Error::Save { path, error } => {
                if zh {
                    format!("无法写入 {path}（{error}）。结果已经显示在上面；请检查路径和权限后再存。")
                } else {
                    format!(
                        "Could not write {path} ({error}). The result is shown above; check the path and permissions and save again."
                    )
                }
            }
            Error::Io(e) => {
                if zh {
                    format!("输出失败：{e}")
                } else {
                    format!("Could not write the output: {e}")
                }
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Zh))
    }
}

impl std::error::Error for Error {}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

fn list(lang: Lang, heading: &str, problems: &[Diagnostic]) -> String {
    let mut text = heading.to_owned();
    for p in problems {
        text.push_str("\n  ");
        text.push_str(&p.render(lang));
    }
    text
}
