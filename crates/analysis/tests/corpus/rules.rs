//! Rules every report's analysis should follow, checked over the whole
//! corpus, with a readable table of every violation. The rules are written
//! here from what reports are, independently of the analyzer's own code:
//!
//! - a title is found;
//! - no preamble line (meeting line, speaker line, 来源, 各位代表, a date) is
//!   a heading;
//! - the document's own numbering nests as written: a `一、` heading is not
//!   under another numbered heading; a `（一）`, `一是`, `1.`, `（1）` or `①`
//!   heading sits below the nearest heading of a higher numbering before it
//!   (when there is one in its top section), never under one of its own
//!   rank or a lower one;
//! - figures are never years, dates, ordinals or numbers inside names and
//!   formulations;
//! - no top-30 keyword is a unit, a numeral with a measure word, a fragment
//!   of a longer unit, or a generic verb or word of report prose.

use std::fmt::Write as _;

use report_lens_analysis::{Report, Section};

use crate::files::{analyze_file, every_file_and_more};

/// Keywords checked per report.
const TOP_KEYWORDS: usize = 30;

/// Words of report prose that say nothing about a report's subject: verbs
/// of doing, adverbs, scope words, and the units of statistics.
const GENERIC_WORDS: &[&str] = &[
    "完成", "达到", "实现", "推进", "推动", "开展", "建成", "启动", "培育", "拓展", "改造", "规范",
    "认真", "搞好", "抓紧", "建立", "制定", "维护", "实行", "力争", "分别", "包括", "计算", "可比",
    "降低", "综合", "上年", "年末", "全区", "全省", "全市", "全县", "我省", "我市", "我区", "办好",
    "加力", "突破", "落地", "入选", "争创", "出台", "开工", "达到", "高于", "低于", "持续", "加快",
    "加强", "提升", "提高", "增长", "下降", "增加", "减少", "扩大", "深化", "优化", "强化", "健全",
    "创新", "坚持", "全面", "进一步", "积极", "大力", "着力", "有效", "重点", "工作", "发展",
    "建设", "政府", "各级", "有关", "相关", "方面", "目标", "任务", "措施", "政策", "体系", "机制",
    "水平", "能力", "情况", "问题", "数据", "口径", "年均", "同比", "比上年", "主办单位", "组织",
    "支持", "推广", "保障", "服务", "管理", "落实", "部署", "安排", "规模", "标准",
];

/// Characters that count or measure (units and measure words).
const UNIT_CHARS: &[char] = &[
    '个', '项', '件', '名', '人', '元', '吨', '亩', '米', '斤', '户', '次', '家', '条', '所', '座',
    '台', '辆', '套', '批', '种', '类', '位', '处', '场', '期', '篇', '份', '倍', '成', '点', '年',
    '月', '日', '天', '公', '顷', '瓦',
];

const NUMERALS: &str = "零〇一二三四五六七八九十百千万亿两0123456789０１２３４５６７８９";

/// Numbering ranks, top first: 一、 （一） 一是 1. （1） ①. None: unnumbered.
fn rank(heading: &str) -> Option<usize> {
    let chars: Vec<char> = heading.chars().take(8).collect();
    let chinese = |c: char| "一二三四五六七八九十".contains(c);
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let run = |from: usize, f: &dyn Fn(char) -> bool| {
        chars[from.min(chars.len())..]
            .iter()
            .take_while(|&&c| f(c))
            .count()
    };
    let at = |i: usize| chars.get(i).copied();
    if matches!(at(0), Some('（' | '(')) {
        let n = run(1, &chinese);
        if n > 0 && matches!(at(1 + n), Some('）' | ')')) {
            return Some(1);
        }
        let n = run(1, &digit);
        if n > 0 && matches!(at(1 + n), Some('）' | ')')) {
            return Some(4);
        }
        return None;
    }
    if at(0).is_some_and(|c| ('①'..='⑳').contains(&c)) {
        return Some(5);
    }
    let n = run(0, &chinese);
    if n > 0 {
        return match at(n) {
            Some('、') => Some(0),
            Some('是') => Some(2),
            _ => None,
        };
    }
    let n = run(0, &digit);
    if n > 0 && matches!(at(n), Some('.' | '．' | '、')) && !at(n + 1).is_some_and(digit) {
        return Some(3);
    }
    None
}

/// 第一部分 / 第一章 / 附件: a part a report's own numbering may nest under.
fn is_part(heading: &str) -> bool {
    heading.starts_with("附件")
        || (heading.starts_with('第') && ["部分", "章", "篇"].iter().any(|p| heading.contains(p)))
}

