//! The analyser: detects a text's language, normalises it, matches the taxonomy's cues, combines them (and the
//! learned model, when one is loaded) into theme scores with evidence, and derives sentiment and churn risk.
//! An [`Analyzer`] is immutable after construction, `Send + Sync`, and deterministic.

use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::cues::{CueHit, CueMatcher, CueMatcherBuilder, CueTarget, MatchScratch};
use crate::error::Result;
use crate::lang::{Lang, LangDetector};
use crate::model::{FeatureInput, Model, ScoreCache, WordCache};
use crate::taxonomy::{Polarity, Taxonomy};
use crate::text::{Normalized, Stemmers};

/// Default cap on the bytes of one text that are analysed (the rest is ignored, with a warning).
pub const DEFAULT_MAX_ANALYZED_BYTES: usize = 256 << 10;

/// Most evidence items kept per theme.
pub const MAX_EVIDENCE: usize = 3;

/// The result of analysing one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Language the text was analysed as.
    pub lang: Lang,
    /// Confidence of the language decision, 0..1 (1 when given by the caller).
    pub lang_confidence: f32,
    /// ISO 639-1 code of the detected language when known (e.g. `sv` for a text that is `other`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang_detected: Option<&'static str>,
    /// Reported themes, highest score first.
    pub themes: Vec<ThemeHit>,
    /// Overall attitude.
    pub sentiment: Sentiment,
    /// The writer announces or threatens leaving, cancelling, switching, a chargeback or a public bad review.
    pub churn_risk: bool,
    /// Problems that did not stop the analysis (e.g. a text cut to the analysis limit).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Analysis {
    /// The ids of the reported themes, highest score first.
    pub fn theme_ids(&self) -> Vec<&str> {
        self.themes.iter().map(|t| t.id.as_ref()).collect()
    }
}

/// A reported theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeHit {
    /// The theme's id.
    pub id: Arc<str>,
    /// Score in [0, 1]; the theme is reported because it reached the theme's threshold.
    pub score: f32,
    /// Where in the text the theme was found.
    pub evidence: Vec<Evidence>,
}

/// A piece of evidence: the sentence that holds a cue, and the cue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// Byte offset where the sentence starts in the original text.
    pub start: usize,
    /// Byte offset where the sentence ends.
    pub end: usize,
    /// The sentence.
    pub text: String,
    /// The cue (taxonomy pattern, or `model:<feature>` for the learned model).
    pub cue: String,
    /// Byte range of the matched words in the original text.
    pub match_start: usize,
    /// End of the matched words.
    pub match_end: usize,
}

/// Overall attitude of a text.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Sentiment {
    /// `negative`, `neutral` or `positive`.
    pub label: SentimentLabel,
    /// −1 (very negative) … 1 (very positive).
    pub score: f32,
}

/// Sentiment label.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum SentimentLabel {
    /// Negative.
    Negative,
    /// Neutral.
    Neutral,
    /// Positive.
    Positive,
}

impl SentimentLabel {
    /// The label as written in output.
    pub fn as_str(self) -> &'static str {
        match self {
            SentimentLabel::Negative => "negative",
            SentimentLabel::Neutral => "neutral",
            SentimentLabel::Positive => "positive",
        }
    }
}

/// Options of an [`Analyzer`].
#[derive(Debug, Clone)]
pub struct AnalyzerOptions {
    /// Analyse every text as this language instead of detecting it.
    pub force_lang: Option<Lang>,
    /// Bytes of a text analysed at most.
    pub max_analyzed_bytes: usize,
    /// Added to every theme's threshold (negative values report more themes).
    pub threshold_offset: f32,
}

impl Default for AnalyzerOptions {
    fn default() -> Self {
        AnalyzerOptions {
            force_lang: None,
            max_analyzed_bytes: DEFAULT_MAX_ANALYZED_BYTES,
            threshold_offset: 0.0,
        }
    }
}

/// Builds an [`Analyzer`] with options.
#[derive(Debug, Default)]
pub struct AnalyzerBuilder {
    taxonomy: Option<Taxonomy>,
    model: Option<Model>,
    options: AnalyzerOptions,
    use_cues: Option<bool>,
    no_default_model: bool,
}

