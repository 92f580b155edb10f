//! Writers for per-record results: JSON Lines (the full schema with evidence), flat CSV (safe against
//! spreadsheet formula injection), and an aligned table for a person. Output is byte-for-byte deterministic.

use std::io::Write;
use std::str::FromStr;

use serde::Serialize;

use crate::analyzer::{Analysis, Evidence, Sentiment, ThemeHit};
use crate::error::{Error, Result};
use crate::input::RecordError;
use crate::lang::Lang;

/// Output layout of `classify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputFormat {
    /// One JSON object per record.
    #[default]
    Jsonl,
    /// Flat CSV with a header.
    Csv,
    /// An aligned table.
    Table,
    /// An Excel workbook: one sheet with the CSV's columns, numbers as numbers (no encoding or delimiter to
    /// get wrong when it is opened in a spreadsheet).
    Xlsx,
}

impl FromStr for OutputFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "json" | "ndjson" => Ok(OutputFormat::Jsonl),
            "csv" => Ok(OutputFormat::Csv),
            "table" => Ok(OutputFormat::Table),
            "xlsx" => Ok(OutputFormat::Xlsx),
            _ => Err(Error::InvalidOption {
                name: "format",
                message: format!("unknown format `{s}` (expected jsonl, csv, table or xlsx)"),
            }),
        }
    }
}

/// The outcome for one input record, as written out.
#[derive(Debug, Clone, Serialize)]
pub struct RecordOutput<'a> {
    /// Record id.
    pub id: &'a str,
    /// The record's date field, when the input has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    /// Language analysed as.
    pub lang: Lang,
    /// Confidence of the language.
    pub lang_confidence: f32,
    /// Detected ISO code, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang_detected: Option<&'static str>,
    /// Reported themes, highest score first.
    pub themes: &'a [ThemeHit],
    /// Sentiment.
    pub sentiment: Sentiment,
    /// Churn risk.
    pub churn_risk: bool,
    /// Reading and analysis warnings.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub warnings: &'a [String],
}

#[derive(Serialize)]
struct ErrorOutput<'a> {
    id: &'a str,
    error: &'a str,
}

/// What is written for one record: its analysis, or why it could not be read.
#[derive(Debug, Clone, Copy)]
pub enum Outcome<'a> {
    /// The record was read and analysed.
    Analysed {
        /// Record id.
        id: &'a str,
        /// The record's date, if any.
        date: Option<&'a str>,
        /// The analysis.
        analysis: &'a Analysis,
        /// Warnings from reading and analysis together.
        warnings: &'a [String],
    },
    /// The record could not be read.
    Failed(&'a RecordError),
}

/// Guards a CSV cell against spreadsheet formula injection: a text starting with `=`, `+`, `-`, `@`, tab or CR
/// gets a leading `'`.
pub fn csv_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// Writes outcomes in one of the [`OutputFormat`]s.
pub struct ResultWriter<W: Write> {
    format: OutputFormat,
    out: Option<W>,
    csv: Option<csv::Writer<W>>,
    table_rows: Vec<[String; 6]>,
    line: Vec<u8>,
    /// The workbook being written and the next row (xlsx).
    sheet: Option<(rust_xlsxwriter::Workbook, u32)>,
}

/// A cell of the flat (CSV and xlsx) layout.
enum FlatCell<'a> {
    Text(std::borrow::Cow<'a, str>),
    Number(f32),
    Bool(bool),
}

