//! The learned classifier: one logistic regression per theme over hashed features that suit all three languages
//! (Snowball stems with negation marks, stem bigrams, character n-grams inside words that survive Finnish
//! compounding and inflection, and the taxonomy's cue hits), trained from labelled JSONL with per-theme thresholds
//! chosen on held-out data, and combined with the cue scores.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::cues::{CueHit, CueMatcher, CueTarget};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::taxonomy::Taxonomy;
use crate::text::{Normalized, Stemmers};

/// The default model, trained on `corpora/train` (regenerate with
/// `cargo run --release -- train corpora/train -o model/default.json`).
pub const DEFAULT_MODEL_JSON: &str = include_str!("../model/default.json");

/// Format tag written into model files.
pub const MODEL_FORMAT: &str = "feedback-themes-model/2";

/// Number of hash buckets of the feature space.
pub const BUCKETS: u32 = 1 << 18;

/// A trained model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// Always [`MODEL_FORMAT`].
    pub format: String,
    /// The theme ids, in the order of `themes`.
    pub theme_ids: Vec<String>,
    /// Per-theme parameters.
    pub themes: Vec<ThemeModel>,
    /// How the model was trained (for people; not used).
    #[serde(default)]
    pub trained_on: BTreeMap<String, usize>,
    /// The weights, bucket-major, for scoring: one row of per-theme weights for each bucket any theme
    /// uses, so one pass over a text's features scores every theme and the table stays small enough for
    /// the cache.
    #[serde(skip)]
    matrix: std::sync::Arc<SparseMatrix>,
}

/// Bucket-major weights of the buckets that carry any. A bucket's row number is its rank among the
/// present buckets: the rows before its block of 64 plus the present buckets below it in the block.
#[derive(Debug, Default, PartialEq)]
struct SparseMatrix {
    /// One bit per bucket: whether it has a row (32 KB: the many features the model has no weight
    /// for cost no trip further).
    present: Vec<u64>,
    /// Per block of 64 buckets: the number of rows before it (16 KB).
    block_start: Vec<u32>,
    rows: Vec<f32>,
}

impl SparseMatrix {
    /// Builds the matrix from each theme's (bucket, weight) lists.
    fn new(themes: &[ThemeModel]) -> SparseMatrix {
        let n = themes.len();
        let mut present = vec![0u64; (BUCKETS as usize).div_ceil(64)];
        for theme in themes {
            for &(b, _) in &theme.weights {
                present[b as usize / 64] |= 1 << (b % 64);
            }
        }
        let mut block_start = Vec::with_capacity(present.len());
        let mut n_rows = 0u32;
        for word in &present {
            block_start.push(n_rows);
            n_rows += word.count_ones();
        }
        let mut matrix = SparseMatrix {
            present,
            block_start,
            rows: vec![0.0; n_rows as usize * n],
        };
        for (t, theme) in themes.iter().enumerate() {
            for &(b, w) in &theme.weights {
                let r = matrix.rank(b);
                matrix.rows[r * n + t] = w;
            }
        }
        matrix
    }

    /// The row number of a present bucket.
    fn rank(&self, bucket: u32) -> usize {
        let block = bucket as usize / 64;
        let below = self.present[block] & ((1u64 << (bucket % 64)) - 1);
        self.block_start[block] as usize + below.count_ones() as usize
    }

    fn row(&self, bucket: u32, themes: usize) -> Option<&[f32]> {
        let word = self.present.get(bucket as usize / 64).copied().unwrap_or(0);
        if word & (1 << (bucket % 64)) == 0 {
            return None;
        }
        let start = self.rank(bucket) * themes;
        self.rows.get(start..start + themes)
    }
}

/// One theme's classifier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeModel {
    /// Intercept.
    pub bias: f32,
    /// Probability at which the model alone would report the theme (chosen on out-of-fold
    /// predictions); it maps to 0.5 in the calibrated score.
    pub model_threshold: f32,
    /// Non-zero weights as (bucket, weight), sorted by bucket; in the file, packed (see [`packed_weights`]).
    #[serde(with = "packed_weights")]
    pub weights: Vec<(u32, f32)>,
    /// Weighted mean of the two experts' calibrated scores (cues 0.4, model 0.6) at which the combined
    /// scorer reports the theme (chosen on out-of-fold predictions); it maps to 0.5 in the combined
    /// score. Older files lack it: 0.5.
    #[serde(default = "half")]
    pub combined_threshold: f32,
}

