//! Reading one figure out of running text: qualifier, number (Arabic,
//! full-width or Chinese), magnitude, range, unit. What the figure counts and
//! where it stands is `metrics`' business.
//!
//! A figure needs a unit: a bare number is a year, a code or a formulation.
//! Ordinals (第十二届), durations (五年), anniversaries (70周年) and numbers
//! inside short quotes (“四个意识”) are not figures.

use super::formulations::FIXED_FORMULATIONS;
use crate::text::chars::is_han;
use crate::text::numerals::{ascii_digit, is_chinese_numeral, parse_chinese};
use crate::text::quotes::quoted;

/// A quotation this long or shorter, its opening mark counted, is a name
/// (“四个意识”, “三高四新”): numbers in it are no figures.
const MAX_QUOTE_CHARS: usize = 12;
/// Qualifiers written before the number, longest first.
const PREFIX_QUALIFIERS: &[&str] = &["超过", "突破", "达到", "累计", "近", "约", "超", "逾"];
/// Qualifiers written after the number or the unit.
const SUFFIX_QUALIFIERS: &[&str] = &["以上", "以下", "以内", "左右"];
/// Between the two ends of a range: 3%—5%, 5万至8万.
const RANGE_MARKS: &[&str] = &["—", "－", "-", "～", "~", "至", "到"];
/// Magnitudes between a number and its unit, with their factors; longest first.
const MAGNITUDES: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千亿", 1e11),
    ("百亿", 1e10),
    ("千万", 1e7),
    ("百万", 1e6),
    ("亿", 1e8),
    ("万", 1e4),
];
/// Units, longest first so 亿元 wins over 元 and 个百分点 over 个.
const UNITS: &[&str] = &[
    "个百分点", "平方公里", "头（只）", "千瓦时", "百分点", "平方米", "立方米", "美元", "公里",
    "公顷", "千瓦", "人次", "公斤", "千克", "%", "％", "‰", "倍", "成", "元", "吨", "亩", "斤",
    "件", "次", "名", "个", "期", "篇", "家", "户", "条", "份", "项", "人", "所", "座", "台", "辆",
    "套", "批", "届", "场", "支", "处", "种", "类", "位", "艘", "架", "头", "只", "株", "棵", "张",
    "块", "册", "部", "间", "栋", "列", "班", "村", "镇",
];
/// Rates the figures' units may form with `/` (kept as `&'static str`).
const UNIT_RATES: &[&str] = &[
    "元/人", "万元/人", "人/百亿元", "元/吨", "元/平方米", "元/亩", "元/年", "元/月", "人/万人",
    "吨/年",
];
/// After `届`, these say it is an ordinal (十二届市政协, 十九届历次全会).
const ORDINAL_FOLLOWERS: &[char] = &[
    '市', '省', '全', '中', '人', '政', '委', '历', '一', '二', '三', '四', '五', '六', '七',
];
/// Units that are also the first character of common words: 人民, 部门, 成为.
const UNIT_WORD_STARTS: &[(&str, &[char])] = &[
    ("人", &['民', '才', '员', '口', '大', '士']),
    ("部", &['门', '分', '署', '委', '长']),
    ("类", &['型']),
    ("种", &['植', '子', '业']),
    ("头", &['部']),
    ("场", &['所', '景', '馆']),
    ("处", &['理', '置', '长']),
    ("位", &['于', '置']),
    ("村", &['民', '庄', '级']),
    ("镇", &['村', '街']),
    (
        "成",
        &[
            '为', '果', '本', '立', '功', '效', '熟', '长', '员', '绩', '都', '交', '型', '就',
            '套', '批', '片',
        ],
    ),
];

/// A figure as found in a paragraph's text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Figure {
    /// Byte range in the paragraph text, qualifiers included.
    pub start: usize,
    pub end: usize,
    /// The number as written (the lower end of a range).
    pub value: f64,
    /// The upper end of a range, as written.
    pub upper: Option<f64>,
    /// 万, 亿… with its factor; ("", 1.0) for none.
    pub magnitude: (&'static str, f64),
    /// The unit after the magnitude; "" for 3700多万 with nothing after.
    pub unit: &'static str,
    pub qualifier: Option<&'static str>,
}

