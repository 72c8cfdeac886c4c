//! Figures in the text: number, magnitude, unit and qualifier, and the
//! subject, section and sentence each belongs to.
//!
//! A figure needs a unit: a bare number is a year, a code or a formulation.
//! Ordinals (第十二届), durations (五年), anniversaries (70周年) and numbers
//! inside short quotes (“四个意识”) are not figures.

use jieba_rs::Jieba;

use crate::document::{is_han, Document, Paragraph};
use crate::numerals::{ascii_digit, is_chinese_numeral, parse_chinese};
use crate::report::{Metric, Normalized, Section};

/// Qualifiers written before the number, longest first.
const PREFIX_QUALIFIERS: &[&str] = &["超过", "突破", "达到", "累计", "近", "约", "超", "逾"];
/// Qualifiers written after the unit.
const SUFFIX_QUALIFIERS: &[&str] = &["以上", "以下", "以内", "左右"];
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
    "个百分点",
    "平方公里",
    "千瓦时",
    "百分点",
    "平方米",
    "立方米",
    "美元",
    "公里",
    "公顷",
    "千瓦",
    "人次",
    "公斤",
    "千克",
    "%",
    "％",
    "倍",
    "元",
    "吨",
    "亩",
    "斤",
    "件",
    "次",
    "名",
    "个",
    "期",
    "篇",
    "家",
    "户",
    "条",
    "份",
    "项",
    "人",
    "所",
    "座",
    "台",
    "辆",
    "套",
    "批",
    "届",
    "场",
    "支",
    "处",
    "种",
    "类",
    "位",
    "艘",
    "架",
    "头",
    "只",
    "株",
    "棵",
    "张",
    "块",
    "册",
    "部",
    "间",
    "栋",
    "列",
    "班",
    "村",
    "镇",
];
/// After `届`, these say it is an ordinal (十二届市政协, 十九届历次全会).
const ORDINAL_FOLLOWERS: &[char] = &[
    '市', '省', '全', '中', '人', '政', '委', '历', '一', '二', '三', '四', '五', '六', '七',
];
/// Units that are also the first character of common words: 人民, 部门, 个人.
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
];
/// Fixed numbered formulations (提法): names, not quantities.
const FORMULATIONS: &[&str] = &[
    "八项规定",
    "两个确立",
    "两个维护",
    "四个意识",
    "四个自信",
    "四个全面",
    "五位一体",
    "三个代表",
    "两个一百年",
    "三个务必",
    "两个结合",
    "四个全覆盖",
    "两个毫不动摇",
    "三个重要",
];
/// Part-of-speech tags (jieba's) that can be part of a subject noun phrase.
const NOUN_TAGS: &[&str] = &[
    "n", "nr", "ns", "nt", "nz", "ng", "vn", "an", "j", "l", "b", "nrt", "eng",
];

/// A number as found, before it becomes a [`Metric`].
struct Figure {
    /// Byte range in the paragraph text.
    start: usize,
    end: usize,
    value: f64,
    magnitude: (&'static str, f64),
    unit: &'static str,
    qualifier: Option<&'static str>,
}

pub(crate) fn metrics(doc: &Document, sections: &[Section], jieba: &Jieba) -> Vec<Metric> {
    let mut found = Vec::new();
    for paragraph in &doc.paragraphs {
        for figure in figures(&paragraph.text) {
            found.push(to_metric(doc, paragraph, &figure, sections, jieba));
        }
    }
    found
}

fn to_metric(
    doc: &Document,
    paragraph: &Paragraph,
    figure: &Figure,
    sections: &[Section],
    jieba: &Jieba,
) -> Metric {
    let text = &paragraph.text;
    let start = doc.char_offset(paragraph.original_byte(figure.start));
    let end = doc.char_offset(paragraph.original_end_byte(figure.end));
    let (sentence_start, sentence_end) = sentence_bounds(text, figure.start);
    let (magnitude, factor) = figure.magnitude;
    Metric {
        text: text[figure.start..figure.end].to_owned(),
        value: figure.value,
        unit: format!("{magnitude}{}", figure.unit),
        qualifier: figure.qualifier.map(str::to_owned),
        subject: subject(
            jieba,
            &text[sentence_start..sentence_end],
            figure.start - sentence_start,
            figure.end - sentence_start,
        ),
        section: sections
            .iter()
            .rposition(|s| s.start <= start && start < s.end),
        sentence: text[sentence_start..sentence_end].replace("**", ""),
        start,
        end,
        normalized: Normalized {
            value: figure.value * factor,
            unit: figure.unit.replace('％', "%"),
        },
    }
}

/// Finds every figure in a paragraph.
fn figures(text: &str) -> Vec<Figure> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let quotes = short_quotes(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let arabic = ascii_digit(c).is_some();
        let chinese = !arabic && is_chinese_numeral(c);
        if !arabic && !chinese {
            i += 1;
            continue;
        }
        let len = if arabic {
            arabic_len(&chars[i..])
        } else {
            chinese_len(&chars[i..])
        };
        let next = i + len;
        let figure = read_figure(text, &chars, i, len, arabic, &quotes);
        if let Some(figure) = figure {
            i = chars.partition_point(|&(b, _)| b < figure.end);
            found.push(figure);
        } else {
            i = next.max(i + 1);
        }
    }
    found
}

