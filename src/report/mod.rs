//! Aggregation for analysts: totals, per-theme counts by language with sentiment and churn, top examples, trends by
//! period with spike flags, theme co-occurrence and emerging terms among texts with no theme. Memory is bounded by
//! themes × periods × examples plus a capped term table, never by the number of records.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::analyzer::floor_char_boundary;
use crate::lang::Lang;
use crate::text::Normalized;

mod render;
pub use render::{to_html, to_markdown, to_table};

/// Period length of trends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// Calendar day (`2024-03-05`).
    Day,
    /// ISO week (`2024-W10`).
    Week,
    /// Calendar month (`2024-03`).
    #[default]
    Month,
}

impl std::str::FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "day" => Ok(Period::Day),
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            _ => Err(format!(
                "unknown period `{s}` (expected day, week or month)"
            )),
        }
    }
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y as i64 - 1 } else { y as i64 };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

impl Date {
    fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1900..=2200).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    /// Parses the common date forms: ISO 8601 dates and date-times (`2024-03-05`, `2024-03-05T10:00:00Z`,
    /// `2024-03-05 10:00`), `2024/03/05`, `05.03.2024` (day first), `a/b/2024` (month first, unless `a` > 12),
    /// `2024-03` (first of the month) and unix time in seconds or milliseconds. Returns `None` otherwise.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (9..=13).contains(&s.len()) {
            let mut secs: i64 = s.parse().ok()?;
            if s.len() >= 12 {
                secs /= 1000;
            }
            let d = civil_from_days(secs.div_euclid(86_400));
            return Date::new(d.year, d.month, d.day);
        }
        let date_part = s.split(['T', ' ']).next()?;
        let nums: Vec<&str> = date_part.split(['-', '/', '.']).collect();
        let num = |i: usize| -> Option<u32> {
            let p = nums.get(i)?;
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())?
        };
        let sep = date_part.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
        match nums.len() {
            3 if nums[0].len() == 4 => Date::new(num(0)? as i32, num(1)?, num(2)?),
            3 if nums[2].len() == 4 => {
                let (a, b, y) = (num(0)?, num(1)?, num(2)? as i32);
                if sep == '.' || sep == '-' || a > 12 {
                    Date::new(y, b, a)
                } else {
                    Date::new(y, a, b)
                }
            }
            2 if nums[0].len() == 4 && sep == '-' => Date::new(num(0)? as i32, num(1)?, 1),
            _ => None,
        }
    }

    /// The key of the period holding this date: `2024-03-05`, `2024-W10` or `2024-03`; keys sort in time order.
    pub fn period_key(self, period: Period) -> String {
        match period {
            Period::Day => format!("{:04}-{:02}-{:02}", self.year, self.month, self.day),
            Period::Month => format!("{:04}-{:02}", self.year, self.month),
            Period::Week => {
                let (y, w) = self.iso_week();
                format!("{y:04}-W{w:02}")
            }
        }
    }

    fn days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// ISO 8601 (year, week).
    pub fn iso_week(self) -> (i32, u32) {
        let days = self.days();
        let weekday = (days + 3).rem_euclid(7); // Monday = 0
        let thursday = civil_from_days(days - weekday + 3);
        let jan1 = days_from_civil(thursday.year, 1, 1);
        (thursday.year, ((days - weekday + 3 - jan1) / 7 + 1) as u32)
    }
}

/// Every period key from `first` to `last` (inclusive), at most `cap` of them.
fn period_range(first: &str, last: &str, period: Period, cap: usize) -> Vec<String> {
    let parse_key = |k: &str| -> Option<Date> {
        match period {
            Period::Day => Date::parse(k),
            Period::Month => Date::parse(&format!("{k}-01")),
            Period::Week => {
                let (y, w) = k.split_once("-W")?;
                let (y, w): (i32, i64) = (y.parse().ok()?, w.parse().ok()?);
                let jan4 = days_from_civil(y, 1, 4);
                let monday = jan4 - (jan4 + 3).rem_euclid(7) + (w - 1) * 7;
                Some(civil_from_days(monday))
            }
        }
    };
    let (Some(a), Some(b)) = (parse_key(first), parse_key(last)) else {
        return vec![first.to_string()];
    };
    let mut keys = Vec::new();
    let mut day = a.days();
    while day <= b.days() && keys.len() < cap {
        let key = civil_from_days(day).period_key(period);
        if keys.last() != Some(&key) {
            keys.push(key);
        }
        day += 1;
    }
    keys
}

