//! Scraped tables: the report is one cell of a CSV row, in the column named
//! full_text / content / text / 正文, or else the column with the longest text.

use super::{OpenError, OpenNote, Opened};

/// Column names that hold the report, best first (compared case-insensitively).
const TEXT_COLUMNS: &[&str] = &[
    "full_text", "fulltext", "content", "text", "正文", "全文", "内容",
];

/// The report in the first row that has one.
pub(super) fn read(text: &str) -> Result<Opened, OpenError> {
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| OpenError::NoTextColumn)?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let mut rows: Vec<::csv::StringRecord> = reader.records().filter_map(Result::ok).collect();
    // The longest cell of each column, in one pass over the rows.
    let mut longest: Vec<usize> = vec![0; headers.len()];
    for row in &rows {
        for (c, cell) in row.iter().enumerate().take(longest.len()) {
            longest[c] = longest[c].max(cell.len());
        }
    }
    let named = TEXT_COLUMNS
        .iter()
        .find_map(|name| headers.iter().position(|h| h == name))
        .filter(|&c| longest[c] > 0);
    let longest_column = (0..headers.len())
        .filter(|&c| longest[c] > 0)
        .max_by_key(|&c| (longest[c], std::cmp::Reverse(c)));
    let column = match named.or(longest_column) {
        Some(c) => c,
        // One line and no header: the line is the row.
        None if rows.is_empty() => {
            let record = reader
                .headers()
                .map_err(|_| OpenError::NoTextColumn)?
                .clone();
            let c = (0..record.len())
                .max_by_key(|&c| record[c].len())
                .filter(|&c| !record[c].trim().is_empty() && record[c].chars().count() > 20)
                .ok_or(OpenError::NoTextColumn)?;
            rows.push(record);
            c
        }
        None => return Err(OpenError::NoTextColumn),
    };
    let with_text: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.get(column).is_some_and(|cell| !cell.trim().is_empty()))
        .map(|(i, _)| i)
        .collect();
    let first = *with_text.first().ok_or(OpenError::NoTextColumn)?;
    let mut opened = Opened::plain(rows[first][column].to_owned());
    opened.format = super::Format::Csv;
    let column_name = headers.get(column).cloned().unwrap_or_default();
    opened.notes.push(OpenNote::CsvCell {
        column: column_name,
        row: first + 1,
        rows: with_text.len(),
    });
    Ok(opened)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_named_column_wins_over_a_longer_one() {
        let csv = "\u{feff}title,url,Full_Text\n报告,https://example.com/a-very-long-address-indeed,\"各位代表：\n现在，我代表…\"\n";
        let opened = read(csv).unwrap();
        assert_eq!(opened.text, "各位代表：\n现在，我代表…");
        assert_eq!(opened.notes[0].to_string(), "读取了 CSV 的“full_text”列");
    }

    #[test]
    fn else_the_longest_column_and_the_first_row_with_text() {
        let csv = "a,b\n1,\n2,\"长长的一段正文，有“引号”\"\"和逗号,\"\n3,第三行\n";
        let opened = read(csv).unwrap();
        assert_eq!(opened.text, "长长的一段正文，有“引号”\"和逗号,");
        assert_eq!(
            opened.notes[0].to_string(),
            "CSV 共 2 行报告，分析的是第 2 行的“b”列"
        );
    }

    #[test]
    fn no_rows_is_no_text() {
        assert_eq!(read("title,full_text\n"), Err(OpenError::NoTextColumn));
        assert_eq!(read(""), Err(OpenError::NoTextColumn));
    }
}
