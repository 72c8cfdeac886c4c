//! The worker's side of 文库: the [`Library`] in memory, written through to
//! IndexedDB (read back when the worker starts), and the page's library
//! requests answered from it — rename, remove, export, import, and the
//! comparison, series and sentences of the reports it holds.

use report_lens_analysis::{
    compare, sentences_holding, series, series_tables, Analyzer, Opened, Profile, Series,
};
use wasm_bindgen_futures::spawn_local;
use yew_agent::worker::WorkerScope;

use super::{AnalysisWorker, Internal};
use crate::idb::Database;
use crate::library::{parse_export, read_back, Added, Library, ReadBack};
use crate::protocol::{LibraryRequest, Response, SeriesTotals};

/// Sentences shown for a phrase clicked.
const SENTENCES: usize = 5;
/// What of a series the page is sent to show: the most used terms (its
/// heatmap), the first phrases, the indicators most reports give, the first
/// targets. The files made from it hold every row.
const SHOWN_TERMS: usize = 25;
const SHOWN_PHRASES: usize = 60;
const SHOWN_INDICATORS: usize = 50;
const SHOWN_TARGETS: usize = 100;

/// The library and where it is stored.
#[derive(Default)]
pub struct KeptLibrary {
    library: Library,
    /// None until opened (or when the browser gives no IndexedDB).
    db: Option<Database>,
    /// The last series asked for, whole, and its reports' names in the
    /// order asked: what its files are made from.
    last_series: Option<(Series, Vec<String>)>,
    /// The name and id of the report the reader opened last.
    last_added: Option<(String, u32)>,
}

/// The part of a series the page shows, and how many rows it has in all.
fn shown_part(series: &Series) -> (Series, SeriesTotals) {
    let mut shown = series.clone();
    shown.terms.truncate(SHOWN_TERMS);
    shown.phrases.truncate(SHOWN_PHRASES);
    let given = |i: &report_lens_analysis::IndicatorSeries| i.values.iter().flatten().count();
    shown
        .indicators
        .sort_by_key(|i| std::cmp::Reverse(given(i)));
    shown.indicators.truncate(SHOWN_INDICATORS);
    shown.targets.truncate(SHOWN_TARGETS);
    let totals = SeriesTotals {
        phrases: series.phrases.len(),
        indicators: series.indicators.len(),
        targets: series.targets.len(),
    };
    (shown, totals)
}

/// Opens the database and reads every report stored; the worker hears of
/// it as [`Internal::Stored`].
pub fn read_stored(scope: &WorkerScope<AnalysisWorker>) {
    let scope = scope.clone();
    spawn_local(async move {
        let read = async {
            let db = Database::open().await?;
            let values = db.all().await?;
            Ok::<_, wasm_bindgen::JsValue>((db, values))
        };
        let message = match read.await {
            Ok((db, values)) => Internal::Stored {
                db: Some(db),
                values,
            },
            Err(error) => {
                web_sys::console::warn_2(&"文库无法打开".into(), &error);
                Internal::Stored {
                    db: None,
                    values: Vec::new(),
                }
            }
        };
        scope.send_message(message);
    });
}

impl KeptLibrary {
    /// The library as the page lists it, with what could not be done.
    pub fn listing(&self, problem: Option<String>) -> Response {
        Response::Library {
            entries: self.library.entries(),
            problem,
        }
    }

    /// Takes in the reports read from storage: whole ones as they were,
    /// ones another version wrote analyzed again (and stored anew).
    pub fn restore(
        &mut self,
        analyzer: &Analyzer,
        db: Option<Database>,
        values: Vec<String>,
        scope: &WorkerScope<AnalysisWorker>,
    ) {
        self.db = db;
        for value in values {
            let Some(read) = serde_json::from_str(&value).ok().and_then(read_back) else {
                continue;
            };
            match read {
                ReadBack::Whole(stored) => self.library.restore(*stored),
                // Stored again under its new id; the old record goes, or it
                // would be made again at every start.
                ReadBack::TextOnly {
                    name,
                    text,
                    stored_as,
                } => {
                    let added = self.add_text(analyzer, &name, text, scope);
                    let id = added.map(|(Added::New(id) | Added::Known(id))| id);
                    if let Some(old) = stored_as.filter(|&old| Some(old) != id) {
                        self.forget(old);
                    }
                }
            }
        }
    }

    /// Adds a report and stores it if it is new.
    pub fn add(
        &mut self,
        name: &str,
        text: String,
        profile: Profile,
        scope: &WorkerScope<AnalysisWorker>,
    ) -> Added {
        let added = self.library.add(name, text, profile);
        if let Added::New(id) = added {
            self.store(id, scope);
        }
        added
    }

    /// The name and id of the report the reader opened last.
    pub fn last_added(&self) -> Option<(&str, u32)> {
        self.last_added.as_ref().map(|(n, id)| (n.as_str(), *id))
    }

    /// Adds a report the reader opened; `replaces`, a reading of the same
    /// file kept before (in the encoding guessed), is removed.
    pub fn add_reading(
        &mut self,
        name: &str,
        text: String,
        profile: Profile,
        replaces: Option<u32>,
        scope: &WorkerScope<AnalysisWorker>,
    ) {
        let (Added::New(id) | Added::Known(id)) = self.add(name, text, profile, scope);
        if let Some(old) = replaces.filter(|&old| old != id) {
            if self.library.remove(old) {
                self.forget(old);
            }
        }
        self.last_added = Some((name.to_owned(), id));
    }

