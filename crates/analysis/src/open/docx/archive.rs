//! The `.docx` package: a zip read part by part within one budget of
//! expanded bytes, the main document found through the package's
//! relationships.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

use super::body::body;
use super::numbering::Numbering;
use super::styles::Styles;
use super::xml::{attr, local};
use crate::open::{DocxDamage, OpenError, Opened, MAX_EXPANDED_BYTES};

/// Opens the `.docx` in `bytes`.
pub(in crate::open) fn read(bytes: &[u8]) -> Result<Opened, OpenError> {
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
