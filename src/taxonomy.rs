//! Themes and their cues as data: the JSON schema of a taxonomy, the built-in default taxonomy, loading a user's
//! file (replacing or extending the default) and validation with errors that name the file and the entry.
//! The cue syntax is described in `taxonomy/README.md`.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::text::Normalized;

/// The default taxonomy's JSON, compiled in.
pub const DEFAULT_TAXONOMY_JSON: &str = include_str!("../taxonomy/default.json");

/// Weight of a cue given as a plain string.
pub const DEFAULT_CUE_WEIGHT: f32 = 0.7;

/// Threshold of a theme that names none.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// A set of themes with their cues, plus sentiment and churn cues.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    /// A name for the taxonomy.
    pub name: String,
    /// `"default"` to add to (and override) the default taxonomy instead of replacing it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extends: Option<String>,
    /// The themes, in display order.
    pub themes: Vec<Theme>,
    /// Cues of positive and negative opinion, for the sentiment score.
    #[serde(default)]
    pub sentiment: SentimentCues,
    /// Cues of a writer announcing they will leave, cancel, switch or complain publicly.
    #[serde(default)]
    pub churn: CueMap,
}

/// Cues per language code.
pub type CueMap = BTreeMap<String, Vec<Cue>>;

/// Positive and negative opinion cues.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentimentCues {
    /// Words of a positive opinion.
    #[serde(default)]
    pub positive: CueMap,
    /// Words of a negative opinion.
    #[serde(default)]
    pub negative: CueMap,
}

/// Whether a theme is a problem or praise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// A problem (complaint theme).
    #[default]
    Negative,
    /// A positive experience.
    Positive,
}

/// One theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stable id: lowercase ASCII letters, digits and `_`.
    pub id: String,
    /// Human-readable name.
    pub name: String,
    /// What the theme covers.
    #[serde(default)]
    pub description: String,
    /// Problem or praise.
    #[serde(default)]
    pub polarity: Polarity,
    /// Score at which the theme is reported (default 0.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f32>,
    /// Cues pointing at the theme, per language.
    #[serde(default)]
    pub cues: CueMap,
    /// Cues that weaken the theme, per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub negative_cues: CueMap,
}

impl Theme {
    /// The threshold in force.
    pub fn threshold(&self) -> f32 {
        self.threshold.unwrap_or(DEFAULT_THRESHOLD)
    }
}

/// A cue: a pattern (see the module docs) and a weight in (0, 1].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Cue {
    /// A pattern with the default weight.
    Plain(String),
    /// A pattern with its own weight.
    Weighted {
        /// The pattern.
        cue: String,
        /// Its weight.
        weight: f32,
    },
}

impl Cue {
    /// The pattern.
    pub fn pattern(&self) -> &str {
        match self {
            Cue::Plain(p) | Cue::Weighted { cue: p, .. } => p,
        }
    }
    /// The weight.
    pub fn weight(&self) -> f32 {
        match self {
            Cue::Plain(_) => DEFAULT_CUE_WEIGHT,
            Cue::Weighted { weight, .. } => *weight,
        }
    }
}

/// How one token of a cue matches a text token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenMatch {
    /// `word`: the whole token.
    Exact,
    /// `root*`: the token starts with it.
    Prefix,
    /// `*tail`: the token ends with it.
    Suffix,
    /// `*part*`: the token contains it.
    Infix,
}

/// One token of a parsed cue.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CueToken {
    /// Normalised text of the token.
    pub text: String,
    /// How it matches.
    pub kind: TokenMatch,
    /// How many other tokens may stand between the previous cue token and this one.
    pub gap_before: u8,
}

/// Most other tokens allowed by `...` in a cue.
pub const MAX_GAP: u8 = 3;

/// Parses a cue pattern into tokens; the error says what is wrong.
pub fn parse_cue(pattern: &str) -> std::result::Result<Vec<CueToken>, String> {
    let mut tokens = Vec::new();
    let mut gap = 0;
    for part in pattern.split_whitespace() {
        if part == "..." {
            if tokens.is_empty() || gap > 0 {
                return Err("`...` must stand between two words".into());
            }
            gap = MAX_GAP;
            continue;
        }
        let (lead, trail) = (part.starts_with('*'), part.ends_with('*') && part.len() > 1);
        let core = part.trim_start_matches('*').trim_end_matches('*');
        if core.contains('*') {
            return Err(format!(
                "`*` may only start or end a word, not stand inside `{part}`"
            ));
        }
        let n = Normalized::new(core, Lang::Other);
        if n.tokens.len() != 1 {
            return Err(format!(
                "`{part}` is not one word (a word is letters and digits, with inner `'` or `-`)"
            ));
        }
        let kind = match (lead, trail) {
            (false, false) => TokenMatch::Exact,
            (false, true) => TokenMatch::Prefix,
            (true, false) => TokenMatch::Suffix,
            (true, true) => TokenMatch::Infix,
        };
        tokens.push(CueToken {
            text: n.token_text(0).to_string(),
            kind,
            gap_before: gap,
        });
        gap = 0;
    }
    if gap > 0 {
        return Err("`...` must stand between two words".into());
    }
    if tokens.is_empty() {
        return Err("empty cue".into());
    }
    Ok(tokens)
}

