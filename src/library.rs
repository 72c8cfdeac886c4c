//! 文库, the reader's library: every report opened, kept with its text and
//! its profile (analysis and term counts) so that two can be compared and
//! many followed year by year without reading them again. This is the pure
//! part — adding (the same text once), renaming, removing, and the one-file
//! export and its import — that the worker (`agent/`) owns and keeps in
//! the browser's IndexedDB (`idb.rs`); the page sees [`LibraryEntry`]s.
//!
//! A report's id comes from its text (its fingerprint), not from a counter:
//! two tabs adding different reports to the same database never take the
//! same id, and an id is never given to another report after a removal.

use std::fmt;

use report_lens_analysis::Profile;
use serde::{Deserialize, Serialize};

/// What the page lists of a report in the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LibraryEntry {
    pub id: u32,
    /// The reader's name for it: the file name, or the title of a pasted text.
    pub name: String,
    pub title: Option<String>,
    pub year: Option<i32>,
    /// The region and its level (全国, 省级…) the report names.
    pub region: Option<String>,
    pub level: Option<String>,
    /// Han characters.
    pub characters: usize,
    /// Of the text (FNV-1a, the same in every build): the same text is
    /// kept once, and gives the id.
    pub fingerprint: u64,
}

/// A report as the library keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredReport {
    pub entry: LibraryEntry,
    pub text: String,
    pub profile: Profile,
}

/// The name of a library export's format, and its version.
const EXPORT_FORMAT: &str = "report-lens-library";
const EXPORT_VERSION: u32 = 1;

/// A library as one file: its reports, in the order they were added.
#[derive(Serialize, Deserialize)]
struct ExportFile {
    format: String,
    version: u32,
    reports: Vec<serde_json::Value>,
}

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON, or not a library export.
    NotALibrary,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotALibrary => write!(f, "这不是报告透镜导出的文库文件"),
        }
    }
}

/// A report read back (from IndexedDB or an import): whole, or only its
/// name and text, when its profile was written by another version and must
/// be made again.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadBack {
    Whole(Box<StoredReport>),
    TextOnly {
        name: String,
        text: String,
        /// The id it was stored under, if it says.
        stored_as: Option<u32>,
    },
}

/// Reads one stored report as written by this or another version.
pub fn read_back(value: serde_json::Value) -> Option<ReadBack> {
    if let Ok(stored) = serde_json::from_value::<StoredReport>(value.clone()) {
        return Some(ReadBack::Whole(Box::new(stored)));
    }
    let text = value.get("text")?.as_str()?.to_owned();
    let entry = value.get("entry");
    let name = entry
        .and_then(|e| e.get("name"))
        .and_then(|n| n.as_str())
        .unwrap_or("导入的报告")
        .to_owned();
    let stored_as = entry
        .and_then(|e| e.get("id"))
        .and_then(|id| id.as_u64())
        .and_then(|id| u32::try_from(id).ok());
    Some(ReadBack::TextOnly {
        name,
        text,
        stored_as,
    })
}

/// The reports of a library export, in order.
pub fn parse_export(bytes: &[u8]) -> Result<Vec<ReadBack>, ImportError> {
    let file: ExportFile = serde_json::from_slice(bytes).map_err(|_| ImportError::NotALibrary)?;
    if file.format != EXPORT_FORMAT {
        return Err(ImportError::NotALibrary);
    }
    Ok(file.reports.into_iter().filter_map(read_back).collect())
}

/// The 64-bit FNV-1a hash of a text's bytes: written out so that it stays
/// the same across compiler releases, as stored fingerprints must.
fn fingerprint(text: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    text.bytes().fold(OFFSET, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    })
}

/// What adding a report did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// A new entry with this id.
    New(u32),
    /// The library held this text already, as this entry.
    Known(u32),
}

/// The library's reports.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    reports: Vec<StoredReport>,
}

impl Library {
    /// The entries in year order (those with no year last), then by name.
    pub fn entries(&self) -> Vec<LibraryEntry> {
        let mut entries: Vec<LibraryEntry> = self.reports.iter().map(|r| r.entry.clone()).collect();
        entries.sort_by(|a, b| {
            let key = |e: &LibraryEntry| (e.year.is_none(), e.year);
            key(a)
                .cmp(&key(b))
                .then_with(|| a.name.cmp(&b.name))
                .then(a.id.cmp(&b.id))
        });
        entries
    }

    pub fn get(&self, id: u32) -> Option<&StoredReport> {
        self.reports.iter().find(|r| r.entry.id == id)
    }

    /// Adds a report under `name` (the same text is kept once).
    pub fn add(&mut self, name: &str, text: String, profile: Profile) -> Added {
        let fingerprint = fingerprint(&text);
        if let Some(known) = self
            .reports
            .iter()
            .find(|r| r.entry.fingerprint == fingerprint && r.text == text)
        {
            return Added::Known(known.entry.id);
        }
        // The fingerprint's low half, or the next free id when another text
        // has it (one pair in four billion); never 0.
        let mut id = (fingerprint as u32).max(1);
        while self.get(id).is_some() {
            id = id.wrapping_add(1).max(1);
        }
        let report = &profile.report;
        let region = profile.region.as_ref();
        let entry = LibraryEntry {
            id,
            name: name.to_owned(),
            title: report.title.clone(),
            year: profile.year,
            region: region.map(|r| r.name.clone()),
            level: region.map(|r| r.level.label().to_owned()),
            characters: report.stats.han_characters,
            fingerprint,
        };
        self.reports.push(StoredReport {
            entry,
            text,
            profile,
        });
        Added::New(id)
    }

