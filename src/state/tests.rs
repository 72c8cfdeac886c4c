//! The reducer, natively: no browser, no worker.

use std::rc::Rc;

use report_lens_analysis::{
    AnalyzeError, CloudLayout, Encoding, Format, KeywordMethod, OpenError, Report,
};
use yew::Reducible;

use super::{Action, Detail, SavedText, Stage, State};
use crate::export::{Export, ExportFailure};
use crate::problem::Problem;
use crate::protocol::{Analysis, Answer, Failure};
use crate::settings::Settings;

fn state(draft: &str) -> Rc<State> {
    Rc::new(State::new(draft.to_owned(), None, Settings::default(), 0.6))
}

fn reduce(state: &Rc<State>, action: Action) -> Rc<State> {
    state.clone().reduce(action)
}

fn cloud(width: f64) -> CloudLayout {
    CloudLayout {
        width,
        height: 480.0,
        words: Vec::new(),
    }
}

/// An answer for `text`, read from `file` (it replaces the draft) or typed:
/// a report with nothing in it, and a cloud 800 wide.
fn answer(text: &str, file: Option<&str>) -> Box<Answer> {
    let report = Report {
        title: Some(text.to_owned()),
        ..Report::default()
    };
    let analysis = Analysis {
        report,
        text: text.to_owned(),
        file_name: file.map(str::to_owned),
        format: Format::Text,
        encoding: Encoding::UTF_8,
        notes: Vec::new(),
        replaces_draft: file.is_some(),
        analysis_ms: 1.0,
    };
    Box::new(Answer {
        analysis,
        cloud: cloud(800.0),
    })
}

/// The answer to request `id`: an analysis of typed `text`.
fn done(id: u32, text: &str) -> Action {
    Action::Finished {
        id,
        result: Ok(answer(text, None)),
    }
}

/// The answer to request `id`: `file` read as `text`.
fn file_done(id: u32, file: &str, text: &str) -> Action {
    Action::Finished {
        id,
        result: Ok(answer(text, Some(file))),
    }
}

/// The answer to request `id`: `failure`.
fn failed(id: u32, failure: Failure) -> Action {
    Action::Finished {
        id,
        result: Err(failure),
    }
}

/// `state` after request `id` was sent and answered with `text`.
fn answered(state: &Rc<State>, id: u32, text: &str) -> Rc<State> {
    reduce(&reduce(state, Action::Sent(id)), done(id, text))
}

#[test]
fn clear_then_undo_brings_the_text_back() {
    let typed = reduce(&state(""), Action::Edit("一、报告".into()));
    let cleared = reduce(&typed, Action::Clear);
    assert_eq!(&*cleared.draft, "");
    assert_eq!(cleared.cleared.as_deref(), Some("一、报告"));
    let undone = reduce(&cleared, Action::UndoClear);
    assert_eq!(&*undone.draft, "一、报告");
    assert_eq!(undone.cleared, None);
}

#[test]
fn undo_swaps_a_new_draft_with_the_cleared_text() {
    let cleared = reduce(&state("旧文本"), Action::Clear);
    let retyped = reduce(&cleared, Action::Edit("新文本".into()));
    let undone = reduce(&retyped, Action::UndoClear);
    assert_eq!(&*undone.draft, "旧文本");
    assert_eq!(undone.cleared.as_deref(), Some("新文本"), "nothing lost");
    // Blank text is not worth keeping: undoing onto it just restores.
    let blank = reduce(
        &reduce(&cleared, Action::Edit(" \n".into())),
        Action::UndoClear,
    );
    assert_eq!(&*blank.draft, "旧文本");
    assert_eq!(blank.cleared, None);
}

#[test]
fn the_sample_or_a_file_replacing_the_draft_keeps_it_for_undo() {
    let replaced = reduce(&state("我的文本"), Action::Replace("示例".into()));
    assert_eq!(&*replaced.draft, "示例");
    assert_eq!(replaced.cleared.as_deref(), Some("我的文本"));
    let sent = reduce(&replaced, Action::Sent(1));
    let file = reduce(&sent, file_done(1, "a.txt", "文件的文字"));
    assert_eq!(&*file.draft, "文件的文字");
    assert_eq!(file.cleared.as_deref(), Some("示例"));
}

