//! The analysis result: the JSON contract shared by the page's download and the CLI.
//!
//! Field names are stable. Every `start`/`end` is a character offset (Unicode
//! scalar values) into the decoded input, BOM removed, line endings untouched.
//! No field uses `skip_serializing_if`: the page ships these structs to and from
//! its worker with a non-self-describing codec, so every field is always there.

use serde::{Deserialize, Serialize};

/// Everything the analyzer found in one report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The document title, when the text has one (never part of `outline`).
    pub title: Option<String>,
    /// Subtitle, speaker and date lines found around the title.
    pub meta: Meta,
    pub stats: Stats,
    /// Headings in document order.
    pub outline: Vec<Section>,
    /// Heaviest first.
    pub keywords: Vec<Keyword>,
    /// Words found as recurring runs the dictionary splits (委员工作室), most frequent first.
    pub new_words: Vec<String>,
    /// In document order.
    pub metrics: Vec<Metric>,
    /// Numbered and coined phrases (“四个意识”, 八项规定), most frequent first.
    pub formulations: Vec<Formulation>,
    /// Indices into `metrics` of the headline figures (for a 数说 card view),
    /// in document order.
    pub headlines: Vec<usize>,
    /// Problems noticed in the text itself, in document order.
    pub warnings: Vec<Warning>,
}

/// Lines of the preamble that describe the report rather than belong to it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub subtitle: Option<String>,
    pub speaker: Option<String>,
    pub date: Option<String>,
}

/// Size figures of the whole text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Every character, whitespace included.
    pub characters: usize,
    pub han_characters: usize,
    /// Non-empty paragraphs after repairing lines broken mid-sentence.
    pub paragraphs: usize,
    pub sentences: usize,
    /// Segmented words, punctuation and whitespace not counted.
    pub words: usize,
    pub unique_words: usize,
    pub sections: usize,
    pub metrics: usize,
    /// At 300 Han characters a minute, rounded up.
    pub reading_minutes: usize,
}

impl Stats {
    /// The figures with their labels as the page and the exported report
    /// show them (字符 9265, 阅读 约 27 分钟…).
    pub fn labelled(&self) -> [(&'static str, String); 9] {
        [
            ("字符", self.characters.to_string()),
            ("汉字", self.han_characters.to_string()),
            ("段落", self.paragraphs.to_string()),
            ("句子", self.sentences.to_string()),
            ("词数", self.words.to_string()),
            ("不同词", self.unique_words.to_string()),
            ("章节", self.sections.to_string()),
            ("数据", self.metrics.to_string()),
            ("阅读", format!("约 {} 分钟", self.reading_minutes)),
        ]
    }
}

/// One heading of the outline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// 1 for a top section.
    pub level: usize,
    /// As written, numbering kept, trailing 。 and `**` markup dropped.
    pub heading: String,
    /// Where the heading starts.
    pub start: usize,
    /// Where the section (heading and body, subsections included) ends.
    pub end: usize,
    /// The report keywords that occur most in this section, most first.
    pub keywords: Vec<String>,
}

impl Section {
    /// Whether character offset `at` lies in the section (heading, body or
    /// a subsection).
    pub fn contains(&self, at: usize) -> bool {
        self.start <= at && at < self.end
    }
}

/// Index of the innermost section of `outline` holding character offset
/// `at`: the last one that contains it.
pub(crate) fn innermost_section(outline: &[Section], at: usize) -> Option<usize> {
    outline.iter().rposition(|s| s.contains(at))
}

/// Index of the top section holding `at`: of those that contain it, the
/// first at the shallowest level.
pub fn top_section(outline: &[Section], at: usize) -> Option<usize> {
    (0..outline.len())
        .filter(|&i| outline[i].contains(at))
        .min_by_key(|&i| outline[i].level)
}

/// A term of the report with its weight (TF-IDF or TextRank).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    pub word: String,
    pub weight: f64,
    pub count: usize,
    /// Character offset of each occurrence.
    pub positions: Vec<usize>,
    /// Indices into `outline` of the innermost sections it occurs in.
    pub sections: Vec<usize>,
}