/// One record as the report sees it (from a fresh analysis or from `classify` output).
#[derive(Debug, Clone, Default)]
pub struct RecordSummary<'a> {
    /// Record id.
    pub id: &'a str,
    /// Language code.
    pub lang: &'a str,
    /// The record could not be read.
    pub error: bool,
    /// Reported themes.
    pub themes: Vec<ThemeSummary<'a>>,
    /// Sentiment label (`negative`, `neutral`, `positive`).
    pub sentiment: &'a str,
    /// Churn risk.
    pub churn_risk: bool,
    /// Raw date value, if any.
    pub date: Option<&'a str>,
    /// The full text, when known (raw input): used for emerging terms.
    pub text: Option<&'a str>,
    /// The text's terms, when already extracted (see [`TextTerms`]); then `text` is not read again.
    pub terms: Option<&'a TextTerms>,
}

impl RecordSummary<'_> {
    /// A record that could not be read (counted as an error, nothing else).
    pub fn unreadable() -> RecordSummary<'static> {
        RecordSummary {
            error: true,
            ..RecordSummary::default()
        }
    }
}

/// Bytes of a text whose terms are counted.
const TERM_TEXT_BYTES: usize = 20_000;

/// The distinct terms (words and two-word phrases, without stop words or links) of one text, for the
/// emerging-terms table. Extracting them is most of a record's cost in [`Aggregator::add`], so it can be done
/// beforehand, on worker threads, and handed over in [`RecordSummary::terms`].
#[derive(Debug, Clone, Default)]
pub struct TextTerms {
    /// Whether the language has terms counted (en, fi, ru).
    counted: bool,
    /// The terms, sorted and distinct, each followed by a newline (terms never contain one): compact,
    /// since a few batches of them wait in memory for the report.
    terms: String,
}

impl TextTerms {
    /// The terms of `text`, written in the language with code `lang`.
    pub fn new(lang: &str, text: &str) -> TextTerms {
        let mut terms = TextTerms::default();
        terms.fill(lang, text, &mut Normalized::default());
        terms
    }

    /// The terms of `text` in `lang` from `normalized`, the whole of `text` (or a longer prefix than the
    /// report reads) already normalised as `lang`, as [`crate::Analyzer`] does: equal to [`TextTerms::new`]
    /// without normalising again.
    pub fn from_normalized(lang: Lang, text: &str, normalized: &Normalized) -> TextTerms {
        let mut terms = TextTerms {
            counted: lang.is_supported(),
            ..TextTerms::default()
        };
        if terms.counted {
            terms.collect(
                lang.code(),
                normalized,
                floor_char_boundary(text, TERM_TEXT_BYTES),
            );
        }
        terms
    }

    fn fill(&mut self, lang: &str, text: &str, n: &mut Normalized) {
        let Some(l) = Lang::from_code(lang).filter(|l| l.is_supported()) else {
            self.counted = false;
            self.terms.clear();
            return;
        };
        self.counted = true;
        let cut = floor_char_boundary(text, TERM_TEXT_BYTES);
        n.fill(&text[..cut], l);
        self.collect(lang, n, cut);
    }

    /// Collects the terms of the tokens of `n` that end by byte `limit` of the text.
    fn collect(&mut self, lang: &str, n: &Normalized, limit: usize) {
        // All terms as ranges of one buffer (no allocation per term), then the distinct ones.
        let mut buf = String::new();
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
        let mut prev: Option<(usize, u32)> = None;
        for i in 0..n.tokens.len() {
            if n.tokens[i].end > limit {
                break;
            }
            let w = n.token_text(i);
            if stop_word(lang, w) || w.starts_with("http") {
                prev = None;
                continue;
            }
            let start = buf.len();
            buf.push_str(w);
            ranges.push(start..buf.len());
            if let Some((p, sentence)) = prev {
                if sentence == n.tokens[i].sentence && p + 1 == i {
                    let start = buf.len();
                    buf.push_str(n.token_text(p));
                    buf.push(' ');
                    buf.push_str(w);
                    ranges.push(start..buf.len());
                }
            }
            prev = Some((i, n.tokens[i].sentence));
        }
        ranges.sort_unstable_by(|a, b| buf[a.clone()].cmp(&buf[b.clone()]));
        ranges.dedup_by(|a, b| buf[a.clone()] == buf[b.clone()]);
        self.terms.clear();
        self.terms
            .reserve_exact(ranges.iter().map(|r| r.len() + 1).sum());
        for r in ranges {
            self.terms.push_str(&buf[r]);
            self.terms.push('\n');
        }
    }

