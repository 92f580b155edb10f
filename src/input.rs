//! Input readers: turn JSONL, CSV, TSV, plain-text and whole-document files (optionally gzip-compressed) into a
//! stream of [`Record`]s. Reading is streaming (memory does not grow with the input), and a record that cannot be
//! read becomes a [`RecordError`] in its place, so that every input record is accounted for.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Arc, Mutex};

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

use crate::error::{Error, Result};

/// Default cap on the bytes of one record (a line or a document): 64 MiB. Longer lines are reported as errors
/// (JSONL, CSV) or cut (text, doc) with a warning.
pub const DEFAULT_MAX_RECORD_BYTES: usize = 64 << 20;

/// The layout of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Decide from the file name (`.jsonl`, `.csv`, …, with an optional `.gz`), else from the first bytes.
    #[default]
    Auto,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
    /// Tab-separated values with a header row.
    Tsv,
    /// One record per non-empty line.
    Text,
    /// The whole file is one record, its id the file name.
    Doc,
    /// A spreadsheet (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`): its first sheet, with a header row.
    Sheet,
}

impl FromStr for InputFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "auto" => InputFormat::Auto,
            "jsonl" | "ndjson" | "json" => InputFormat::Jsonl,
            "csv" => InputFormat::Csv,
            "tsv" => InputFormat::Tsv,
            "text" | "txt" => InputFormat::Text,
            "doc" => InputFormat::Doc,
            "sheet" | "xlsx" | "xls" | "ods" => InputFormat::Sheet,
            _ => {
                return Err(Error::InvalidOption {
                    name: "input-format",
                    message: format!(
                        "unknown format `{s}` (expected auto, jsonl, csv, tsv, text, doc or sheet)"
                    ),
                })
            }
        })
    }
}

impl InputFormat {
    /// The format a file name implies, ignoring a trailing `.gz`; `None` when the extension says nothing.
    pub fn from_file_name(name: &str) -> Option<InputFormat> {
        let lower = name.to_ascii_lowercase();
        let base = lower.strip_suffix(".gz").unwrap_or(&lower);
        let ext = Path::new(base).extension()?.to_str()?;
        match ext {
            "jsonl" | "ndjson" | "json" => Some(InputFormat::Jsonl),
            "csv" => Some(InputFormat::Csv),
            "tsv" | "tab" => Some(InputFormat::Tsv),
            "txt" | "text" | "log" => Some(InputFormat::Text),
            "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Some(InputFormat::Sheet),
            _ => None,
        }
    }
}

/// How records are read: format and field names.
#[derive(Debug, Clone)]
pub struct InputOptions {
    /// The file layout.
    pub format: InputFormat,
    /// Field (JSONL key or CSV column) holding the text.
    pub text_field: String,
    /// Field holding the record id; when a record has none, its id is `<file>:<line>`.
    pub id_field: String,
    /// Field holding the record's date, if any.
    pub date_field: Option<String>,
    /// Field holding the record's language, if any.
    pub lang_field: Option<String>,
    /// Longest record read, in bytes.
    pub max_record_bytes: usize,
    /// Encoding of the input; `None`: UTF-8 (UTF-16 when the file starts with its byte-order mark), or, for a
    /// file that is not, the legacy encoding chardetng guesses for it (windows-1251 for a Russian spreadsheet
    /// export, windows-1252 for a Finnish one).
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            format: InputFormat::Auto,
            text_field: "text".into(),
            id_field: "id".into(),
            date_field: None,
            lang_field: None,
            max_record_bytes: DEFAULT_MAX_RECORD_BYTES,
            encoding: None,
        }
    }
}

/// One piece of feedback read from the input.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record {
    /// The record's id (from the id field, else `<file>:<line>`).
    pub id: String,
    /// The feedback text.
    pub text: String,
    /// The raw value of the date field, if asked for and present.
    pub date: Option<String>,
    /// The raw value of the language field, if asked for and present.
    pub lang: Option<String>,
    /// `<file>:<line>` where the record starts.
    pub location: String,
    /// Problems that did not stop the record from being read (invalid UTF-8 replaced, text cut, …).
    pub warnings: Vec<String>,
}

/// A record that could not be read; it stands in the output where the record would have been.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{location}: {message}")]
pub struct RecordError {
    /// The record's id when it could be recovered, else its location.
    pub id: String,
    /// `<file>:<line>`.
    pub location: String,
    /// What is wrong.
    pub message: String,
}

/// What a reader yields for each input record.
pub type ReadResult = std::result::Result<Record, RecordError>;

/// A streaming iterator over the records of one input.
pub struct RecordReader {
    inner: Box<dyn Iterator<Item = ReadResult> + Send>,
}

impl fmt::Debug for RecordReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecordReader")
    }
}

impl Iterator for RecordReader {
    type Item = ReadResult;
    fn next(&mut self) -> Option<ReadResult> {
        self.inner.next()
    }
}

impl RecordReader {
    /// Opens a file (or `-` for standard input) and reads it with `options`. Gzip input is recognised by its magic
    /// bytes. Fails when the file cannot be opened or, for CSV/TSV, when its header lacks the text column.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use feedback_themes::input::{InputOptions, RecordReader};
    /// let dir = tempfile::tempdir()?;
    /// let path = dir.path().join("tickets.csv");
    /// std::fs::write(&path, "id,text\n7,Parcel never arrived\n")?;
    /// let records: Vec<_> = RecordReader::open(&path, &InputOptions::default())?.collect();
    /// assert_eq!(records[0].as_ref().unwrap().id, "7");
    /// # Ok(()) }
    /// ```
    pub fn open(path: &Path, options: &InputOptions) -> Result<RecordReader> {
        if path.as_os_str() == "-" {
            return RecordReader::from_reader("stdin", io::stdin(), options);
        }
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        let name = path.display().to_string();
        let mut options = options.clone();
        if options.format == InputFormat::Auto {
            if let Some(format) = InputFormat::from_file_name(&name) {
                options.format = format;
            }
        }
        RecordReader::from_reader(&name, file, &options)
    }

