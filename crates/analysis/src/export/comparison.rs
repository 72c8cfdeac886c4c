//! Two reports compared, exported: the keyness chart as SVG (a diverging
//! bar chart, A's key words to the left, B's to the right) and the whole
//! comparison as one standalone HTML page like 导出报告, with no script.

use std::fmt::Write as _;

use super::page::{foot, head};
use super::theme::{CLOUD_PALETTE, FONT_STACK};
use super::{escape_xml, number};
use crate::compare::{Comparison, KeyWord, Side};

/// Key words drawn on each side of the chart.
const CHART_WORDS: usize = 15;
/// The chart's geometry: width, one bar's height, the label column.
const CHART_WIDTH: f64 = 720.0;
const BAR_HEIGHT: f64 = 22.0;
const LABEL_WIDTH: f64 = 130.0;

/// The diverging bar chart of the strongest key words of each side: bars
/// as long as |G²|, A's (negative) to the left of the axis, B's to the right.
///
/// ```
/// use report_lens_analysis::{compare, keyness_svg, open, Analyzer, KeynessOptions, OpenOptions};
///
/// let analyzer = Analyzer::new();
/// let profile = |text: &str| {
///     let opened = open("report.txt", text.as_bytes(), &OpenOptions::default()).unwrap();
///     analyzer.profile(&opened).unwrap()
/// };
/// let a = profile("一、回顾\n\n脱贫攻坚取得胜利。脱贫攻坚成果巩固。脱贫攻坚任务完成。\n");
/// let b = profile("一、回顾\n\n乡村振兴全面推进。乡村振兴成效明显。乡村振兴取得进展。\n");
/// let svg = keyness_svg(&compare(&a, &b, &KeynessOptions { min_g2: 0.0, min_log_ratio: 0.0 }));
/// assert!(svg.starts_with("<svg") && svg.contains(">乡村振兴</text>"));
/// ```
pub fn keyness_svg(comparison: &Comparison) -> String {
    let side = |positive: bool| -> Vec<&KeyWord> {
        comparison
            .keyness
            .iter()
            .filter(|k| (k.g2 > 0.0) == positive)
            .take(CHART_WORDS)
            .collect()
    };
    let (in_a, in_b) = (side(false), side(true));
    let rows = in_a.len().max(in_b.len()).max(1);
    let height = 40.0 + rows as f64 * BAR_HEIGHT;
    let most = comparison
        .keyness
        .iter()
        .map(|k| k.g2.abs())
        .fold(1.0, f64::max);
    let axis = CHART_WIDTH / 2.0;
    let reach = axis - LABEL_WIDTH;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {CHART_WIDTH} {height}\" \
         font-family=\"{}\" font-size=\"13\" role=\"img\" aria-label=\"关键性对比：左为 A 多用的词，右为 B 多用的词\">",
        escape_xml(FONT_STACK)
    );
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"18\" text-anchor=\"middle\">A 多用</text><text x=\"{}\" y=\"18\" text-anchor=\"middle\">B 多用</text>",
        axis / 2.0,
        axis + axis / 2.0
    );
    for (words, color, left) in [
        (&in_a, CLOUD_PALETTE[1], true),
        (&in_b, CLOUD_PALETTE[0], false),
    ] {
        for (row, k) in words.iter().enumerate() {
            let y = 30.0 + row as f64 * BAR_HEIGHT;
            let length = k.g2.abs() / most * reach;
            let x = if left { axis - length } else { axis };
            let (label_x, anchor) = if left {
                (axis - length - 4.0, "end")
            } else {
                (axis + length + 4.0, "start")
            };
            let _ = writeln!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{length:.1}\" height=\"{:.1}\" fill=\"{color}\"><title>{} G²={:.1} log ratio={:.2}</title></rect>\
                 <text x=\"{label_x:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text>",
                BAR_HEIGHT - 6.0,
                escape_xml(&k.word),
                k.g2,
                k.log_ratio,
                y + BAR_HEIGHT - 10.0,
                escape_xml(&k.word)
            );
        }
    }
    let _ = writeln!(
        out,
        "<line x1=\"{axis}\" y1=\"26\" x2=\"{axis}\" y2=\"{height}\" stroke=\"#888\"/>\n</svg>"
    );
    out
}

/// `A：2012年国务院政府工作报告`, the year put in front when the title lacks it.
fn side_name(name: &str, side: &Side) -> String {
    let title = side.title.as_deref().unwrap_or("（无标题）");
    match side.year {
        Some(y) if !title.contains(&y.to_string()) => format!("{name}：{y} {title}"),
        _ => format!("{name}：{title}"),
    }
}