fn half() -> f32 {
    0.5
}

/// What the features of one text are computed from.
#[derive(Clone, Copy)]
pub(crate) struct FeatureInput<'a> {
    pub(crate) lang: Lang,
    pub(crate) text: &'a Normalized,
    pub(crate) stemmers: &'a Stemmers,
    pub(crate) hits: &'a [CueHit],
    pub(crate) matcher: &'a CueMatcher,
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
}

fn fnv_finish(h: u64) -> u32 {
    ((h >> 32) ^ h) as u32 % BUCKETS
}

/// FNV-1a over a language tag, a feature kind and bytes: stable across runs and platforms.
fn hash_feature(lang: Lang, kind: u8, parts: &[&[u8]]) -> u32 {
    let mut h = fnv_byte(fnv_byte(FNV_START, lang as u8), kind);
    for part in parts {
        for &b in *part {
            h = fnv_byte(h, b);
        }
        h = fnv_byte(h, 0xff);
    }
    fnv_finish(h)
}

/// What a word contributes to the features, whatever its context: its stem, the hashes of the stem
/// (plain and negated) and of its character 4-grams.
#[derive(Debug, Clone)]
struct WordFeatures {
    stem: Box<str>,
    plain: u32,
    negated: u32,
    grams: Box<[u32]>,
}

/// Per-thread memo of [`WordFeatures`] by (language, word): stemming and n-gram hashing cost more than
/// the rest of the model, and feedback repeats its words. Cleared when it grows past a bound.
#[derive(Debug, Default, Clone)]
pub(crate) struct WordCache {
    /// One map per language (indexed by `Lang as usize`).
    words: Vec<std::collections::HashMap<Box<str>, WordFeatures, WordHasher>>,
    len: usize,
}

impl WordCache {
    fn reset_if_full(&mut self) {
        if self.len > WORD_CACHE_LIMIT || self.words.is_empty() {
            self.words = (0..5).map(|_| Default::default()).collect();
            self.len = 0;
        }
    }

    fn word(&mut self, lang: Lang, word: &str, stemmers: &Stemmers) -> &WordFeatures {
        let words = &mut self.words[lang as usize];
        if !words.contains_key(word) {
            words.insert(word.into(), word_features(lang, word, stemmers));
            self.len += 1;
        }
        &words[word]
    }
}

/// What a word contributes to every theme's score under one model: the weights of its stem plus half those
/// of its character n-grams, summed when the word is first seen.
#[derive(Debug, Clone, Copy)]
struct WordScores {
    /// Byte range of the stem in [`ScoreCache::stems`].
    stem: (u32, u32),
    plain: u32,
    negated: u32,
    /// The word's share of the squared L2 norm of the features (1 for the stem, 1/4 per n-gram).
    square: f32,
}

/// Per-thread memo of [`WordScores`] by (language, word) for the model it was filled for; reset when
/// used with another model or when it grows past a bound.
#[derive(Debug, Default, Clone)]
pub(crate) struct ScoreCache {
    /// The weights the sums were computed from (compared by pointer).
    matrix: Option<std::sync::Arc<SparseMatrix>>,
    /// One map per language (indexed by `Lang as usize`) to an index into `entries`.
    words: Vec<std::collections::HashMap<Box<str>, u32, WordHasher>>,
    entries: Vec<WordScores>,
    /// Per entry, `2 * themes` sums: per theme with the plain stem, then with the negated stem.
    sums: Vec<f32>,
    /// The entries' stems, concatenated.
    stems: String,
}

impl ScoreCache {
    fn prepare(&mut self, matrix: &std::sync::Arc<SparseMatrix>) {
        let same = self
            .matrix
            .as_ref()
            .is_some_and(|m| std::sync::Arc::ptr_eq(m, matrix));
        if !same || self.entries.len() >= WORD_CACHE_LIMIT || self.words.is_empty() {
            if self.words.is_empty() {
                self.words = (0..5).map(|_| Default::default()).collect();
            }
            self.words.iter_mut().for_each(|w| w.clear());
            self.entries.clear();
            self.sums.clear();
            self.stems.clear();
            self.matrix = Some(matrix.clone());
        }
    }

