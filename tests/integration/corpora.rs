//! The corpora: format, fixed split, minimum counts per theme and language, and the accuracy bar on the test
//! split; the committed default model must be exactly what `train` makes from the train split.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use feedback_themes::eval::{evaluate, read_labelled, train_model, Labelled};
use feedback_themes::model::TrainOptions;
use feedback_themes::{Analyzer, Model, Taxonomy};

const LANGS: [&str; 3] = ["en", "fi", "ru"];
const MIN_PER_THEME: usize = 60;
const MIN_NO_THEME: usize = 150;
/// Regression floor for macro-F1 on the test split of each language (today 0.757 en, 0.779 fi, 0.764 ru). The
/// goal is 0.85, which the classifier does not reach yet; the floor sits 0.05-0.08 below today's figures, so a
/// change that loses accuracy fails here.
const MIN_TEST_MACRO_F1: f64 = 0.70;

fn corpus(split: &str, lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("corpora/{split}/{lang}.jsonl"))
}

fn load(split: &str, lang: &str) -> Vec<Labelled> {
    read_labelled(&corpus(split, lang)).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn format_split_and_minimum_counts() {
    let theme_ids: Vec<String> = Taxonomy::default()
        .themes
        .iter()
        .map(|t| t.id.clone())
        .collect();
    for lang in LANGS {
        let mut ids = HashSet::new();
        let mut per_theme: BTreeMap<&str, usize> = BTreeMap::new();
        let mut no_theme = 0;
        for split in ["train", "test"] {
            let text = std::fs::read_to_string(corpus(split, lang)).unwrap();
            for (i, line) in text.lines().enumerate() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
                let mut sorted_keys = keys.clone();
                sorted_keys.sort();
                assert_eq!(
                    sorted_keys,
                    ["churn_risk", "id", "lang", "sentiment", "text", "themes"],
                    "{split}/{lang}:{}",
                    i + 1
                );
                assert_eq!(v["lang"], lang);
                assert!(matches!(
                    v["sentiment"].as_str(),
                    Some("negative" | "neutral" | "positive")
                ));
                assert!(v["churn_risk"].is_boolean());
                assert!(
                    ids.insert(v["id"].as_str().unwrap().to_string()),
                    "duplicate id {}",
                    v["id"]
                );
            }
            for e in load(split, lang) {
                let mut sorted = e.themes.clone();
                sorted.sort();
                sorted.dedup();
                assert_eq!(sorted, e.themes, "{}: themes not sorted/unique", e.id);
                if e.themes.is_empty() {
                    no_theme += 1;
                }
                for t in &e.themes {
                    let id = theme_ids
                        .iter()
                        .find(|x| *x == t)
                        .unwrap_or_else(|| panic!("{}: unknown theme {t}", e.id));
                    *per_theme.entry(id.as_str()).or_default() += 1;
                }
            }
        }
        for id in &theme_ids {
            let n = per_theme.get(id.as_str()).copied().unwrap_or(0);
            assert!(n >= MIN_PER_THEME, "{lang}: only {n} texts for {id}");
        }
        assert!(
            no_theme >= MIN_NO_THEME,
            "{lang}: only {no_theme} texts with no theme"
        );
    }
}

#[test]
fn macro_f1_on_the_test_split() {
    let analyzer = Analyzer::new(Taxonomy::default()).unwrap();
    for lang in LANGS {
        let report = evaluate(&analyzer, &load("test", lang));
        let g = &report.overall;
        assert!(
            g.macro_f1 >= MIN_TEST_MACRO_F1,
            "{lang}: macro-F1 {:.3} < {MIN_TEST_MACRO_F1} (micro {:.3})",
            g.macro_f1,
            g.micro.f1
        );
    }
}

#[test]
fn the_default_model_is_reproducible_from_the_train_split() {
    let analyzer = Analyzer::builder().without_default_model().build().unwrap();
    let mut examples = Vec::new();
    for lang in LANGS {
        examples.extend(load("train", lang));
    }
    let model = train_model(&analyzer, &examples, &TrainOptions::default()).unwrap();
    let committed = Model::default_model();
    let stale = "model/default.json is stale: regenerate with \
                 `cargo run --release -- train corpora/train -o model/default.json`";
    if model.to_json() == committed.to_json() {
        return;
    }
    // Another machine's libm may round `exp` differently in the last bit, which moves a few weights by a
    // hair; a stale model differs far more.
    assert_eq!(model.theme_ids, committed.theme_ids, "{stale}");
    for (id, (a, b)) in model
        .theme_ids
        .iter()
        .zip(model.themes.iter().zip(&committed.themes))
    {
        assert!((a.bias - b.bias).abs() <= 0.01, "{id}: bias; {stale}");
        assert!(
            (a.model_threshold - b.model_threshold).abs() <= 0.02,
            "{id}: threshold; {stale}"
        );
        let wa: BTreeMap<u32, f32> = a.weights.iter().copied().collect();
        let wb: BTreeMap<u32, f32> = b.weights.iter().copied().collect();
        let buckets: std::collections::BTreeSet<u32> =
            wa.keys().chain(wb.keys()).copied().collect();
        let off = buckets
            .iter()
            .filter(|k| {
                let (x, y) = (
                    wa.get(k).copied().unwrap_or(0.0),
                    wb.get(k).copied().unwrap_or(0.0),
                );
                // A weight near the pruning limit may be kept on one side only.
                (x - y).abs() > 0.01 && (x.abs().max(y.abs()) > 0.12)
            })
            .count();
        assert!(
            off * 200 <= buckets.len(),
            "{id}: {off} of {} weights differ; {stale}",
            buckets.len()
        );
    }
}