impl AnalyzerBuilder {
    /// Uses this taxonomy (default: [`Taxonomy::default`]).
    pub fn taxonomy(mut self, taxonomy: Taxonomy) -> Self {
        self.taxonomy = Some(taxonomy);
        self
    }
    /// Combines the cues with this learned model.
    pub fn model(mut self, model: Model) -> Self {
        self.model = Some(model);
        self
    }
    /// Does not attach the built-in model (which is otherwise used when the taxonomy's theme ids are the default
    /// ones): themes are then scored by cues alone.
    pub fn without_default_model(mut self) -> Self {
        self.no_default_model = true;
        self
    }
    /// Uses taxonomy cues for theme scores (default true). With `false` and a model, only the model scores themes.
    pub fn use_cues(mut self, yes: bool) -> Self {
        self.use_cues = Some(yes);
        self
    }
    /// Analyses every text as `lang`.
    pub fn force_lang(mut self, lang: Option<Lang>) -> Self {
        self.options.force_lang = lang;
        self
    }
    /// Caps the bytes analysed per text.
    pub fn max_analyzed_bytes(mut self, bytes: usize) -> Self {
        self.options.max_analyzed_bytes = bytes.max(1);
        self
    }
    /// Shifts every theme threshold.
    pub fn threshold_offset(mut self, offset: f32) -> Self {
        self.options.threshold_offset = offset;
        self
    }
    /// Compiles the taxonomy and returns the analyser.
    pub fn build(self) -> Result<Analyzer> {
        let taxonomy = self.taxonomy.unwrap_or_default();
        taxonomy.validate(&taxonomy.name)?;
        let mut matchers = Vec::new();
        for lang in Lang::SUPPORTED {
            let code = lang.code();
            let mut b = CueMatcherBuilder::default();
            for (i, theme) in taxonomy.themes.iter().enumerate() {
                if let Some(cues) = theme.cues.get(code) {
                    b.add(
                        cues,
                        CueTarget::Theme(i),
                        &format!("themes[{i}].cues.{code}"),
                    )?;
                }
                if let Some(cues) = theme.negative_cues.get(code) {
                    b.add(
                        cues,
                        CueTarget::AgainstTheme(i),
                        &format!("themes[{i}].negative_cues.{code}"),
                    )?;
                }
            }
            if let Some(cues) = taxonomy.sentiment.positive.get(code) {
                b.add(
                    cues,
                    CueTarget::Positive,
                    &format!("sentiment.positive.{code}"),
                )?;
            }
            if let Some(cues) = taxonomy.sentiment.negative.get(code) {
                b.add(
                    cues,
                    CueTarget::Negative,
                    &format!("sentiment.negative.{code}"),
                )?;
            }
            if let Some(cues) = taxonomy.churn.get(code) {
                b.add(cues, CueTarget::Churn, &format!("churn.{code}"))?;
            }
            matchers.push(b.build()?);
        }
        let model = match self.model {
            Some(model) => {
                model.check_taxonomy(&taxonomy)?;
                Some(model)
            }
            None if self.no_default_model => None,
            None => {
                let model = Model::default_model();
                model.check_taxonomy(&taxonomy).is_ok().then_some(model)
            }
        };
        let theme_ids = taxonomy
            .themes
            .iter()
            .map(|t| Arc::from(t.id.as_str()))
            .collect();
        Ok(Analyzer {
            taxonomy: Arc::new(taxonomy),
            theme_ids,
            matchers,
            detector: LangDetector::new(),
            stemmers: Stemmers::default(),
            model,
            use_cues: self.use_cues.unwrap_or(true),
            options: self.options,
        })
    }
}

