//! The page's state of 文库, 对比 and 历年: the library's entries as the
//! worker last listed them, which view is open, the files being added, the
//! two reports compared and the comparison, the series, and the sentences
//! shown for a phrase clicked. A pure reducer, part of [`super::State`].

use report_lens_analysis::{Comparison, KeynessOptions, Series};

use super::Shared;
use crate::library::LibraryEntry;
use crate::protocol::{Failure, SeriesTotals};

/// What the page shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    /// The report on screen.
    #[default]
    Report,
    /// 文库: every report kept.
    Library,
    /// 对比: two reports side by side.
    Compare,
    /// 历年: the reports year by year.
    Series,
}

impl View {
    pub const ALL: [View; 4] = [View::Report, View::Library, View::Compare, View::Series];

    pub fn label(self) -> &'static str {
        match self {
            View::Report => "报告",
            View::Library => "文库",
            View::Compare => "对比",
            View::Series => "历年",
        }
    }
}

/// Files being added to the library at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// The first request id of the batch and how many files it has.
    pub first: u32,
    pub total: usize,
    pub done: usize,
    /// What could not be added.
    pub failed: Vec<String>,
}

impl Batch {
    pub fn finished(&self) -> bool {
        self.done >= self.total
    }
}

/// A comparison on screen and the reports it compares.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub a: u32,
    pub b: u32,
    pub comparison: Comparison,
    pub compare_ms: f64,
}

/// A series on screen: the reports in its order, and the rows it was sent
/// of each table, of how many.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesShown {
    pub ids: Vec<u32>,
    pub series: Series,
    pub totals: SeriesTotals,
}

/// The sentences of one report that hold a phrase clicked.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentences {
    pub report: u32,
    pub sentences: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shelf {
    pub entries: Shared<Vec<LibraryEntry>>,
    pub view: View,
    pub batch: Option<Batch>,
    /// The reports chosen as A (earlier) and B (later).
    pub pair: (Option<u32>, Option<u32>),
    pub keyness: KeynessOptions,
    pub compared: Option<Shared<Compared>>,
    pub series: Option<Shared<SeriesShown>>,
    /// The phrase clicked and the sentences holding it in each report.
    pub phrase: Option<(String, Vec<Sentences>)>,
    /// What the library could not do, for the library's notice.
    pub problem: Option<String>,
}

impl Default for Shared<Vec<LibraryEntry>> {
    fn default() -> Self {
        Shared::new(Vec::new())
    }
}

/// Which of the two compared reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

pub enum ShelfAction {
    /// What the library could not do.
    Problem(String),
    /// The library as the worker lists it now.
    Listed {
        entries: Vec<LibraryEntry>,
        problem: Option<String>,
    },
    Open(View),
    /// `total` files are being added, their requests numbered from `first`.
    BatchStarted {
        first: u32,
        total: usize,
    },
    /// The answer to adding request `id`.
    Added {
        id: u32,
        result: Result<LibraryEntry, Failure>,
    },
    /// A file of the batch could not be read in the page.
    NotAdded(String),
    Pick(Side, u32),
    Keyness(KeynessOptions),
    Compared(Box<Compared>),
    Series(Box<SeriesShown>),
    /// A phrase was clicked: its sentences will follow.
    Phrase(String),
    Sentences {
        report: u32,
        text: String,
        sentences: Vec<String>,
    },
}

impl Shelf {
    /// The entry with this id.
    pub fn entry(&self, id: u32) -> Option<&LibraryEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The two reports to compare: those chosen while they are kept, else
    /// the two latest by year (A the earlier), the later added last.
    pub fn pair(&self) -> Option<(u32, u32)> {
        let kept = |id: Option<u32>| id.filter(|&id| self.entry(id).is_some());
        if let (Some(a), Some(b)) = (kept(self.pair.0), kept(self.pair.1)) {
            return Some((a, b));
        }
        let mut by_year: Vec<&LibraryEntry> = self.entries.iter().collect();
        by_year.sort_by_key(|e| (e.year.is_some(), e.year, e.id));
        match by_year.as_slice() {
            [.., a, b] => Some((a.id, b.id)),
            _ => None,
        }
    }

    /// The reports of the series: every report kept.
    pub fn series_ids(&self) -> Vec<u32> {
        self.entries.iter().map(|e| e.id).collect()
    }

    /// One file of the batch done, or `failed` with this message.
    fn count(&mut self, failed: Option<String>) {
        if let Some(batch) = self.batch.as_mut() {
            batch.done += 1;
            batch.failed.extend(failed);
        }
    }

