//! Where knowledge-base files come from: the copy embedded in the binary, or a folder on disk.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::diagnostic::{Diagnostic, Message};
use crate::lang::Lang;

/// A knowledge-base file larger than this is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Folders nested deeper than this are refused (a knowledge base needs two or three levels).
const MAX_DEPTH: usize = 16;
/// More knowledge-base files than this are refused.
const MAX_FILES: usize = 100_000;

/// Which knowledge base to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KbSource {
    /// The `faq/` folder, validated and compiled into the binary at build time.
    Embedded,
    /// A folder given by `--kb` or `WECOM_HELP_KB`.
    Dir(PathBuf),
}

impl KbSource {
    /// How the source is named in messages.
    pub fn describe(&self) -> String {
        self.describe_in(Lang::Zh)
    }

    /// How the source is named in messages in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            KbSource::Embedded => lang.pick("内置知识库", "embedded knowledge base").into(),
            KbSource::Dir(dir) => dir.display().to_string(),
        }
    }
}

/// One knowledge-base file's text, with the path shown in messages and its path inside the base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The path as shown to the user.
    pub shown: String,
    /// The path relative to the knowledge-base folder, with `/` separators.
    pub relative: String,
    pub text: String,
}

/// Whether a file name is one the loader reads.
fn is_yaml(name: &str) -> bool {
    !name.starts_with('.') && (name.ends_with(".yaml") || name.ends_with(".yml"))
}

/// Reads every YAML file of a knowledge-base folder, sorted by relative path.
pub fn read(dir: &Path) -> Result<Vec<SourceFile>, Vec<Diagnostic>> {
    let mut files = read_dir(dir)?;
    files.sort_by(|a, b| a.relative.cmp(&b.relative));
    Ok(files)
}

fn read_dir(root: &Path) -> Result<Vec<SourceFile>, Vec<Diagnostic>> {
    let shown_root = root.display().to_string();
    let meta = fs::metadata(root).map_err(|e| {
        vec![Diagnostic::both(
            &shown_root,
            None,
            match e.kind() {
                std::io::ErrorKind::NotFound => Message::new(
                    "知识库文件夹不存在。请检查 --kb 或 WECOM_HELP_KB 给的路径。",
                    "The knowledge-base folder does not exist. Check the path given by --kb or WECOM_HELP_KB.",
                ),
                _ => Message::new(
                    format!("无法打开知识库文件夹（{e}）。请检查路径和权限。"),
                    format!("Cannot open the knowledge-base folder ({e}). Check the path and the permissions."),
                ),
            },
        )]
    })?;
    if !meta.is_dir() {
        return Err(vec![Diagnostic::both(
            &shown_root,
            None,
            Message::new(
                "这不是文件夹。--kb 要指向存放 questions.yaml 和条目文件的文件夹。",
                "This is not a folder. --kb must point to the folder that holds questions.yaml and the entry files.",
            ),
        )]);
    }

    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut pending = vec![(root.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(Diagnostic::both(
                    dir.display().to_string(),
                    None,
                    Message::new(
                        format!("无法读取文件夹（{e}）。请检查权限。"),
                        format!("Cannot read the folder ({e}). Check its permissions."),
                    ),
                ));
                continue;
            }
        };
        for item in entries.flatten() {
            let path = item.path();
            let name = item.file_name().to_string_lossy().into_owned();
            let shown = path.display().to_string();
            // Symbolic links to folders are not followed, so a link loop cannot trap the walk.
            let Ok(kind) = item.file_type() else { continue };
            if kind.is_dir() {
                if name.starts_with('.') {
                    continue;
                }
                if depth + 1 > MAX_DEPTH {
                    problems.push(Diagnostic::both(
                        shown,
                        None,
                        Message::new(
                            "文件夹嵌套太深（超过 16 层），无法使用。知识库只需要两三层文件夹：请把文件移到上层。",
                            "Folders are nested too deeply here (more than 16 levels). A knowledge base needs only two or three levels of folders: move the files up.",
                        ),
                    ));
                } else {
                    pending.push((path, depth + 1));
                }
                continue;
            }
            if !is_yaml(&name) {
                continue;
            }
            if files.len() >= MAX_FILES {
                problems.push(Diagnostic::both(
                    &shown_root,
                    None,
                    Message::new(
                        format!("知识库文件超过 {MAX_FILES} 个，已停止读取。"),
                        format!("The knowledge base has more than {MAX_FILES} files, so reading stopped."),
                    ),
                ));
                return Err(problems);
            }
            match read_file(&path) {
                Ok(text) => {
                    let relative = path
                        .strip_prefix(root)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .replace('\\', "/");
                    files.push(SourceFile { shown, relative, text });
                }
                Err((line, message)) => problems.push(Diagnostic::both(shown, line.map(|l| (l, 1)), message)),
            }
        }
    }
    if problems.is_empty() { Ok(files) } else { Err(problems) }
}

