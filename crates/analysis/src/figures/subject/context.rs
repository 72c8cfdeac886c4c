//! Subjects taken from the figure before in the same sentence, when a
//! figure's own words name no indicator or only part of one:
//! `增长94.5%、达168.4万辆` (the same indicator), `占国内生产总值比重3%`
//! (a share of it), `高于全国0.7个百分点` (a gap from it), `总量达到1.8万家`
//! (its total), `新增公园141座、累计达到973座` (its running total).

use super::super::reader::Figure;
use super::super::sentence::is_clause_break;
use super::acts::{holds_an_act, leading_acts};
use super::{BARE_MEASURES, BARE_RATES};
use crate::report::Metric;
use crate::text::chars::is_han;

/// Acts of adding that open a subject: 新增公园141座 (the new ones).
const ADDING: &[&str] = &["新增", "新建", "新认定", "新开工", "新培育"];

/// Measures a previous subject may end with, dropped before another
/// measure is added: 粮食播种面积1.1亿亩、产量825亿斤 → 粮食产量.
const TRAILING_MEASURES: &[&str] = &[
    "播种面积", "面积", "产量", "总量", "规模", "总额", "增加值", "产值", "数量",
];

/// Acts of carrying out that say what things counted just before did:
/// 完成投资, 实现产值 (not 完成交通投资, which names its own).
const CARRIED_OUT: &[&str] = &["完成", "实现"];

/// Words for the size of a thing (规模), and measures that are amounts
/// already: 进出口总额增长9.4%、重回万亿元规模 measures 进出口总额 again.
const SIZES: &[&str] = &["规模", "总规模", "总量"];
const AMOUNTS: &[&str] = &["总额", "总值", "产值", "增加值", "总量", "规模"];

/// Units of groups or rounds that hold the things a figure right after
/// them counts: 两批21件, 三轮100项.
const GROUPS: &[&str] = &["批", "轮", "类", "组", "期", "届", "次"];

/// Longest act naming the part of the things before that 其中 counts.
const MAX_PART_ACT_CHARS: usize = 8;

/// Comparisons with another place or period: 高于全国0.7个百分点.
const COMPARISONS: &[&str] = &["高于", "低于", "快于", "慢于", "超出"];

/// `text` is the paragraph's, `figures` its figures in order, as `metrics`.
pub(in crate::figures) fn fill_from_context(
    text: &str,
    figures: &[Figure],
    metrics: &mut [Metric],
) {
    // 其中173户349人稳定脱贫: figures side by side count the same things,
    // named after the second.
    for i in (1..metrics.len()).rev() {
        let side_by_side = text[figures[i - 1].end..figures[i].start].trim().is_empty()
            && !GROUPS.contains(&metrics[i - 1].unit.as_str());
        if side_by_side && metrics[i - 1].subject.is_none() {
            metrics[i - 1].subject = metrics[i].subject.clone();
        }
    }
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
        // 建档立卡贫困户301户611人: figures side by side count the same
        // things in two units (not 两批21件事项: batches hold the things).
        if between.trim().is_empty() && !GROUPS.contains(&previous.unit.as_str()) {
            metric.subject = Some(earlier.to_owned());
            continue;
        }
        // Only the same part of the sentence speaks of the same thing.
        let same_part = !between.contains(['；', ';']);
        // 重大项目2200个以上，完成投资5000亿元以上: what the things just
        // counted did.
        if let Some(own) = metric.subject.as_deref() {
            if same_part
                && figures[i - 1].unit.counts()
                && CARRIED_OUT.iter().any(|act| {
                    own.strip_prefix(act)
                        .is_some_and(|what| what.chars().count() == 2)
                })
            {
                metric.subject = Some(format!("{earlier}{own}"));
                continue;
            }
        }
        // 建档立卡贫困户301户611人全部脱贫，其中173户349人稳定脱贫: part of
        // the things before, named by what that part did.
        if metric.subject.is_none() && between.contains("其中") {
            let last = (i..figures.len())
                .take_while(|&j| {
                    j == i || text[figures[j - 1].end..figures[j].start].trim().is_empty()
                })
                .last()
                .unwrap_or(i);
            let after = &text[figures[last].end..];
            let act = after.find(is_clause_break).map_or(after, |k| &after[..k]);
            let n = act.chars().count();
            if (2..=MAX_PART_ACT_CHARS).contains(&n) && act.chars().all(is_han) {
                metric.subject = Some(format!("{act}{earlier}"));
                continue;
            }
        }
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
            // 进出口总额增长9.4%、重回万亿元规模: the size of an amount is
            // that amount.
            Some(own)
                if same_part
                    && SIZES.contains(&own)
                    && AMOUNTS.iter().any(|a| earlier.ends_with(a)) =>
            {
                earlier.to_owned()
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
            // 新建绿道130公里、绿地1000公顷, 改造老旧小区4000个、城中村10万户:
            // the act that changes the first things listed holds for the list.
            Some(own) if listed_after(between) && !holds_an_act(own) => {
                match leading_acts(earlier) {
                    Some(acts) => format!("{acts}{own}"),
                    None => continue,
                }
            }
            Some(_) => continue,
        });
    }
}

/// Whether the words between two figures are the next item of a list:
/// `、绿地` of 新建绿道130公里、绿地1000公顷, `铁路专用线、` of 布局建设5条
/// 铁路专用线、26条产业路, with no clause between.
fn listed_after(between: &str) -> bool {
    let item = between
        .strip_prefix('、')
        .or_else(|| between.strip_suffix('、'));
    item.is_some_and(|item| !item.contains(is_clause_break))
}
