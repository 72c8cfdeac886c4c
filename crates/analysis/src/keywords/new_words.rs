//! New words: runs of two to four tokens that one report repeats as a
//! unit (委员工作室, 新质生产力, 高质量发展), found by `collocations` —
//! recurring, cohesive, free on both sides — then merged into one term
//! wherever they occur, so their parts are not counted again.

use jieba_rs::Jieba;

use super::collocations::{collocations, Run, Thresholds};
use super::stopwords::{is_boilerplate, is_function_word, is_scope_or_time};
use super::terms::Term;
use crate::figures::is_change_verb;
use crate::text::chars::is_han;
use crate::text::document::Document;
use crate::text::phrases::Phrases;

/// What a run of one report must show to be a new word.
const THRESHOLDS: Thresholds = Thresholds {
    min_count: 3,
    min_documents: 1,
    min_pmi: 2.0,
    min_entropy: 1.5,
    entropy_share: 0.6,
    nested_share: 0.5,
    max_tokens: 4,
};

/// Fewest characters of a new word's last part that may head a longer
/// token and split it (攻坚 of 攻坚战; never one character).
const MIN_SPLIT_HEAD_CHARS: usize = 2;

/// Characters a new word may have.
const NEW_WORD_CHARS: std::ops::RangeInclusive<usize> = 3..=10;

/// Single characters that never open or close a new word.
const GLUE_CHARS: &[char] = &[
    '的', '了', '和', '与', '及', '等', '在', '对', '为', '是', '有', '把', '将', '被', '从', '向',
    '以', '并', '中', '上', '下', '到', '地', '得', '着', '好', '用', '很', '又', '也', '就', '都',
    '还', '再', '各', '其', '要', '达', '分', '别',
];

/// Whether a token may stand at either end of a phrase: no function word,
/// no lone glue character, no scope or time (全国, 年末).
fn may_edge(token: &str) -> bool {
    !is_function_word(token)
        && !is_scope_or_time(token)
        && (token.chars().count() != 1 || !token.starts_with(GLUE_CHARS))
}

/// Whether a token may open a phrase of the corpus: no basis of a change
/// either (比上年增长).
pub(super) fn may_open(token: &str) -> bool {
    may_edge(token) && token != "比"
}

/// Whether a token may open a new word of one report: no boilerplate act
/// either (推进经济体制改革: the act on a unit). Phrases that do open so
/// (扩大内需) come from the corpus's table.
fn may_open_in_report(token: &str) -> bool {
    may_open(token) && !is_boilerplate(token)
}

/// Whether a token may close a phrase: no rise or fall (增加值增长).
pub(super) fn may_close(token: &str) -> bool {
    may_edge(token) && !is_change_verb(token)
}

/// Finds the new words of `sequence` and merges each into one term there;
/// returns them, most frequent first.
#[inline(never)]
pub(super) fn discover<'d>(
    doc: &'d Document,
    sequence: &mut Vec<Term<'d>>,
    jieba: &Jieba,
) -> Vec<String> {
    let found = find(doc, sequence, jieba);
    if !found.is_empty() {
        merge(doc, sequence, &found);
    }
    found
}