    /// Reads records from any byte stream; `name` is used in ids and messages. With [`InputFormat::Auto`], the
    /// first bytes decide: `{` means JSONL, anything else one document (standard input defaults to JSONL).
    pub fn from_reader<R: Read + Send + 'static>(
        name: &str,
        reader: R,
        options: &InputOptions,
    ) -> Result<RecordReader> {
        let source: Arc<str> = Arc::from(name);
        let mut buffered = BufReader::with_capacity(256 << 10, reader);
        let head = buffered
            .fill_buf()
            .map_err(|e| Error::io(PathBuf::from(name), e))?;
        let stream: Box<dyn BufRead + Send> = if head.starts_with(&[0x1f, 0x8b]) {
            Box::new(BufReader::with_capacity(
                256 << 10,
                flate2::read::MultiGzDecoder::new(buffered),
            ))
        } else {
            Box::new(buffered)
        };
        let mut stream = stream;
        // UTF-16 (a BOM, or given): transcoded to UTF-8 as it streams, so that lines and fields split as usual.
        let head = stream
            .fill_buf()
            .map_err(|e| Error::io(PathBuf::from(name), e))?;
        let utf16_bom = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
        let wide = options.encoding.filter(|e| !e.is_ascii_compatible());
        let mut given = options.encoding;
        if utf16_bom || wide.is_some() {
            let utf8 = encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(wide)
                .bom_override(true)
                .strip_bom(true)
                .build(stream);
            stream = Box::new(BufReader::with_capacity(256 << 10, utf8));
            given = Some(encoding_rs::UTF_8);
        }
        let format = match options.format {
            InputFormat::Auto => {
                let head = stream
                    .fill_buf()
                    .map_err(|e| Error::io(PathBuf::from(name), e))?;
                let first = head
                    .iter()
                    .copied()
                    .find(|b| !b.is_ascii_whitespace() && !matches!(b, 0xEF | 0xBB | 0xBF));
                // Zip (xlsx, ods) and OLE (xls) containers: spreadsheets, not text.
                if head.starts_with(b"PK\x03\x04") || head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
                    InputFormat::Sheet
                } else if name == "stdin" || first == Some(b'{') {
                    InputFormat::Jsonl
                } else {
                    InputFormat::Doc
                }
            }
            format => format,
        };
        if format == InputFormat::Sheet {
            let mut bytes = Vec::new();
            stream
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io(PathBuf::from(name), e))?;
            return Ok(RecordReader {
                inner: Box::new(SheetRecords::new(bytes, source, options)?),
            });
        }
        let decoder = Decoder::new(
            given,
            stream
                .fill_buf()
                .map_err(|e| Error::io(PathBuf::from(name), e))?,
        );
        let inner: Box<dyn Iterator<Item = ReadResult> + Send> = match format {
            InputFormat::Jsonl => Box::new(JsonlRecords {
                lines: Lines::new(stream, options.max_record_bytes),
                source,
                options: options.clone(),
                decoder,
            }),
            InputFormat::Text => Box::new(TextRecords {
                lines: Lines::new(stream, options.max_record_bytes),
                source,
                decoder,
            }),
            InputFormat::Doc => Box::new(DocRecords {
                stream: Some(stream),
                source,
                max_bytes: options.max_record_bytes,
                decoder,
            }),
            InputFormat::Csv | InputFormat::Tsv => Box::new(CsvRecords::new(
                stream,
                source,
                options,
                decoder,
                if format == InputFormat::Csv {
                    b','
                } else {
                    b'\t'
                },
            )?),
            InputFormat::Auto | InputFormat::Sheet => unreachable!("resolved above"),
        };
        Ok(RecordReader { inner })
    }
}

/// Where the fields a reader wants stand in a header row (of a CSV file or a spreadsheet).
#[derive(Debug, Clone, Copy)]
struct HeaderColumns {
    text: usize,
    id: Option<usize>,
    date: Option<usize>,
    lang: Option<usize>,
}

impl HeaderColumns {
    /// Finds the fields of `options` among `names`, the header row at `location` (`<file>:<line>`); a missing
    /// text column is fatal and the message lists the header.
    fn find(names: &[String], options: &InputOptions, location: &str) -> Result<HeaderColumns> {
        let find = |field: &str| names.iter().position(|n| n == field);
        let text = find(&options.text_field).ok_or_else(|| Error::InvalidOption {
            name: "text-field",
            message: format!(
                "{location}: the header has no column `{}` (columns: {})",
                options.text_field,
                names.join(", ")
            ),
        })?;
        Ok(HeaderColumns {
            text,
            id: find(&options.id_field),
            date: options.date_field.as_deref().and_then(find),
            lang: options.lang_field.as_deref().and_then(find),
        })
    }
}

/// The rows of a spreadsheet's first sheet under its header row (the first row with any cell filled). The
/// whole file is read first (spreadsheets are zip or OLE containers); cells become text as they are handed out:
/// numbers as written, dates as ISO 8601 (`2024-03-05`, or with `T10:30:00` when there is a time of day).
struct SheetRecords {
    range: calamine::Range<calamine::Data>,
    source: Arc<str>,
    /// Index in `range` of the next row, and the sheet row number of `range`'s first row (1-based).
    next: usize,
    first_row: u32,
    columns: HeaderColumns,
}