/// Digits with an optional decimal part and thousands separators.
fn arabic_len(chars: &[(usize, char)]) -> usize {
    let mut n = 0;
    while n < chars.len() {
        let c = chars[n].1;
        let digit_after = chars
            .get(n + 1)
            .is_some_and(|&(_, d)| ascii_digit(d).is_some());
        if ascii_digit(c).is_some()
            || (matches!(c, '.' | '．' | ',' | '，') && digit_after && c != '，')
        {
            n += 1;
        } else {
            break;
        }
    }
    n
}

fn chinese_len(chars: &[(usize, char)]) -> usize {
    chars
        .iter()
        .take_while(|&&(_, c)| is_chinese_numeral(c))
        .count()
}

fn read_figure(
    text: &str,
    chars: &[(usize, char)],
    i: usize,
    len: usize,
    arabic: bool,
    quotes: &[(usize, usize)],
) -> Option<Figure> {
    let start_byte = chars[i].0;
    let prev = i.checked_sub(1).map(|k| chars[k].1);
    if prev == Some('第') || prev.is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    if FORMULATIONS
        .iter()
        .any(|f| text[start_byte..].starts_with(f))
    {
        return None;
    }
    let inside_quote = quotes
        .iter()
        .any(|&(s, e)| s <= start_byte && start_byte < e);
    if inside_quote || (!arabic && prev == Some('”')) {
        return None;
    }
    let numeral: String = chars[i..i + len].iter().map(|&(_, c)| c).collect();
    let mut rest_byte = chars.get(i + len).map_or(text.len(), |&(b, _)| b);
    let (prefix_start, prefix) = prefix_qualifier(text, start_byte);

    let (value, mut magnitude) = if arabic {
        let digits: String = numeral
            .chars()
            .filter(|&c| c != ',')
            .map(|c| {
                if c == '．' {
                    '.'
                } else {
                    ascii_digit(c).unwrap_or(c)
                }
            })
            .collect();
        (digits.parse::<f64>().ok()?, ("", 1.0))
    } else {
        chinese_value(&numeral, prefix.is_some())?
    };
    let mut qualifier = prefix;
    let mut rest = &text[rest_byte..];
    let take = |rest: &mut &str, rest_byte: &mut usize, word: &str| {
        if let Some(r) = rest.strip_prefix(word) {
            *rest_byte += word.len();
            *rest = r;
            true
        } else {
            false
        }
    };
    let mut approx = None;
    for q in ["余", "多"] {
        if take(&mut rest, &mut rest_byte, q) {
            approx = Some(q);
        }
    }
    if magnitude.0.is_empty() {
        if let Some(&m) = MAGNITUDES.iter().find(|(m, _)| rest.starts_with(m)) {
            take(&mut rest, &mut rest_byte, m.0);
            magnitude = m;
        }
    }
    for q in ["余", "多"] {
        if approx.is_none() && take(&mut rest, &mut rest_byte, q) {
            approx = Some(q);
        }
    }
    // 3700多万学生: a magnitude with no unit after it still counts.
    let unit = match UNITS.iter().find(|u| rest.starts_with(**u)) {
        Some(unit) => *unit,
        None if !magnitude.0.is_empty() && arabic => "",
        None => return None,
    };
    take(&mut rest, &mut rest_byte, unit);
    if !unit_fits(unit, rest) {
        return None;
    }
    let suffix = SUFFIX_QUALIFIERS
        .iter()
        .find(|q| rest.starts_with(**q))
        .copied();
    if let Some(q) = suffix {
        take(&mut rest, &mut rest_byte, q);
    }
    qualifier = approx.or(qualifier).or(suffix);
    Some(Figure {
        start: prefix_start,
        end: rest_byte,
        value,
        magnitude,
        unit,
        qualifier,
    })
}

