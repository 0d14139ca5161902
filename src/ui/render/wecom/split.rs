//! Cutting a text into messages of a bounded size, at line breaks, each saying that it is
//! continued or continues.

/// `text` in messages of at most `limit` bytes of UTF-8, cut at line breaks; a line longer than
/// a message holds is cut at a character boundary. A text that fits is one message, as it is.
/// Otherwise each message but the first starts with the line `continued` and each but the last
/// ends with the line `continues`, both counted within `limit`. No message starts or ends with
/// a blank line.
///
/// `limit` must leave room for both lines and a character of text.
pub fn split(text: &str, limit: usize, continued: &str, continues: &str) -> Vec<String> {
    let text = text.trim_end_matches('\n');
    if text.len() <= limit {
        return vec![text.to_owned()];
    }
    // Every message has room for both lines: whether a message is the last is known only once
    // it is full.
    let room = limit
        .checked_sub(continued.len() + continues.len() + 2)
        .filter(|&room| room >= 4)
        .expect("a limit with room for the continuation lines and some text");
    let mut bodies: Vec<String> = Vec::new();
    let mut body = String::new();
    for piece in text.split('\n').flat_map(|line| cut(line, room)) {
        if !body.is_empty() && body.len() + 1 + piece.len() > room {
            bodies.push(std::mem::take(&mut body));
        }
        if body.is_empty() && piece.trim().is_empty() {
            continue;
        }
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(piece);
    }
    bodies.push(body);
    let last = bodies.len() - 1;
    (bodies.into_iter().enumerate())
        .map(|(i, body)| {
            let mut message = String::with_capacity(limit);
            if i > 0 {
                message.push_str(continued);
                message.push('\n');
            }
            message.push_str(body.trim_end());
            if i < last {
                message.push('\n');
                message.push_str(continues);
            }
            message
        })
        .collect()
}

/// `line` in pieces of at most `room` bytes, cut at character boundaries.
fn cut(line: &str, room: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = line;
    while rest.len() > room {
        let at = (0..=room)
            .rev()
            .find(|&at| rest.is_char_boundary(at))
            .unwrap_or_default();
        pieces.push(&rest[..at]);
        rest = &rest[at..];
    }
    pieces.push(rest);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTINUED: &str = "（续上条）";
    const CONTINUES: &str = "（接下条）";

    /// The text the messages carry, without the continuation lines.
    fn bodies(messages: &[String]) -> Vec<String> {
        let last = messages.len() - 1;
        (messages.iter().enumerate())
            .map(|(i, m)| {
                let m = if i > 0 {
                    m.strip_prefix(&format!("{CONTINUED}\n")).expect("continued")
                } else {
                    m
                };
                let m = if i < last {
                    m.strip_suffix(&format!("\n{CONTINUES}")).expect("continues")
                } else {
                    m
                };
                m.to_owned()
            })
            .collect()
    }

    #[test]
    fn a_text_that_fits_is_one_message_as_it_is() {
        let text = "# 问诊结果\n\n**问题**：账号被禁用\n";
        assert_eq!(
            split(text, 4096, CONTINUED, CONTINUES),
            ["# 问诊结果\n\n**问题**：账号被禁用"]
        );
        let exact = "字".repeat(100);
        assert_eq!(split(&exact, 300, CONTINUED, CONTINUES), [exact]);
    }

    #[test]
    fn a_long_text_is_cut_at_line_breaks_and_says_so() {
        let lines: Vec<String> = (1..=40).map(|n| format!("{n}. 第 {n} 步：点击【启用】。")).collect();
        let text = lines.join("\n");
        let messages = split(&text, 300, CONTINUED, CONTINUES);
        assert!(messages.len() > 2, "{messages:?}");
        for (i, message) in messages.iter().enumerate() {
            assert!(message.len() <= 300, "{i}: {} bytes", message.len());
            assert_eq!(message.starts_with(CONTINUED), i > 0, "{message}");
            assert_eq!(message.ends_with(CONTINUES), i + 1 < messages.len(), "{message}");
        }
        // Every line whole, in order, once.
        assert_eq!(bodies(&messages).join("\n"), text);
    }

    #[test]
    fn a_line_longer_than_a_message_is_cut_between_characters() {
        // Three bytes a character: a cut at a byte count would fall inside one.
        let line = "禁用".repeat(200);
        let text = format!("**员工原话**：{line}\n下一行");
        let messages = split(&text, 100, CONTINUED, CONTINUES);
        for message in &messages {
            assert!(message.len() <= 100, "{} bytes", message.len());
        }
        assert_eq!(bodies(&messages).concat().replace('\n', ""), text.replace('\n', ""));
        assert!(messages.last().unwrap().ends_with("下一行"));
    }

    #[test]
    fn no_message_starts_or_ends_with_a_blank_line() {
        let text = format!("{}\n\n\n{}\n\n{}", "甲".repeat(50), "乙".repeat(50), "丙".repeat(50));
        let messages = split(&text, 200, CONTINUED, CONTINUES);
        assert_eq!(messages.len(), 3, "{messages:?}");
        for body in bodies(&messages) {
            assert_eq!(body.trim(), body, "{body:?}");
            assert!(!body.is_empty());
        }
    }

    #[test]
    #[should_panic(expected = "room for the continuation lines")]
    fn a_limit_without_room_for_the_continuation_lines_is_a_bug() {
        split(&"字".repeat(20), 30, CONTINUED, CONTINUES);
    }
}
