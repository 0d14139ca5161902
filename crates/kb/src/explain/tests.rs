//! How parser errors are explained: each kind of mistake a maintainer makes in YAML.

use super::*;
use crate::lang::Lang;

#[test]
fn explains_common_parser_messages_in_chinese() {
    let zh = |detail, line| explain_yaml(detail, line, "", None).render(Lang::Zh);
    assert!(zh("unknown field `titel`, expected one of `id`, `title`", "titel: x").contains("titel"));
    assert!(zh("unknown field `titel`, expected one of `id`, `title`", "").contains("id、title"));
    assert!(zh("missing field `steps`", "").contains("steps"));
    assert!(zh("invalid type: string \"yes\", expected a boolean", "").contains("true"));
    assert!(zh("anything", "\tid: 3").contains("Tab"));
}

#[test]
fn explains_common_parser_messages_in_english() {
    let en = |detail, line| explain_yaml(detail, line, "", None).render(Lang::En);
    assert_eq!(
        en("unknown field `titel`, expected one of `id`, `title`", ""),
        "Unknown field \"titel\". The fields allowed here are: id, title. Check the spelling, or delete this line."
    );
    assert_eq!(
        en("missing field `steps`", ""),
        "The required field \"steps\" is missing. Please add it."
    );
    assert_eq!(
        en("invalid type: string \"x\", expected a sequence", ""),
        "Wrong type: this should be a list (each line starting with \"- \"), but it is text."
    );
    assert!(en("anything", "\tid: 3").contains("tab"));
}

#[test]
fn no_words_of_the_parser_reach_a_chinese_message() {
    for detail in [
        "mapping values are not allowed in this context",
        "unknown anchor",
        "found character that cannot start any token",
        "did not find expected key",
        "while scanning a quoted scalar, found unexpected end of stream",
        "something new",
        "invalid type: integer `-3`, expected u32",
        "invalid type: boolean `true`, expected something else",
    ] {
        let zh = explain_yaml(detail, "", "", None).render(Lang::Zh);
        assert!(!zh.contains(detail) && !zh.contains("expected"), "{detail}: {zh}");
    }
}

#[test]
fn nested_paths_are_dropped_before_explaining() {
    assert_eq!(
        strip_path("solutions[0]: missing field `steps`"),
        "missing field `steps`"
    );
    assert_eq!(strip_path("missing field `steps`"), "missing field `steps`");
    assert_eq!(
        strip_path("invalid type: string, expected u32"),
        "invalid type: string, expected u32"
    );
}

/// The parser's error for an unclosed quote, on a copy of `text`.
fn diagnose(text: &str) -> Diagnostic {
    let error = serde_yaml::from_str::<crate::raw::RawEntry>(text).unwrap_err();
    Diagnostic::from_yaml("03.yaml", text, &error)
}

#[test]
fn an_unclosed_quote_is_named_where_it_opens() {
    let text = "id: 3\ncategory: 甲\ntitle: \"乙\nsolutions:\n  - steps: [丙]\nrelated: [\"11\", \"16.1\"]\n";
    let diagnostic = diagnose(text);
    assert_eq!(diagnostic.position, Some((3, 8)), "{diagnostic}");
    assert!(
        diagnostic
            .to_string()
            .contains("第 3 行的文字以 \" 开头，却没有用 \" 结尾"),
        "{diagnostic}"
    );
    assert!(
        diagnostic
            .to_string()
            .contains("YAML 解析器到第 6 行第 12 列才发现出错"),
        "{diagnostic}"
    );
    let en = diagnostic.render(Lang::En);
    assert!(
        en.contains("The text on line 3 starts with \" but does not end with one"),
        "{en}"
    );
    // Never closed at all, in single quotes, in a list item.
    let text = "id: 3\ncategory: 甲\ntitle: 乙\nsymptoms:\n  - '丙\nsolutions:\n  - steps: [丁]\n";
    assert_eq!(diagnose(text).position, Some((5, 5)));
}

#[test]
fn the_parsers_explanation_follows_the_unclosed_quote() {
    let text = "id: 3\ncategory: 甲\ntitle: \"乙\nsolutions:\n  - steps: [丙]\n";
    let diagnostic = diagnose(text);
    assert_eq!(diagnostic.position, Some((3, 8)), "{diagnostic}");
    let zh = diagnostic.to_string();
    assert!(
        zh.contains("引号没有闭合") && zh.contains("说明是：文件是空的或者不完整"),
        "{zh}"
    );
    let en = diagnostic.render(Lang::En);
    assert!(
        en.contains("is not closed") && en.contains("as: The file is empty or incomplete"),
        "{en}"
    );
}

#[test]
fn a_syntax_error_below_closed_quotes_keeps_the_parsers_explanation() {
    let text = "id: 3\ncategory: '甲'\ntitle: \"乙\"\nsolutions:\n  - steps: [丙]\n   bad: x\n";
    let diagnostic = diagnose(text);
    assert!(!diagnostic.to_string().contains("引号"), "{diagnostic}");
}

#[test]
fn quoted_numbers_and_booleans_are_said_to_be_quoted() {
    for (text, at, value) in [
        ("id: \"14\"\n", "1:5", "\"14\""),
        ("id: 3\nweight: '2'\n", "2:9", "'2'"),
        ("id: 3\nfacts:\n  has_message: \"true\"  # 有\n", "3:16", "\"true\""),
    ] {
        let diagnostic = diagnose(text);
        let zh = diagnostic.to_string();
        let bare = value.trim_matches(['"', '\'']);
        let expected = format!("03.yaml:{at}: 写成了带引号的文字 {value}：去掉引号，写成 {bare}。");
        assert_eq!(zh, expected);
        let en = diagnostic.render(Lang::En);
        assert!(en.contains(&format!("the text {value} in quotes")), "{en}");
    }
    // A text that is not a number stays a wrong value, not a quoting problem.
    assert!(diagnose("id: \"十四\"\n").to_string().contains("正整数编号"));
}

#[test]
fn related_is_shown_as_the_list_the_files_write() {
    for text in ["id: 3\nrelated: 15\n", "id: 3\nrelated: \"15\"\n"] {
        let zh = diagnose(text).to_string();
        assert!(zh.contains("例如 related: [\"15\"]"), "{zh}");
    }
    let en = diagnose("id: 3\nrelated: 15, '16.1'\n").render(Lang::En);
    assert!(en.contains("such as related: [\"15\", \"16.1\"]"), "{en}");
}

#[test]
fn a_value_of_the_wrong_type_names_its_field() {
    let diagnostic = diagnose("id: 3\nweight: 很多\n");
    assert_eq!(diagnostic.to_string(), "03.yaml:2:9: weight 要写数字，实际写的是文字。");
    assert_eq!(
        diagnostic.render(Lang::En),
        "03.yaml:2:9: weight must be a number, but it is text."
    );
    let diagnostic = diagnose("id: 3\ncategory: 甲\ntitle: 乙\nsolutions:\n  - steps: 很多\n");
    assert!(diagnostic.to_string().contains(": steps 要写列表"), "{diagnostic}");
    // An item of a list has no field name of its own: the message stays general.
    let diagnostic = diagnose("id: 3\ncategory: 甲\ntitle: 乙\nsolutions:\n  - 很多\n");
    assert!(diagnostic.to_string().contains("类型不对"), "{diagnostic}");
}
