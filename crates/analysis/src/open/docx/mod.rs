//! Word documents (`.docx`): the paragraphs of the main document, the
//! numbers Word draws for numbered lists (`一、` from `%1、` in Chinese
//! counting), and heading styles and bold runs as hints.
//!
//! The archive is read with a budget: a file that would expand past
//! [`MAX_EXPANDED_BYTES`] is refused however small it is packed.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::paragraphs::ParagraphWriter;
use super::{DocxDamage, Format, OpenError, Opened, MAX_EXPANDED_BYTES};
use crate::text::numerals::chinese_numeral;

/// Opens the `.docx` in `bytes`.
pub(super) fn read(bytes: &[u8]) -> Result<Opened, OpenError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| OpenError::CorruptDocx(DocxDamage::Zip(e.to_string())))?;
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        let size = archive
            .by_index_raw(i)
            .map_err(|e| OpenError::CorruptDocx(DocxDamage::Zip(e.to_string())))?
            .size();
        declared = declared.saturating_add(size);
    }
    if declared > MAX_EXPANDED_BYTES {
        return Err(OpenError::ZipBomb);
    }
    let mut budget = MAX_EXPANDED_BYTES;
    let main = main_part(&mut archive, &mut budget)?;
    let document = read_part(&mut archive, &main, &mut budget)?
        .ok_or_else(|| OpenError::CorruptDocx(DocxDamage::MissingPart(main.clone())))?;
    let styles = read_part(&mut archive, "word/styles.xml", &mut budget)?
        .map(|xml| Styles::parse(&xml))
        .transpose()?
        .unwrap_or_default();
    let numbering = read_part(&mut archive, "word/numbering.xml", &mut budget)?
        .map(|xml| Numbering::parse(&xml))
        .transpose()?
        .unwrap_or_default();
    body(&document, &styles, numbering)
}

/// Where the main document is: `word/document.xml` in practice, but the
/// package's relationships say. A zip with neither is no Word document.
fn main_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    budget: &mut u64,
) -> Result<String, OpenError> {
    const DEFAULT: &str = "word/document.xml";
    if let Some(rels) = read_part(archive, "_rels/.rels", budget)? {
        let mut reader = Reader::from_str(&rels);
        loop {
            match reader.read_event() {
                Ok(Event::Empty(e) | Event::Start(e)) if local(&e) == "Relationship" => {
                    let is_main = attr(&e, "Type").is_some_and(|t| t.ends_with("/officeDocument"));
                    if let Some(target) = attr(&e, "Target").filter(|_| is_main) {
                        let target = target.trim_start_matches('/').to_owned();
                        if archive.index_for_name(&target).is_some() {
                            return Ok(target);
                        }
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }
    if archive.index_for_name(DEFAULT).is_some() {
        Ok(DEFAULT.to_owned())
    } else {
        Err(OpenError::Archive)
    }
}

/// A part's text, or None when the package has no such part.
fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    budget: &mut u64,
) -> Result<Option<String>, OpenError> {
    let mut file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(unreadable(name, e)),
    };
    let mut bytes = Vec::new();
    (&mut file)
        .take(*budget + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(name, e))?;
    if bytes.len() as u64 > *budget {
        return Err(OpenError::ZipBomb);
    }
    *budget -= bytes.len() as u64;
    let text = match encoding_rs::Encoding::for_bom(&bytes) {
        Some((encoding, bom)) => encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned(),
        None => String::from_utf8(bytes).map_err(|_| {
            OpenError::CorruptDocx(DocxDamage::NotUtf8 {
                part: name.to_owned(),
            })
        })?,
    };
    Ok(Some(text))
}

fn unreadable(part: &str, e: impl std::fmt::Display) -> OpenError {
    OpenError::CorruptDocx(DocxDamage::Unreadable {
        part: part.to_owned(),
        detail: e.to_string(),
    })
}

fn local<'e>(e: &'e BytesStart<'_>) -> &'e str {
    let name = e.name().0;
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

/// The value of the attribute whose local name is `name` (`w:val` → `val`).
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key = a.key.0;
        let key = key.rsplit_once(':').map_or(key, |(_, l)| l);
        (key == name).then(|| {
            quick_xml::escape::unescape(&a.value)
                .map(|v| v.into_owned())
                .ok()
        })?
    })
}

