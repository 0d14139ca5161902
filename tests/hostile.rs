//! Hostile knowledge-base folders given to `wecom-help --kb DIR check`. Each case copies
//! `tests/fixtures/valid` into a temporary folder and breaks one thing; the binary must refuse
//! it with exit code 2 and a message naming the file, quickly, without a panic, a hang or
//! runaway memory. Harmless variations (line endings, a BOM, stray files) must still load.
//!
//! The binary runs under `ulimit -v` (1 GiB of address space, where the system allows it) and is
//! killed after 10 s, so a memory or time bomb fails its test instead of the machine.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::symlink;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// What `check` prints for the valid base and its harmless variations.
const VALID_SUMMARY: &str = "3 个条目，4 个解决方案，3 个问题";
/// A run still going after this long has hung: it is killed and the test fails.
const HANG: Duration = Duration::from_secs(10);
/// A refusal must come at least this fast (every case takes well under a second when healthy).
const QUICK: Duration = Duration::from_secs(5);
/// The address space the binary may use, in KiB.
const MEMORY_KIB: u64 = 1 << 20;
/// More diagnostics than this many bytes is runaway output, not a report.
const MAX_STDERR: usize = 4 << 20;

/// What a case must end with.
enum Want<'a> {
    /// Exit 0 and the valid summary.
    Loads,
    /// Exit 2, nothing on stdout, a diagnostic naming a path inside the folder given, and every
    /// fragment in stderr (file fragments start with `/` so they sit right after that folder).
    Refused(&'a [&'a str]),
    /// Exit 0 or 2: only that it ends cleanly, quickly and within the memory limit.
    Ends,
    /// This exit code, and every fragment in stdout or stderr.
    Says(i32, &'a [&'a str]),
}

/// Copies the valid base to a temporary folder, lets `change` break it, runs `check` on it and
/// asserts `want`.
fn check(name: &str, want: Want<'_>, change: impl FnOnce(&Path)) {
    run(name, &["check"], want, change);
}

/// Like [`check`], with `args` after `--kb DIR` instead of `check`.
fn run(name: &str, args: &[&str], want: Want<'_>, change: impl FnOnce(&Path)) {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let kb = tmp.path().join("kb");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"), &kb);
    change(&kb);

    let (stdout, stderr) = (tmp.path().join("stdout"), tmp.path().join("stderr"));
    let start = Instant::now();
    let mut child = Command::new("/bin/sh")
        .args(["-c", &format!("ulimit -v {MEMORY_KIB} 2>/dev/null; exec \"$0\" \"$@\"")])
        .arg(env!("CARGO_BIN_EXE_wecom-help"))
        .arg("--kb")
        .arg(&kb)
        .args(args)
        .env_remove("WECOM_HELP_KB")
        .env_remove("WECOM_HELP_LANG")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::null())
        .stdout(fs::File::create(&stdout).unwrap())
        .stderr(fs::File::create(&stderr).unwrap())
        .spawn()
        .expect("run wecom-help");
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for wecom-help") {
            break Some(status);
        }
        if start.elapsed() > HANG {
            child.kill().ok();
            child.wait().ok();
            break None;
        }
        sleep(Duration::from_millis(10));
    };
    let elapsed = start.elapsed();
    let stdout = String::from_utf8_lossy(&fs::read(stdout).unwrap()).into_owned();
    let stderr_bytes = fs::read(stderr).unwrap();
    let stderr = String::from_utf8_lossy(&stderr_bytes[..stderr_bytes.len().min(MAX_STDERR)]).into_owned();
    let shown = |s: &str| s.chars().take(1500).collect::<String>();
    let context = format!("--- stdout\n{}\n--- stderr\n{}", shown(&stdout), shown(&stderr));

    let Some(status) = status else {
        panic!("{name}: still running after {HANG:?}, killed (a hang)\n{context}");
    };
    let Some(code) = status.code() else {
        panic!(
            "{name}: killed by signal {:?} after {elapsed:?}: a crash, or memory beyond the {} MiB limit\n{context}",
            status.signal(),
            MEMORY_KIB >> 10
        );
    };
    assert!(!stderr.contains("panicked"), "{name}: panic\n{context}");
    assert!(elapsed < QUICK, "{name}: took {elapsed:?}\n{context}");
    assert!(
        stderr_bytes.len() < MAX_STDERR,
        "{name}: {} bytes of diagnostics\n{context}",
        stderr_bytes.len()
    );
    match want {
        Want::Loads => {
            assert_eq!(code, 0, "{name}: exit code\n{context}");
            if args == ["check"] {
                assert!(stdout.contains(VALID_SUMMARY), "{name}: no summary\n{context}");
            }
            assert!(stderr.is_empty(), "{name}: stderr not empty\n{context}");
        }
        Want::Refused(fragments) => {
            assert_eq!(code, 2, "{name}: exit code\n{context}");
            assert!(stdout.is_empty(), "{name}: stdout not empty\n{context}");
            let named = format!("  {}", kb.display());
            assert!(
                stderr.contains(&named),
                "{name}: no diagnostic names {named:?}\n{context}"
            );
            for fragment in fragments {
                assert!(
                    stderr.contains(fragment),
                    "{name}: stderr lacks {fragment:?}\n{context}"
                );
            }
        }
        Want::Ends => assert!(code == 0 || code == 2, "{name}: exit code {code}\n{context}"),
        Want::Says(expected, fragments) => {
            assert_eq!(code, expected, "{name}: exit code\n{context}");
            for fragment in fragments {
                assert!(
                    stdout.contains(fragment) || stderr.contains(fragment),
                    "{name}: output lacks {fragment:?}\n{context}"
                );
            }
        }
    }
}

