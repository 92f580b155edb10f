//! `feedback-themes train`: learns a model for the taxonomy's themes from labelled JSONL and writes it as JSON,
//! for `classify --model`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use feedback_themes::eval::{read_labelled, train_model};
use feedback_themes::model::TrainOptions;
use feedback_themes::{Analyzer, Taxonomy};

use super::Output;

/// Options of `train`.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Labelled JSONL files or directories of them.
    #[arg(value_name = "LABELLED", required = true)]
    paths: Vec<PathBuf>,
    /// Where to write the model.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: PathBuf,
    /// Taxonomy whose themes the model learns (default: the built-in one).
    #[arg(long, value_name = "FILE")]
    taxonomy: Option<PathBuf>,
    /// Passes over the data.
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    epochs: usize,
    /// L2 regularisation strength.
    #[arg(long, default_value_t = TrainOptions::default().l2)]
    l2: f32,
    /// Initial learning rate.
    #[arg(long, default_value_t = TrainOptions::default().learning_rate)]
    learning_rate: f32,
    /// How far each theme's combined (cues + model) threshold moves from 0.5 toward the one that is best
    /// on out-of-fold predictions: 0 keeps 0.5, 1 goes all the way (sensible when the taxonomy's cues
    /// were not written while looking at these examples).
    #[arg(long, value_name = "X", default_value_t = TrainOptions::default().combined_threshold_move)]
    combined_threshold_move: f32,
    /// Weights of smaller magnitude are left out of the model file (smaller file, faster start-up).
    #[arg(long, value_name = "W", default_value_t = TrainOptions::default().min_weight)]
    min_weight: f32,
}

/// Runs `train`.
pub fn run(args: TrainArgs) -> Result<i32> {
    let taxonomy = match &args.taxonomy {
        Some(path) => Taxonomy::load(path)?,
        None => Taxonomy::default(),
    };
    let analyzer = Analyzer::builder()
        .taxonomy(taxonomy)
        .without_default_model()
        .build()?;
    let mut examples = Vec::new();
    for path in &args.paths {
        examples.extend(read_labelled(path)?);
    }
    anyhow::ensure!(
        !examples.is_empty(),
        "no labelled examples in the given paths"
    );
    anyhow::ensure!(
        (0.0..=1.0).contains(&args.combined_threshold_move),
        "--combined-threshold-move must be between 0 and 1, not {}",
        args.combined_threshold_move
    );
    anyhow::ensure!(
        args.min_weight >= 0.0,
        "--min-weight must not be negative, not {}",
        args.min_weight
    );
    let options = TrainOptions {
        epochs: args.epochs,
        l2: args.l2,
        learning_rate: args.learning_rate,
        combined_threshold_move: args.combined_threshold_move,
        min_weight: args.min_weight,
        ..TrainOptions::default()
    };
    let model = train_model(&analyzer, &examples, &options)?;
    let mut out = Output::create(Some(&args.output))?;
    out.write_all(model.to_json().as_bytes())?;
    out.commit()?;
    eprintln!(
        "feedback-themes: trained on {} examples; thresholds (model alone / combined) {}; wrote {}",
        examples.len(),
        model
            .theme_ids
            .iter()
            .zip(&model.themes)
            .map(|(id, m)| format!("{id}={:.2}/{:.2}", m.model_threshold, m.combined_threshold))
            .collect::<Vec<_>>()
            .join(" "),
        args.output.display()
    );
    Ok(0)
}
