//! Labelled data and accuracy: reads labelled JSONL (`{"id","lang","text","themes",...}`), scores an analyser
//! against it (precision, recall, F1 per theme and language, micro/macro averages, no-theme accuracy, confusions,
//! language accuracy) and turns labelled examples into training examples for [`crate::model`].

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::analyzer::{Analysis, Analyzer, Scratch, SentimentLabel};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::model::{self, Example, Model, TrainOptions};

/// One labelled text.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Labelled {
    /// Id.
    pub id: String,
    /// The language, when labelled.
    #[serde(default)]
    pub lang: Option<String>,
    /// The text.
    pub text: String,
    /// The themes that apply.
    pub themes: Vec<String>,
    /// The sentiment, when labelled.
    #[serde(default)]
    pub sentiment: Option<SentimentLabel>,
    /// Churn risk, when labelled.
    #[serde(default)]
    pub churn_risk: Option<bool>,
}

impl Labelled {
    /// The labelled language, if it is one the analyser knows.
    pub fn lang(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::from_code)
    }
}

/// Reads labelled JSONL from a file, or from every `.jsonl` file of a directory (sorted by name). Fails on the
/// first malformed line, naming it.
pub fn read_labelled(path: &Path) -> Result<Vec<Labelled>> {
    let mut files = Vec::new();
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| Error::io(path, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        entries.sort();
        files = entries;
    } else {
        files.push(path.to_path_buf());
    }
    let mut out = Vec::new();
    for file in files {
        let f = std::fs::File::open(&file).map_err(|e| Error::io(&file, e))?;
        for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
            let line = line.map_err(|e| Error::io(&file, e))?;
            if line.trim().is_empty() {
                continue;
            }
            let example: Labelled = serde_json::from_str(&line).map_err(|e| Error::Labelled {
                location: format!("{}:{}", file.display(), i + 1),
                message: e.to_string(),
            })?;
            out.push(example);
        }
    }
    Ok(out)
}

/// Precision/recall counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    /// True positives.
    pub tp: u32,
    /// False positives.
    pub fp: u32,
    /// False negatives.
    pub fn_: u32,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    /// Recall (1 when nothing was labelled).
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    /// F1 (0 when there is no true positive).
    pub fn f1(&self) -> f64 {
        if self.tp == 0 {
            0.0
        } else {
            2.0 * self.tp as f64 / (2 * self.tp + self.fp + self.fn_) as f64
        }
    }
    /// Labelled occurrences.
    pub fn support(&self) -> u32 {
        self.tp + self.fn_
    }
}

/// Scores of one theme (or an average).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Labelled occurrences.
    pub support: u32,
    /// Predicted occurrences.
    pub predicted: u32,
}

impl From<Counts> for Scores {
    fn from(c: Counts) -> Scores {
        Scores {
            precision: c.precision(),
            recall: c.recall(),
            f1: c.f1(),
            support: c.support(),
            predicted: c.tp + c.fp,
        }
    }
}

/// Accuracy over one group of texts (all, or one language).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupReport {
    /// Texts in the group.
    pub texts: usize,
    /// Per theme, in taxonomy order (themes never labelled nor predicted are left out).
    pub themes: BTreeMap<String, Scores>,
    /// Micro-averaged scores over all theme decisions.
    pub micro: Scores,
    /// Mean F1 over the themes listed.
    pub macro_f1: f64,
    /// Texts labelled with no theme.
    pub no_theme_texts: usize,
    /// Share of those predicted with no theme.
    pub no_theme_accuracy: f64,
    /// Share of texts whose predicted theme set equals the labelled one.
    pub exact_match: f64,
    /// Share of texts (with a labelled sentiment) whose sentiment label is right.
    pub sentiment_accuracy: Option<f64>,
    /// Churn-risk decisions.
    pub churn: Option<Scores>,
    /// Share of texts (with a labelled language) whose language was detected right.
    pub lang_accuracy: Option<f64>,
}

/// The full result of `evaluate`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalReport {
    /// All texts.
    pub overall: GroupReport,
    /// Per labelled language.
    pub by_lang: BTreeMap<String, GroupReport>,
    /// Most frequent confusions: (predicted, labelled, count); `labelled` is `none` for a theme predicted on a
    /// text with no label, `predicted` is `none` for a labelled theme on a text given no theme.
    pub confusions: Vec<(String, String, u32)>,
    /// Labels in the file that the taxonomy does not know, with counts.
    pub unknown_labels: BTreeMap<String, u32>,
}