/// Word has list levels 0 to 8; anything else is ignored.
const MAX_LIST_LEVEL: usize = 8;
/// Longest list number drawn (`%1.%2.%3.` and the like); longer ones are cut.
const MAX_LABEL_CHARS: usize = 32;

/// A list level attribute (`w:ilvl`), if it is one Word can have.
fn list_level(e: &BytesStart<'_>, name: &str) -> Option<usize> {
    attr(e, name)
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&l| l <= MAX_LIST_LEVEL)
}

/// `<w:b/>` is on; `<w:b w:val="0"/>` (or false/off) is off.
fn toggle(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}

fn xml_error(part: &str, e: quick_xml::Error) -> OpenError {
    OpenError::CorruptDocx(DocxDamage::Xml {
        part: part.to_owned(),
        detail: e.to_string(),
    })
}

/// What a paragraph style gives its paragraphs.
#[derive(Debug, Default, Clone)]
struct Style {
    based_on: Option<String>,
    /// 1 for Heading 1 / 标题 1 / outline level 0.
    heading: Option<usize>,
    bold: Option<bool>,
    numbering: Option<(String, usize)>,
    /// A table-of-contents style (TOC 1, 目录 2): its entries repeat the headings.
    contents: bool,
}

#[derive(Debug, Default)]
struct Styles {
    by_id: HashMap<String, Style>,
}

impl Styles {
    fn parse(xml: &str) -> Result<Self, OpenError> {
        let mut styles = Styles::default();
        let mut reader = Reader::from_str(xml);
        let mut current: Option<(String, Style)> = None;
        let mut in_run_props = false;
        loop {
            let event = reader
                .read_event()
                .map_err(|e| xml_error("styles.xml", e))?;
            match &event {
                Event::Start(e) | Event::Empty(e) => match local(e) {
                    "style" => {
                        if let Some((id, style)) = current.take() {
                            styles.by_id.insert(id, style);
                        }
                        current = attr(e, "styleId").map(|id| (id, Style::default()));
                    }
                    "name" => {
                        if let (Some((_, style)), Some(name)) = (&mut current, attr(e, "val")) {
                            style.heading = style.heading.or(heading_level(&name));
                            let lower = name.to_lowercase();
                            style.contents = lower.starts_with("toc") || lower.starts_with("目录");
                        }
                    }
                    "basedOn" => {
                        if let Some((_, style)) = &mut current {
                            style.based_on = attr(e, "val");
                        }
                    }
                    "outlineLvl" => {
                        if let Some((_, style)) = &mut current {
                            let level = attr(e, "val").and_then(|v| v.parse::<usize>().ok());
                            style.heading = level.filter(|&l| l < 9).map(|l| l + 1);
                        }
                    }
                    "numId" => {
                        if let (Some((_, style)), Some(id)) = (&mut current, attr(e, "val")) {
                            let level = style.numbering.as_ref().map_or(0, |n| n.1);
                            style.numbering = Some((id, level));
                        }
                    }
                    "ilvl" => {
                        if let Some((_, style)) = &mut current {
                            let level = list_level(e, "val").unwrap_or(0);
                            let id = style.numbering.take().map(|n| n.0).unwrap_or_default();
                            style.numbering = Some((id, level));
                        }
                    }
                    "rPr" => in_run_props = matches!(event, Event::Start(_)),
                    "b" if in_run_props => {
                        if let Some((_, style)) = &mut current {
                            style.bold = Some(toggle(e));
                        }
                    }
                    _ => {}
                },
                Event::End(e) if e.local_name().as_ref() == "rPr" => in_run_props = false,
                Event::Eof => break,
                _ => {}
            }
        }
        if let Some((id, style)) = current {
            styles.by_id.insert(id, style);
        }
        Ok(styles)
    }

    /// A property of a style or the first of its ancestors that sets it.
    fn inherited<T>(&self, id: &str, get: impl Fn(&Style) -> Option<T>) -> Option<T> {
        let mut id = Some(id);
        for _ in 0..16 {
            let style = self.by_id.get(id?)?;
            if let Some(value) = get(style) {
                return Some(value);
            }
            id = style.based_on.as_deref();
        }
        None
    }
}

