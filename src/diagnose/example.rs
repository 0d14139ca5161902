//! The command to run instead when there is no terminal to ask in: the agent's own, with an
//! `--answers` example, quoted for a POSIX shell so that it can be pasted as it is.

use crate::error::Accepts;

/// `command_line` (the arguments after the program's name) with `--answers` giving `accepts`'
/// first answer, each argument quoted as needed.
pub fn example(command_line: &[String], accepts: Accepts) -> String {
    let first = match accepts {
        Accepts::YesNo => "y",
        Accepts::Choice { .. } => "1",
    };
    let words: Vec<String> = (["wecom-help"].into_iter())
        .chain(command_line.iter().map(String::as_str))
        .chain(["--answers", first])
        .map(quoted)
        .collect();
    words.join(" ")
}

/// `word` as a POSIX shell reads it back: as it is when it holds nothing the shell treats
/// specially, else in single quotes.
fn quoted(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        return word.to_owned();
    }
    format!("'{}'", word.replace('\'', "'\\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_repeats_the_command_line_quoted() {
        let given = ["diagnose", "--message", "员工说 'x' 登不上", ""].map(str::to_owned);
        assert_eq!(
            example(&given, Accepts::Choice { count: 3 }),
            r#"wecom-help diagnose --message '员工说 '\''x'\'' 登不上' '' --answers 1"#
        );
        assert_eq!(example(&[], Accepts::YesNo), "wecom-help --answers y");
    }
}