impl Default for Taxonomy {
    /// The built-in taxonomy (`taxonomy/default.json`).
    fn default() -> Self {
        Taxonomy::from_json("default", DEFAULT_TAXONOMY_JSON)
            .expect("the built-in taxonomy is valid (checked by a test)")
    }
}

fn supported_language(code: &str) -> bool {
    Lang::from_code(code).is_some_and(Lang::is_supported) && code.len() == 2
}

impl Taxonomy {
    /// Parses and validates a taxonomy; `origin` names it in errors. Does not apply `extends`.
    pub fn from_json(origin: &str, json: &str) -> Result<Taxonomy> {
        let taxonomy: Taxonomy = serde_json::from_str(json).map_err(|e| Error::Taxonomy {
            origin: origin.to_string(),
            entry: format!("line {} column {}", e.line(), e.column()),
            message: e.to_string(),
        })?;
        taxonomy.validate(origin)?;
        Ok(taxonomy)
    }

    /// Loads a taxonomy file. A file with `"extends": "default"` is merged into the default taxonomy: themes with
    /// a new id are added, themes with a known id get the file's name, description, polarity and threshold and
    /// their cue lists extended.
    pub fn load(path: &Path) -> Result<Taxonomy> {
        let origin = path.display().to_string();
        let json = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let taxonomy = Taxonomy::from_json(&origin, &json)?;
        match taxonomy.extends.as_deref() {
            None => Ok(taxonomy),
            Some("default") => {
                let mut merged = Taxonomy::default();
                merged.extend(taxonomy);
                merged.validate(&origin)?;
                Ok(merged)
            }
            Some(other) => Err(Error::Taxonomy {
                origin,
                entry: "extends".into(),
                message: format!("can only extend `default`, not `{other}`"),
            }),
        }
    }

    /// Adds `other`'s themes and cues to this taxonomy (see [`Taxonomy::load`]).
    pub fn extend(&mut self, other: Taxonomy) {
        fn merge(into: &mut CueMap, from: CueMap) {
            for (lang, cues) in from {
                into.entry(lang).or_default().extend(cues);
            }
        }
        self.name = format!("{}+{}", self.name, other.name);
        for theme in other.themes {
            match self.themes.iter_mut().find(|t| t.id == theme.id) {
                Some(existing) => {
                    existing.name = theme.name;
                    if !theme.description.is_empty() {
                        existing.description = theme.description;
                    }
                    existing.polarity = theme.polarity;
                    if theme.threshold.is_some() {
                        existing.threshold = theme.threshold;
                    }
                    merge(&mut existing.cues, theme.cues);
                    merge(&mut existing.negative_cues, theme.negative_cues);
                }
                None => self.themes.push(theme),
            }
        }
        merge(&mut self.sentiment.positive, other.sentiment.positive);
        merge(&mut self.sentiment.negative, other.sentiment.negative);
        merge(&mut self.churn, other.churn);
    }

    /// The index of the theme with this id.
    pub fn theme_index(&self, id: &str) -> Option<usize> {
        self.themes.iter().position(|t| t.id == id)
    }

    /// Checks every rule of the schema; the error names the entry at fault.
    pub fn validate(&self, origin: &str) -> Result<()> {
        let fail = |entry: String, message: String| Error::Taxonomy {
            origin: origin.to_string(),
            entry,
            message,
        };
        if self.themes.is_empty() {
            return Err(fail("themes".into(), "no themes".into()));
        }
        let mut seen = HashSet::new();
        for (i, theme) in self.themes.iter().enumerate() {
            let at = format!("themes[{i}] ({})", theme.id);
            if theme.id.is_empty()
                || !theme
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            {
                return Err(fail(
                    at,
                    "id must be lowercase ASCII letters, digits and `_`".into(),
                ));
            }
            if !seen.insert(theme.id.as_str()) {
                return Err(fail(at, format!("duplicate theme id `{}`", theme.id)));
            }
            if theme.name.trim().is_empty() {
                return Err(fail(at, "name is empty".into()));
            }
            if let Some(t) = theme.threshold {
                if !(t > 0.0 && t <= 1.0) {
                    return Err(fail(at, format!("threshold {t} is not in (0, 1]")));
                }
            }
            validate_cues(&theme.cues, &format!("{at}.cues"), &fail)?;
            validate_cues(&theme.negative_cues, &format!("{at}.negative_cues"), &fail)?;
        }
        validate_cues(&self.sentiment.positive, "sentiment.positive", &fail)?;
        validate_cues(&self.sentiment.negative, "sentiment.negative", &fail)?;
        validate_cues(&self.churn, "churn", &fail)?;
        Ok(())
    }
}

