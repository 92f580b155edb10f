//! Accuracy and throughput harness for `feedback_themes::lang`.
//!
//! Usage: `cargo run --release --example langid_eval -- DIR [--confusion] [--errors LANG/SET[/N]]`
//!
//! DIR holds `<lang>-sentences.txt`, `<lang>-word-pairs.txt` and `<lang>-single-words.txt` (one text
//! per line) for en fi ru sv et de uk bg es. Every text is scored in four classes (en / fi / ru /
//! other): a language other than en/fi/ru is right when it comes out as "other", and `unknown` is
//! always wrong. Three detectors are measured in the same run: ours (`lang::detect`), whatlang over
//! all its languages, and whatlang restricted to en/fi/ru. `--errors` prints misclassified lines of
//! one file (meant for a development set, not for a benchmark).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use feedback_themes::lang::{self, Lang};

const LANGS: [&str; 9] = ["en", "fi", "ru", "sv", "et", "de", "uk", "bg", "es"];
const SETS: [(&str, &str); 3] = [
    ("sentences", "sentences"),
    ("word-pairs", "word pairs"),
    ("single-words", "single words"),
];

/// The four classes scored, plus `Unknown` (always wrong).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    En,
    Fi,
    Ru,
    Other,
    Unknown,
}

impl Class {
    fn expected(lang: &str) -> Class {
        match lang {
            "en" => Class::En,
            "fi" => Class::Fi,
            "ru" => Class::Ru,
            _ => Class::Other,
        }
    }
    fn from_ours(l: Lang) -> Class {
        match l {
            Lang::En => Class::En,
            Lang::Fi => Class::Fi,
            Lang::Ru => Class::Ru,
            Lang::Other => Class::Other,
            Lang::Unknown => Class::Unknown,
        }
    }
    fn from_whatlang(l: Option<whatlang::Lang>) -> Class {
        match l {
            Some(whatlang::Lang::Eng) => Class::En,
            Some(whatlang::Lang::Fin) => Class::Fi,
            Some(whatlang::Lang::Rus) => Class::Ru,
            Some(_) => Class::Other,
            None => Class::Unknown,
        }
    }
    fn name(self) -> &'static str {
        match self {
            Class::En => "en",
            Class::Fi => "fi",
            Class::Ru => "ru",
            Class::Other => "other",
            Class::Unknown => "unknown",
        }
    }
}

struct Detector {
    name: &'static str,
    run: Box<dyn Fn(&str) -> Class>,
}

