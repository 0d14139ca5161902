//! Reading one knowledge-base file safely: a regular file of bounded size, in UTF-8.

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::diagnostic::{Message, position_of};

/// A knowledge-base file larger than this is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Reads one file, refusing anything that is not a regular file of reasonable size in UTF-8;
/// a refusal may name the line and column it concerns.
pub fn read_file(path: &Path) -> Result<String, (Option<(usize, usize)>, Message)> {
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

/// UTF-8 text without a byte-order mark, or where it goes wrong and a message that says how to
/// fix the file.
fn decode(bytes: &[u8]) -> Result<String, (Option<(usize, usize)>, Message)> {
    if is_utf16(bytes) {
        return Err((
            None,
            Message::new(
                "文件是 UTF-16 编码（记事本里叫“Unicode”），不是 UTF-8。请在编辑器里选择“UTF-8”编码另存后再试。",
                "The file is in UTF-16 (\"Unicode\" in Notepad), not UTF-8. Save it again in your editor with the encoding set to UTF-8, then retry.",
            ),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let binary = || {
        (
            None,
            Message::new(
                "这是二进制文件，不是文本。请把它移出知识库文件夹。",
                "This is a binary file, not text. Move it out of the knowledge-base folder.",
            ),
        )
    };
    // A file that is mostly NUL bytes is what a crash or a full disk leaves behind.
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    if nuls * 8 > bytes.len() {
        return Err(binary());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => match text.find('\0') {
            Some(offset) => Err((
                Some(position_of(bytes, offset)),
                Message::new(
                    "这里有一个空字符（NUL，编码 0），文本文件里不该有它（多半是复制粘贴或编辑器带进来的）。请删掉它。",
                    "There is a NUL character (code 0) here, which a text file should not contain (it usually comes from copying and pasting, or from an editor). Delete it.",
                ),
            )),
            None => Ok(text.to_owned()),
        },
        Err(_) if nuls > 0 => Err(binary()),
        Err(e) if e.error_len().is_none() => Err((
            Some(position_of(bytes, e.valid_up_to())),
            Message::new(
                "文件在这里断了：最后一个字符不完整（文件可能没有保存完，或者被截断了）。请在编辑器里打开，补全结尾后重新保存。",
                "The file breaks off here: its last character is incomplete (it may not have been saved completely, or was cut short). Open it in your editor, complete the end and save it again.",
            ),
        )),
        Err(e) => Err((
            Some(position_of(bytes, e.valid_up_to())),
            Message::new(
                "文件不是 UTF-8 编码（可能是 GBK 等旧编码）。请在编辑器里选择“UTF-8”编码另存后再试。",
                "The file is not in UTF-8 (it may be in GBK or another older encoding). Save it again in your editor with the encoding set to UTF-8, then retry.",
            ),
        )),
    }
}

/// Whether the bytes are UTF-16 text: a UTF-16 byte-order mark, or (without one) NUL bytes in
/// most of the even or most of the odd places and almost none in the other, as mostly-ASCII
/// text in UTF-16 has.
fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return true;
    }
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return false;
    }
    let half = sample.len() / 2;
    let nuls_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (nuls_at(0), nuls_at(1));
    (even * 2 > half && odd * 20 < half) || (odd * 2 > half && even * 20 < half)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_strips_bom_and_names_bad_encoding() {
        assert_eq!(decode(b"\xEF\xBB\xBFid: 1").unwrap(), "id: 1");
        // "禁用" in GBK.
        let gbk = b"id: 1\ntitle: \xBD\xFB\xD3\xC3\n";
        let (position, message) = decode(gbk).unwrap_err();
        assert_eq!(position, Some((2, 8)));
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
    fn decode_names_utf16_nul_truncation_and_zero_fill() {
        let text = "id: 1\ntitle: 禁用\n";
        let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        for bytes in [[b"\xFF\xFE".as_slice(), &utf16].concat(), utf16.clone()] {
            let message = decode(&bytes).unwrap_err().1;
            assert!(
                message.zh.contains("UTF-16") && message.en.contains("UTF-16"),
                "{}",
                message.zh
            );
        }
        let (position, message) = decode("id: 1\ntitle: 禁\0用\n".as_bytes()).unwrap_err();
        assert_eq!(position, Some((2, 9)));
        assert!(message.zh.contains("空字符"), "{}", message.zh);
        let cut = &text.as_bytes()[..text.find('用').unwrap() + 1];
        let (position, message) = decode(cut).unwrap_err();
        assert_eq!(position, Some((2, 9)));
        assert!(message.zh.contains("不完整"), "{}", message.zh);
        let message = decode(&[0u8; 600]).unwrap_err().1;
        assert!(message.zh.contains("二进制"), "{}", message.zh);
    }
}
