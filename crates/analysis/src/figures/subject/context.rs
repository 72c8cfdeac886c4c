//! Subjects taken from the figure before in the same sentence, when a
//! figure's own words name no indicator or only part of one:
//! `增长94.5%、达168.4万辆` (the same indicator), `占国内生产总值比重3%`
//! (a share of it), `高于全国0.7个百分点` (a gap from it), `总量达到1.8万家`
//! (its total), `新增公园141座、累计达到973座` (its running total).

use super::super::reader::Figure;
use super::BARE_MEASURES;
use crate::report::Metric;

/// Measures of a rate or share of the thing before: 增速, 比重.
const BARE_RATES: &[&str] = &["增速", "增幅", "比重", "占比"];

/// Acts of adding that open a subject: 新增公园141座 (the new ones).
const ADDING: &[&str] = &["新增", "新建", "新认定", "新开工", "新培育"];

/// Measures a previous subject may end with, dropped before another
/// measure is added: 粮食播种面积1.1亿亩、产量825亿斤 → 粮食产量.
const TRAILING_MEASURES: &[&str] = &[
    "播种面积", "面积", "产量", "总量", "规模", "总额", "增加值", "产值", "数量",
];

/// Comparisons with another place or period: 高于全国0.7个百分点.
const COMPARISONS: &[&str] = &["高于", "低于", "快于", "慢于", "超出"];

/// `text` is the paragraph's, `figures` its figures in order, as `metrics`.
pub(in crate::figures) fn fill_from_context(
    text: &str,
    figures: &[Figure],
    metrics: &mut [Metric],
) {
    for i in 1..metrics.len() {
        let between = &text[figures[i - 1].end..figures[i].start];
        let (before, rest) = metrics.split_at_mut(i);
        let (previous, metric) = (&before[i - 1], &mut rest[0]);
        if metric.sentence_start != previous.sentence_start {
            continue;
        }
        let Some(earlier) = previous.subject.as_deref() else {
            continue;
        };
        // A running total of the things added just before.
        let running_total = between.contains("累计")
            && ADDING.iter().any(|a| earlier.starts_with(a))
            && metric.subject.as_deref().is_none_or(|own| own == earlier);
        if running_total {
            let things = ADDING
                .iter()
                .find_map(|a| earlier.strip_prefix(a))
                .unwrap_or(earlier);
            metric.subject = Some(format!("{things}累计"));
            continue;
        }
        // Only the same part of the sentence speaks of the same thing.
        let same_part = !between.contains(['；', ';']);
        metric.subject = Some(match metric.subject.as_deref() {
            None => earlier.to_owned(),
            Some(own) if own.starts_with('占') => format!("{earlier}{own}"),
            Some(own) if COMPARISONS.iter().any(|c| own.starts_with(c)) => {
                let rate = previous.change.is_some() && previous.unit == "%";
                let rate_word = if rate && !earlier.ends_with("增速") {
                    "增速"
                } else {
                    ""
                };
                format!("{earlier}{rate_word}{own}")
            }
            // 新增国家高新技术企业1200家，总量达到1.8万家; 粮食播种面积1.1亿亩、
            // 产量825亿斤 (the thing without the measure before: 粮食产量).
            Some(own) if same_part && BARE_MEASURES.contains(&own) => {
                let topic = TRAILING_MEASURES
                    .iter()
                    .find_map(|m| earlier.strip_suffix(m))
                    .filter(|t| t.chars().count() >= 2)
                    .unwrap_or(earlier);
                format!("{topic}{own}")
            }
            Some(own) if same_part && BARE_RATES.contains(&own) => format!("{earlier}{own}"),
            // 新建绿道130公里、绿地1000公顷: the act of adding holds for the list.
            Some(own) if between == "、" && !ADDING.iter().any(|a| own.starts_with(a)) => {
                match ADDING.iter().find(|a| earlier.starts_with(**a)) {
                    Some(adding) => format!("{adding}{own}"),
                    None => continue,
                }
            }
            Some(_) => continue,
        });
    }
}
