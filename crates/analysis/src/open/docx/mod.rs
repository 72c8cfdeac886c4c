//! Word documents (`.docx`): the paragraphs of the main document, the
//! numbers Word draws for numbered lists (`一、` from `%1、` in Chinese
//! counting), and heading styles and bold runs as hints.
//!
//! `archive` unpacks the parts within a budget (a file that would expand
//! past 100 MB is refused however small it is packed),
//! `styles` and `numbering` read what paragraphs inherit, `body` reads the
//! paragraphs.

mod archive;
mod body;
mod numbering;
mod styles;
mod xml;

pub(super) use archive::read;

/// Word files built in memory for tests: `parts` are (path, XML) pairs.
#[cfg(test)]
fn docx_bytes(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::{Cursor, Write};
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (path, xml) in parts {
        zip.start_file(*path, options).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[cfg(test)]
mod reading_tests {
    use super::xml::MAX_LABEL_CHARS;
    use super::*;
    use crate::open::OpenError;
    use crate::HintKind;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn document(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
        )
    }

    #[test]
    fn heading_styles_list_numbers_and_bold_runs() {
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="H1"/></w:style>
            <w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style></w:styles>"#
        );
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="7">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
            </w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>"#
        );
        let body = document(
            r#"<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>政府工作报告</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>回顾</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>稳增长</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t xml:space="preserve">扩大内需。</w:t></w:r><w:r><w:t>消费&amp;投资</w:t></w:r><w:r><w:br/><w:t>下一行</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>安排</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr><w:r><w:t>附</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del></w:p>
            <w:p/><w:p><w:r><w:drawing><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:drawing></w:r></w:p>"#,
        );
        let bytes = docx_bytes(&[
            ("word/document.xml", &body),
            ("word/styles.xml", &styles),
            ("word/numbering.xml", &numbering),
        ]);
        let opened = read(&bytes).unwrap();
        assert_eq!(
            opened.text,
            "政府工作报告\n一、回顾\n（一）稳增长\n扩大内需。消费&投资\n下一行\n二、安排\n附\n"
        );
        let spans = opened.hinted_spans();
        assert_eq!(
            spans,
            [
                ("政府工作报告", HintKind::Heading(1)),
                ("扩大内需。", HintKind::Bold),
                ("附", HintKind::Heading(1)),
            ]
        );
    }

    #[test]
    fn broken_archives_and_other_zips_get_their_own_errors() {
        let docx = docx_bytes(&[(
            "word/document.xml",
            &document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"),
        )]);
        assert_eq!(read(&docx).unwrap().text, "正文\n");
        assert!(matches!(
            read(&docx[..docx.len() / 2]),
            Err(OpenError::CorruptDocx(_))
        ));
        let xlsx = docx_bytes(&[("xl/workbook.xml", "<workbook/>")]);
        assert_eq!(read(&xlsx), Err(OpenError::Archive));
        let bad_xml = docx_bytes(&[("word/document.xml", "<w:document><w:body><w:p></w:body>")]);
        assert!(matches!(read(&bad_xml), Err(OpenError::CorruptDocx(_))));
        let mut flipped = docx.clone();
        let middle = flipped.len() / 3;
        flipped[middle] ^= 0xff;
        assert!(read(&flipped).is_err());
    }

    /// Tracked changes, hidden runs and table-of-contents entries are not
    /// body text; list levels and numbers out of Word's range draw nothing huge.
    #[test]
    fn what_word_hides_stays_hidden_and_odd_lists_stay_small() {
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style></w:styles>"#
        );
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="1">
            <w:lvl w:ilvl="0"><w:start w:val="40000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1%1%1%1%1%1%1%1%1%1%1%1."/></w:lvl>
            <w:lvl w:ilvl="18446744073709551615"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
        );
        let body = document(
            r#"<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>一、回顾	3</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="H1"/><w:pPrChange><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>一、回顾</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:rPrChange><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>不加粗</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="18446744073709551615"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>乙</w:t></w:r></w:p>"#,
        );
        let bytes = docx_bytes(&[
            ("word/document.xml", &body),
            ("word/styles.xml", &styles),
            ("word/numbering.xml", &numbering),
        ]);
        let opened = read(&bytes).unwrap();
        let lines: Vec<&str> = opened.text.lines().collect();
        assert_eq!(lines[0], "一、回顾");
        assert_eq!(lines[1], "不加粗");
        assert!(
            lines[2].ends_with('甲') && lines[2].chars().count() <= MAX_LABEL_CHARS + 1,
            "{}",
            lines[2]
        );
        assert!(
            lines[3].ends_with('乙') && lines[3].chars().count() <= MAX_LABEL_CHARS + 1,
            "{}",
            lines[3]
        );
        assert_eq!(opened.hints.len(), 1, "{:?}", opened.hints);
        assert_eq!(opened.hints[0].kind, HintKind::Heading(1));
    }

    /// 110 MB of spaces deflated to a few hundred KB, declared honestly and
    /// with its sizes rewritten to 1 KB: refused both ways, never expanded.
    #[test]
    fn zip_bombs_are_refused() {
        let mut xml = document("<w:p><w:r><w:t>炸弹</w:t></w:r></w:p>");
        xml.push_str(&" ".repeat(110 << 20));
        let honest = docx_bytes(&[("word/document.xml", &xml)]);
        assert!(honest.len() < 1 << 20, "{} bytes", honest.len());
        assert_eq!(read(&honest), Err(OpenError::ZipBomb));

        let mut lying = honest.clone();
        for at in 0..lying.len().saturating_sub(30) {
            let size_at = match &lying[at..at + 4] {
                b"PK\x03\x04" => at + 22,
                b"PK\x01\x02" => at + 24,
                _ => continue,
            };
            lying[size_at..size_at + 4].copy_from_slice(&1024u32.to_le_bytes());
        }
        assert!(matches!(
            read(&lying),
            Err(OpenError::ZipBomb | OpenError::CorruptDocx(_))
        ));
    }
}
