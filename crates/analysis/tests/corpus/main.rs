//! The analyzer against real reports, read in place: the eight files of
//! `../shared/corpus` (the formats and encodings users have) and the forty
//! of `../shared/corpus/more` (the national reports 2003–2012, thirty
//! provinces' 2025 reports).
//!
//! - [`labels`]: accuracy against labels made independently of the
//!   analyzer, with the floors the issues set.
//! - [`invariants`]: what holds of every file's analysis.
//! - [`snapshots`]: every file's outline, warnings, keywords and figures,
//!   pinned.
//! - [`compare`]: reports compared: the national reports' growth targets
//!   against the next year's results, term counts against the keywords.

mod compare;
mod files;
mod invariants;
mod labels;
mod rules;
mod snapshots;