    /// The terms, in byte order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.terms.split_terminator('\n')
    }
}

/// One reported theme of a record.
#[derive(Debug, Clone)]
pub struct ThemeSummary<'a> {
    /// Theme id.
    pub id: &'a str,
    /// Score.
    pub score: f32,
    /// Strongest evidence: sentence, cue, and the matched words' byte range within the sentence.
    pub evidence: Option<(&'a str, &'a str, std::ops::Range<usize>)>,
}

/// Report options.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// Trend period.
    pub period: Period,
    /// Example texts kept per theme.
    pub examples: usize,
    /// Emerging terms listed per language.
    pub terms: usize,
    /// Most distinct terms counted per language before rare ones are pruned.
    pub term_cap: usize,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            period: Period::Month,
            examples: 3,
            terms: 15,
            term_cap: 200_000,
        }
    }
}

/// The report: everything an analyst sees, serialisable as the documented JSON schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Records read, readable or not.
    pub total: u64,
    /// Per theme, in taxonomy order.
    pub themes: Vec<ThemeReport>,
    /// Records per language (unreadable records under `error`).
    pub languages: BTreeMap<String, LangTotals>,
    /// Share of readable records with at least one theme.
    pub coverage: f64,
    /// Records that could not be read.
    pub errors: u64,
    /// Share of records that could not be read.
    pub error_share: f64,
    /// Trend by period (present when records have dates).
    pub trend: Trend,
    /// Pairs of themes reported on the same record, most frequent first.
    pub cooccurrence: Vec<Cooccurrence>,
    /// Most distinctive terms per language among texts with no theme (raw input only).
    pub emerging_terms: BTreeMap<String, Vec<Term>>,
    /// Whether texts were available for emerging terms.
    pub texts_available: bool,
}

/// Counts for one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LangTotals {
    /// Records.
    pub records: u64,
    /// Records with at least one theme.
    pub with_theme: u64,
}

/// One theme's figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeReport {
    /// Theme id.
    pub id: String,
    /// Records with the theme.
    pub count: u64,
    /// `count` / readable records.
    pub share: f64,
    /// Records with the theme per language.
    pub by_lang: BTreeMap<String, u64>,
    /// Sentiment of those records: negative, neutral, positive.
    pub sentiment: BTreeMap<String, u64>,
    /// Share of those records with churn risk.
    pub churn_share: f64,
    /// The strongest examples.
    pub examples: Vec<Example>,
}

/// An example text for a theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    /// Record id.
    pub id: String,
    /// Language.
    pub lang: String,
    /// Theme score.
    pub score: f32,
    /// The evidence sentence.
    pub text: String,
    /// The cue.
    pub cue: String,
    /// Byte range of the matched words within `text`.
    pub highlight: [usize; 2],
}

/// Trend data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Trend {
    /// Period length.
    pub period: Period,
    /// Periods in time order, gaps filled with zeros.
    pub periods: Vec<PeriodRow>,
    /// Records without a date value.
    pub missing_dates: u64,
    /// Records whose date could not be parsed.
    pub unparsable_dates: u64,
    /// Theme shares beyond two standard deviations of their trailing mean.
    pub spikes: Vec<Spike>,
}

/// One period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodRow {
    /// Period key (`2024-03`, `2024-W10`, `2024-03-05`).
    pub period: String,
    /// Readable records in the period.
    pub records: u64,
    /// Records per theme (same order as `Report::themes`).
    pub counts: Vec<u64>,
}

