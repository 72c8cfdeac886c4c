//! The words around a figure's number: qualifiers (超过, 近, 余, 左右),
//! magnitudes (万, 亿), range marks, and the units a figure needs — which
//! count things (件, 名) and which are also the start of a word (人民, 成为).

use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use crate::text::chars::is_han;
use crate::text::numerals::{ascii_digit, is_chinese_numeral};

/// Qualifiers written before the number, longest first. (达到 and 达 are
/// the verb "reach", not a qualifier: the figure is what is reached.)
pub(super) const PREFIX_QUALIFIERS: &[&str] = &["超过", "突破", "累计", "近", "约", "超", "逾"];
/// Qualifiers written after the number or the unit.
pub(super) const SUFFIX_QUALIFIERS: &[&str] = &["以上", "以下", "以内", "左右"];
/// Approximations written after the number or its magnitude (280余篇, 3万多户).
pub(super) const APPROXIMATE: &[&str] = &["余", "多"];
/// Between the two ends of a range: 3%—5%, 5万至8万.
pub(super) const RANGE_MARKS: &[&str] = &["—", "－", "-", "～", "~", "至", "到"];
/// A magnitude written between a number and its unit (万, 亿…), with its factor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Magnitude {
    pub word: &'static str,
    pub factor: f64,
}

const fn magnitude(word: &'static str, factor: f64) -> Magnitude {
    Magnitude { word, factor }
}

/// The magnitudes, longest first.
pub(super) const MAGNITUDES: &[Magnitude] = &[
    magnitude("万亿", 1e12),
    magnitude("千亿", 1e11),
    magnitude("百亿", 1e10),
    magnitude("千万", 1e7),
    magnitude("百万", 1e6),
    magnitude("亿", 1e8),
    magnitude("万", 1e4),
];

/// Units, longest first so 亿元 wins over 元 and 个百分点 over 个: shares,
/// money, measures (length, area, volume, weight, energy, time), counts.
pub(super) const UNITS: &[&str] = &[
    "个百分点", "个工作日", "平方公里", "平方千米", "头（只）", "套（间）", "千瓦时", "百分点",
    "平方米", "立方米", "美元", "公里", "千米", "公顷", "千瓦", "千伏", "人次", "架次", "公斤",
    "千克", "微克", "毫克", "小时", "标箱", "%", "％", "‰", "倍", "成", "元", "吨", "亩", "斤",
    "米", "天", "岁", "件", "次", "名", "个", "期", "篇", "家", "户", "条", "份", "项", "人", "所",
    "座", "台", "辆", "套", "批", "届", "场", "支", "处", "种", "类", "位", "艘", "架", "头", "只",
    "株", "棵", "张", "块", "册", "部", "间", "栋", "列", "班", "村", "镇", "宗",
];

/// Whether `word` is only a unit, with or without its magnitude: 万公顷,
/// 个百分点, 亿元, 公里 — what a figure is measured in, never what it
/// measures.
pub(crate) fn is_unit_word(word: &str) -> bool {
    // This runs per token: a unit ends with a unit's last character.
    let ends_like_a_unit = word
        .chars()
        .next_back()
        .is_some_and(|last| UNIT_LAST_CHARS.contains(&last));
    if !ends_like_a_unit {
        return false;
    }
    let rest = MAGNITUDES
        .iter()
        .find_map(|m| word.strip_prefix(m.word))
        .unwrap_or(word);
    let multi_char_unit = rest.chars().count() > 1 && UNITS.contains(&rest);
    let magnified_unit = rest.len() < word.len() && UNITS.contains(&rest);
    multi_char_unit || magnified_unit
}

/// The last characters of [`UNITS`], for a quick rejection.
static UNIT_LAST_CHARS: LazyLock<HashSet<char>> =
    LazyLock::new(|| UNITS.iter().filter_map(|u| u.chars().next_back()).collect());

/// Rates the figures' units may form with `/` (kept as `&'static str`).
pub(super) const UNIT_RATES: &[&str] = &[
    "元/人", "万元/人", "人/百亿元", "元/吨", "元/平方米", "元/亩", "元/年", "元/月", "人/万人",
    "吨/年", "微克/立方米", "毫克/升",
];

/// After `届`, these say it is an ordinal (十二届市政协, 十九届历次全会).
const ORDINAL_FOLLOWERS: &[char] = &[
    '市', '省', '全', '中', '人', '政', '委', '历', '一', '二', '三', '四', '五', '六', '七',
];