/// Analyses feedback texts. Build once, share across threads.
///
/// ```
/// use feedback_themes::{Analyzer, Taxonomy};
/// let analyzer = Analyzer::new(Taxonomy::default())?;
/// let a = analyzer.analyze("The parcel never arrived and nobody answers my emails.");
/// assert_eq!(a.lang.code(), "en");
/// assert!(a.theme_ids().contains(&"delivery_failure"));
/// let evidence = &a.themes[0].evidence[0];
/// assert!(!evidence.text.is_empty());
/// # Ok::<(), feedback_themes::Error>(())
/// ```
#[derive(Debug)]
pub struct Analyzer {
    taxonomy: Arc<Taxonomy>,
    theme_ids: Vec<Arc<str>>,
    matchers: Vec<CueMatcher>,
    detector: LangDetector,
    stemmers: Stemmers,
    model: Option<Model>,
    use_cues: bool,
    options: AnalyzerOptions,
}

/// Per-call working memory of [`Analyzer::analyze`]; reuse it with [`Analyzer::analyze_with`] to avoid allocation.
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    normalized: Normalized,
    match_scratch: MatchScratch,
    hits: Vec<CueHit>,
    origins: Vec<(u32, u32)>,
    word_cache: WordCache,
    score_cache: ScoreCache,
}

impl Scratch {
    /// The text last analysed in a supported language, as normalised for the cues and the model.
    pub(crate) fn normalized(&self) -> &Normalized {
        &self.normalized
    }
}

/// Scratch spaces kept across rayon jobs: `map_init` makes a fresh state for every piece of work it
/// splits off, which would throw away the per-thread word cache many times per batch.
#[derive(Default)]
pub(crate) struct ScratchPool(std::sync::Mutex<Vec<Scratch>>);

impl ScratchPool {
    /// A scratch space from the pool (or a new one); it returns to the pool when dropped.
    pub(crate) fn take(&self) -> PooledScratch<'_> {
        let scratch = self
            .0
            .lock()
            .map(|mut v| v.pop())
            .unwrap_or_default()
            .unwrap_or_default();
        PooledScratch {
            scratch: Some(scratch),
            pool: self,
        }
    }
}

/// A [`Scratch`] borrowed from a [`ScratchPool`].
pub(crate) struct PooledScratch<'a> {
    scratch: Option<Scratch>,
    pool: &'a ScratchPool,
}

impl PooledScratch<'_> {
    pub(crate) fn get(&mut self) -> &mut Scratch {
        self.scratch.get_or_insert_with(Scratch::default)
    }
}

impl Drop for PooledScratch<'_> {
    fn drop(&mut self) {
        if let (Some(s), Ok(mut pool)) = (self.scratch.take(), self.pool.0.lock()) {
            pool.push(s);
        }
    }
}

/// Cue evidence summed per target for one text.
struct CueScores {
    /// Cue score per theme (negative cues applied).
    themes: Vec<f32>,
    /// (weight, hit, pattern) per theme.
    evidence: Vec<Vec<(f32, CueHit, String)>>,
    pos: f32,
    neg: f32,
    churn: f32,
}

fn noisy_or(acc: f32, w: f32) -> f32 {
    1.0 - (1.0 - acc) * (1.0 - w)
}

/// Rounds to 3 decimals, so output is stable and short.
pub(crate) fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

impl Analyzer {
    /// An analyser for `taxonomy` with default options.
    pub fn new(taxonomy: Taxonomy) -> Result<Analyzer> {
        Analyzer::builder().taxonomy(taxonomy).build()
    }

    /// A builder for options.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The taxonomy in use.
    pub fn taxonomy(&self) -> &Taxonomy {
        &self.taxonomy
    }

    /// The stemmers in use.
    pub fn stemmers(&self) -> &Stemmers {
        &self.stemmers
    }

