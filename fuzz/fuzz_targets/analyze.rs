//! Fuzz target: analysing any text never panics and evidence offsets stay on char boundaries inside the text.
#![no_main]

use std::sync::OnceLock;

use feedback_themes::{Analyzer, Taxonomy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    let analyzer = ANALYZER.get_or_init(|| Analyzer::new(Taxonomy::default()).unwrap());
    let text = String::from_utf8_lossy(data);
    let a = analyzer.analyze(&text);
    for theme in &a.themes {
        for e in &theme.evidence {
            assert!(
                e.end <= text.len()
                    && text.is_char_boundary(e.start)
                    && text.is_char_boundary(e.end)
            );
            assert!(text.is_char_boundary(e.match_start) && text.is_char_boundary(e.match_end));
            assert_eq!(&text[e.start..e.end], e.text);
        }
    }
});