/// Units that are also the first character of common words: 人民, 部门, 成为.
const UNIT_WORD_STARTS: &[(&str, &[char])] = &[
    ("人", &['民', '才', '员', '口', '大', '士']),
    ("米", &['粮', '面']),
    ("天", &['然', '津', '下', '地', '空']),
    ("部", &['门', '分', '署', '委', '长']),
    ("类", &['型']),
    ("种", &['植', '子', '业']),
    ("头", &['部']),
    ("场", &['所', '景', '馆']),
    ("处", &['理', '置', '长']),
    ("位", &['于', '置']),
    ("村", &['民', '庄', '级']),
    ("镇", &['村', '街']),
    ("宗", &['教', '旨', '族', '师']),
    (
        "成",
        &[
            '为', '果', '本', '立', '功', '效', '熟', '长', '员', '绩', '都', '交', '型', '就',
            '套', '批', '片',
        ],
    ),
];

/// What follows a figure's number, the magnitude apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// A unit word (件, %, 个百分点, 元/人…).
    Word(&'static str),
    /// 三分之一: the number is a share of a whole.
    Fraction,
    /// 3700多万学生: a magnitude with no unit after it.
    Bare,
}

impl Unit {
    /// The unit as the report gives it: the unit's word as written (its
    /// full-width ％ as %), `分之` for a fraction, nothing for a bare magnitude.
    pub fn shown(self) -> &'static str {
        match self {
            Unit::Word("％") => "%",
            unit => unit.written(),
        }
    }

    /// The unit's word as the text writes it (`分之`, nothing, as [`Unit::shown`]).
    pub fn written(self) -> &'static str {
        match self {
            Unit::Word(word) => word,
            Unit::Fraction => "分之",
            Unit::Bare => "",
        }
    }

    /// Whether it counts things (件, 篇…, or a bare 万): what follows it is
    /// what is counted.
    pub fn counts(self) -> bool {
        matches!(self, Unit::Word(word) if COUNTING_UNITS.contains(&word)) || self == Unit::Bare
    }

    /// Whether it counts occasions (次, 人次, 届): what was done is named before it.
    pub fn counts_occasions(self) -> bool {
        matches!(self, Unit::Word("次" | "人次" | "场次" | "架次" | "届"))
    }
}

/// Units that count things (what follows them is what is counted).
const COUNTING_UNITS: &[&str] = &[
    "件", "篇", "份", "项", "条", "个", "名", "家", "期", "部", "批", "张", "座", "台", "辆", "套",
    "套（间）", "头（只）", "所", "处", "户", "艘", "架", "株", "棵", "块", "册", "间", "栋", "场",
    "支", "种", "类", "位", "村", "镇", "宗",
];

/// 国家会议中心二期 (a phase), not 举办二期培训班 (a count).
pub(super) fn is_phase(rest: &str) -> bool {
    rest.starts_with(|c: char| !is_han(c)) || rest.starts_with(['工', '项']) || rest.is_empty()
}

/// `/人`, `/百亿元` after a unit: the rest of a rate.
pub(super) fn per_unit(rest: &str) -> Option<&str> {
    let after = rest.strip_prefix('/')?;
    let len: usize = after
        .char_indices()
        .take_while(|&(i, c)| {
            is_han(c) && !SUFFIX_QUALIFIERS.iter().any(|q| after[i..].starts_with(q))
        })
        .map(|(_, c)| c.len_utf8())
        .sum();
    (len > 0 && len <= 4 * 3).then(|| &rest[..1 + len])
}

/// Rejects a unit that is really the start of a word or an ordinal.
pub(super) fn unit_fits(unit: &str, rest: &str) -> bool {
    let next = rest.chars().next();
    // 30万吨级航道, 千亿级产业集群: a size class, not an amount.
    if next == Some('级') {
        return false;
    }
    if unit == "届" && next.is_some_and(|c| ORDINAL_FOLLOWERS.contains(&c)) {
        return false;
    }
    // 人大三次会议: the third session, not three of them; 三次产业: the
    // three sectors' name.
    if unit == "次" {
        // 七次、八次、九次全会: the sessions listed share the last one's word.
        let mut rest = rest;
        while let Some(next) = rest.strip_prefix('、') {
            let numeral = next
                .char_indices()
                .find(|&(_, c)| !is_chinese_numeral(c) && ascii_digit(c).is_none())
                .map_or(next.len(), |(at, _)| at);
            match next[numeral..].strip_prefix('次') {
                Some(after) if numeral > 0 => rest = after,
                _ => break,
            }
        }
        if ["会议", "全会", "代表大会", "全体会议", "产业"]
            .iter()
            .any(|w| rest.starts_with(w))
        {
            return false;
        }
    }
    !UNIT_WORD_STARTS
        .iter()
        .any(|(u, starts)| *u == unit && next.is_some_and(|c| starts.contains(&c)))
}
