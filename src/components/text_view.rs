//! The analyzed text, cut at section starts and at the focused range, so a
//! section or a warning's place can be scrolled to and highlighted.

use yew::prelude::*;

use crate::state::SharedAnalysis;

/// The element id of the start of the focused range.
pub const FOCUS_ANCHOR: &str = "focus";

#[derive(Properties, PartialEq)]
pub struct TextViewProps {
    pub analysis: SharedAnalysis,
    /// Character range to highlight and scroll to.
    pub focus: Option<(usize, usize)>,
}

/// Byte offsets of the given character offsets (sorted) in `text`.
fn byte_offsets(text: &str, chars: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(chars.len());
    let mut wanted = chars.iter().peekable();
    for (n, (byte, _)) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .enumerate()
    {
        while wanted.next_if(|&&c| c <= n).is_some() {
            out.push(byte);
        }
    }
    while wanted.next().is_some() {
        out.push(text.len());
    }
    out
}

#[function_component]
pub fn TextView(props: &TextViewProps) -> Html {
    let text = props.analysis.text.as_str();
    let mut cuts: Vec<usize> = props
        .analysis
        .report
        .outline
        .iter()
        .map(|s| s.start)
        .collect();
    if let Some((start, end)) = props.focus {
        cuts.extend([start, end]);
    }
    cuts.push(0);
    cuts.sort_unstable();
    cuts.dedup();
    let bytes = byte_offsets(text, &cuts);
    let mut anchored = false;
    html! {
        <section class="panel text-panel" aria-label="全文">
            <h2>{ "全文" }</h2>
            <div class="text-view" data-testid="text">
                { for (0..cuts.len()).map(|i| {
                    let (start, end) = (bytes[i], bytes.get(i + 1).copied().unwrap_or(text.len()));
                    let focused = props.focus.is_some_and(|(s, e)| s <= cuts[i] && cuts[i] < e.max(s + 1));
                    let id = (focused && !anchored).then(|| {
                        anchored = true;
                        FOCUS_ANCHOR
                    });
                    html! {
                        <span id={id} class={classes!(focused.then_some("highlight"))}>{ &text[start..end] }</span>
                    }
                }) }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_become_byte_offsets() {
        assert_eq!(
            byte_offsets("一二a三", &[0, 2, 3, 4, 9]),
            vec![0, 6, 7, 10, 10]
        );
    }
}