    pub fn apply(&mut self, action: ShelfAction) {
        match action {
            ShelfAction::Listed { entries, problem } => {
                self.entries = Shared::new(entries);
                if problem.is_some() {
                    self.problem = problem;
                }
            }
            ShelfAction::Problem(problem) => self.problem = Some(problem),
            ShelfAction::Open(view) => self.view = view,
            ShelfAction::BatchStarted { first, total } => {
                self.batch = Some(Batch {
                    first,
                    total,
                    done: 0,
                    failed: Vec::new(),
                });
                self.view = View::Library;
                self.problem = None;
            }
            // An answer to a request sent before the batch is not its own.
            ShelfAction::Added { id, result } => {
                if self.batch.as_ref().is_some_and(|b| id >= b.first) {
                    self.count(result.err().map(|f| f.to_string()));
                }
            }
            ShelfAction::NotAdded(message) => self.count(Some(message)),
            ShelfAction::Pick(side, id) => {
                let (a, b) = self.pair().unzip();
                let (a, b) = (self.pair.0.or(a), self.pair.1.or(b));
                self.pair = match side {
                    Side::A => (Some(id), b),
                    Side::B => (a, Some(id)),
                };
                self.phrase = None;
            }
            ShelfAction::Keyness(options) => self.keyness = options,
            ShelfAction::Compared(compared) => {
                // Sentences found for another pair are not this pair's.
                let same = |c: &Shared<Compared>| (c.a, c.b) == (compared.a, compared.b);
                if !self.compared.as_ref().is_some_and(same) {
                    self.phrase = None;
                }
                self.compared = Some(Shared::new(*compared));
            }
            ShelfAction::Series(series) => self.series = Some(Shared::new(*series)),
            ShelfAction::Phrase(text) => self.phrase = Some((text, Vec::new())),
            ShelfAction::Sentences {
                report,
                text,
                sentences,
            } => {
                if let Some((_, found)) = self.phrase.as_mut().filter(|(p, _)| *p == text) {
                    found.retain(|s| s.report != report);
                    found.push(Sentences { report, sentences });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: u32, year: Option<i32>) -> LibraryEntry {
        LibraryEntry {
            id,
            name: format!("{id}.txt"),
            title: None,
            year,
            region: None,
            level: None,
            characters: 100,
            fingerprint: u64::from(id),
        }
    }

    fn listed(shelf: &mut Shelf, entries: Vec<LibraryEntry>) {
        shelf.apply(ShelfAction::Listed {
            entries,
            problem: None,
        });
    }

    #[test]
    fn the_pair_is_the_two_latest_by_year_until_the_reader_chooses() {
        let mut shelf = Shelf::default();
        assert_eq!(shelf.pair(), None);
        listed(&mut shelf, vec![entry(1, Some(2013)), entry(2, None)]);
        assert_eq!(
            shelf.pair(),
            Some((2, 1)),
            "a report with no year comes first"
        );
        listed(
            &mut shelf,
            vec![
                entry(1, Some(2013)),
                entry(2, Some(2011)),
                entry(3, Some(2012)),
            ],
        );
        assert_eq!(shelf.pair(), Some((3, 1)));
        shelf.apply(ShelfAction::Pick(Side::A, 2));
        assert_eq!(shelf.pair(), Some((2, 1)), "B stays what it was");
        // A chosen report removed: the latest two again.
        listed(&mut shelf, vec![entry(1, Some(2013)), entry(3, Some(2012))]);
        assert_eq!(shelf.pair(), Some((3, 1)));
    }

    #[test]
    fn a_batch_counts_its_own_answers_and_failures() {
        let mut shelf = Shelf::default();
        shelf.apply(ShelfAction::BatchStarted { first: 5, total: 3 });
        assert_eq!(shelf.view, View::Library);
        shelf.apply(ShelfAction::Added {
            id: 4,
            result: Ok(entry(1, None)),
        });
        assert_eq!(shelf.batch.as_ref().unwrap().done, 0, "before the batch");
        shelf.apply(ShelfAction::Added {
            id: 5,
            result: Ok(entry(1, None)),
        });
        shelf.apply(ShelfAction::NotAdded("b.png：太大".into()));
        assert!(!shelf.batch.as_ref().unwrap().finished());
        shelf.apply(ShelfAction::Added {
            id: 7,
            result: Ok(entry(2, None)),
        });
        let batch = shelf.batch.as_ref().unwrap();
        assert!(batch.finished());
        assert_eq!(batch.failed, ["b.png：太大"]);
    }

    #[test]
    fn sentences_are_kept_for_the_phrase_clicked_last() {
        let mut shelf = Shelf::default();
        shelf.apply(ShelfAction::Phrase("新质生产力".into()));
        let sentences = |report: u32, text: &str| ShelfAction::Sentences {
            report,
            text: text.into(),
            sentences: vec![format!("{text}。")],
        };
        shelf.apply(sentences(1, "新质生产力"));
        shelf.apply(sentences(2, "旧词"));
        shelf.apply(sentences(1, "新质生产力"));
        let (phrase, found) = shelf.phrase.as_ref().unwrap();
        assert_eq!(phrase, "新质生产力");
        assert_eq!(found.len(), 1, "one answer per report, of this phrase only");
    }
}
