//! The staged reveal: a new analysis is shown in [`Stage`]s, a frame apart,
//! so no single task holds the page. Each stage is added in a task of its
//! own just after a frame ([`after_next_frame`]), so the next frame lays out
//! that stage alone.

use yew::prelude::*;

use crate::frames::after_next_frame;
use crate::state::{Action, State};

/// What of an analysis is on screen, in the order it appears; each stage
/// shows what the ones before it do, and more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The title, figures, outline and warnings.
    Outline,
    /// The text itself.
    Text,
    /// The headline cards and formulations.
    Headlines,
    /// The keyword cloud (and a word's concordance).
    Cloud,
    /// The user dictionary.
    Dictionary,
    /// The metrics table: everything is on screen.
    Metrics,
}

impl Stage {
    /// What a new analysis shows at once.
    pub const FIRST: Stage = Stage::Outline;
    /// The whole analysis.
    pub const LAST: Stage = Stage::Metrics;

    /// The stage after this one.
    pub fn next(self) -> Option<Stage> {
        match self {
            Stage::Outline => Some(Stage::Text),
            Stage::Text => Some(Stage::Headlines),
            Stage::Headlines => Some(Stage::Cloud),
            Stage::Cloud => Some(Stage::Dictionary),
            Stage::Dictionary => Some(Stage::Metrics),
            Stage::Metrics => None,
        }
    }
}

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