    /// The stem and the sums (plain, then negated) of `word`.
    fn word(
        &mut self,
        lang: Lang,
        word: &str,
        stemmers: &Stemmers,
        matrix: &SparseMatrix,
        themes: usize,
    ) -> (&str, WordScores, &[f32]) {
        let index = match self.words[lang as usize].get(word) {
            Some(&i) => i as usize,
            None => self.insert(lang, word, stemmers, matrix, themes),
        };
        let e = self.entries[index];
        (
            &self.stems[e.stem.0 as usize..e.stem.1 as usize],
            e,
            &self.sums[index * 2 * themes..(index + 1) * 2 * themes],
        )
    }

    fn insert(
        &mut self,
        lang: Lang,
        word: &str,
        stemmers: &Stemmers,
        matrix: &SparseMatrix,
        themes: usize,
    ) -> usize {
        let stem = stemmers.stem(lang, word);
        let plain = hash_feature(lang, b'w', &[b"", stem.as_bytes()]);
        let negated = hash_feature(lang, b'w', &[b"!", stem.as_bytes()]);
        let start = self.sums.len();
        self.sums.resize(start + 2 * themes, 0.0);
        let (plain_sums, negated_sums) = self.sums[start..].split_at_mut(themes);
        for (sums, bucket) in [(&mut *plain_sums, plain), (&mut *negated_sums, negated)] {
            if let Some(row) = matrix.row(bucket, themes) {
                sums.copy_from_slice(row);
            }
        }
        let mut grams = 0usize;
        gram_hashes(lang, word, |g| {
            grams += 1;
            if let Some(row) = matrix.row(g, themes) {
                for ((p, n), w) in plain_sums.iter_mut().zip(negated_sums.iter_mut()).zip(row) {
                    *p += 0.5 * w;
                    *n += 0.5 * w;
                }
            }
        });
        let stem_start = self.stems.len() as u32;
        self.stems.push_str(&stem);
        self.entries.push(WordScores {
            stem: (stem_start, self.stems.len() as u32),
            plain,
            negated,
            square: 1.0 + 0.25 * grams as f32,
        });
        let index = self.entries.len() - 1;
        self.words[lang as usize].insert(word.into(), index as u32);
        index
    }
}

/// foldhash for the cache's short word keys: much faster than the default SipHash, and still seeded at
/// random, so texts cannot be crafted to collide (the seed only affects speed, never the output).
type WordHasher = foldhash::fast::RandomState;

/// Distinct words kept in a [`WordCache`] before it is cleared.
const WORD_CACHE_LIMIT: usize = 50_000;

/// Length of the character n-grams, counted in `<word>` with its boundary marks (4 beat 3-5 in
/// cross-validation on the train split, at two thirds of the cost).
const GRAM_CHARS: usize = 4;

fn word_features(lang: Lang, word: &str, stemmers: &Stemmers) -> WordFeatures {
    let stem = stemmers.stem(lang, word);
    let mut grams = Vec::new();
    gram_hashes(lang, word, |g| grams.push(g));
    WordFeatures {
        plain: hash_feature(lang, b'w', &[b"", stem.as_bytes()]),
        negated: hash_feature(lang, b'w', &[b"!", stem.as_bytes()]),
        stem: stem.into(),
        grams: grams.into(),
    }
}

/// Calls `f` with the hash of every character [`GRAM_CHARS`]-gram of `<word>` (with its boundary marks), in order.
fn gram_hashes(lang: Lang, word: &str, mut f: impl FnMut(u32)) {
    // Byte ranges of the last GRAM_CHARS characters of `<word>`, as a ring; the marks are one byte each.
    const MARK: usize = usize::MAX;
    // A word as short as a gram has none (its stem covers it).
    if word.chars().nth(GRAM_CHARS - 2).is_none() {
        return;
    }
    let mut ring = [(0usize, 0usize); GRAM_CHARS];
    let mut seen = 0usize;
    let bytes = word.as_bytes();
    let chars = std::iter::once((MARK, 0))
        .chain(word.char_indices().map(|(i, c)| (i, i + c.len_utf8())))
        .chain(std::iter::once((MARK, 1)));
    for range in chars {
        ring[seen % GRAM_CHARS] = range;
        seen += 1;
        if seen < GRAM_CHARS {
            continue;
        }
        let mut h = FNV_START;
        h = fnv_byte(h, lang as u8);
        h = fnv_byte(h, b'g');
        for k in 0..GRAM_CHARS {
            match ring[(seen + k) % GRAM_CHARS] {
                (MARK, 0) => h = fnv_byte(h, b'<'),
                (MARK, _) => h = fnv_byte(h, b'>'),
                (start, end) => {
                    for &byte in &bytes[start..end] {
                        h = fnv_byte(h, byte);
                    }
                }
            }
        }
        f(fnv_finish(fnv_byte(h, 0xff)));
    }
}

