//! Passages that appear more than once: repeated clauses, merged into runs.
//!
//! Clauses rather than sentences, so a passage copied into a sentence that
//! opens differently (认真落实… / 深入学习贯彻…) is still found.

use rustc_hash::FxHashMap as HashMap;

use crate::report::{Warning, WarningKind};
use crate::text::chars::{ends_prose_clause, is_han, is_word_char};
use crate::text::document::Document;

/// A clause shorter than this (in Han characters) may repeat by chance; it
/// neither starts nor ends a run, but does not break one either.
const MIN_CLAUSE_HAN: usize = 6;
/// More repeated passages than this are reported as one warning.
const MAX_LISTED_PASSAGES: usize = 8;
/// A run of repeated clauses shorter than this is not reported.
const MIN_RUN_CHARS: usize = 60;

struct Clause<'d> {
    text: &'d str,
    paragraph: usize,
    /// Byte range in the paragraph's text.
    from: usize,
    to: usize,
}

impl Clause<'_> {
    /// Character offsets in the document, counted only for the clauses a
    /// warning names (counting them for every clause cost more than the
    /// rest of the search).
    fn start(&self, doc: &Document) -> usize {
        doc.char_offset(doc.paragraphs[self.paragraph].original_byte(self.from))
    }

    fn end(&self, doc: &Document) -> usize {
        doc.char_offset(doc.paragraphs[self.paragraph].original_end_byte(self.to))
    }
}

/// Clauses of every body paragraph, in order.
fn clauses<'d>(doc: &'d Document) -> Vec<Clause<'d>> {
    let mut out = Vec::new();
    for (paragraph, p) in doc.paragraphs.iter().enumerate() {
        let mut from = 0;
        for (i, c) in p.text.char_indices() {
            if ends_prose_clause(c) || i + c.len_utf8() == p.text.len() {
                let to = i + c.len_utf8();
                out.push(Clause {
                    text: &p.text[from..to],
                    paragraph,
                    from,
                    to,
                });
                from = to;
            }
        }
    }
    out
}

/// Whether a clause was seen before.
#[derive(Clone, Copy, PartialEq)]
enum Seen {
    /// Long enough to tell, and new.
    First,
    /// Long enough to tell, and a repeat of this clause (its index: clauses
    /// are in document order).
    Again(usize),
    /// Too short to tell.
    Short,
}

/// One warning per run of consecutive clauses that all appeared before.
#[inline(never)]
pub(crate) fn duplicate_passages(doc: &Document) -> Vec<Warning> {
    let clauses = clauses(doc);
    let mut first_seen: HashMap<String, usize> = HashMap::default();
    let mut seen: Vec<Seen> = Vec::with_capacity(clauses.len());
    for (i, s) in clauses.iter().enumerate() {
        if s.text.chars().filter(|&c| is_han(c)).count() < MIN_CLAUSE_HAN {
            seen.push(Seen::Short);
            continue;
        }
        let mut key = String::with_capacity(s.text.len());
        key.extend(s.text.chars().filter(|&c| is_word_char(c)));
        match first_seen.get(&key) {
            Some(&first) => seen.push(Seen::Again(first)),
            None => {
                first_seen.insert(key, i);
                seen.push(Seen::First);
            }
        }
    }
    let mut warnings = Vec::new();
    let mut i = 0;
    while i < clauses.len() {
        let Seen::Again(original) = seen[i] else {
            i += 1;
            continue;
        };
        // Extend over repeats and short clauses; end on the last repeat. A
        // repeat whose original lies before the previous one's starts a new
        // copy (a page scraped six times is five warnings, not one).
        let mut j = i;
        let mut k = i + 1;
        let mut last_original = original;
        while k < clauses.len() && seen[k] != Seen::First {
            if let Seen::Again(o) = seen[k] {
                if o < last_original {
                    break;
                }
                last_original = o;
                j = k;
            }
            k += 1;
        }
        let (start, end) = (clauses[i].start(doc), clauses[j].end(doc));
        if end - start >= MIN_RUN_CHARS {
            let original = clauses[original].start(doc);
            let opening: String = clauses[i].text.chars().take(18).collect();
            warnings.push(Warning {
                kind: WarningKind::DuplicatePassage,
                message: format!(
                    "重复段落（{} 字）：“{opening}…”在前文第 {} 字处已出现过",
                    end - start,
                    original
                ),
                start: Some(start),
                end: Some(end),
            });
        }
        i = k;
    }
    if warnings.len() > MAX_LISTED_PASSAGES {
        // A page scraped or pasted many times over: one warning says it.
        let repeated: usize = warnings
            .iter()
            .map(|w| w.end.unwrap_or(0) - w.start.unwrap_or(0))
            .sum();
        let total = doc.text.chars().count().max(1);
        let message = format!(
            "{} 处重复段落，共 {repeated} 字（占全文 {}%）：全文可能被重复粘贴或抓取了多次",
            warnings.len(),
            repeated * 100 / total
        );
        let (start, end) = (warnings[0].start, warnings[warnings.len() - 1].end);
        return vec![Warning {
            kind: WarningKind::DuplicatePassage,
            message,
            start,
            end,
        }];
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_passage_is_one_warning() {
        let passage = "深入推进委员工作室规范化建设，着力打造群众家门口的政协。搭建委员工作室书香政协教育培训平台，精心选定读书主题，以书香政协促进书香社会建设。";
        let text = format!(
            "{passage}\n\n中间另有一段完全不同的正文内容，用来隔开前后两处文字。\n\n{passage}\n"
        );
        let doc = Document::parse(&text, &|_| false);
        let warnings = duplicate_passages(&doc);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let w = &warnings[0];
        let repeated: String = text
            .chars()
            .skip(w.start.unwrap())
            .take(w.end.unwrap() - w.start.unwrap())
            .collect();
        assert_eq!(repeated, passage);
    }
}
