//! Why a file could not be read: each reason as data, and its `Display`
//! as the message the user reads, in Chinese.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{MAX_EXPANDED_BYTES, MAX_INPUT_BYTES};

/// Why a file could not be read as a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpenError {
    /// More than [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize },
    /// Zero bytes, or nothing but whitespace.
    Empty,
    /// NUL bytes or other control characters: a program or an unknown binary.
    Binary,
    /// A picture: PNG, JPEG, GIF, WebP, BMP, TIFF.
    Image,
    /// A PDF. Not read, by choice: the one pure-Rust crate that reads
    /// Chinese PDFs correctly in wasm (pdf_oxide 0.3, measured here on
    /// Chromium-, LibreOffice- and iText-style PDFs) adds 1.86 MB gzip, over
    /// half the page's whole 3 MB budget, and traps on 6 of 99 damaged files;
    /// the smaller ones (lopdf, pdf-extract) give garbage or panic on ordinary
    /// government PDFs. The message says how to get the text out instead.
    Pdf,
    /// An old binary Office file (`.doc`, `.xls`, `.wps`).
    LegacyOffice,
    /// A zip archive that is not a Word document (`.xlsx`, `.pptx`, plain `.zip`).
    Archive,
    /// A `.docx` whose zip or XML is broken, and where.
    CorruptDocx(DocxDamage),
    /// A `.docx` that would expand past 100 MB.
    ZipBomb,
    /// Neither valid UTF-8 nor clean GB18030.
    UnknownEncoding,
    /// An encoding label no browser knows.
    UnknownLabel(String),
    /// A CSV with no column of text.
    NoTextColumn,
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::TooLarge { bytes } => write!(
                f,
                "文件太大（{:.1} MB），最多可分析 {} MB 的文件",
                *bytes as f64 / 1024.0 / 1024.0,
                MAX_INPUT_BYTES / 1024 / 1024
            ),
            OpenError::Empty => write!(f, "文件是空的，没有可分析的文字"),
            OpenError::Binary => write!(
                f,
                "这不是文本文件（像是程序或其他二进制文件），请选择 .txt、.md、.docx、.html 或 .csv 文件"
            ),
            OpenError::Image => write!(
                f,
                "这是一张图片，报告透镜只读文字：请先用文字识别（OCR）取出文字再粘贴进来"
            ),
            OpenError::Pdf => write!(
                f,
                "暂不支持 PDF：请在 PDF 阅读器中全选（Ctrl+A）并复制正文，粘贴到这里；或用 WPS/Word 打开后另存为 .docx 或 .txt 再选择"
            ),
            OpenError::LegacyOffice => write!(
                f,
                "这是旧版 Office 文件（.doc/.wps）：请在 Word 或 WPS 中另存为 .docx 或纯文本后再打开"
            ),
            OpenError::Archive => write!(
                f,
                "这是压缩包或其他 Office 文件，不是 Word 文档：请先解压，或选择 .docx / .txt 文件"
            ),
            OpenError::CorruptDocx(damage) => {
                write!(f, "Word 文档已损坏，无法读取（{damage}）")
            }
            OpenError::ZipBomb => write!(
                f,
                "这个 Word 文档解压后超过 {} MB，已拒绝打开（可能是恶意文件）",
                MAX_EXPANDED_BYTES / 1024 / 1024
            ),
            OpenError::UnknownEncoding => write!(
                f,
                "无法识别文件的编码：既不是 UTF-8，也不是 GBK/GB18030，请在“编码”中手动选择"
            ),
            OpenError::UnknownLabel(label) => write!(f, "不认识的编码名称：{label}"),
            OpenError::NoTextColumn => write!(
                f,
                "CSV 中没有找到正文列（full_text、content、text 或 正文）"
            ),
        }
    }
}

impl std::error::Error for OpenError {}

/// What is broken in a damaged Word file. The libraries' own words (zip's,
/// the XML parser's) are kept as they are: they say where it broke.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DocxDamage {
    /// The zip archive's structure.
    Zip(String),
    /// The package names a main document it does not hold.
    MissingPart(String),
    /// A part could not be unpacked.
    Unreadable { part: String, detail: String },
    /// A part is neither UTF-8 nor marked with a byte-order mark.
    NotUtf8 { part: String },
    /// A part's XML is malformed.
    Xml { part: String, detail: String },
}

impl fmt::Display for DocxDamage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxDamage::Zip(detail) => write!(f, "压缩结构错误：{detail}"),
            DocxDamage::MissingPart(part) => write!(f, "缺少 {part}"),
            DocxDamage::Unreadable { part, detail } => write!(f, "{part}：{detail}"),
            DocxDamage::NotUtf8 { part } => write!(f, "{part} 不是 UTF-8"),
            DocxDamage::Xml { part, detail } => write!(f, "{part} 的 XML 有误：{detail}"),
        }
    }
}
