//! State a component keeps for one analysis (folded outline entries, text
//! pieces drawn): a new analysis is drawn with its own first value at once,
//! never with the last analysis's.

use std::rc::Rc;

use yew::prelude::*;

use crate::protocol::Analysis;
use crate::state::SharedAnalysis;

/// The value for `analysis`, starting at `first(analysis)` (worked out
/// once per analysis), and a callback that replaces it.
#[hook]
pub fn use_analysis_state<T>(
    analysis: &SharedAnalysis,
    first: fn(&Analysis) -> T,
) -> (Rc<T>, Callback<T>)
where
    T: 'static,
{
    let initial = use_memo(analysis.clone(), |a| first(a));
    let state = use_state(|| (analysis.clone(), initial.clone()));
    let value = if state.0 == *analysis {
        state.1.clone()
    } else {
        initial
    };
    let set = {
        let analysis = analysis.clone();
        Callback::from(move |next: T| state.set((analysis.clone(), Rc::new(next))))
    };
    (value, set)
}
