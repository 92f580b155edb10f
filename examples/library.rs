//! The README's library example: analyse one text, print each theme with its evidence, then a batch.
//! Run with `cargo run --release --example library`.

use feedback_themes::{Analyzer, Taxonomy};

fn main() -> Result<(), feedback_themes::Error> {
    let analyzer = Analyzer::new(Taxonomy::default())?;
    let analysis = analyzer.analyze("Ковер обещали доставить за 10 дней, прошло три недели.");
    assert_eq!(analysis.lang.code(), "ru");
    for theme in &analysis.themes {
        let e = &theme.evidence[0];
        println!(
            "{} {:.2}: {:?} (cue {})",
            theme.id, theme.score, e.text, e.cue
        );
    }
    // prints: overpromising 0.90: "Ковер обещали доставить за 10 дней, прошло три недели." (cue обещал*)
    //         delivery_failure 0.90: "Ковер обещали доставить за 10 дней, прошло три недели." (cue прошло три недели)

    // many texts, in parallel, results in input order:
    let results = analyzer.analyze_batch(&["Toimitus oli ajallaan, kiitos!", "Refund refused."]);
    assert_eq!(results.len(), 2);
    Ok(())
}