    /// Adds a text with no profile: analyzed as plain text.
    fn add_text(
        &mut self,
        analyzer: &Analyzer,
        name: &str,
        text: String,
        scope: &WorkerScope<AnalysisWorker>,
    ) -> Option<Added> {
        let profile = analyzer.profile(&Opened::plain(text.clone())).ok()?;
        Some(self.add(name, text, profile, scope))
    }

    pub fn entry(&self, id: u32) -> Option<crate::library::LibraryEntry> {
        self.library.get(id).map(|r| r.entry.clone())
    }

    /// Writes report `id` to storage; a failure is told to the page.
    fn store(&self, id: u32, scope: &WorkerScope<AnalysisWorker>) {
        let (Some(db), Some(stored)) = (self.db.clone(), self.library.get(id)) else {
            return;
        };
        let Ok(json) = serde_json::to_string(stored) else {
            return;
        };
        let scope = scope.clone();
        spawn_local(async move {
            if let Err(error) = db.put(id, &json).await {
                web_sys::console::warn_2(&"文库无法保存".into(), &error);
                scope.send_message(Internal::NotStored);
            }
        });
    }

    fn forget(&self, id: u32) {
        if let Some(db) = self.db.clone() {
            spawn_local(async move {
                let _ = db.delete(id).await;
            });
        }
    }

    /// Answers a library request.
    pub fn answer(
        &mut self,
        analyzer: &Analyzer,
        request: LibraryRequest,
        scope: &WorkerScope<AnalysisWorker>,
    ) -> Response {
        match request {
            LibraryRequest::Rename { id, name } => {
                if self.library.rename(id, &name) {
                    self.store(id, scope);
                }
                self.listing(None)
            }
            LibraryRequest::Remove { id } => {
                if self.library.remove(id) {
                    self.forget(id);
                }
                self.listing(None)
            }
            LibraryRequest::Export => Response::File {
                name: "report-lens-library.json".to_owned(),
                mime: "application/json".to_owned(),
                content: self.library.export(),
            },
            LibraryRequest::Import { bytes } => self.import(analyzer, &bytes, scope),
            LibraryRequest::Compare { a, b, options } => {
                let started = js_sys::Date::now();
                let result = match (self.library.get(a), self.library.get(b)) {
                    (Some(ra), Some(rb)) => {
                        Ok(Box::new(compare(&ra.profile, &rb.profile, &options)))
                    }
                    _ => Err("所选报告已不在文库中".to_owned()),
                };
                Response::Compared {
                    a,
                    b,
                    result,
                    compare_ms: js_sys::Date::now() - started,
                }
            }
            LibraryRequest::Series { ids } => {
                let kept: Vec<(u32, &crate::library::StoredReport)> = ids
                    .iter()
                    .filter_map(|&id| self.library.get(id).map(|r| (id, r)))
                    .collect();
                let profiles: Vec<&Profile> = kept.iter().map(|(_, r)| &r.profile).collect();
                let whole = series(&profiles);
                let ids = whole.order.iter().map(|&i| kept[i].0).collect();
                let names = kept.iter().map(|(_, r)| r.entry.name.clone()).collect();
                let (shown, totals) = shown_part(&whole);
                self.last_series = Some((whole, names));
                Response::Series {
                    ids,
                    series: Box::new(shown),
                    totals,
                }
            }
            LibraryRequest::SeriesFile { table } => self.series_file(table.as_deref()),
            LibraryRequest::Sentences { id, text } => Response::Sentences {
                sentences: self
                    .library
                    .get(id)
                    .map(|r| sentences_holding(&r.text, &text, SENTENCES))
                    .unwrap_or_default(),
                id,
                text,
            },
        }
    }

    /// The last series as a file: one of its CSV tables, or JSON.
    fn series_file(&self, table: Option<&str>) -> Response {
        let Some((series, names)) = &self.last_series else {
            return self.listing(Some("请先打开“历年”".to_owned()));
        };
        let (name, mime, content) = match table {
            None => (
                "report-lens-series.json".to_owned(),
                "application/json",
                serde_json::to_string_pretty(series).unwrap_or_default(),
            ),
            Some(table) => {
                let tables = series_tables(series, names);
                let csv = tables.into_iter().find(|(n, _)| *n == table);
                let Some((_, csv)) = csv else {
                    return self.listing(Some(format!("没有名为 {table} 的表格")));
                };
                (
                    format!("report-lens-series-{table}"),
                    "text/csv;charset=utf-8",
                    csv,
                )
            }
        };
        Response::File {
            name,
            mime: mime.to_owned(),
            content,
        }
    }

    /// Reads a library file into the library: each report added (the same
    /// text kept once), under a new id.
    fn import(
        &mut self,
        analyzer: &Analyzer,
        bytes: &[u8],
        scope: &WorkerScope<AnalysisWorker>,
    ) -> Response {
        match parse_export(bytes) {
            Ok(reports) => {
                for read in reports {
                    match read {
                        ReadBack::Whole(stored) => {
                            let stored = *stored;
                            self.add(&stored.entry.name, stored.text, stored.profile, scope);
                        }
                        ReadBack::TextOnly { name, text, .. } => {
                            self.add_text(analyzer, &name, text, scope);
                        }
                    }
                }
                self.listing(None)
            }
            Err(error) => self.listing(Some(error.to_string())),
        }
    }
}
