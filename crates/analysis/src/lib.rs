//! Analysis of long Chinese reports (政府工作报告, 政协常委会工作报告, 党代会报告):
//! the section outline with warnings about the text, keywords and a word-cloud
//! layout, and every figure with its unit, qualifier, subject and sentence.
//!
//! Plain Rust with no browser dependencies: the page runs it in a web worker,
//! the CLI natively, and both print the same [`Report`] JSON.
//!
//! Build an [`Analyzer`] once (it loads the dictionary, `data/lexicon.txt`) and reuse it:
//!
//! ```
//! use report_lens_analysis::Analyzer;
//!
//! let analyzer = Analyzer::new();
//! let report = analyzer
//!     .analyze("## 一、过去五年工作回顾\n\n共收到委员提案2796件，立案2345件。\n")
//!     .unwrap();
//! assert_eq!(report.outline[0].heading, "一、过去五年工作回顾");
//! assert_eq!(report.metrics[0].text, "2796件");
//! assert_eq!(report.metrics[0].subject.as_deref(), Some("委员提案"));
//! ```

mod cloud;
mod compare;
mod export;
mod figures;
mod keywords;
mod open;
mod outline;
mod report;
mod stats;
mod text;

use std::fmt;

use jieba_rs::Jieba;

pub use cloud::{layout_cloud, CloudLayout, CloudOptions, PlacedWord};
pub use compare::{
    compare, report_region, sentences_holding, series, Comparison, IndicatorSeries, KeyWord,
    KeynessOptions, Level, PhraseCount, Profile, Region, Series, Side, Target, TargetCheck,
    TargetStatus, Trend,
};
pub use export::{
    cloud_svg, comparison_html, comparison_tables, keyness_svg, keywords_csv, metrics_csv, number,
    report_html, series_tables, similarity_svg, trends_svg, CLOUD_PALETTE, CLOUD_PALETTE_DARK,
    FONT_STACK, SERIES_TABLES,
};
pub use keywords::{AnalyzeOptions, KeywordMethod};
pub use open::{
    check_size, decode, decode_as, is_pdf, open, open_pdf, pasted_html, read_pdf_text, Decoded,
    DocxDamage, Encoding, Format, Hint, HintKind, OpenError, OpenNote, OpenOptions, Opened,
    PdfPage, PdfText, TextRun, MAX_INPUT_BYTES,
};
pub use report::{
    top_section, Change, Direction, Formulation, Keyword, Meta, Metric, MetricKind, Normalized,
    Report, Section, Stats, TermCounts, Warning, WarningKind,
};

use text::document::Document;

/// How many keywords a report lists.
const KEYWORD_LIMIT: usize = 150;

/// Why a text could not be analyzed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AnalyzeError {
    /// Nothing but whitespace.
    Empty,
    /// Not one Han character: not a Chinese report.
    NoChinese,
}

impl fmt::Display for AnalyzeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnalyzeError::Empty => {
                write!(f, "没有可分析的文字：请粘贴报告全文，或选择一个文本文件")
            }
            AnalyzeError::NoChinese => write!(
                f,
                "文中没有汉字：报告透镜分析中文报告，请确认文件的编码或内容是否正确"
            ),
        }
    }
}

impl std::error::Error for AnalyzeError {}

/// The segmenter and IDF table, loaded once and shared by every analysis.
pub struct Analyzer {
    jieba: Jieba,
    idf: keywords::lexicon::Idf,
}

impl fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Analyzer").finish_non_exhaustive()
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether a format gives one paragraph a line (Word, HTML), so that no
/// line is joined to the next.
fn lines_are_paragraphs(format: Format) -> bool {
    matches!(format, Format::Docx | Format::Html)
}

impl Analyzer {
    /// Loads the dictionary and IDF table: the expensive part, do it once.
    pub fn new() -> Self {
        let (jieba, idf) = keywords::lexicon::load();
        Analyzer { jieba, idf }
    }

    /// Only the outline and the warnings about the text (repair included;
    /// no keywords, metrics or per-section keywords): what the outline
    /// benchmark times, with the `bench` feature.
    #[cfg(feature = "bench")]
    pub fn outline(&self, text: &str) -> (Vec<Section>, Vec<Warning>) {
        let is_word = |w: &str| self.jieba.has_word(w);
        let doc = Document::parse_with_hints(text, &[], false, &is_word);
        let outline = outline::outline(&doc);
        let warnings = warnings(&doc, outline.warnings);
        (outline.sections, warnings)
    }

    /// Analyzes one report. Offsets in the result count characters of `text`.
    pub fn analyze(&self, text: &str) -> Result<Report, AnalyzeError> {
        self.analyze_with(text, &AnalyzeOptions::default())
    }

    /// Analyzes one report with the reader's keyword choices.
    pub fn analyze_with(
        &self,
        text: &str,
        options: &AnalyzeOptions,
    ) -> Result<Report, AnalyzeError> {
        self.analyze_hinted(text, &[], false, options)
    }

    /// Analyzes a report read by [`open`], using the headings and bold
    /// runs its format marked.
    pub fn analyze_opened(
        &self,
        opened: &Opened,
        options: &AnalyzeOptions,
    ) -> Result<Report, AnalyzeError> {
        let lines_are_paragraphs = lines_are_paragraphs(opened.format);
        self.analyze_hinted(&opened.text, &opened.hints, lines_are_paragraphs, options)
    }

