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
    /// A PDF given to [`open`](crate::open): PDFs are read by a PDF engine
    /// (`report-lens-pdf`, pdf.js for what it declines; in the page's PDF
    /// worker, or in the CLI) into runs that [`open_pdf`](crate::open_pdf)
    /// reads; `open` has none.
    Pdf,
    /// A PDF with no text on any page: a scan. `pages` it has.
    PdfNoText { pages: usize },
    /// A PDF that needs its open password.
    PdfPassword,
    /// A PDF whose permissions forbid copying its text.
    PdfNoCopy,
    /// A PDF the engine could not parse, in its words.
    PdfDamaged(String),
    /// The PDF reader stopped before it answered: it trapped, ran out of
    /// memory, or took longer than its time limit (the reason).
    PdfReaderStopped(String),
    /// No PDF engine here (the CLI without node or pdf.js), and why.
    PdfReaderMissing(String),
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
                "PDF 需要先由 PDF 阅读器取出文字：请直接选择或拖入 PDF 文件"
            ),
            OpenError::PdfNoText { pages } => write!(
                f,
                "文字层为空：这是扫描件（{pages} 页都只有图片，没有文字）。报告透镜只读文字：请先用文字识别（OCR，如 WPS、微信或手机相册的“提取文字”）取出文字再粘贴进来，或找到这份报告的网页版、Word 版"
            ),
            OpenError::PdfPassword => write!(
                f,
                "这个 PDF 有打开密码，无法读取：请在 PDF 阅读器中输入密码打开，另存（或打印）为没有密码的 PDF 后再选择"
            ),
            OpenError::PdfNoCopy => write!(
                f,
                "这个 PDF 设置了禁止复制文字，报告透镜不绕过这一限制：请使用发布方的网页版或 Word 版"
            ),
            OpenError::PdfDamaged(detail) => {
                write!(f, "PDF 文件已损坏，无法读取（{detail}）")
            }
            OpenError::PdfReaderStopped(reason) => write!(
                f,
                "PDF 阅读器读这个文件时停止了（{reason}）。页面其余部分不受影响，可以换一个文件再试，或复制 PDF 的正文粘贴进来"
            ),
            OpenError::PdfReaderMissing(why) => write!(
                f,
                "读取 PDF 需要 Node.js 和 pdfjs-dist（运行 scripts/install.sh 安装）：{why}"
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
