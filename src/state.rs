//! The page's state and the actions that change it: a pure reducer, which
//! only works out the next state (its tests, in `state/tests.rs`, run
//! natively). The hooks do the rest and dispatch what happened: `storage`
//! saves a text when it changes, `reveal` asks for the next [`Stage`] a frame
//! later, and the reader's input (`app`, `files`) or a new cloud shape
//! (`cloud_shape`) sends the worker a request, dispatching [`Action::Sent`].

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

use report_lens_analysis::{CloudLayout, Encoding};
use yew::Reducible;

use crate::problem::Problem;
use crate::protocol::{Analysis, Answer, Failure};
use crate::settings::Settings;

mod shelf;
pub use shelf::{Batch, Compared, Sentences, SeriesShown, Shelf, ShelfAction, Side, View};

/// A value shared by the components: cloning is cheap, and two are equal
/// when they are the same value, so a panel is drawn again only for a new
/// one (not on every keystroke in the textarea).
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The analysis on screen, shared.
pub type SharedAnalysis = Shared<Analysis>;
/// Its keyword cloud, shared; a relayout replaces it alone.
pub type SharedCloud = Shared<CloudLayout>;

/// What of an analysis is on screen, in the order it appears (a stage a
/// frame, so no single task holds the page); each stage shows what the ones
/// before it do, and more.
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

/// The analysis on screen and how much of it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The request it answers: its reveal steps carry this id, so a step
    /// left over from an earlier analysis is known for one.
    pub id: u32,
    pub analysis: SharedAnalysis,
    pub cloud: SharedCloud,
    pub stage: Stage,
}

impl Shown {
    /// Whether `stage` is on screen yet.
    pub fn shows(&self, stage: Stage) -> bool {
        self.stage >= stage
    }
}

/// The report's panels below the overview (outline, cloud, 数说), one
/// open at a time; the others keep their state while closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// 全文: the text, where a click on a section, figure or word lands.
    #[default]
    Text,
    /// 数据表: every figure.
    Metrics,
    /// 提法: the fixed formulations and their counts.
    Formulations,
    /// 文本提示: the warnings about the text.
    Warnings,
    /// 词典: the reader's own words.
    Dictionary,
    /// 使用说明: what each panel shows and how figures are read.
    Help,
}

impl Detail {
    pub const ALL: [Detail; 6] = [
        Detail::Text,
        Detail::Metrics,
        Detail::Formulations,
        Detail::Warnings,
        Detail::Dictionary,
        Detail::Help,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Detail::Text => "全文",
            Detail::Metrics => "数据表",
            Detail::Formulations => "提法",
            Detail::Warnings => "文本提示",
            Detail::Dictionary => "词典",
            Detail::Help => "使用说明",
        }
    }
}

/// Whether the worker has its dictionary yet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Engine {
    Loading,
    Ready { load_ms: f64 },
}