fn validate_cues(map: &CueMap, at: &str, fail: &dyn Fn(String, String) -> Error) -> Result<()> {
    for (lang, cues) in map {
        if !supported_language(lang) {
            return Err(fail(
                format!("{at}.{lang}"),
                format!("unsupported language `{lang}` (supported: en, fi, ru)"),
            ));
        }
        for (i, cue) in cues.iter().enumerate() {
            let entry = format!("{at}.{lang}[{i}] `{}`", cue.pattern());
            let w = cue.weight();
            if !(w > 0.0 && w <= 1.0) {
                return Err(fail(entry, format!("weight {w} is not in (0, 1]")));
            }
            parse_cue(cue.pattern()).map_err(|m| fail(entry, m))?;
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn default_taxonomy_is_valid_and_has_the_themes() {
        let t = Taxonomy::default();
        let ids: Vec<_> = t.themes.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "stockout",
                "overpromising",
                "delivery_failure",
                "wrong_item",
                "refund_refusal",
                "staff_conduct",
                "missed_needs",
                "communication_breakdown",
                "pricing",
                "product_quality",
                "praise"
            ]
        );
        for theme in &t.themes {
            for lang in ["en", "fi", "ru"] {
                let n = theme.cues.get(lang).map_or(0, Vec::len);
                assert!(n >= 10, "{} has only {n} {lang} cues", theme.id);
            }
        }
    }

    #[test]
    fn cue_syntax() {
        let ok: &[(&str, &[(&str, TokenMatch, u8)])] = &[
            ("late", &[("late", TokenMatch::Exact, 0)]),
            ("toimit*", &[("toimit", TokenMatch::Prefix, 0)]),
            ("*palvelu*", &[("palvelu", TokenMatch::Infix, 0)]),
            ("*maksu", &[("maksu", TokenMatch::Suffix, 0)]),
            (
                "Не Доставил*",
                &[
                    ("не", TokenMatch::Exact, 0),
                    ("доставил", TokenMatch::Prefix, 0),
                ],
            ),
            (
                "promis* ... days",
                &[
                    ("promis", TokenMatch::Prefix, 0),
                    ("days", TokenMatch::Exact, 3),
                ],
            ),
            ("didn’t", &[("didn't", TokenMatch::Exact, 0)]),
        ];
        for (cue, want) in ok {
            let got = parse_cue(cue).unwrap();
            let got: Vec<_> = got
                .iter()
                .map(|t| (t.text.as_str(), t.kind, t.gap_before))
                .collect();
            assert_eq!(got, *want, "{cue}");
        }
        for bad in [
            "",
            "   ",
            "a ... ",
            "... a",
            "a*b",
            "e.g.",
            "$$$",
            "a ... ... b",
        ] {
            assert!(parse_cue(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn validation_errors_name_the_entry() {
        let cases = [
            (r#"{"name":"x","themes":[]}"#, "no themes"),
            (
                r#"{"name":"x","themes":[{"id":"A","name":"a"}]}"#,
                "themes[0] (A): id must be",
            ),
            (
                r#"{"name":"x","themes":[{"id":"a","name":"a"},{"id":"a","name":"b"}]}"#,
                "duplicate theme id",
            ),
            (
                r#"{"name":"x","themes":[{"id":"a","name":"a","cues":{"sv":["x"]}}]}"#,
                "themes[0] (a).cues.sv: unsupported language",
            ),
            (
                r#"{"name":"x","themes":[{"id":"a","name":"a","cues":{"en":["ok",{"cue":"x","weight":2}]}}]}"#,
                "themes[0] (a).cues.en[1] `x`: weight 2",
            ),
            (
                r#"{"name":"x","themes":[{"id":"a","name":"a","cues":{"fi":["to*mitus"]}}]}"#,
                "cues.fi[0] `to*mitus`",
            ),
            (
                r#"{"name":"x","themes":[{"id":"a","name":"a","cuez":{}}]}"#,
                "unknown field `cuez`",
            ),
            (
                r#"{"name":"x","themes":[{"id":"a","name":"a","threshold":0}]}"#,
                "threshold 0",
            ),
        ];
        for (json, want) in cases {
            let err = Taxonomy::from_json("my.json", json)
                .unwrap_err()
                .to_string();
            assert!(err.starts_with("taxonomy my.json: "), "{err}");
            assert!(err.contains(want), "{err} should contain {want}");
        }
    }

    #[test]
    fn extending_the_default() {
        let mut t = Taxonomy::default();
        let before = t.themes[0].cues["en"].len();
        let extra = Taxonomy::from_json(
            "extra",
            r#"{"name":"shop","extends":"default","themes":[
                {"id":"stockout","name":"Out of stock","cues":{"en":["backorder*"]}},
                {"id":"app_login","name":"App login","cues":{"en":["can't log in"]}}]}"#,
        )
        .unwrap();
        t.extend(extra);
        assert_eq!(t.themes[0].cues["en"].len(), before + 1);
        assert_eq!(t.themes.last().unwrap().id, "app_login");
        assert_eq!(t.themes.len(), 12);
    }
}