/// A line of the preamble: the meeting, the speaker, the source, the
/// address to the audience, a date.
fn preamble_kind(heading: &str) -> Option<&'static str> {
    let text = heading.trim_start_matches(['—', '―', '─', '-', ' ']);
    let n = text.chars().count();
    let meeting = (text.contains("会议") || text.contains("大会"))
        && (text.contains('在') || text.contains("的讲话") || text.contains("的报告"))
        && !text.contains('，');
    if meeting {
        return Some("meeting line");
    }
    const OFFICES: &[&str] = &[
        "总理", "省长", "市长", "主席", "区长", "县长", "州长", "盟长", "旗长", "书记",
    ];
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let speaker = n <= 40
        && words.len() >= 2
        && OFFICES
            .iter()
            .any(|o| words[..words.len() - 1].concat().ends_with(o));
    if speaker {
        return Some("speaker line");
    }
    if text.starts_with("来源") {
        return Some("source line");
    }
    if text.starts_with("各位代表") || text.starts_with("各位委员") {
        return Some("address");
    }
    let date = text.trim_matches(['(', ')', '（', '）']);
    if date.ends_with('日') && date.contains('年') && date.contains('月') && n <= 16 {
        return Some("date line");
    }
    None
}

/// The nearest heading before `i` with a lower level: `i`'s parent.
fn parent(outline: &[Section], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| outline[j].level < outline[i].level)
}

