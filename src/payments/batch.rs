//! `pay --batch`: many payment requests read from one input, streamed. The input's kind is
//! detected from its content: a first non-blank line starting with `{` means JSONL (one JSON
//! request document a line, the shape of `pay --request`); anything else is CSV whose header
//! row names the columns `merchant, amount, currency, order, memo, items` (any order, only
//! `merchant` required), with items as `NAME:QTY:PRICE;NAME:QTY:PRICE`. Each request keeps its
//! 1-based physical line number (the CSV header is line 1), which names it in the results and
//! in its idempotency key.

use std::io::BufRead;

use super::request::{self, RawRequest, REQUEST_BYTES_MAX};
use crate::error::{Error, Result};

/// Payments committed together by default: measured, see the README ("Batch payments"). A
/// kill loses at most one chunk's uncommitted work, never an acknowledged line.
pub const CHUNK_DEFAULT: usize = 1_000;
/// The largest chunk.
pub const CHUNK_MAX: usize = 100_000;

/// The columns a CSV batch may have.
pub const COLUMNS: &[&str] = &["merchant", "amount", "currency", "order", "memo", "items"];

/// The idempotency key of one line: `PREFIX:LINE`.
pub fn line_key(prefix: &str, line: u64) -> String {
    format!("{prefix}:{line}")
}

/// One line of the input: its number and the request it holds (or why it holds none).
pub type Line = (u64, Result<RawRequest>);

enum Kind {
    Jsonl,
    /// For each column of the file, which field it fills (`None`: an empty header cell).
    Csv(Vec<usize>),
}

/// A streaming reader of batch lines.
pub struct Reader<R: BufRead> {
    input: R,
    kind: Kind,
    /// Physical lines consumed so far.
    line: u64,
    /// A first JSONL line already read while detecting the kind.
    first: Option<(u64, String)>,
    done: bool,
}

impl<R: BufRead> Reader<R> {
    /// Detect the kind from the first non-blank line (a CSV header is checked here: an unknown
    /// or repeated column, or no `merchant` column, is `invalid_input` before anything is paid).
    pub fn new(mut input: R) -> Result<Reader<R>> {
        let mut line = 0;
        loop {
            let Some(text) = read_line(&mut input, line + 1)? else {
                return Err(Error::invalid("err.batch.empty"));
            };
            line += 1;
            let trimmed = text.trim_start_matches('\u{feff}').trim();
            if trimmed.is_empty() {
                continue;
            }
            if trimmed.starts_with('{') {
                return Ok(Reader {
                    input,
                    kind: Kind::Jsonl,
                    line,
                    first: Some((line, text)),
                    done: false,
                });
            }
            let columns = header(trimmed, line)?;
            return Ok(Reader {
                input,
                kind: Kind::Csv(columns),
                line,
                first: None,
                done: false,
            });
        }
    }

    /// Whether the input is JSONL (else CSV).
    pub fn is_jsonl(&self) -> bool {
        matches!(self.kind, Kind::Jsonl)
    }

    /// The next request, `None` at the end. An I/O failure ends the batch (`Err`); a line that
    /// does not parse is a line of its own with its error.
    pub fn next_line(&mut self) -> Result<Option<Line>> {
        if let Some((n, text)) = self.first.take() {
            return Ok(Some((n, self.parse(&text, n))));
        }
        loop {
            if self.done {
                return Ok(None);
            }
            let start = self.line + 1;
            let Some(mut text) = read_line(&mut self.input, start)? else {
                self.done = true;
                return Ok(None);
            };
            self.line += 1;
            // A quoted CSV field may run over several physical lines.
            if !self.is_jsonl() {
                while open_quote(&text) {
                    match read_line(&mut self.input, self.line + 1)? {
                        Some(more) => {
                            self.line += 1;
                            text.push('\n');
                            text.push_str(&more);
                        }
                        None => {
                            self.done = true;
                            break;
                        }
                    }
                }
            }
            if text.trim().is_empty() {
                continue;
            }
            return Ok(Some((start, self.parse(&text, start))));
        }
    }

    fn parse(&self, text: &str, line: u64) -> Result<RawRequest> {
        let parsed = match &self.kind {
            Kind::Jsonl => request::from_json(text),
            Kind::Csv(columns) => csv_request(columns, text),
        };
        parsed.map_err(|e| e.detail("line", line))
    }
}

/// One physical line without its ending; a line longer than a request may be, or not UTF-8,
/// is read whole and given to the parser as such (which refuses it), an I/O failure ends all.
fn read_line(input: &mut impl BufRead, line: u64) -> Result<Option<String>> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(REQUEST_BYTES_MAX).unwrap_or(u64::MAX) * 2;
    let n = std::io::Read::take(&mut *input, limit)
        .read_until(b'\n', &mut bytes)
        .map_err(|e| {
            Error::io("<batch>", crate::error::IoCause::of(&e))
                .detail("system", e.to_string())
                .detail("line", line)
        })?;
    if n == 0 {
        return Ok(None);
    }
    while bytes.ends_with(b"\n") || bytes.ends_with(b"\r") {
        bytes.pop();
    }
    Ok(Some(
        String::from_utf8(bytes).unwrap_or_else(|_| "\u{0}not utf-8".to_string()),
    ))
}

