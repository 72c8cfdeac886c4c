//! What the reader can save from the analysis on screen — the report as
//! JSON, the standalone report page, the metrics and keywords as CSV, the
//! cloud as SVG or PNG — each export's file and content in one place, and
//! the hook that saves one (or says why the browser did not).

use std::fmt;

use yew::prelude::*;

use crate::download;
use crate::problem::Problem;
use crate::state::{Action, Shown, State};

/// One thing to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The report as JSON (下载 JSON).
    Json,
    /// One HTML page that reads offline (导出报告).
    ReportPage,
    /// The metrics table as CSV.
    MetricsCsv,
    CloudSvg,
    /// The cloud drawn onto a canvas.
    CloudPng,
    KeywordsCsv,
}

/// Why an export was not saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportFailure {
    /// The browser refused the download.
    Refused,
    /// The report could not be written as JSON (the serializer's message).
    Unwritable(String),
}

impl fmt::Display for ExportFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportFailure::Refused => write!(f, "浏览器拒绝了下载"),
            ExportFailure::Unwritable(message) => write!(f, "{message}"),
        }
    }
}

impl Export {
    /// How the message for a failed export begins.
    pub fn failure_lead(self) -> &'static str {
        match self {
            Export::Json => "无法导出 JSON",
            Export::ReportPage => "无法导出报告",
            Export::MetricsCsv => "无法导出 CSV",
            Export::CloudSvg | Export::CloudPng | Export::KeywordsCsv => "无法导出",
        }
    }

    /// Offers the export of `shown` as a download.
    pub fn save(self, shown: &Shown) -> Result<(), ExportFailure> {
        let (report, cloud) = (&shown.analysis.report, &*shown.cloud);
        let file = |name: &str, mime: &str, content: &str| {
            download::save(name, mime, content).map_err(|_| ExportFailure::Refused)
        };
        match self {
            Export::Json => {
                let json = serde_json::to_string_pretty(report)
                    .map_err(|e| ExportFailure::Unwritable(e.to_string()))?;
                file("report-lens.json", "application/json", &json)
            }
            Export::ReportPage => file(
                "report-lens-report.html",
                "text/html;charset=utf-8",
                &report_lens_analysis::report_html(report, cloud),
            ),
            Export::MetricsCsv => file(
                "report-lens-metrics.csv",
                "text/csv;charset=utf-8",
                &report_lens_analysis::metrics_csv(report),
            ),
            Export::CloudSvg => file(
                "report-lens-cloud.svg",
                "image/svg+xml",
                &report_lens_analysis::cloud_svg(cloud),
            ),
            Export::CloudPng => download::save_svg_as_png(
                &report_lens_analysis::cloud_svg(cloud),
                cloud.width,
                cloud.height,
                "report-lens-cloud.png",
            )
            .map_err(|_| ExportFailure::Refused),
            Export::KeywordsCsv => file(
                "report-lens-keywords.csv",
                "text/csv;charset=utf-8",
                &report_lens_analysis::keywords_csv(report),
            ),
        }
    }
}

/// Saves an export of the analysis on screen; a refusal goes to the error
/// line. The callback stays the same while the analysis does.
#[hook]
pub fn use_export(state: &UseReducerHandle<State>) -> Callback<Export> {
    use_callback(
        (state.shown.clone(), state.dispatcher()),
        |export: Export, (shown, dispatcher)| {
            let Some(shown) = shown else { return };
            if let Err(failure) = export.save(shown) {
                dispatcher.dispatch(Action::Problem(Problem::NotExported { export, failure }));
            }
        },
    )
}