    /// Puts back a report read from storage under its own id, unless the
    /// library holds its text already (added before storage was read).
    pub fn restore(&mut self, stored: StoredReport) {
        let known = self.reports.iter().any(|r| {
            r.entry.id == stored.entry.id
                || (r.entry.fingerprint == stored.entry.fingerprint && r.text == stored.text)
        });
        if !known {
            self.reports.push(stored);
        }
    }

    /// Renames an entry; false if there is none with this id or the name is blank.
    pub fn rename(&mut self, id: u32, name: &str) -> bool {
        let name = name.trim();
        match self.reports.iter_mut().find(|r| r.entry.id == id) {
            Some(report) if !name.is_empty() => {
                report.entry.name = name.to_owned();
                true
            }
            _ => false,
        }
    }

    pub fn remove(&mut self, id: u32) -> bool {
        let before = self.reports.len();
        self.reports.retain(|r| r.entry.id != id);
        self.reports.len() != before
    }

    /// The whole library as one file (JSON) that [`parse_export`] reads.
    pub fn export(&self) -> String {
        let file = ExportFile {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            reports: self
                .reports
                .iter()
                .filter_map(|r| serde_json::to_value(r).ok())
                .collect(),
        };
        serde_json::to_string(&file).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use report_lens_analysis::{open, Analyzer, OpenOptions};

    use super::*;

    fn profile(analyzer: &Analyzer, text: &str) -> Profile {
        let opened = open("a.txt", text.as_bytes(), &OpenOptions::default()).unwrap();
        analyzer.profile(&opened).unwrap()
    }

    const REPORT: &str = "政府工作报告\n——2024年1月20日在安徽省第十四届人民代表大会第二次会议上\n\n一、回顾\n\n地区生产总值增长5.8%。\n";

    #[test]
    fn a_text_is_kept_once_with_its_year_and_region() {
        let analyzer = Analyzer::new();
        let mut library = Library::default();
        let Added::New(first) = library.add("a.txt", REPORT.into(), profile(&analyzer, REPORT))
        else {
            panic!("a new report");
        };
        assert_eq!(first, fingerprint(REPORT) as u32, "the id is the text's");
        let again = library.add("b.txt", REPORT.into(), profile(&analyzer, REPORT));
        assert_eq!(again, Added::Known(first));
        let other = format!("{REPORT}粮食产量增长2%。\n");
        let Added::New(second) = library.add("c.txt", other.clone(), profile(&analyzer, &other))
        else {
            panic!("another report");
        };
        let entry = &library.entries()[0];
        assert_eq!(entry.year, Some(2024));
        assert_eq!(entry.region.as_deref(), Some("安徽省"));
        assert_eq!(entry.level.as_deref(), Some("省级"));
        assert!(library.rename(second, " 安徽 2024 "));
        assert!(!library.rename(second, "  "));
        assert_eq!(library.entries()[1].name, "安徽 2024");
        assert!(library.remove(first));
        assert!(!library.remove(first));
        assert_eq!(library.entries().len(), 1);
        // The same text again takes its own id again, and no other text does.
        let back = library.add("a.txt", REPORT.into(), profile(&analyzer, REPORT));
        assert_eq!(back, Added::New(first));
    }

    #[test]
    fn fingerprints_are_fnv_1a_and_a_taken_id_goes_to_the_next() {
        // FNV-1a's published test values.
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
        let analyzer = Analyzer::new();
        let mut library = Library::default();
        let Added::New(id) = library.add("a.txt", REPORT.into(), profile(&analyzer, REPORT)) else {
            panic!("a new report");
        };
        // Another text whose id would be the same (as if its fingerprint's
        // low half were): it takes the next.
        library.reports[0].entry.fingerprint ^= 1 << 40;
        library.reports[0].text.push('。');
        let again = library.add("b.txt", REPORT.into(), profile(&analyzer, REPORT));
        assert_eq!(again, Added::New(id.wrapping_add(1).max(1)));
    }

    #[test]
    fn an_export_reads_back_whole_and_an_old_one_as_text() {
        let analyzer = Analyzer::new();
        let mut library = Library::default();
        library.add("a.txt", REPORT.into(), profile(&analyzer, REPORT));
        let read = parse_export(library.export().as_bytes()).unwrap();
        let [ReadBack::Whole(stored)] = read.as_slice() else {
            panic!("one whole report: {read:?}");
        };
        assert_eq!(**stored, library.reports[0]);
        // A profile another version wrote is made again from the text.
        let old = r#"{"format":"report-lens-library","version":1,"reports":[{"entry":{"name":"旧","id":7},"text":"正文","profile":{}}]}"#;
        let read = parse_export(old.as_bytes()).unwrap();
        assert_eq!(
            read,
            vec![ReadBack::TextOnly {
                name: "旧".into(),
                text: "正文".into(),
                stored_as: Some(7),
            }]
        );
        assert_eq!(parse_export(b"{}"), Err(ImportError::NotALibrary));
        assert_eq!(parse_export(b"not json"), Err(ImportError::NotALibrary));
        let restored = {
            let mut other = Library::default();
            other.restore(library.reports[0].clone());
            other.restore(library.reports[0].clone());
            other
        };
        assert_eq!(restored.entries(), library.entries());
    }
}
