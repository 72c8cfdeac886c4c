//! Work spread over frames: a function run just after the next frame is
//! drawn, in a task of its own, so that frame's layout and the function's
//! script never share a task.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` after the next animation frame, from a zero timeout. Both
/// callbacks free themselves once called.
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let after_frame = Closure::once_into_js(move || {
        let run = Closure::once_into_js(f);
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(run.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
}
