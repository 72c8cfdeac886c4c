//! Plain lead sentences (`理论武装更加自觉。深入学习…`): kept as headings
//! only where two or more stand in parallel between other headings, and
//! found again inside a paragraph where page layout glued one to the
//! paragraph before.

use super::style::Style;
use super::Heading;
use crate::text::chars::is_han;
use crate::text::document::Document;

/// Characters a merged lead must share with the end of two leads of its
/// block: 凝聚共识 yes; 改革, which ends half the leads of a 改革 section, no.
const RHYME_CHARS: usize = 3;
/// Openings of a sentence that tells rather than heads: an address (各位
/// 代表), a time (今年…), a reference (这…).
const NARRATIVE_OPENINGS: &[&str] = &[
    "各", "同", "今年", "去年", "全年", "年末", "年初", "过去", "当前", "目前", "这",
];
/// Openings of a first clause that exhort in running text (要用好…，带动…):
/// no lead of several clauses opens so.
const EXHORTING_OPENINGS: &[&str] = &["要", "在"];
/// Openings of a later clause that argue from the first (实现伟大梦想，必须
/// 进行伟大斗争): the sentence reasons, it heads nothing.
const ARGUING_OPENINGS: &[&str] = &["必须", "要", "应", "就", "才", "也", "这"];
/// Longest plain lead sentence (`理论武装更加自觉。`).
const MAX_LEAD_CHARS: usize = 16;
/// Longest lead of two or three clauses (`确保农产品供给，多渠道增加农民收入。`).
const MAX_PAIRED_LEAD_CHARS: usize = 34;
/// Fewest leads in a block for leads of several clauses to count among them.
const MIN_RUN_WITH_PAIRED: usize = 3;

/// Keeps plain lead sentences that stand in parallel: two or more leads
/// (plain or bold) among the paragraphs between two other headings. Returns
/// the leads found inside a paragraph, where a layout merge glued a lead to
/// the paragraph before (…稿件3800余篇。在联谊交往中凝聚共识。…): sentences that
/// end like two or more of their block's leads (凝聚共识).
pub(super) fn confirm_parallel_leads(
    doc: &Document,
    found: &mut [Option<Heading>],
) -> Vec<Heading> {
    let mut merged = Vec::new();
    let mut block: Vec<(usize, String)> = Vec::new();
    let mut block_start = 0;
    // A lead standing alone in its block, kept if the document sets leads
    // in parallel in another block opened by the same style of heading:
    // then a lone one is that block's sub-heading too. (opening style, lead)
    let mut lone: Vec<(Option<Style>, (usize, String))> = Vec::new();
    let mut parallel_under: Vec<Option<Style>> = Vec::new();
    let mut opened_by: Option<Style> = None;
    for i in 0..=found.len() {
        let closes_block =
            i == found.len() || matches!(&found[i], Some(h) if h.style != Style::Lead);
        if !closes_block {
            match &found[i] {
                Some(h) => block.push((i, h.text.clone())),
                None => block.extend(
                    plain_lead(&doc.paragraphs[i].text)
                        .or_else(|| paired_lead(&doc.paragraphs[i].text))
                        .map(|lead| (i, lead)),
                ),
            }
            continue;
        }
        // Leads of several clauses read as headings only in a longer run.
        let paired = block
            .iter()
            .filter(|(j, _)| found[*j].is_none() && plain_lead(&doc.paragraphs[*j].text).is_none())
            .count();
        if paired > 0 && block.len() < MIN_RUN_WITH_PAIRED {
            block.retain(|(j, _)| {
                found[*j].is_some() || plain_lead(&doc.paragraphs[*j].text).is_some()
            });
        }
        if block.len() == 1
            && found[block[0].0].is_none()
            && plain_lead(&doc.paragraphs[block[0].0].text).is_some()
        {
            lone.push((opened_by, block[0].clone()));
        }
        if block.len() >= 2 {
            parallel_under.push(opened_by);
            let leads: Vec<String> = block.iter().map(|(_, t)| t.clone()).collect();
            for (j, text) in block.drain(..) {
                if found[j].is_none() {
                    found[j] = Some(Heading::lead(j, 0, text));
                }
            }
            for p in block_start..i {
                merged.extend(
                    merged_leads(&doc.paragraphs[p].text, &leads)
                        .into_iter()
                        .map(|(at, text)| Heading::lead(p, at, text)),
                );
            }
        }
        block.clear();
        block_start = i + 1;
        opened_by = found.get(i).and_then(|h| h.as_ref()).map(|h| h.style);
    }
    for (style, (j, text)) in lone {
        if style.is_some() && parallel_under.contains(&style) {
            found[j] = Some(Heading::lead(j, 0, text));
        }
    }
    merged
}