/// Reads one file, refusing anything that is not a regular file of reasonable size in UTF-8;
/// a refusal may name the line it concerns.
fn read_file(path: &Path) -> Result<String, (Option<usize>, Message)> {
    read_regular(path)
        .map_err(|message| (None, message))
        .and_then(|bytes| decode(&bytes))
}

fn read_regular(path: &Path) -> Result<Vec<u8>, Message> {
    let unreadable = |e: std::io::Error| {
        Message::new(
            format!("无法读取（{e}）。请检查权限。"),
            format!("Cannot read this file ({e}). Check its permissions."),
        )
    };
    // `metadata` follows a symbolic link, so a link is judged by what it points at.
    let meta = fs::metadata(path).map_err(|e| match e.raw_os_error() {
        Some(40) => Message::new(
            "符号链接形成了循环，无法读取。请删掉这个链接。",
            "This symbolic link is part of a loop and cannot be read. Delete the link.",
        ),
        _ if e.kind() == std::io::ErrorKind::NotFound => Message::new(
            "符号链接指向的文件不存在。请删掉或修正这个链接。",
            "This symbolic link points to a file that does not exist. Delete or fix the link.",
        ),
        _ => unreadable(e),
    })?;
    if !meta.is_file() {
        return Err(Message::new(
            "这不是普通文件（可能是管道、设备或文件夹），不会读取。请把它移出知识库文件夹。",
            "This is not a regular file (it may be a pipe, a device or a folder), so it is not read. Move it out of the knowledge-base folder.",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Message::new(
            format!(
                "文件太大（{} 字节，上限 {MAX_FILE_BYTES} 字节）。一个条目文件通常只有几 KB：请检查是不是放错了文件。",
                meta.len()
            ),
            format!(
                "The file is too large ({} bytes; the limit is {MAX_FILE_BYTES} bytes). An entry file is usually only a few KB: check that this file was not put here by mistake.",
                meta.len()
            ),
        ));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Message::new(
            format!("文件太大（超过 {MAX_FILE_BYTES} 字节）。请检查是不是放错了文件。"),
            format!(
                "The file is too large (over {MAX_FILE_BYTES} bytes). Check that this file was not put here by mistake."
            ),
        ));
    }
    Ok(bytes)
}

/// UTF-8 text without a byte-order mark, or the line where it stops being UTF-8 and a message
/// that says how to fix the encoding.
fn decode(bytes: &[u8]) -> Result<String, (Option<usize>, Message)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) if bytes.contains(&0) => Err((
            None,
            Message::new(
                "这是二进制文件，不是文本。请把它移出知识库文件夹。",
                "This is a binary file, not text. Move it out of the knowledge-base folder.",
            ),
        )),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            Err((
                Some(line),
                Message::new(
                    "文件不是 UTF-8 编码（可能是 GBK 等旧编码）。请在编辑器里选择“UTF-8”编码另存后再试。",
                    "The file is not in UTF-8 (it may be in GBK or another older encoding). Save it again in your editor with the encoding set to UTF-8, then retry.",
                ),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_strips_bom_and_names_bad_encoding() {
        assert_eq!(decode(b"\xEF\xBB\xBFid: 1").unwrap(), "id: 1");
        // "禁用" in GBK.
        let gbk = b"id: 1\ntitle: \xBD\xFB\xD3\xC3\n";
        let (line, message) = decode(gbk).unwrap_err();
        assert_eq!(line, Some(2));
        assert!(
            message.zh.contains("UTF-8") && message.zh.contains("GBK"),
            "{}",
            message.zh
        );
        assert!(
            message.en.contains("UTF-8") && message.en.contains("GBK"),
            "{}",
            message.en
        );
        let binary = decode(b"\x00\x01\xff").unwrap_err().1;
        assert!(binary.zh.contains("二进制") && binary.en.contains("binary"));
    }

    #[test]
    fn reads_the_yaml_files_of_a_folder() {
        let files = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")).unwrap();
        assert!(files.iter().any(|f| f.relative == "questions.yaml"));
        assert!(files.iter().any(|f| f.relative == "entries/15.yaml"));
        assert!(files.windows(2).all(|w| w[0].relative < w[1].relative));
    }
}