    /// Analyses one text, detecting its language.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_with(text, None, &mut Scratch::default())
    }

    /// Analyses many texts in parallel (rayon); results are in input order.
    pub fn analyze_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Analysis> {
        let pool = ScratchPool::default();
        texts
            .par_iter()
            .map_init(
                || pool.take(),
                |scratch, t| self.analyze_with(t.as_ref(), None, scratch.get()),
            )
            .collect()
    }

    /// Analyses one text; `lang` (e.g. from the input's language field) overrides detection unless the analyser
    /// forces a language.
    pub fn analyze_with(&self, text: &str, lang: Option<Lang>, scratch: &mut Scratch) -> Analysis {
        let mut warnings = Vec::new();
        let text = if text.len() > self.options.max_analyzed_bytes {
            let cut = floor_char_boundary(text, self.options.max_analyzed_bytes);
            warnings.push(format!(
                "text is {} bytes: only the first {} were analysed",
                text.len(),
                cut
            ));
            &text[..cut]
        } else {
            text
        };
        let (lang, lang_confidence, lang_detected) = match self.options.force_lang.or(lang) {
            Some(lang) => (lang, 1.0, None),
            None => {
                let g = self.detector.detect(text);
                (g.lang, g.confidence, g.detected)
            }
        };
        let mut analysis = Analysis {
            lang,
            lang_confidence: round3(lang_confidence),
            lang_detected,
            themes: Vec::new(),
            sentiment: Sentiment {
                label: SentimentLabel::Neutral,
                score: 0.0,
            },
            churn_risk: false,
            warnings,
        };
        let Some(li) = Lang::SUPPORTED.iter().position(|&l| l == lang) else {
            return analysis;
        };
        let matcher = &self.matchers[li];
        let CueScores {
            themes: cue_scores,
            mut evidence,
            mut pos,
            mut neg,
            churn,
        } = self.score_cues(text, lang, matcher, scratch);
        let n_themes = cue_scores.len();
        let model_scores = self.model.as_ref().map(|m| {
            let input = FeatureInput {
                lang,
                text: &scratch.normalized,
                stemmers: &self.stemmers,
                hits: &scratch.hits,
                matcher,
            };
            m.predict(&input, &mut scratch.origins, &mut scratch.score_cache)
        });
        for t in 0..n_themes {
            let theme = &self.taxonomy.themes[t];
            let cue_score = cue_scores[t];
            let (score, threshold) = match (&self.model, &model_scores) {
                (Some(model), Some(m)) if self.use_cues => {
                    (model.combine(t, cue_score, theme.threshold(), m[t]), 0.5)
                }
                (Some(model), Some(m)) => (model.model_only(t, m[t]), 0.5),
                _ => (cue_score, theme.threshold()),
            };
            if score < threshold + self.options.threshold_offset || score <= 0.0 {
                continue;
            }
            let mut items = std::mem::take(&mut evidence[t]);
            if let (Some(model), true) = (&self.model, items.is_empty()) {
                if let Some((token, word)) = model.explain(t, &scratch.normalized, &scratch.origins)
                {
                    let hit = CueHit {
                        cue: 0,
                        first_token: token,
                        last_token: token,
                    };
                    items.push((1.0, hit, format!("model:{word}")));
                }
            }
            items.sort_by(|a, b| {
                b.0.total_cmp(&a.0)
                    .then(a.1.first_token.cmp(&b.1.first_token))
            });
            // (`score_cues` already dropped cues inside a stronger cue's match.)
            items.truncate(MAX_EVIDENCE);
            let evidence = items
                .into_iter()
                .map(|(_, hit, cue)| self.evidence(text, &scratch.normalized, hit, cue))
                .collect();
            analysis.themes.push(ThemeHit {
                id: self.theme_ids[t].clone(),
                score: round3(score.min(1.0)),
                evidence,
            });
            match theme.polarity {
                Polarity::Positive => pos = noisy_or(pos, 0.8 * score),
                Polarity::Negative => neg = noisy_or(neg, 0.85 * score),
            }
        }
        analysis
            .themes
            .sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        let score = (pos - neg).clamp(-1.0, 1.0);
        analysis.sentiment = Sentiment {
            label: if score >= 0.25 {
                SentimentLabel::Positive
            } else if score <= -0.25 {
                SentimentLabel::Negative
            } else {
                SentimentLabel::Neutral
            },
            score: round3(score),
        };
        analysis.churn_risk = churn >= 0.5;
        analysis
    }

    /// The learned model's input for one text: hashed features and the cue-only score of each theme, computed
    /// as [`Analyzer::analyze_with`] would (used to train a model).
    pub fn training_features(
        &self,
        text: &str,
        lang: Option<Lang>,
        scratch: &mut Scratch,
    ) -> (Vec<(u32, f32)>, Vec<f32>) {
        let text = &text[..floor_char_boundary(text, self.options.max_analyzed_bytes)];
        let lang = lang.unwrap_or_else(|| self.detector.detect(text).lang);
        let n_themes = self.taxonomy.themes.len();
        let Some(li) = Lang::SUPPORTED.iter().position(|&l| l == lang) else {
            return (Vec::new(), vec![0.0; n_themes]);
        };
        let matcher = &self.matchers[li];
        let scores = self.score_cues(text, lang, matcher, scratch).themes;
        let mut features = Vec::new();
        let input = FeatureInput {
            lang,
            text: &scratch.normalized,
            stemmers: &self.stemmers,
            hits: &scratch.hits,
            matcher,
        };
        crate::model::features(&input, &mut scratch.word_cache, &mut features, None);
        (features, scores)
    }

    /// Normalises `text`, finds its cues and sums them per target. Each distinct cue counts once; hits are in text
    /// order, so the first occurrence is kept as evidence.
    fn score_cues(
        &self,
        text: &str,
        lang: Lang,
        matcher: &CueMatcher,
        scratch: &mut Scratch,
    ) -> CueScores {
        scratch.normalized.fill(text, lang);
        scratch.hits.clear();
        matcher.find(
            &scratch.normalized,
            &mut scratch.match_scratch,
            &mut scratch.hits,
        );
        let n_themes = self.taxonomy.themes.len();
        let mut scores = CueScores {
            themes: vec![0.0; n_themes],
            evidence: vec![Vec::new(); n_themes],
            pos: 0.0,
            neg: 0.0,
            churn: 0.0,
        };
        let mut against = vec![1.0f32; n_themes];
        let mut seen = vec![false; matcher.cues().len()];
        for &hit in &scratch.hits {
            if std::mem::replace(&mut seen[hit.cue as usize], true) {
                continue;
            }
            let cue = &matcher.cues()[hit.cue as usize];
            match cue.target {
                CueTarget::Theme(t) => {
                    scores.evidence[t].push((cue.weight, hit, cue.pattern.clone()));
                }
                CueTarget::AgainstTheme(t) => against[t] *= 1.0 - cue.weight,
                CueTarget::Positive => scores.pos = noisy_or(scores.pos, cue.weight),
                CueTarget::Negative => scores.neg = noisy_or(scores.neg, cue.weight),
                CueTarget::Churn => scores.churn = noisy_or(scores.churn, cue.weight),
            }
        }
        // Cues of a theme that match the same words ("stock" inside "out of stock") count once, at the
        // strongest weight: evidence sorted by weight, then position, keeps the non-overlapping matches.
        for (t, items) in scores.evidence.iter_mut().enumerate() {
            items.sort_by(|a, b| {
                b.0.total_cmp(&a.0)
                    .then(a.1.first_token.cmp(&b.1.first_token))
            });
            let mut kept: Vec<(f32, CueHit, String)> = Vec::with_capacity(items.len());
            for item in items.drain(..) {
                let overlaps = kept.iter().any(|k| {
                    item.1.first_token <= k.1.last_token && k.1.first_token <= item.1.last_token
                });
                if !overlaps {
                    scores.themes[t] = noisy_or(scores.themes[t], item.0);
                    kept.push(item);
                }
            }
            *items = kept;
        }
        for (s, a) in scores.themes.iter_mut().zip(against) {
            *s *= a;
        }
        scores
    }

    fn evidence(&self, text: &str, n: &Normalized, hit: CueHit, cue: String) -> Evidence {
        let first = n.tokens[hit.first_token as usize];
        let last = n.tokens[hit.last_token as usize];
        let sentence = &n.sentences[first.sentence as usize];
        Evidence {
            start: sentence.span.start,
            end: sentence.span.end,
            text: text[sentence.span.clone()].to_string(),
            cue,
            match_start: first.start,
            match_end: last.end,
        }
    }
}

