//! Where knowledge-base files come from: the copy embedded in the binary, or a folder on disk.

use std::fs;
use std::path::{Path, PathBuf};

use super::diagnostic::{Diagnostic, Message};
use crate::lang::Lang;
use crate::read::read_file;

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

impl SourceFile {
    /// A file that is not read from a folder (a generated one), shown by its path in the base.
    pub fn unread(relative: String, text: String) -> Self {
        SourceFile {
            shown: relative.clone(),
            relative,
            text,
        }
    }
}

/// Whether a file name is one the loader reads.
fn is_yaml(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
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
            if name.starts_with('.') {
                continue;
            }
            if kind.is_symlink() && !is_yaml(&name) && fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
                problems.push(Diagnostic::both(
                    shown,
                    None,
                    Message::new(
                        "这是指向文件夹的符号链接，不会跟着读取，里面的条目也就不会载入。请把文件直接放进知识库文件夹，或者删掉这个链接。",
                        "This is a symbolic link to a folder. It is not followed, so the entries in it would not be loaded. Put the files into the knowledge-base folder itself, or delete the link.",
                    ),
                ));
                continue;
            }
            if kind.is_dir() {
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
                Err((position, message)) => problems.push(Diagnostic::both(shown, position, message)),
            }
        }
    }
    if problems.is_empty() { Ok(files) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_names_ignore_case_but_not_hidden_files() {
        assert!(is_yaml("01.yaml") && is_yaml("02.YML") && is_yaml("03.Yaml"));
        assert!(!is_yaml(".01.yaml") && !is_yaml("01.yaml~") && !is_yaml("notes.txt"));
    }

    #[test]
    fn reads_the_yaml_files_of_a_folder() {
        let files = read(&crate::faq_dir()).unwrap();
        assert!(files.iter().any(|f| f.relative == "questions.yaml"));
        assert!(files.iter().any(|f| f.relative == "entries/15.yaml"));
        assert!(files.windows(2).all(|w| w[0].relative < w[1].relative));
    }
}
