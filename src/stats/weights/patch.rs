//! A file's change as a unified diff, as `git apply` and `patch -p1` read it.

use std::fmt::Write;

/// Lines of context around a change, as `diff -u` gives.
const CONTEXT: usize = 3;

/// The unified diff from `old` to `new` for the file at `path` (relative to the folder the
/// patch applies in, with `/`): one hunk around the lines that differ, which is exact for the
/// one-place edits the weights make. Empty when the texts are the same.
pub fn unified(path: &str, old: &str, new: &str) -> String {
    let old: Vec<&str> = old.split_inclusive('\n').collect();
    let new: Vec<&str> = new.split_inclusive('\n').collect();
    let same_start = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - same_start;
    let same_end = (old.iter().rev().zip(new.iter().rev()))
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    if same_start == old.len() && same_start == new.len() {
        return String::new();
    }
    let start = same_start.saturating_sub(CONTEXT);
    let old_end = (old.len() - same_end + CONTEXT).min(old.len());
    let new_end = (new.len() - same_end + CONTEXT).min(new.len());
    let (a, b) = (quoted(&format!("a/{path}")), quoted(&format!("b/{path}")));
    let mut out = format!("--- {a}\n+++ {b}\n");
    let _ = writeln!(
        out,
        "@@ -{} +{} @@",
        range(start, old_end - start),
        range(start, new_end - start)
    );
    let mut line = |mark: char, text: &str| {
        out.push(mark);
        out.push_str(text);
        if !text.ends_with('\n') {
            out.push_str("\n\\ No newline at end of file\n");
        }
    };
    for text in &old[start..same_start] {
        line(' ', text);
    }
    for text in &old[same_start..old.len() - same_end] {
        line('-', text);
    }
    for text in &new[same_start..new.len() - same_end] {
        line('+', text);
    }
    for text in &old[old.len() - same_end..old_end] {
        line(' ', text);
    }
    out
}

/// A hunk's range: the first line (1-based) and the count; an empty range names the line
/// before it, as `diff` does.
fn range(start: usize, count: usize) -> String {
    match count {
        0 => format!("{start},0"),
        1 => format!("{}", start + 1),
        _ => format!("{},{count}", start + 1),
    }
}

/// A path as `git diff` writes it: in double quotes, with C escapes, when it holds a quote, a
/// backslash or a control character (which must never reach a terminal as they are).
fn quoted(path: &str) -> String {
    if !path.chars().any(|c| c == '"' || c == '\\' || c.is_control()) {
        return path.to_owned();
    }
    let mut out = String::from("\"");
    for c in path.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let mut bytes = [0; 4];
                for b in c.encode_utf8(&mut bytes).bytes() {
                    let _ = write!(out, "\\{b:03o}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_inserted_with_three_lines_of_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nd\nX\ne\nf\ng\nh\n";
        assert_eq!(
            unified("entries/15.yaml", old, new),
            "--- a/entries/15.yaml\n+++ b/entries/15.yaml\n@@ -2,6 +2,7 @@\n b\n c\n d\n+X\n e\n f\n g\n"
        );
    }

    #[test]
    fn a_line_replaced_at_the_start() {
        assert_eq!(
            unified("x.yaml", "id: 1\nweight: 2\nz\n", "id: 1\nweight: 3\nz\n"),
            "--- a/x.yaml\n+++ b/x.yaml\n@@ -1,3 +1,3 @@\n id: 1\n-weight: 2\n+weight: 3\n z\n"
        );
    }

    #[test]
    fn a_last_line_without_a_line_break_is_marked() {
        assert_eq!(
            unified("x.yaml", "id: 1", "id: 1\nweight: 3"),
            "--- a/x.yaml\n+++ b/x.yaml\n@@ -1 +1,2 @@\n-id: 1\n\\ No newline at end of file\n+id: 1\n+weight: 3\n\\ No newline at end of file\n"
        );
    }

    #[test]
    fn nothing_for_the_same_text() {
        assert_eq!(unified("x.yaml", "a\n", "a\n"), "");
    }

    #[test]
    fn odd_paths_are_quoted() {
        assert_eq!(quoted("entries/邀请/01.yaml"), "entries/邀请/01.yaml");
        assert_eq!(quoted("a/a\"b\u{1b}.yaml"), "\"a/a\\\"b\\033.yaml\"");
    }
}
