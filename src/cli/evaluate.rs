//! `feedback-themes evaluate`: accuracy of the classifier on labelled JSONL — per theme and language, micro and
//! macro averages, no-theme accuracy, confusions, language accuracy — with `--min-micro-f1` as a CI gate.

use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use feedback_themes::eval::{evaluate, read_labelled, EvalReport, GroupReport};

use super::AnalyzerArgs;

/// Options of `evaluate`.
#[derive(Debug, Args)]
#[command(after_help = "Exit status: 0 done; 1 micro-F1 below --min-micro-f1; 2 fatal error.")]
pub struct EvaluateArgs {
    /// Labelled JSONL file, or a directory of them: {"id","lang","text","themes":[...],"sentiment","churn_risk"}.
    #[arg(value_name = "LABELLED", required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    analyzer: AnalyzerArgs,
    /// Output layout.
    #[arg(long, short = 'f', default_value = "table", value_parser = ["table", "json", "markdown"])]
    format: String,
    /// Exit with status 1 when the overall micro-F1 is below this.
    #[arg(long, value_name = "X")]
    min_micro_f1: Option<f64>,
    /// Compare cues only, model only and combined side by side (micro/macro-F1 per language).
    #[arg(long)]
    compare: bool,
}

/// Runs `evaluate`.
pub fn run(args: EvaluateArgs) -> Result<i32> {
    let mut examples = Vec::new();
    for path in &args.paths {
        examples.extend(read_labelled(path)?);
    }
    let pool = args.analyzer.pool()?;
    let mut out = std::io::stdout().lock();
    if args.compare {
        let mut rows = Vec::new();
        for (name, no_model, model_only) in [
            ("cues only", true, false),
            ("model only", false, true),
            ("combined", false, false),
        ] {
            let settings = AnalyzerArgs {
                no_model,
                model_only,
                taxonomy: args.analyzer.taxonomy.clone(),
                model: if no_model {
                    None
                } else {
                    args.analyzer.model.clone()
                },
                lang: args.analyzer.lang.clone(),
                threads: args.analyzer.threads,
                threshold_offset: args.analyzer.threshold_offset,
            };
            let analyzer = settings.analyzer()?;
            let report = pool.install(|| evaluate(&analyzer, &examples));
            rows.push((name, report));
        }
        write!(out, "{}", comparison_markdown(&rows))?;
        return Ok(0);
    }
    let analyzer = args.analyzer.analyzer()?;
    let report = pool.install(|| evaluate(&analyzer, &examples));
    match args.format.as_str() {
        "json" => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        "markdown" => write!(out, "{}", markdown(&report))?,
        _ => write!(out, "{}", table(&report))?,
    }
    if let Some(min) = args.min_micro_f1 {
        if report.overall.micro.f1 < min {
            eprintln!(
                "feedback-themes: micro-F1 {:.3} is below --min-micro-f1 {min}",
                report.overall.micro.f1
            );
            return Ok(1);
        }
    }
    Ok(0)
}

fn groups(report: &EvalReport) -> Vec<(&str, &GroupReport)> {
    let mut groups: Vec<(&str, &GroupReport)> = report
        .by_lang
        .iter()
        .map(|(k, g)| (k.as_str(), g))
        .collect();
    groups.push(("all", &report.overall));
    groups
}

fn pct(x: Option<f64>) -> String {
    x.map_or("–".into(), |x| format!("{:.1}%", 100.0 * x))
}

fn summary_rows(report: &EvalReport) -> Vec<[String; 9]> {
    groups(report)
        .into_iter()
        .map(|(name, g)| {
            [
                name.to_string(),
                g.texts.to_string(),
                format!("{:.3}", g.micro.precision),
                format!("{:.3}", g.micro.recall),
                format!("{:.3}", g.micro.f1),
                format!("{:.3}", g.macro_f1),
                pct(Some(g.no_theme_accuracy)),
                pct(g.sentiment_accuracy),
                pct(g.lang_accuracy),
            ]
        })
        .collect()
}

