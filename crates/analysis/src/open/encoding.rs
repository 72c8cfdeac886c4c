//! The character encoding a file's text is read in: one of the encodings
//! browsers know (WHATWG), found by the reader or chosen by its label.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::OpenError;

/// An encoding a text can be decoded from. Only a real one: a label no
/// browser knows is refused when the encoding is made
/// ([`Encoding::for_label`]), so an `Encoding` never fails to decode.
///
/// ```
/// use report_lens_analysis::{Encoding, OpenError};
/// assert_eq!(Encoding::for_label("gbk").unwrap().name(), "GBK");
/// assert_eq!(Encoding::for_label(" Big5 ").unwrap().to_string(), "Big5");
/// assert!(matches!(Encoding::for_label("klingon"), Err(OpenError::UnknownLabel(_))));
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Encoding(&'static encoding_rs::Encoding);

impl Encoding {
    /// What Word files, web pages read as UTF-8 and typed text are in.
    pub const UTF_8: Encoding = Encoding(encoding_rs::UTF_8);
    /// What a Chinese text that is not UTF-8 is guessed to be.
    pub(crate) const GB18030: Encoding = Encoding(encoding_rs::GB18030);

    /// The encoding a label names (`gbk`, `big5`, `utf-16le`…, any case,
    /// blanks around it ignored).
    pub fn for_label(label: &str) -> Result<Self, OpenError> {
        encoding_rs::Encoding::for_label_no_replacement(label.trim().as_bytes())
            .map(Encoding)
            .ok_or_else(|| OpenError::UnknownLabel(label.to_owned()))
    }

    /// Its name as the page shows it: the WHATWG name (`UTF-8`, `Big5`,
    /// `UTF-16LE`, `GBK`…), but `GB18030` as the standard itself writes it
    /// (WHATWG lower-cases that one).
    pub fn name(self) -> &'static str {
        if self.0 == encoding_rs::GB18030 {
            "GB18030"
        } else {
            self.0.name()
        }
    }

    pub(crate) fn codec(self) -> &'static encoding_rs::Encoding {
        self.0
    }

    pub(crate) fn from_codec(codec: &'static encoding_rs::Encoding) -> Self {
        Encoding(codec)
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Debug for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Encoding({})", self.name())
    }
}

/// Written as its name, read back through [`Encoding::for_label`] (every
/// name is also a label of its encoding).
impl Serialize for Encoding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Encoding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let label = String::deserialize(deserializer)?;
        Encoding::for_label(&label).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_back_as_its_encoding() {
        for label in [
            "utf-8", "gbk", "gb18030", "big5", "utf-16le", "utf-16be", "shift_jis", "euc-kr",
            "windows-1252", "x-user-defined", "iso-8859-8-i",
        ] {
            let encoding = Encoding::for_label(label).unwrap();
            assert_eq!(
                Encoding::for_label(encoding.name()),
                Ok(encoding),
                "{label}"
            );
        }
        // A label that only names the "replacement" encoding decodes nothing: refused.
        assert!(Encoding::for_label("iso-2022-kr").is_err());
    }
}
