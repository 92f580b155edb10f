//! `feedback-themes classify`: one output record per input record, in input order, as JSONL, CSV or a table.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use feedback_themes::output::{Outcome, OutputFormat, ResultWriter};
use feedback_themes::pipeline::{process, DEFAULT_BATCH_SIZE};

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
    /// Output layout.
    #[arg(long, short = 'f', default_value = "jsonl", value_parser = ["jsonl", "csv", "table"])]
    format: String,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Stop at the first record that cannot be read (exit status 2).
    #[arg(long)]
    strict: bool,
}

/// Runs `classify`.
pub fn run(args: ClassifyArgs) -> Result<i32> {
    let format: OutputFormat = args.format.parse()?;
    let analyzer = args.analyzer.analyzer()?;
    let pool = args.analyzer.pool()?;
    let records = args.input.open()?;
    let out = Output::create(args.output.as_deref())?;
    let mut writer = ResultWriter::new(format, out)?;
    let mut tally = ErrorTally::default();
    pool.install(|| {
        process(&analyzer, records, DEFAULT_BATCH_SIZE, |p| -> Result<()> {
            tally.count(&p.record);
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
        })
    })?;
    writer.finish()?.commit()?;
    Ok(tally.finish())
}