/// A position in a paragraph's text, moving forward.
struct Cursor<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Cursor<'t> {
    fn rest(&self) -> &'t str {
        &self.text[self.at..]
    }

    fn eat(&mut self, word: &str) -> bool {
        let found = self.rest().starts_with(word);
        if found {
            self.at += word.len();
        }
        found
    }

    fn eat_any(&mut self, words: &[&'static str]) -> Option<&'static str> {
        let word = words
            .iter()
            .find(|w| self.rest().starts_with(**w))
            .copied()?;
        self.at += word.len();
        Some(word)
    }

    fn eat_magnitude(&mut self) -> Option<(&'static str, f64)> {
        let m = MAGNITUDES
            .iter()
            .find(|(m, _)| self.rest().starts_with(m))
            .copied()?;
        self.at += m.0.len();
        Some(m)
    }

    /// A number at the cursor: (value, trailing magnitude, Arabic?).
    fn number(&mut self) -> Option<(f64, (&'static str, f64), bool)> {
        let rest = self.rest();
        let first = rest.chars().next()?;
        if ascii_digit(first).is_some() {
            let mut digits = String::new();
            let mut len = 0;
            let mut chars = rest.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let digit_follows = chars.peek().is_some_and(|&(_, d)| ascii_digit(d).is_some());
                match c {
                    _ if ascii_digit(c).is_some() => digits.push(ascii_digit(c)?),
                    '.' | '．' if digit_follows => digits.push('.'),
                    ',' if digit_follows => {}
                    _ => break,
                }
                len = i + c.len_utf8();
            }
            self.at += len;
            return Some((digits.parse().ok()?, ("", 1.0), true));
        }
        let len: usize = rest
            .chars()
            .take_while(|&c| is_chinese_numeral(c))
            .map(char::len_utf8)
            .sum();
        if len == 0 {
            return None;
        }
        let numeral = &rest[..len];
        self.at += len;
        // 两万 → 2 with magnitude 万, as 2万 would be.
        let (core, magnitude) = match MAGNITUDES
            .iter()
            .find(|(m, _)| numeral.ends_with(m) && numeral.len() > m.len())
        {
            Some(&(m, f)) => (&numeral[..numeral.len() - m.len()], (m, f)),
            None => (numeral, ("", 1.0)),
        };
        match core {
            "万" => Some((1.0, ("万", 1e4), false)),
            "亿" => Some((1.0, ("亿", 1e8), false)),
            _ => Some((parse_chinese(core)?, magnitude, false)),
        }
    }
}

/// Every figure in a paragraph, in order.
pub(crate) fn figures(text: &str) -> Vec<Figure> {
    let quotes = short_quotes(text);
    let mut found = Vec::new();
    let mut at = 0;
    while let Some((offset, c)) = text[at..]
        .char_indices()
        .find(|&(_, c)| ascii_digit(c).is_some() || is_chinese_numeral(c))
    {
        let start = at + offset;
        match read_figure(text, start, &quotes) {
            Some(figure) => {
                at = figure.end;
                found.push(figure);
            }
            None => {
                // Skip the whole numeral: 十二届 is not 二届.
                let numeral = text[start..]
                    .chars()
                    .take_while(|&d| ascii_digit(d).is_some() || is_chinese_numeral(d) || d == '.');
                at = start + numeral.map(char::len_utf8).sum::<usize>().max(c.len_utf8());
            }
        }
    }
    found
}

/// The figure starting at byte `start`, if there is one.
fn read_figure(text: &str, start: usize, quotes: &[(usize, usize)]) -> Option<Figure> {
    let before = &text[..start];
    let prev = before.chars().next_back();
    let arabic = text[start..].chars().next().and_then(ascii_digit).is_some();
    if prev == Some('第') || prev.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None; // 第十二届, G20
    }
    if FIXED_FORMULATIONS
        .iter()
        .any(|f| text[start..].starts_with(f))
    {
        return None;
    }
    let in_quote = quotes.iter().any(|&(s, e)| s <= start && start < e);
    if in_quote || (!arabic && prev == Some('”')) {
        return None; // “四个意识”; “…”四个环节 sums up a list
    }
    let percent_word = before.ends_with("百分之");
    let (figure_start, prefix) = match PREFIX_QUALIFIERS.iter().find(|q| before.ends_with(**q)) {
        Some(q) => (start - q.len(), Some(*q)),
        None if percent_word => (start - "百分之".len(), None),
        None => (start, None),
    };

    let mut cursor = Cursor { text, at: start };
    let (value, mut magnitude, arabic) = cursor.number()?;
    let numeral = &text[start..cursor.at];
    // 一个 (an article), 千家万户, 百花齐放: numerals that are words, unless a qualifier vouches (近亿元).
    let lone = !arabic
        && magnitude.0.is_empty()
        && matches!(numeral, "一" | "十" | "百" | "千" | "零" | "〇");
    if lone || (!arabic && matches!(numeral, "万" | "亿") && prefix.is_none()) {
        return None;
    }
    if !arabic && cursor.eat("分之") {
        // 三分之一: a fraction.
        let (numerator, _, false) = cursor.number()? else {
            return None;
        };
        return Some(Figure {
            start: figure_start,
            end: cursor.at,
            value: numerator / value,
            upper: None,
            magnitude: ("", 1.0),
            unit: "分之",
            qualifier: prefix.or_else(|| cursor.eat_any(SUFFIX_QUALIFIERS)),
        });
    }
    let mut approx = cursor.eat_any(&["余", "多"]);
    if magnitude.0.is_empty() {
        magnitude = cursor.eat_magnitude().unwrap_or(magnitude);
    }
    approx = approx.or_else(|| cursor.eat_any(&["余", "多"]));
    let upper = read_upper_end(&mut cursor, arabic, &mut magnitude);

    let unit = if percent_word {
        "%"
    } else {
        match cursor.eat_any(UNITS) {
            Some(unit) => unit,
            // 3700多万学生: a magnitude with nothing after it still counts.
            None if !magnitude.0.is_empty() && arabic => "",
            None => return None,
        }
    };
    if !unit_fits(unit, cursor.rest()) || (!arabic && unit == "期" && is_phase(cursor.rest())) {
        return None;
    }
    // 58万元/人, 0.6人/百亿元: a rate per something.
    let unit = match per_unit(cursor.rest()) {
        Some(per) => {
            cursor.at += per.len();
            UNIT_RATES
                .iter()
                .find(|u| **u == format!("{unit}{per}"))
                .copied()
                .unwrap_or(unit)
        }
        None => unit,
    };
    // 3%—5%: the unit may repeat after the upper end.
    if upper.is_none() {
        let mut probe = Cursor {
            text,
            at: cursor.at,
        };
        if probe.eat_any(RANGE_MARKS).is_some() {
            if let Some((high, _, true)) = probe.number().filter(|_| arabic) {
                probe.eat_magnitude();
                if probe.eat(unit) {
                    cursor.at = probe.at;
                    let suffix = cursor.eat_any(SUFFIX_QUALIFIERS);
                    return Some(Figure {
                        start: figure_start,
                        end: cursor.at,
                        value,
                        upper: Some(high),
                        magnitude,
                        unit,
                        qualifier: approx.or(prefix).or(suffix),
                    });
                }
            }
        }
    }
    let suffix = cursor.eat_any(SUFFIX_QUALIFIERS);
    Some(Figure {
        start: figure_start,
        end: cursor.at,
        value,
        upper,
        magnitude,
        unit,
        qualifier: approx.or(prefix).or(suffix),
    })
}