    /// A report read by [`open`] analyzed for comparison with others: its
    /// analysis (as [`Analyzer::analyze_opened`] with the default options),
    /// its year and region, and how often it uses each term.
    pub fn profile(&self, opened: &Opened) -> Result<Profile, AnalyzeError> {
        let lines_are_paragraphs = lines_are_paragraphs(opened.format);
        let mut terms = None;
        let report = self.analyze_parts(
            &opened.text,
            &opened.hints,
            lines_are_paragraphs,
            &AnalyzeOptions::default(),
            Some(&mut terms),
        )?;
        Ok(Profile {
            year: compare::report_year(&report),
            region: compare::report_region(&report, &opened.text),
            terms: terms.unwrap_or_default(),
            report,
        })
    }

    /// The corpus tables (`data/phrases.txt`, `data/generic.txt`) as a corpus
    /// of reports read by [`open`] gives them: a development tool
    /// (`examples/mine_phrases.rs`), not part of the analysis.
    #[doc(hidden)]
    pub fn mine_corpus_tables(&self, reports: &[Opened]) -> (String, String) {
        let docs: Vec<Document> = reports
            .iter()
            .map(|opened| {
                let lines_are_paragraphs = lines_are_paragraphs(opened.format);
                self.document(&opened.text, &opened.hints, lines_are_paragraphs)
            })
            .collect();
        let tables = keywords::corpus_mining::mine(&docs, &self.jieba, &self.idf);
        (tables.phrases, tables.generic)
    }

    /// The document model of `text` (a BOM left out; hints count bytes of
    /// the text as given, so the BOM shifts them).
    fn document<'t>(
        &self,
        text: &'t str,
        hints: &[Hint],
        lines_are_paragraphs: bool,
    ) -> Document<'t> {
        let (text, shift) = match text.strip_prefix('\u{feff}') {
            Some(rest) => (rest, '\u{feff}'.len_utf8()),
            None => (text, 0),
        };
        let hints: Vec<Hint> = hints
            .iter()
            .filter(|h| h.start >= shift)
            .map(|h| Hint {
                start: h.start - shift,
                end: h.end.saturating_sub(shift),
                kind: h.kind,
            })
            .collect();
        let is_word = |w: &str| self.jieba.has_word(w);
        Document::parse_with_hints(text, &hints, lines_are_paragraphs, &is_word)
    }

    /// One analysis: [`Analyzer::analyze_parts`] without the terms' counts.
    fn analyze_hinted(
        &self,
        text: &str,
        hints: &[Hint],
        lines_are_paragraphs: bool,
        options: &AnalyzeOptions,
    ) -> Result<Report, AnalyzeError> {
        self.analyze_parts(text, hints, lines_are_paragraphs, options, None)
    }

    /// The stages, in order. Each stage's entry (and its two largest inner
    /// steps, new-word discovery and one figure's metric) is `#[inline(never)]`: in the
    /// browser, V8 compiles a hot wasm function a second time with its
    /// optimizing compiler, in time that grows faster than the function, on
    /// threads that share the worker's cores. All stages inlined into one
    /// function made a 28 KB body that took ~100 ms to optimize (and, after
    /// wasm-opt's inlining, a 170 KB one that took 470 ms; `index.html`
    /// caps that with `--one-caller-inline-max-function-size`).
    ///
    /// The terms' counts are given to `counts` when it is asked for them.
    fn analyze_parts(
        &self,
        text: &str,
        hints: &[Hint],
        lines_are_paragraphs: bool,
        options: &AnalyzeOptions,
        counts: Option<&mut Option<TermCounts>>,
    ) -> Result<Report, AnalyzeError> {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        if body.trim().is_empty() {
            return Err(AnalyzeError::Empty);
        }
        if !body.chars().any(text::chars::is_han) {
            return Err(AnalyzeError::NoChinese);
        }
        let doc = self.document(text, hints, lines_are_paragraphs);
        let mut outline = outline::outline(&doc);
        let formulations = figures::formulations(&doc);
        let mut metrics = figures::metrics(&doc, &outline.sections, &self.jieba);
        // 办好两件大事, where the report quotes “两件大事” elsewhere: a
        // formulation, not a count.
        metrics.retain(|m| {
            !formulations.iter().any(|f| {
                let len = f.text.chars().count();
                f.positions.iter().any(|&p| p < m.end && m.start < p + len)
            })
        });

        let table = keywords::corpus_table::CorpusTable::shipped();
        let terms = keywords::find_terms(&doc, &self.jieba, &options.user_words, table);
        let keywords = keywords::keywords(
            &doc,
            &terms,
            (&self.idf, table),
            options,
            &outline.sections,
            KEYWORD_LIMIT,
        );
        keywords::section_keywords(&keywords, &mut outline.sections);
        if let Some(counts) = counts {
            *counts = Some(keywords::term_counts(&terms));
        }
        let stats = stats::stats(&doc, &terms, outline.sections.len(), metrics.len());
        let headlines = figures::headlines(&metrics);

        let warnings = warnings(&doc, outline.warnings);

        Ok(Report {
            title: doc.title.clone(),
            meta: doc.meta.clone(),
            stats,
            outline: outline.sections,
            keywords,
            new_words: terms.new_words.clone(),
            metrics,
            formulations,
            headlines,
            warnings,
        })
    }
}

/// Every warning about the text, in document order: the outline's
/// (numbering, repeated headings), the document's (residue, captions,
/// repaired lines, a cut-off end) and repeated passages.
fn warnings(doc: &Document, outline: Vec<Warning>) -> Vec<Warning> {
    let mut warnings = outline;
    warnings.extend(doc.notes.iter().cloned());
    warnings.extend(outline::duplicate_passages(doc));
    warnings.sort_by_key(|w| w.start.unwrap_or(0));
    warnings
}