#[derive(Default)]
struct Group {
    texts: usize,
    counts: Vec<Counts>,
    no_theme: (usize, usize),
    exact: usize,
    sentiment: (usize, usize),
    churn: Counts,
    churn_labelled: bool,
    lang: (usize, usize),
}

impl Group {
    fn report(&self, theme_ids: &[String]) -> GroupReport {
        let mut total = Counts::default();
        let mut themes = BTreeMap::new();
        let mut f1s = Vec::new();
        for (id, c) in theme_ids.iter().zip(&self.counts) {
            total.add(*c);
            if c.tp + c.fp + c.fn_ > 0 {
                themes.insert(id.clone(), Scores::from(*c));
                f1s.push(c.f1());
            }
        }
        let ratio = |(a, b): (usize, usize)| (b > 0).then(|| a as f64 / b as f64);
        GroupReport {
            texts: self.texts,
            themes,
            micro: total.into(),
            macro_f1: if f1s.is_empty() {
                0.0
            } else {
                f1s.iter().sum::<f64>() / f1s.len() as f64
            },
            no_theme_texts: self.no_theme.1,
            no_theme_accuracy: ratio(self.no_theme).unwrap_or(1.0),
            exact_match: ratio((self.exact, self.texts)).unwrap_or(0.0),
            sentiment_accuracy: ratio(self.sentiment),
            churn: self.churn_labelled.then(|| self.churn.into()),
            lang_accuracy: ratio(self.lang),
        }
    }
}

/// Analyses every labelled text (detecting its language, as in real use) and scores the result.
pub fn evaluate(analyzer: &Analyzer, examples: &[Labelled]) -> EvalReport {
    let analyses: Vec<Analysis> = examples
        .par_iter()
        .map_init(Scratch::default, |s, e| {
            analyzer.analyze_with(&e.text, None, s)
        })
        .collect();
    score(analyzer, examples, &analyses)
}

/// Scores given analyses against their labels.
pub fn score(analyzer: &Analyzer, examples: &[Labelled], analyses: &[Analysis]) -> EvalReport {
    let theme_ids: Vec<String> = analyzer
        .taxonomy()
        .themes
        .iter()
        .map(|t| t.id.clone())
        .collect();
    let n = theme_ids.len();
    let mut overall = Group {
        counts: vec![Counts::default(); n],
        ..Group::default()
    };
    let mut by_lang: BTreeMap<String, Group> = BTreeMap::new();
    let mut confusions: BTreeMap<(String, String), u32> = BTreeMap::new();
    let mut unknown_labels = BTreeMap::new();
    for (e, a) in examples.iter().zip(analyses) {
        let labelled: Vec<bool> = theme_ids.iter().map(|id| e.themes.contains(id)).collect();
        for label in &e.themes {
            if !theme_ids.contains(label) {
                *unknown_labels.entry(label.clone()).or_insert(0) += 1;
            }
        }
        let predicted: Vec<bool> = theme_ids
            .iter()
            .map(|id| a.themes.iter().any(|t| &*t.id == id))
            .collect();
        let lang_key = e.lang.clone().unwrap_or_else(|| a.lang.code().to_string());
        let group = by_lang.entry(lang_key).or_insert_with(|| Group {
            counts: vec![Counts::default(); n],
            ..Group::default()
        });
        for g in [&mut overall, group] {
            g.texts += 1;
            for t in 0..n {
                let c = &mut g.counts[t];
                match (predicted[t], labelled[t]) {
                    (true, true) => c.tp += 1,
                    (true, false) => c.fp += 1,
                    (false, true) => c.fn_ += 1,
                    (false, false) => {}
                }
            }
            if !labelled.contains(&true) {
                g.no_theme.1 += 1;
                if !predicted.contains(&true) {
                    g.no_theme.0 += 1;
                }
            }
            if predicted == labelled {
                g.exact += 1;
            }
            if let Some(s) = e.sentiment {
                g.sentiment.1 += 1;
                if s == a.sentiment.label {
                    g.sentiment.0 += 1;
                }
            }
            if let Some(c) = e.churn_risk {
                g.churn_labelled = true;
                match (a.churn_risk, c) {
                    (true, true) => g.churn.tp += 1,
                    (true, false) => g.churn.fp += 1,
                    (false, true) => g.churn.fn_ += 1,
                    _ => {}
                }
            }
            if let Some(l) = e.lang() {
                g.lang.1 += 1;
                if l == a.lang {
                    g.lang.0 += 1;
                }
            }
        }
        let missed: Vec<&str> = (0..n)
            .filter(|&t| labelled[t] && !predicted[t])
            .map(|t| theme_ids[t].as_str())
            .collect();
        let extra: Vec<&str> = (0..n)
            .filter(|&t| predicted[t] && !labelled[t])
            .map(|t| theme_ids[t].as_str())
            .collect();
        for p in &extra {
            if missed.is_empty() {
                let key = if labelled.contains(&true) {
                    "(other themes)"
                } else {
                    "none"
                };
                *confusions
                    .entry((p.to_string(), key.to_string()))
                    .or_insert(0) += 1;
            }
            for m in &missed {
                *confusions
                    .entry((p.to_string(), m.to_string()))
                    .or_insert(0) += 1;
            }
        }
        if extra.is_empty() && !predicted.contains(&true) {
            for m in &missed {
                *confusions
                    .entry(("none".to_string(), m.to_string()))
                    .or_insert(0) += 1;
            }
        }
    }
    let mut confusions: Vec<(String, String, u32)> = confusions
        .into_iter()
        .map(|((p, l), c)| (p, l, c))
        .collect();
    confusions.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1))));
    confusions.truncate(15);
    EvalReport {
        overall: overall.report(&theme_ids),
        by_lang: by_lang
            .iter()
            .map(|(k, g)| (k.clone(), g.report(&theme_ids)))
            .collect(),
        confusions,
        unknown_labels,
    }
}