impl SheetRecords {
    fn new(bytes: Vec<u8>, source: Arc<str>, options: &InputOptions) -> Result<Self> {
        use calamine::Reader as _;
        let fail = |message: String| Error::io(PathBuf::from(&*source), io::Error::other(message));
        let mut book = calamine::open_workbook_auto_from_rs(io::Cursor::new(bytes))
            .map_err(|e| fail(format!("not a readable spreadsheet: {e}")))?;
        let range = match book.worksheet_range_at(0) {
            Some(range) => range.map_err(|e| fail(format!("cannot read the first sheet: {e}")))?,
            None => return Err(fail("the workbook has no sheet".into())),
        };
        let first_row = range.start().map_or(1, |(row, _)| row + 1);
        let mut rows = range.rows().enumerate();
        let (header_at, header) = rows
            .find(|(_, r)| r.iter().any(|c| !matches!(c, calamine::Data::Empty)))
            .ok_or_else(|| fail("the first sheet is empty".into()))?;
        let names: Vec<String> = header
            .iter()
            .map(|c| cell_text(c).trim().to_string())
            .collect();
        let location = format!("{}:{}", source, first_row as usize + header_at);
        let columns = HeaderColumns::find(&names, options, &location)?;
        Ok(SheetRecords {
            range,
            source,
            next: header_at + 1,
            first_row,
            columns,
        })
    }
}

impl Iterator for SheetRecords {
    type Item = ReadResult;
    fn next(&mut self) -> Option<ReadResult> {
        let width = self.range.width();
        loop {
            let i = self.next;
            if i >= self.range.height() {
                return None;
            }
            self.next += 1;
            let cells: Vec<&calamine::Data> = (0..width)
                .map(|c| self.range.get((i, c)).unwrap_or(&calamine::Data::Empty))
                .collect();
            if cells.iter().all(|c| matches!(c, calamine::Data::Empty)) {
                continue;
            }
            let location = format!("{}:{}", self.source, self.first_row as usize + i);
            let cell = |column: Option<usize>| {
                column
                    .and_then(|c| cells.get(c))
                    .map(|c| cell_text(c))
                    .filter(|t| !t.trim().is_empty())
            };
            let mut warnings = Vec::new();
            if let Some(calamine::Data::Error(e)) = cells.get(self.columns.text) {
                warnings.push(format!("the text cell holds an error ({e})"));
            }
            return Some(Ok(Record {
                id: cell(self.columns.id).unwrap_or_else(|| location.clone()),
                text: cell(Some(self.columns.text)).unwrap_or_default(),
                date: cell(self.columns.date),
                lang: cell(self.columns.lang),
                location,
                warnings,
            }));
        }
    }
}

/// A spreadsheet cell as text.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => match d.as_datetime().filter(|_| d.is_datetime()) {
            Some(t) => {
                let full = t.to_string().replacen(' ', "T", 1);
                match full.strip_suffix("T00:00:00") {
                    Some(date) => date.to_string(),
                    None => full,
                }
            }
            None => d.as_f64().to_string(),
        },
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// Turns one file's bytes into text: with an encoding given, in that encoding; else as UTF-8 while they are,
/// and otherwise in the legacy encoding guessed (by chardetng) from the file's first bytes, or from the first
/// record that is not UTF-8; the guess then holds for the rest of the file. Every record read in a legacy
/// encoding says so in its warnings.
#[derive(Debug, Clone)]
struct Decoder {
    given: Option<&'static encoding_rs::Encoding>,
    guessed: std::cell::Cell<Option<&'static encoding_rs::Encoding>>,
}

impl Decoder {
    /// A decoder for a file starting with `head`, in the `given` encoding if any.
    fn new(given: Option<&'static encoding_rs::Encoding>, head: &[u8]) -> Decoder {
        let decoder = Decoder {
            given,
            guessed: std::cell::Cell::new(None),
        };
        if decoder.given.is_none() {
            // A multi-byte character may be cut at the end of the buffer: only an error before it counts.
            if let Err(e) = std::str::from_utf8(head) {
                if e.error_len().is_some() && !has_utf8_multibyte(head) {
                    decoder.guessed.set(Some(guess_encoding(head)));
                }
            }
        }
        decoder
    }

    fn text(&self, bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
        let legacy = match self.given {
            Some(encoding) => encoding,
            None => match String::from_utf8(bytes) {
                Ok(s) => return s,
                Err(e) => {
                    let bytes = e.into_bytes();
                    let encoding = match self.guessed.get() {
                        Some(encoding) => encoding,
                        None if has_utf8_multibyte(&bytes) => encoding_rs::UTF_8,
                        None => {
                            let encoding = guess_encoding(&bytes);
                            self.guessed.set(Some(encoding));
                            encoding
                        }
                    };
                    return self.decode(encoding, &bytes, warnings);
                }
            },
        };
        self.decode(legacy, &bytes, warnings)
    }

    fn decode(
        &self,
        encoding: &'static encoding_rs::Encoding,
        bytes: &[u8],
        warnings: &mut Vec<String>,
    ) -> String {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if encoding == encoding_rs::UTF_8 {
            if had_errors {
                warnings.push("invalid UTF-8 replaced with U+FFFD".into());
            }
        } else if self.given.is_none() {
            warnings.push(format!("not UTF-8: read as {}", encoding.name()));
        } else if had_errors {
            warnings.push(format!("invalid {} replaced with U+FFFD", encoding.name()));
        }
        text.into_owned()
    }
}

/// Whether `bytes` hold valid multi-byte UTF-8 characters: then invalid bytes among them are damage to UTF-8
/// text, not a legacy encoding (whose text almost never forms UTF-8 sequences).
fn has_utf8_multibyte(bytes: &[u8]) -> bool {
    bytes
        .utf8_chunks()
        .any(|c| c.valid().bytes().any(|b| b >= 0x80))
}