#[test]
fn only_a_text_worth_keeping_replaces_the_one_kept() {
    let cleared = reduce(&state("留着的文本"), Action::Clear);
    let typed = reduce(&cleared, Action::Edit("新文本".into()));
    assert_eq!(
        typed.cleared.as_deref(),
        Some("留着的文本"),
        "typing keeps it"
    );
    // The same text again, or a text over a blank draft: nothing to keep.
    let same = reduce(&typed, Action::Replace("新文本".into()));
    assert_eq!(same.cleared.as_deref(), Some("留着的文本"));
    let blank = reduce(&cleared, Action::Edit(" \n".into()));
    let over_blank = reduce(&blank, Action::Replace("示例".into()));
    assert_eq!(
        (&*over_blank.draft, over_blank.cleared.as_deref()),
        ("示例", Some("留着的文本"))
    );
    // 清空 on an empty draft keeps what it kept.
    assert!(Rc::ptr_eq(&cleared, &reduce(&cleared, Action::Clear)));
    // 撤销 with nothing kept does nothing.
    let nothing = state("文本");
    assert!(Rc::ptr_eq(&nothing, &reduce(&nothing, Action::UndoClear)));
}

#[test]
fn a_file_that_fails_replaces_neither_the_draft_nor_the_text_kept() {
    let kept = reduce(&state("旧文本"), Action::Replace("我的文本".into()));
    let sent = reduce(&kept, Action::Sent(1));
    let failure = Failure::Open {
        file: "b.png".into(),
        error: OpenError::Image,
    };
    let refused = reduce(&sent, failed(1, failure));
    assert_eq!(
        (&*refused.draft, refused.cleared.as_deref()),
        ("我的文本", Some("旧文本"))
    );
    assert!(refused.problem.is_some() && refused.shown.is_none());
}

#[test]
fn another_reading_of_the_file_on_screen_keeps_the_text_kept() {
    let mine = reduce(&state("我的文本"), Action::Sent(1));
    let garbled = reduce(&mine, file_done(1, "big5.txt", "乱码"));
    assert_eq!(garbled.cleared.as_deref(), Some("我的文本"));
    // Read again in another encoding: the first reading is not kept in
    // place of the reader's own text.
    let reread = reduce(
        &reduce(&garbled, Action::Sent(2)),
        file_done(2, "big5.txt", "政府"),
    );
    assert_eq!(
        (&*reread.draft, reread.cleared.as_deref()),
        ("政府", Some("我的文本"))
    );
    // Once the reader has edited the file's text, it is theirs: kept.
    let edited = reduce(&reread, Action::Edit("政府工作".into()));
    let again = reduce(
        &reduce(&edited, Action::Sent(3)),
        file_done(3, "big5.txt", "乱码"),
    );
    assert_eq!(again.cleared.as_deref(), Some("政府工作"));
    // Another file is another text: the reading on screen is kept.
    let other = reduce(
        &reduce(&reread, Action::Sent(4)),
        file_done(4, "c.txt", "另一个"),
    );
    assert_eq!(other.cleared.as_deref(), Some("政府"));
}

#[test]
fn an_encoding_reads_again_the_file_on_screen_or_the_one_that_failed() {
    let none = state("");
    assert!(!none.rereads("a.txt"));
    let shown = reduce(
        &reduce(&none, Action::Sent(1)),
        file_done(1, "a.txt", "文字"),
    );
    assert!(shown.rereads("a.txt") && !shown.rereads("b.txt"));
    let problem = |problem: Problem| reduce(&none, Action::Problem(problem));
    let open = problem(Problem::Failed(Failure::Open {
        file: "big5.txt".into(),
        error: OpenError::UnknownEncoding,
    }));
    assert!(open.rereads("big5.txt"));
    let analyze = problem(Problem::Failed(Failure::Analyze {
        file: Some("english.txt".into()),
        error: AnalyzeError::NoChinese,
    }));
    assert!(analyze.rereads("english.txt"));
    let unreadable = problem(Problem::Unreadable {
        file: "a.txt".into(),
    });
    assert!(!unreadable.rereads("a.txt"), "its bytes were never read");
    let not_exported = problem(Problem::NotExported {
        export: Export::Json,
        failure: ExportFailure::Refused,
    });
    assert!(!not_exported.rereads("report-lens.json"));
    // A problem that names no file leaves the file on screen to read again.
    let refused = reduce(
        &shown,
        Action::Problem(Problem::NotExported {
            export: Export::CloudPng,
            failure: ExportFailure::NotDrawn,
        }),
    );
    assert!(refused.rereads("a.txt"));
}

