//! Paragraph and character styles (`styles.xml`): the heading level, bold,
//! list numbering and table-of-contents flag each style gives, through its
//! `basedOn` ancestors.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::xml::{attr, list_level, local, toggle, xml_error};
use crate::open::OpenError;

/// What a style (of paragraphs or of runs) gives the text it is applied to.
#[derive(Debug, Default, Clone)]
struct Style {
    based_on: Option<String>,
    /// 1 for Heading 1 / 标题 1 / outline level 0.
    heading: Option<usize>,
    bold: Option<bool>,
    numbering: Option<(String, usize)>,
    /// A table-of-contents style (TOC 1, 目录 2): its entries repeat the headings.
    contents: bool,
}

#[derive(Debug, Default)]
pub(super) struct Styles {
    by_id: HashMap<String, Style>,
}

impl Styles {
    pub(super) fn parse(xml: &str) -> Result<Self, OpenError> {
        let mut styles = Styles::default();
        let mut reader = Reader::from_str(xml);
        let mut current: Option<(String, Style)> = None;
        let mut in_run_props = false;
        loop {
            let event = reader
                .read_event()
                .map_err(|e| xml_error("styles.xml", e))?;
            match &event {
                Event::Start(e) | Event::Empty(e) => match local(e) {
                    "style" => {
                        if let Some((id, style)) = current.take() {
                            styles.by_id.insert(id, style);
                        }
                        current = attr(e, "styleId").map(|id| (id, Style::default()));
                    }
                    "name" => {
                        if let (Some((_, style)), Some(name)) = (&mut current, attr(e, "val")) {
                            style.heading = style.heading.or(heading_level(&name));
                            let lower = name.to_lowercase();
                            style.contents = lower.starts_with("toc") || lower.starts_with("目录");
                        }
                    }
                    "basedOn" => {
                        if let Some((_, style)) = &mut current {
                            style.based_on = attr(e, "val");
                        }
                    }
                    "outlineLvl" => {
                        if let Some((_, style)) = &mut current {
                            let level = attr(e, "val").and_then(|v| v.parse::<usize>().ok());
                            style.heading = level.filter(|&l| l < 9).map(|l| l + 1);
                        }
                    }
                    "numId" => {
                        if let (Some((_, style)), Some(id)) = (&mut current, attr(e, "val")) {
                            let level = style.numbering.as_ref().map_or(0, |n| n.1);
                            style.numbering = Some((id, level));
                        }
                    }
                    "ilvl" => {
                        if let Some((_, style)) = &mut current {
                            let level = list_level(e, "val").unwrap_or(0);
                            let id = style.numbering.take().map(|n| n.0).unwrap_or_default();
                            style.numbering = Some((id, level));
                        }
                    }
                    "rPr" => in_run_props = matches!(event, Event::Start(_)),
                    "b" if in_run_props => {
                        if let Some((_, style)) = &mut current {
                            style.bold = Some(toggle(e));
                        }
                    }
                    _ => {}
                },
                Event::End(e) if e.local_name().as_ref() == "rPr" => in_run_props = false,
                Event::Eof => break,
                _ => {}
            }
        }
        if let Some((id, style)) = current {
            styles.by_id.insert(id, style);
        }
        Ok(styles)
    }

    /// The heading level a paragraph style gives (1 for Heading 1).
    pub(super) fn heading(&self, id: &str) -> Option<usize> {
        self.inherited(id, |s| s.heading)
    }

    /// Whether a style makes its text bold, if it says.
    pub(super) fn bold(&self, id: &str) -> Option<bool> {
        self.inherited(id, |s| s.bold)
    }

    /// The list (numId) and level a paragraph style numbers its paragraphs in.
    pub(super) fn numbering(&self, id: &str) -> Option<(String, usize)> {
        self.inherited(id, |s| s.numbering.clone())
    }

    /// A table-of-contents style: its entries repeat the headings.
    pub(super) fn is_contents(&self, id: &str) -> bool {
        self.inherited(id, |s| s.contents.then_some(true))
            .unwrap_or(false)
    }

    /// A property of a style or the first of its ancestors that sets it.
    fn inherited<T>(&self, id: &str, get: impl Fn(&Style) -> Option<T>) -> Option<T> {
        let mut id = Some(id);
        for _ in 0..16 {
            let style = self.by_id.get(id?)?;
            if let Some(value) = get(style) {
                return Some(value);
            }
            id = style.based_on.as_deref();
        }
        None
    }
}

/// `heading 2`, `Heading2`, `标题 2` → 2; `Title` / `标题` → 1.
fn heading_level(name: &str) -> Option<usize> {
    let lower = name.to_lowercase();
    let rest = lower
        .strip_prefix("heading")
        .or_else(|| lower.strip_prefix("标题"))?
        .trim();
    if rest.is_empty() {
        return Some(1);
    }
    rest.parse::<usize>().ok().filter(|l| (1..=9).contains(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_styles_by_name() {
        assert_eq!(heading_level("heading 2"), Some(2));
        assert_eq!(heading_level("标题 3"), Some(3));
        assert_eq!(heading_level("Title"), None);
        assert_eq!(heading_level("标题"), Some(1));
        assert_eq!(heading_level("Normal"), None);
    }
}