/// A flagged spike.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spike {
    /// Theme id.
    pub theme: String,
    /// Period key.
    pub period: String,
    /// The theme's share in the period.
    pub share: f64,
    /// Mean share over the trailing window.
    pub trailing_mean: f64,
    /// Standard deviation over the trailing window.
    pub trailing_sd: f64,
}

/// Two themes reported together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cooccurrence {
    /// First theme id (taxonomy order).
    pub a: String,
    /// Second theme id.
    pub b: String,
    /// Records with both.
    pub count: u64,
}

/// A distinctive term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Term {
    /// The word or two-word phrase (normalised).
    pub term: String,
    /// Texts with no theme that contain it.
    pub count: u64,
    /// Smoothed log-odds of the term in no-theme texts against themed texts.
    pub score: f64,
}

/// Trailing window of the spike rule, in periods.
pub const SPIKE_WINDOW: usize = 6;
/// Fewest trailing periods needed before a spike can be flagged.
pub const SPIKE_MIN_HISTORY: usize = 3;
/// Fewest records of the theme in the period for a spike.
pub const SPIKE_MIN_COUNT: u64 = 3;

/// Flags spikes in one theme's series of (count, total) per period: the share in a period exceeds the mean of up
/// to [`SPIKE_WINDOW`] previous periods by more than two standard deviations (a standard deviation of at least
/// 0.01 is assumed, so that a flat series needs a real jump).
pub fn spikes(series: &[(u64, u64)]) -> Vec<(usize, f64, f64, f64)> {
    let share = |(c, t): (u64, u64)| if t == 0 { 0.0 } else { c as f64 / t as f64 };
    let mut out = Vec::new();
    for i in SPIKE_MIN_HISTORY..series.len() {
        let window: Vec<f64> = series[i.saturating_sub(SPIKE_WINDOW)..i]
            .iter()
            .map(|&p| share(p))
            .collect();
        let mean = window.iter().sum::<f64>() / window.len() as f64;
        let sd =
            (window.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / window.len() as f64).sqrt();
        let s = share(series[i]);
        if series[i].0 >= SPIKE_MIN_COUNT && s > mean + 2.0 * sd.max(0.01) {
            out.push((i, s, mean, sd));
        }
    }
    out
}

#[derive(Default)]
struct ThemeAcc {
    count: u64,
    by_lang: BTreeMap<String, u64>,
    sentiment: BTreeMap<String, u64>,
    churn: u64,
    examples: Vec<Example>,
}

#[derive(Default)]
struct TermTable {
    /// term → (texts with no theme containing it, all texts containing it)
    /// (Boxed keys and 32-bit counts: the table holds up to `term_cap` terms per language.)
    counts: HashMap<Box<str>, (u32, u32), foldhash::fast::RandomState>,
    none_texts: u64,
    all_texts: u64,
}

/// Builds a [`Report`] from records fed one at a time.
pub struct Aggregator {
    theme_ids: Vec<String>,
    options: ReportOptions,
    total: u64,
    errors: u64,
    with_theme: u64,
    languages: BTreeMap<String, LangTotals>,
    themes: Vec<ThemeAcc>,
    periods: BTreeMap<String, (u64, Vec<u64>)>,
    missing_dates: u64,
    unparsable_dates: u64,
    pairs: Vec<u64>,
    terms: BTreeMap<String, TermTable>,
    texts_seen: bool,
    normalized: Normalized,
    /// Reused for the terms of records that come with their text only.
    text_terms: TextTerms,
}