/// The legacy encoding that `bytes` (not UTF-8) are most likely in.
fn guess_encoding(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Splits a stream into lines (without `\n`/`\r\n`, without a leading BOM), capped in length.
struct Lines {
    stream: Box<dyn BufRead + Send>,
    line_no: u64,
    max_bytes: usize,
    done: bool,
}

/// One raw line: its number, its bytes, and whether it was longer than the cap.
struct RawLine {
    number: u64,
    bytes: Vec<u8>,
    truncated: bool,
}

impl Lines {
    fn new(stream: Box<dyn BufRead + Send>, max_bytes: usize) -> Self {
        Lines {
            stream,
            line_no: 0,
            max_bytes,
            done: false,
        }
    }

    /// The next line, or `Err` for a read failure (after which iteration ends).
    fn next_line(&mut self) -> Option<io::Result<RawLine>> {
        if self.done {
            return None;
        }
        let mut bytes = Vec::new();
        let mut truncated = false;
        let mut saw_any = false;
        loop {
            let buf = match self.stream.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            };
            if buf.is_empty() {
                self.done = true;
                if !saw_any {
                    return None;
                }
                break;
            }
            saw_any = true;
            let (chunk, consumed, ended) = match memchr_newline(buf) {
                Some(i) => (&buf[..i], i + 1, true),
                None => (buf, buf.len(), false),
            };
            let room = self.max_bytes.saturating_sub(bytes.len());
            if chunk.len() > room {
                truncated = true;
                bytes.extend_from_slice(&chunk[..room]);
            } else {
                bytes.extend_from_slice(chunk);
            }
            self.stream.consume(consumed);
            if ended {
                break;
            }
        }
        self.line_no += 1;
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        if self.line_no == 1 && bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            bytes.drain(..3);
        }
        Some(Ok(RawLine {
            number: self.line_no,
            bytes,
            truncated,
        }))
    }
}

fn memchr_newline(buf: &[u8]) -> Option<usize> {
    buf.iter().position(|&b| b == b'\n')
}

fn count_newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

fn is_blank(bytes: &[u8]) -> bool {
    bytes.iter().all(|b| b.is_ascii_whitespace())
}

fn read_error(source: &str, line: u64, e: io::Error) -> RecordError {
    let location = format!("{source}:{line}");
    RecordError {
        id: location.clone(),
        location,
        message: format!("read error: {e}"),
    }
}

struct TextRecords {
    lines: Lines,
    source: Arc<str>,
    decoder: Decoder,
}

impl Iterator for TextRecords {
    type Item = ReadResult;
    fn next(&mut self) -> Option<ReadResult> {
        loop {
            let line = match self.lines.next_line()? {
                Ok(line) => line,
                Err(e) => return Some(Err(read_error(&self.source, self.lines.line_no + 1, e))),
            };
            if is_blank(&line.bytes) {
                continue;
            }
            let location = format!("{}:{}", self.source, line.number);
            let mut warnings = Vec::new();
            if line.truncated {
                warnings.push(format!(
                    "line longer than {} bytes: cut",
                    self.lines.max_bytes
                ));
            }
            let text = self.decoder.text(line.bytes, &mut warnings);
            return Some(Ok(Record {
                id: location.clone(),
                text,
                location,
                warnings,
                ..Record::default()
            }));
        }
    }
}

struct DocRecords {
    stream: Option<Box<dyn BufRead + Send>>,
    source: Arc<str>,
    max_bytes: usize,
    decoder: Decoder,
}

impl Iterator for DocRecords {
    type Item = ReadResult;
    fn next(&mut self) -> Option<ReadResult> {
        let stream = self.stream.take()?;
        let mut bytes = Vec::new();
        let limit = self.max_bytes as u64;
        let mut limited = stream.take(limit + 1);
        if let Err(e) = limited.read_to_end(&mut bytes) {
            return Some(Err(read_error(&self.source, 1, e)));
        }
        let mut warnings = Vec::new();
        if bytes.len() as u64 > limit {
            bytes.truncate(self.max_bytes);
            warnings.push(format!(
                "document longer than {} bytes: cut",
                self.max_bytes
            ));
        }
        if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            bytes.drain(..3);
        }
        let text = self.decoder.text(bytes, &mut warnings);
        Some(Ok(Record {
            id: self.source.to_string(),
            text,
            location: format!("{}:1", self.source),
            warnings,
            ..Record::default()
        }))
    }
}

struct JsonlRecords {
    lines: Lines,
    source: Arc<str>,
    options: InputOptions,
    decoder: Decoder,
}

impl Iterator for JsonlRecords {
    type Item = ReadResult;
    fn next(&mut self) -> Option<ReadResult> {
        loop {
            let line = match self.lines.next_line()? {
                Ok(line) => line,
                Err(e) => return Some(Err(read_error(&self.source, self.lines.line_no + 1, e))),
            };
            if is_blank(&line.bytes) {
                continue;
            }
            let location = format!("{}:{}", self.source, line.number);
            if line.truncated {
                return Some(Err(RecordError {
                    id: location.clone(),
                    location,
                    message: format!("line longer than {} bytes", self.lines.max_bytes),
                }));
            }
            let mut warnings = Vec::new();
            let text = self.decoder.text(line.bytes, &mut warnings);
            return Some(parse_json_record(&text, location, warnings, &self.options));
        }
    }
}

/// The fields of a JSON record that the reader wants, picked out without building the whole object.
#[derive(Default)]
struct WantedFields {
    id: Option<Value>,
    text: Option<Value>,
    date: Option<Value>,
    lang: Option<Value>,
}

struct WantedSeed<'a>(&'a InputOptions);