fn outline_violations(report: &Report, out: &mut Vec<(&'static str, String)>) {
    let outline = &report.outline;
    for (i, s) in outline.iter().enumerate() {
        if let Some(kind) = preamble_kind(&s.heading) {
            out.push(("preamble heading", format!("{kind}: {}", s.heading)));
        }
        let Some(r) = rank(&s.heading) else {
            continue;
        };
        let parent = parent(outline, i);
        let parent_rank = parent.and_then(|p| rank(&outline[p].heading));
        if let Some(p) = parent {
            if preamble_kind(&outline[p].heading).is_some() {
                continue; // reported above, for the parent
            }
        }
        if parent_rank.is_some_and(|pr| pr >= r) {
            let p = &outline[parent.unwrap()];
            out.push((
                "numbering nests wrong",
                format!("{} (level {}) under {}", s.heading, s.level, p.heading),
            ));
            continue;
        }
        if r == 0 {
            if let Some(p) = parent.filter(|&p| !is_part(&outline[p].heading)) {
                if parent_rank.is_some() {
                    out.push((
                        "numbering nests wrong",
                        format!("{} under {}", s.heading, outline[p].heading),
                    ));
                }
            }
            continue;
        }
        // The nearest heading of a higher numbering before it, in its top section.
        let top = (0..=i).rev().find(|&j| outline[j].level == 1).unwrap_or(0);
        let higher = (top..i)
            .rev()
            .find(|&j| rank(&outline[j].heading).is_some_and(|hr| hr < r));
        if let Some(h) = higher {
            let nested = outline[h].level < s.level && outline[h].end >= s.end;
            if !nested {
                out.push((
                    "numbering nests wrong",
                    format!(
                        "{} (level {}) not under {} (level {})",
                        s.heading, s.level, outline[h].heading, outline[h].level
                    ),
                ));
            }
        }
    }
}

fn figure_violations(text: &[char], report: &Report, out: &mut Vec<(&'static str, String)>) {
    for m in &report.metrics {
        let before: String = text[m.start.saturating_sub(1)..m.start].iter().collect();
        let after: String = text[m.end..(m.end + 2).min(text.len())].iter().collect();
        let year = m.text.chars().filter(|c| c.is_ascii_digit()).count() == 4
            && (m.unit.starts_with('年') || after.starts_with('年'));
        let date = matches!(m.unit.as_str(), "月" | "日");
        if year || date {
            out.push(("figure is a date", format!("{} ({})", m.text, m.sentence)));
        }
        if before == "第" {
            out.push(("figure is an ordinal", format!("第{}", m.text)));
        }
        let in_formulation = report.formulations.iter().any(|f| {
            let len = f.text.chars().count();
            f.positions.iter().any(|&p| p < m.end && m.start < p + len)
        });
        if in_formulation {
            out.push(("figure in a formulation", format!("{}{after}", m.text)));
        }
        // A number inside a short quotation names something: “十四五”, “3个100”.
        let open = text[..m.start].iter().rposition(|&c| c == '“');
        let close = text[..m.start].iter().rposition(|&c| c == '”');
        if let Some(o) = open.filter(|&o| close.is_none_or(|c| c < o)) {
            let end = text[m.start..].iter().position(|&c| c == '”');
            if end.is_some_and(|e| m.start + e - o <= 12) {
                out.push(("figure in a quoted name", m.sentence.clone()));
            }
        }
    }
}

fn keyword_violations(text: &[char], report: &Report, out: &mut Vec<(&'static str, String)>) {
    for k in report.keywords.iter().take(TOP_KEYWORDS) {
        let chars: Vec<char> = k.word.chars().collect();
        let first = chars[0];
        let last = chars[chars.len() - 1];
        // 个百分点, 余篇, 个县市: a unit or the tail of a count; 两个, 三年:
        // a numeral with a measure word. (一带一路, 三年行动 are names.)
        // (个体, 个人, 个性 are words of their own.)
        let counted = matches!(first, '余' | '多' | '个')
            && !["个体", "个人", "个性"]
                .iter()
                .any(|w| k.word.starts_with(w));
        let numeral_and_unit =
            chars.len() == 2 && NUMERALS.contains(first) && UNIT_CHARS.contains(&last);
        // 十四五: a five-year plan's name, not a count.
        let plan = chars.len() == 3 && first == '十' && last == '五';
        if counted || numeral_and_unit || (!plan && chars.iter().all(|&c| NUMERALS.contains(c))) {
            out.push(("keyword is a unit", k.word.clone()));
        }
        if GENERIC_WORDS.contains(&k.word.as_str()) {
            out.push(("keyword is generic", k.word.clone()));
        }
        // A fragment: nearly always written with the same neighbour.
        let len = chars.len();
        let mut next = std::collections::HashMap::new();
        let mut prev = std::collections::HashMap::new();
        for &p in &k.positions {
            if let Some(&c) = text.get(p + len) {
                *next.entry(c).or_insert(0usize) += 1;
            }
            if let Some(&c) = p.checked_sub(1).and_then(|q| text.get(q)) {
                *prev.entry(c).or_insert(0usize) += 1;
            }
        }
        let share = |side: &std::collections::HashMap<char, usize>| {
            side.iter()
                .filter(|(c, _)| is_han(**c))
                .map(|(c, n)| (*n, *c))
                .max()
                .map_or((0.0, ' '), |(n, c)| (n as f64 / k.count.max(1) as f64, c))
        };
        let (after_share, after_char) = share(&next);
        let (before_share, before_char) = share(&prev);
        if k.count >= 4 && after_share >= 0.9 {
            out.push(("keyword is a fragment", format!("{}|{after_char}", k.word)));
        } else if k.count >= 4 && before_share >= 0.9 {
            out.push(("keyword is a fragment", format!("{before_char}|{}", k.word)));
        }
    }
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// Every rule's violations in one report.
fn violations(text: &str, report: &Report) -> Vec<(&'static str, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    // A text that opens with its address (各位代表：, 同志们：) has no title line to find.
    let opens_with_address = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .is_some_and(|l| {
            let l = l.trim_start_matches('\u{feff}');
            l.starts_with("各位") || l.starts_with("同志们")
        });
    if report.title.is_none() && !opens_with_address {
        out.push(("no title", String::new()));
    }
    outline_violations(report, &mut out);
    figure_violations(&chars, report, &mut out);
    keyword_violations(&chars, report, &mut out);
    out
}

/// The table of every violation of every corpus file.
fn violation_table() -> (String, usize) {
    let mut table = String::new();
    let mut total = 0;
    for name in every_file_and_more() {
        let (text, report) = analyze_file(&name);
        for (rule, detail) in violations(&text, &report) {
            total += 1;
            let _ = writeln!(table, "{name:36} {rule:24} {detail}");
        }
    }
    (table, total)
}

/// Keyword violations still found (generic words only: no unit and no
/// fragment is left): this keeps their number from growing. The issue's
/// own measure, generic words in the top 30, is kept at most
/// [`MOST_GENERIC_SHARE`].
const KNOWN_KEYWORD_VIOLATIONS: usize = 12;
/// The issue asks ≤ 1%; the rules reach 0.83% (see the table): acts and
/// things most reports name (启动, 开工, 数据) that one report names far
/// more, as it also names its topics (大数据 in 贵州).
const MOST_GENERIC_SHARE: f64 = 0.01;

#[test]
fn every_report_follows_the_rules() {
    let (table, total) = violation_table();
    eprintln!("{table}{total} violations");
    // The floors are the corpus's; reports added from outside it (by their
    // absolute path) are in the table to read.
    let corpus_rows: Vec<&str> = table.lines().filter(|l| !l.starts_with('/')).collect();
    let keyword_rows = corpus_rows
        .iter()
        .filter(|l| l.contains(" keyword is "))
        .count();
    assert_eq!(
        corpus_rows.len() - keyword_rows,
        0,
        "the table above lists them"
    );
    let share = |rows: &mut dyn Iterator<Item = &str>, files: usize| {
        let generic = rows.filter(|l| l.contains(" keyword is generic ")).count();
        (
            generic,
            generic as f64 / (files * TOP_KEYWORDS).max(1) as f64,
        )
    };
    let files = every_file_and_more();
    let outside = files.iter().filter(|f| f.starts_with('/')).count();
    let (generic, corpus_share) = share(&mut corpus_rows.iter().copied(), files.len() - outside);
    eprintln!(
        "generic words: {generic} of {} top keywords, {corpus_share:.4}",
        (files.len() - outside) * TOP_KEYWORDS
    );
    if outside > 0 {
        let (generic, outside_share) =
            share(&mut table.lines().filter(|l| l.starts_with('/')), outside);
        eprintln!(
            "outside the corpus: {generic} of {} top keywords generic, {outside_share:.4}",
            outside * TOP_KEYWORDS
        );
    }
    assert!(
        corpus_share <= MOST_GENERIC_SHARE,
        "{corpus_share:.4} of the top keywords generic"
    );
    assert!(
        keyword_rows <= KNOWN_KEYWORD_VIOLATIONS,
        "{keyword_rows} keyword violations"
    );
}
