//! `check` on copies of the valid fixture: a folder with no knowledge base in it, and a file that
//! cannot be read among other mistakes.

mod common;

use common::{valid_copy_with, wecom};

/// `check` in `lang` on `dir`: exit 2 and nothing on stdout; stderr.
fn refused(dir: &std::path::Path, lang: &str) -> String {
    let run = wecom(&["--kb", dir.to_str().unwrap(), "--lang", lang, "check"]).expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    run.stderr.replace('\\', "/")
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
