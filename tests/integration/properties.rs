//! Property tests: analysing any string never panics, evidence offsets lie on char boundaries inside the text,
//! reported themes are a subset of the taxonomy, and the readers survive any bytes.

use feedback_themes::input::{InputFormat, InputOptions, RecordReader};
use feedback_themes::text::Normalized;
use feedback_themes::{Analyzer, Lang, Taxonomy};
use proptest::prelude::*;

fn analyzer() -> &'static Analyzer {
    static ANALYZER: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new(Taxonomy::default()).unwrap())
}

/// Text built from feedback-like pieces in all three languages, punctuation, marks and odd characters.
fn feedback_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "the parcel",
        " never arrived",
        " not",
        " late",
        " out of stock",
        " refund",
        " refused",
        ". ",
        "! ",
        "?",
        ",",
        "\n",
        " toimitus",
        " ei",
        " tullut",
        " myöhässä",
        " kiitos",
        " не",
        " доставили",
        " возврат",
        " ёлка",
        "’",
        "'",
        "-",
        "\u{308}",
        "\u{301}",
        "\u{0}",
        "\u{feff}",
        "🙂",
        " ",
        "\t",
        "\r\n",
        "ß",
        "İ",
        "ǅ",
        "…",
        "«",
        "»",
        "http://x.y/z",
        "@user",
        "#tag",
        "10.5",
        "e.g.",
        "т.е.",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn analysis_is_well_formed(text in prop_oneof![feedback_text(), any::<String>()]) {
        let a = analyzer().analyze(&text);
        let ids: Vec<&str> = analyzer().taxonomy().themes.iter().map(|t| t.id.as_str()).collect();
        for theme in &a.themes {
            prop_assert!(ids.contains(&&*theme.id));
            prop_assert!((0.0..=1.0).contains(&theme.score));
            for e in &theme.evidence {
                prop_assert!(e.start <= e.match_start && e.match_start < e.match_end && e.match_end <= e.end);
                prop_assert!(e.end <= text.len());
                for offset in [e.start, e.end, e.match_start, e.match_end] {
                    prop_assert!(text.is_char_boundary(offset));
                }
                prop_assert_eq!(&text[e.start..e.end], e.text.as_str());
            }
        }
        prop_assert!((-1.0..=1.0).contains(&a.sentiment.score));
    }

    #[test]
    fn tokens_lie_inside_the_text(text in prop_oneof![feedback_text(), any::<String>()], lang in 0usize..3) {
        let n = Normalized::new(&text, Lang::SUPPORTED[lang]);
        for t in &n.tokens {
            prop_assert!(t.start < t.end && t.end <= text.len());
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        for s in &n.sentences {
            prop_assert!(s.span.start <= s.span.end && s.span.end <= text.len());
            prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
    }

    #[test]
    fn readers_never_panic_and_keep_every_line(data in prop::collection::vec(any::<u8>(), 0..400), format in 0usize..5) {
        let format = [InputFormat::Jsonl, InputFormat::Csv, InputFormat::Tsv, InputFormat::Text, InputFormat::Doc][format];
        let options = InputOptions { format, ..InputOptions::default() };
        if let Ok(reader) = RecordReader::from_reader("fuzz", std::io::Cursor::new(data.clone()), &options) {
            let n = reader.count();
            if format == InputFormat::Jsonl || format == InputFormat::Text {
                // Every non-blank line yields exactly one record or error.
                let lines = data
                    .split(|&b| b == b'\n')
                    .filter(|l| !l.iter().all(|b| b.is_ascii_whitespace()))
                    .count();
                prop_assert_eq!(n, lines);
            }
        }
    }
}
