//! Synthetic knowledge bases of any size, for benchmarks and tests: valid, with text as long as
//! the real entries' and facts that tell every solution apart.

use std::fmt::Write;

/// Files of a generated knowledge base: (path relative to the base, text).
pub type Files = Vec<(String, String)>;

const WORDS: [&str; 24] = [
    "企业微信",
    "登录",
    "手机号",
    "管理员",
    "邀请",
    "账号",
    "同事",
    "扫码",
    "确认",
    "身份",
    "修改",
    "系统",
    "员工",
    "门店",
    "微信",
    "绑定",
    "提示",
    "激活",
    "后台",
    "同步",
    "设置",
    "组织架构",
    "新号码",
    "验证码",
];

const EN_WORDS: [&str; 16] = [
    "WeCom",
    "login",
    "mobile",
    "number",
    "admin",
    "invitation",
    "account",
    "colleague",
    "scan",
    "confirm",
    "identity",
    "change",
    "system",
    "employee",
    "store",
    "settings",
];

/// A small deterministic generator, so every run writes the same base.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn text(&mut self, words: &[&str], count: usize, sep: &str) -> String {
        (0..count)
            .map(|_| words[self.next() as usize % words.len()])
            .collect::<Vec<_>>()
            .join(sep)
    }
}

/// A knowledge base of `entries` entries (at least 2). Each entry answers the questions that
/// spell its number in binary, plus some others at random; every tenth has two solutions told
/// apart by one more question.
pub fn generate(entries: usize) -> Files {
    generate_with(entries, None)
}

/// [`generate`] with `questions` yes/no questions (besides the one that tells cases apart)
/// instead of about 1.5 × log₂ `entries`: at least enough to spell every entry's number.
pub fn generate_with(entries: usize, questions: Option<usize>) -> Files {
    let entries = entries.max(2);
    let bits = usize::BITS as usize - (entries - 1).leading_zeros() as usize;
    let extra = questions.map_or(bits / 2 + 1, |q| q.saturating_sub(bits).max(1));
    let mut rng = Lcg(entries as u64);
    let mut files = Vec::with_capacity(entries + 1);

    let mut questions = String::from("questions:\n");
    for q in 0..bits + extra {
        let _ = writeln!(
            questions,
            "  - id: q{q}\n    text: 员工{}吗？\n    en: Does the employee {}?",
            rng.text(&WORDS, 4, ""),
            rng.text(&EN_WORDS, 4, " ")
        );
    }
    if entries >= 10 {
        let _ = writeln!(
            questions,
            "  - id: case\n    text: 是第一种情况吗？\n    en: Is it the first case?"
        );
    }
    files.push(("questions.yaml".to_owned(), questions));

    for id in 1..=entries {
        let mut text = String::new();
        let _ = writeln!(
            text,
            "id: {id}\ncategory: 企微登录相关\ntitle: {}怎么办？",
            rng.text(&WORDS, 10, "")
        );
        let _ = writeln!(
            text,
            "symptoms:\n  - {}\n  - {}",
            rng.text(&WORDS, 6, ""),
            rng.text(&WORDS, 5, "")
        );
        let _ = writeln!(text, "cause: {}。", rng.text(&WORDS, 8, ""));
        text.push_str("facts:\n");
        for b in 0..bits {
            let _ = writeln!(text, "  q{b}: {}", (id - 1) >> b & 1 == 1);
        }
        for q in bits..bits + extra {
            // The first entry states every extra question, so none goes unused.
            match rng.next() % 3 {
                0 if id > 1 => {}
                answer => {
                    let _ = writeln!(text, "  q{q}: {}", answer == 1);
                }
            }
        }
        let cases = if id % 10 == 0 { 2 } else { 1 };
        text.push_str("solutions:\n");
        for case in 0..cases {
            text.push_str("  - ");
            if cases > 1 {
                let _ = write!(text, "facts:\n      case: {}\n    ", case == 0);
            }
            text.push_str("steps:\n");
            for _ in 0..3 {
                let _ = writeln!(text, "      - {}。", rng.text(&WORDS, 9, ""));
            }
        }
        let _ = writeln!(
            text,
            "en:\n  category: WeCom login\n  title: What if {}?",
            rng.text(&EN_WORDS, 8, " ")
        );
        let _ = writeln!(
            text,
            "  symptoms:\n    - {}\n    - {}",
            rng.text(&EN_WORDS, 6, " "),
            rng.text(&EN_WORDS, 5, " ")
        );
        let _ = writeln!(text, "  cause: {}.\n  solutions:", rng.text(&EN_WORDS, 8, " "));
        for _ in 0..cases {
            text.push_str("    - steps:\n");
            for _ in 0..3 {
                let _ = writeln!(text, "        - {}.", rng.text(&EN_WORDS, 9, " "));
            }
        }
        files.push((format!("entries/{id:05}.yaml"), text));
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{SourceFile, from_files};

    #[test]
    fn generated_bases_are_valid_and_complete() {
        for n in [2, 3, 37, 200] {
            let files: Vec<SourceFile> = generate(n).into_iter().map(|(r, t)| SourceFile::unread(r, t)).collect();
            let loaded = from_files(&files, "test").unwrap_or_else(|p| panic!("{n}: {:?}", &p[..p.len().min(3)]));
            assert_eq!(loaded.kb.kb.entries.len(), n);
            assert!(loaded.untranslated.is_empty());
        }
    }

    #[test]
    fn ten_thousand_entries_fit_the_size_limit() {
        let bytes: usize = generate(10_000).iter().map(|(_, text)| text.len()).sum();
        assert!((bytes as u64) < crate::read::MAX_TOTAL_BYTES / 2, "{bytes} bytes");
    }
}
