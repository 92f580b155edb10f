//! `feedback-themes report`: what goes wrong, how often, where and since when — from raw feedback (classified on
//! the fly) or from the JSONL that `classify` wrote — as a table, JSON, Markdown or a self-contained HTML page.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;
use feedback_themes::input::Record;
use feedback_themes::pipeline::{process_with, Processed, DEFAULT_BATCH_SIZE};
use feedback_themes::report::{
    self, Aggregator, RecordSummary, Report, ReportOptions, TextTerms, ThemeSummary,
};
use feedback_themes::text::Normalized;
use feedback_themes::{Analysis, Analyzer};
use serde::Deserialize;

use super::{AnalyzerArgs, InputArgs, Output};

/// Options of `report`.
#[derive(Debug, Args)]
#[command(
    after_help = "Input: raw feedback (any format `classify` reads), or the JSONL that `classify` wrote \
(detected from its first record, or forced with --from-classified). Exit status: 0; 1 some records were unreadable \
(counted in the report); 2 fatal error."
)]
pub struct ReportArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    analyzer: AnalyzerArgs,
    /// The input is `classify` JSONL output (default: detected).
    #[arg(long)]
    from_classified: bool,
    #[command(flatten)]
    settings: ReportSettings,
    /// Output layout (default: from the extension of -o: .json, .md, .html, else table).
    #[arg(long, short = 'f', value_parser = REPORT_FORMATS)]
    format: Option<String>,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Layouts of a report.
pub(super) const REPORT_FORMATS: [&str; 4] = ["table", "json", "markdown", "html"];

/// What a report contains, shared by `report` and `classify --report`.
#[derive(Debug, Args)]
pub(super) struct ReportSettings {
    /// Trend period of the report.
    #[arg(long, default_value = "month", value_parser = ["day", "week", "month"])]
    by: String,
    /// Example texts per theme in the report.
    #[arg(long, default_value_t = 3, value_name = "N")]
    examples: usize,
    /// Emerging terms per language in the report.
    #[arg(long, default_value_t = 15, value_name = "N")]
    terms: usize,
}

impl ReportSettings {
    /// An empty aggregator for the analyzer's themes.
    pub(super) fn aggregator(&self, analyzer: &Analyzer) -> Result<Aggregator> {
        let options = ReportOptions {
            period: self.by.parse().map_err(anyhow::Error::msg)?,
            examples: self.examples,
            terms: self.terms,
            ..ReportOptions::default()
        };
        let theme_ids = analyzer
            .taxonomy()
            .themes
            .iter()
            .map(|t| t.id.clone())
            .collect();
        Ok(Aggregator::new(theme_ids, options))
    }
}

/// The terms a report counts for a record, extracted on the worker threads (see `process_with`).
pub(super) fn record_terms(
    record: &Record,
    analysis: &Analysis,
    normalized: Option<&Normalized>,
) -> TextTerms {
    match normalized {
        Some(n) => TextTerms::from_normalized(analysis.lang, &record.text, n),
        None => TextTerms::new(analysis.lang.code(), &record.text),
    }
}

/// What the report keeps of a record as `process` hands it over, with its terms when extracted already (an
/// unreadable record counts as an error).
pub(super) fn summary<'a, T>(
    p: &'a Processed<T>,
    terms: Option<&'a TextTerms>,
) -> RecordSummary<'a> {
    match (&p.record, &p.analysis) {
        (Ok(r), Some(a)) => RecordSummary {
            id: &r.id,
            lang: a.lang.code(),
            error: false,
            themes: a
                .themes
                .iter()
                .map(|t| ThemeSummary {
                    id: &t.id,
                    score: t.score,
                    evidence: t.evidence.first().map(|e| {
                        (
                            e.text.as_str(),
                            e.cue.as_str(),
                            e.match_start - e.start..e.match_end - e.start,
                        )
                    }),
                })
                .collect(),
            sentiment: a.sentiment.label.as_str(),
            churn_risk: a.churn_risk,
            date: r.date.as_deref(),
            text: Some(&r.text),
            terms,
        },
        _ => RecordSummary::unreadable(),
    }
}

/// The layout of a report: as asked, or from its file's extension (a table on standard output).
pub(super) fn report_format(path: Option<&Path>, asked: Option<&str>) -> &'static str {
    if let Some(f) = asked.and_then(|a| REPORT_FORMATS.into_iter().find(|&f| f == a)) {
        return f;
    }
    let ext = path
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .unwrap_or("");
    match ext.to_ascii_lowercase().as_str() {
        "json" => "json",
        "md" | "markdown" => "markdown",
        "html" | "htm" => "html",
        _ => "table",
    }
}

/// The report in one of [`REPORT_FORMATS`].
pub(super) fn render(report: &Report, format: &str) -> Result<String> {
    Ok(match format {
        "json" => serde_json::to_string_pretty(report)? + "\n",
        "markdown" => report::to_markdown(report),
        "html" => report::to_html(report),
        _ => report::to_table(report),
    })
}