/// Extracts the hashed features of a normalised text into `out` as (bucket, value), L2-normalised; a feature that
/// occurs twice counts twice. Also returns, for explanation, the token each word feature came from.
pub(crate) fn features(
    input: &FeatureInput<'_>,
    cache: &mut WordCache,
    out: &mut Vec<(u32, f32)>,
    origins: Option<&mut Vec<(u32, u32)>>,
) {
    let FeatureInput {
        lang,
        text,
        stemmers,
        hits,
        matcher,
    } = *input;
    out.clear();
    let mut origins = origins;
    cache.reset_if_full();
    // The previous word's stem and sentence, for stem bigrams.
    let mut prev_stem = String::new();
    let mut prev_sentence: Option<u32> = None;
    for i in 0..text.tokens.len() {
        let word = text.token_text(i);
        if word.bytes().all(|b| b.is_ascii_digit()) {
            prev_sentence = None;
            continue;
        }
        let token = text.tokens[i];
        let wf = cache.word(lang, word, stemmers);
        let bucket = if token.negated_by.is_some() {
            wf.negated
        } else {
            wf.plain
        };
        out.push((bucket, 1.0));
        if let Some(o) = origins.as_deref_mut() {
            o.push((bucket, i as u32));
        }
        if prev_sentence == Some(token.sentence) {
            out.push((
                hash_feature(lang, b'b', &[prev_stem.as_bytes(), wf.stem.as_bytes()]),
                1.0,
            ));
        }
        out.extend(wf.grams.iter().map(|&g| (g, 0.5)));
        prev_stem.clear();
        prev_stem.push_str(&wf.stem);
        prev_sentence = Some(token.sentence);
    }
    for hit in hits {
        let cue = &matcher.cues()[hit.cue as usize];
        let (kind, t) = match cue.target {
            CueTarget::Theme(t) => (b'c', t),
            CueTarget::AgainstTheme(t) => (b'a', t),
            _ => continue,
        };
        out.push((
            hash_feature(lang, kind, &[&(t as u32).to_le_bytes()]),
            2.0 * cue.weight,
        ));
    }
    let norm = out.iter().map(|&(_, v)| v * v).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, v) in out.iter_mut() {
            *v /= norm;
        }
    }
}

/// The file form of a theme's weights: `"v1:"` and the base64 of, per weight in bucket order, the
/// gap to the previous bucket and the weight in thousandths, both as LEB128 varints (the weight
/// zigzag-encoded). A tenth of the size of a JSON list of pairs, and quick to load.
pub mod packed_weights {
    use base64::Engine as _;
    use serde::{de::Error as _, Deserialize, Deserializer, Serializer};

    const PREFIX: &str = "v1:";

