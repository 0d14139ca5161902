//! Where knowledge-base files come from: the copy embedded in the binary, or a folder on disk.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::diagnostic::Diagnostic;

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/faq");

/// A knowledge-base file larger than this is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Folders nested deeper than this are refused (a knowledge base needs two or three levels).
const MAX_DEPTH: usize = 16;
/// More knowledge-base files than this are refused.
const MAX_FILES: usize = 100_000;

/// Which knowledge base to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KbSource {
    /// The `faq/` folder compiled into the binary.
    Embedded,
    /// A folder given by `--kb` or `WECOM_HELP_KB`.
    Dir(PathBuf),
}

impl KbSource {
    /// How the source is named in messages.
    pub fn describe(&self) -> String {
        match self {
            KbSource::Embedded => "内置知识库".into(),
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

/// Reads every YAML file of the source, sorted by relative path.
pub fn read(source: &KbSource) -> Result<Vec<SourceFile>, Vec<Diagnostic>> {
    let files = match source {
        KbSource::Embedded => read_embedded(),
        KbSource::Dir(dir) => read_dir(dir)?,
    };
    let mut files = files;
    files.sort_by(|a, b| a.relative.cmp(&b.relative));
    Ok(files)
}

fn read_embedded() -> Vec<SourceFile> {
    let mut out = Vec::new();
    let mut stack = vec![&EMBEDDED];
    while let Some(dir) = stack.pop() {
        stack.extend(dir.dirs());
        for file in dir.files() {
            let relative = file.path().to_string_lossy().replace('\\', "/");
            let name = relative.rsplit('/').next().unwrap_or(&relative);
            if !is_yaml(name) {
                continue;
            }
            // The build refuses a knowledge base that is not UTF-8 (see the embedded-base test).
            let text = decode(file.contents()).unwrap_or_default();
            out.push(SourceFile {
                shown: format!("faq/{relative}"),
                relative,
                text,
            });
        }
    }
    out
}

fn read_dir(root: &Path) -> Result<Vec<SourceFile>, Vec<Diagnostic>> {
    let shown_root = root.display().to_string();
    let meta = fs::metadata(root).map_err(|e| {
        vec![Diagnostic::new(
            &shown_root,
            None,
            match e.kind() {
                std::io::ErrorKind::NotFound => {
                    "知识库文件夹不存在。请检查 --kb 或 WECOM_HELP_KB 给的路径。".to_owned()
                }
                _ => format!("无法打开知识库文件夹（{e}）。请检查路径和权限。"),
            },
        )]
    })?;
    if !meta.is_dir() {
        return Err(vec![Diagnostic::new(
            &shown_root,
            None,
            "这不是文件夹。--kb 要指向存放 questions.yaml 和条目文件的文件夹。",
        )]);
    }

    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut pending = vec![(root.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(Diagnostic::new(
                    dir.display().to_string(),
                    None,
                    format!("无法读取文件夹（{e}）。请检查权限。"),
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
                    problems.push(Diagnostic::new(
                        shown,
                        None,
                        "文件夹嵌套太深，已跳过。知识库只需要两三层文件夹。",
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
                problems.push(Diagnostic::new(
                    &shown_root,
                    None,
                    format!("知识库文件超过 {MAX_FILES} 个，已停止读取。"),
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
                Err((line, message)) => problems.push(Diagnostic::new(shown, line.map(|l| (l, 1)), message)),
            }
        }
    }
    if problems.is_empty() { Ok(files) } else { Err(problems) }
}

/// Reads one file, refusing anything that is not a regular file of reasonable size in UTF-8;
/// a refusal may name the line it concerns.
fn read_file(path: &Path) -> Result<String, (Option<usize>, String)> {
    read_regular(path)
        .map_err(|message| (None, message))
        .and_then(|bytes| decode(&bytes))
}

fn read_regular(path: &Path) -> Result<Vec<u8>, String> {
    // `metadata` follows a symbolic link, so a link is judged by what it points at.
    let meta = fs::metadata(path).map_err(|e| match e.raw_os_error() {
        Some(40) => "符号链接形成了循环，无法读取。请删掉这个链接。".to_owned(),
        _ if e.kind() == std::io::ErrorKind::NotFound => "符号链接指向的文件不存在。请删掉或修正这个链接。".to_owned(),
        _ => format!("无法读取（{e}）。请检查权限。"),
    })?;
    if !meta.is_file() {
        return Err("这不是普通文件（可能是管道、设备或文件夹），不会读取。请把它移出知识库文件夹。".into());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "文件太大（{} 字节，上限 {MAX_FILE_BYTES} 字节）。一个条目文件通常只有几 KB：请检查是不是放错了文件。",
            meta.len()
        ));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("无法读取（{e}）。请检查权限。"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "文件太大（超过 {MAX_FILE_BYTES} 字节）。请检查是不是放错了文件。"
        ));
    }
    Ok(bytes)
}

/// UTF-8 text without a byte-order mark, or the line where it stops being UTF-8 and a message
/// that says how to fix the encoding.
fn decode(bytes: &[u8]) -> Result<String, (Option<usize>, String)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) if bytes.contains(&0) => Err((None, "这是二进制文件，不是文本。请把它移出知识库文件夹。".into())),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            Err((
                Some(line),
                "文件不是 UTF-8 编码（可能是 GBK 等旧编码）。请在编辑器里选择“UTF-8”编码另存后再试。".into(),
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
        assert!(message.contains("UTF-8") && message.contains("GBK"), "{message}");
        assert!(decode(b"\x00\x01\xff").unwrap_err().1.contains("二进制"));
    }

    #[test]
    fn embedded_base_is_present() {
        let files = read(&KbSource::Embedded).unwrap();
        assert!(files.iter().any(|f| f.relative == "questions.yaml"));
        assert!(files.len() > 16);
    }
}
