//! The analyzed text, cut at section starts and at the focused range, so a
//! section or a warning's place can be scrolled to and highlighted. A long
//! text is drawn a piece per frame (laying out 1 MB of text at once held the
//! page for ~120 ms).

use yew::prelude::*;

use crate::frames::after_next_frame;

use crate::state::SharedAnalysis;

/// The element id of the start of the focused range.
pub const FOCUS_ANCHOR: &str = "focus";

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
    let pieces = use_memo(props.analysis.clone(), |a| piece_ends(&a.text));
    // How many pieces are drawn, one more each frame until all are; kept
    // with its analysis, so a new text starts from one piece at once.
    let drawn_state = use_state(|| (props.analysis.clone(), 1));
    let drawn = if drawn_state.0 == props.analysis {
        drawn_state.1
    } else {
        1
    };
    {
        let drawn_state = drawn_state.clone();
        use_effect_with(
            (drawn, pieces.len(), props.analysis.clone()),
            move |(now, total, analysis)| {
                if now < total {
                    let (next, analysis) = (now + 1, analysis.clone());
                    after_next_frame(move || drawn_state.set((analysis, next)));
                }
            },
        );
    }
    // Spans start at section starts, the focused range's ends and pieces' starts.
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
    cuts.sort_unstable();
    let mut starts = byte_offsets(text, &cuts);
    let focus = props.focus.map(|(start, end)| {
        let bytes = byte_offsets(text, &[start, end]);
        (bytes[0], bytes[1])
    });
    starts.push(0);
    starts.extend(pieces.iter().copied());
    starts.sort_unstable();
    starts.dedup();
    // The focused range is drawn whatever the frame count says.
    let needed = focus.map_or(0, |(_, end)| pieces.partition_point(|&e| e <= end) + 1);
    let drawn_pieces = drawn.max(needed).min(pieces.len());
    let mut anchored = false;
    let mut piece_start = 0;
    html! {
        <section class="panel text-panel" aria-label="全文">
            <h2>{ "全文" }</h2>
            <div class="text-view" data-testid="text">
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