/// A text the page keeps in the browser's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedText {
    /// The textarea's content.
    Draft,
    /// The text 清空 removed, for 撤销 after a reload.
    Cleared,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The textarea's content (up to a whole report: shared, not copied).
    pub draft: Rc<str>,
    /// The text 清空 removed (or a file, the sample or a drop replaced),
    /// until 撤销 brings it back.
    pub cleared: Option<Rc<str>>,
    /// The browser refused to store the draft, or the cleared text (too large).
    pub unsaved_draft: bool,
    pub unsaved_cleared: bool,
    /// The encoding the reader chose for files (None: detect).
    pub encoding: Option<Encoding>,
    /// A file is being dragged over the page.
    pub dragging: bool,
    pub engine: Engine,
    /// The request being worked on, if any.
    pub pending: Option<u32>,
    pub shown: Option<Shown>,
    /// What went wrong last, for the error line.
    pub problem: Option<Problem>,
    /// The outline entry last clicked.
    pub selected: Option<usize>,
    /// The character range shown highlighted in the text.
    pub focus: Option<(usize, usize)>,
    /// How many times a place was asked for (a section, a figure, a warning
    /// clicked): the text scrolls to the focus on each, even the same one
    /// again, after another panel was open.
    pub focus_requests: u32,
    /// Keyword and cloud choices, saved across page loads.
    pub settings: Settings,
    /// Height over width of the cloud's box on screen.
    pub cloud_aspect: f64,
    /// The cloud word last clicked, for its concordance.
    pub selected_word: Option<String>,
    /// The report's panel open below the overview.
    pub detail: Detail,
    /// 文库, 对比 and 历年.
    pub shelf: Shelf,
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
    /// Whether the browser stored a text that changed.
    Saved {
        text: SavedText,
        stored: bool,
    },
    /// The encoding chosen for files (None: detect).
    Encoding(Option<Encoding>),
    /// A file is dragged over the page, or no longer.
    Dragging(bool),
    /// A request was sent with this id (ids only grow).
    Sent(u32),
    EngineReady {
        load_ms: f64,
    },
    /// The worker's answer to request `id`.
    Finished {
        id: u32,
        result: Result<Box<Answer>, Failure>,
    },
    /// A problem found in the page (a file too large or unreadable, a
    /// download refused).
    Problem(Problem),
    /// An outline entry was clicked.
    Select(usize),
    /// A warning was clicked: show this character range.
    Focus(usize, usize),
    /// The reader changed the settings.
    Settings(Settings),
    /// The cloud's box changed shape.
    Aspect(f64),
    /// A new layout of the cloud of the analysis that answered request
    /// `of`: applied only while that analysis is on screen.
    Relaid {
        of: u32,
        cloud: CloudLayout,
    },
    /// A cloud word was clicked.
    SelectWord(String),
    /// One of the report's panels was opened.
    Detail(Detail),
    /// Show `stage` of the analysis that answered request `id`.
    Reveal {
        id: u32,
        stage: Stage,
    },
    /// The library and its views.
    Shelf(ShelfAction),
}

impl State {
    /// The state a page starts in: the text and settings saved by the last
    /// visit (an empty draft and no cleared text on a first one), and the
    /// cloud shaped for the window.
    pub fn new(draft: String, cleared: Option<String>, settings: Settings, aspect: f64) -> Self {
        State {
            draft: draft.into(),
            cleared: cleared.map(Rc::from),
            unsaved_draft: false,
            unsaved_cleared: false,
            encoding: None,
            dragging: false,
            engine: Engine::Loading,
            pending: None,
            shown: None,
            problem: None,
            selected: None,
            focus: None,
            focus_requests: 0,
            settings,
            cloud_aspect: aspect,
            selected_word: None,
            detail: Detail::default(),
            shelf: Shelf::default(),
        }
    }

    /// The browser keeps an older text than the page shows (the notice says so).
    pub fn unsaved(&self) -> bool {
        self.unsaved_draft || self.unsaved_cleared
    }

    /// Whether a chosen encoding should read the file `name` again: it is
    /// the file on screen, or the one whose reading or analysis just failed
    /// (无法识别文件的编码…).
    pub fn rereads(&self, name: &str) -> bool {
        let on_screen = self.shown.as_ref();
        let shown_file = on_screen.and_then(|s| s.analysis.file_name.as_deref());
        let failed_file = self.problem.as_ref().and_then(|p| p.failed_file());
        shown_file == Some(name) || failed_file == Some(name)
    }

    /// Puts `text` in the textarea; what was there (unless empty or the
    /// same) is kept for 撤销, so no text the reader had is ever lost.
    fn replace_draft(&mut self, text: Rc<str>) {
        let old = std::mem::replace(&mut self.draft, text);
        if !old.trim().is_empty() && old != self.draft {
            self.cleared = Some(old);
        }
    }

    fn undo_clear(&mut self) {
        if let Some(text) = self.cleared.take() {
            let current = std::mem::replace(&mut self.draft, text);
            if !current.trim().is_empty() {
                self.cleared = Some(current);
            }
        }
    }