fn stop_word(lang: &str, w: &str) -> bool {
    const EN: &[&str] = &[
        "the", "and", "for", "you", "your", "with", "that", "this", "have", "has", "had", "was",
        "were", "are", "but", "not", "they", "them", "from", "what", "when", "will", "would",
        "can", "could", "just", "all", "our", "out", "about", "there", "their", "been", "one",
        "get", "got", "any", "why", "how", "who", "its", "it's", "i'm", "don't", "did", "does",
        "please", "thanks", "also", "than", "then", "which", "into", "more", "some", "very",
    ];
    const FI: &[&str] = &[
        "että", "mutta", "oli", "ole", "ovat", "olen", "olisi", "ollut", "kun", "niin", "nyt",
        "vain", "myös", "sen", "sitä", "tämä", "tätä", "siitä", "joka", "jotka", "mitä", "kuin",
        "sekä", "tai", "kaikki", "minä", "minun", "meidän", "teidän", "heidän", "sitten", "vielä",
        "koska", "jos", "jo", "hyvin", "aina", "ovat", "eikä",
    ];
    const RU: &[&str] = &[
        "что",
        "как",
        "это",
        "все",
        "так",
        "его",
        "она",
        "они",
        "мне",
        "меня",
        "был",
        "была",
        "было",
        "были",
        "для",
        "уже",
        "только",
        "еще",
        "или",
        "при",
        "том",
        "чтобы",
        "если",
        "вот",
        "вам",
        "вас",
        "нас",
        "когда",
        "даже",
        "очень",
        "там",
        "тут",
        "где",
        "кто",
        "который",
        "которые",
        "этого",
        "этот",
        "этом",
        "мой",
        "моя",
        "свой",
    ];
    let list = match lang {
        "en" => EN,
        "fi" => FI,
        "ru" => RU,
        _ => &[],
    };
    w.chars().count() < 3 || w.bytes().all(|b| b.is_ascii_digit()) || list.contains(&w)
}

impl Aggregator {
    /// An aggregator for these theme ids (taxonomy order).
    pub fn new(theme_ids: Vec<String>, options: ReportOptions) -> Aggregator {
        let n = theme_ids.len();
        Aggregator {
            themes: (0..n).map(|_| ThemeAcc::default()).collect(),
            pairs: vec![0; n * n],
            theme_ids,
            options,
            total: 0,
            errors: 0,
            with_theme: 0,
            languages: BTreeMap::new(),
            periods: BTreeMap::new(),
            missing_dates: 0,
            unparsable_dates: 0,
            terms: BTreeMap::new(),
            texts_seen: false,
            normalized: Normalized::default(),
            text_terms: TextTerms::default(),
        }
    }

    /// Adds one record. Themes the taxonomy does not know are added as new themes.
    pub fn add(&mut self, record: &RecordSummary<'_>) {
        self.total += 1;
        if record.error {
            self.errors += 1;
            self.languages.entry("error".into()).or_default().records += 1;
            return;
        }
        let lang = self.languages.entry(record.lang.to_string()).or_default();
        lang.records += 1;
        if !record.themes.is_empty() {
            lang.with_theme += 1;
            self.with_theme += 1;
        }
        let mut indices = Vec::with_capacity(record.themes.len());
        for t in &record.themes {
            let i = match self.theme_ids.iter().position(|id| id == t.id) {
                Some(i) => i,
                None => self.add_theme(t.id),
            };
            indices.push(i);
            let acc = &mut self.themes[i];
            acc.count += 1;
            *acc.by_lang.entry(record.lang.to_string()).or_insert(0) += 1;
            *acc.sentiment
                .entry(record.sentiment.to_string())
                .or_insert(0) += 1;
            acc.churn += u64::from(record.churn_risk);
            if let Some((text, cue, range)) = &t.evidence {
                let example = Example {
                    id: record.id.to_string(),
                    lang: record.lang.to_string(),
                    score: t.score,
                    text: text.to_string(),
                    cue: cue.to_string(),
                    highlight: [range.start.min(text.len()), range.end.min(text.len())],
                };
                keep_top(&mut acc.examples, example, self.options.examples);
            }
        }
        indices.sort_unstable();
        indices.dedup();
        let n = self.theme_ids.len();
        for (k, &a) in indices.iter().enumerate() {
            for &b in &indices[k + 1..] {
                self.pairs[a * n + b] += 1;
            }
        }
        match record.date.map(str::trim).filter(|d| !d.is_empty()) {
            None => self.missing_dates += 1,
            Some(raw) => match Date::parse(raw) {
                None => self.unparsable_dates += 1,
                Some(date) => {
                    let key = date.period_key(self.options.period);
                    let entry = self.periods.entry(key).or_insert_with(|| (0, vec![0; n]));
                    entry.0 += 1;
                    for &i in &indices {
                        entry.1[i] += 1;
                    }
                }
            },
        }
        let no_theme = record.themes.is_empty();
        if let Some(terms) = record.terms {
            self.texts_seen = true;
            self.count_terms(record.lang, terms, no_theme);
        } else if let Some(text) = record.text {
            self.texts_seen = true;
            let mut terms = std::mem::take(&mut self.text_terms);
            terms.fill(record.lang, text, &mut self.normalized);
            self.count_terms(record.lang, &terms, no_theme);
            self.text_terms = terms;
        }
    }

