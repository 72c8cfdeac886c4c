//! The shape of the cloud's box follows the window's: taller on phones.
//! When the window changes shape, the worker lays the same keywords out
//! again for the new box.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::state::{Action, State};
use crate::worker_bridge::WorkerHandle;

/// The cloud's height over width unless the window says otherwise.
const DEFAULT_ASPECT: f64 = 0.6;

/// The cloud's height over width for a window this wide.
fn aspect_for(window_width: f64) -> f64 {
    if window_width < 600.0 {
        1.0
    } else if window_width < 1000.0 {
        0.7
    } else {
        DEFAULT_ASPECT
    }
}

/// The cloud's height over width for this window.
pub fn window_aspect() -> f64 {
    let width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(1280.0);
    aspect_for(width)
}

/// Keeps the state's cloud shape that of the window, and has the cloud on
/// screen laid out again when it changes (with the settings of the moment).
#[hook]
pub fn use_cloud_shape(state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let on_resize = web_sys::window().map(|window| {
            EventListener::new(&window, "resize", move |_| {
                dispatcher.dispatch(Action::Aspect(window_aspect()))
            })
        });
        // Dropping the listener removes it.
        move || drop(on_resize)
    });
    // Only a change of shape (the reducer keeps the state as it was for
    // the same one), of a cloud shown or on its way.
    let (worker, settings) = (worker.clone(), state.settings.clone());
    let cloud_coming = state.shown.is_some() || state.pending.is_some();
    use_effect_with(state.cloud_aspect, move |&aspect| {
        if cloud_coming {
            worker.relayout(&settings, aspect);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_get_a_square_cloud_and_wide_screens_a_flat_one() {
        assert_eq!(aspect_for(390.0), 1.0);
        assert_eq!(aspect_for(800.0), 0.7);
        assert_eq!(aspect_for(1280.0), DEFAULT_ASPECT);
    }
}
