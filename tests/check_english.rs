//! A field left out of an entry's English (en) section: a missing translation, not a broken
//! knowledge base. It loads, the English shows the Chinese there, and `check` names the field.

mod common;

use common::{valid_copy_with, wecom};

/// A copy of the valid fixture with `from` replaced by `to` in `entries/02.yaml`.
fn entry_2_with(from: &'static str, to: &'static str) -> tempfile::TempDir {
    valid_copy_with(move |name, text| {
        if name == "entries/02.yaml" {
            assert!(text.contains(from), "{from:?} not in {name}");
            text.replacen(from, to, 1)
        } else {
            text
        }
    })
}

/// `check` in `lang` on `dir`: exit 2, stderr.
fn check(dir: &tempfile::TempDir, lang: &str) -> String {
    let kb = dir.path().to_str().unwrap();
    wecom(&["--kb", kb, "--lang", lang, "check"]).expect_code(2).stderr
}

#[test]
fn a_missing_english_title_leaves_the_knowledge_base_usable() {
    let dir = valid_copy_with(|name, text| {
        if name == "entries/02.yaml" {
            text.lines()
                .filter(|line| !line.starts_with("  title: WeCom says"))
                .map(|line| format!("{line}\n"))
                .collect()
        } else {
            text
        }
    });
    let kb = dir.path().to_str().unwrap();
    for lang in ["zh", "en"] {
        let list = wecom(&["--kb", kb, "--lang", lang, "list"]).expect_code(0);
        assert!(
            list.stdout.contains("让身边 1 位同事扫码确认你的身份"),
            "{lang}:\n{}",
            list.stdout
        );
    }
    let show = wecom(&["--kb", kb, "--lang", "en", "show", "2"]).expect_code(0);
    assert!(show.stdout.contains("Case 1"), "{}", show.stdout);
    let zh = check(&dir, "zh");
    assert!(zh.contains("知识库有 1 处还没有英文翻译"), "{zh}");
    assert!(
        zh.contains("entries/02.yaml:24:1: 条目 2 的英文（en）部分缺少 title：请照中文的 title 写上它的英文译文。"),
        "{zh}"
    );
    let en = check(&dir, "en");
    assert!(
        en.contains("entries/02.yaml:24:1: Entry 2: the English (en) section has no title."),
        "{en}"
    );
}

#[test]
fn a_missing_field_of_an_english_solution_is_named_at_that_solution() {
    let dir = entry_2_with(
        "    - label: Case 2\n      condition: The mobile number has not been changed\n",
        "    - label: Case 2\n",
    );
    let zh = check(&dir, "zh");
    assert!(
        zh.contains("entries/02.yaml:35:5: 条目 2 的英文（en）部分缺少 solutions 第 2 个的 condition"),
        "{zh}"
    );
    assert!(!zh.contains("项"), "a single text is not counted in items:\n{zh}");
    let en = check(&dir, "en");
    assert!(en.contains("has no condition of solution 2"), "{en}");
    assert!(!en.contains("item"), "{en}");
    let kb = dir.path().to_str().unwrap();
    let show = wecom(&["--kb", kb, "--lang", "en", "show", "2.2"]).expect_code(0);
    assert!(show.stdout.contains("手机号没有改过"), "{}", show.stdout);
}

#[test]
fn missing_english_steps_and_solutions_show_the_chinese() {
    let dir = valid_copy_with(|name, text| {
        if name == "entries/02.yaml" {
            text.split("\n  solutions:\n").next().unwrap().to_owned() + "\n"
        } else {
            text
        }
    });
    let zh = check(&dir, "zh");
    assert!(zh.contains("条目 2 的英文（en）部分缺少 solutions："), "{zh}");
    let kb = dir.path().to_str().unwrap();
    let show = wecom(&["--kb", kb, "--lang", "en", "show", "2.1"]).expect_code(0);
    assert!(show.stdout.contains("先用原手机号登录企微。"), "{}", show.stdout);
}

/// Lists of different lengths stay an error, counted in items; an English text the Chinese does
/// not have is an error too, without a count.
#[test]
fn a_list_of_another_length_or_an_extra_english_text_is_refused() {
    let dir = entry_2_with("        - Change it to the new number in the WeCom profile.\n", "");
    let zh = check(&dir, "zh");
    assert!(zh.contains("知识库有 1 处问题"), "{zh}");
    assert!(
        zh.contains("英文（en）的 solutions 第 1 个的 steps 有 1 项，中文有 2 项"),
        "{zh}"
    );
    let en = check(&dir, "en");
    assert!(
        en.contains("steps of solution 1 has 1 item, but in Chinese it has 2"),
        "{en}"
    );

    let dir = entry_2_with(
        "  category: WeCom login\n",
        "  category: WeCom login\n  cause: Extra.\n",
    );
    let zh = check(&dir, "zh");
    assert!(zh.contains("条目 2 的英文（en）部分有 cause，中文却没有"), "{zh}");
    assert!(!zh.contains("项"), "{zh}");
    let kb = dir.path().to_str().unwrap();
    wecom(&["--kb", kb, "list"]).expect_code(2);
}