/// Sentences after the first of a paragraph that read as one more of `leads`:
/// a short plain sentence ending with the same [`RHYME_CHARS`] characters as
/// at least two of them. (byte offset, text) of each.
fn merged_leads(text: &str, leads: &[String]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut from = match text.find('。') {
        Some(end) => end + '。'.len_utf8(),
        None => return out,
    };
    while let Some(len) = text[from..].find('。') {
        let sentence = &text[from..from + len];
        let n = sentence.chars().count();
        let tail: String = sentence
            .chars()
            .rev()
            .take(RHYME_CHARS)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let rhymes = leads.iter().filter(|l| l.ends_with(&tail)).count();
        if (4..=MAX_LEAD_CHARS).contains(&n)
            && sentence.chars().all(is_han_or_quote)
            && tail.chars().count() == RHYME_CHARS
            && rhymes >= 2
            && !leads.iter().any(|l| l == sentence)
        {
            out.push((from, sentence.to_owned()));
        }
        from += len + '。'.len_utf8();
    }
    out
}

/// `理论武装更加自觉。深入学习…`: a short first sentence with no comma
/// (a number may stand in it, and a list of what a task takes on: 办好20件
/// 民生实事, 积极发展文化、体育事业).
fn plain_lead(text: &str) -> Option<String> {
    let end = text.find('。')?;
    let lead = &text[..end];
    let n = lead.chars().count();
    let han = lead.chars().filter(|&c| is_han(c)).count();
    let body = text[end + '。'.len_utf8()..].chars().count();
    ((4..=MAX_LEAD_CHARS).contains(&n)
        && han >= 4
        && body >= 8
        && lead
            .chars()
            .all(|c| is_han_or_quote(c) || c == '、' || c.is_ascii_digit())
        && lists_what_it_acts_on(lead)
        && !NARRATIVE_OPENINGS.iter().any(|w| lead.starts_with(w))
        && !is_judgement(lead))
    .then(|| lead.to_owned())
}

/// A list in a lead stands after the act that opens it (积极发展文化、体育
/// 事业, 做好民族、宗教和侨务工作) or names examples (A、B等C); a lead that
/// opens with a list (香港、澳门发展同…) states, it heads nothing.
fn lists_what_it_acts_on(lead: &str) -> bool {
    match lead.find('、') {
        None => true,
        Some(at) => lead.contains('等') || lead[..at].chars().count() >= 4,
    }
}

/// `确保农产品供给，多渠道增加农民收入。…`: a first sentence of two or
/// three short clauses, each a plain lead — a lead only in parallel with
/// others, never alone.
fn paired_lead(text: &str) -> Option<String> {
    let end = text.find('。')?;
    let lead = &text[..end];
    let clauses: Vec<&str> = lead.split('，').collect();
    let body = text[end + '。'.len_utf8()..].chars().count();
    let clause_is_lead = |c: &str| {
        let n = c.chars().count();
        (4..=MAX_LEAD_CHARS).contains(&n)
            && c.chars().all(|ch| is_han_or_quote(ch) || ch == '、')
            && !NARRATIVE_OPENINGS.iter().any(|w| c.starts_with(w))
            && !is_judgement(c)
    };
    ((2..=3).contains(&clauses.len())
        && !EXHORTING_OPENINGS.iter().any(|w| lead.starts_with(w))
        && lead.chars().count() <= MAX_PAIRED_LEAD_CHARS
        && body >= 8
        && clauses
            .iter()
            .all(|c| clause_is_lead(c) && !c.contains('了'))
        && !clauses[1..]
            .iter()
            .any(|c| ARGUING_OPENINGS.iter().any(|w| c.starts_with(w))))
    .then(|| lead.to_owned())
}

/// `高质量发展是新时代硬道理`: a sentence saying what something is states a
/// view; a heading names a task or an outcome.
fn is_judgement(sentence: &str) -> bool {
    sentence.match_indices('是').any(|(at, _)| {
        let after = &sentence[at + '是'.len_utf8()..];
        at > 0 && !after.starts_with('否') && !after.is_empty()
    })
}

fn is_han_or_quote(c: char) -> bool {
    is_han(c) || matches!(c, '“' | '”' | '《' | '》')
}

#[cfg(test)]
mod tests {
    use super::super::outline_of;

    #[test]
    fn a_lead_glued_to_the_paragraph_before_is_found() {
        let text = "## 凝聚共识\n\n在合作共事中凝聚共识。注重发挥各民主党派作用。\n\n在宣传引导中凝聚共识。发布稿件3800余篇。在联谊交往中凝聚共识。积极配合全国政协。深化价格改革。\n";
        let headings: Vec<String> = outline_of(text).into_iter().map(|(_, h)| h).collect();
        assert_eq!(
            headings,
            [
                "凝聚共识",
                "在合作共事中凝聚共识",
                "在宣传引导中凝聚共识",
                "在联谊交往中凝聚共识"
            ]
        );
    }
}