    fn push_varint(out: &mut Vec<u8>, mut v: u64) {
        while v >= 0x80 {
            out.push((v as u8) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }

    fn read_varint(bytes: &[u8], pos: &mut usize) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *bytes.get(*pos)?;
            *pos += 1;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    /// Packs weights sorted by bucket (weights are stored to the nearest thousandth).
    pub fn encode(weights: &[(u32, f32)]) -> String {
        let mut bytes = Vec::with_capacity(weights.len() * 4);
        let mut prev = 0u32;
        for &(b, w) in weights {
            push_varint(&mut bytes, (b - prev) as u64);
            prev = b;
            let milli = (w * 1000.0).round() as i64;
            push_varint(&mut bytes, ((milli << 1) ^ (milli >> 63)) as u64);
        }
        format!(
            "{PREFIX}{}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        )
    }

    /// Unpacks what [`encode`] wrote.
    pub fn decode(text: &str) -> Result<Vec<(u32, f32)>, String> {
        let data = text
            .strip_prefix(PREFIX)
            .ok_or_else(|| format!("packed weights must start with `{PREFIX}`"))?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|e| format!("packed weights: {e}"))?;
        // Two bytes at least per weight.
        let mut out = Vec::with_capacity(bytes.len() / 2);
        let (mut pos, mut bucket) = (0usize, 0u64);
        while pos < bytes.len() {
            let gap = read_varint(&bytes, &mut pos);
            let zigzag = read_varint(&bytes, &mut pos);
            let (Some(gap), Some(zigzag)) = (gap, zigzag) else {
                return Err("packed weights: truncated".into());
            };
            bucket += gap;
            let milli = (zigzag >> 1) as i64 ^ -((zigzag & 1) as i64);
            let bucket =
                u32::try_from(bucket).map_err(|_| "packed weights: bucket out of range")?;
            out.push((bucket, milli as f32 / 1000.0));
        }
        Ok(out)
    }

    pub(super) fn serialize<S: Serializer>(
        weights: &[(u32, f32)],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(&encode(weights))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<(u32, f32)>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        decode(&text).map_err(D::Error::custom)
    }
}

/// Share of the cue score in the combined score (the model's calibrated probability has the rest).
/// 0.4 scored best on real texts (`../shared/eval/real-dev.jsonl`, micro-F1 .681 at 0.5, .694 at 0.4,
/// .678 at 0.3 and 0.2); the corpora test split prefers less (its cues were written with the train split
/// in view, and its texts are ours), so it did not choose.
const CUE_SHARE: f32 = 0.4;

fn sigmoid(x: f32) -> f32 {
    // libm's exp is pure Rust: the same bits on every machine (the platform's may differ in the last
    // bit), so a model trains and scores identically everywhere.
    1.0 / (1.0 + libm::expf(-x))
}

/// Maps a raw score so that `threshold` lands on 0.5, keeping 0 → 0 and 1 → 1.
pub(crate) fn calibrate(score: f32, threshold: f32) -> f32 {
    let t = threshold.clamp(0.01, 0.99);
    if score < t {
        0.5 * score / t
    } else {
        0.5 + 0.5 * (score - t) / (1.0 - t)
    }
}

impl Model {
    /// Parses a model file's JSON.
    pub fn from_json(origin: &str, json: &str) -> Result<Model> {
        let mut model: Model = serde_json::from_str(json).map_err(|e| Error::Model {
            origin: origin.into(),
            message: e.to_string(),
        })?;
        let fail = |message: String| Error::Model {
            origin: origin.into(),
            message,
        };
        if model.format != MODEL_FORMAT {
            return Err(fail(format!(
                "format `{}`, expected `{MODEL_FORMAT}`",
                model.format
            )));
        }
        if model.theme_ids.len() != model.themes.len() {
            return Err(fail("theme_ids and themes differ in length".into()));
        }
        for (id, theme) in model.theme_ids.iter().zip(&model.themes) {
            if theme
                .weights
                .iter()
                .any(|&(b, w)| b >= BUCKETS || !w.is_finite())
            {
                return Err(fail(format!("theme `{id}` has a weight out of range")));
            }
            if !theme.weights.windows(2).all(|w| w[0].0 < w[1].0) {
                return Err(fail(format!(
                    "theme `{id}`: weights are not sorted by bucket"
                )));
            }
        }
        model.build_matrix();
        Ok(model)
    }

    /// The model trained on the project's corpora, compiled in.
    pub fn default_model() -> Model {
        Model::from_json("default", DEFAULT_MODEL_JSON)
            .expect("the built-in model is valid (checked by a test)")
    }

    /// Loads a model file.
    pub fn load(path: &Path) -> Result<Model> {
        let json = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Model::from_json(&path.display().to_string(), &json)
    }

    /// The model as pretty JSON (deterministic).
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string(self).expect("a model serialises");
        s.push('\n');
        s
    }

    /// Checks that the model's themes are the taxonomy's, in order.
    pub fn check_taxonomy(&self, taxonomy: &Taxonomy) -> Result<()> {
        let ids: Vec<&str> = taxonomy.themes.iter().map(|t| t.id.as_str()).collect();
        if ids
            != self
                .theme_ids
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
        {
            return Err(Error::Model {
                origin: "model".into(),
                message: format!(
                    "the model was trained for themes [{}] but the taxonomy has [{}]; train a model for this taxonomy",
                    self.theme_ids.join(", "),
                    ids.join(", ")
                ),
            });
        }
        Ok(())
    }

    /// Model probabilities per theme, equal (up to float rounding) to the logistic of the bias plus the dot product
    /// of the weights with [`features`], but computed from per-word sums kept in `cache`. `origins` receives
    /// (bucket, token) of each word's stem feature, for [`Model::explain`].
    pub(crate) fn predict(
        &self,
        input: &FeatureInput<'_>,
        origins: &mut Vec<(u32, u32)>,
        cache: &mut ScoreCache,
    ) -> Vec<f32> {
        let FeatureInput {
            lang,
            text,
            stemmers,
            hits,
            matcher,
        } = *input;
        origins.clear();
        cache.prepare(&self.matrix);
        let n = self.themes.len();
        let mut sums = vec![0.0f32; n];
        let mut square = 0.0f32;
        let add_row = |sums: &mut [f32], bucket: u32, value: f32| {
            if let Some(row) = self.matrix.row(bucket, n) {
                for (s, w) in sums.iter_mut().zip(row) {
                    *s += w * value;
                }
            }
        };
        // The previous word's stem and sentence, for stem bigrams (as in `features`).
        let mut prev_stem = String::new();
        let mut prev_sentence: Option<u32> = None;
        for i in 0..text.tokens.len() {
            let word = text.token_text(i);
            if word.bytes().all(|b| b.is_ascii_digit()) {
                prev_sentence = None;
                continue;
            }
            let token = text.tokens[i];
            let (stem, ws, all_sums) = cache.word(lang, word, stemmers, &self.matrix, n);
            let (bucket, word_sums) = if token.negated_by.is_some() {
                (ws.negated, &all_sums[n..])
            } else {
                (ws.plain, &all_sums[..n])
            };
            for (s, w) in sums.iter_mut().zip(word_sums) {
                *s += w;
            }
            square += ws.square;
            origins.push((bucket, i as u32));
            let same_sentence = prev_sentence == Some(token.sentence);
            let bigram = same_sentence
                .then(|| hash_feature(lang, b'b', &[prev_stem.as_bytes(), stem.as_bytes()]));
            prev_stem.clear();
            prev_stem.push_str(stem);
            prev_sentence = Some(token.sentence);
            if let Some(bigram) = bigram {
                add_row(&mut sums, bigram, 1.0);
                square += 1.0;
            }
        }
        for hit in hits {
            let cue = &matcher.cues()[hit.cue as usize];
            let (kind, t) = match cue.target {
                CueTarget::Theme(t) => (b'c', t),
                CueTarget::AgainstTheme(t) => (b'a', t),
                _ => continue,
            };
            let value = 2.0 * cue.weight;
            add_row(
                &mut sums,
                hash_feature(lang, kind, &[&(t as u32).to_le_bytes()]),
                value,
            );
            square += value * value;
        }
        let norm = square.sqrt();
        self.themes
            .iter()
            .zip(sums)
            .map(|(m, s)| sigmoid(m.bias + if norm > 0.0 { s / norm } else { 0.0 }))
            .collect()
    }

    /// The word that most supports theme `t` (token index and normalised form), to show as evidence when the model
    /// reports a theme that no cue found.
    pub(crate) fn explain(
        &self,
        t: usize,
        text: &Normalized,
        origins: &[(u32, u32)],
    ) -> Option<(u32, String)> {
        let n = self.themes.len();
        origins
            .iter()
            .map(|&(b, tok)| (self.matrix.row(b, n).map_or(0.0, |row| row[t]), tok))
            .filter(|&(w, _)| w > 0.0)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, tok)| (tok, text.token_text(tok as usize).to_string()))
    }

    /// The combined score of theme `t` (0.5 is the reporting threshold): a weighted mean ([`CUE_SHARE`])
    /// of the two experts' calibrated scores, the cues' (`cue_score` against the taxonomy threshold
    /// `cue_threshold`) and the model's. A fixed mix rather than one fitted on the corpora: the model learns
    /// the corpora's writing well and real feedback less well, so a mix fitted there leans on it too much
    /// (measured on real texts, see the README's accuracy section).
    pub(crate) fn combine(
        &self,
        t: usize,
        cue_score: f32,
        cue_threshold: f32,
        probability: f32,
    ) -> f32 {
        let mean = CUE_SHARE * calibrate(cue_score, cue_threshold)
            + (1.0 - CUE_SHARE) * self.model_only(t, probability);
        calibrate(mean, self.themes[t].combined_threshold)
    }

    /// The calibrated model-only score of theme `t`.
    pub(crate) fn model_only(&self, t: usize, probability: f32) -> f32 {
        calibrate(probability, self.themes[t].model_threshold)
    }
}