/// `heading 2`, `Heading2`, `标题 2` → 2; `Title` / `标题` → 1.
fn heading_level(name: &str) -> Option<usize> {
    let lower = name.to_lowercase();
    let rest = lower
        .strip_prefix("heading")
        .or_else(|| lower.strip_prefix("标题"))?
        .trim();
    if rest.is_empty() {
        return Some(1);
    }
    rest.parse::<usize>().ok().filter(|l| (1..=9).contains(l))
}

/// One level of a numbered list definition.
#[derive(Debug, Clone)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// Word's list definitions and the counters of the lists drawn so far.
#[derive(Debug, Default)]
struct Numbering {
    abstract_levels: HashMap<String, HashMap<usize, Level>>,
    /// numId → (abstractNumId, start overrides by level).
    instances: HashMap<String, (String, HashMap<usize, u32>)>,
    /// abstractNumId → the current number at each level.
    counters: HashMap<String, Vec<Option<u32>>>,
    /// numIds already used once (their start overrides applied).
    started: std::collections::HashSet<String>,
}

impl Numbering {
    fn parse(xml: &str) -> Result<Self, OpenError> {
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
    fn next_label(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
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

fn roman(mut n: u32) -> String {
    const DIGITS: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(value, digits) in DIGITS {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// The paragraph being read: its properties come first, then its runs.
#[derive(Debug, Default)]
struct ParagraphState {
    style: Option<String>,
    numbering: (Option<String>, Option<usize>),
    outline: Option<usize>,
    /// Written its start (number, heading level) yet?
    begun: bool,
}

impl ParagraphState {
    /// A table-of-contents entry: not body text.
    fn is_contents(&self, styles: &Styles) -> bool {
        self.style
            .as_deref()
            .and_then(|s| styles.inherited(s, |st| st.contents.then_some(true)))
            .unwrap_or(false)
    }
}

/// Elements whose content is not body text: drawings and text boxes (whose
/// paragraphs Word writes twice), embedded objects, deleted text, field codes.
const SKIPPED: &[&str] = &[
    "drawing", "pict", "AlternateContent", "object", "del", "moveFrom", "instrText",
    "footnoteReference", "endnoteReference", "pPrChange", "rPrChange", "sectPrChange",
    "tblPrChange", "trPrChange", "tcPrChange", "numberingChange",
];

fn body(xml: &str, styles: &Styles, mut numbering: Numbering) -> Result<Opened, OpenError> {
    let mut out = ParagraphWriter::default();
    let mut reader = Reader::from_str(xml);
    let mut paragraph = ParagraphState::default();
    let mut skipping = 0usize;
    let mut in_paragraph_props = false;
    let mut in_run_props = false;
    let mut run_bold: Option<bool> = None;
    let mut run_hidden = false;
    let mut in_text = false;

    let begin = |p: &mut ParagraphState, out: &mut ParagraphWriter, numbering: &mut Numbering| {
        if p.begun {
            return;
        }
        p.begun = true;
        let style = p.style.as_deref();
        let heading = p
            .outline
            .or_else(|| style.and_then(|s| styles.inherited(s, |st| st.heading)));
        out.start(heading);
        let (num_id, ilvl) = match &p.numbering {
            (Some(id), level) => (Some(id.clone()), level.unwrap_or(0)),
            (None, _) => match style.and_then(|s| styles.inherited(s, |st| st.numbering.clone())) {
                Some((id, level)) => (Some(id), level),
                None => (None, 0),
            },
        };
        if let Some(label) = num_id
            .filter(|id| id != "0")
            .and_then(|id| numbering.next_label(&id, ilvl))
        {
            out.push(&label, false);
        }
    };

    let style_bold = |p: &ParagraphState| {
        p.style
            .as_deref()
            .and_then(|s| styles.inherited(s, |st| st.bold))
            .unwrap_or(false)
    };

    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error("document.xml", e))?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let name = local(e);
                let empty = matches!(event, Event::Empty(_));
                if skipping > 0 || SKIPPED.contains(&name) {
                    if !empty {
                        skipping += 1;
                    }
                    continue;
                }
                match name {
                    "p" => {
                        out.end();
                        paragraph = ParagraphState::default();
                        if empty {
                            out.end();
                        }
                    }
                    "pPr" => in_paragraph_props = !empty,
                    "pStyle" if in_paragraph_props => paragraph.style = attr(e, "val"),
                    "numId" if in_paragraph_props => paragraph.numbering.0 = attr(e, "val"),
                    "ilvl" if in_paragraph_props => paragraph.numbering.1 = list_level(e, "val"),
                    "outlineLvl" if in_paragraph_props => {
                        let level = attr(e, "val").and_then(|v| v.parse::<usize>().ok());
                        paragraph.outline = level.filter(|&l| l < 9).map(|l| l + 1);
                    }
                    "r" => {
                        run_bold = None;
                        run_hidden = false;
                    }
                    "vanish" | "specVanish" if in_run_props => run_hidden = toggle(e),
                    "rPr" if !in_paragraph_props => in_run_props = !empty,
                    "b" if in_run_props => run_bold = Some(toggle(e)),
                    "rStyle" if in_run_props => {
                        if let Some(bold) =
                            attr(e, "val").and_then(|s| styles.inherited(&s, |st| st.bold))
                        {
                            run_bold = run_bold.or(Some(bold));
                        }
                    }
                    "t" => in_text = !empty,
                    "tab" if !in_paragraph_props => {
                        begin(&mut paragraph, &mut out, &mut numbering);
                        out.push("\t", false);
                    }
                    "br" | "cr" => {
                        let page = attr(e, "type").is_some_and(|t| t == "page" || t == "column");
                        if !page {
                            begin(&mut paragraph, &mut out, &mut numbering);
                            out.line_break();
                        }
                    }
                    "noBreakHyphen" => out.push("-", false),
                    _ => {}
                }
            }
            Event::End(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if skipping > 0 {
                    skipping -= 1;
                    continue;
                }
                match name {
                    "p" => {
                        begin(&mut paragraph, &mut out, &mut numbering);
                        out.end();
                        paragraph = ParagraphState::default();
                    }
                    "pPr" => in_paragraph_props = false,
                    "rPr" => in_run_props = false,
                    "t" => in_text = false,
                    _ => {}
                }
            }
            Event::Text(_) | Event::GeneralRef(_)
                if !in_text || skipping > 0 || run_hidden || paragraph.is_contents(styles) => {}
            Event::Text(t) => {
                begin(&mut paragraph, &mut out, &mut numbering);
                let bold = run_bold.unwrap_or_else(|| style_bold(&paragraph));
                out.push(&t.xml10_content(), bold);
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match r.as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                if let Some(c) = c {
                    begin(&mut paragraph, &mut out, &mut numbering);
                    let bold = run_bold.unwrap_or_else(|| style_bold(&paragraph));
                    out.push(c.encode_utf8(&mut [0; 4]), bold);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // List numbers and line breaks can make a small file's text huge.
    if out.overflowed() {
        return Err(OpenError::ZipBomb);
    }
    Ok(out.finish(Format::Docx))
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

    #[test]
    fn heading_styles_by_name() {
        assert_eq!(heading_level("heading 2"), Some(2));
        assert_eq!(heading_level("标题 3"), Some(3));
        assert_eq!(heading_level("Title"), None);
        assert_eq!(heading_level("标题"), Some(1));
        assert_eq!(heading_level("Normal"), None);
    }
}

/// Word files built in memory for tests: `parts` are (path, XML) pairs.
#[cfg(test)]
pub(crate) fn docx_bytes(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (path, xml) in parts {
        zip.start_file(*path, options).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[cfg(test)]
mod reading_tests {
    use super::*;
    use crate::HintKind;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn document(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
        )
    }

    #[test]
    fn heading_styles_list_numbers_and_bold_runs() {
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="H1"/></w:style>
            <w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style></w:styles>"#
        );
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="7">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
            </w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>"#
        );
        let body = document(
            r#"<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>政府工作报告</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>回顾</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>稳增长</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t xml:space="preserve">扩大内需。</w:t></w:r><w:r><w:t>消费&amp;投资</w:t></w:r><w:r><w:br/><w:t>下一行</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>安排</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr><w:r><w:t>附</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del></w:p>
            <w:p/><w:p><w:r><w:drawing><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:drawing></w:r></w:p>"#,
        );
        let bytes = docx_bytes(&[
            ("word/document.xml", &body),
            ("word/styles.xml", &styles),
            ("word/numbering.xml", &numbering),
        ]);
        let opened = read(&bytes).unwrap();
        assert_eq!(
            opened.text,
            "政府工作报告\n一、回顾\n（一）稳增长\n扩大内需。消费&投资\n下一行\n二、安排\n附\n"
        );
        let spans = opened.hinted_spans();
        assert_eq!(
            spans,
            [
                ("政府工作报告", HintKind::Heading(1)),
                ("扩大内需。", HintKind::Bold),
                ("附", HintKind::Heading(1)),
            ]
        );
    }

    #[test]
    fn broken_archives_and_other_zips_get_their_own_errors() {
        let docx = docx_bytes(&[(
            "word/document.xml",
            &document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"),
        )]);
        assert_eq!(read(&docx).unwrap().text, "正文\n");
        assert!(matches!(
            read(&docx[..docx.len() / 2]),
            Err(OpenError::CorruptDocx(_))
        ));
        let xlsx = docx_bytes(&[("xl/workbook.xml", "<workbook/>")]);
        assert_eq!(read(&xlsx), Err(OpenError::Archive));
        let bad_xml = docx_bytes(&[("word/document.xml", "<w:document><w:body><w:p></w:body>")]);
        assert!(matches!(read(&bad_xml), Err(OpenError::CorruptDocx(_))));
        let mut flipped = docx.clone();
        let middle = flipped.len() / 3;
        flipped[middle] ^= 0xff;
        assert!(read(&flipped).is_err());
    }

    /// Tracked changes, hidden runs and table-of-contents entries are not
    /// body text; list levels and numbers out of Word's range draw nothing huge.
    #[test]
    fn what_word_hides_stays_hidden_and_odd_lists_stay_small() {
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style></w:styles>"#
        );
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="1">
            <w:lvl w:ilvl="0"><w:start w:val="40000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1%1%1%1%1%1%1%1%1%1%1%1."/></w:lvl>
            <w:lvl w:ilvl="18446744073709551615"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
        );
        let body = document(
            r#"<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>一、回顾	3</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="H1"/><w:pPrChange><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>一、回顾</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:rPrChange><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>不加粗</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="18446744073709551615"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>乙</w:t></w:r></w:p>"#,
        );
        let bytes = docx_bytes(&[
            ("word/document.xml", &body),
            ("word/styles.xml", &styles),
            ("word/numbering.xml", &numbering),
        ]);
        let opened = read(&bytes).unwrap();
        let lines: Vec<&str> = opened.text.lines().collect();
        assert_eq!(lines[0], "一、回顾");
        assert_eq!(lines[1], "不加粗");
        assert!(
            lines[2].ends_with('甲') && lines[2].chars().count() <= MAX_LABEL_CHARS + 1,
            "{}",
            lines[2]
        );
        assert!(
            lines[3].ends_with('乙') && lines[3].chars().count() <= MAX_LABEL_CHARS + 1,
            "{}",
            lines[3]
        );
        assert_eq!(opened.hints.len(), 1, "{:?}", opened.hints);
        assert_eq!(opened.hints[0].kind, HintKind::Heading(1));
    }

    /// 110 MB of spaces deflated to a few hundred KB, declared honestly and
    /// with its sizes rewritten to 1 KB: refused both ways, never expanded.
    #[test]
    fn zip_bombs_are_refused() {
        let mut xml = document("<w:p><w:r><w:t>炸弹</w:t></w:r></w:p>");
        xml.push_str(&" ".repeat(110 << 20));
        let honest = docx_bytes(&[("word/document.xml", &xml)]);
        assert!(honest.len() < 1 << 20, "{} bytes", honest.len());
        assert_eq!(read(&honest), Err(OpenError::ZipBomb));

        let mut lying = honest.clone();
        for at in 0..lying.len().saturating_sub(30) {
            let size_at = match &lying[at..at + 4] {
                b"PK\x03\x04" => at + 22,
                b"PK\x01\x02" => at + 24,
                _ => continue,
            };
            lying[size_at..size_at + 4].copy_from_slice(&1024u32.to_le_bytes());
        }
        assert!(matches!(
            read(&lying),
            Err(OpenError::ZipBomb | OpenError::CorruptDocx(_))
        ));
    }
}