impl<'de> DeserializeSeed<'de> for WantedSeed<'_> {
    type Value = WantedFields;
    fn deserialize<D: de::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<WantedFields, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for WantedSeed<'_> {
    type Value = WantedFields;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<WantedFields, A::Error> {
        let mut fields = WantedFields::default();
        while let Some(key) = map.next_key_seed(KeySeed(self.0))? {
            match key {
                Some(Field::Id) => fields.id = Some(map.next_value()?),
                Some(Field::Text) => fields.text = Some(map.next_value()?),
                Some(Field::Date) => fields.date = Some(map.next_value()?),
                Some(Field::Lang) => fields.lang = Some(map.next_value()?),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(fields)
    }
}

#[derive(Clone, Copy)]
enum Field {
    Id,
    Text,
    Date,
    Lang,
}

struct KeySeed<'a>(&'a InputOptions);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Option<Field>;
    fn deserialize<D: de::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Option<Field>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Option<Field>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> std::result::Result<Option<Field>, E> {
        let o = self.0;
        Ok(if key == o.text_field {
            Some(Field::Text)
        } else if key == o.id_field {
            Some(Field::Id)
        } else if o.date_field.as_deref() == Some(key) {
            Some(Field::Date)
        } else if o.lang_field.as_deref() == Some(key) {
            Some(Field::Lang)
        } else {
            None
        })
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A scalar field as text (strings as is, numbers and booleans printed); `None` for null, arrays and objects.
fn scalar_text(value: Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn parse_json_record(
    line: &str,
    location: String,
    warnings: Vec<String>,
    options: &InputOptions,
) -> ReadResult {
    let parse = |line: &str| {
        let mut de = serde_json::Deserializer::from_str(line);
        WantedSeed(options)
            .deserialize(&mut de)
            .and_then(|fields| de.end().map(|()| fields))
    };
    let mut warnings = warnings;
    let mut parsed = parse(line);
    if parsed.is_err() && line.bytes().any(|b| b < 0x20 && b != b'\t') {
        // Raw control characters (NUL, …) are not allowed inside JSON strings, but exports contain them: read
        // the record with them turned into spaces rather than lose it.
        let cleaned: String = line
            .chars()
            .map(|c| if c < ' ' { ' ' } else { c })
            .collect();
        if let Ok(fields) = parse(&cleaned) {
            warnings.push("raw control characters replaced with spaces".into());
            parsed = Ok(fields);
        }
    }
    let fields = match parsed {
        Ok(fields) => fields,
        Err(e) => {
            return Err(RecordError {
                id: location.clone(),
                location,
                message: format!("invalid JSON: {e}"),
            })
        }
    };
    let id = fields
        .id
        .and_then(scalar_text)
        .unwrap_or_else(|| location.clone());
    let fail = |message: String| RecordError {
        id: id.clone(),
        location: location.clone(),
        message,
    };
    let text = match fields.text {
        None => return Err(fail(format!("missing text field `{}`", options.text_field))),
        Some(Value::String(s)) => s,
        Some(other) => {
            return Err(fail(format!(
                "text field `{}` is {}, not a string",
                options.text_field,
                json_kind(&other)
            )))
        }
    };
    Ok(Record {
        id,
        text,
        date: fields.date.and_then(scalar_text),
        lang: fields.lang.and_then(scalar_text),
        location,
        warnings,
    })
}

/// Passes bytes through to the CSV parser while keeping those of the current row, so that an unterminated quote
/// (which swallows the rest of the file into one field) can be detected.
struct Tap {
    inner: Box<dyn BufRead + Send>,
    kept: Arc<Mutex<TapState>>,
}

#[derive(Default)]
struct TapState {
    /// Input offset of `bytes[0]`.
    base: u64,
    /// Line breaks before `base`.
    lines_before: u64,
    bytes: Vec<u8>,
    /// The underlying stream has ended.
    eof: bool,
}

impl Read for Tap {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        kept.bytes.extend_from_slice(&buf[..n]);
        kept.eof |= n == 0 && !buf.is_empty();
        Ok(n)
    }
}

/// What the raw bytes of one CSV row tell.
struct RawRow {
    /// 1-based line where the row's content starts.
    line: u64,
    /// The row has an odd number of quote characters.
    odd_quotes: bool,
    /// Nothing but white space follows the row in the input.
    last: bool,
}

impl TapState {
    /// Looks at the raw row `start..end` (input offsets), then forgets the bytes before `end`. The csv crate's own
    /// line numbers miscount line breaks inside quoted fields and CRLF, so lines are counted here.
    fn row(&mut self, start: u64, end: u64) -> RawRow {
        let from = (start.saturating_sub(self.base) as usize).min(self.bytes.len());
        let to = (end.saturating_sub(self.base) as usize)
            .min(self.bytes.len())
            .max(from);
        let mut line = self.lines_before + 1 + count_newlines(&self.bytes[..from]);
        let raw = &self.bytes[from..to];
        let content = raw
            .iter()
            .position(|&b| b != b'\r' && b != b'\n')
            .unwrap_or(raw.len());
        line += count_newlines(&raw[..content]);
        let odd_quotes = raw.iter().filter(|&&b| b == b'"').count() % 2 == 1;
        self.lines_before += count_newlines(&self.bytes[..to]);
        self.bytes.drain(..to);
        self.base += to as u64;
        let last = self.eof && self.bytes.iter().all(u8::is_ascii_whitespace);
        RawRow {
            line,
            odd_quotes,
            last,
        }
    }
}

struct CsvRecords {
    reader: csv::Reader<Tap>,
    tap: Arc<Mutex<TapState>>,
    source: Arc<str>,
    columns: usize,
    header: HeaderColumns,
    row: csv::ByteRecord,
    max_bytes: usize,
    done: bool,
    decoder: Decoder,
}

/// The delimiter of a CSV file whose header line starts `head`: a comma, unless semicolons (what spreadsheets
/// write where the comma is the decimal mark, as in Finland and Russia) or tabs split the header into more
/// columns. Quoted parts do not count.
fn sniff_csv_delimiter(head: &[u8]) -> u8 {
    let line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], usize::from(i == 0)))
        .unwrap_or(0);
    [b',', b';', b'\t'][best]
}

