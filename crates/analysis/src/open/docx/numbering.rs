//! Word's list definitions (`numbering.xml`) and the counters of the
//! lists drawn so far: the label Word draws before each numbered paragraph
//! (`一、` from `%1、` in Chinese counting, `（二）`, `3.`).

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::xml::{attr, list_level, local, xml_error, MAX_LABEL_CHARS, MAX_LIST_LEVEL};
use crate::open::OpenError;
use crate::text::numerals::{chinese_numeral, roman};

/// One level of a numbered list definition.
#[derive(Debug, Clone)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// Word's list definitions and the counters of the lists drawn so far.
#[derive(Debug, Default)]
pub(super) struct Numbering {
    abstract_levels: HashMap<String, HashMap<usize, Level>>,
    /// numId → (abstractNumId, start overrides by level).
    instances: HashMap<String, (String, HashMap<usize, u32>)>,
    /// abstractNumId → the current number at each level.
    counters: HashMap<String, Vec<Option<u32>>>,
    /// numIds already used once (their start overrides applied).
    started: std::collections::HashSet<String>,
}

impl Numbering {
    pub(super) fn parse(xml: &str) -> Result<Self, OpenError> {
        let mut numbering = Numbering::default();
        let mut reader = Reader::from_str(xml);
        let mut abstract_id: Option<String> = None;
        let mut level: Option<(usize, Level)> = None;
        let mut num_id: Option<String> = None;
        let mut override_level: Option<usize> = None;
        loop {
            let event = reader
                .read_event()
                .map_err(|e| xml_error("numbering.xml", e))?;
            match &event {
                Event::Start(e) | Event::Empty(e) => match local(e) {
                    "abstractNum" => abstract_id = attr(e, "abstractNumId"),
                    "lvl" if abstract_id.is_some() => {
                        let Some(ilvl) = list_level(e, "ilvl") else {
                            continue;
                        };
                        let blank = Level {
                            start: 1,
                            format: "decimal".to_owned(),
                            text: String::new(),
                        };
                        level = Some((ilvl, blank));
                    }
                    "start" => {
                        if let (Some((_, l)), Some(v)) = (&mut level, attr(e, "val")) {
                            l.start = v.parse().unwrap_or(1);
                        }
                    }
                    "numFmt" => {
                        if let (Some((_, l)), Some(v)) = (&mut level, attr(e, "val")) {
                            l.format = v;
                        }
                    }
                    "lvlText" => {
                        if let (Some((_, l)), Some(v)) = (&mut level, attr(e, "val")) {
                            l.text = v;
                        }
                    }
                    "num" => num_id = attr(e, "numId"),
                    "abstractNumId" => {
                        if let (Some(id), Some(v)) = (&num_id, attr(e, "val")) {
                            numbering
                                .instances
                                .entry(id.clone())
                                .or_insert_with(|| (String::new(), HashMap::new()))
                                .0 = v;
                        }
                    }
                    "lvlOverride" => override_level = list_level(e, "ilvl"),
                    "startOverride" => {
                        if let (Some(id), Some(l), Some(v)) =
                            (&num_id, override_level, attr(e, "val"))
                        {
                            let instance = numbering
                                .instances
                                .entry(id.clone())
                                .or_insert_with(|| (String::new(), HashMap::new()));
                            instance.1.insert(l, v.parse().unwrap_or(1));
                        }
                    }
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    "lvl" => {
                        if let (Some(id), Some((ilvl, l))) = (&abstract_id, level.take()) {
                            numbering
                                .abstract_levels
                                .entry(id.clone())
                                .or_default()
                                .insert(ilvl, l);
                        }
                    }
                    "abstractNum" => abstract_id = None,
                    "num" => num_id = None,
                    "lvlOverride" => override_level = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(numbering)
    }

    /// The number Word draws before the next paragraph of list `num_id` at
    /// `ilvl` (`一、`, `（二）`, `3.`), counting it.
    pub(super) fn next_label(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        // (Levels over MAX_LIST_LEVEL are never read; checked before the
        // counters grow to `ilvl`.)
        if ilvl > MAX_LIST_LEVEL {
            return None;
        }
        let (abstract_id, overrides) = self.instances.get(num_id)?.clone();
        let levels = self.abstract_levels.get(&abstract_id)?;
        let level = levels.get(&ilvl)?;
        let counters = self.counters.entry(abstract_id.clone()).or_default();
        if counters.len() <= ilvl {
            counters.resize(ilvl + 1, None);
        }
        if self.started.insert(num_id.to_owned()) {
            for (&l, &start) in &overrides {
                if l < counters.len() {
                    counters[l] = Some(start.saturating_sub(1));
                }
            }
        }
        let current = counters[ilvl].map_or(level.start, |n| n.saturating_add(1));
        counters[ilvl] = Some(current);
        counters.truncate(ilvl + 1);
        if level.format == "bullet" || level.format == "none" {
            return None;
        }
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            let placeholder = chars.peek().and_then(|d| d.to_digit(10));
            match placeholder.filter(|_| c == '%') {
                Some(d) => {
                    chars.next();
                    let l = (d as usize).saturating_sub(1);
                    let n = counters
                        .get(l)
                        .copied()
                        .flatten()
                        .or_else(|| levels.get(&l).map(|lv| lv.start))
                        .unwrap_or(1);
                    let format = levels.get(&l).map_or("decimal", |lv| lv.format.as_str());
                    label.push_str(&format_number(n, format));
                }
                None => label.push(c),
            }
            if label.chars().count() > MAX_LABEL_CHARS {
                break;
            }
        }
        Some(label.chars().take(MAX_LABEL_CHARS).collect())
    }
}

/// A list number in one of Word's formats.
fn format_number(n: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "ideographTraditional"
        | "japaneseCounting" => chinese_numeral(n),
        "ideographDigital" | "taiwaneseDigital" => n
            .to_string()
            .chars()
            .map(|d| {
                "〇一二三四五六七八九"
                    .chars()
                    .nth(d as usize - '0' as usize)
                    .unwrap_or(d)
            })
            .collect(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map_or_else(|| n.to_string(), String::from)
        }
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|d| char::from_u32(d as u32 - '0' as u32 + '０' as u32).unwrap_or(d))
            .collect(),
        "decimalZero" => format!("{n:02}"),
        "lowerLetter" | "upperLetter" if n <= 780 => {
            let base = if format == "lowerLetter" { b'a' } else { b'A' };
            let letter = (base + ((n.max(1) - 1) % 26) as u8) as char;
            letter
                .to_string()
                .repeat(((n.max(1) - 1) / 26 + 1) as usize)
        }
        "lowerRoman" if n < 4000 => roman(n).to_lowercase(),
        "upperRoman" if n < 4000 => roman(n),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_numbers_are_drawn_in_their_formats() {
        assert_eq!(format_number(11, "chineseCounting"), "十一");
        assert_eq!(format_number(3, "decimalEnclosedCircle"), "③");
        assert_eq!(format_number(2, "decimalFullWidth"), "２");
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(format_number(14, "upperRoman"), "XIV");
        assert_eq!(format_number(105, "ideographDigital"), "一〇五");
    }
}