/// `5万至8万` / `3至5`: the upper end of a range written before the unit.
fn read_upper_end(
    cursor: &mut Cursor,
    arabic: bool,
    magnitude: &mut (&'static str, f64),
) -> Option<f64> {
    let mut probe = Cursor {
        text: cursor.text,
        at: cursor.at,
    };
    probe.eat_any(RANGE_MARKS)?;
    let (high, high_magnitude, high_arabic) = probe.number()?;
    if high_arabic != arabic {
        return None;
    }
    let high_magnitude = probe.eat_magnitude().unwrap_or(high_magnitude);
    if !high_magnitude.0.is_empty() {
        if !magnitude.0.is_empty() && magnitude.0 != high_magnitude.0 {
            return None;
        }
        *magnitude = high_magnitude;
    }
    cursor.at = probe.at;
    Some(high)
}

/// 国家会议中心二期 (a phase), not 举办二期培训班 (a count).
fn is_phase(rest: &str) -> bool {
    rest.starts_with(|c: char| !is_han(c)) || rest.starts_with(['工', '项']) || rest.is_empty()
}

/// `/人`, `/百亿元` after a unit: the rest of a rate.
fn per_unit(rest: &str) -> Option<&str> {
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
fn unit_fits(unit: &str, rest: &str) -> bool {
    let next = rest.chars().next();
    if unit == "届" && next.is_some_and(|c| ORDINAL_FOLLOWERS.contains(&c)) {
        return false;
    }
    // 人大三次会议: the third session, not three of them.
    if unit == "次"
        && ["会议", "全会", "代表大会", "全体会议"]
            .iter()
            .any(|w| rest.starts_with(w))
    {
        return false;
    }
    !UNIT_WORD_STARTS
        .iter()
        .any(|(u, starts)| *u == unit && next.is_some_and(|c| starts.contains(&c)))
}

/// Byte ranges of short quotations (“四个意识”), opening mark to closing
/// mark: numbers inside them are names.
fn short_quotes(text: &str) -> Vec<(usize, usize)> {
    quoted(text, '“', '”')
        .map(|inner| (inner.start - '“'.len_utf8(), inner.end))
        .filter(|&(open, close)| text[open..close].chars().count() <= MAX_QUOTE_CHARS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, value, upper, magnitude + unit, qualifier) of a figure.
    type Read = (String, f64, Option<f64>, String, Option<&'static str>);

    fn read(text: &str) -> Vec<Read> {
        figures(text)
            .into_iter()
            .map(|f| {
                (
                    text[f.start..f.end].to_owned(),
                    f.value,
                    f.upper,
                    format!("{}{}", f.magnitude.0, f.unit),
                    f.qualifier,
                )
            })
            .collect()
    }

    fn one(text: &str) -> Read {
        let mut found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.remove(0)
    }

    #[test]
    fn arabic_with_thousands_separators() {
        assert_eq!(
            one("新增就业1,206万人"),
            ("1,206万人".into(), 1206.0, None, "万人".into(), None)
        );
    }

    #[test]
    fn full_width_digits_and_point() {
        assert_eq!(
            one("国内生产总值４７．２万亿元"),
            ("４７．２万亿元".into(), 47.2, None, "万亿元".into(), None)
        );
    }

    #[test]
    fn decimals_and_percent() {
        assert_eq!(
            one("增长5.2%"),
            ("5.2%".into(), 5.2, None, "%".into(), None)
        );
        assert_eq!(
            one("增长5.2％"),
            ("5.2％".into(), 5.2, None, "％".into(), None)
        );
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(
            one("举办三届论坛"),
            ("三届".into(), 3.0, None, "届".into(), None)
        );
        assert_eq!(
            one("建成一百二十个站点"),
            ("一百二十个".into(), 120.0, None, "个".into(), None)
        );
        assert_eq!(
            one("培训三千余人"),
            ("三千余人".into(), 3000.0, None, "人".into(), Some("余"))
        );
        assert_eq!(
            one("新增两万人"),
            ("两万人".into(), 2.0, None, "万人".into(), None)
        );
        assert_eq!(
            one("建设十二个园区"),
            ("十二个".into(), 12.0, None, "个".into(), None)
        );
    }

    #[test]
    fn magnitude_with_a_qualifier_alone() {
        assert_eq!(
            one("筹措物资近亿元"),
            ("近亿元".into(), 1.0, None, "亿元".into(), Some("近"))
        );
    }

    #[test]
    fn mixed_arabic_and_magnitude() {
        assert_eq!(
            one("减税1.5万亿元"),
            ("1.5万亿元".into(), 1.5, None, "万亿元".into(), None)
        );
        assert_eq!(
            one("惠及3万多户"),
            ("3万多户".into(), 3.0, None, "万户".into(), Some("多"))
        );
        assert_eq!(
            one("惠及3700多万学生"),
            ("3700多万".into(), 3700.0, None, "万".into(), Some("多"))
        );
        assert_eq!(
            one("惠及40余万名乡村教师"),
            ("40余万名".into(), 40.0, None, "万名".into(), Some("余"))
        );
    }

    #[test]
    fn percent_in_words() {
        assert_eq!(
            one("占比达到百分之三十"),
            ("百分之三十".into(), 30.0, None, "%".into(), None)
        );
    }

    #[test]
    fn percentage_points_stay_distinct() {
        assert_eq!(
            one("下降0.6个百分点"),
            ("0.6个百分点".into(), 0.6, None, "个百分点".into(), None)
        );
    }

    #[test]
    fn multiples_and_tenths() {
        assert_eq!(
            one("增长1.5倍"),
            ("1.5倍".into(), 1.5, None, "倍".into(), None)
        );
        assert_eq!(
            one("提高三成"),
            ("三成".into(), 3.0, None, "成".into(), None)
        );
        assert_eq!(read("成为全国第一"), vec![]);
    }

    #[test]
    fn ranges() {
        assert_eq!(
            one("增长3%—5%"),
            ("3%—5%".into(), 3.0, Some(5.0), "%".into(), None)
        );
        assert_eq!(
            one("每人5万至8万元"),
            ("5万至8万元".into(), 5.0, Some(8.0), "万元".into(), None)
        );
        assert_eq!(
            one("补贴3至5个百分点"),
            (
                "3至5个百分点".into(),
                3.0,
                Some(5.0),
                "个百分点".into(),
                None
            )
        );
    }

    #[test]
    fn rates_per_unit() {
        assert_eq!(
            one("劳动生产率达58万元/人左右"),
            (
                "58万元/人左右".into(),
                58.0,
                None,
                "万元/人".into(),
                Some("左右")
            )
        );
        assert_eq!(
            one("死亡率控制在0.6人/百亿元以下"),
            (
                "0.6人/百亿元以下".into(),
                0.6,
                None,
                "人/百亿元".into(),
                Some("以下")
            )
        );
    }

    #[test]
    fn fractions() {
        let (text, value, _, unit, _) = one("占全国三分之一");
        assert_eq!((text.as_str(), unit.as_str()), ("三分之一", "分之"));
        assert!((value - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn measures() {
        assert_eq!(
            one("粮食产量1.37万亿斤"),
            ("1.37万亿斤".into(), 1.37, None, "万亿斤".into(), None)
        );
        assert_eq!(
            one("生猪出栏6.7亿头（只）"),
            ("6.7亿头（只）".into(), 6.7, None, "亿头（只）".into(), None)
        );
        assert_eq!(
            one("新建高速公路8000公里"),
            ("8000公里".into(), 8000.0, None, "公里".into(), None)
        );
    }

    #[test]
    fn qualifiers() {
        for (text, q) in [
            ("收入超过126万亿元", "超过"),
            ("突破20万亿元", "突破"),
            ("达到114万亿元", "达到"),
            ("累计724条", "累计"),
            ("约3000人", "约"),
            ("超1万亿元", "超"),
            ("增长5.5%左右", "左右"),
            ("1100万人以上", "以上"),
            ("控制在3%以内", "以内"),
            ("涨幅3%以下", "以下"),
            ("调研报告280余篇", "余"),
            ("共计50多次", "多"),
            ("近千万家", "近"),
        ] {
            assert_eq!(one(text).4, Some(q), "{text}");
        }
    }

    #[test]
    fn ordinals_dates_durations_and_formulations_are_not_figures() {
        for text in [
            "政协衡阳市第十二届委员会",
            "对十三届市政协的工作提出建议",
            "2021年12月29日",
            "过去五年",
            "庆祝人民政协成立70周年大会",
            "增强“四个意识”",
            "连续3年分党派提交报告",
            "一个党派监督一个县市区",
            "走进千家万户",
            "在第15届泛珠三角区域合作会议上",
            "“四同步”调研协商模式",
            "落实中央八项规定精神",
            "G20峰会",
            "汽车零部件",
            "国家会议中心二期、首都国际会展中心",
            "市十六届人大三次会议确定的目标任务",
        ] {
            assert_eq!(read(text), vec![], "{text}");
        }
    }
}