/// One line of `classify` output, as far as the report needs it.
#[derive(Deserialize)]
struct Classified {
    id: String,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    themes: Vec<ClassifiedTheme>,
    #[serde(default)]
    sentiment: Option<ClassifiedSentiment>,
    #[serde(default)]
    churn_risk: bool,
    #[serde(default)]
    error: Option<String>,
}

#[derive(Deserialize)]
struct ClassifiedTheme {
    id: String,
    score: f32,
    #[serde(default)]
    evidence: Vec<ClassifiedEvidence>,
}

#[derive(Deserialize)]
struct ClassifiedEvidence {
    start: usize,
    text: String,
    cue: String,
    #[serde(default)]
    match_start: Option<usize>,
    #[serde(default)]
    match_end: Option<usize>,
}

#[derive(Deserialize)]
struct ClassifiedSentiment {
    label: String,
}

/// Whether a file looks like `classify` output: its first record has `themes` as objects with `id` and `score`
/// and a `sentiment` object, or is an `error` record.
fn looks_classified(path: &std::path::Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let Some(Ok(line)) = std::io::BufReader::new(file)
        .lines()
        .find(|l| l.as_ref().map_or(true, |l| !l.trim().is_empty()))
    else {
        return false;
    };
    let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
        return false;
    };
    v.get("error").is_some_and(|e| e.is_string()) && v.get("text").is_none()
        || (v["sentiment"].is_object()
            && v["themes"].as_array().is_some_and(|a| {
                a.iter()
                    .all(|t| t["id"].is_string() && t["score"].is_number())
            }))
}

/// Runs `report`.
pub fn run(args: ReportArgs) -> Result<i32> {
    let classified = args.from_classified
        || (!args.input.paths.is_empty()
            && args
                .input
                .paths
                .iter()
                .all(|p| p.is_file() && looks_classified(p)));
    let analyzer = args.analyzer.analyzer()?;
    let mut agg = args.settings.aggregator(&analyzer)?;
    let progress = (std::io::stderr().is_terminal() && !args.input.paths.is_empty()).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {human_pos} records ({per_sec}) {elapsed}",
            )
            .expect("template"),
        );
        bar
    });
    let tick = |n: u64| {
        if let Some(bar) = &progress {
            if n.is_multiple_of(1024) {
                bar.set_position(n);
            }
        }
    };
    if classified {
        read_classified(&args.input, &mut agg, &tick)?;
    } else {
        let pool = args.analyzer.pool()?;
        let records = args.input.open()?;
        let mut n = 0u64;
        pool.install(|| {
            let sink = |p: Processed<TextTerms>| -> Result<()> {
                n += 1;
                tick(n);
                agg.add(&summary(&p, p.extra.as_ref()));
                Ok(())
            };
            process_with(&analyzer, records, DEFAULT_BATCH_SIZE, record_terms, sink)
        })?;
    }
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    let report = agg.finish();
    let format = report_format(args.output.as_deref(), args.format.as_deref());
    let rendered = render(&report, format)?;
    let mut out = Output::create(args.output.as_deref())?;
    out.write_all(rendered.as_bytes())?;
    out.commit()?;
    if report.errors > 0 {
        eprintln!(
            "feedback-themes: {} of {} records could not be read (counted in the report)",
            report.errors, report.total
        );
        return Ok(1);
    }
    Ok(0)
}

fn read_classified(input: &InputArgs, agg: &mut Aggregator, tick: &dyn Fn(u64)) -> Result<()> {
    let paths: Vec<PathBuf> = if input.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        input.paths.clone()
    };
    let mut n = 0u64;
    for path in paths {
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            let file = std::fs::File::open(&path)
                .with_context(|| format!("{}: cannot open", path.display()))?;
            Box::new(std::io::BufReader::with_capacity(1 << 20, file))
        };
        for (i, line) in reader.split(b'\n').enumerate() {
            let line = line.with_context(|| format!("{}: read error", path.display()))?;
            let line = String::from_utf8_lossy(&line);
            if line.trim().is_empty() {
                continue;
            }
            n += 1;
            tick(n);
            let record: Classified = match serde_json::from_str(&line) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!(
                        "feedback-themes: {}:{}: not a classify record: {e}",
                        path.display(),
                        i + 1
                    );
                    agg.add(&RecordSummary::unreadable());
                    continue;
                }
            };
            let themes = record
                .themes
                .iter()
                .map(|t| ThemeSummary {
                    id: &t.id,
                    score: t.score,
                    evidence: t.evidence.first().map(|e| {
                        let range = match (e.match_start, e.match_end) {
                            (Some(a), Some(b)) if a >= e.start && b >= a => {
                                a - e.start..b - e.start
                            }
                            _ => 0..0,
                        };
                        (e.text.as_str(), e.cue.as_str(), range)
                    }),
                })
                .collect();
            agg.add(&RecordSummary {
                id: &record.id,
                lang: record.lang.as_deref().unwrap_or("unknown"),
                error: record.error.is_some(),
                themes,
                sentiment: record
                    .sentiment
                    .as_ref()
                    .map_or("neutral", |s| s.label.as_str()),
                churn_risk: record.churn_risk,
                date: record.date.as_deref(),
                text: None,
                terms: None,
            });
        }
    }
    Ok(())
}