    fn add_theme(&mut self, id: &str) -> usize {
        let old = self.theme_ids.len();
        self.theme_ids.push(id.to_string());
        self.themes.push(ThemeAcc::default());
        let n = old + 1;
        let mut pairs = vec![0; n * n];
        for a in 0..old {
            for b in 0..old {
                pairs[a * n + b] = self.pairs[a * old + b];
            }
        }
        self.pairs = pairs;
        for (_, counts) in self.periods.values_mut() {
            counts.push(0);
        }
        old
    }

    fn count_terms(&mut self, lang: &str, terms: &TextTerms, no_theme: bool) {
        if !terms.counted {
            return;
        }
        let table = self.terms.entry(lang.to_string()).or_default();
        table.all_texts += 1;
        table.none_texts += u64::from(no_theme);
        for term in terms.iter() {
            let c = match table.counts.get_mut(term) {
                Some(c) => c,
                None => table.counts.entry(term.into()).or_insert((0, 0)),
            };
            c.0 = c.0.saturating_add(u32::from(no_theme));
            c.1 = c.1.saturating_add(1);
        }
        if table.counts.len() > self.options.term_cap {
            // Forget the rarest terms: a term that matters comes back often enough to be counted again.
            let mut counts: Vec<u32> = table.counts.values().map(|c| c.1).collect();
            let mid = counts.len() / 2;
            let (_, &mut median, _) = counts.select_nth_unstable(mid);
            table.counts.retain(|_, c| c.1 > median.max(1));
        }
    }

    /// Finishes the report.
    pub fn finish(self) -> Report {
        let readable = self.total - self.errors;
        let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let n = self.theme_ids.len();
        let mut trend = Trend {
            period: self.options.period,
            missing_dates: self.missing_dates,
            unparsable_dates: self.unparsable_dates,
            ..Trend::default()
        };
        if let (Some(first), Some(last)) =
            (self.periods.keys().next(), self.periods.keys().next_back())
        {
            for key in period_range(first, last, self.options.period, 5000) {
                let (records, counts) = self.periods.get(&key).cloned().unwrap_or((0, vec![0; n]));
                trend.periods.push(PeriodRow {
                    period: key,
                    records,
                    counts,
                });
            }
        }
        for (t, id) in self.theme_ids.iter().enumerate() {
            let series: Vec<(u64, u64)> = trend
                .periods
                .iter()
                .map(|p| (p.counts[t], p.records))
                .collect();
            for (i, share, mean, sd) in spikes(&series) {
                trend.spikes.push(Spike {
                    theme: id.clone(),
                    period: trend.periods[i].period.clone(),
                    share,
                    trailing_mean: mean,
                    trailing_sd: sd,
                });
            }
        }
        let mut cooccurrence = Vec::new();
        for a in 0..n {
            for b in a + 1..n {
                let count = self.pairs[a * n + b];
                if count > 0 {
                    cooccurrence.push(Cooccurrence {
                        a: self.theme_ids[a].clone(),
                        b: self.theme_ids[b].clone(),
                        count,
                    });
                }
            }
        }
        cooccurrence.sort_by(|x, y| {
            y.count
                .cmp(&x.count)
                .then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b)))
        });
        let mut emerging_terms = BTreeMap::new();
        for (lang, table) in &self.terms {
            let themed_texts = table.all_texts - table.none_texts;
            if table.none_texts == 0 {
                continue;
            }
            let mut terms: Vec<Term> = table
                .counts
                .iter()
                .filter(|(_, c)| c.0 >= 3)
                .map(|(term, &(none, all))| {
                    let (none, all) = (u64::from(none), u64::from(all));
                    let themed = all - none;
                    let p_none = (none as f64 + 0.5) / (table.none_texts as f64 + 1.0);
                    let p_themed = (themed as f64 + 0.5) / (themed_texts as f64 + 1.0);
                    let score = (p_none / (1.0 - p_none).max(1e-9)).ln()
                        - (p_themed / (1.0 - p_themed).max(1e-9)).ln();
                    Term {
                        term: term.to_string(),
                        count: none,
                        score: (score * 1000.0).round() / 1000.0,
                    }
                })
                .filter(|t| t.score > 0.0)
                .collect();
            terms.sort_by(|a, b| {
                (b.score * b.count as f64)
                    .total_cmp(&(a.score * a.count as f64))
                    .then_with(|| a.term.cmp(&b.term))
            });
            terms.truncate(self.options.terms);
            emerging_terms.insert(lang.clone(), terms);
        }
        let themes = self
            .theme_ids
            .iter()
            .zip(self.themes)
            .map(|(id, acc)| ThemeReport {
                id: id.clone(),
                count: acc.count,
                share: ratio(acc.count, readable),
                by_lang: acc.by_lang,
                sentiment: acc.sentiment,
                churn_share: ratio(acc.churn, acc.count),
                examples: acc.examples,
            })
            .collect();
        Report {
            total: self.total,
            themes,
            languages: self.languages,
            coverage: ratio(self.with_theme, readable),
            errors: self.errors,
            error_share: ratio(self.errors, self.total),
            trend,
            cooccurrence,
            emerging_terms,
            texts_available: self.texts_seen,
        }
    }
}

