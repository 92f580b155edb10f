//! Criterion benchmarks of each stage on realistic feedback: language detection, normalisation, stemming, cue
//! matching, whole analysis and JSON output — short (tweet-like) and long (email-like) texts per language.
//! Texts come from `../shared/bench/real-mix.jsonl` when present, else from `corpora/`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use feedback_themes::analyzer::Scratch;
use feedback_themes::output::{Outcome, OutputFormat, ResultWriter};
use feedback_themes::text::Normalized;
use feedback_themes::{lang, Analyzer, Lang, Taxonomy};

/// (language, short texts, long texts), up to 200 of each.
fn texts() -> Vec<(Lang, Vec<String>, Vec<String>)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let shared = format!("{root}/../shared/bench/real-mix.jsonl");
    let mut lines: Vec<String> = Vec::new();
    if let Ok(data) = std::fs::read_to_string(&shared) {
        lines.extend(data.lines().map(String::from));
    }
    for dir in ["train", "test"] {
        for l in ["en", "fi", "ru"] {
            if let Ok(data) = std::fs::read_to_string(format!("{root}/corpora/{dir}/{l}.jsonl")) {
                lines.extend(data.lines().map(String::from));
            }
        }
    }
    Lang::SUPPORTED
        .iter()
        .map(|&lang| {
            let (mut short, mut long) = (Vec::new(), Vec::new());
            for line in &lines {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue;
                };
                if v["lang"].as_str() != Some(lang.code()) {
                    continue;
                }
                let text = v["text"].as_str().unwrap_or_default().to_string();
                if text.len() < 280 && short.len() < 200 {
                    short.push(text);
                } else if text.len() >= 600 && long.len() < 200 {
                    long.push(text);
                }
            }
            (lang, short, long)
        })
        .collect()
}

fn bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

fn stages(c: &mut Criterion) {
    let analyzer = Analyzer::new(Taxonomy::default()).unwrap();
    let cues_only = Analyzer::builder().without_default_model().build().unwrap();
    for (lang, short, long) in texts() {
        for (size, set) in [("short", &short), ("long", &long)] {
            if set.is_empty() {
                continue;
            }
            let id = format!("{}/{size}", lang.code());
            let mut g = c.benchmark_group("stage");
            g.throughput(Throughput::Bytes(bytes(set)));
            g.bench_with_input(BenchmarkId::new("lang_detect", &id), set, |b, set| {
                b.iter(|| {
                    set.iter()
                        .map(|t| lang::detect(black_box(t)).confidence)
                        .sum::<f32>()
                })
            });
            g.bench_with_input(BenchmarkId::new("normalize", &id), set, |b, set| {
                let mut n = Normalized::default();
                b.iter(|| {
                    set.iter()
                        .map(|t| {
                            n.fill(black_box(t), lang);
                            n.tokens.len()
                        })
                        .sum::<usize>()
                })
            });
            g.bench_with_input(BenchmarkId::new("stem", &id), set, |b, set| {
                let normalized: Vec<Normalized> =
                    set.iter().map(|t| Normalized::new(t, lang)).collect();
                let stemmers = analyzer.stemmers();
                b.iter(|| {
                    let mut total = 0;
                    for n in &normalized {
                        for i in 0..n.tokens.len() {
                            total += stemmers.stem(lang, n.token_text(i)).len();
                        }
                    }
                    total
                })
            });
            g.bench_with_input(BenchmarkId::new("analyze_cues_only", &id), set, |b, set| {
                let mut s = Scratch::default();
                b.iter(|| {
                    set.iter()
                        .map(|t| {
                            cues_only
                                .analyze_with(black_box(t), Some(lang), &mut s)
                                .themes
                                .len()
                        })
                        .sum::<usize>()
                })
            });
            g.bench_with_input(BenchmarkId::new("analyze", &id), set, |b, set| {
                let mut s = Scratch::default();
                b.iter(|| {
                    set.iter()
                        .map(|t| {
                            analyzer
                                .analyze_with(black_box(t), None, &mut s)
                                .themes
                                .len()
                        })
                        .sum::<usize>()
                })
            });
            let analyses: Vec<_> = set.iter().map(|t| analyzer.analyze(t)).collect();
            g.bench_with_input(
                BenchmarkId::new("json_output", &id),
                &analyses,
                |b, analyses| {
                    b.iter(|| {
                        let mut w =
                            ResultWriter::new(OutputFormat::Jsonl, Vec::with_capacity(1 << 20))
                                .unwrap();
                        for a in analyses {
                            w.write(Outcome::Analysed {
                                id: "id-1",
                                date: None,
                                analysis: a,
                                warnings: &[],
                            })
                            .unwrap();
                        }
                        w.finish().unwrap().len()
                    })
                },
            );
            g.finish();
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2));
    targets = stages
}
criterion_main!(benches);
