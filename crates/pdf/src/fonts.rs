//! A font as text extraction needs it: how its codes split a string, the
//! text and the advance width of each code, and its PostScript name (which
//! says bold). Composite fonts with `Identity-H` and simple fonts (Type 1,
//! TrueType, Type 3); a font whose codes cannot be read as text here (a
//! named CMap such as GBK-EUC-H, vertical writing, no `ToUnicode` beyond
//! ASCII) is declined, and pdf.js reads the file.

use std::collections::HashMap;

use crate::budget::Budget;
use crate::file::File;
use crate::syntax::{Dict, Object};
use crate::to_unicode::ToUnicode;
use crate::Declined;

pub struct Font {
    /// The PostScript name, as pdf.js gives it: the descriptor's `FontName`,
    /// else `BaseFont`.
    pub name: String,
    /// Two bytes a code (`Identity-H`), else one.
    two_bytes: bool,
    to_unicode: Option<ToUnicode>,
    /// A simple font's codes that are plain ASCII (no ToUnicode needed).
    ascii: bool,
    /// Advance widths in text space (already scaled from glyph space), by code.
    widths: HashMap<u32, f64>,
    default_width: f64,
}

/// One code of a shown string: its text and advance width (text space, per
/// unit of font size); `space` when it is the single byte 32 (word spacing).
pub struct Glyph {
    pub text: String,
    pub width: f64,
    pub space: bool,
}

impl Font {
    pub fn load(file: &mut File, dict: &Dict) -> Result<Font, Declined> {
        let to_unicode = match file.lookup(dict, b"ToUnicode")? {
            o @ Object::Stream(..) => Some(ToUnicode::parse(&file.stream_of(&o)?)?),
            _ => None,
        };
        if dict.name(b"Subtype") == Some(b"Type0") {
            Font::composite(file, dict, to_unicode)
        } else {
            Font::simple(file, dict, to_unicode)
        }
    }

    /// A Type 0 font: `Identity-H` codes, widths from its CID font.
    fn composite(
        file: &mut File,
        dict: &Dict,
        to_unicode: Option<ToUnicode>,
    ) -> Result<Font, Declined> {
        if dict.name(b"Encoding") != Some(b"Identity-H") {
            return Err(Declined::Unsupported("复合字体的编码不是 Identity-H"));
        }
        if to_unicode.is_none() {
            return Err(Declined::Unsupported("复合字体没有 ToUnicode"));
        }
        let descendants = file.lookup(dict, b"DescendantFonts")?;
        let first = descendants
            .as_array()
            .and_then(|a| a.first())
            .cloned()
            .unwrap_or(Object::Null);
        let cid_font = file.resolve(&first)?;
        let cid_font = cid_font
            .as_dict()
            .ok_or(Declined::Damaged("没有后代字体"))?
            .clone();
        let descriptor = file.lookup(&cid_font, b"FontDescriptor")?;
        let default_width = file.lookup(&cid_font, b"DW")?.as_f64().unwrap_or(1000.0) / 1000.0;
        Ok(Font {
            name: postscript_name(descriptor.as_dict(), dict),
            two_bytes: true,
            to_unicode,
            ascii: false,
            widths: cid_widths(file, &cid_font)?,
            default_width,
        })
    }

    /// A Type 1, TrueType or Type 3 font: one byte a code, `Widths`.
    fn simple(
        file: &mut File,
        dict: &Dict,
        to_unicode: Option<ToUnicode>,
    ) -> Result<Font, Declined> {
        let type3 = dict.name(b"Subtype") == Some(b"Type3");
        let descriptor = file.lookup(dict, b"FontDescriptor")?;
        let descriptor = descriptor.as_dict().cloned().unwrap_or_default();
        let name = postscript_name(Some(&descriptor), dict);
        // Type 3 glyph widths are in glyph space, scaled by the font matrix.
        let scale = if type3 {
            match file.lookup(dict, b"FontMatrix")? {
                Object::Array(m) if m.len() == 6 => m[0].as_f64().unwrap_or(0.001),
                _ => 0.001,
            }
        } else {
            0.001
        };
        let first_char = file.lookup(dict, b"FirstChar")?.as_int().unwrap_or(0);
        let mut widths = HashMap::new();
        match file.lookup(dict, b"Widths")? {
            Object::Array(w) => {
                for (i, width) in w.iter().enumerate() {
                    let width = file.resolve(width)?.as_f64().unwrap_or(0.0);
                    if let Ok(code) = u32::try_from(first_char.saturating_add(i as i64)) {
                        widths.insert(code, width * scale);
                    }
                }
            }
            // The standard 14 fonts' widths live in pdf.js's metrics.
            _ => return Err(Declined::Unsupported("简单字体没有 Widths")),
        }
        let missing = file
            .lookup(&descriptor, b"MissingWidth")?
            .as_f64()
            .unwrap_or(0.0)
            * scale;
        // Plain ASCII unless the encoding renames codes (Differences) or
        // the font is symbolic (Symbol, Dingbats, a pictures font: its
        // codes are no letters).
        let flags = file.lookup(&descriptor, b"Flags")?.as_int().unwrap_or(0);
        let symbolic = flags & 4 != 0 && flags & 32 == 0
            || name.contains("Symbol")
            || name.contains("Dingbats");
        let ascii = !symbolic
            && match file.lookup(dict, b"Encoding")? {
                Object::Dict(e) => e.get(b"Differences").is_none(),
                _ => !type3,
            };
        Ok(Font {
            name,
            two_bytes: false,
            to_unicode,
            ascii,
            widths,
            default_width: missing,
        })
    }

