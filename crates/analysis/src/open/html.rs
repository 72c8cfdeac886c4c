//! Web pages and rich text pasted from them: the text a reader sees, one
//! block a line, with `<h1>`…`<h6>` and bold runs as hints. Scripts, styles
//! and other non-text content are dropped, never run or kept.

use super::paragraphs::ParagraphWriter;
use super::text::{decode as decode_text, Decoded};
use super::{Encoding, Format, OpenError, Opened};

/// Elements whose content is never text for the reader.
const DROPPED: &[&str] = &[
    "script", "style", "head", "title", "template", "noscript", "svg", "math", "iframe", "object",
    "canvas", "select", "textarea", "nav", "button",
];

/// Elements whose content is raw text up to the closing tag (no tags inside).
const RAW_TEXT: &[&str] = &["script", "style", "title", "textarea", "xmp", "noscript"];
/// Elements that start and end a line.
const BLOCKS: &[&str] = &[
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "section",
    "article", "header", "footer", "aside", "main", "blockquote", "pre", "form", "figure",
    "figcaption", "address", "center", "caption", "fieldset", "details", "summary", "body", "html",
];

/// Decodes a page's bytes: a BOM, valid UTF-8, the `charset` the page
/// declares, else GB18030.
pub(super) fn decode(bytes: &[u8]) -> Result<Decoded, OpenError> {
    super::check_size(bytes.len() as u64)?;
    if encoding_rs::Encoding::for_bom(bytes).is_none() && std::str::from_utf8(bytes).is_err() {
        if let Some(encoding) = declared_charset(bytes) {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            return Ok(Decoded {
                text: text.into_owned(),
                encoding: Encoding::from_codec(encoding),
            });
        }
    }
    decode_text(bytes)
}

/// `<meta charset="gbk">` or `content="text/html; charset=gb2312"` in the first 2 KB.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let head: String = head
        .iter()
        .map(|&b| (b as char).to_ascii_lowercase())
        .collect();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    // Not the "replacement" encoding (hz-gb-2312, iso-2022-kr…), which
    // decodes nothing: such a page is read as undeclared.
    encoding_rs::Encoding::for_label_no_replacement(label.as_bytes())
}

/// The text of an HTML document or fragment.
pub(super) fn html_to_text(html: &str) -> Opened {
    let mut reader = HtmlReader {
        html,
        at: 0,
        out: ParagraphWriter::default(),
        inline: Vec::new(),
        bold: 0,
        dropped: Vec::new(),
        pre: 0,
        heading: false,
        pending_space: None,
    };
    reader.run();
    reader.out.finish(Format::Html)
}

/// Rich text pasted or dropped from a web page: its HTML read as a page, or
/// the clipboard's plain text when the HTML holds no Han text (an image…).
///
/// ```
/// use report_lens_analysis::{pasted_html, Format, HintKind};
///
/// let html = "<h2>一、回顾</h2><p><b>稳增长。</b>全年增长5.2%&#12290;<br>下一段</p>";
/// let opened = pasted_html(html, "一、回顾 稳增长。…");
/// assert_eq!(opened.format, Format::Html);
/// assert_eq!(opened.text, "一、回顾\n稳增长。全年增长5.2%。\n下一段\n");
/// assert_eq!(opened.hints[0].kind, HintKind::Heading(2));
/// assert_eq!(&opened.text[opened.hints[1].start..opened.hints[1].end], "稳增长。");
///
/// // A picture copied alone: the plain text is what there is.
/// assert_eq!(pasted_html("<img alt=\"\">", "新增就业8万人。").text, "新增就业8万人。");
/// ```
pub fn pasted_html(html: &str, plain: &str) -> Opened {
    let opened = html_to_text(html);
    if opened.text.chars().any(crate::text::chars::is_han) || plain.trim().is_empty() {
        opened
    } else {
        Opened::plain(plain.to_owned())
    }
}

struct HtmlReader<'h> {
    html: &'h str,
    at: usize,
    out: ParagraphWriter,
    /// Open inline elements (at most [`MAX_INLINE_DEPTH`]) and whether each
    /// makes its text bold.
    inline: Vec<(String, bool)>,
    /// How many of `inline` are bold.
    bold: usize,
    /// Open elements whose content is dropped (nested `<svg>` inside `<svg>`…).
    dropped: Vec<String>,
    /// Depth of `<pre>`: whitespace kept.
    pre: usize,
    /// Inside `<h1>`…`<h6>`: blocks inside do not split the heading.
    heading: bool,
    /// Collapsed whitespace waiting before the next text; true when it held
    /// a line break (which vanishes between two Han characters).
    pending_space: Option<bool>,
}