    /// Whether the draft is still the text of the file on screen, as read,
    /// and `analysis` reads that file again (in another encoding): a reading
    /// the file can give again, not a text worth keeping for 撤销 in place
    /// of the one kept.
    fn rereads_the_draft(&self, analysis: &Analysis) -> bool {
        self.shown.as_ref().is_some_and(|shown| {
            let on_screen = &shown.analysis;
            on_screen.file_name.is_some()
                && on_screen.file_name == analysis.file_name
                && *self.draft == *on_screen.text
        })
    }

    fn finish(&mut self, id: u32, result: Result<Box<Answer>, Failure>) {
        if self.pending != Some(id) {
            return; // an answer overtaken by a newer request
        }
        self.pending = None;
        match result {
            Ok(answer) => {
                let Answer { analysis, cloud } = *answer;
                if analysis.replaces_draft {
                    let text = analysis.text.as_str().into();
                    if self.rereads_the_draft(&analysis) {
                        self.draft = text;
                    } else {
                        self.replace_draft(text);
                    }
                }
                self.shown = Some(Shown {
                    id,
                    analysis: Shared::new(analysis),
                    cloud: Shared::new(cloud),
                    stage: Stage::FIRST,
                });
                self.selected = None;
                self.focus = None;
                self.selected_word = None;
                self.problem = None;
                self.shelf.view = View::Report;
            }
            Err(failure) => self.problem = Some(Problem::Failed(failure)),
        }
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Edit(text) => self.draft = text.into(),
            Action::Replace(text) => self.replace_draft(text.into()),
            Action::Clear => self.replace_draft("".into()),
            Action::UndoClear => self.undo_clear(),
            Action::Saved { text, stored } => match text {
                SavedText::Draft => self.unsaved_draft = !stored,
                SavedText::Cleared => self.unsaved_cleared = !stored,
            },
            Action::Encoding(encoding) => self.encoding = encoding,
            Action::Dragging(dragging) => self.dragging = dragging,
            Action::Sent(id) => {
                self.pending = Some(id);
                self.problem = None;
            }
            Action::EngineReady { load_ms } => self.engine = Engine::Ready { load_ms },
            Action::Finished { id, result } => self.finish(id, result),
            Action::Problem(problem) => self.problem = Some(problem),
            Action::Select(i) => {
                let analysis = self.shown.as_ref().map(|s| &s.analysis);
                let section = analysis.and_then(|a| a.report.outline.get(i));
                self.focus = section.map(|s| (s.start, s.end));
                self.selected = Some(i);
                // A place in the text is shown in the text.
                self.detail = Detail::Text;
                self.focus_requests = self.focus_requests.wrapping_add(1);
            }
            Action::Focus(start, end) => {
                self.focus = Some((start, end));
                self.selected = None;
                self.detail = Detail::Text;
                self.focus_requests = self.focus_requests.wrapping_add(1);
            }
            Action::Detail(detail) => self.detail = detail,
            Action::Settings(settings) => self.settings = settings,
            Action::Aspect(aspect) => self.cloud_aspect = aspect,
            Action::Relaid { of, cloud } => {
                if let Some(shown) = self.shown.as_mut().filter(|s| s.id == of) {
                    shown.cloud = Shared::new(cloud);
                }
            }
            Action::SelectWord(word) => self.selected_word = Some(word),
            // Only the stage after the one on screen, of the analysis on
            // screen: a step left over from an earlier analysis does nothing.
            Action::Shelf(action) => self.shelf.apply(action),
            Action::Reveal { id, stage } => {
                if let Some(shown) = self.shown.as_mut().filter(|s| s.id == id) {
                    if shown.stage.next() == Some(stage) {
                        shown.stage = stage;
                    }
                }
            }
        }
    }
}

impl Reducible for State {
    type Action = Action;

    /// The state after `action`; the same `Rc` when nothing changed, so
    /// the page is not drawn again for it.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests;
