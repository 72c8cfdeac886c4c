//! The analyzed text, cut at section starts so a section can be scrolled to
//! and highlighted.

use report_lens_analysis::Section;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextViewProps {
    pub text: AttrValue,
    pub sections: Vec<Section>,
    pub selected: Option<usize>,
}

/// The element id of the piece where section `i` starts.
pub fn section_anchor(i: usize) -> String {
    format!("section-{i}")
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
    out
}

#[function_component]
pub fn TextView(props: &TextViewProps) -> Html {
    let text = props.text.as_str();
    let starts: Vec<usize> = props.sections.iter().map(|s| s.start).collect();
    let bytes = byte_offsets(text, &starts);
    let selected = props.selected.and_then(|i| props.sections.get(i));
    let lead_end = bytes.first().copied().unwrap_or(text.len());
    html! {
        <section class="panel text-panel" aria-label="全文">
            <h2>{ "全文" }</h2>
            <div class="text-view" data-testid="text">
                <span>{ &text[..lead_end] }</span>
                { for (0..bytes.len()).map(|i| {
                    let end = bytes.get(i + 1).copied().unwrap_or(text.len());
                    let start = bytes[i].min(end);
                    let in_selected = selected.is_some_and(|s| s.start <= starts[i] && starts[i] < s.end);
                    html! {
                        <span id={section_anchor(i)} class={classes!(in_selected.then_some("highlight"))}>
                            { &text[start..end] }
                        </span>
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
        assert_eq!(byte_offsets("一二a三", &[0, 2, 3, 4]), vec![0, 6, 7, 10]);
    }
}