/// The runs of touching Han tokens of the sequence, whole terms apart.
pub(super) fn runs<'d>(doc: &'d Document, sequence: &[Term<'d>]) -> Vec<Run<'d>> {
    let mut runs: Vec<Run<'d>> = Vec::new();
    let mut previous: Option<&Term> = None;
    for term in sequence {
        let joinable = term.may_join() && term.text.chars().all(is_han);
        if !joinable {
            previous = None;
            continue;
        }
        let text = doc.paragraphs[term.paragraph].text.as_str();
        let span = (term.at, term.at + term.text.len());
        match (previous, runs.last_mut()) {
            (Some(p), Some(run)) if p.touches(term) => run.tokens.push(span),
            _ => runs.push(Run {
                text,
                tokens: vec![span],
                document: 0,
            }),
        }
        previous = Some(term);
    }
    runs
}

/// Collocations of the report that are no dictionary word and not made of
/// boilerplate alone (加快推进): most frequent first, then longest.
fn find<'d>(doc: &'d Document, sequence: &[Term<'d>], jieba: &Jieba) -> Vec<String> {
    let runs = runs(doc, sequence);
    collocations(
        &runs, &THRESHOLDS, &may_open_in_report, &may_close, NEW_WORD_CHARS,
    )
    .into_iter()
    .filter(|c| !only_boilerplate(jieba, c.text) && has_term_shape(jieba, c.text))
    .map(|c| c.text.to_owned())
    .collect()
}

/// Part-of-speech tags (jieba's) a term may end with: nouns, verbal and
/// adjectival nouns, abbreviations, set phrases (发展, 内需, 生产力).
const TERM_ENDS: &[&str] = &[
    "n", "nr", "ns", "nt", "nz", "ng", "nrt", "vn", "an", "j", "l", "i", "eng",
];

/// Tags a single character may have to open a term (新材料, 总产值).
const TERM_OPENING_CHARS: &[&str] = &["a", "b", "n", "ng", "ns", "j", "vn"];

/// Whether `text` reads as a term: it ends with a noun or a verbal noun
/// (高质量发展, not 持续激发) or is a noun and its verb (乡村振兴), and a lone character opening it is a modifier
/// or a noun (新时代, not 部作品获).
pub(super) fn has_term_shape(jieba: &Jieba, text: &str) -> bool {
    let tags = jieba.tag(text, false);
    let (Some(first), Some(last)) = (tags.first(), tags.last()) else {
        return false;
    };
    let opens = first.word.chars().count() > 1 || TERM_OPENING_CHARS.contains(&first.tag);
    // A noun or a place and what it does, named as one thing: 乡村振兴,
    // 西部大开发.
    let noun_acting = tags.len() > 1
        && (first.tag.starts_with('n') || first.tag == "f" || first.tag == "s")
        && last.tag == "v";
    opens && (TERM_ENDS.contains(&last.tag) || noun_acting)
}

/// Whether every word of `text` is boilerplate or a function word.
pub(super) fn only_boilerplate(jieba: &Jieba, text: &str) -> bool {
    jieba
        .cut(text, false)
        .iter()
        .all(|t| is_boilerplate(t.word) || is_function_word(t.word))
}

/// Replaces each run of tokens spelling one of `words` by one whole term:
/// longest words first, left to right.
fn merge<'d>(doc: &'d Document, sequence: &mut Vec<Term<'d>>, words: &[String]) {
    let mut by_length: Vec<&str> = words.iter().map(String::as_str).collect();
    by_length.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let new_words = Phrases::new(by_length);
    let mut merged: Vec<Term<'d>> = Vec::with_capacity(sequence.len());
    let mut i = 0;
    while i < sequence.len() {
        let first = sequence[i].text.chars().next().unwrap_or_default();
        // A hit: how many tokens the word takes, its length, and whether
        // it ends inside its last token (脱贫|攻坚战 holds 脱贫攻坚).
        let hit = new_words.starting_with(first).find_map(|word| {
            let mut len = 0;
            let mut n = 0;
            while len < word.len() && i + n < sequence.len() {
                let t = &sequence[i + n];
                if !t.may_join() || (n > 0 && !sequence[i + n - 1].touches(t)) {
                    return None;
                }
                let rest = &word[len..];
                if !rest.starts_with(t.text) {
                    // The word's last part heads a longer token: 攻坚 of 攻坚战.
                    let head = n > 0
                        && rest.chars().count() >= MIN_SPLIT_HEAD_CHARS
                        && t.text.starts_with(rest)
                        && t.text.chars().all(is_han);
                    return head.then_some((n + 1, word.len(), true));
                }
                len += t.text.len();
                n += 1;
            }
            (len == word.len() && n > 1).then_some((n, len, false))
        });
        match hit {
            Some((n, len, split)) => {
                let first = &sequence[i];
                let paragraph = first.paragraph;
                let text = &doc.paragraphs[paragraph].text[first.at..first.at + len];
                merged.push(Term {
                    text,
                    paragraph,
                    at: first.at,
                    whole: true,
                    quoted: false,
                    phrase: false,
                });
                if split {
                    // What the token holds beyond the word (战) is a term of its own.
                    let last = &sequence[i + n - 1];
                    let end = last.at + last.text.len();
                    let at = first.at + len;
                    merged.push(Term {
                        text: &doc.paragraphs[paragraph].text[at..end],
                        paragraph,
                        at,
                        whole: false,
                        quoted: false,
                        phrase: false,
                    });
                }
                i += n;
            }
            None => {
                merged.push(sequence[i].clone());
                i += 1;
            }
        }
    }
    *sequence = merged;
}

#[cfg(test)]
mod tests {
    use crate::keywords::find_terms as terms;
    use crate::text::document::Document;

    #[test]
    fn recurring_runs_become_new_words() {
        let (jieba, _) = super::super::lexicon::load();
        let text = "正文。\n加快发展新质生产力，建设委员工作室。因地制宜发展新质生产力。\n\
                    用好委员工作室，培育新质生产力。委员工作室三百个，新质生产力提速。\n\
                    各地区各部门统筹经济社会发展各项工作，不断增强人民群众获得感幸福感安全感。\n\
                    坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。\n";
        let doc = Document::parse(text, &|w| jieba.has_word(w));
        // No corpus table: what the report alone shows.
        let table = crate::keywords::corpus_table::CorpusTable::empty();
        let terms = terms(&doc, &jieba, &[], &table);
        assert!(
            terms.new_words.contains(&"新质生产力".to_owned()),
            "{:?}",
            terms.new_words
        );
        assert!(
            terms.new_words.contains(&"委员工作室".to_owned()),
            "{:?}",
            terms.new_words
        );
        let whole = terms
            .sequence
            .iter()
            .filter(|t| t.text == "委员工作室")
            .count();
        assert!(whole >= 3, "{whole}");
    }
}