/// Copies a folder of regular files and folders.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for item in fs::read_dir(from).unwrap() {
        let item = item.unwrap();
        if item.file_type().unwrap().is_dir() {
            copy_dir(&item.path(), &to.join(item.file_name()));
        } else {
            fs::copy(item.path(), to.join(item.file_name())).unwrap();
        }
    }
}

/// Writes `bytes` to `rel` inside the knowledge base, creating folders as needed.
fn write(kb: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let path = kb.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

/// The text of `rel` in the knowledge base.
fn text(kb: &Path, rel: &str) -> String {
    fs::read_to_string(kb.join(rel)).unwrap()
}

/// `text` with `from` replaced by `to`; `from` must be there, so a case cannot silently test nothing.
fn replaced(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not in\n{text}");
    text.replace(from, to)
}

/// Applies `change` to the bytes of every YAML file of the base.
fn every_file(kb: &Path, change: impl Fn(&[u8]) -> Vec<u8>) {
    for rel in [
        "questions.yaml",
        "entries/01.yaml",
        "entries/02.yaml",
        "entries/03.yaml",
    ] {
        let bytes = fs::read(kb.join(rel)).unwrap();
        write(kb, rel, change(&bytes));
    }
}

/// UTF-8 `bytes` with every line ending in `eol`.
fn newlines(bytes: &[u8], eol: &str) -> Vec<u8> {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .replace('\n', eol)
        .into_bytes()
}

/// `len` bytes of noise, different for each `seed`.
fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            // xorshift64
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u8
        })
        .collect()
}