#[derive(Default)]
struct Tally {
    right: usize,
    total: usize,
    time: Duration,
    /// Predicted class -> count.
    confusion: BTreeMap<Class, usize>,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = None;
    let mut confusion = false;
    let mut errors: Option<String> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--confusion" => confusion = true,
            "--errors" => errors = args.next(),
            _ => dir = Some(a),
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: langid_eval DIR [--confusion] [--errors LANG/SET[/N]]");
        std::process::exit(2);
    };

    let ours = lang::LangDetector::new();
    let wl_all = whatlang::Detector::new();
    let wl_3 = whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Eng,
        whatlang::Lang::Fin,
        whatlang::Lang::Rus,
    ]);
    let detectors = [
        Detector {
            name: "ours",
            run: Box::new(move |t| Class::from_ours(ours.detect(t).lang)),
        },
        Detector {
            name: "whatlang (all)",
            run: Box::new(move |t| Class::from_whatlang(wl_all.detect_lang(t))),
        },
        Detector {
            name: "whatlang (en/fi/ru)",
            run: Box::new(move |t| Class::from_whatlang(wl_3.detect_lang(t))),
        },
    ];

    // tallies[set][lang][detector]
    let mut tallies: Vec<Vec<Vec<Tally>>> = Vec::new();
    let mut missing = Vec::new();
    for (set, _) in SETS {
        let mut per_lang = Vec::new();
        for lang in LANGS {
            let path = format!("{dir}/{lang}-{set}.txt");
            let mut per_det: Vec<Tally> = detectors.iter().map(|_| Tally::default()).collect();
            let Ok(content) = std::fs::read_to_string(&path) else {
                missing.push(path);
                per_lang.push(per_det);
                continue;
            };
            let texts: Vec<&str> = content.lines().filter(|l| !l.trim().is_empty()).collect();
            let want = Class::expected(lang);
            for (d, det) in detectors.iter().enumerate() {
                let t = &mut per_det[d];
                let start = Instant::now();
                let got: Vec<Class> = texts.iter().map(|x| (det.run)(x)).collect();
                t.time += start.elapsed();
                t.total = texts.len();
                t.right = got.iter().filter(|&&g| g == want).count();
                for g in &got {
                    *t.confusion.entry(*g).or_default() += 1;
                }
                if d == 0 {
                    print_errors(errors.as_deref(), lang, set, &texts, &got, want);
                }
            }
            per_lang.push(per_det);
        }
        tallies.push(per_lang);
    }
    for m in &missing {
        eprintln!("warning: missing {m}");
    }

    let pct = |r: usize, n: usize| {
        if n == 0 {
            "-".to_string()
        } else {
            format!("{:.1}", 100.0 * r as f64 / n as f64)
        }
    };

    println!("4-class accuracy (%) on {dir}: en / fi / ru / other; `unknown` counts as wrong.");
    println!(
        "Columns: A = ours, B = whatlang over all languages, C = whatlang restricted to en/fi/ru."
    );
    println!();
    let mut header = String::from("| lang |");
    let mut rule = String::from("|---|");
    for (_, label) in SETS {
        for col in ["A", "B", "C"] {
            header.push_str(&format!(" {label} {col} |"));
            rule.push_str("---:|");
        }
    }
    println!("{header}");
    println!("{rule}");
    for (li, lang) in LANGS.iter().enumerate() {
        let mut row = format!("| {lang} |");
        for per_lang in &tallies {
            for t in &per_lang[li] {
                row.push_str(&format!(" {} |", pct(t.right, t.total)));
            }
        }
        println!("{row}");
    }
    let mut row = String::from("| **overall** |");
    for per_lang in &tallies {
        for d in 0..detectors.len() {
            let (r, n) = per_lang
                .iter()
                .fold((0, 0), |(r, n), pl| (r + pl[d].right, n + pl[d].total));
            row.push_str(&format!(" **{}** |", pct(r, n)));
        }
    }
    println!("{row}");

    println!();
    println!("Throughput (single thread, texts/s):");
    println!();
    println!("| detector | all texts | sentences | word pairs + single words |");
    println!("|---|---:|---:|---:|");
    for (d, det) in detectors.iter().enumerate() {
        let sum = |sets: &[usize]| {
            let (n, t) = sets
                .iter()
                .flat_map(|&s| tallies[s].iter())
                .fold((0usize, Duration::ZERO), |(n, t), pl| {
                    (n + pl[d].total, t + pl[d].time)
                });
            if t.is_zero() {
                0.0
            } else {
                n as f64 / t.as_secs_f64()
            }
        };
        println!(
            "| {} | {:.0} | {:.0} | {:.0} |",
            det.name,
            sum(&[0, 1, 2]),
            sum(&[0]),
            sum(&[1, 2])
        );
    }

    if confusion {
        println!();
        println!("Confusion of ours (predicted class counts):");
        println!();
        println!("| set | lang | en | fi | ru | other | unknown |");
        println!("|---|---|---:|---:|---:|---:|---:|");
        for (si, (_, label)) in SETS.iter().enumerate() {
            for (li, lang) in LANGS.iter().enumerate() {
                let c = &tallies[si][li][0].confusion;
                let g = |k: Class| c.get(&k).copied().unwrap_or(0);
                println!(
                    "| {label} | {lang} | {} | {} | {} | {} | {} |",
                    g(Class::En),
                    g(Class::Fi),
                    g(Class::Ru),
                    g(Class::Other),
                    g(Class::Unknown)
                );
            }
        }
    }
}

fn print_errors(
    spec: Option<&str>,
    lang: &str,
    set: &str,
    texts: &[&str],
    got: &[Class],
    want: Class,
) {
    let Some(spec) = spec else { return };
    let mut parts = spec.split('/');
    let (l, s) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let n: usize = parts.next().and_then(|x| x.parse().ok()).unwrap_or(50);
    if (l != lang && l != "*") || (s != set && s != "*") {
        return;
    }
    let mut shown = 0;
    for (t, g) in texts.iter().zip(got) {
        if *g != want && shown < n {
            let guess = lang::detect(t);
            eprintln!(
                "[{lang}/{set}] got {} ({:?} {:.2}): {t}",
                g.name(),
                guess.detected,
                guess.confidence
            );
            shown += 1;
        }
    }
}