/// Trains a model for the analyser's taxonomy from labelled examples. The analyser should score by cues only
/// (its cue hits become model features). Labels the taxonomy does not know are an error.
pub fn train_model(
    analyzer: &Analyzer,
    examples: &[Labelled],
    options: &TrainOptions,
) -> Result<Model> {
    let theme_ids: Vec<String> = analyzer
        .taxonomy()
        .themes
        .iter()
        .map(|t| t.id.clone())
        .collect();
    for e in examples {
        if let Some(bad) = e.themes.iter().find(|t| !theme_ids.contains(t)) {
            return Err(Error::Labelled {
                location: e.id.clone(),
                message: format!("theme `{bad}` is not in the taxonomy"),
            });
        }
    }
    let training: Vec<Example> = examples
        .par_iter()
        .map_init(Scratch::default, |s, e| {
            let (features, cue_scores) = analyzer.training_features(&e.text, e.lang(), s);
            Example {
                features,
                cue_scores: cue_scores
                    .iter()
                    .zip(&analyzer.taxonomy().themes)
                    .map(|(&score, theme)| model::calibrate(score, theme.threshold()))
                    .collect(),
                labels: theme_ids.iter().map(|id| e.themes.contains(id)).collect(),
            }
        })
        .collect();
    let mut m = model::train(&theme_ids, &training, options);
    for e in examples {
        *m.trained_on
            .entry(e.lang.clone().unwrap_or_else(|| "unknown".into()))
            .or_insert(0) += 1;
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_table() {
        let cases = [
            (
                Counts {
                    tp: 0,
                    fp: 0,
                    fn_: 0,
                },
                1.0,
                1.0,
                0.0,
            ),
            (
                Counts {
                    tp: 2,
                    fp: 2,
                    fn_: 0,
                },
                0.5,
                1.0,
                2.0 / 3.0,
            ),
            (
                Counts {
                    tp: 1,
                    fp: 0,
                    fn_: 3,
                },
                1.0,
                0.25,
                0.4,
            ),
        ];
        for (c, p, r, f) in cases {
            assert!(
                (c.precision() - p).abs() < 1e-9
                    && (c.recall() - r).abs() < 1e-9
                    && (c.f1() - f).abs() < 1e-9,
                "{c:?}"
            );
        }
    }
}