/// A file of `len` bytes that takes no room on disk.
fn sparse(kb: &Path, rel: &str, len: u64) {
    fs::File::create(kb.join(rel)).unwrap().set_len(len).unwrap();
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// Entry 3 with `id` instead of 3.
fn entry3_as(kb: &Path, id: u32) -> String {
    replaced(&text(kb, "entries/03.yaml"), "id: 3\n", &format!("id: {id}\n"))
}

/// One test per case: `name: expected outcome, change to the valid base;`.
macro_rules! cases {
    ($($(#[$attr:meta])* $name:ident: $want:expr, $change:expr;)*) => {
        $(
            #[test]
            $(#[$attr])*
            fn $name() {
                check(stringify!($name), $want, $change);
            }
        )*
    };
}

cases! {
    // --- The folder itself.
    path_that_does_not_exist: Want::Refused(&["知识库文件夹不存在"]), |kb| fs::remove_dir_all(kb).unwrap();
    path_that_is_a_file: Want::Refused(&["这不是文件夹"]), |kb| {
        fs::remove_dir_all(kb).unwrap();
        fs::write(kb, "questions: []\n").unwrap();
    };
    empty_folder: Want::Refused(&["知识库有 1 处问题", "这个文件夹里没有任何 .yaml 文件，不像是知识库文件夹"]), |kb| {
        fs::remove_dir_all(kb).unwrap();
        fs::create_dir(kb).unwrap();
    };
    only_questions_yaml: Want::Refused(&["知识库里没有条目文件"]), |kb| fs::remove_dir_all(kb.join("entries")).unwrap();
    // Nothing to read down there: the depth does not matter.
    folder_nested_20_deep_without_yaml: Want::Loads, |kb| {
        write(kb, &format!("entries/{}/notes.txt", ["d"; 20].join("/")), "笔记\n");
    };
    folders_nested_20_deep: Want::Refused(&["/entries/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d: 文件夹嵌套太深"]), |kb| {
        let deep = ["d"; 20].join("/");
        write(kb, &format!("entries/{deep}/04.yaml"), entry3_as(kb, 4));
    };

    // --- Encodings and bytes.
    binary_garbage: Want::Refused(&["/entries/04.yaml: 这是二进制文件"]), |kb| {
        write(kb, "entries/04.yaml", (0..4096u32).map(|i| (i * 167 % 256) as u8).collect::<Vec<_>>());
    };
    gbk_encoding: Want::Refused(&["/entries/03.yaml:3:8: 文件不是 UTF-8 编码（可能是 GBK"]), |kb| {
        // "禁用" in GBK, as the title on line 3.
        let text = text(kb, "entries/03.yaml");
        let (head, tail) = text.split_once("新员工收不到企微邀请怎么办？").unwrap();
        write(kb, "entries/03.yaml", [head.as_bytes(), b"\xBD\xFB\xD3\xC3", tail.as_bytes()].concat());
    };
    utf16_encoding: Want::Refused(&["/entries/03.yaml", "不是 UTF-8"]), |kb| {
        let text = text(kb, "entries/03.yaml");
        let bytes: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        write(kb, "entries/03.yaml", bytes);
    };
    nul_byte_in_text: Want::Refused(&["/entries/03.yaml:6:10:"]), |kb| {
        write(kb, "entries/03.yaml", replaced(&text(kb, "entries/03.yaml"), "weight: 2", "weight: 2\0"));
    };
    zero_filled_file: Want::Refused(&["/entries/03.yaml: 这是二进制文件"]), |kb| write(kb, "entries/03.yaml", [0u8; 642]);

    // --- YAML that is malformed or hostile.
    tab_indentation: Want::Refused(&["/entries/03.yaml:5:1: 这一行用了 Tab 缩进"]), |kb| {
        write(kb, "entries/03.yaml", replaced(&text(kb, "entries/03.yaml"), "\n  - ", "\n\t- "));
    };
    several_documents: Want::Refused(&["/entries/03.yaml:22:1: 一个文件里只能有一个 YAML 文档"]), |kb| {
        let two = format!("{}---\n{}", text(kb, "entries/03.yaml"), entry3_as(kb, 4));
        write(kb, "entries/03.yaml", two);
    };
    billion_laughs: Want::Refused(&["/entries/03.yaml:"]), |kb| {
        let mut bomb = format!("symptoms:\n  - &a [{}]\n", ["lol"; 9].join(","));
        for (name, prev) in "bcdefghi".chars().zip("abcdefgh".chars()) {
            bomb += &format!("  - &{name} [{}]\n", vec![format!("*{prev}"); 9].join(","));
        }
        let text = replaced(&text(kb, "entries/03.yaml"), "symptoms:\n  - 新账号开通后一直收不到邀请\n", "");
        write(kb, "entries/03.yaml", bomb + &text);
    };
    alias_repeated_50000_times: Want::Refused(&["/entries/03.yaml:", "别名"]), |kb| {
        let symptoms = format!("symptoms: [&w {}, {}]\n", "禁".repeat(100_000), ["*w"; 50_000].join(", "));
        let text = replaced(&text(kb, "entries/03.yaml"), "symptoms:\n  - 新账号开通后一直收不到邀请\n", &symptoms);
        write(kb, "entries/03.yaml", text);
    };
    // Scanning back over the spaces from every byte took minutes.
    alias_bomb_after_900000_spaces: Want::Refused(&["/entries/04.yaml:2:", "别名"]), |kb| {
        let bomb = format!("symptoms: [&w {}, {}]\n", "x".repeat(100_000), ["*w"; 60].join(", "));
        write(kb, "entries/04.yaml", format!("id: 15{}\n{bomb}", " ".repeat(900_000)));
    };
    nesting_10000_deep: Want::Refused(&["/entries/04.yaml:1:"]), |kb| write(kb, "entries/04.yaml", "[".repeat(10_000));
    nesting_1000000_deep: Want::Refused(&["/entries/04.yaml:1:"]), |kb| {
        write(kb, "entries/04.yaml", "[".repeat(1_000_000));
    };
    unknown_facts_20000: Want::Refused(&["/entries/03.yaml:9:3: facts 里的“q0”不是", "知识库有 20000 处问题", "另外还有 19950 处问题没有列出"]), |kb| {
        let facts: String = (0..20_000).map(|i| format!("  q{i}: true\n")).collect();
        let facts = format!("  has_message: false\n{facts}");
        write(kb, "entries/03.yaml", replaced(&text(kb, "entries/03.yaml"), "  has_message: false\n", &facts));
    };

    // --- Sizes.
    file_of_1_gb: Want::Refused(&["/entries/04.yaml: 文件太大（1073741824 字节"]), |kb| sparse(kb, "entries/04.yaml", 1 << 30);
    file_just_over_the_cap: Want::Refused(&["/entries/04.yaml: 文件太大（1048577 字节"]), |kb| {
        sparse(kb, "entries/04.yaml", (1 << 20) + 1);
    };
    many_tiny_files: Want::Refused(&["/entries/t1.yaml:1:1: 缺少必填字段“category”", "/entries/t9999.yaml:1:1:"]), |kb| {
        for i in 0..10_000 {
            write(kb, &format!("entries/t{i}.yaml"), format!("id: {}\n", 100 + i));
        }
    };
    // Each one a problem: listed sorted by path and capped, as validation's problems are.
    unreadable_files_5000: Want::Refused(&["/bad/0.yaml:1:1: 文件不是 UTF-8", "另外还有 4950 处问题没有列出"]), |kb| {
        for i in 0..5000 {
            write(kb, &format!("bad/{i}.yaml"), b"\xBD\xFB\n");
        }
    };
    // Binary files are reported and dropped, not kept: each is read once, and none is held on
    // to while the others are read.
    binary_files_40_of_1_mib: Want::Refused(&["/junk/00.yaml: 这是二进制文件", "/junk/39.yaml: 这是二进制文件", "知识库有 40 处问题"]), |kb| {
        for i in 0..40 {
            write(kb, &format!("junk/{i:02}.yaml"), noise(i, 1 << 20));
        }
    };
    files_12001: Want::Refused(&["知识库文件超过 12000 个", "拆成几个"]), |kb| {
        for i in 0..12_001 {
            write(kb, &format!("entries/many/{i}.yaml"), "x\n");
        }
    };
    copies_of_one_entry: Want::Refused(&["/entries/03.yaml:10:1: 解决方案 3、4 和另外 1999 个解决方案的 facts 完全相同", "知识库有 1 处问题"]), |kb| {
        for id in 4..2004 {
            write(kb, &format!("entries/c{id}.yaml"), entry3_as(kb, id));
        }
    };

    // --- Things that are not regular files.
    fifo_named_yaml: Want::Refused(&["/x.yaml: 这不是普通文件"]), |kb| mkfifo(&kb.join("x.yaml"));
    symlink_to_dev_zero: Want::Refused(&["/z.yaml: 这不是普通文件"]), |kb| symlink("/dev/zero", kb.join("z.yaml")).unwrap();
    symlink_named_yaml_to_a_folder: Want::Refused(&["/entries/d.yaml: 这不是普通文件"]), |kb| {
        symlink("..", kb.join("entries/d.yaml")).unwrap();
    };
    symlink_loop: Want::Refused(&["/a.yaml: 符号链接形成了循环", "/b.yaml: 符号链接形成了循环"]), |kb| {
        symlink("b.yaml", kb.join("a.yaml")).unwrap();
        symlink("a.yaml", kb.join("b.yaml")).unwrap();
    };
    dangling_symlink: Want::Refused(&["/entries/04.yaml: 符号链接指向的文件不存在"]), |kb| {
        symlink("gone.yaml", kb.join("entries/04.yaml")).unwrap();
    };
    // Folder links are not followed; whatever the verdict, the walk must not go round forever.
    folder_symlink_loop: Want::Ends, |kb| {
        symlink("..", kb.join("entries/up")).unwrap();
        symlink(".", kb.join("self")).unwrap();
    };
    symlinked_folder_of_entries: Want::Refused(&["/entries/more"]), |kb| {
        let outside = kb.with_file_name("outside");
        write(&outside, "04.yaml", [0u8, 1, 2, 0xFF]);
        symlink(&outside, kb.join("entries/more")).unwrap();
    };

    // --- Broken content.
    duplicate_entry_ids: Want::Refused(&["/entries/03.yaml:1:1: 条目编号 1 重复了", "entries/01.yaml 也用了这个编号"]), |kb| {
        write(kb, "entries/03.yaml", entry3_as(kb, 1));
    };
    truncated_in_a_line: Want::Refused(&["/entries/02.yaml:10:5: 缺少必填字段“steps”"]), |kb| {
        let text = text(kb, "entries/02.yaml");
        let cut = text.find("condition: 只在 MTD").unwrap() + "condition: 只在 MTD".len();
        write(kb, "entries/02.yaml", &text[..cut]);
    };
    truncated_in_a_character: Want::Refused(&["/entries/02.yaml:3:26:", "不完整"]), |kb| {
        let text = text(kb, "entries/02.yaml");
        write(kb, "entries/02.yaml", &text.as_bytes()[..text.find("确认").unwrap() + 1]);
    };
    empty_entry_file: Want::Refused(&["/entries/03.yaml", "是空的"]), |kb| write(kb, "entries/03.yaml", "");
    only_document_marker: Want::Refused(&["/entries/03.yaml", "是空的"]), |kb| write(kb, "entries/03.yaml", "---\n");

    // --- Harmless variations.
    crlf_line_endings: Want::Loads, |kb| every_file(kb, |b| newlines(b, "\r\n"));
    old_mac_line_endings: Want::Loads, |kb| every_file(kb, |b| newlines(b, "\r"));
    utf8_bom: Want::Loads, |kb| every_file(kb, |b| [b"\xEF\xBB\xBF", b].concat());
    ds_store: Want::Loads, |kb| {
        let junk = b"\0\0\0\x01Bud1\0\0\x10\0\0\0\x08\0\xFF\xFE";
        write(kb, ".DS_Store", junk);
        write(kb, "entries/.DS_Store", junk);
    };
    notes_txt_and_readme_md: Want::Loads, |kb| {
        write(kb, "notes.txt", "id: 1\n这不是条目。\n");
        write(kb, "README.md", "# 知识库\n\n\tid: 1\n");
    };
    editor_backup_file: Want::Loads, |kb| write(kb, "entries/15.yaml~", text(kb, "entries/01.yaml"));
    editor_leftovers: Want::Loads, |kb| {
        symlink("user@host.1234:1700000000", kb.join("entries/.#03.yaml")).unwrap();
        write(kb, "entries/#03.yaml#", "id: 3\n\0");
        write(kb, "entries/.03.yaml.swp", b"b0VIM 9.0\0\0\xFF");
    };
    hidden_git_folder: Want::Loads, |kb| {
        write(kb, ".git/HEAD", "ref: refs/heads/main\n");
        write(kb, ".git/objects/ab/cdef.yaml", [0x78u8, 0x01, 0, 0xFF]);
        write(kb, ".git/entries/01.yaml", text(kb, "entries/01.yaml"));
        symlink("/dev/zero", kb.join(".git/zero.yaml")).unwrap();
        symlink("..", kb.join(".git/up")).unwrap();
        mkfifo(&kb.join(".git/fifo.yaml"));
        fs::File::create(kb.join(".git/big.yaml")).unwrap().set_len(1 << 30).unwrap();
        write(kb, ".git/logs/HEAD", "junk\n");
    };
}

/// A step of about 90 KB in entry 1, for the synonym cases.
fn long_step(kb: &Path) -> String {
    replaced(
        &text(kb, "entries/01.yaml"),
        "      - 启用后让员工重新登录。",
        &format!("      - {}", "启用后让员工重新登录".repeat(3000)),
    )
}

/// One word 20,000 times in a group, with a long step: search took a minute.
#[test]
fn synonym_word_repeated_20000_times() {
    run(
        "synonym_word_repeated_20000_times",
        &["search", "词"],
        Want::Refused(&["/synonyms.yaml:2:1: “重新登录了吗”在这一组里写了不止一次"]),
        |kb| {
            write(kb, "entries/01.yaml", long_step(kb));
            let words = ["重新登录了吗"; 20_000].join(", ");
            write(kb, "synonyms.yaml", format!("synonyms:\n  - [词, {words}]\n"));
        },
    );
}

/// 20,000 different words starting alike, with a long step: rewriting synonyms costs one pass
/// over the text, not one per word.
#[test]
fn synonyms_20000_words_and_a_long_step() {
    run(
        "synonyms_20000_words_and_a_long_step",
        &["search", "重新登录"],
        Want::Loads,
        |kb| {
            write(kb, "entries/01.yaml", long_step(kb));
            let words: Vec<String> = (0..20_000).map(|i| format!("重新登录了吗{i}")).collect();
            write(
                kb,
                "synonyms.yaml",
                format!("synonyms:\n  - [词, {}]\n", words.join(", ")),
            );
        },
    );
}

/// Ten files of 10,000 solutions with the same facts: five billion pairs were compared one by one.
#[test]
fn solutions_100000_with_the_same_facts() {
    run(
        "solutions_100000_with_the_same_facts",
        &["check"],
        Want::Refused(&[
            "/entries/p0.yaml:6:1: 解决方案 100.1、100.2 和另外 99998 个解决方案的 facts 完全相同",
            "知识库有 12 处问题",
        ]),
        |kb| {
            let solutions = "  - steps: [一步]\n".repeat(10_000);
            for f in 0..10 {
                let entry = format!(
                    "id: {}\ncategory: 测试\ntitle: 标题\nfacts: {{has_message: true}}\nsolutions:\n{solutions}",
                    100 + f
                );
                write(kb, &format!("entries/p{f}.yaml"), entry);
            }
        },
    );
}

/// Values the parser refuses with English words of its own, and values validation refuses: the
/// message is wholly in the language asked for.
#[test]
fn refused_values_are_explained_in_the_language_asked_for() {
    let not_a_reference = [
        "related 里的“-5”不是条目编号",
        "\"-5\" in related is not an entry number",
    ];
    let not_abc = [
        "related 里的“abc”不是条目编号",
        "\"abc\" in related is not an entry number",
    ];
    let weight = ["weight 要大于 0", "weight must be greater than 0"];
    let number = [
        "这里要写一个正整数编号（例如 15），不能是负数、小数或文字。",
        "This must be a positive whole number",
    ];
    for (name, from, to, [zh, en]) in [
        (
            "related_negative",
            "related: [\"2.1\"]",
            "related: [-5]",
            not_a_reference,
        ),
        ("related_word", "related: [\"2.1\"]", "related: [abc]", not_abc),
        ("weight_negative", "id: 1\n", "id: 1\nweight: -1\n", weight),
        ("weight_nan", "id: 1\n", "id: 1\nweight: .nan\n", weight),
        ("id_negative", "id: 1\n", "id: -3\n", number),
        ("id_fraction", "id: 1\n", "id: 1.5\n", number),
    ] {
        for (lang, fragment) in [("zh", zh), ("en", en)] {
            let change = |kb: &Path| write(kb, "entries/01.yaml", replaced(&text(kb, "entries/01.yaml"), from, to));
            run(
                &format!("{name}_{lang}"),
                &["--lang", lang, "check"],
                Want::Refused(&[fragment]),
                change,
            );
        }
    }
}

/// Entries that leave facts unstated sit on both sides of every question, so the tree can grow
/// exponentially: 300 entries where entry k answers 否 to q1…q(k-1) and 是 to qk. `check` still
/// finds the base valid and says the figures are out of reach; `tree` refuses to draw it; a
/// diagnosis on it still ends.
#[test]
fn a_tree_that_would_grow_exponentially_is_bounded() {
    let chain = |kb: &Path| {
        fs::remove_dir_all(kb.join("entries")).unwrap();
        let mut questions = String::from("questions:\n");
        for q in 1..=300 {
            questions.push_str(&format!("  - {{id: q{q}, text: 问题{q}？, en: Question {q}?}}\n"));
        }
        write(kb, "questions.yaml", questions);
        for k in 1..=300 {
            let facts: Vec<String> = (1..k)
                .map(|q| format!("q{q}: false"))
                .chain([format!("q{k}: true")])
                .collect();
            let entry = format!(
                "id: {k}\ncategory: 测试\ntitle: 条目{k}\nfacts: {{{}}}\nsolutions:\n  - steps: [一步]\n\
                 en: {{category: Test, title: Entry {k}, solutions: [steps: [A step]]}}\n",
                facts.join(", ")
            );
            write(kb, &format!("entries/{k:03}.yaml"), entry);
        }
    };
    run(
        "exponential_check",
        &["check"],
        Want::Says(0, &["300 个条目", "决策树太大"]),
        chain,
    );
    run("exponential_tree", &["tree"], Want::Says(2, &["决策树太大了"]), chain);
    run(
        "exponential_tree_json",
        &["tree", "--format", "json"],
        Want::Says(2, &["决策树太大了"]),
        chain,
    );
    let all_no = vec!["n"; 300].join(",");
    run(
        "exponential_diagnose",
        &["diagnose", "--answers", &all_no, "--format", "json"],
        Want::Says(1, &["not_covered"]),
        chain,
    );
}

/// Files each under the size limit that together hold more than the knowledge base may: refused
/// before parsing them, naming the limit.
#[test]
fn files_together_too_large() {
    run(
        "files_together_too_large",
        &["check"],
        Want::Refused(&["超过 32 MB"]),
        |kb| {
            let comment = format!("# {}\n", "x".repeat(1_000_000));
            for f in 0..40 {
                write(kb, &format!("entries/big{f:02}.yaml"), &comment);
            }
        },
    );
}

/// Weights count relative to each other: every weight 1e308 (whose sum overflows) draws the
/// same tree as every weight 1, and a tiny weight beside 1e308 does not break the choice.
#[test]
fn weights_count_relative_to_each_other() {
    let tree_with = |weight: Option<&'static str>| {
        let tmp = tempfile::tempdir().unwrap();
        let kb = tmp.path().join("kb");
        copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"), &kb);
        for entry in fs::read_dir(kb.join("entries")).unwrap() {
            let path = entry.unwrap().path();
            let text = fs::read_to_string(&path).unwrap();
            let text: String = text
                .lines()
                .filter(|l| !l.starts_with("weight:"))
                .map(|l| format!("{l}\n"))
                .collect();
            let text = match weight {
                Some(w) => text.replacen("\ncategory:", &format!("\nweight: {w}\ncategory:"), 1),
                None => text,
            };
            assert!(weight.is_none_or(|w| text.contains(&format!("weight: {w}"))), "{text}");
            fs::write(&path, text).unwrap();
        }
        let out = Command::new(env!("CARGO_BIN_EXE_wecom-help"))
            .args(["tree", "--format", "json", "--kb"])
            .arg(&kb)
            .env_remove("WECOM_HELP_LANG")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let plain = tree_with(None);
    assert_eq!(tree_with(Some("1e308")), plain);
    assert_eq!(tree_with(Some("1")), plain);
}
