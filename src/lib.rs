//! # feedback-themes
//!
//! Reads customer feedback in English, Finnish and Russian, detects each text's language and sorts it into
//! themes (stockouts, overpromising, delivery failures, wrong items, refused refunds, staff conduct, missed needs,
//! communication breakdowns, pricing, product quality, praise) with the evidence for every call: the sentence and
//! the cue that caused it, as byte offsets into the original text.
//!
//! ```
//! use feedback_themes::{Analyzer, Taxonomy};
//!
//! let analyzer = Analyzer::new(Taxonomy::default())?;
//! let analysis = analyzer.analyze("Ковер обещали доставить за 10 дней, прошло три недели.");
//! assert_eq!(analysis.lang.code(), "ru");
//! for theme in &analysis.themes {
//!     println!("{} {:.2} ← {:?}", theme.id, theme.score, theme.evidence[0].cue);
//! }
//! # Ok::<(), feedback_themes::Error>(())
//! ```
//!
//! The pieces can be used on their own: [`input::RecordReader`] streams records from JSONL/CSV/TSV/text/doc files
//! (gzip too), [`lang::detect`] identifies the language, [`text::Normalized`] tokenises with offsets and negation,
//! [`Taxonomy`] loads and validates theme definitions, [`model`] trains the learned classifier, and
//! [`eval`] computes precision/recall/F1 against labelled data.
//!
//! The library never prints, never exits and keeps no global state; an [`Analyzer`] is `Send + Sync` and gives
//! the same output for the same input whatever the number of threads.

#![warn(missing_docs)]

pub mod analyzer;
pub mod cues;
pub mod error;
pub mod eval;

pub mod input;
pub mod lang;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod report;
pub mod taxonomy;
pub mod text;

pub use analyzer::{
    Analysis, Analyzer, AnalyzerBuilder, Evidence, Sentiment, SentimentLabel, ThemeHit,
};
pub use error::{Error, Result};
pub use lang::Lang;
pub use model::Model;
pub use taxonomy::Taxonomy;