#[test]
fn edits_leave_the_text_kept_alone_and_answers_need_a_request() {
    let cleared = reduce(&state("旧文本"), Action::Clear);
    let edited = reduce(&cleared, Action::Edit("新".into()));
    assert_eq!(edited.cleared, cleared.cleared);
    // An answer with no request pending (one answered already) is ignored.
    let first = answered(&edited, 1, "第一份");
    assert!(Rc::ptr_eq(&first, &reduce(&first, done(1, "又一份"))));
    assert!(Rc::ptr_eq(&edited, &reduce(&edited, done(7, "没有请求"))));
}

#[test]
fn texts_are_shared_between_states_not_copied() {
    let typed = reduce(&state(""), Action::Edit("一".repeat(1000)));
    let next = reduce(&typed, Action::Dragging(true));
    assert!(Rc::ptr_eq(&typed.draft, &next.draft));
}

#[test]
fn an_answer_overtaken_by_a_newer_request_changes_nothing() {
    let first = answered(&state(""), 1, "第一份");
    let resent = reduce(&reduce(&first, Action::Sent(2)), Action::Sent(3));
    let stale = reduce(&resent, done(2, "第二份"));
    assert!(
        Rc::ptr_eq(&resent, &stale),
        "the same state, not drawn again"
    );
    assert_eq!(stale.pending, Some(3));
    let empty = Failure::Analyze {
        file: None,
        error: AnalyzeError::Empty,
    };
    assert!(Rc::ptr_eq(&resent, &reduce(&resent, failed(2, empty))));
    // The pending one is shown.
    let latest = reduce(&resent, done(3, "第三份"));
    let shown = latest.shown.as_ref().unwrap();
    assert_eq!((shown.id, shown.analysis.text.as_str()), (3, "第三份"));
    assert_eq!(latest.pending, None);
}

#[test]
fn a_failure_is_shown_and_the_analysis_stays() {
    let first = answered(&state(""), 1, "第一份");
    let sent = reduce(&first, Action::Sent(2));
    let failure = Failure::Analyze {
        file: None,
        error: AnalyzeError::Empty,
    };
    let failed = reduce(&sent, failed(2, failure.clone()));
    assert_eq!(failed.problem, Some(Problem::Failed(failure)));
    assert_eq!(failed.shown, first.shown);
    // The next request clears the message.
    assert_eq!(reduce(&failed, Action::Sent(3)).problem, None);
}

#[test]
fn a_relayout_replaces_the_cloud_and_nothing_else() {
    let before = answered(&state(""), 1, "报告");
    let selected = reduce(&before, Action::SelectWord("报告".into()));
    let relaid = reduce(
        &selected,
        Action::Relaid {
            of: 1,
            cloud: cloud(600.0),
        },
    );
    let (old, new) = (
        selected.shown.as_ref().unwrap(),
        relaid.shown.as_ref().unwrap(),
    );
    assert_eq!(new.cloud.width, 600.0);
    assert_eq!(new.analysis, old.analysis, "the same analysis, not a copy");
    assert_eq!((new.id, new.stage), (old.id, old.stage));
    let mut unchanged = (*relaid).clone();
    unchanged.shown.clone_from(&selected.shown);
    assert_eq!(unchanged, *selected);
    // With nothing shown, there is nothing to relay out.
    let empty = state("");
    let relaid = |of| Action::Relaid {
        of,
        cloud: cloud(600.0),
    };
    assert!(Rc::ptr_eq(&empty, &reduce(&empty, relaid(1))));
}

#[test]
fn a_layout_of_an_analysis_no_longer_shown_changes_nothing() {
    // The sample shown as 1; a file sent as 2 is analyzed, but its answer
    // is overtaken by 3, which fails: the worker's keywords are the file's.
    let sample = answered(&state(""), 1, "示例");
    let overtaken = reduce(&reduce(&sample, Action::Sent(2)), Action::Sent(3));
    let stale = reduce(&overtaken, file_done(2, "a.docx", "文件"));
    let failure = Failure::Analyze {
        file: None,
        error: AnalyzeError::Empty,
    };
    let shown = reduce(&stale, failed(3, failure));
    assert_eq!(shown.shown, sample.shown);
    let file_layout = Action::Relaid {
        of: 2,
        cloud: cloud(600.0),
    };
    assert!(Rc::ptr_eq(&shown, &reduce(&shown, file_layout)));
}

#[test]
fn stages_advance_one_at_a_time() {
    let shown = answered(&state(""), 7, "报告");
    assert_eq!(shown.shown.as_ref().unwrap().stage, Stage::Outline);
    let skipped = reduce(
        &shown,
        Action::Reveal {
            id: 7,
            stage: Stage::Headlines,
        },
    );
    assert!(Rc::ptr_eq(&shown, &skipped), "no stage is skipped");
    let mut now = shown;
    let mut stage = Stage::FIRST;
    while let Some(next) = stage.next() {
        now = reduce(&now, Action::Reveal { id: 7, stage: next });
        let on_screen = now.shown.as_ref().unwrap();
        assert_eq!(on_screen.stage, next);
        assert!(on_screen.shows(stage) && on_screen.shows(next));
        stage = next;
    }
    assert_eq!(stage, Stage::LAST);
    assert_eq!(Stage::LAST.next(), None);
}