/// A figure with its unit, as the report states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metric {
    /// The exact span: qualifier, number and unit (`3000余名`, `超过126万亿元`).
    pub text: String,
    /// The number as written: 2796 for 2796件, 40 for 40余万名.
    pub value: f64,
    /// As written, magnitude included: 件, 万名, 万亿元, %, 个百分点.
    pub unit: String,
    /// 余/多/近/约/超过/以上/左右… or null.
    pub qualifier: Option<String>,
    /// What is counted or measured, when the sentence names it.
    pub subject: Option<String>,
    /// Index into `outline` of the innermost section holding the figure.
    pub section: Option<usize>,
    /// The sentence holding the figure, markup removed.
    pub sentence: String,
    /// Where that sentence starts and ends.
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub start: usize,
    pub end: usize,
    /// The value in its base unit, for sorting and comparing.
    pub normalized: Normalized,
    /// The upper end of a range (3%—5%, 5万至8万元), as written.
    pub upper: Option<f64>,
    /// Whether the figure is a rise or a fall, and against what.
    pub change: Option<Change>,
    /// A result reached, a target set, or a plan.
    pub kind: MetricKind,
    /// The period the sentence says the figure refers to: 2023年, 十四五, 过去五年.
    pub period: Option<String>,
}

/// A rise or a fall, and its basis when the text gives one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub direction: Direction,
    /// 比上年, 同比, 年均…
    pub basis: Option<String>,
}

/// Up (增长/提高/上升) or down (下降/减少/降低).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

/// What a figure reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    /// Something done or reached.
    Result,
    /// A goal: 预期目标, 力争, 左右 in a plan.
    Target,
    /// Something to be done: 拟安排, 将, 要.
    Plan,
}

impl MetricKind {
    /// Every kind, in the order the page lists them.
    pub const ALL: [MetricKind; 3] = [MetricKind::Result, MetricKind::Target, MetricKind::Plan];

    /// The name shown to the user: 结果, 目标, 计划.
    pub fn label(self) -> &'static str {
        match self {
            MetricKind::Result => "结果",
            MetricKind::Target => "目标",
            MetricKind::Plan => "计划",
        }
    }

    /// The name in JSON and in the tidy CSV tables: result, target, plan.
    pub fn name(self) -> &'static str {
        match self {
            MetricKind::Result => "result",
            MetricKind::Target => "target",
            MetricKind::Plan => "plan",
        }
    }
}

/// A numbered or coined phrase and where it occurs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Formulation {
    pub text: String,
    pub count: usize,
    /// Character offsets of each occurrence.
    pub positions: Vec<usize>,
}

/// A value scaled out of its magnitude: 40余万名 → 400000 名, 5.2% → 5.2 %.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Normalized {
    pub value: f64,
    pub unit: String,
}

/// A problem in the text: a kind for machines, a message for people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    pub kind: WarningKind,
    pub message: String,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

/// What a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// Sibling headings numbered out of order, with gaps, or repeated.
    Numbering,
    /// The same heading twice.
    DuplicateHeading,
    /// A long passage that appears more than once.
    DuplicatePassage,
    /// A line broken mid-sentence, joined again for analysis.
    LineBreak,
    /// A page-continuation marker such as （下转第五版）.
    PageMarker,
    /// A photo caption or similar line that is not body text.
    Caption,
    /// Web-page or scraper leftovers removed (breadcrumbs, buttons, HTML comments).
    Residue,
    /// The text seems to stop mid-sentence.
    Truncated,
    /// Footnote markers ([1]) cut out of the text, or a list of notes set aside.
    Footnote,
}

/// How often a report uses each of its terms: the words TF-IDF ranks
/// (boilerplate, scope and time words left out), policy phrases whole.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TermCounts {
    /// Most frequent first.
    pub terms: Vec<TermCount>,
}

impl TermCounts {
    /// Every occurrence counted: the sum of the counts.
    pub fn tokens(&self) -> usize {
        self.terms.iter().map(|t| t.count).sum()
    }
}

/// One term and how often a report uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermCount {
    pub text: String,
    pub count: usize,
    /// Kept whole as a phrase: a corpus phrase, a new word, a quoted term.
    pub phrase: bool,
}
