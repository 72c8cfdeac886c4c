//! The leaf layer: how the analysis reads text. Character classes and
//! punctuation, numerals, heading marks, quoted spans, a many-phrase
//! matcher, the hints a file's format gives, scraping residue, and the
//! document model — a report's text as preamble and body paragraphs, with
//! every position mapped back to a character offset of the input.
//!
//! Nothing here knows about outlines, figures or keywords.

pub(crate) mod byline;
pub(crate) mod chars;
pub(crate) mod document;
mod front_matter;
pub(crate) mod hints;
pub(crate) mod marks;
pub(crate) mod numerals;
pub(crate) mod paragraph;
pub(crate) mod phrases;
mod preamble;
pub(crate) mod quotes;
mod repair;
mod residue;
mod source;

pub(crate) use byline::{is_address, looks_like_speaker};
pub use hints::{Hint, HintKind};
pub(crate) use preamble::repeats_title;