impl CsvRecords {
    fn new(
        mut stream: Box<dyn BufRead + Send>,
        source: Arc<str>,
        options: &InputOptions,
        decoder: Decoder,
        delimiter: u8,
    ) -> Result<Self> {
        let delimiter = if delimiter == b',' {
            let head = stream
                .fill_buf()
                .map_err(|e| Error::io(PathBuf::from(&*source), e))?;
            sniff_csv_delimiter(head)
        } else {
            delimiter
        };
        let tap = Arc::new(Mutex::new(TapState::default()));
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(true)
            .from_reader(Tap {
                inner: stream,
                kept: tap.clone(),
            });
        let headers = reader
            .byte_headers()
            .map_err(|e| Error::io(PathBuf::from(&*source), io::Error::other(e.to_string())))?
            .clone();
        let names: Vec<String> = headers
            .iter()
            .map(|h| {
                decoder
                    .text(h.to_vec(), &mut Vec::new())
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_string()
            })
            .collect();
        let header = HeaderColumns::find(&names, options, &format!("{source}:1"))?;
        Ok(CsvRecords {
            columns: names.len(),
            header,
            reader,
            tap,
            source,
            row: csv::ByteRecord::new(),
            max_bytes: options.max_record_bytes,
            done: false,
            decoder,
        })
    }
}

