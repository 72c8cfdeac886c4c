//! Turning a file's bytes into text: BOMs, UTF-8, UTF-16 and GB18030/GBK.

use std::fmt;

/// Largest input accepted, in bytes; larger files are refused before decoding.
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// Text decoded from bytes, with the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text with any byte-order mark removed; line endings as they were.
    pub text: String,
    /// `UTF-8`, `UTF-16LE`, `UTF-16BE` or `GB18030`.
    pub encoding: &'static str,
}

/// Why bytes could not be read as a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// More than [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize },
    /// NUL bytes or other control characters: an image, archive or program.
    Binary,
    /// Neither valid UTF-8 nor clean GB18030.
    UnknownEncoding,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLarge { bytes } => write!(
                f,
                "文件太大（{:.1} MB），最多可分析 {} MB 的文本",
                *bytes as f64 / 1024.0 / 1024.0,
                MAX_INPUT_BYTES / 1024 / 1024
            ),
            DecodeError::Binary => {
                write!(
                    f,
                    "这不是文本文件（像是图片、压缩包或程序），请选择 .txt 或 .md 文件"
                )
            }
            DecodeError::UnknownEncoding => {
                write!(f, "无法识别文件的编码：既不是 UTF-8，也不是 GBK/GB18030")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes a file's bytes: a BOM decides; else valid UTF-8; else GB18030 if it
/// decodes without replacement characters.
///
/// ```
/// use report_lens_analysis::decode;
/// let gbk = [0xd5, 0xfe, 0xb8, 0xae]; // 政府 in GBK
/// assert_eq!(decode(&gbk).unwrap().text, "政府");
/// assert_eq!(decode("\u{feff}报告".as_bytes()).unwrap().text, "报告");
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge { bytes: bytes.len() });
    }
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors && encoding == encoding_rs::UTF_8 {
            return Err(DecodeError::UnknownEncoding);
        }
        return checked(text.into_owned(), encoding.name());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return checked(text.to_owned(), "UTF-8");
    }
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(DecodeError::UnknownEncoding);
    }
    checked(text.into_owned(), "GB18030")
}

fn checked(text: String, encoding: &'static str) -> Result<Decoded, DecodeError> {
    if looks_binary(text.as_bytes()) {
        return Err(DecodeError::Binary);
    }
    Ok(Decoded { text, encoding })
}

/// True when the first 8 KB hold a NUL or many control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    head.contains(&0) || controls * 100 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "委员".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, "委员");
        assert_eq!(decoded.encoding, "UTF-16LE");
    }

    #[test]
    fn png_header_is_binary() {
        let png = [
            0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d,
        ];
        assert_eq!(decode(&png), Err(DecodeError::Binary));
    }

    #[test]
    fn oversized_input_is_refused() {
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert!(matches!(decode(&big), Err(DecodeError::TooLarge { .. })));
    }
}