/// The largest char boundary of `text` at or below `max`.
pub(crate) fn floor_char_boundary(text: &str, max: usize) -> usize {
    if max >= text.len() {
        return text.len();
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyzer() -> Analyzer {
        Analyzer::new(Taxonomy::default()).unwrap()
    }

    /// The model's probabilities computed the slow way: the logistic of bias + weights · features.
    fn reference_probabilities(analyzer: &Analyzer, text: &str, lang: Lang) -> Vec<f32> {
        let model = analyzer.model.as_ref().unwrap();
        let (features, _) = analyzer.training_features(text, Some(lang), &mut Scratch::default());
        model
            .themes
            .iter()
            .map(|m| {
                let weights: std::collections::HashMap<u32, f32> =
                    m.weights.iter().copied().collect();
                let z: f32 = features
                    .iter()
                    .map(|(b, v)| weights.get(b).copied().unwrap_or(0.0) * v)
                    .sum();
                1.0 / (1.0 + (-(m.bias + z)).exp())
            })
            .collect()
    }

    #[test]
    fn cached_prediction_equals_the_dot_product_of_the_features() {
        let default = analyzer();
        // A second model with other weights: a scratch reused across analysers must not mix them up.
        let mut other_model = crate::model::Model::default_model();
        for theme in &mut other_model.themes {
            for w in &mut theme.weights {
                w.1 = -w.1;
            }
        }
        let other_model =
            crate::model::Model::from_json("negated", &other_model.to_json()).unwrap();
        let other = Analyzer::builder().model(other_model).build().unwrap();
        let texts = [
            (
                "The printer was out of stock and nobody offered an alternative.",
                Lang::En,
            ),
            (
                "Not late at all, the parcel arrived on time. Thanks!",
                Lang::En,
            ),
            ("ok", Lang::En),
            ("2024 12 31", Lang::En),
            (
                "Toimitus myöhästyi kaksi viikkoa, eikä kukaan vastannut sähköposteihin.",
                Lang::Fi,
            ),
            ("Toimitus tuli ajallaan, kiitos.", Lang::Fi),
            (
                "Заказ так и не доставили, деньги не вернули. 3 недели жду",
                Lang::Ru,
            ),
            ("доставили вовремя", Lang::Ru),
        ];
        let mut scratch = Scratch::default();
        for round in 0..2 {
            for analyzer in [&default, &other] {
                for (text, lang) in texts {
                    let li = Lang::SUPPORTED.iter().position(|&l| l == lang).unwrap();
                    let matcher = &analyzer.matchers[li];
                    analyzer.score_cues(text, lang, matcher, &mut scratch);
                    let input = FeatureInput {
                        lang,
                        text: &scratch.normalized,
                        stemmers: &analyzer.stemmers,
                        hits: &scratch.hits,
                        matcher,
                    };
                    let model = analyzer.model.as_ref().unwrap();
                    let got = model.predict(&input, &mut scratch.origins, &mut scratch.score_cache);
                    let want = reference_probabilities(analyzer, text, lang);
                    for (t, (g, w)) in got.iter().zip(&want).enumerate() {
                        assert!(
                            (g - w).abs() < 1e-5,
                            "round {round}, {text:?}, theme {t}: {g} vs {w}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn analyzer_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Analyzer>();
    }

    #[test]
    fn evidence_offsets_are_exact() {
        let a = analyzer();
        let text = "Hello there. My parcel never arrived!";
        let r = a.analyze(text);
        for theme in &r.themes {
            for e in &theme.evidence {
                assert_eq!(&text[e.start..e.end], e.text);
                assert!(e.start <= e.match_start && e.match_end <= e.end);
            }
        }
    }

    #[test]
    fn long_text_is_capped_with_warning() {
        let a = Analyzer::builder().max_analyzed_bytes(100).build().unwrap();
        let text = "ä".repeat(200);
        let r = a.analyze(&text);
        assert_eq!(r.warnings.len(), 1);
    }

    #[test]
    fn forced_language() {
        let a = Analyzer::builder()
            .force_lang(Some(Lang::Fi))
            .build()
            .unwrap();
        let r = a.analyze("hello");
        assert_eq!((r.lang, r.lang_confidence), (Lang::Fi, 1.0));
    }
}