/// Deeper inline nesting is read as text without tracking (bounded work
/// per closing tag however the markup is nested).
const MAX_INLINE_DEPTH: usize = 256;

impl HtmlReader<'_> {
    fn run(&mut self) {
        while self.at < self.html.len() {
            let rest = &self.html[self.at..];
            let Some(lt) = rest.find('<') else {
                self.text(rest);
                self.at = self.html.len();
                break;
            };
            self.text(&rest[..lt]);
            self.at += lt;
            self.markup();
        }
    }

    /// Reads what starts at a `<`: a comment, a declaration, a tag, or a literal `<`.
    fn markup(&mut self) {
        let rest = &self.html[self.at..];
        if let Some(body) = rest.strip_prefix("<!--") {
            self.at += 4 + body.find("-->").map_or(body.len(), |end| end + 3);
            return;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            self.at += rest.find('>').map_or(rest.len(), |end| end + 1);
            return;
        }
        let closing = rest.starts_with("</");
        let name_from = if closing { 2 } else { 1 };
        let name: String = rest[name_from..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() || !rest[name_from..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            self.text("<");
            self.at += 1;
            return;
        }
        let tag_end = tag_end(rest).unwrap_or(rest.len());
        let tag = &rest[..tag_end];
        self.at += tag_end;
        if closing {
            self.end_tag(&name);
        } else {
            let self_closing = tag.ends_with("/>");
            self.start_tag(&name, tag, self_closing);
        }
    }

    fn start_tag(&mut self, name: &str, tag: &str, self_closing: bool) {
        // Script and style content is skipped wherever it is, so markup in
        // their strings (`"</nav>"`) never ends anything.
        if RAW_TEXT.contains(&name) {
            if !self_closing {
                self.skip_raw_text(name);
            }
            return;
        }
        // `</head>` may be left out: the body's first element closes it.
        if self.dropped.last().is_some_and(|d| d == "head")
            && (name == "body" || BLOCKS.contains(&name) || is_heading(name))
        {
            self.dropped.pop();
        }
        if !self.dropped.is_empty() {
            if self.dropped.last().is_some_and(|d| d == name) && !self_closing {
                self.dropped.push(name.to_owned());
            }
            return;
        }
        if DROPPED.contains(&name) {
            if !self_closing {
                self.dropped.push(name.to_owned());
            }
            return;
        }
        match name {
            "br" if self.heading => self.pending_space = Some(false),
            "br" => {
                self.pending_space = None;
                self.out.line_break();
            }
            "hr" => self.out.end(),
            _ if is_heading(name) => {
                self.pending_space = None;
                let level = usize::from(name.as_bytes()[1] - b'0');
                self.out.start(Some(level));
                self.heading = true;
            }
            _ if self.heading && BLOCKS.contains(&name) => {}
            "pre" => {
                self.pre += 1;
                self.out.start(None);
            }
            _ if BLOCKS.contains(&name) => {
                self.pending_space = None;
                self.out.end();
            }
            _ if !self_closing && !is_void(name) && self.inline.len() < MAX_INLINE_DEPTH => {
                let bold = matches!(name, "b" | "strong") || style_is_bold(tag);
                self.bold += usize::from(bold);
                self.inline.push((name.to_owned(), bold));
            }
            _ => {}
        }
    }

    fn end_tag(&mut self, name: &str) {
        if !self.dropped.is_empty() {
            if self.dropped.last().is_some_and(|d| d == name) {
                self.dropped.pop();
            }
            return;
        }
        match name {
            _ if is_heading(name) => {
                self.pending_space = None;
                self.heading = false;
                self.out.end();
            }
            "pre" => {
                self.pre = self.pre.saturating_sub(1);
                self.out.end();
            }
            _ if self.heading && BLOCKS.contains(&name) => {}
            _ if BLOCKS.contains(&name) => {
                self.pending_space = None;
                self.out.end();
            }
            _ => {
                if let Some(k) = self.inline.iter().rposition(|(n, _)| n == name) {
                    let closed = self.inline[k..].iter().filter(|(_, b)| *b).count();
                    self.bold -= closed;
                    self.inline.truncate(k);
                }
            }
        }
    }

    /// Skips to the end of `</name>` (any case), the content unread.
    fn skip_raw_text(&mut self, name: &str) {
        let rest = &self.html[self.at..];
        let bytes = rest.as_bytes();
        let mut from = 0;
        let close = loop {
            let Some(lt) = rest[from..].find("</") else {
                break None;
            };
            let start = from + lt;
            let name_end = start + 2 + name.len();
            if bytes
                .get(start + 2..name_end)
                .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                && !bytes.get(name_end).is_some_and(u8::is_ascii_alphanumeric)
            {
                break Some(start);
            }
            from = start + 2;
        };
        self.at += match close {
            Some(start) => start + tag_end(&rest[start..]).unwrap_or(rest.len() - start),
            None => rest.len(),
        };
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() || !self.dropped.is_empty() {
            return;
        }
        let decoded = decode_entities(raw);
        let bold = self.bold > 0;
        if self.pre > 0 {
            for (i, line) in decoded.split('\n').enumerate() {
                if i > 0 {
                    self.out.line_break();
                }
                self.out.push(line.trim_end_matches('\r'), bold);
            }
            return;
        }
        let mut piece = String::with_capacity(decoded.len());
        for c in decoded.chars() {
            if c.is_ascii_whitespace() {
                let newline = c == '\n' || self.pending_space == Some(true);
                self.pending_space = Some(newline);
                continue;
            }
            if let Some(newline) = self.pending_space.take() {
                // A line wrapped in the source between two wide characters
                // (政府\n工作, even across tags) is no space.
                let before = piece.chars().next_back().or_else(|| self.out.last_char());
                let wide = |c: char| !c.is_ascii();
                let wrapped = newline && before.is_some_and(wide) && wide(c);
                if !wrapped && (!piece.is_empty() || self.out.has_text()) {
                    piece.push(' ');
                }
            }
            piece.push(c);
        }
        self.out.push(&piece, bold);
    }
}

