//! The value of the last render, for what is made once and must not keep
//! the first one: a callback that stays the same (so the panels given it
//! are not drawn again), a window listener.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// A cell that holds `value` from this render on: each render puts its own.
#[hook]
pub fn use_latest<T: 'static>(value: T) -> Rc<RefCell<T>> {
    let mut value = Some(value);
    let latest = use_mut_ref(|| value.take().expect("taken once"));
    if let Some(value) = value {
        *latest.borrow_mut() = value;
    }
    latest
}
