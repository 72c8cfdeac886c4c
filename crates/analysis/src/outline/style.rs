//! Heading styles: how a heading is marked, each style one rung of the
//! nesting stack that decides levels.

use crate::text::marks::Mark;

/// How a heading is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Style {
    /// `#`…`######` without numbering.
    Markdown(usize),
    /// 一、 （一） 一是 1. （1） ① 第一部分 第一节.
    Numbered(Mark),
    /// A short line with no closing punctuation.
    Standalone,
    /// A bold or parallel lead sentence opening a paragraph.
    Lead,
    /// 附注 / 名词解释: a trailing glossary, always a top section.
    Appendix,
    /// 附件1: an attachment (十件民生实事), a top section whose headings nest under it.
    Annex,
}

impl Style {
    pub(crate) fn is_numbered(self) -> bool {
        matches!(self, Style::Numbered(_))
    }
}
