//! What every part's reader needs of quick-xml: local names, attribute
//! values, toggles and list levels as Word writes them, XML errors as
//! damage.

use quick_xml::events::BytesStart;

use crate::open::{DocxDamage, OpenError};

/// Word has list levels 0 to 8; anything else is ignored.
pub(super) const MAX_LIST_LEVEL: usize = 8;
/// Longest list number drawn (`%1.%2.%3.` and the like); longer ones are cut.
pub(super) const MAX_LABEL_CHARS: usize = 32;

pub(super) fn local<'e>(e: &'e BytesStart<'_>) -> &'e str {
    let name = e.name().0;
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

/// The value of the attribute whose local name is `name` (`w:val` → `val`).
pub(super) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key = a.key.0;
        let key = key.rsplit_once(':').map_or(key, |(_, l)| l);
        (key == name).then(|| {
            quick_xml::escape::unescape(&a.value)
                .map(|v| v.into_owned())
                .ok()
        })?
    })
}

/// A list level attribute (`w:ilvl`), if it is one Word can have.
pub(super) fn list_level(e: &BytesStart<'_>, name: &str) -> Option<usize> {
    attr(e, name)
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&l| l <= MAX_LIST_LEVEL)
}

/// `<w:b/>` is on; `<w:b w:val="0"/>` (or false/off) is off.
pub(super) fn toggle(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}

pub(super) fn xml_error(part: &str, e: quick_xml::Error) -> OpenError {
    OpenError::CorruptDocx(DocxDamage::Xml {
        part: part.to_owned(),
        detail: e.to_string(),
    })
}