/// Value and magnitude of a Chinese numeral; `None` for numerals that are
/// usually words (一个, 千家万户) unless a qualifier vouches for them (近亿元).
fn chinese_value(numeral: &str, qualified: bool) -> Option<(f64, (&'static str, f64))> {
    let (core, magnitude) = match MAGNITUDES
        .iter()
        .find(|(m, _)| numeral.ends_with(m) && numeral.len() > m.len())
    {
        Some(&(m, f)) => (&numeral[..numeral.len() - m.len()], (m, f)),
        None => (numeral, ("", 1.0)),
    };
    let lone_multiplier = matches!(core, "十" | "百" | "千" | "万" | "亿");
    if core == "一" || (lone_multiplier && !qualified) {
        return None;
    }
    if matches!(core, "万" | "亿") {
        let f = if core == "万" { 1e4 } else { 1e8 };
        return Some((1.0, (if core == "万" { "万" } else { "亿" }, f)));
    }
    Some((parse_chinese(core)?, magnitude))
}

/// The qualifier just before `byte`, and where the figure then starts.
fn prefix_qualifier(text: &str, byte: usize) -> (usize, Option<&'static str>) {
    let before = &text[..byte];
    PREFIX_QUALIFIERS
        .iter()
        .find(|q| before.ends_with(**q))
        .map_or((byte, None), |q| (byte - q.len(), Some(*q)))
}

/// Rejects a unit that is really the start of a word or an ordinal.
fn unit_fits(unit: &str, rest: &str) -> bool {
    let next = rest.chars().next();
    if unit == "届" && next.is_some_and(|c| ORDINAL_FOLLOWERS.contains(&c)) {
        return false;
    }
    !UNIT_WORD_STARTS
        .iter()
        .any(|(u, starts)| *u == unit && next.is_some_and(|c| starts.contains(&c)))
}

/// Byte ranges of short quotations (“四个意识”), where numbers are names.
fn short_quotes(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open = None;
    for (b, c) in text.char_indices() {
        match c {
            '“' => open = Some(b),
            '”' => {
                if let Some(s) = open.take() {
                    if text[s..b].chars().count() <= 12 {
                        spans.push((s, b));
                    }
                }
            }
            _ => {}
        }
    }
    spans
}

/// The sentence around byte `at`: from after the previous 。！？ to the next one, inclusive.
pub(crate) fn sentence_bounds(text: &str, at: usize) -> (usize, usize) {
    let is_end = |c: char| matches!(c, '。' | '！' | '？' | '!' | '?');
    let start = text[..at].rfind(is_end).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[at..].find(is_end).map_or(text.len(), |i| {
        at + i + text[at + i..].chars().next().map_or(1, char::len_utf8)
    });
    (start, end)
}

/// What a figure counts: the noun phrase right after it (3000余名**政协委员**),
/// else the one right before it (收到**委员提案**2796件).
fn subject(jieba: &Jieba, sentence: &str, start: usize, end: usize) -> Option<String> {
    let is_clause_break = |c: char| {
        matches!(
            c,
            '，' | '。' | '；' | '：' | '！' | '？' | '（' | '(' | '）' | ')' | ',' | ';'
        )
    };
    let after_end = sentence[end..]
        .find(|c: char| is_clause_break(c) || c == '、')
        .map_or(sentence.len(), |i| end + i);
    let after = &sentence[end..after_end];
    let tags = jieba.tag(after, false);
    let mut phrase = String::new();
    for (i, tag) in tags.iter().enumerate() {
        // A verb closing the clause is a noun here: 215件重点提案、
        let closing_verb = i + 1 == tags.len() && tag.tag.starts_with('v');
        if !NOUN_TAGS.contains(&tag.tag) && !closing_verb {
            break;
        }
        phrase.push_str(tag.word);
    }
    if phrase.chars().filter(|&c| is_han(c)).count() >= 2 {
        return Some(phrase);
    }

    let clause_start = sentence[..start].rfind(is_clause_break).map_or(0, |i| {
        i + sentence[i..].chars().next().map_or(1, char::len_utf8)
    });
    let before = sentence[clause_start..start].replace("**", "");
    let before = before.trim_end_matches(['各', '共', '计', '达', '为']);
    let tags = jieba.tag(before, false);
    let mut words: Vec<&str> = Vec::new();
    for tag in tags.iter().rev() {
        let joiner = matches!(tag.word, "、" | "“" | "”" | "《" | "》");
        if NOUN_TAGS.contains(&tag.tag) || (joiner && !words.is_empty()) {
            words.push(tag.word);
        } else if words.is_empty()
            && tag.word.chars().count() >= 2
            && tag.word.chars().all(is_han)
            && tag.tag.starts_with('v')
        {
            // 立案2345件, 委员提案2796件: the act itself is what is counted.
            words.push(tag.word);
        } else {
            break;
        }
    }
    let phrase: String = words.iter().rev().copied().collect();
    let phrase = phrase
        .trim_start_matches(['、', '”', '》'])
        .trim_matches(['《', '》', '“', '”']);
    (phrase.chars().filter(|&c| is_han(c)).count() >= 2).then(|| phrase.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, f64, String, Option<&'static str>)> {
        figures(text)
            .into_iter()
            .map(|f| {
                (
                    text[f.start..f.end].to_owned(),
                    f.value,
                    format!("{}{}", f.magnitude.0, f.unit),
                    f.qualifier,
                )
            })
            .collect()
    }

    #[test]
    fn counts_with_units_and_qualifiers() {
        assert_eq!(
            read("共收到委员提案2796件"),
            vec![("2796件".into(), 2796.0, "件".into(), None)]
        );
        assert_eq!(
            read("组织学习活动70余次"),
            vec![("70余次".into(), 70.0, "次".into(), Some("余"))]
        );
        assert_eq!(
            read("惠及40余万名乡村教师"),
            vec![("40余万名".into(), 40.0, "万名".into(), Some("余"))]
        );
        assert_eq!(
            read("筹措物资近亿元"),
            vec![("近亿元".into(), 1.0, "亿元".into(), Some("近"))]
        );
        assert_eq!(
            read("国内生产总值超过126万亿元"),
            vec![("超过126万亿元".into(), 126.0, "万亿元".into(), Some("超过"))]
        );
        assert_eq!(
            read("增长5.2%"),
            vec![("5.2%".into(), 5.2, "%".into(), None)]
        );
        assert_eq!(
            read("下降0.6个百分点"),
            vec![("0.6个百分点".into(), 0.6, "个百分点".into(), None)]
        );
        assert_eq!(
            read("增长5%左右"),
            vec![("5%左右".into(), 5.0, "%".into(), Some("左右"))]
        );
        assert_eq!(
            read("举办三届论坛"),
            vec![("三届".into(), 3.0, "届".into(), None)]
        );
        assert_eq!(
            read("新增就业1,206万人"),
            vec![("1,206万人".into(), 1206.0, "万人".into(), None)]
        );
        assert_eq!(
            read("惠及3700多万学生"),
            vec![("3700多万".into(), 3700.0, "万".into(), Some("多"))]
        );
        assert_eq!(
            read("粮食产量1.37万亿斤"),
            vec![("1.37万亿斤".into(), 1.37, "万亿斤".into(), None)]
        );
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
        ] {
            assert_eq!(read(text), vec![], "{text}");
        }
    }
}