    /// The codes of `bytes`, each with its text and width.
    pub fn glyphs(&self, bytes: &[u8], out: &mut Vec<Glyph>) -> Result<(), Declined> {
        out.clear();
        let step = if self.two_bytes { 2 } else { 1 };
        for chunk in bytes.chunks(step) {
            let code = chunk.iter().fold(0u32, |v, &b| v << 8 | u32::from(b));
            let text = match self.to_unicode.as_ref().and_then(|m| m.get(code)) {
                Some(text) => text,
                None if self.ascii && (0x20..0x7f).contains(&code) => {
                    char::from(code as u8).to_string()
                }
                // A code with no text: a glyph drawn for its looks (a
                // space in many fonts); with no ToUnicode at all, the text
                // is unknown here.
                None if self.to_unicode.is_some() || (!self.two_bytes && code < 0x20) => {
                    String::new()
                }
                None => return Err(Declined::Unsupported("字形没有对应文字")),
            };
            let width = self
                .widths
                .get(&code)
                .copied()
                .unwrap_or(self.default_width);
            out.push(Glyph {
                text,
                width,
                space: !self.two_bytes && code == 32,
            });
        }
        Ok(())
    }
}

/// Most widths one CID font may write (a W array giving more, or the same
/// ones over and over, is declined).
const MAX_WIDTHS: usize = 1 << 18;

/// A CID font's `W` array: `c [w1 w2 …]` and `c_first c_last w`.
fn cid_widths(file: &mut File, cid_font: &Dict) -> Result<HashMap<u32, f64>, Declined> {
    let mut widths = HashMap::new();
    let w = file.lookup(cid_font, b"W")?;
    let Some(items) = w.as_array() else {
        return Ok(widths);
    };
    let mut i = 0;
    let mut written = Budget::new(MAX_WIDTHS, "字宽表过大");
    while i < items.len() {
        let Some(first) = file.resolve(&items[i])?.as_int() else {
            break;
        };
        match items.get(i + 1).map(|o| file.resolve(o)).transpose()? {
            Some(Object::Array(list)) => {
                written.spend(list.len())?;
                for (k, width) in list.iter().enumerate() {
                    if let (Ok(cid), Some(width)) = (
                        u32::try_from(first.saturating_add(k as i64)),
                        width.as_f64(),
                    ) {
                        widths.insert(cid, width / 1000.0);
                    }
                }
                i += 2;
            }
            Some(last) => {
                let (Some(last), Some(width)) =
                    (last.as_int(), items.get(i + 2).and_then(Object::as_f64))
                else {
                    break;
                };
                // A range over the whole code space is not written out.
                if last < first || i128::from(last) - i128::from(first) > 65535 {
                    break;
                }
                written.spend((last - first + 1) as usize)?;
                for cid in first..=last {
                    if let Ok(cid) = u32::try_from(cid) {
                        widths.insert(cid, width / 1000.0);
                    }
                }
                i += 3;
            }
            None => break,
        }
    }
    Ok(widths)
}

/// The name pdf.js gives a font: its descriptor's `FontName`, else the
/// font's `BaseFont` (a Type 0 font's descriptor is its CID font's).
fn postscript_name(descriptor: Option<&Dict>, font: &Dict) -> String {
    descriptor
        .and_then(|d| d.name(b"FontName"))
        .or_else(|| font.name(b"BaseFont"))
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default()
}