impl Iterator for CsvRecords {
    type Item = ReadResult;
    fn next(&mut self) -> Option<ReadResult> {
        if self.done {
            return None;
        }
        loop {
            let result = self.reader.read_byte_record(&mut self.row);
            let start = match &result {
                Err(e) => e.position().map_or(0, |p| p.byte()),
                Ok(_) => self.row.position().map_or(0, |p| p.byte()),
            };
            let end = self.reader.position().byte();
            let raw = self
                .tap
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .row(start, end);
            let location = format!("{}:{}", self.source, raw.line);
            match result {
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        self.done = true;
                    }
                    return Some(Err(RecordError {
                        id: location.clone(),
                        location,
                        message: format!("unreadable row: {e}"),
                    }));
                }
                Ok(true) => {}
            }
            if self.row.len() == 1 && self.row[0].iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            let mut warnings = Vec::new();
            let cell = |i: Option<usize>, warnings: &mut Vec<String>| {
                i.and_then(|i| self.row.get(i))
                    .map(|b| self.decoder.text(b.to_vec(), warnings))
            };
            let id = cell(self.header.id, &mut warnings)
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| location.clone());
            if raw.odd_quotes && raw.last {
                return Some(Err(RecordError {
                    id,
                    location,
                    message: "unterminated quoted field: the quote opened here is never closed"
                        .into(),
                }));
            }
            if self.row.len() != self.columns {
                return Some(Err(RecordError {
                    id,
                    location,
                    message: format!(
                        "row has {} fields, the header has {}",
                        self.row.len(),
                        self.columns
                    ),
                }));
            }
            let mut text = cell(Some(self.header.text), &mut warnings).unwrap_or_default();
            if text.len() > self.max_bytes {
                let mut cut = self.max_bytes;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
                warnings.push(format!("text longer than {} bytes: cut", self.max_bytes));
            }
            let date = cell(self.header.date, &mut warnings).filter(|s| !s.is_empty());
            let lang = cell(self.header.lang, &mut warnings).filter(|s| !s.is_empty());
            warnings.dedup();
            return Some(Ok(Record {
                id,
                text,
                date,
                lang,
                location,
                warnings,
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, data: &[u8], options: &InputOptions) -> Vec<ReadResult> {
        RecordReader::from_reader(name, io::Cursor::new(data.to_vec()), options)
            .unwrap()
            .collect()
    }

    fn with_format(format: InputFormat) -> InputOptions {
        InputOptions {
            format,
            ..InputOptions::default()
        }
    }

    #[test]
    fn format_from_file_name() {
        let cases = [
            ("a.jsonl", Some(InputFormat::Jsonl)),
            ("a.NDJSON.gz", Some(InputFormat::Jsonl)),
            ("dir/a.csv", Some(InputFormat::Csv)),
            ("a.tsv.gz", Some(InputFormat::Tsv)),
            ("notes.txt", Some(InputFormat::Text)),
            ("mail.eml", None),
            ("README", None),
        ];
        for (name, want) in cases {
            assert_eq!(InputFormat::from_file_name(name), want, "{name}");
        }
    }

    #[test]
    fn jsonl_records_and_errors() {
        let data = b"{\"id\": 1, \"text\": \"hello\"}\n\n{\"text\": \"no id\"}\r\n{broken\n{\"id\": \"x\"}\n{\"id\": \"y\", \"text\": 5}\n";
        let got = read("in.jsonl", data, &with_format(InputFormat::Jsonl));
        assert_eq!(got.len(), 5);
        let first = got[0].as_ref().unwrap();
        assert_eq!((first.id.as_str(), first.text.as_str()), ("1", "hello"));
        assert_eq!(got[1].as_ref().unwrap().id, "in.jsonl:3");
        let e = got[2].as_ref().unwrap_err();
        assert!(e.message.starts_with("invalid JSON"), "{e}");
        assert_eq!(e.location, "in.jsonl:4");
        let e = got[3].as_ref().unwrap_err();
        assert_eq!(
            (e.id.as_str(), e.message.as_str()),
            ("x", "missing text field `text`")
        );
        let e = got[4].as_ref().unwrap_err();
        assert_eq!(e.message, "text field `text` is a number, not a string");
    }

    #[test]
    fn jsonl_custom_fields_and_bom() {
        let options = InputOptions {
            format: InputFormat::Jsonl,
            text_field: "body".into(),
            id_field: "ticket".into(),
            date_field: Some("created".into()),
            lang_field: Some("language".into()),
            ..InputOptions::default()
        };
        let data = "\u{feff}{\"ticket\":\"T-1\",\"body\":\"Toimitus myöhässä\",\"created\":\"2024-03-01\",\"language\":\"fi\",\"other\":[1,{\"a\":2}]}\n";
        let got = read("x", data.as_bytes(), &options);
        let r = got[0].as_ref().unwrap();
        assert_eq!(r.id, "T-1");
        assert_eq!(r.text, "Toimitus myöhässä");
        assert_eq!(r.date.as_deref(), Some("2024-03-01"));
        assert_eq!(r.lang.as_deref(), Some("fi"));
    }

    #[test]
    fn text_that_is_not_utf8_is_decoded_or_replaced_and_flagged() {
        let cp1251 = |s: &str| encoding_rs::WINDOWS_1251.encode(s).0.into_owned();
        let cp1252 = |s: &str| encoding_rs::WINDOWS_1252.encode(s).0.into_owned();
        let utf8 = Some(encoding_rs::UTF_8);
        // (bytes, encoding given, text of the last line, its warnings)
        type Case = (
            Vec<u8>,
            Option<&'static encoding_rs::Encoding>,
            &'static str,
            &'static [&'static str],
        );
        let cases: Vec<Case> = vec![
            (
                b"ok line\nbad \xff byte\n".to_vec(),
                utf8,
                "bad \u{fffd} byte",
                &["invalid UTF-8 replaced with U+FFFD"],
            ),
            (
                b"ok line\nbad \xff byte\n".to_vec(),
                None,
                "bad \u{ff} byte",
                &["not UTF-8: read as windows-1252"],
            ),
            (
                cp1251("Заказ не доставили\nДеньги не вернули\n"),
                None,
                "Деньги не вернули",
                &["not UTF-8: read as windows-1251"],
            ),
            (
                cp1252("Toimitus myöhässä\nVäärä matto\n"),
                None,
                "Väärä matto",
                &["not UTF-8: read as windows-1252"],
            ),
            (
                cp1251("Курьер опоздал\n"),
                Some(encoding_rs::WINDOWS_1251),
                "Курьер опоздал",
                &[],
            ),
            // Damaged UTF-8 (valid multi-byte characters around a bad byte) stays UTF-8.
            (
                "ok\n"
                    .repeat(5)
                    .into_bytes()
                    .into_iter()
                    .chain(
                        b"h\xc3\xa4n \xff my\xc3\xb6h\xc3\xa4ss\xc3\xa4\n"
                            .iter()
                            .copied(),
                    )
                    .collect(),
                None,
                "hän \u{fffd} myöhässä",
                &["invalid UTF-8 replaced with U+FFFD"],
            ),
        ];
        for (bytes, encoding, text, warnings) in cases {
            let options = InputOptions {
                encoding,
                ..with_format(InputFormat::Text)
            };
            let got = read("t.txt", &bytes, &options);
            let r = got.last().unwrap().as_ref().unwrap();
            assert_eq!(
                (r.text.as_str(), r.warnings.clone()),
                (
                    text,
                    warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>()
                )
            );
        }
        // UTF-16 after a byte-order mark (little- or big-endian), or given: transcoded as it streams.
        let utf16 = |text: &str, big_endian: bool, bom: bool| {
            let mut out: Vec<u8> = Vec::new();
            for unit in std::iter::once(0xFEFF)
                .filter(|_| bom)
                .chain(text.encode_utf16())
            {
                out.extend(if big_endian {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                });
            }
            out
        };
        let tsv = "id\ttext\n5\tДеньги не вернули\n";
        let le16 = Some(encoding_rs::UTF_16LE);
        for (bytes, encoding) in [
            (utf16(tsv, false, true), None),
            (utf16(tsv, true, true), None),
            (utf16(tsv, false, false), le16),
        ] {
            let options = InputOptions {
                encoding,
                ..with_format(InputFormat::Tsv)
            };
            let r = read("t.tsv", &bytes, &options).remove(0).unwrap();
            assert_eq!((r.id.as_str(), r.text.as_str()), ("5", "Деньги не вернули"));
            assert!(r.warnings.is_empty(), "{:?}", r.warnings);
        }
        // A Russian spreadsheet export: header and cells in windows-1251, semicolons.
        let csv = cp1251("id;текст\n7;Оператор грубил\n");
        let options = InputOptions {
            text_field: "текст".into(),
            ..with_format(InputFormat::Csv)
        };
        let r = read("t.csv", &csv, &options).remove(0).unwrap();
        assert_eq!((r.id.as_str(), r.text.as_str()), ("7", "Оператор грубил"));
    }

    #[test]
    fn text_lines_skip_blank_and_number_ids() {
        let got = read(
            "notes.txt",
            b"first\n   \nsecond\r\n",
            &with_format(InputFormat::Text),
        );
        let ids: Vec<_> = got.iter().map(|r| r.as_ref().unwrap().id.clone()).collect();
        assert_eq!(ids, ["notes.txt:1", "notes.txt:3"]);
        assert_eq!(got[1].as_ref().unwrap().text, "second");
    }

    #[test]
    fn doc_is_one_record() {
        let got = read(
            "mail.eml",
            b"Line one.\nLine two.\n",
            &InputOptions::default(),
        );
        assert_eq!(got.len(), 1);
        let r = got[0].as_ref().unwrap();
        assert_eq!(
            (r.id.as_str(), r.text.as_str()),
            ("mail.eml", "Line one.\nLine two.\n")
        );
    }

    #[test]
    fn csv_and_tsv() {
        let csv = b"\xef\xbb\xbfid,text,date\r\n1,\"Hello, world\",2024-01-02\r\n2,\"multi\nline\",\r\n3,too,many,fields\r\n4,\"5\"\" screen\",\r\n5,\"never closed,\r\n6,lost,\r\n";
        let options = InputOptions {
            format: InputFormat::Csv,
            date_field: Some("date".into()),
            ..InputOptions::default()
        };
        let got = read("t.csv", csv, &options);
        let r = got[0].as_ref().unwrap();
        assert_eq!(
            (r.id.as_str(), r.text.as_str(), r.date.as_deref()),
            ("1", "Hello, world", Some("2024-01-02"))
        );
        assert_eq!(got[1].as_ref().unwrap().text, "multi\nline");
        let e = got[2].as_ref().unwrap_err();
        assert_eq!(e.id, "3");
        assert_eq!(e.location, "t.csv:5");
        assert!(e.message.contains("4 fields"), "{e}");
        assert_eq!(got[3].as_ref().unwrap().text, "5\" screen");
        let e = got[4].as_ref().unwrap_err();
        assert_eq!((e.id.as_str(), e.location.as_str()), ("5", "t.csv:7"));
        assert!(e.message.starts_with("unterminated quoted field"), "{e}");
        assert_eq!(got.len(), 5);
        let tsv = b"text\tid\nhei\t9\n";
        let got = read("t.tsv", tsv, &with_format(InputFormat::Tsv));
        assert_eq!(got[0].as_ref().unwrap().id, "9");
    }

    #[test]
    fn csv_delimiter_is_sniffed_from_the_header() {
        // (file contents, id and text of the first record)
        let cases: &[(&[u8], &str, &str)] = &[
            (
                b"id;text\n1;Toimitus 2,5 viikkoa, ei vastausta\n",
                "1",
                "Toimitus 2,5 viikkoa, ei vastausta",
            ),
            (b"\xef\xbb\xbf\"id\";\"text\"\r\n7;\"a;b\"\r\n", "7", "a;b"),
            (
                b"id\ttext\n3\tdelivered late; no refund\n",
                "3",
                "delivered late; no refund",
            ),
            (b"id,text\n2,late; again\n", "2", "late; again"),
            (
                b"\"note;x\",id,text\nn,4,quoted semicolons do not count\n",
                "4",
                "quoted semicolons do not count",
            ),
        ];
        for &(data, id, text) in cases {
            let got = read("t.csv", data, &with_format(InputFormat::Csv));
            let r = got[0].as_ref().unwrap();
            assert_eq!(
                (r.id.as_str(), r.text.as_str()),
                (id, text),
                "{}",
                String::from_utf8_lossy(data)
            );
        }
    }

    #[test]
    fn spreadsheet_rows_become_records() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tickets.xlsx");
        let options = InputOptions {
            date_field: Some("created".into()),
            lang_field: Some("lang".into()),
            ..InputOptions::default()
        };
        let by_name: Vec<Record> = RecordReader::open(&path, &options)
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        // (id, start of text, date, lang, row)
        let want = [
            ("T-1", "Tilasin maton", Some("2024-03-05"), Some("fi"), 3),
            (
                "1002",
                "Заказ не доставили",
                Some("2024-03-06T10:30:00"),
                None,
                4,
            ),
            ("T-3", "The printer", None, None, 6),
            ("T-4", "", Some("2024-04-18"), None, 7),
        ];
        assert_eq!(by_name.len(), want.len());
        for (r, (id, text, date, lang, row)) in by_name.iter().zip(want) {
            assert_eq!(r.id, id);
            assert!(r.text.starts_with(text), "{r:?}");
            assert_eq!(
                (r.date.as_deref(), r.lang.as_deref()),
                (date, lang),
                "{r:?}"
            );
            assert!(
                r.location.ends_with(&format!("tickets.xlsx:{row}")),
                "{r:?}"
            );
        }
        // Without the extension, the zip container's first bytes say it is a spreadsheet.
        let bytes = std::fs::read(&path).unwrap();
        let by_content = read("upload", &bytes, &options);
        assert_eq!(by_content.len(), want.len());
        assert_eq!(by_content[1].as_ref().unwrap().text, by_name[1].text);
        // A missing text column is fatal and names the header's columns.
        let options = InputOptions {
            text_field: "body".into(),
            ..InputOptions::default()
        };
        let err = RecordReader::open(&path, &options)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("tickets.xlsx:2: the header has no column `body` (columns: id, created, text, lang)"), "{err}");
        // Not a spreadsheet after all: a clear error, not a garbage record.
        let err = RecordReader::from_reader(
            "t.xlsx",
            io::Cursor::new(b"PK\x03\x04 broken".to_vec()),
            &with_format(InputFormat::Sheet),
        )
        .err()
        .unwrap()
        .to_string();
        assert!(err.contains("not a readable spreadsheet"), "{err}");
    }

    #[test]
    fn csv_without_text_column_is_fatal() {
        let err = RecordReader::from_reader(
            "t.csv",
            io::Cursor::new(b"id,body\n1,x\n".to_vec()),
            &with_format(InputFormat::Csv),
        )
        .unwrap_err();
        assert!(err.to_string().contains("no column `text`"), "{err}");
    }

    #[test]
    fn gzip_is_detected() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"{\"id\":\"g\",\"text\":\"zipped\"}\n")
            .unwrap();
        let data = enc.finish().unwrap();
        let got = read("in.jsonl.gz", &data, &with_format(InputFormat::Jsonl));
        assert_eq!(got[0].as_ref().unwrap().text, "zipped");
    }

    #[test]
    fn long_lines_are_capped() {
        let options = InputOptions {
            format: InputFormat::Text,
            max_record_bytes: 10,
            ..InputOptions::default()
        };
        let got = read("t.txt", b"0123456789abcdef\nshort\n", &options);
        let r = got[0].as_ref().unwrap();
        assert_eq!(r.text, "0123456789");
        assert_eq!(r.warnings.len(), 1);
        assert_eq!(got[1].as_ref().unwrap().text, "short");
    }
}
