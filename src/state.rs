//! The page's state and the actions that change it (a reducer).

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use report_lens_analysis::{CloudLayout, CloudOptions, Encoding};

use crate::agent::Analysis;
use crate::saved_text;
use crate::settings::{self, Settings};

/// An analysis shared by the components: cloning is cheap, and two are equal
/// when they are the same analysis, so panels re-render only for a new one
/// (not on every keystroke in the textarea).
#[derive(Debug, Clone)]
pub struct SharedAnalysis(Rc<Analysis>);

impl PartialEq for SharedAnalysis {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedAnalysis {
    type Target = Analysis;
    fn deref(&self) -> &Analysis {
        &self.0
    }
}

/// Whether the worker has its dictionary yet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Engine {
    Loading,
    Ready { load_ms: f64 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The textarea's content, saved locally as it changes.
    pub draft: String,
    /// The text 清空 removed (or a file, the sample or a drop replaced),
    /// until 撤销 brings it back.
    pub cleared: Option<String>,
    /// The draft could not be saved locally (too large for the browser).
    pub unsaved: bool,
    /// The encoding the reader chose for files (None: detect).
    pub encoding: Option<Encoding>,
    /// A file is being dragged over the page.
    pub dragging: bool,
    pub engine: Engine,
    /// The request being worked on, if any.
    pub pending: Option<u32>,
    pub analysis: Option<SharedAnalysis>,
    pub error: Option<String>,
    /// The outline entry last clicked.
    pub selected: Option<usize>,
    /// The character range shown highlighted in the text.
    pub focus: Option<(usize, usize)>,
    /// Keyword and cloud choices, saved across page loads.
    pub settings: Settings,
    /// Height over width of the cloud's box on screen.
    pub cloud_aspect: f64,
    /// The cloud word last clicked, for its concordance.
    pub selected_word: Option<String>,
    /// How much of a new analysis is on screen (1 to [`REVEAL_STAGES`]).
    pub reveal: u8,
}

/// Stages a new analysis is shown in, one frame apart.
pub const REVEAL_STAGES: u8 = 6;

impl Default for State {
    fn default() -> Self {
        State {
            draft: String::new(),
            cleared: None,
            unsaved: false,
            encoding: None,
            dragging: false,
            engine: Engine::Loading,
            pending: None,
            analysis: None,
            error: None,
            selected: None,
            focus: None,
            settings: Settings::default(),
            cloud_aspect: DEFAULT_ASPECT,
            selected_word: None,
            reveal: 0,
        }
    }
}

/// The cloud's height over width unless the screen says otherwise.
pub const DEFAULT_ASPECT: f64 = 0.6;

/// Cloud options for these settings and this shape of cloud box.
pub fn cloud_options(settings: &Settings, aspect: f64) -> CloudOptions {
    let defaults = CloudOptions::default();
    CloudOptions {
        height: (defaults.width * aspect).round(),
        vertical_share: if settings.vertical { 0.3 } else { 0.0 },
        ..defaults
    }
}

/// The cloud's height over width for a window this wide: taller on phones.
pub fn aspect_for(window_width: f64) -> f64 {
    if window_width < 600.0 {
        1.0
    } else if window_width < 1000.0 {
        0.7
    } else {
        DEFAULT_ASPECT
    }
}

impl State {
    /// The starting state: saved settings and text, and the cloud shaped
    /// for this window.
    pub fn restored() -> Self {
        let width = web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .unwrap_or(1280.0);
        let (draft, cleared) = saved_text::load();
        State {
            settings: settings::load(),
            cloud_aspect: aspect_for(width),
            draft: draft.unwrap_or_default(),
            cleared,
            ..State::default()
        }
    }
}

pub enum Action {
    /// Typing in the textarea.
    Edit(String),
    /// New text in place of the draft (the sample, a dropped text): the
    /// draft is kept for 撤销.
    Replace(String),
    /// 清空: empty the textarea, keeping its text for 撤销.
    Clear,
    /// 撤销: the kept text comes back; a non-empty draft is kept in its place.
    UndoClear,
    /// The encoding chosen for files (None: detect).
    Encoding(Option<Encoding>),
    /// A file is dragged over the page, or no longer.
    Dragging(bool),
    /// A request was sent with this id (ids only grow).
    Sent(u32),
    EngineReady {
        load_ms: f64,
    },
    Finished {
        id: u32,
        result: Result<Box<Analysis>, String>,
    },
    /// A problem found before anything reached the worker (file too large…).
    Refused(String),
    /// An outline entry was clicked.
    Select(usize),
    /// A warning was clicked: show this character range.
    Focus(usize, usize),
    /// Settings loaded at start (from storage) or changed by the reader.
    Settings(Settings),
    /// The cloud's box changed shape.
    Aspect(f64),
    /// A new layout of the current cloud.
    Relaid {
        id: u32,
        cloud: CloudLayout,
    },
    /// A cloud word was clicked.
    SelectWord(String),
    /// Show the next stage of a new analysis.
    Reveal(u8),
}

impl State {
    /// Puts `text` in the textarea; what was there (unless empty or the
    /// same) is kept for 撤销, so no text the reader had is ever lost.
    fn replace_draft(&mut self, text: String) {
        let old = std::mem::replace(&mut self.draft, text);
        if !old.trim().is_empty() && old != self.draft {
            self.cleared = Some(old);
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) => next.draft = text,
            Action::Replace(text) => next.replace_draft(text),
            Action::Clear => next.replace_draft(String::new()),
            Action::UndoClear => {
                if let Some(text) = next.cleared.take() {
                    let current = std::mem::replace(&mut next.draft, text);
                    if !current.trim().is_empty() {
                        next.cleared = Some(current);
                    }
                }
            }
            Action::Encoding(label) => next.encoding = label,
            Action::Dragging(dragging) => next.dragging = dragging,
            Action::Sent(id) => {
                next.pending = Some(id);
                next.error = None;
            }
            Action::EngineReady { load_ms } => next.engine = Engine::Ready { load_ms },
            Action::Finished { id, result } => {
                if next.pending != Some(id) {
                    return self; // an answer overtaken by a newer request
                }
                next.pending = None;
                match result {
                    Ok(analysis) => {
                        if analysis.replaces_draft {
                            next.replace_draft(analysis.text.clone());
                        }
                        next.analysis = Some(SharedAnalysis(Rc::from(analysis)));
                        next.reveal = 1;
                        next.selected = None;
                        next.focus = None;
                        next.selected_word = None;
                        next.error = None;
                    }
                    Err(message) => next.error = Some(message),
                }
            }
            Action::Refused(message) => next.error = Some(message),
            Action::Select(i) => {
                let section = next.analysis.as_ref().and_then(|a| a.report.outline.get(i));
                next.focus = section.map(|s| (s.start, s.end));
                next.selected = Some(i);
            }
            Action::Focus(start, end) => {
                next.focus = Some((start, end));
                next.selected = None;
            }
            Action::Settings(settings) => {
                settings::save(&settings);
                next.settings = settings;
            }
            Action::Aspect(aspect) => next.cloud_aspect = aspect,
            Action::Relaid { id, cloud } => {
                if next.pending == Some(id) {
                    next.pending = None;
                }
                if let Some(current) = &next.analysis {
                    let mut analysis = (*current.0).clone();
                    analysis.cloud = cloud;
                    next.analysis = Some(SharedAnalysis(Rc::new(analysis)));
                }
            }
            Action::SelectWord(word) => next.selected_word = Some(word),
            // Only the stage after the one on screen: a request left over from
            // an earlier analysis does nothing.
            Action::Reveal(stage) => {
                if stage == next.reveal + 1 && stage <= REVEAL_STAGES {
                    next.reveal = stage;
                }
            }
        }
        let draft_changed = next.draft != self.draft;
        let cleared_changed = next.cleared != self.cleared;
        if draft_changed || cleared_changed {
            next.unsaved = saved_text::save(
                draft_changed.then_some(next.draft.as_str()),
                cleared_changed.then_some(next.cleared.as_deref()),
            )
            .is_err();
        }
        Rc::new(next)
    }
}