impl Model {
    fn build_matrix(&mut self) {
        self.matrix = std::sync::Arc::new(SparseMatrix::new(&self.themes));
    }
}

/// One training example: sparse features, cue scores, and the set of themes labelled.
#[derive(Debug, Clone)]
pub struct Example {
    /// Hashed features.
    pub features: Vec<(u32, f32)>,
    /// Cue-only score per theme, calibrated so that the taxonomy's threshold is 0.5.
    pub cue_scores: Vec<f32>,
    /// Labelled themes, as flags per theme.
    pub labels: Vec<bool>,
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// L2 regularisation strength.
    pub l2: f32,
    /// Initial learning rate. The features of a text have unit length, so steps must be large: on a
    /// held-out fifth of the train split, all micro-F1 went 0.724 / 0.748 / 0.763 / 0.772 / 0.779 / 0.774
    /// at 0.25 / 0.5 / 1 / 2 / 4 / 16; on real texts (real-dev) 2 held level with 0.5 and 4 lost 0.01.
    pub learning_rate: f32,
    /// Number of folds whose out-of-fold predictions choose the thresholds.
    pub holdout_every: usize,
    /// Seed of the example order.
    pub seed: u64,
    /// How far each theme's combined threshold moves from 0.5 toward the one that is best on out-of-fold
    /// predictions (0 = stay at 0.5, 1 = all the way). The out-of-fold optimum trusts the cues too much,
    /// since they were written with the train split in view; halfway scored best on real texts
    /// (`../shared/eval/real-dev.jsonl`; 0, 0.25, 0.5, 0.75 and 1 tried).
    pub combined_threshold_move: f32,
    /// Weights of smaller magnitude are left out of the model (they barely move a score, and every kept
    /// one costs file size, load time and cache space). At learning rate 2, 0.3 costs nothing on the
    /// held-out fifth (0.772 at 0.1, 0.2 and 0.3) and halves the file.
    pub min_weight: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 20,
            l2: 1e-5,
            learning_rate: 2.0,
            holdout_every: 5,
            seed: 0x5eed,
            combined_threshold_move: 0.5,
            min_weight: 0.3,
        }
    }
}

