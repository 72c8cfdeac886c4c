//! What the error line says: a report the worker could not read or analyze,
//! or a problem the page met itself (a file too large or that the browser
//! would not read, an export the browser refused). Each `Display` is the
//! reader's message, in Chinese.

use std::fmt;

use crate::export::{Export, ExportFailure};
use crate::protocol::Failure;

#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A report that could not be read or analyzed: by the worker, or by
    /// the page before reading a file too large (as the worker would).
    Failed(Failure),
    /// The browser would not give the page the chosen file's bytes.
    Unreadable { file: String },
    /// An export the browser did not save.
    NotExported {
        export: Export,
        failure: ExportFailure,
    },
}

impl Problem {
    /// The file a failed reading or analysis is about: reading it in
    /// another encoding may help.
    pub fn failed_file(&self) -> Option<&str> {
        match self {
            Problem::Failed(failure) => failure.file(),
            Problem::Unreadable { .. } | Problem::NotExported { .. } => None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Failed(failure) => write!(f, "{failure}"),
            Problem::Unreadable { file } => write!(f, "无法读取文件 {file}"),
            Problem::NotExported { export, failure } => {
                write!(f, "{}：{failure}", export.failure_lead())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use report_lens_analysis::OpenError;

    use super::*;

    #[test]
    fn messages_read_as_the_reader_knows_them() {
        let refused = |export| {
            Problem::NotExported {
                export,
                failure: ExportFailure::Refused,
            }
            .to_string()
        };
        assert_eq!(refused(Export::Json), "无法导出 JSON：浏览器拒绝了下载");
        assert_eq!(
            refused(Export::ReportPage),
            "无法导出报告：浏览器拒绝了下载"
        );
        assert_eq!(
            refused(Export::MetricsCsv),
            "无法导出 CSV：浏览器拒绝了下载"
        );
        for cloud in [Export::CloudSvg, Export::CloudPng, Export::KeywordsCsv] {
            assert_eq!(refused(cloud), "无法导出：浏览器拒绝了下载");
        }
        let not_drawn = Problem::NotExported {
            export: Export::CloudPng,
            failure: ExportFailure::NotDrawn,
        };
        assert_eq!(not_drawn.to_string(), "无法导出：浏览器未能把词云画成图片");
        let unreadable = Problem::Unreadable {
            file: "a.txt".into(),
        };
        assert_eq!(unreadable.to_string(), "无法读取文件 a.txt");
        assert_eq!(unreadable.failed_file(), None);
        let too_large = Problem::Failed(Failure::Open {
            file: "big.txt".into(),
            error: OpenError::TooLarge { bytes: 30 << 20 },
        });
        assert!(too_large.to_string().starts_with("big.txt：文件太大"));
        assert_eq!(too_large.failed_file(), Some("big.txt"));
    }
}
