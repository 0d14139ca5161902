//! Reading one knowledge-base file safely: a regular file of bounded size, in UTF-8.

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::catalog::Message;
use crate::diagnostic::position_of;
use crate::message;
use crate::os::os_message;

/// A knowledge-base file larger than this is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The most bytes all the files of a knowledge base may hold together: several times what 10,000
/// entries take, and little enough that parsing them stays well within memory.
pub const MAX_TOTAL_BYTES: u64 = 32 * 1024 * 1024;

/// Why [`read_file`] refused a file: the message, the line and column it may name, and the
/// text that could still be made out of the file, to tell what it may hold.
pub struct Refused {
    pub position: Option<(usize, usize)>,
    pub message: Message,
    /// The file's text with what does not decode replaced (UTF-16 decoded as such); `None`
    /// where the file could not be read, or is binary or holds a NUL byte, and so may hold
    /// anything.
    pub lossy: Option<String>,
    /// How many bytes were read to make that text.
    pub size: u64,
}

/// Reads one file, refusing anything that is not a regular file of reasonable size in UTF-8.
/// The file is read once, whatever becomes of it.
pub fn read_file(path: &Path) -> Result<String, Refused> {
    let bytes = read_regular(path).map_err(|message| Refused {
        position: None,
        message,
        lossy: None,
        size: 0,
    })?;
    decode(&bytes).map_err(|(position, message)| {
        // Binary files and files with a NUL byte are not text: what replaced text would make of
        // them is noise, and costs up to three times the file's size.
        let noise = matches!(message.id(), "kb-file-binary" | "kb-file-nul");
        Refused {
            position,
            lossy: (!noise).then(|| lossy(&bytes)),
            message,
            size: bytes.len() as u64,
        }
    })
}

/// What text can be made out of bytes [`decode`] refused: with what does not decode replaced,
/// UTF-16 decoded as such.
fn lossy(bytes: &[u8]) -> String {
    if !is_utf16(bytes) {
        return String::from_utf8_lossy(bytes).into_owned();
    }
    // Without a byte-order mark, ASCII text in big-endian UTF-16 has its NUL bytes first.
    let nuls_first = bytes.iter().step_by(2).filter(|&&b| b == 0).count() * 2 > bytes.len() / 2;
    let big_endian = bytes.starts_with(b"\xFE\xFF") || (!bytes.starts_with(b"\xFF\xFE") && nuls_first);
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| {
            let pair = [pair[0], pair[1]];
            if big_endian {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            }
        })
        .collect();
    String::from_utf16_lossy(&units)
        .trim_start_matches('\u{feff}')
        .to_owned()
}

fn read_regular(path: &Path) -> Result<Vec<u8>, Message> {
    let unreadable = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::PermissionDenied => message!("kb-file-denied"),
        _ => message!("kb-file-unreadable", error = os_message(&e)),
    };
    // `metadata` follows a symbolic link, so a link is judged by what it points at.
    let meta = fs::metadata(path).map_err(|e| match e.raw_os_error() {
        Some(40) => message!("kb-file-link-loop"),
        _ if e.kind() == std::io::ErrorKind::NotFound => message!("kb-file-link-dangling"),
        _ => unreadable(e),
    })?;
    if !meta.is_file() {
        return Err(message!("kb-file-not-regular"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(message!("kb-file-too-large", size = meta.len(), limit = MAX_FILE_BYTES));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(message!("kb-file-grew-too-large", limit = MAX_FILE_BYTES));
    }
    Ok(bytes)
}

/// UTF-8 text without a byte-order mark, or where it goes wrong and a message that says how to
/// fix the file.
fn decode(bytes: &[u8]) -> Result<String, (Option<(usize, usize)>, Message)> {
    if is_utf16(bytes) {
        return Err((None, message!("kb-file-utf16")));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let binary = || (None, message!("kb-file-binary"));
    // A file that is mostly NUL bytes is what a crash or a full disk leaves behind.
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    if nuls * 8 > bytes.len() {
        return Err(binary());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => match text.find('\0') {
            Some(offset) => Err((Some(position_of(bytes, offset)), message!("kb-file-nul"))),
            None => Ok(text.to_owned()),
        },
        Err(_) if nuls > 0 => Err(binary()),
        Err(e) if e.error_len().is_none() => {
            Err((Some(position_of(bytes, e.valid_up_to())), message!("kb-file-truncated")))
        }
        Err(e) => Err((Some(position_of(bytes, e.valid_up_to())), message!("kb-file-not-utf8"))),
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
        assert_eq!(message.id(), "kb-file-not-utf8");
        assert_eq!(decode(b"\x00\x01\xff").unwrap_err().1.id(), "kb-file-binary");
    }

    #[test]
    fn decode_names_utf16_nul_truncation_and_zero_fill() {
        let text = "id: 1\ntitle: 禁用\n";
        let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        for bytes in [[b"\xFF\xFE".as_slice(), &utf16].concat(), utf16.clone()] {
            assert_eq!(decode(&bytes).unwrap_err().1.id(), "kb-file-utf16");
        }
        let (position, message) = decode("id: 1\ntitle: 禁\0用\n".as_bytes()).unwrap_err();
        assert_eq!(position, Some((2, 9)));
        assert_eq!(message.id(), "kb-file-nul");
        let cut = &text.as_bytes()[..text.find('用').unwrap() + 1];
        let (position, message) = decode(cut).unwrap_err();
        assert_eq!(position, Some((2, 9)));
        assert_eq!(message.id(), "kb-file-truncated");
        assert_eq!(decode(&[0u8; 600]).unwrap_err().1.id(), "kb-file-binary");
    }

    #[test]
    fn lossy_text_of_utf16_files_in_either_byte_order() {
        let text = "id: 19\ntitle: 禁用\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (name, bytes) in [
            ("le", [b"\xFF\xFE".as_slice(), &le].concat()),
            ("le-plain", le),
            ("be", be),
        ] {
            assert_eq!(lossy(&bytes), text, "{name}");
        }
    }

    #[test]
    fn refused_files_keep_text_only_where_it_is_text() {
        let dir = tempfile::tempdir().unwrap();
        let refused = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            fs::write(&path, bytes).unwrap();
            read_file(&path).err().unwrap()
        };
        let gbk = refused("gbk", b"id: 7\ntitle: \xBD\xFB\n");
        assert_eq!(gbk.lossy.as_deref(), Some("id: 7\ntitle: \u{fffd}\u{fffd}\n"));
        let binary = refused("binary", &[0, 0, 0, 0x81, 0, 0, 0xFF, 0, 0, 0]);
        assert_eq!(binary.message.id(), "kb-file-binary");
        assert!(binary.lossy.is_none());
        let nul = refused("nul", b"id: 7\ntitle: x\0y\n");
        assert_eq!(nul.message.id(), "kb-file-nul");
        assert!(nul.lossy.is_none());
        assert!(read_file(&dir.path().join("none")).err().unwrap().lossy.is_none());
    }

    #[test]
    fn a_failure_of_the_system_is_said_in_the_language_asked_for() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.yaml"), "id: 1\n").unwrap();
        // A file named as if it were a folder: the system refuses with "Not a directory".
        let refused = read_file(&dir.path().join("a.yaml/b.yaml")).err().unwrap();
        assert_eq!(refused.message.id(), "kb-file-unreadable");
        let zh = refused.message.render(crate::Lang::Zh);
        assert!(
            zh.contains("路径里有一部分不是文件夹") && !zh.contains("os error"),
            "{zh}"
        );
        let en = refused.message.render(crate::Lang::En);
        assert!(en.contains("part of the path is not a folder"), "{en}");
    }
}
