//! Lines that are not text of the report: scraping residue — what a web
//! page or a scraper left around it (HTML comments, literal `<U+00A0>`
//! marks, breadcrumbs, button rows 下载/打印/全屏/收藏, font-size switches
//! 【字号：…】, source lines, trailing 相关报道 lists) — and photo captions.

use super::chars::is_blank;

/// The literal text some scrapers write for a no-break space.
const NBSP_MARK: &str = "<U+00A0>";

/// Words that make up a page's button rows.
const BUTTON_WORDS: &[&str] = &[
    "下载", "打印", "全屏", "收藏", "分享", "关闭", "返回", "顶部", "字号", "字体", "加大", "还原",
    "减小", "大", "中", "小", "默认", "复制链接", "图片", "【", "】", "【字号：", "【字体：", "|",
    "｜",
];

/// Lines that open a trailing list of links.
const TRAILER_OPENERS: &[&str] = &[
    "相关报道", "相关新闻", "相关链接", "相关附件", "相关阅读", "延伸阅读", "责任编辑",
];

/// Longest name of a source on a line of its own (来源: / 四川日报).
pub(super) const MAX_SOURCE_CHARS: usize = 16;

/// `来源:` alone: the source's name is on the next line.
pub(super) fn is_bare_source_label(line: &str) -> bool {
    matches!(line.trim_matches(is_blank), "来源：" | "来源:" | "来源")
}

/// `abcd39f1fb7f426d9dfb6bd0fa1f2146:`: a page's id for a link, left in a
/// list of links by the scraper.
pub(super) fn is_link_id(line: &str) -> bool {
    let id = line.trim_end_matches([':', '：']);
    id.len() >= 16 && id.chars().all(|c| c.is_ascii_alphanumeric())
}

/// A line that opens a breadcrumb: 当前位置：, 您的位置:.
pub(super) fn opens_breadcrumb(line: &str) -> bool {
    ["当前位置", "您的位置", "您现在的位置"]
        .iter()
        .any(|w| line.starts_with(w))
}

/// A breadcrumb's separator on a line of its own: `>`, `>>`, `»`.
pub(super) fn is_breadcrumb_separator(line: &str) -> bool {
    !line.is_empty()
        && line
            .chars()
            .all(|c| matches!(c, '>' | '＞' | '»' | '›' | '/'))
}

/// Longest step of a breadcrumb: a section's name (政务信息, 宁夏要闻).
const MAX_BREADCRUMB_STEP_CHARS: usize = 8;

/// Whether a line may be a step of a breadcrumb: a short name, no sentence.
pub(super) fn may_be_breadcrumb_step(line: &str) -> bool {
    line.chars().count() <= MAX_BREADCRUMB_STEP_CHARS
        && !line.contains(['。', '，', '：', ':', '、'])
}

/// A timestamp alone on a line: 2026-02-03 09:02:33.
fn is_timestamp(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_digit())
        && line.contains(['-', ':', '/'])
        && line
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ':' | '/' | ' ' | '.'))
}

/// Whether one line, already trimmed, is residue.
pub(super) fn is_residue_line(line: &str) -> bool {
    let n = line.chars().count();
    // A scraper's placeholder for a page with no title.
    if matches!(line.trim(), "未知标题" | "无标题" | "Untitled" | "untitled") {
        return true;
    }
    if line.contains("当前位置")
        || line.contains("您的位置")
        || line.contains("首页>>")
        || line.contains("首页 >")
    {
        return true;
    }
    if line.starts_with('【')
        && line.ends_with('】')
        && (line.contains("字体") || line.contains("字号"))
    {
        return true;
    }
    if line.split(is_blank).filter(|w| !w.is_empty()).all(|w| {
        BUTTON_WORDS.contains(&w) || BUTTON_WORDS.contains(&w.trim_end_matches(['：', ':']))
    }) {
        return true;
    }
    // 来源：北京日报 / 来源 : 南方日报
    let unspaced: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let names_source = ["来源：", "来源:"].iter().any(|s| unspaced.contains(s));
    if n <= 100 && names_source && (line.contains("www.") || line.contains('时') || n <= 20) {
        return true;
    }
    if n <= 30
        && (line.starts_with("时间：")
            || line.starts_with("发布时间")
            || line.starts_with("发表时间")
            || line.starts_with("发布日期")
            || line.starts_with("阅读量")
            || line.starts_with("浏览次数")
            || line.starts_with("作者："))
    {
        return true;
    }
    if is_timestamp(line) {
        return true;
    }
    // 新华社北京３月１５日电: a news agency's dateline.
    if n <= 24 && line.ends_with('电') && (line.starts_with("新华社") || line.starts_with("本报"))
    {
        return true;
    }
    opens_trailer(line)
}

/// 相关报道： and the like, after which only link titles follow.
pub(super) fn opens_trailer(line: &str) -> bool {
    let head = line
        .trim_start_matches(['（', '('])
        .trim_end_matches(['：', ':', '"', ' ', '>']);
    TRAILER_OPENERS.iter().any(|t| head.starts_with(t)) && head.chars().count() <= 12
}

/// Trims whitespace and `<U+00A0>` marks from both ends; returns the
/// trimmed text and how many bytes were cut from the start.
pub(super) fn trim(line: &str) -> (usize, &str) {
    let rest = until_stable(line, |t| {
        let t = t.trim_start_matches(is_blank);
        t.strip_prefix(NBSP_MARK).unwrap_or(t)
    });
    let start = line.len() - rest.len();
    let rest = until_stable(rest, |t| {
        let t = t.trim_end_matches(is_blank);
        t.strip_suffix(NBSP_MARK).unwrap_or(t)
    });
    (start, rest)
}

/// Applies a trimming step until it trims nothing more.
fn until_stable<'t>(mut text: &'t str, step: impl Fn(&'t str) -> &'t str) -> &'t str {
    loop {
        let next = step(text);
        if next.len() == text.len() {
            return text;
        }
        text = next;
    }
}

/// A photo caption: `■全媒体记者 罗盟 摄` and the like.
pub(super) fn is_caption(line: &str) -> bool {
    let n = line.chars().count();
    line.starts_with(['■', '▲', '△', '□'])
        || (line.ends_with('摄') && (n <= 30 || line.contains("记者")) && n <= 120)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn residue_lines() {
        for line in [
            "当前位置： 首页>> 中国概况",
            "【字体：大 中 小】",
            "下载",
            "【字号：",
            "中央政府门户网站　www.gov.cn　　 2012年03月15日 12时05分　　 来源：新华社",
            "来源：北京日报",
            "来源 : 南方日报",
            "时间：2026-02-02",
            "新华社北京３月１５日电",
            "相关报道：\"",
            "发表时间：",
            "2026-02-03 09:02:33",
        ] {
            assert!(is_residue_line(line), "{line}");
        }
        for line in [
            "各位代表：",
            "一、2025年工作回顾",
            "大力发展新质生产力。",
            "政府工作报告",
        ] {
            assert!(!is_residue_line(line), "{line}");
        }
    }

    #[test]
    fn trims_literal_nbsp_marks() {
        assert_eq!(trim("<U+00A0><U+00A0> 一、回顾 <U+00A0>"), (17, "一、回顾"));
    }
}