/// The flat row of one outcome, in [`CSV_HEADER`] order.
fn flat_row<'a>(outcome: &Outcome<'a>) -> [FlatCell<'a>; 14] {
    use FlatCell::{Bool, Number, Text};
    let text = |s: &'a str| Text(s.into());
    let empty = || Text("".into());
    match *outcome {
        Outcome::Analysed {
            id,
            date,
            analysis: a,
            warnings,
        } => {
            let top = a.themes.first();
            let evidence = first_evidence(&a.themes);
            [
                text(id),
                date.map_or_else(empty, text),
                text(a.lang.code()),
                Number(a.lang_confidence),
                Text(a.theme_ids().join(";").into()),
                top.map_or_else(empty, |t| text(&t.id)),
                top.map_or_else(empty, |t| Number(t.score)),
                text(a.sentiment.label.as_str()),
                Number(a.sentiment.score),
                Bool(a.churn_risk),
                evidence.map_or_else(empty, |e| text(&e.text)),
                evidence.map_or_else(empty, |e| text(&e.cue)),
                empty(),
                Text(warnings.join("; ").into()),
            ]
        }
        Outcome::Failed(e) => {
            let mut row: [FlatCell<'a>; 14] = std::array::from_fn(|_| empty());
            row[0] = text(&e.id);
            row[12] = Text(e.to_string().into());
            row
        }
    }
}

/// Rows an xlsx sheet holds (the header included).
const XLSX_MAX_ROWS: u32 = 1_048_576;
/// Characters an xlsx cell holds.
const XLSX_MAX_CELL_CHARS: usize = 32_767;

fn xlsx_err(e: rust_xlsxwriter::XlsxError) -> Error {
    io_err(std::io::Error::other(e.to_string()))
}

const CSV_HEADER: [&str; 14] = [
    "id",
    "date",
    "lang",
    "lang_confidence",
    "themes",
    "top_theme",
    "top_score",
    "sentiment",
    "sentiment_score",
    "churn_risk",
    "evidence",
    "cue",
    "error",
    "warnings",
];

fn io_err(e: std::io::Error) -> Error {
    Error::io("output", e)
}

fn first_evidence(themes: &[ThemeHit]) -> Option<&Evidence> {
    themes.first().and_then(|t| t.evidence.first())
}

impl<W: Write> ResultWriter<W> {
    /// A writer of `format` into `out`.
    pub fn new(format: OutputFormat, out: W) -> Result<Self> {
        let mut w = ResultWriter {
            format,
            out: None,
            csv: None,
            table_rows: Vec::new(),
            line: Vec::with_capacity(4096),
            sheet: None,
        };
        match format {
            OutputFormat::Xlsx => {
                let mut book = rust_xlsxwriter::Workbook::new();
                let bold = rust_xlsxwriter::Format::new().set_bold();
                let sheet = book.add_worksheet_with_constant_memory();
                sheet.set_name("themes").map_err(xlsx_err)?;
                for (c, name) in CSV_HEADER.iter().enumerate() {
                    sheet
                        .write_string_with_format(0, c as u16, *name, &bold)
                        .map_err(xlsx_err)?;
                }
                sheet.set_freeze_panes(1, 0).map_err(xlsx_err)?;
                w.sheet = Some((book, 1));
                w.out = Some(out);
            }
            OutputFormat::Csv => {
                let mut csv = csv::Writer::from_writer(out);
                csv.write_record(CSV_HEADER).map_err(|e| io_err(e.into()))?;
                w.csv = Some(csv);
            }
            _ => w.out = Some(out),
        }
        Ok(w)
    }

    /// Writes one outcome.
    pub fn write(&mut self, outcome: Outcome<'_>) -> Result<()> {
        match self.format {
            OutputFormat::Jsonl => {
                self.line.clear();
                match outcome {
                    Outcome::Analysed {
                        id,
                        date,
                        analysis,
                        warnings,
                    } => serde_json::to_writer(
                        &mut self.line,
                        &record_output(id, date, analysis, warnings),
                    ),
                    Outcome::Failed(e) => serde_json::to_writer(
                        &mut self.line,
                        &ErrorOutput {
                            id: &e.id,
                            error: &e.to_string(),
                        },
                    ),
                }
                .map_err(|e| io_err(e.into()))?;
                self.line.push(b'\n');
                self.out
                    .as_mut()
                    .expect("jsonl writer")
                    .write_all(&self.line)
                    .map_err(io_err)
            }
            OutputFormat::Csv => {
                let row = flat_row(&outcome).map(|cell| match cell {
                    FlatCell::Text(t) => csv_safe(&t).into_owned(),
                    FlatCell::Number(x) => x.to_string(),
                    FlatCell::Bool(x) => x.to_string(),
                });
                self.csv
                    .as_mut()
                    .expect("csv writer")
                    .write_record(&row)
                    .map_err(|e| io_err(e.into()))
            }
            OutputFormat::Xlsx => {
                let (book, row) = self.sheet.as_mut().expect("xlsx writer");
                if *row >= XLSX_MAX_ROWS {
                    return Err(Error::InvalidOption {
                        name: "format",
                        message: format!(
                            "more than {} records do not fit in an xlsx sheet; write csv or jsonl",
                            XLSX_MAX_ROWS - 1
                        ),
                    });
                }
                let sheet = book.worksheet_from_index(0).map_err(xlsx_err)?;
                for (c, cell) in flat_row(&outcome).into_iter().enumerate() {
                    let c = c as u16;
                    match cell {
                        FlatCell::Text(t) if t.is_empty() => continue,
                        FlatCell::Text(t) => {
                            let cut = t
                                .char_indices()
                                .nth(XLSX_MAX_CELL_CHARS)
                                .map_or(t.len(), |(i, _)| i);
                            sheet.write_string(*row, c, &t[..cut])
                        }
                        // Via the shortest decimal form: 0.897 stays 0.897, not 0.8970000147819519.
                        FlatCell::Number(x) => {
                            let x = x.to_string().parse().unwrap_or(f64::from(x));
                            sheet.write_number(*row, c, x)
                        }
                        FlatCell::Bool(x) => sheet.write_boolean(*row, c, x),
                    }
                    .map_err(xlsx_err)?;
                }
                *row += 1;
                Ok(())
            }
            OutputFormat::Table => {
                let row = match outcome {
                    Outcome::Analysed {
                        id, analysis: a, ..
                    } => [
                        id.to_string(),
                        a.lang.code().to_string(),
                        a.themes
                            .iter()
                            .map(|t| format!("{} {:.2}", t.id, t.score))
                            .collect::<Vec<_>>()
                            .join("\n"),
                        format!("{} {:+.2}", a.sentiment.label.as_str(), a.sentiment.score),
                        if a.churn_risk {
                            "yes".into()
                        } else {
                            String::new()
                        },
                        first_evidence(&a.themes).map_or(String::new(), |e| {
                            format!("{} [{}]", shorten(&e.text, 90), e.cue)
                        }),
                    ],
                    Outcome::Failed(e) => [
                        e.id.clone(),
                        String::new(),
                        "ERROR".into(),
                        String::new(),
                        String::new(),
                        e.to_string(),
                    ],
                };
                self.table_rows.push(row);
                Ok(())
            }
        }
    }

    /// Flushes everything (and prints the table) and returns the inner writer.
    pub fn finish(mut self) -> Result<W> {
        if let Some(csv) = self.csv.take() {
            return csv.into_inner().map_err(|e| io_err(e.into_error()));
        }
        let mut out = self.out.take().expect("writer");
        if let Some((mut book, rows)) = self.sheet.take() {
            let sheet = book.worksheet_from_index(0).map_err(xlsx_err)?;
            sheet
                .autofilter(0, 0, rows - 1, CSV_HEADER.len() as u16 - 1)
                .map_err(xlsx_err)?;
            let bytes = book.save_to_buffer().map_err(xlsx_err)?;
            out.write_all(&bytes).map_err(io_err)?;
        }
        if self.format == OutputFormat::Table {
            let mut table = comfy_table::Table::new();
            table
                .load_preset(comfy_table::presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
                .set_width(140)
                .set_header([
                    "id",
                    "lang",
                    "themes",
                    "sentiment",
                    "churn",
                    "evidence [cue]",
                ]);
            for row in self.table_rows.drain(..) {
                table.add_row(row);
            }
            writeln!(out, "{table}").map_err(io_err)?;
        }
        out.flush().map_err(io_err)?;
        Ok(out)
    }
}

fn record_output<'a>(
    id: &'a str,
    date: Option<&'a str>,
    a: &'a Analysis,
    warnings: &'a [String],
) -> RecordOutput<'a> {
    RecordOutput {
        id,
        date,
        lang: a.lang,
        lang_confidence: a.lang_confidence,
        lang_detected: a.lang_detected,
        themes: &a.themes,
        sentiment: a.sentiment,
        churn_risk: a.churn_risk,
        warnings,
    }
}

/// Cuts a text to at most `max` characters, adding `…`.
pub fn shorten(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_guarded() {
        let cases = [
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+1", "'+1"),
            ("-x", "'-x"),
            ("@cmd", "'@cmd"),
            ("ok", "ok"),
            ("", ""),
        ];
        for (cell, want) in cases {
            assert_eq!(csv_safe(cell), want);
        }
    }

    #[test]
    fn shorten_counts_chars() {
        assert_eq!(shorten("ääää", 2), "ää…");
        assert_eq!(shorten("a  b\nc", 10), "a b c");
    }
}