/// The end of a tag: after its `>`, quoted attribute values skipped (a
/// quote opens a value only after `=`: `alt=Don't` is no quote).
fn tag_end(tag: &str) -> Option<usize> {
    let mut quote = None;
    let mut after_equals = false;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') if after_equals => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i + 1),
            _ => {}
        }
        if !c.is_ascii_whitespace() {
            after_equals = c == '=';
        }
    }
    None
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "col"
            | "embed"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// `style="font-weight: bold"` / `700`, as Word and WPS write bold into HTML.
fn style_is_bold(tag: &str) -> bool {
    let lower = tag.to_ascii_lowercase().replace(' ', "");
    [
        "font-weight:bold", "font-weight:700", "font-weight:800", "font-weight:900",
    ]
    .iter()
    .any(|s| lower.contains(s))
}

/// Named references a report's page uses; numeric ones are decoded generally.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("times", '×'),
    ("divide", '÷'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("plusmn", '±'),
    ("permil", '‰'),
    ("yen", '¥'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("rarr", '→'),
    ("larr", '←'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("frac12", '½'),
    ("le", '≤'),
    ("ge", '≥'),
];

fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match entity(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// The character and length of the reference at the start of `text` (`&…;`).
fn entity(text: &str) -> Option<(char, usize)> {
    let body = &text[1..];
    // Look no further than the longest reference: `&` alone costs nothing.
    let window = body.get(..body.len().min(12)).unwrap_or(body);
    let end = window.find(';').filter(|&e| e <= 10)?;
    let name = &body[..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|&c| c != '\0')?
    } else {
        ENTITIES.iter().find(|(n, _)| *n == name)?.1
    };
    Some((c, end + 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::HintKind;

    #[test]
    fn scripts_styles_and_comments_leave_no_text() {
        let page = r#"<html><head><title>标题</title><style>p{color:red}</style>
            <script>var s = "</p><p>不是正文";</script></head>
            <body><!-- <p>注释</p> --><p onclick="alert('x')">正文<img src=x onerror="alert(1)"></p>
            <svg><text>图中字</text><svg><text>更深</text></svg></svg><p>后文</p></body></html>"#;
        assert_eq!(html_to_text(page).text, "正文\n后文\n");
    }

    #[test]
    fn whitespace_collapses_and_source_line_wraps_between_han_vanish() {
        let page = "<p>  全年  GDP\n  增长\n  5.2%，\n  就业稳定  </p><pre>一\n  二</pre>";
        assert_eq!(
            html_to_text(page).text,
            "全年 GDP 增长 5.2%，就业稳定\n一\n  二\n"
        );
    }

    #[test]
    fn entities_are_decoded_and_unknown_ones_kept() {
        let opened = html_to_text(
            "<p>&ldquo;三高四新&rdquo;&nbsp;&#x4E00;&#19968;&amp;&bogus; R&D &#0;</p>",
        );
        assert_eq!(opened.text, "“三高四新”\u{a0}一一&&bogus; R&D &#0;\n");
    }

    #[test]
    fn bold_styles_and_headings_are_hints() {
        let page = r#"<h1>政府工作报告</h1><p><span style="font-weight: bold">（一）稳增长。</span>全年</p><h3>三</h3>"#;
        let opened = html_to_text(page);
        let spans = opened.hinted_spans();
        assert_eq!(
            spans,
            [
                ("政府工作报告", HintKind::Heading(1)),
                ("（一）稳增长。", HintKind::Bold),
                ("三", HintKind::Heading(3)),
            ]
        );
    }

    #[test]
    fn broken_markup_is_read_as_far_as_it_goes() {
        for (page, text) in [
            // A `<` that opens no tag is text.
            ("<p>甲<", "甲<\n"),
            ("<p>甲</", "甲</\n"),
            ("a < b <3", "a < b <3\n"),
            // An attribute value never closed, a comment never closed and a
            // script never closed run to the end: nothing after them is text.
            ("<a href=\"x>甲", ""),
            ("<!-- 甲", ""),
            ("<p>正文<script>", "正文\n"),
            // A reference to no character stays as written.
            ("&#xFFFFFFFF; <b>乙", "&#xFFFFFFFF; 乙\n"),
        ] {
            assert_eq!(html_to_text(page).text, text, "{page}");
        }
    }

    #[test]
    fn markup_inside_scripts_and_unclosed_heads_loses_nothing() {
        let cases = [
            (
                r#"<nav><script>var s="</nav>";alert(1)</script></nav><p>正文</p>"#,
                "正文\n",
            ),
            (
                "<head><script>for(i=0;i<n;i++){} // don't</script></head><body><p>正文</p>",
                "正文\n",
            ),
            ("<html><head><title>t</title><body><p>正文</p>", "正文\n"),
            ("<img alt=Don't><p>正文</p><p>it's</p>", "正文\nit's\n"),
            ("<p>a<b>b</b>c<i><b>d</b></i></p>", "abcd\n"),
            (
                "<span>政府</span>\n<span>工作</span> <span>报告</span>",
                "政府工作 报告\n",
            ),
        ];
        for (page, text) in cases {
            assert_eq!(html_to_text(page).text, text, "{page}");
        }
    }

    #[test]
    fn a_heading_stays_one_heading() {
        let opened = html_to_text("<h2><div>一、回顾</div></h2><h1>政府<br>工作报告</h1>");
        assert_eq!(opened.text, "一、回顾\n政府 工作报告\n");
        let kinds: Vec<HintKind> = opened.hints.iter().map(|h| h.kind).collect();
        assert_eq!(kinds, [HintKind::Heading(2), HintKind::Heading(1)]);
    }

    /// Inputs that once cost quadratic time (hours at 20 MB); the fuzz
    /// target's 30 s timeout and the benchmarks watch the speed.
    #[test]
    fn hostile_repetition_is_read() {
        // Read right, not only survived: an entity, a raw-text element, a
        // line break and unclosed inline tags, each 50,000+ times. (The time
        // these take is the fuzz target's business.)
        let cases = [
            ("&".repeat(200_000), "&".repeat(200_000) + "\n"),
            ("<style></style>".repeat(50_000), String::new()),
            ("<b>x</b><br>".repeat(50_000), "x\n".repeat(50_000)),
            (
                "<i> x</b>".repeat(50_000),
                "x".to_owned() + &" x".repeat(49_999) + "\n",
            ),
        ];
        for (page, text) in cases {
            assert!(html_to_text(&page).text == text, "{}", &page[..40]);
        }
    }

    #[test]
    fn a_charset_that_decodes_nothing_is_passed_over() {
        let mut page = b"<meta charset=\"hz-gb-2312\"><p>".to_vec();
        page.extend([0xd5, 0xfe, 0xb8, 0xae]); // 政府 in GBK
        let decoded = decode(&page).unwrap();
        assert!(decoded.text.ends_with("政府"), "{}", decoded.text);
        assert_eq!(decoded.encoding.name(), "GB18030");
    }

    #[test]
    fn a_declared_charset_decodes_the_page() {
        let mut page = b"<meta charset=\"big5\"><p>".to_vec();
        page.extend([0xac, 0x46, 0xa9, 0xb2]);
        let decoded = decode(&page).unwrap();
        assert!(decoded.text.ends_with("政府"), "{}", decoded.text);
        assert_eq!(decoded.encoding.name(), "Big5");
    }
}
