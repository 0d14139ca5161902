//! `check` on copies of the valid fixture: a folder with no knowledge base in it, a file that
//! cannot be read among other mistakes, an unclosed quote, and empty or mistyped values.

mod common;

use common::{valid_copy_with, wecom};

/// `check` in `lang` on `dir`: exit 2 and nothing on stdout; stderr.
fn refused(dir: &std::path::Path, lang: &str) -> String {
    let run = wecom(&["--kb", dir.to_str().unwrap(), "--lang", lang, "check"]).expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    run.stderr.replace('\\', "/")
}

/// A copy of the valid fixture with `from` replaced by `to` in the file `name`.
fn copy_with(name: &'static str, from: &'static str, to: &'static str) -> tempfile::TempDir {
    valid_copy_with(move |file, text| {
        if file == name {
            assert!(text.contains(from), "{from:?} not in {name}");
            text.replacen(from, to, 1)
        } else {
            text
        }
    })
}

#[test]
fn a_folder_without_any_yaml_file_is_one_problem() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "笔记\n").unwrap();
    let zh = refused(dir.path(), "zh");
    assert!(zh.contains("知识库有 1 处问题"), "{zh}");
    assert!(
        zh.contains("这个文件夹里没有任何 .yaml 文件，不像是知识库文件夹。请检查 --kb"),
        "{zh}"
    );
    assert!(!zh.contains("questions.yaml。请在"), "{zh}");
    let en = refused(dir.path(), "en");
    assert!(en.contains("The knowledge base has 1 problem"), "{en}");
    assert!(en.contains("This folder holds no .yaml file at all"), "{en}");
}

/// Five ordinary mistakes and a file saved as UTF-16: one run reports all six, sorted by file.
#[test]
fn a_file_that_cannot_be_read_hides_no_other_problem() {
    let dir = valid_copy_with(|name, text| match name {
        "entries/01.yaml" => text.replacen("category:", "categroy: x\ncategory:", 1),
        "entries/02.yaml" => text.replacen("scan_prompt: true", "scan_promt: true", 1),
        "entries/03.yaml" => {
            let title = text.lines().find(|l| l.starts_with("title:")).unwrap().to_owned();
            (text.replacen(&title, "title: \"\"", 1)).replacen("\nen:", "\nrelated: [99]\nen:", 1)
        }
        _ => text,
    });
    // An entry without solutions, and the UTF-16 file.
    let no_solutions =
        "id: 4\ncategory: 测试\ntitle: 甲\nsolutions: []\nen:\n  category: Test\n  title: A\n  solutions: []\n";
    std::fs::write(dir.path().join("entries/04.yaml"), no_solutions).unwrap();
    let utf16: Vec<u8> = "id: 5\ntitle: 乙\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    std::fs::write(
        dir.path().join("entries/05.yaml"),
        [b"\xFF\xFE".as_slice(), &utf16].concat(),
    )
    .unwrap();
    let zh = refused(dir.path(), "zh");
    let places: Vec<&str> = zh
        .lines()
        .skip(1)
        .map(|line| line.split("/entries/").nth(1).unwrap().split(' ').next().unwrap())
        .collect();
    assert_eq!(
        places,
        [
            "01.yaml:2:1:",
            "02.yaml:8:3:",
            "03.yaml:3:1:",
            "03.yaml:13:1:",
            "04.yaml:4:1:",
            "05.yaml:"
        ],
        "{zh}"
    );
    assert!(zh.contains("知识库有 6 处问题"), "{zh}");
    assert!(zh.contains("文件是 UTF-16 编码"), "{zh}");
    let en = refused(dir.path(), "en");
    assert!(en.contains("The file is in UTF-16"), "{en}");
    assert!(en.contains("\"title\" is empty"), "{en}");
}

#[test]
fn an_unclosed_quote_is_named_at_its_line() {
    let title = "title: 登录企微提示“账号已被禁用”怎么办？";
    let dir = copy_with("entries/01.yaml", title, "title: \"登录企微提示“账号已被禁用”怎么办？");
    let zh = refused(dir.path(), "zh");
    assert!(zh.contains("知识库有 1 处问题"), "{zh}");
    assert!(
        zh.contains("entries/01.yaml:3:8: 第 3 行的文字以 \" 开头，却没有用 \" 结尾：引号没有闭合"),
        "{zh}"
    );
    assert!(zh.contains("YAML 解析器到第 13 行第 12 列才发现出错"), "{zh}");
    let en = refused(dir.path(), "en");
    assert!(
        en.contains("entries/01.yaml:3:8: The text on line 3 starts with \""),
        "{en}"
    );
}

#[test]
fn empty_and_mistyped_values_name_the_field_and_the_fix() {
    let title = "title: 登录企微提示“账号已被禁用”怎么办？";
    let dir = copy_with("entries/01.yaml", title, "title: \"\"\ncause: \" \"\nweight: 很多");
    let zh = refused(dir.path(), "zh");
    assert!(
        zh.contains("entries/01.yaml:5:9: weight 要写数字，实际写的是文字。"),
        "{zh}"
    );
    let en = refused(dir.path(), "en");
    assert!(
        en.contains("entries/01.yaml:5:9: weight must be a number, but it is text."),
        "{en}"
    );

    let dir = copy_with("entries/01.yaml", title, "title: \"\"\ncause: \" \"");
    let zh = refused(dir.path(), "zh");
    assert!(
        zh.contains("entries/01.yaml:3:1: “title”是空的。这是必填字段：请填上内容。"),
        "{zh}"
    );
    assert!(
        zh.contains("entries/01.yaml:4:1: “cause”是空的。请填上内容，或者删掉这个字段。"),
        "{zh}"
    );
    let en = refused(dir.path(), "en");
    assert!(en.contains("\"title\" is empty. It is required: fill it in."), "{en}");
    assert!(
        en.contains("\"cause\" is empty. Fill it in, or delete the field."),
        "{en}"
    );
}
