//! The analyzed text, cut at section starts and at the focused range, so a
//! section or a warning's place can be scrolled to and highlighted. A long
//! text is drawn a piece per frame (laying out 1 MB of text at once held the
//! page for ~120 ms).

use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::components::analysis_state::use_analysis_state;
use crate::frames::after_next_frame;

use crate::state::SharedAnalysis;

/// The element id of the start of the focused range.
const FOCUS_ANCHOR: &str = "focus";

/// About how much text one frame draws: a piece ends at the first line
/// break past this many bytes. Pieces are blocks, so drawing one lays out
/// only its own lines.
const PIECE_BYTES: usize = 128 * 1024;

/// Where the pieces end, as byte offsets (the last is the text's end).
fn piece_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut from = 0;
    while from < text.len() {
        let target = from + PIECE_BYTES;
        let end = if target >= text.len() {
            text.len()
        } else {
            // After a '\n' is always a character boundary.
            text.as_bytes()[target..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(text.len(), |i| target + i + 1)
        };
        ends.push(end);
        from = end;
    }
    ends
}

#[derive(Properties, PartialEq)]
pub struct TextViewProps {
    pub analysis: SharedAnalysis,
    /// Character range to highlight and scroll to.
    pub focus: Option<(usize, usize)>,
    /// Changes each time a place is asked for, the same one again included.
    pub focus_requests: u32,
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

/// Scrolls the text to the start of the focused range.
fn scroll_to_focus() {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(FOCUS_ANCHOR));
    if let Some(element) = element {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Start);
        options.set_behavior(ScrollBehavior::Instant);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

#[function_component]
pub fn TextView(props: &TextViewProps) -> Html {
    let text = props.analysis.text.as_str();
    // Where pieces end, and where spans start but for the focused range's
    // ends: at section starts and pieces' starts. Worked out once per analysis.
    let cuts = use_memo(props.analysis.clone(), |a| {
        let pieces = piece_ends(&a.text);
        let mut sections: Vec<usize> = a.report.outline.iter().map(|s| s.start).collect();
        sections.sort_unstable();
        let mut starts = byte_offsets(&a.text, &sections);
        starts.push(0);
        starts.extend(&pieces);
        starts.sort_unstable();
        starts.dedup();
        (pieces, starts)
    });
    let (pieces, fixed_starts) = (&cuts.0, &cuts.1);
    // How many pieces are drawn, one more each frame until all are.
    let (drawn, set_drawn) = use_analysis_state(&props.analysis, |_| 1);
    let drawn = *drawn;
    // (The analysis is a dependency too: a piece scheduled for the last
    // analysis sets the last analysis's count, so the new one needs its own.)
    use_effect_with(
        (drawn, pieces.len(), props.analysis.clone()),
        move |&(now, total, _)| {
            if now < total {
                after_next_frame(move || set_drawn.emit(now + 1));
            }
        },
    );
    // A focus asked for is scrolled to once it is drawn: a new one, or the
    // same one again (the text may have been hidden, and its scroll lost).
    use_effect_with((props.focus, props.focus_requests), |(focus, _)| {
        if focus.is_some() {
            scroll_to_focus();
        }
    });
    let focus = props.focus.map(|(start, end)| {
        let bytes = byte_offsets(text, &[start, end]);
        (bytes[0], bytes[1])
    });
    let starts: std::borrow::Cow<[usize]> = match focus {
        None => std::borrow::Cow::Borrowed(&fixed_starts[..]),
        Some((start, end)) => {
            let mut starts = fixed_starts.to_vec();
            starts.extend([start, end]);
            starts.sort_unstable();
            starts.dedup();
            std::borrow::Cow::Owned(starts)
        }
    };
    // The focused range is drawn whatever the frame count says.
    let needed = focus.map_or(0, |(_, end)| pieces.partition_point(|&e| e <= end) + 1);
    let drawn_pieces = drawn.max(needed).min(pieces.len());
    let mut anchored = false;
    let mut piece_start = 0;
    html! {
        <section class="panel text-panel" aria-label="全文">
            <h2>{ "全文" }</h2>
            // Focusable, so that the keyboard scrolls it (WCAG 2.1.1).
            <div class="text-view" data-testid="text" tabindex="0" role="region" aria-label="全文正文">
                { for pieces[..drawn_pieces].iter().enumerate().map(|(k, &piece_end)| {
                    let from = std::mem::replace(&mut piece_start, piece_end);
                    let first = starts.partition_point(|&b| b < from);
                    let last = starts.partition_point(|&b| b < piece_end);
                    html! {
                        <div key={k}>
                            { for (first..last).map(|i| {
                                let (start, end) = (starts[i], starts.get(i + 1).copied().unwrap_or(text.len()).min(piece_end));
                                let focused = focus.is_some_and(|(s, e)| s <= start && start < e.max(s + 1));
                                let id = (focused && !anchored).then(|| {
                                    anchored = true;
                                    FOCUS_ANCHOR
                                });
                                html! {
                                    <span id={id} class={classes!(focused.then_some("highlight"))}>{ &text[start..end] }</span>
                                }
                            }) }
                        </div>
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
    fn pieces_end_after_a_line_break_past_their_size() {
        let line = "一".repeat(20_000) + "\n"; // 60,001 bytes
        let text = line.repeat(5);
        let ends = piece_ends(&text);
        assert_eq!(ends, vec![3 * 60_001, 5 * 60_001]);
        assert!(ends.iter().all(|&e| text.is_char_boundary(e)));
        assert_eq!(piece_ends("短文"), vec![6]);
        assert!(piece_ends("").is_empty());
    }

    #[test]
    fn char_offsets_become_byte_offsets() {
        assert_eq!(
            byte_offsets("一二a三", &[0, 2, 3, 4, 9]),
            vec![0, 6, 7, 10, 10]
        );
    }
}