/// Keeps the `cap` strongest examples (score, then id, then text), one per record id.
fn keep_top(examples: &mut Vec<Example>, example: Example, cap: usize) {
    if cap == 0 || examples.iter().any(|e| e.id == example.id) {
        return;
    }
    let better = |a: &Example, b: &Example| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| a.text.cmp(&b.text))
    };
    examples.push(example);
    examples.sort_by(better);
    examples.truncate(cap);
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn date_parsing() {
        let cases: &[(&str, Option<(i32, u32, u32)>)] = &[
            ("2024-03-05", Some((2024, 3, 5))),
            ("2024-03-05T10:00:00Z", Some((2024, 3, 5))),
            ("2024-03-05 10:00", Some((2024, 3, 5))),
            ("2024/03/05", Some((2024, 3, 5))),
            ("05.03.2024", Some((2024, 3, 5))),
            ("05-03-2024", Some((2024, 3, 5))),
            ("03/05/2024", Some((2024, 3, 5))),
            ("25/03/2024", Some((2024, 3, 25))),
            ("2024-03", Some((2024, 3, 1))),
            ("1709632800", Some((2024, 3, 5))),
            ("1709632800000", Some((2024, 3, 5))),
            ("2024-02-30", None),
            ("2023-02-29", None),
            ("2024-02-29", Some((2024, 2, 29))),
            ("yesterday", None),
            ("", None),
            ("13/13/2024", None),
            ("12", None),
        ];
        for (s, want) in cases {
            let got = Date::parse(s).map(|d| (d.year, d.month, d.day));
            assert_eq!(got, *want, "{s}");
        }
    }

    #[test]
    fn period_keys() {
        let cases = [
            ("2024-03-05", Period::Day, "2024-03-05"),
            ("2024-03-05", Period::Month, "2024-03"),
            ("2024-03-05", Period::Week, "2024-W10"),
            ("2021-01-01", Period::Week, "2020-W53"),
            ("2024-12-30", Period::Week, "2025-W01"),
        ];
        for (d, p, want) in cases {
            assert_eq!(Date::parse(d).unwrap().period_key(p), want, "{d}");
        }
        assert_eq!(
            period_range("2024-W52", "2025-W02", Period::Week, 100),
            ["2024-W52", "2025-W01", "2025-W02"]
        );
        assert_eq!(
            period_range("2023-11", "2024-02", Period::Month, 100),
            ["2023-11", "2023-12", "2024-01", "2024-02"]
        );
    }

    #[test]
    fn terms_from_the_analysis_normalisation_equal_fresh_ones() {
        let cases = [
            (
                Lang::En,
                "The parcel never arrived. Nobody answers the phone, and the parcel is lost!",
            ),
            (
                Lang::Fi,
                "Toimitus myöhässä, paketti hukassa. Asiakaspalvelu ei vastaa puhelimeen.",
            ),
            (
                Lang::Ru,
                "Заказ не доставили вовремя. Курьер не отвечает, деньги не вернули.",
            ),
            (
                Lang::En,
                "see https://example.com/x — the the the refund refund was refused",
            ),
        ];
        for (lang, text) in cases {
            let fresh = TextTerms::new(lang.code(), text);
            let reused = TextTerms::from_normalized(lang, text, &Normalized::new(text, lang));
            let terms: Vec<&str> = fresh.iter().collect();
            assert!(terms.len() >= 5, "{text}: {terms:?}");
            assert!(
                terms.windows(2).all(|w| w[0] < w[1]),
                "sorted, distinct: {terms:?}"
            );
            assert!(
                !terms.iter().any(|t| t.starts_with("http") || *t == "the"),
                "{terms:?}"
            );
            assert_eq!(terms, reused.iter().collect::<Vec<_>>(), "{text}");
        }
        // Past TERM_TEXT_BYTES nothing counts, whichever way the text was normalised.
        let long = format!("{} tail-marker", "parcel lost again. ".repeat(2_000));
        let n = Normalized::new(&long, Lang::En);
        assert!(!TextTerms::from_normalized(Lang::En, &long, &n)
            .iter()
            .any(|t| t.contains("tail")));
        assert!(!TextTerms::new("en", &long)
            .iter()
            .any(|t| t.contains("tail")));
        // Languages without a term list count nothing.
        assert_eq!(
            TextTerms::new("sv", "paketet kom aldrig fram")
                .iter()
                .count(),
            0
        );
    }

    #[test]
    fn spike_rule() {
        // (series of (count, total), expected spike indices)
        let cases: &[(&[(u64, u64)], &[usize])] = &[
            (&[(5, 100), (6, 100), (5, 100), (30, 100)], &[3]),
            (&[(5, 100), (6, 100), (30, 100)], &[]),
            (&[(5, 100), (6, 100), (5, 100), (7, 100)], &[]),
            (&[(0, 10), (0, 10), (0, 10), (2, 10)], &[]),
            (&[(0, 10), (0, 10), (0, 10), (3, 10)], &[3]),
            (&[], &[]),
        ];
        for (series, want) in cases {
            let got: Vec<usize> = spikes(series).iter().map(|s| s.0).collect();
            assert_eq!(got, *want, "{series:?}");
        }
    }

    #[test]
    fn aggregation() {
        let mut agg = Aggregator::new(vec!["a".into(), "b".into()], ReportOptions::default());
        let t = |id| ThemeSummary {
            id,
            score: 0.9,
            evidence: Some(("sentence", "cue", 0..3)),
        };
        agg.add(&RecordSummary {
            id: "1",
            lang: "en",
            themes: vec![t("a"), t("b")],
            sentiment: "negative",
            date: Some("2024-01-02"),
            ..Default::default()
        });
        agg.add(&RecordSummary {
            id: "2",
            lang: "fi",
            themes: vec![t("a")],
            sentiment: "negative",
            churn_risk: true,
            date: Some("bad"),
            ..Default::default()
        });
        agg.add(&RecordSummary {
            id: "3",
            lang: "en",
            sentiment: "neutral",
            ..Default::default()
        });
        agg.add(&RecordSummary {
            id: "4",
            error: true,
            ..Default::default()
        });
        let r = agg.finish();
        assert_eq!((r.total, r.errors), (4, 1));
        assert_eq!(r.themes[0].count, 2);
        assert_eq!(r.themes[0].by_lang["fi"], 1);
        assert_eq!(r.themes[0].churn_share, 0.5);
        assert_eq!(
            r.cooccurrence,
            vec![Cooccurrence {
                a: "a".into(),
                b: "b".into(),
                count: 1
            }]
        );
        assert_eq!((r.trend.missing_dates, r.trend.unparsable_dates), (1, 1));
        assert_eq!(r.trend.periods.len(), 1);
        assert!((r.coverage - 2.0 / 3.0).abs() < 1e-9);
    }
}
