//! Where a report was given: the region its meeting line, speaker line or
//! title names (在安徽省第十四届人民代表大会, 政协衡阳市第十二届委员会,
//! 北京市人民政府市长) and that region's level, so a library of reports can
//! be sorted and compared by place as well as by year.

use serde::{Deserialize, Serialize};

use crate::report::Report;

/// A report's region and level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    /// As the report writes it: 全国, 安徽省, 广西壮族自治区, 衡阳市.
    pub name: String,
    pub level: Level,
}

/// Endings a region's short name leaves out, longest first.
const NAME_ENDINGS: [&str; 7] = [
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市",
];

impl Region {
    /// The name without its ending (安徽省 → 安徽, 广西壮族自治区 → 广西,
    /// 北京市 → 北京), as a chart's column names it.
    pub fn short_name(&self) -> &str {
        NAME_ENDINGS
            .iter()
            .find_map(|ending| self.name.strip_suffix(ending))
            .filter(|short| short.chars().count() >= 2)
            .unwrap_or(&self.name)
    }
}

/// An administrative level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    National,
    /// 省, 自治区, 直辖市 and the two special administrative regions.
    Province,
    /// 市, 州, 盟 and 地区.
    City,
    /// 县, 区, 旗.
    County,
}

impl Level {
    /// The name shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Level::National => "全国",
            Level::Province => "省级",
            Level::City => "市级",
            Level::County => "县级",
        }
    }
}

/// The bodies whose name follows the region: 人民代表大会, 人民政府, 政协.
const BODIES: [&str; 4] = ["人民代表大会", "人民政府", "委员会", "代表大会"];
/// The four municipalities, provinces in level though named 市.
const MUNICIPALITIES: [&str; 4] = ["北京市", "天津市", "上海市", "重庆市"];

/// How far into a report its address names the body speaking (我代表国务院…).
const ADDRESS_CHARS: usize = 600;

/// The region of a report (`text`, as analyzed): the first its meeting
/// line, speaker line, title, or the opening of its address (我代表国务院，
/// 向大会报告政府工作) name, in that order.
pub fn report_region(report: &Report, text: &str) -> Option<Region> {
    let end = text
        .char_indices()
        .nth(ADDRESS_CHARS)
        .map_or(text.len(), |(at, _)| at);
    let opening = &text[..end];
    let address = opening
        .split_once("我代表")
        .map(|(_, rest)| rest.split(['，', '。', ',']).next().unwrap_or(rest));
    [
        report.meta.subtitle.as_deref(),
        report.meta.speaker.as_deref(),
        report.title.as_deref(),
        address,
    ]
    .into_iter()
    .flatten()
    .find_map(region_in)
}

/// The region a line names before a body (or as 全国).
fn region_in(line: &str) -> Option<Region> {
    let line: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    if line.contains("全国人民代表大会") || line.contains("全国委员会") || line.contains("国务院")
    {
        return Some(Region {
            name: "全国".to_owned(),
            level: Level::National,
        });
    }
    BODIES.iter().find_map(|body| {
        let at = line.find(body)?;
        named_before(&line[..at])
    })
}

/// The region that ends `before` (a body's name follows it): what comes
/// after the last 在, 政协 or date, with a session number (第十四届) cut off.
fn named_before(before: &str) -> Option<Region> {
    let mut name = before;
    for opener in ["在", "政协", "中国人民政治协商会议", "中国共产党", "日"] {
        if let Some(at) = name.rfind(opener) {
            name = &name[at + opener.len()..];
        }
    }
    if let Some(at) = name.find('第') {
        name = &name[..at];
    }
    let name = name.trim_matches(|c: char| !crate::text::chars::is_han(c));
    let level = level_of(name)?;
    Some(Region {
        name: name.to_owned(),
        level,
    })
}

/// A region's level from how its name ends.
fn level_of(name: &str) -> Option<Level> {
    if name.chars().count() < 2 {
        return None;
    }
    if MUNICIPALITIES.contains(&name) || name.ends_with("特别行政区") {
        return Some(Level::Province);
    }
    let last = name.chars().next_back()?;
    if name.ends_with("自治区") || last == '省' {
        Some(Level::Province)
    } else if matches!(last, '市' | '州' | '盟') || name.ends_with("地区") {
        Some(Level::City)
    } else if matches!(last, '县' | '区' | '旗') {
        Some(Level::County)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(line: &str) -> Option<(String, Level)> {
        region_in(line).map(|r| (r.name, r.level))
    }

    #[test]
    fn the_region_before_the_body_its_level_from_its_ending() {
        let province = named("——2025年1月20日在安徽省第十四届人民代表大会第三次会议上");
        assert_eq!(province, Some(("安徽省".into(), Level::Province)));
        let national = named("——2012年3月5日在第十一届全国人民代表大会第五次会议上");
        assert_eq!(national, Some(("全国".into(), Level::National)));
        let autonomous = named("在广西壮族自治区第十四届人民代表大会第四次会议上");
        assert_eq!(autonomous.map(|r| r.1), Some(Level::Province));
        let city = named("在政协衡阳市第十二届委员会第五次会议上");
        assert_eq!(city, Some(("衡阳市".into(), Level::City)));
        let municipality = named("上海市人民政府市长 龚 正");
        assert_eq!(municipality, Some(("上海市".into(), Level::Province)));
        let district = named("呼伦贝尔市海拉尔区人民政府代区长  萨国文");
        assert_eq!(district.map(|r| r.1), Some(Level::County));
        assert_eq!(named("政府工作报告"), None);
        let short = |line: &str| region_in(line).map(|r| r.short_name().to_owned());
        assert_eq!(
            short("在广西壮族自治区第十四届人民代表大会"),
            Some("广西".into())
        );
        assert_eq!(
            short("在新疆维吾尔自治区第十四届人民代表大会"),
            Some("新疆".into())
        );
        assert_eq!(short("北京市人民政府市长"), Some("北京".into()));
        assert_eq!(short("在政协衡阳市第十二届委员会"), Some("衡阳".into()));
        assert_eq!(named("国务院").map(|r| r.1), Some(Level::National));
        assert_eq!(named("省人民政府"), None, "a level without a name");
    }
}
