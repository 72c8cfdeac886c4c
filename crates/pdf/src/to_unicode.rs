//! A font's `ToUnicode` CMap: character codes to the text they stand for
//! (`bfchar`, `bfrange` with a start or an array). How many bytes a code
//! takes comes from the font's encoding (`fonts.rs`), not from here.

use std::collections::HashMap;

use crate::budget::Budget;
use crate::syntax::{Lexer, Object, Token};
use crate::Declined;

/// Ranges up to this size are written out into the map; longer ones are
/// kept as ranges.
const SPREAD_RANGE: u32 = 1024;
/// Most entries one map may write (the same ones over and over count
/// each time); a map writing more is declined.
const MAX_WRITES: usize = 1 << 20;
/// Most tokens one map may hold.
const MAX_TOKENS: usize = 4_000_000;
/// Most long ranges kept (each is looked through for every glyph).
const MAX_RANGES: usize = 256;

#[derive(Debug, Default)]
pub struct ToUnicode {
    codes: HashMap<u32, String>,
    /// (first code, last code, the first code's text as UTF-16).
    ranges: Vec<(u32, u32, Vec<u16>)>,
}

impl ToUnicode {
    pub fn parse(data: &[u8]) -> Result<Self, Declined> {
        let mut map = ToUnicode::default();
        let mut lexer = Lexer::new(data, 0);
        let mut operands: Vec<Object> = Vec::new();
        let mut tokens = Budget::new(MAX_TOKENS, "ToUnicode 过长");
        let mut writes = Budget::new(MAX_WRITES, "ToUnicode 过大");
        while let Some(token) = lexer.token()? {
            tokens.spend(1)?;
            match token {
                Token::Keyword(b"endbfchar") => {
                    writes.spend(operands.len())?;
                    for pair in operands.chunks_exact(2) {
                        if let (Some(code), Object::String(dst)) = (code_of(&pair[0]), &pair[1]) {
                            map.codes.insert(code, utf16(&units(dst)));
                        }
                    }
                    operands.clear();
                }
                Token::Keyword(b"endbfrange") => {
                    for triple in operands.chunks_exact(3) {
                        let (Some(lo), Some(hi)) = (code_of(&triple[0]), code_of(&triple[1]))
                        else {
                            continue;
                        };
                        if hi < lo {
                            continue;
                        }
                        match &triple[2] {
                            Object::String(dst) => {
                                let start = units(dst);
                                if hi - lo < SPREAD_RANGE {
                                    writes.spend((hi - lo + 1) as usize)?;
                                    for code in lo..=hi {
                                        map.codes.insert(code, utf16(&offset(&start, code - lo)));
                                    }
                                } else if map.ranges.len() < MAX_RANGES {
                                    map.ranges.push((lo, hi, start));
                                }
                            }
                            Object::Array(items) => {
                                writes.spend(items.len())?;
                                for (code, item) in (lo..=hi).zip(items) {
                                    if let Object::String(dst) = item {
                                        map.codes.insert(code, utf16(&units(dst)));
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                    operands.clear();
                }
                Token::Keyword(_) => operands.clear(),
                token => {
                    let object = lexer.object_from(token, 0, false)?;
                    operands.push(object);
                }
            }
        }
        Ok(map)
    }

    /// The text code `code` stands for.
    pub fn get(&self, code: u32) -> Option<String> {
        if let Some(text) = self.codes.get(&code) {
            return Some(text.clone());
        }
        self.ranges
            .iter()
            .find(|(lo, hi, _)| (*lo..=*hi).contains(&code))
            .map(|(lo, _, start)| utf16(&offset(start, code - lo)))
    }
}

fn code_of(object: &Object) -> Option<u32> {
    match object {
        Object::String(s) if !s.is_empty() && s.len() <= 4 => {
            Some(s.iter().fold(0u32, |v, &b| v << 8 | u32::from(b)))
        }
        _ => None,
    }
}

/// A destination's UTF-16 units; an odd byte count is padded at the
/// front (`<41>` is U+0041), as pdf.js reads it.
fn units(bytes: &[u8]) -> Vec<u16> {
    let padded: Vec<u8> = if bytes.len() % 2 == 1 {
        std::iter::once(0).chain(bytes.iter().copied()).collect()
    } else {
        bytes.to_vec()
    };
    padded
        .chunks(2)
        .map(|c| u16::from(c[0]) << 8 | u16::from(c[1]))
        .collect()
}

/// The range's start with `by` added to its last unit.
fn offset(start: &[u16], by: u32) -> Vec<u16> {
    let mut out = start.to_vec();
    if let Some(last) = out.last_mut() {
        *last = u32::from(*last).wrapping_add(by) as u16;
    }
    out
}

fn utf16(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied())
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_chars_ranges_and_code_space() {
        let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
            1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
            2 beginbfchar <0003> <0020> <0010> <4E2D> endbfchar\n\
            2 beginbfrange <0020> <0022> <0041> <0100> <0101> [<56FD> <D840DC00>] endbfrange\n\
            1 beginbfrange <1000> <9000> <5000> endbfrange\n\
            1 beginbfchar <41> <58> endbfchar\n\
            endcmap CMapName currentdict /CMap defineresource pop end end";
        let map = ToUnicode::parse(cmap).unwrap();
        assert_eq!(map.get(0x10).as_deref(), Some("中"));
        assert_eq!(map.get(0x22).as_deref(), Some("C"));
        assert_eq!(map.get(0x101).as_deref(), Some("\u{20000}"));
        assert_eq!(map.get(0x1001).as_deref(), Some("\u{5001}"));
        assert_eq!(map.get(0x9001), None);
        // A one-byte destination is padded at the front.
        assert_eq!(map.get(0x41).as_deref(), Some("X"));
    }
}
