//! 导出报告: an analysis as one standalone HTML page — title, stats,
//! outline, the cloud as inline SVG, the metrics table and the warnings —
//! readable offline, in any browser, with no script at all.

use std::fmt::Write as _;

use super::csv::{metric_fields, METRIC_COLUMNS};
use super::escape_xml;
use super::svg::cloud_svg_element;
use super::theme::FONT_STACK;
use crate::cloud::CloudLayout;
use crate::report::Report;

/// The page's own style: no external font, image or script. (The font
/// stack is [`FONT_STACK`], put in front of it.)
const STYLE: &str = "
body{max-width:1100px;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222;background:#fff}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#666}.stats{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;padding:0}
.stats div{display:flex;gap:.3rem}.stats dt{color:#666}.stats dd{margin:0;font-weight:600}
.outline ol{list-style:none;padding-left:1.2rem}.outline>ol{padding-left:0}.kw{color:#1f5fa8;font-size:.85rem}
svg{width:100%;height:auto;border:1px solid #eee}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{border:1px solid #ddd;padding:.25rem .4rem;vertical-align:top}
th{background:#f5f5f5;position:sticky;top:0}td.figure{white-space:nowrap;font-weight:600}
.keywords{columns:4 10rem}.warnings li{margin:.2rem 0}footer{margin:3rem 0 1rem;color:#888;font-size:.8rem}
@media print{th{position:static}}
";

/// How many keywords are listed beside the cloud.
const LISTED_KEYWORDS: usize = 40;

/// The standalone page for `report` and its laid-out `cloud`.
///
/// ```
/// use report_lens_analysis::{layout_cloud, report_html, Analyzer, CloudOptions};
///
/// let report = Analyzer::new().analyze("# 某市<工作>报告\n\n一、回顾\n\n收到提案2796件。\n").unwrap();
/// let page = report_html(&report, &layout_cloud(&report.keywords, &CloudOptions::default()));
/// assert!(page.contains("<title>某市&lt;工作&gt;报告 · 报告透镜</title>"));
/// assert!(page.contains("<td class=\"figure\">2796件</td>") && !page.contains("<script"));
/// ```
pub fn report_html(report: &Report, cloud: &CloudLayout) -> String {
    let title = escape_xml(report.title.as_deref().unwrap_or("（无标题）"));
    let mut out = String::with_capacity(64 * 1024 + report.metrics.len() * 400);
    head(&mut out, &title);
    let meta: Vec<&str> = [
        &report.meta.subtitle, &report.meta.speaker, &report.meta.date,
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .collect();
    if !meta.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            escape_xml(&meta.join(" · "))
        );
    }
    stats(&mut out, report);
    outline(&mut out, report);
    keywords(&mut out, report, cloud);
    metrics(&mut out, report);
    warnings(&mut out, report);
    foot(&mut out);
    out
}

/// A standalone page's start, up to its `<h1>` (`title` escaped already):
/// the style, and a policy that lets it load nothing and run nothing.
pub(super) fn head(out: &mut String, title: &str) {
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title} · 报告透镜</title>\n<style>body{{font-family:{FONT_STACK}}}{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n"
    );
}

/// A standalone page's end.
pub(super) fn foot(out: &mut String) {
    out.push_str("<footer>由报告透镜（Report Lens）在本机生成：文字未离开读者的电脑。</footer>\n</body>\n</html>\n");
}

fn stats(out: &mut String, report: &Report) {
    out.push_str("<dl class=\"stats\">");
    for (label, value) in report.stats.labelled() {
        let _ = write!(out, "<div><dt>{label}</dt><dd>{value}</dd></div>");
    }
    out.push_str("</dl>\n");
}

/// Nested lists, one level per heading level.
fn outline(out: &mut String, report: &Report) {
    if report.outline.is_empty() {
        return;
    }
    out.push_str("<h2>提纲</h2>\n<nav class=\"outline\">");
    let mut depth = 0;
    for section in &report.outline {
        let level = section.level.max(1);
        if level > depth {
            for _ in depth..level {
                out.push_str("<ol><li>");
            }
        } else {
            for _ in level..depth {
                out.push_str("</li></ol>");
            }
            out.push_str("</li><li>");
        }
        depth = level;
        out.push_str(&escape_xml(&section.heading));
        if !section.keywords.is_empty() {
            let _ = write!(
                out,
                " <span class=\"kw\">{}</span>",
                escape_xml(&section.keywords.join(" "))
            );
        }
    }
    for _ in 0..depth {
        out.push_str("</li></ol>");
    }
    out.push_str("</nav>\n");
}

fn keywords(out: &mut String, report: &Report, cloud: &CloudLayout) {
    if report.keywords.is_empty() {
        return;
    }
    out.push_str("<h2>关键词</h2>\n");
    out.push_str(&cloud_svg_element(cloud));
    out.push_str("<ol class=\"keywords\">");
    for k in report.keywords.iter().take(LISTED_KEYWORDS) {
        let _ = write!(out, "<li>{}（{} 次）</li>", escape_xml(&k.word), k.count);
    }
    out.push_str("</ol>\n");
}

fn metrics(out: &mut String, report: &Report) {
    if report.metrics.is_empty() {
        return;
    }
    let _ = writeln!(out, "<h2>数据（{} 项）</h2>", report.metrics.len());
    out.push_str("<table><thead><tr>");
    // 位置 (a character offset) means nothing off the page.
    for column in &METRIC_COLUMNS[..METRIC_COLUMNS.len() - 1] {
        let _ = write!(out, "<th>{column}</th>");
    }
    out.push_str("</tr></thead><tbody>\n");
    for m in &report.metrics {
        let fields = metric_fields(report, m);
        out.push_str("<tr>");
        for (i, field) in fields[..fields.len() - 1].iter().enumerate() {
            let class = if i == 0 { " class=\"figure\"" } else { "" };
            let _ = write!(out, "<td{class}>{}</td>", escape_xml(field));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
}

fn warnings(out: &mut String, report: &Report) {
    if report.warnings.is_empty() {
        return;
    }
    out.push_str("<h2>文本提示</h2>\n<ul class=\"warnings\">");
    for w in &report.warnings {
        let _ = write!(out, "<li>{}</li>", escape_xml(&w.message));
    }
    out.push_str("</ul>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{layout_cloud, Analyzer, CloudOptions};

    #[test]
    fn the_page_holds_every_part_and_no_markup_from_the_text() {
        // The passage in 二、 is there twice: a duplicate warning, markup in it.
        let passage = "全年推进<b>重点项目</b>建设，新开工项目一百二十个，竣工投产项目八十个，完成投资三千亿元。同时加快城市更新，改造老旧小区四百个，新建保障性住房两万套，惠及群众十余万人。";
        let text = format!("# 政府<script>alert(1)</script>工作报告\n\n一、回顾<img src=x onerror=alert(2)>\n\n（一）稳增长。全年收到提案2796件，增长5.2%。\n\n二、安排\n\n全年增长5%左右。{passage}\n\n{passage}\n");
        let text = text.as_str();
        let report = Analyzer::new().analyze(text).unwrap();
        let page = report_html(
            &report,
            &layout_cloud(&report.keywords, &CloudOptions::default()),
        );
        assert!(
            !page.contains("<script") && !page.contains("<img"),
            "{page}"
        );
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert_eq!(page.matches("<svg").count(), 1);
        assert_eq!(page.matches("<tr>").count(), 1 + report.metrics.len());
        // The outline nests: 一、 holds （一）, then closes before 二、.
        let ol = page.find("<nav class=\"outline\">").unwrap();
        let nav = &page[ol..page.find("</nav>").unwrap()];
        assert_eq!(nav.matches("<ol>").count(), nav.matches("</ol>").count());
        assert!(nav.contains("（一）稳增长"));
        assert!(!report.warnings.is_empty());
        assert!(page.contains("文本提示"), "{page}");
        assert!(!page.contains("<b>"), "{page}");
    }
}
