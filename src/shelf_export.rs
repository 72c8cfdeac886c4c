//! What the reader can save from 文库, 对比 and 历年: a file the worker
//! wrote (the library, the series' tables), the comparison as JSON, a
//! standalone page or CSV tables, and every chart as SVG or PNG.

use report_lens_analysis::{comparison_html, comparison_tables, Comparison};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::download;
use crate::state::{Action, ShelfAction, State};

/// A chart as SVG, and the name its files take.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub svg: AttrValue,
    /// The file name without its extension.
    pub name: &'static str,
}

/// The width and height an SVG's `viewBox` gives it.
pub fn svg_size(svg: &str) -> (f64, f64) {
    let numbers: Vec<f64> = svg
        .split_once("viewBox=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(box_, _)| {
            box_.split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    match numbers.as_slice() {
        [_, _, w, h] => (*w, *h),
        _ => (800.0, 600.0),
    }
}

/// Tells the library's notice that a file was not saved.
fn refused(dispatcher: &UseReducerDispatcher<State>, what: &str) {
    let problem = format!("浏览器拒绝了下载：{what}");
    dispatcher.dispatch(Action::Shelf(ShelfAction::Problem(problem)));
}

fn save(dispatcher: &UseReducerDispatcher<State>, name: &str, mime: &str, content: &str) {
    if download::save(name, mime, content).is_err() {
        refused(dispatcher, name);
    }
}

/// Saves a file the worker wrote (the library, a series' table).
pub fn save_file(name: &str, mime: &str, content: &str, dispatcher: &UseReducerDispatcher<State>) {
    save(dispatcher, name, mime, content);
}

/// Saves a chart as SVG, or drawn as PNG.
pub fn save_chart(chart: &Chart, png: bool, dispatcher: &UseReducerDispatcher<State>) {
    let svg = chart.svg.to_string();
    if !png {
        let name = format!("{}.svg", chart.name);
        save(dispatcher, &name, "image/svg+xml", &svg);
        return;
    }
    let name = format!("{}.png", chart.name);
    let (width, height) = svg_size(&svg);
    let dispatcher = dispatcher.clone();
    spawn_local(async move {
        if download::save_svg_as_png(&svg, width, height, &name)
            .await
            .is_err()
        {
            refused(&dispatcher, &name);
        }
    });
}

/// What of a comparison to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparisonFile {
    Json,
    Page,
    /// One of the CSV tables, by its file name.
    Table(&'static str),
}

pub fn save_comparison(
    comparison: &Comparison,
    file: ComparisonFile,
    dispatcher: &UseReducerDispatcher<State>,
) {
    match file {
        ComparisonFile::Json => match serde_json::to_string_pretty(comparison) {
            Ok(json) => save(
                dispatcher,
                "report-lens-comparison.json",
                "application/json",
                &json,
            ),
            Err(_) => refused(dispatcher, "report-lens-comparison.json"),
        },
        ComparisonFile::Page => save(
            dispatcher,
            "report-lens-comparison.html",
            "text/html;charset=utf-8",
            &comparison_html(comparison),
        ),
        ComparisonFile::Table(name) => {
            let tables = comparison_tables(comparison);
            if let Some((_, csv)) = tables.iter().find(|(n, _)| *n == name) {
                let file = format!("report-lens-{name}");
                save(dispatcher, &file, "text/csv;charset=utf-8", csv);
            }
        }
    }
}

/// The names of the comparison's CSV tables.
pub fn comparison_table_names(comparison: &Comparison) -> Vec<&'static str> {
    comparison_tables(comparison)
        .into_iter()
        .map(|(n, _)| n)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_charts_size_is_its_view_box() {
        let svg =
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 396.5" font-family="x">"#;
        assert_eq!(svg_size(svg), (720.0, 396.5));
        assert_eq!(svg_size("<svg>"), (800.0, 600.0));
    }
}