/// Whether a CSV line ends inside a quoted field.
fn open_quote(text: &str) -> bool {
    text.bytes().filter(|&b| b == b'"').count() % 2 == 1
}

fn fields(text: &str) -> Result<Vec<String>> {
    if text.contains('\u{0}') {
        return Err(Error::invalid("err.batch.not_utf8"));
    }
    // Most lines quote nothing: split them without building a CSV reader.
    if !text.contains('"') {
        return Ok(text.split(',').map(str::to_string).collect());
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(_) => Ok(record.iter().map(str::to_string).collect()),
        Err(e) => Err(Error::invalid("err.batch.csv").arg("detail", e)),
    }
}

fn header(text: &str, line: u64) -> Result<Vec<usize>> {
    let names = fields(text).map_err(|e| e.detail("line", line))?;
    let mut columns = Vec::new();
    for name in &names {
        let name = name.trim().to_lowercase();
        let Some(i) = COLUMNS.iter().position(|c| *c == name) else {
            return Err(Error::invalid("err.batch.column")
                .arg_detail("column", &name)
                .arg("columns", COLUMNS.join(", "))
                .detail("line", line));
        };
        if columns.contains(&i) {
            return Err(Error::invalid("err.batch.column_twice")
                .arg_detail("column", &name)
                .detail("line", line));
        }
        columns.push(i);
    }
    if !columns.contains(&0) {
        return Err(Error::invalid("err.batch.no_merchant").detail("line", line));
    }
    Ok(columns)
}

fn csv_request(columns: &[usize], text: &str) -> Result<RawRequest> {
    let values = fields(text)?;
    if values.len() != columns.len() {
        return Err(Error::invalid("err.batch.fields")
            .arg_detail("expected", columns.len())
            .arg_detail("found", values.len()));
    }
    let mut raw = RawRequest::default();
    for (&column, value) in columns.iter().zip(values) {
        if value.is_empty() {
            continue;
        }
        match column {
            0 => raw.merchant = Some(value),
            1 => raw.amount = Some(serde_json::Value::String(value)),
            2 => raw.currency = Some(value),
            3 => raw.order = Some(value),
            4 => raw.memo = Some(value),
            _ => {
                raw.items = value
                    .split(';')
                    .filter(|i| !i.trim().is_empty())
                    .map(request::parse_item_flag)
                    .collect::<Result<Vec<_>>>()?;
            }
        }
    }
    Ok(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<(u64, std::result::Result<RawRequest, String>)> {
        let mut r = Reader::new(text.as_bytes()).unwrap();
        let mut out = Vec::new();
        while let Some((n, req)) = r.next_line().unwrap() {
            out.push((n, req.map_err(|e| e.key.to_string())));
        }
        out
    }

    #[test]
    fn csv_lines_keep_their_physical_numbers() {
        let lines = all("merchant,amount,items\nTea,1.00,\n\nShop,,\"A:1:2.00;B:2:1.50\"\nX,1\n");
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].0, 2);
        assert_eq!(
            lines[0].1.as_ref().unwrap().merchant.as_deref(),
            Some("Tea")
        );
        assert_eq!(lines[1].0, 4);
        assert_eq!(lines[1].1.as_ref().unwrap().items.len(), 2);
        assert_eq!(lines[2].1.as_ref().unwrap_err(), "err.batch.fields");
    }

    #[test]
    fn jsonl_is_detected_from_content() {
        let text = "\n{\"merchant\":\"Tea\",\"amount\":\"1\"}\n{\"merchant\":1}\n";
        let r = Reader::new(text.as_bytes()).unwrap();
        assert!(r.is_jsonl());
        let lines = all(text);
        assert_eq!(lines[0].0, 2);
        assert!(lines[0].1.is_ok());
        assert_eq!(lines[1].0, 3);
        assert!(lines[1].1.is_err());
    }

    #[test]
    fn a_bad_header_refuses_the_whole_batch() {
        let e = Reader::new("merchant,amont\n".as_bytes()).err().unwrap();
        assert_eq!(e.key, "err.batch.column");
        let e = Reader::new("amount\n1\n".as_bytes()).err().unwrap();
        assert_eq!(e.key, "err.batch.no_merchant");
        let e = Reader::new("merchant,merchant\n".as_bytes()).err().unwrap();
        assert_eq!(e.key, "err.batch.column_twice");
        let e = Reader::new("\n\n".as_bytes()).err().unwrap();
        assert_eq!(e.key, "err.batch.empty");
    }

    #[test]
    fn a_quoted_field_may_span_lines() {
        let lines = all("merchant,memo,amount\nTea,\"two\nlines\",1\nShop,,2\n");
        assert_eq!(lines[0].0, 2);
        assert_eq!(
            lines[0].1.as_ref().unwrap().memo.as_deref(),
            Some("two\nlines")
        );
        assert_eq!(lines[1].0, 4);
    }
}
