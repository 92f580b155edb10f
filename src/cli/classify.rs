//! `feedback-themes classify`: one output record per input record, in input order, as JSONL, CSV or a table.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;
use feedback_themes::input::Record;
use feedback_themes::output::{Outcome, OutputFormat, ResultWriter};
use feedback_themes::pipeline::{process_with, DEFAULT_BATCH_SIZE};
use feedback_themes::text::Normalized;
use feedback_themes::Analysis;

use super::report::{record_terms, render, report_format, summary, ReportSettings, REPORT_FORMATS};
use super::{AnalyzerArgs, ErrorTally, InputArgs, Output};

/// Options of `classify`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 all records read; 1 some records could not be read (each has an \
`error` in the output); 2 fatal error (unreadable file, bad option, invalid taxonomy)."
)]
pub struct ClassifyArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    analyzer: AnalyzerArgs,
    /// Output layout (default: from the extension of -o: .csv, .xlsx, else jsonl).
    #[arg(long, short = 'f', value_parser = ["jsonl", "csv", "table", "xlsx"])]
    format: Option<String>,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Stop at the first record that cannot be read (exit status 2).
    #[arg(long)]
    strict: bool,
    /// Also write the report (what `report` makes: counts, trends, co-occurrence, examples) to FILE,
    /// from the same pass.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Layout of --report (default: from its extension: .json, .md, .html/.htm, else a table).
    #[arg(long, value_name = "FORMAT", value_parser = REPORT_FORMATS, requires = "report")]
    report_format: Option<String>,
    #[command(flatten)]
    report_settings: ReportSettings,
}

/// The record layout an output file's extension implies (JSON Lines for standard output and anything else).
fn output_format(path: Option<&Path>) -> OutputFormat {
    let ext = path
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "csv" => OutputFormat::Csv,
        "xlsx" => OutputFormat::Xlsx,
        _ => OutputFormat::Jsonl,
    }
}

/// Runs `classify`.
pub fn run(args: ClassifyArgs) -> Result<i32> {
    let format: OutputFormat = match &args.format {
        Some(f) => f.parse()?,
        None => output_format(args.output.as_deref()),
    };
    if format == OutputFormat::Xlsx && args.output.is_none() && std::io::stdout().is_terminal() {
        anyhow::bail!(
            "-f xlsx writes a binary workbook: give -o FILE.xlsx (or redirect standard output)"
        );
    }
    let analyzer = args.analyzer.analyzer()?;
    let pool = args.analyzer.pool()?;
    let records = args.input.open()?;
    let to_stdout = |p: Option<&Path>| p.is_none_or(|p| p.as_os_str() == "-");
    if let Some(report) = &args.report {
        anyhow::ensure!(
            !(to_stdout(Some(report)) && to_stdout(args.output.as_deref())),
            "--report - and the classified records would both go to standard output; give -o FILE"
        );
    }
    let mut aggregator = match &args.report {
        Some(_) => Some(args.report_settings.aggregator(&analyzer)?),
        None => None,
    };
    let out = Output::create(args.output.as_deref())?;
    let mut writer = ResultWriter::new(format, out)?;
    let mut tally = ErrorTally::default();
    pool.install(|| {
        // With --report, each record's terms are extracted on the worker threads too.
        let with_report = aggregator.is_some();
        let report_terms = |r: &Record, a: &Analysis, n: Option<&Normalized>| {
            with_report.then(|| record_terms(r, a, n))
        };
        process_with(
            &analyzer,
            records,
            DEFAULT_BATCH_SIZE,
            report_terms,
            |p| -> Result<()> {
                tally.count(&p.record);
                if let Some(agg) = &mut aggregator {
                    agg.add(&summary(&p, p.extra.as_ref().and_then(Option::as_ref)));
                }
                match (&p.record, &p.analysis) {
                    (Ok(r), Some(a)) => {
                        let mut warnings = r.warnings.clone();
                        warnings.extend(a.warnings.iter().cloned());
                        writer.write(Outcome::Analysed {
                            id: &r.id,
                            date: r.date.as_deref(),
                            analysis: a,
                            warnings: &warnings,
                        })?;
                    }
                    (Err(e), _) => {
                        if args.strict {
                            anyhow::bail!("{e} (stopped by --strict)");
                        }
                        writer.write(Outcome::Failed(e))?;
                    }
                    (Ok(_), None) => unreachable!("readable records are analysed"),
                }
                Ok(())
            },
        )
    })?;
    writer.finish()?.commit()?;
    if let (Some(path), Some(agg)) = (&args.report, aggregator) {
        let rendered = render(
            &agg.finish(),
            report_format(Some(path), args.report_format.as_deref()),
        )?;
        let mut out = Output::create(Some(path))?;
        out.write_all(rendered.as_bytes())?;
        out.commit()?;
    }
    Ok(tally.finish())
}