const SUMMARY_HEADER: [&str; 9] = [
    "lang",
    "texts",
    "micro P",
    "micro R",
    "micro F1",
    "macro F1",
    "no-theme acc",
    "sentiment acc",
    "lang acc",
];

fn theme_rows(report: &EvalReport) -> (Vec<String>, Vec<Vec<String>>) {
    let langs: Vec<(&str, &GroupReport)> = groups(report);
    let mut header = vec!["theme".to_string()];
    header.extend(langs.iter().map(|(l, _)| format!("{l} P/R/F1 (n)")));
    let mut ids: Vec<&String> = report.overall.themes.keys().collect();
    ids.sort();
    let rows = ids
        .into_iter()
        .map(|id| {
            let mut row = vec![id.clone()];
            for (_, g) in &langs {
                row.push(match g.themes.get(id) {
                    Some(s) => format!(
                        "{:.2}/{:.2}/{:.2} ({})",
                        s.precision, s.recall, s.f1, s.support
                    ),
                    None => "–".into(),
                });
            }
            row
        })
        .collect();
    (header, rows)
}

fn table(report: &EvalReport) -> String {
    let new_table = || {
        let mut t = comfy_table::Table::new();
        t.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
        t
    };
    let mut s = String::new();
    let mut t = new_table();
    t.set_header(SUMMARY_HEADER);
    for row in summary_rows(report) {
        t.add_row(row);
    }
    writeln!(s, "{t}").unwrap();
    let (header, rows) = theme_rows(report);
    let mut t = new_table();
    t.set_header(header);
    for row in rows {
        t.add_row(row);
    }
    writeln!(s, "{t}").unwrap();
    if !report.confusions.is_empty() {
        let mut t = new_table();
        t.set_header(["predicted", "labelled", "count"]);
        for (p, l, c) in &report.confusions {
            t.add_row([p.clone(), l.clone(), c.to_string()]);
        }
        writeln!(s, "Most frequent confusions:\n{t}").unwrap();
    }
    for (label, count) in &report.unknown_labels {
        writeln!(s, "note: label `{label}` ({count}×) is not in the taxonomy").unwrap();
    }
    s
}

fn markdown_table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut s = format!(
        "| {} |\n|{}\n",
        header.join(" | "),
        "---|".repeat(header.len())
    );
    for row in rows {
        writeln!(s, "| {} |", row.join(" | ")).unwrap();
    }
    s
}

fn markdown(report: &EvalReport) -> String {
    let header: Vec<String> = SUMMARY_HEADER.iter().map(|s| s.to_string()).collect();
    let rows: Vec<Vec<String>> = summary_rows(report).into_iter().map(Vec::from).collect();
    let mut s = markdown_table(&header, &rows);
    let (header, rows) = theme_rows(report);
    s.push('\n');
    s.push_str(&markdown_table(&header, &rows));
    if !report.confusions.is_empty() {
        let rows: Vec<Vec<String>> = report
            .confusions
            .iter()
            .map(|(p, l, c)| vec![p.clone(), l.clone(), c.to_string()])
            .collect();
        s.push_str("\nMost frequent confusions:\n\n");
        s.push_str(&markdown_table(
            &["predicted".into(), "labelled".into(), "count".into()],
            &rows,
        ));
    }
    s
}

fn comparison_markdown(rows: &[(&str, EvalReport)]) -> String {
    let langs: Vec<String> = rows[0]
        .1
        .by_lang
        .keys()
        .cloned()
        .chain(["all".to_string()])
        .collect();
    let mut header = vec!["scorer".to_string()];
    header.extend(langs.iter().map(|l| format!("{l} micro/macro F1")));
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|(name, report)| {
            let mut row = vec![name.to_string()];
            for l in &langs {
                let g = if l == "all" {
                    Some(&report.overall)
                } else {
                    report.by_lang.get(l)
                };
                row.push(g.map_or("–".into(), |g| {
                    format!("{:.3} / {:.3}", g.micro.f1, g.macro_f1)
                }));
            }
            row
        })
        .collect();
    markdown_table(&header, &body)
}