fn train_theme(examples: &[&Example], t: usize, options: &TrainOptions) -> (f32, Vec<f32>) {
    let mut w = vec![0.0f32; BUCKETS as usize];
    let mut bias = 0.0f32;
    let positives = examples.iter().filter(|e| e.labels[t]).count().max(1);
    let negatives = (examples.len() - positives).max(1);
    // Up-weight the rarer positive class, but not all the way (keeps precision).
    let pos_weight = ((negatives as f32 / positives as f32).sqrt()).clamp(1.0, 4.0);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = options.seed ^ (t as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut step = 0usize;
    for _ in 0..options.epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &i in &order {
            let e = examples[i];
            step += 1;
            let lr = options.learning_rate / (1.0 + step as f32 * 1e-4);
            let z = bias
                + e.features
                    .iter()
                    .map(|&(b, v)| w[b as usize] * v)
                    .sum::<f32>();
            let y = if e.labels[t] { 1.0 } else { 0.0 };
            let g = (sigmoid(z) - y) * if e.labels[t] { pos_weight } else { 1.0 };
            bias -= lr * g;
            for &(b, v) in &e.features {
                let wb = &mut w[b as usize];
                *wb -= lr * (g * v + options.l2 * *wb);
            }
        }
    }
    (bias, w)
}

fn best_threshold(scores: &[(f32, bool)]) -> (f32, f32) {
    let mut best = (0.5, -1.0);
    for step in 5..=95 {
        let thr = step as f32 / 100.0;
        let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
        for &(s, y) in scores {
            match (s >= thr, y) {
                (true, true) => tp += 1.0,
                (true, false) => fp += 1.0,
                (false, true) => fn_ += 1.0,
                _ => {}
            }
        }
        let f1 = if tp > 0.0 {
            2.0 * tp / (2.0 * tp + fp + fn_)
        } else {
            0.0
        };
        if f1 > best.1 + 1e-6 {
            best = (thr, f1);
        }
    }
    best
}

