//! A stream's data decoded: Flate (with the PNG predictors cross-reference
//! streams use), ASCIIHex and ASCII85, or none. Any other filter is
//! declined: what is left to pdf.js.

use crate::syntax::{Dict, Object};
use crate::Declined;

/// Most bytes one stream may decode to (a page's content is rarely over a
/// megabyte; a bomb is stopped here, the same in wasm and natively).
pub const MAX_DECODED: usize = 64 << 20;

/// `data` decoded by the filters `dict` names, in order.
pub fn decode(dict: &Dict, data: &[u8]) -> Result<Vec<u8>, Declined> {
    let filters: Vec<&[u8]> = match dict.get(b"Filter") {
        None | Some(Object::Null) => return Ok(data.to_vec()),
        Some(Object::Name(n)) => vec![n.as_slice()],
        Some(Object::Array(a)) => a
            .iter()
            .map(|f| f.as_name().ok_or(Declined::Unsupported("滤镜不可读")))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(Declined::Unsupported("滤镜不可读")),
    };
    let parms: Vec<Option<&Dict>> = match dict.get(b"DecodeParms") {
        Some(Object::Array(a)) => a.iter().map(Object::as_dict).collect(),
        Some(other) => vec![other.as_dict()],
        None => Vec::new(),
    };
    let mut out = data.to_vec();
    for (i, filter) in filters.iter().enumerate() {
        out = match *filter {
            b"FlateDecode" | b"Fl" => {
                let inflated = inflate(&out)?;
                match parms.get(i).copied().flatten() {
                    Some(p) => unpredict(p, inflated)?,
                    None => inflated,
                }
            }
            b"ASCIIHexDecode" | b"AHx" => ascii_hex(&out),
            b"ASCII85Decode" | b"A85" => ascii85(&out)?,
            _ => return Err(Declined::Unsupported("不支持的滤镜")),
        };
    }
    Ok(out)
}

fn inflate(data: &[u8]) -> Result<Vec<u8>, Declined> {
    use miniz_oxide::inflate::{self, TINFLStatus};
    match inflate::decompress_to_vec_zlib_with_limit(data, MAX_DECODED) {
        Ok(out) => Ok(out),
        Err(e) if e.status == TINFLStatus::HasMoreOutput => {
            Err(Declined::Unsupported("流解压后过大"))
        }
        // A stream cut short or without its checksum: what came out is
        // what a reader shows (pdf.js does the same).
        Err(e) if !e.output.is_empty() => Ok(e.output),
        Err(_) => Err(Declined::Damaged("流无法解压")),
    }
}

/// Undoes a PNG predictor (`Predictor` ≥ 10), one filter byte a row.
fn unpredict(parms: &Dict, data: Vec<u8>) -> Result<Vec<u8>, Declined> {
    let predictor = parms
        .get(b"Predictor")
        .and_then(Object::as_int)
        .unwrap_or(1);
    if predictor == 1 {
        return Ok(data);
    }
    if predictor < 10 {
        return Err(Declined::Unsupported("TIFF 预测器"));
    }
    let int = |key: &[u8], default: i64| parms.get(key).and_then(Object::as_int).unwrap_or(default);
    let colors = int(b"Colors", 1);
    let bits = int(b"BitsPerComponent", 8);
    let columns = int(b"Columns", 1);
    if !(1..=4).contains(&colors) || bits != 8 || !(1..=1 << 20).contains(&columns) {
        return Err(Declined::Unsupported("预测器参数"));
    }
    let bpp = colors as usize;
    let row = bpp * columns as usize;
    let mut out: Vec<u8> = Vec::with_capacity(data.len());
    let mut prev = vec![0u8; row];
    for chunk in data.chunks(row + 1) {
        let (kind, bytes) = (chunk[0], &chunk[1..]);
        let mut cur = vec![0u8; row];
        cur[..bytes.len()].copy_from_slice(bytes);
        for i in 0..row {
            let left = if i >= bpp { cur[i - bpp] } else { 0 };
            let up = prev[i];
            let up_left = if i >= bpp { prev[i - bpp] } else { 0 };
            cur[i] = cur[i].wrapping_add(match kind {
                0 => 0,
                1 => left,
                2 => up,
                3 => ((u16::from(left) + u16::from(up)) / 2) as u8,
                4 => paeth(left, up, up_left),
                _ => return Err(Declined::Damaged("预测器类型")),
            });
        }
        out.extend_from_slice(&cur[..bytes.len()]);
        prev = cur;
    }
    Ok(out)
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

fn ascii_hex(data: &[u8]) -> Vec<u8> {
    crate::syntax::hex_decode(data).0
}

fn ascii85(data: &[u8]) -> Result<Vec<u8>, Declined> {
    let mut out = Vec::with_capacity(data.len() * 4 / 5);
    let mut group = [0u8; 5];
    let mut n = 0;
    for &c in data {
        match c {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group[n] = c - b'!';
                n += 1;
                if n == 5 {
                    out.extend_from_slice(&base85(&group).to_be_bytes());
                    n = 0;
                }
            }
            c if crate::syntax::is_whitespace(c) => {}
            _ => return Err(Declined::Damaged("ASCII85 数据")),
        }
    }
    if n > 1 {
        for g in group.iter_mut().skip(n) {
            *g = 84;
        }
        out.extend_from_slice(&base85(&group).to_be_bytes()[..n - 1]);
    }
    Ok(out)
}

fn base85(group: &[u8; 5]) -> u32 {
    group
        .iter()
        .fold(0u32, |v, &d| v.wrapping_mul(85).wrapping_add(u32::from(d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_up_rows_add_the_row_above() {
        let mut parms = Dict::default();
        parms.0.push((b"Predictor".to_vec(), Object::Int(12)));
        parms.0.push((b"Columns".to_vec(), Object::Int(3)));
        let data = vec![2, 1, 2, 3, 2, 1, 1, 1];
        assert_eq!(unpredict(&parms, data).unwrap(), vec![1, 2, 3, 2, 3, 4]);
    }

    #[test]
    fn ascii_filters_decode() {
        assert_eq!(ascii_hex(b"4e 2D7>"), vec![0x4e, 0x2d, 0x70]);
        assert_eq!(
            ascii85(b"87cURD]i,\"Ebo7~>").unwrap(),
            b"Hello World".to_vec()
        );
    }
}
