//! The staged reveal: a new analysis is shown in [`Stage`](crate::state::Stage)s, a frame apart,
//! so no single task holds the page. Each stage is added in a task of its
//! own just after a frame ([`after_next_frame`]), so the next frame lays out
//! that stage alone.

use yew::prelude::*;

use crate::frames::after_next_frame;
use crate::state::{Action, State};

/// Asks for the next stage of the analysis on screen a frame after each
/// one is drawn. The step names its analysis: one that arrives after a
/// newer analysis is ignored by the reducer.
#[hook]
pub fn use_staged_reveal(state: &UseReducerHandle<State>) {
    let step = state.shown.as_ref().map(|shown| (shown.id, shown.stage));
    let dispatcher = state.dispatcher();
    use_effect_with(step, move |step| {
        if let Some((id, stage)) = *step {
            if let Some(next) = stage.next() {
                after_next_frame(move || dispatcher.dispatch(Action::Reveal { id, stage: next }));
            }
        }
    });
}
