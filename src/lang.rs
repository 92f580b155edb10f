//! Language identification (interim version; replaced by the full detector).

use std::fmt;

/// Language of a text, as the analyser uses it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Finnish.
    Fi,
    /// Russian.
    Ru,
    /// Another language.
    Other,
    /// Too little evidence.
    Unknown,
}

impl Lang {
    /// The supported languages.
    pub const SUPPORTED: [Lang; 3] = [Lang::En, Lang::Fi, Lang::Ru];
    /// The code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Ru => "ru",
            Lang::Other => "other",
            Lang::Unknown => "unknown",
        }
    }
    /// Parses a code.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "" => None,
            "en" | "eng" | "english" => Some(Lang::En),
            "fi" | "fin" | "finnish" => Some(Lang::Fi),
            "ru" | "rus" | "russian" => Some(Lang::Ru),
            "unknown" => Some(Lang::Unknown),
            _ => Some(Lang::Other),
        }
    }
    /// en/fi/ru.
    pub fn is_supported(self) -> bool {
        matches!(self, Lang::En | Lang::Fi | Lang::Ru)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A guess.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LangGuess {
    /// Language.
    pub lang: Lang,
    /// Confidence.
    pub confidence: f32,
    /// Detected code.
    pub detected: Option<&'static str>,
}

/// Detector.
#[derive(Debug, Clone, Default)]
pub struct LangDetector {}

impl LangDetector {
    /// New.
    pub fn new() -> Self {
        LangDetector {}
    }
    /// Detect.
    pub fn detect(&self, text: &str) -> LangGuess {
        match whatlang::detect(text) {
            Some(info) => {
                let (lang, code) = match info.lang() {
                    whatlang::Lang::Eng => (Lang::En, "en"),
                    whatlang::Lang::Fin => (Lang::Fi, "fi"),
                    whatlang::Lang::Rus => (Lang::Ru, "ru"),
                    _ => (Lang::Other, "xx"),
                };
                LangGuess {
                    lang,
                    confidence: info.confidence() as f32,
                    detected: Some(code),
                }
            }
            None => LangGuess {
                lang: Lang::Unknown,
                confidence: 0.0,
                detected: None,
            },
        }
    }
}

/// Detect.
pub fn detect(text: &str) -> LangGuess {
    LangDetector::new().detect(text)
}
