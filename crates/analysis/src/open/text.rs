//! Plain text bytes into a string: BOMs, UTF-8, UTF-16 and GB18030/GBK, or
//! an encoding the reader chose.

use super::{Encoding, OpenError};

/// Text decoded from bytes, with the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text with any byte-order mark removed; line endings as they were.
    pub text: String,
    /// UTF-8, UTF-16LE, UTF-16BE, GB18030, or the encoding chosen.
    pub encoding: Encoding,
}

/// Decodes a file's bytes: a BOM decides; else valid UTF-8; else GB18030 if it
/// decodes without replacement characters.
///
/// ```
/// use report_lens_analysis::decode;
/// let gbk = [0xd5, 0xfe, 0xb8, 0xae]; // 政府 in GBK
/// assert_eq!(decode(&gbk).unwrap().text, "政府");
/// assert_eq!(decode("\u{feff}报告".as_bytes()).unwrap().text, "报告");
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, OpenError> {
    super::check_size(bytes.len() as u64)?;
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors && encoding == encoding_rs::UTF_8 {
            return Err(OpenError::UnknownEncoding);
        }
        return checked(text.into_owned(), Encoding::from_codec(encoding));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return checked(text.to_owned(), Encoding::UTF_8);
    }
    if looks_binary(bytes) {
        return Err(OpenError::Binary);
    }
    let (text, had_errors) = Encoding::GB18030.codec().decode_without_bom_handling(bytes);
    if had_errors {
        return Err(OpenError::UnknownEncoding);
    }
    checked(text.into_owned(), Encoding::GB18030)
}

/// Decodes with the encoding the reader chose. Bytes that do not fit
/// become U+FFFD: the reader asked for this encoding and sees the result.
///
/// ```
/// use report_lens_analysis::{decode_as, Encoding};
/// let big5 = [0xac, 0x46, 0xa9, 0xb2]; // 政府 in Big5
/// let decoded = decode_as(&big5, Encoding::for_label("big5").unwrap()).unwrap();
/// assert_eq!(decoded.text, "政府");
/// ```
pub fn decode_as(bytes: &[u8], encoding: Encoding) -> Result<Decoded, OpenError> {
    super::check_size(bytes.len() as u64)?;
    let codec = encoding.codec();
    let bytes = match encoding_rs::Encoding::for_bom(bytes) {
        Some((bom, len)) if bom == codec => &bytes[len..],
        _ => bytes,
    };
    let (text, _) = codec.decode_without_bom_handling(bytes);
    checked(text.into_owned(), encoding)
}

fn checked(text: String, encoding: Encoding) -> Result<Decoded, OpenError> {
    if looks_binary(text.as_bytes()) {
        return Err(OpenError::Binary);
    }
    Ok(Decoded { text, encoding })
}

/// True when the first 8 KB hold a NUL or many control characters.
pub(super) fn looks_binary(bytes: &[u8]) -> bool {
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
    use crate::open::MAX_INPUT_BYTES;

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "委员".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, "委员");
        assert_eq!(decoded.encoding.name(), "UTF-16LE");
    }

    #[test]
    fn png_header_is_binary() {
        let png = [
            0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d,
        ];
        assert_eq!(decode(&png), Err(OpenError::Binary));
    }

    #[test]
    fn oversized_input_is_refused() {
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert!(matches!(decode(&big), Err(OpenError::TooLarge { .. })));
    }

    #[test]
    fn a_chosen_encoding_overrides_the_guess() {
        // 政府 in Big5 is valid GB18030 too, as different characters.
        let big5 = [0xac, 0x46, 0xa9, 0xb2];
        assert_ne!(decode(&big5).unwrap().text, "政府");
        let chosen = decode_as(&big5, Encoding::for_label("big5").unwrap()).unwrap();
        assert_eq!(chosen.text, "政府");
        assert_eq!(chosen.encoding.name(), "Big5");
    }
}