/// The comparison as one standalone page: the two reports, the keyness
/// chart and table, 新提法 and dropped ones, the sections side by side,
/// the same indicators, and targets against results.
pub fn comparison_html(comparison: &Comparison) -> String {
    let (a, b) = (&comparison.a, &comparison.b);
    let title = escape_xml(&format!(
        "{} 与 {} 对比",
        a.year.map_or("A".to_owned(), |y| y.to_string()),
        b.year.map_or("B".to_owned(), |y| y.to_string())
    ));
    let mut out = String::with_capacity(64 * 1024);
    head(&mut out, &title);
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}<br>{}</p>",
        escape_xml(&side_name("A", a)),
        escape_xml(&side_name("B", b))
    );
    keyness(&mut out, comparison);
    phrases(&mut out, comparison);
    sections(&mut out, comparison);
    indicators(&mut out, comparison);
    targets(&mut out, comparison);
    foot(&mut out);
    out
}

/// Rows of a table, each field escaped.
fn table(out: &mut String, header: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    out.push_str("<table>\n<tr>");
    for h in header {
        let _ = write!(out, "<th>{h}</th>");
    }
    out.push_str("</tr>\n");
    for row in rows {
        out.push_str("<tr>");
        for field in row {
            let _ = write!(out, "<td>{}</td>", escape_xml(&field));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

fn keyness(out: &mut String, c: &Comparison) {
    out.push_str("<h2>关键词对比（对数似然 G²）</h2>\n");
    out.push_str(&keyness_svg(c));
    table(
        out,
        &[
            "词", "A 次数", "B 次数", "A 每万字", "B 每万字", "G²", "log ratio",
        ],
        c.keyness.iter().map(|k| {
            vec![
                k.word.clone(),
                k.count_a.to_string(),
                k.count_b.to_string(),
                format!("{:.2}", k.per10k_a),
                format!("{:.2}", k.per10k_b),
                format!("{:.2}", k.g2),
                format!("{:.2}", k.log_ratio),
            ]
        }),
    );
}

fn phrases(out: &mut String, c: &Comparison) {
    for (heading, list) in [
        ("新提法（B 有 A 无）", &c.new_in_b),
        ("不再提（A 有 B 无）", &c.dropped_in_b),
    ] {
        let _ = writeln!(out, "<h2>{heading}</h2>\n<p class=\"keywords\">");
        for p in list.iter() {
            let _ = write!(out, "{}（{}） ", escape_xml(&p.text), p.count);
        }
        out.push_str("</p>\n");
    }
}

fn sections(out: &mut String, c: &Comparison) {
    out.push_str("<h2>章节对照</h2>\n");
    let share = |s: Option<f64>| s.map_or(String::new(), |s| format!("{:.1}%", s * 100.0));
    table(
        out,
        &["A 章节", "A 占比", "B 章节", "B 占比", "相似度"],
        c.sections.iter().map(|p| {
            vec![
                p.heading_a.clone().unwrap_or_default(),
                share(p.share_a),
                p.heading_b.clone().unwrap_or_default(),
                share(p.share_b),
                format!("{:.2}", p.similarity),
            ]
        }),
    );
}

fn indicators(out: &mut String, c: &Comparison) {
    out.push_str("<h2>同一指标</h2>\n");
    table(
        out,
        &["指标", "单位", "A", "B", "变化"],
        c.indicators.iter().map(|p| {
            vec![
                p.subject.clone(),
                p.unit.clone(),
                p.a.text.clone(),
                p.b.text.clone(),
                number(p.change),
            ]
        }),
    );
}

fn targets(out: &mut String, c: &Comparison) {
    out.push_str("<h2>目标与结果</h2>\n");
    table(
        out,
        &["指标", "年份", "A 的目标", "B 的结果", "状态"],
        c.targets.iter().map(|t| {
            vec![
                t.subject.clone(),
                t.year.map_or(String::new(), |y| y.to_string()),
                t.target.text.clone(),
                t.result.as_ref().map_or("—".to_owned(), |r| r.text.clone()),
                t.status.label().to_owned(),
            ]
        }),
    );
    if !c.no_target_in_b.is_empty() {
        out.push_str("<h2>未提目标（A 有目标，B 未提）</h2>\n<p class=\"keywords\">");
        for i in &c.no_target_in_b {
            let _ = write!(
                out,
                "{}（{}） ",
                escape_xml(&i.subject),
                escape_xml(&i.unit)
            );
        }
        out.push_str("</p>\n");
    }
}