/// Trains a model for `theme_ids` from examples. Deterministic: the same examples give the same model.
pub fn train(theme_ids: &[String], examples: &[Example], options: &TrainOptions) -> Model {
    // Thresholds are chosen on out-of-fold predictions: example i belongs to fold i mod k, and each fold
    // is scored by a model fitted on the other folds, so every example serves once as held-out data.
    let folds = options.holdout_every.max(2);
    let all: Vec<&Example> = examples.iter().collect();
    let themes = (0..theme_ids.len())
        .map(|t| {
            let mut out_of_fold = vec![0.0f32; examples.len()];
            for fold in 0..folds {
                let fit: Vec<&Example> = all
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % folds != fold)
                    .map(|(_, e)| *e)
                    .collect();
                let (bias, w) = train_theme(&fit, t, options);
                for (i, e) in examples
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % folds == fold)
                {
                    out_of_fold[i] = sigmoid(
                        bias + e
                            .features
                            .iter()
                            .map(|&(b, v)| w[b as usize] * v)
                            .sum::<f32>(),
                    );
                }
            }
            let model_scores: Vec<(f32, bool)> = examples
                .iter()
                .zip(&out_of_fold)
                .map(|(e, &p)| (p, e.labels[t]))
                .collect();
            let (model_threshold, _) = best_threshold(&model_scores);
            let combined_scores: Vec<(f32, bool)> = examples
                .iter()
                .zip(&model_scores)
                .map(|(e, &(p, y))| {
                    let model = calibrate(p, model_threshold);
                    (CUE_SHARE * e.cue_scores[t] + (1.0 - CUE_SHARE) * model, y)
                })
                .collect();
            let (best, _) = best_threshold(&combined_scores);
            let combined_threshold =
                ((0.5 + options.combined_threshold_move * (best - 0.5)) * 1000.0).round() / 1000.0;
            let (bias, w) = train_theme(&all, t, options);
            let weights = w
                .iter()
                .enumerate()
                .filter(|(_, &x)| x.abs() >= options.min_weight)
                .map(|(b, &x)| (b as u32, (x * 1000.0).round() / 1000.0))
                .collect();
            ThemeModel {
                bias: (bias * 1000.0).round() / 1000.0,
                model_threshold,
                weights,
                combined_threshold,
            }
        })
        .collect();
    let mut model = Model {
        format: MODEL_FORMAT.into(),
        theme_ids: theme_ids.to_vec(),
        themes,
        trained_on: BTreeMap::new(),
        matrix: Default::default(),
    };
    model.build_matrix();
    model
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_weights_round_trip() {
        for weights in [
            vec![],
            vec![(0, 0.5)],
            vec![
                (3, -1.25),
                (4, 0.001),
                (200_000, 12.5),
                (BUCKETS - 1, -0.02),
            ],
        ] {
            let packed = packed_weights::encode(&weights);
            assert_eq!(
                packed_weights::decode(&packed).unwrap(),
                weights,
                "{packed}"
            );
        }
        for bad in ["", "v1:!!", "v1:gA=="] {
            assert!(packed_weights::decode(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn calibration_maps_threshold_to_half() {
        for (score, thr, want) in [
            (0.3, 0.3, 0.5),
            (0.0, 0.3, 0.0),
            (1.0, 0.3, 1.0),
            (0.15, 0.3, 0.25),
        ] {
            assert!((calibrate(score, thr) - want).abs() < 1e-6, "{score} {thr}");
        }
    }

    #[test]
    fn hashing_is_stable() {
        // Fixed values: a change here silently invalidates every trained model.
        assert_eq!(
            hash_feature(Lang::En, b'w', &[b"", b"late"]),
            hash_feature(Lang::En, b'w', &[b"", b"late"])
        );
        assert_ne!(
            hash_feature(Lang::En, b'w', &[b"", b"late"]),
            hash_feature(Lang::Fi, b'w', &[b"", b"late"])
        );
        assert_eq!(hash_feature(Lang::En, b'w', &[b"", b"late"]), 65_991);
    }

    #[test]
    fn best_threshold_finds_the_gap() {
        let scores = [
            (0.9, true),
            (0.8, true),
            (0.3, false),
            (0.2, false),
            (0.6, true),
        ];
        let (thr, f1) = best_threshold(&scores);
        assert!(
            (0.3..=0.6).contains(&thr) && (f1 - 1.0).abs() < 1e-6,
            "{thr} {f1}"
        );
    }
}
