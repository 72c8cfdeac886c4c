//! Figures: every number with a unit the text states (`reader`), as the
//! report's metrics — what it counts (`subject`), its rise or fall
//! (`change`), whether it is a result, target or plan (`kind`), its period
//! and sentence (`sentence`), its section — and the headline figures. The
//! numbered formulations (“四个意识”), which count nothing, are here too.

use jieba_rs::Jieba;

mod change;
mod formulations;
mod headlines;
mod kind;
mod reader;
mod sentence;
mod subject;
mod units;

pub(crate) use change::is_change_verb;
pub(crate) use formulations::formulations;
pub(crate) use headlines::headlines;
pub(crate) use units::is_unit_word;

use change::change;
use kind::{kind, looks_back, outlook, KindClues};
use reader::{figures, Figure};
use sentence::{clause_before, period, sentence_bounds};
use subject::{add_purposes, assign_series_subjects, fill_from_context, subject};

use crate::report::{innermost_section, Metric, Normalized, Section};
use crate::text::document::Document;
use crate::text::paragraph::Paragraph;

#[inline(never)]
pub(crate) fn metrics(doc: &Document, sections: &[Section], jieba: &Jieba) -> Vec<Metric> {
    let mut found = Vec::new();
    for paragraph in &doc.paragraphs {
        let figures = figures(&paragraph.text);
        let first = found.len();
        let mut previous_end = 0;
        for figure in &figures {
            found.push(to_metric(
                doc, paragraph, figure, previous_end, sections, jieba,
            ));
            previous_end = figure.end;
        }
        assign_series_subjects(&paragraph.text, &figures, &mut found[first..]);
        add_purposes(&paragraph.text, &figures, &mut found[first..]);
        fill_from_context(&paragraph.text, &figures, &mut found[first..]);
    }
    found
}

/// `previous_end`: where the paragraph's previous figure ends; no subject
/// reaches back across it (采用24期、省政协采用135期).
#[inline(never)]
fn to_metric(
    doc: &Document,
    paragraph: &Paragraph,
    figure: &Figure,
    previous_end: usize,
    sections: &[Section],
    jieba: &Jieba,
) -> Metric {
    let text = &paragraph.text;
    let (start_byte, end_byte) = (
        paragraph.original_byte(figure.start),
        paragraph.original_end_byte(figure.end),
    );
    let start = doc.char_offset(start_byte);
    let end = doc.char_offset(end_byte);
    let (sentence_start, sentence_end) = sentence_bounds(text, figure.start);
    let sentence = &text[sentence_start..sentence_end];
    let subject_from = previous_end.clamp(sentence_start, figure.start);
    let subject_text = &text[subject_from..sentence_end];
    let (local_start, local_end) = (figure.start - subject_from, figure.end - subject_from);
    let (magnitude, factor) = figure.magnitude.map_or(("", 1.0), |m| (m.word, m.factor));
    Metric {
        // As written, a blank cut out inside it kept (１个百分 点以上).
        text: doc.text[start_byte..end_byte].to_owned(),
        value: figure.value,
        unit: format!("{magnitude}{}", figure.unit.shown()),
        qualifier: figure.qualifier.map(str::to_owned),
        subject: subject(jieba, subject_text, local_start, local_end, figure.unit),
        section: innermost_section(sections, start),
        sentence: sentence.replace("**", ""),
        sentence_start: doc.char_offset(paragraph.original_byte(sentence_start)),
        sentence_end: doc.char_offset(paragraph.original_end_byte(sentence_end)),
        start,
        end,
        normalized: Normalized {
            value: figure.value * factor,
            unit: figure.unit.shown().to_owned(),
        },
        upper: figure.upper,
        change: change(clause_before(sentence, figure.start - sentence_start)),
        kind: kind(
            &KindClues {
                sentence,
                before: &sentence[..figure.start - sentence_start],
                clause: own_clause(
                    sentence,
                    figure.start - sentence_start,
                    figure.end - sentence_start,
                ),
                qualifier: figure.qualifier,
                rate: matches!(figure.unit.shown(), "%" | "个百分点" | "百分点" | "‰"),
                bare: figure.unit == units::Unit::Bare,
                after_look_back: looks_back(&text[..sentence_start]),
            },
            outlook(sections, start),
        ),
        period: period(sentence),
    }
}

/// The clause holding the figure at `start..end` of `sentence`: the words
/// before it back to a clause mark, the figure, and the words after it up
/// to the next.
fn own_clause(sentence: &str, start: usize, end: usize) -> &str {
    let from = start - clause_before(sentence, start).len();
    let to = sentence[end..]
        .find(sentence::is_clause_break)
        .map_or(sentence.len(), |i| end + i);
    &sentence[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Direction;

    /// The metrics of `text`, a paragraph after a first line.
    fn metrics_of(text: &str) -> Vec<Metric> {
        let (jieba, _) = crate::keywords::lexicon::load();
        let full = format!("正文。\n{text}\n");
        let doc = Document::parse(&full, &|w| jieba.has_word(w));
        metrics(&doc, &[], &jieba)
    }

    #[test]
    fn listed_figures_take_listed_subjects() {
        let found = metrics_of("城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和11.4%。");
        let subjects: Vec<_> = found.iter().map(|m| m.subject.as_deref()).collect();
        assert_eq!(
            subjects,
            [Some("城镇居民人均可支配收入"), Some("农村居民人均纯收入")]
        );
        assert_eq!(
            found[1].change.as_ref().map(|c| c.direction),
            Some(Direction::Up)
        );
    }

    #[test]
    fn a_part_is_named_by_what_it_did() {
        let subjects: Vec<_> =
            metrics_of("建档立卡贫困户301户611人全部脱贫，其中173户349人稳定脱贫。")
                .into_iter()
                .map(|m| m.subject)
                .collect();
        assert_eq!(
            subjects,
            [
                Some("建档立卡贫困户".to_owned()),
                Some("建档立卡贫困户".to_owned()),
                Some("稳定脱贫建档立卡贫困户".to_owned()),
                Some("稳定脱贫建档立卡贫困户".to_owned())
            ]
        );
    }
}
