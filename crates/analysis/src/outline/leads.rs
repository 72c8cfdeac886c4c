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
/// Longest plain lead sentence (`理论武装更加自觉。`).
const MAX_LEAD_CHARS: usize = 16;

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
    for i in 0..=found.len() {
        let closes_block =
            i == found.len() || matches!(&found[i], Some(h) if h.style != Style::Lead);
        if !closes_block {
            match &found[i] {
                Some(h) => block.push((i, h.text.clone())),
                None => block.extend(plain_lead(&doc.paragraphs[i].text).map(|lead| (i, lead))),
            }
            continue;
        }
        if block.len() >= 2 {
            let leads: Vec<String> = block.iter().map(|(_, t)| t.clone()).collect();
            for (j, text) in block.drain(..) {
                if found[j].is_none() {
                    found[j] = Some(Heading {
                        style: Style::Lead,
                        number: None,
                        paragraph: j,
                        at: 0,
                        text,
                    });
                }
            }
            for p in block_start..i {
                merged.extend(
                    merged_leads(&doc.paragraphs[p].text, &leads)
                        .into_iter()
                        .map(|(at, text)| Heading {
                            style: Style::Lead,
                            number: None,
                            paragraph: p,
                            at,
                            text,
                        }),
                );
            }
        }
        block.clear();
        block_start = i + 1;
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

/// `理论武装更加自觉。深入学习…`: a short first sentence with no comma.
fn plain_lead(text: &str) -> Option<String> {
    let end = text.find('。')?;
    let lead = &text[..end];
    let n = lead.chars().count();
    let body = text[end + '。'.len_utf8()..].chars().count();
    ((4..=MAX_LEAD_CHARS).contains(&n)
        && body >= 8
        && lead.chars().all(is_han_or_quote)
        && !lead.starts_with(['各', '同']))
    .then(|| lead.to_owned())
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