#[test]
fn a_stage_left_over_from_an_earlier_analysis_does_nothing() {
    let first = answered(&state(""), 1, "第一份");
    let second = answered(&first, 2, "第二份");
    let stale = reduce(
        &second,
        Action::Reveal {
            id: 1,
            stage: Stage::Text,
        },
    );
    assert!(Rc::ptr_eq(&second, &stale));
    let own = reduce(
        &second,
        Action::Reveal {
            id: 2,
            stage: Stage::Text,
        },
    );
    assert!(own.shown.as_ref().unwrap().shows(Stage::Text));
}

#[test]
fn a_new_analysis_starts_at_the_first_stage_with_nothing_selected() {
    let first = answered(&state(""), 1, "第一份");
    let revealed = reduce(
        &first,
        Action::Reveal {
            id: 1,
            stage: Stage::Text,
        },
    );
    let focused = reduce(
        &reduce(&revealed, Action::Focus(1, 2)),
        Action::SelectWord("词".into()),
    );
    let second = answered(&focused, 2, "第二份");
    let shown = second.shown.as_ref().unwrap();
    assert_eq!(shown.stage, Stage::FIRST);
    assert!(!shown.shows(Stage::Text));
    assert_eq!(
        (second.focus, second.selected_word.as_deref()),
        (None, None)
    );
}

#[test]
fn what_the_browser_did_not_store_is_tracked_per_text() {
    let saved = |text, stored| Action::Saved { text, stored };
    let refused = reduce(&state(""), saved(SavedText::Draft, false));
    assert!(refused.unsaved());
    // The cleared text stored afterwards does not hide the draft's refusal.
    let cleared_ok = reduce(&refused, saved(SavedText::Cleared, true));
    assert!(cleared_ok.unsaved());
    let draft_ok = reduce(&cleared_ok, saved(SavedText::Draft, true));
    assert!(!draft_ok.unsaved());
    // Stored as before: the same state, so a keystroke is drawn once.
    let again = reduce(&draft_ok, saved(SavedText::Draft, true));
    assert!(Rc::ptr_eq(&draft_ok, &again));
}

#[test]
fn settings_and_selection() {
    let settings = Settings {
        vertical: true,
        ..Settings::default()
    };
    let mut textrank = settings.clone();
    textrank.options.method = KeywordMethod::TextRank;
    let changed = reduce(&state(""), Action::Settings(textrank.clone()));
    assert_eq!(changed.settings, textrank);
    // An outline entry that is not there selects nothing to focus.
    let selected = reduce(&answered(&changed, 1, "报告"), Action::Select(5));
    assert_eq!((selected.selected, selected.focus), (Some(5), None));
    let focused = reduce(&selected, Action::Focus(3, 9));
    assert_eq!((focused.selected, focused.focus), (None, Some((3, 9))));
}

#[test]
fn a_place_clicked_opens_the_text_and_a_panel_opened_stays_open_for_the_next_report() {
    let shown = answered(&state(""), 1, "报告");
    assert_eq!(
        shown.detail,
        Detail::Text,
        "the text is the panel a report opens with"
    );
    let metrics = reduce(&shown, Action::Detail(Detail::Metrics));
    assert_eq!(metrics.detail, Detail::Metrics);
    // A figure's, a warning's or a concordance line's place is shown in the text.
    let focused = reduce(&metrics, Action::Focus(3, 9));
    assert_eq!(
        (focused.detail, focused.focus),
        (Detail::Text, Some((3, 9)))
    );
    // And so is a section's.
    let help = reduce(&focused, Action::Detail(Detail::Help));
    assert_eq!(reduce(&help, Action::Select(0)).detail, Detail::Text);
    // The same place asked for again is asked for again: the text scrolls to it.
    let again = reduce(&reduce(&help, Action::Focus(3, 9)), Action::Focus(3, 9));
    assert_eq!(again.focus, focused.focus);
    assert_eq!(again.focus_requests, focused.focus_requests + 2);
    // The reader's choice of panel outlives the report it was made on.
    assert_eq!(answered(&metrics, 2, "另一篇").detail, Detail::Metrics);
}
