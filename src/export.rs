//! What the reader can save from an analysis — the report as JSON, the
//! standalone report page, the metrics and keywords as CSV, the cloud as
//! SVG or PNG — each export's file and content in one place, and why the
//! browser did not save one.

use std::fmt;

use report_lens_analysis::CloudLayout;
use wasm_bindgen_futures::spawn_local;

use crate::download;
use crate::protocol::Analysis;

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
    /// The browser did not draw the cloud as a picture.
    NotDrawn,
}

impl fmt::Display for ExportFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportFailure::Refused => write!(f, "浏览器拒绝了下载"),
            ExportFailure::Unwritable(message) => write!(f, "{message}"),
            ExportFailure::NotDrawn => write!(f, "浏览器未能把词云画成图片"),
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

    /// Offers the export of `analysis` (with its `cloud`) as a download.
    /// A failure goes to `failed`: at once, or for a PNG, drawn once the
    /// cloud's image has loaded, later.
    pub fn save(
        self,
        analysis: &Analysis,
        cloud: &CloudLayout,
        failed: impl FnOnce(ExportFailure) + 'static,
    ) {
        let report = &analysis.report;
        let file = |name: &str, mime: &str, content: &str| {
            download::save(name, mime, content).map_err(|_| ExportFailure::Refused)
        };
        let saved = match self {
            Export::Json => serde_json::to_string_pretty(report)
                .map_err(|e| ExportFailure::Unwritable(e.to_string()))
                .and_then(|json| file("report-lens.json", "application/json", &json)),
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
            Export::CloudPng => {
                let svg = report_lens_analysis::cloud_svg(cloud);
                let (width, height) = (cloud.width, cloud.height);
                spawn_local(async move {
                    let png =
                        download::save_svg_as_png(&svg, width, height, "report-lens-cloud.png");
                    if png.await.is_err() {
                        failed(ExportFailure::NotDrawn);
                    }
                });
                return;
            }
            Export::KeywordsCsv => file(
                "report-lens-keywords.csv",
                "text/csv;charset=utf-8",
                &report_lens_analysis::keywords_csv(report),
            ),
        };
        if let Err(failure) = saved {
            failed(failure);
        }
    }
}
