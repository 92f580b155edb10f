//! Language identification for customer feedback: is a text English, Finnish or Russian (the
//! languages the analyser supports), another language, or too short to tell? Certain signals
//! (script, letters, word lists, word shapes) are combined with whatlang over a few candidates.

use std::fmt;
use std::str::FromStr;

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
    /// A language the analyser does not support (Swedish, Estonian, Ukrainian, …).
    Other,
    /// Too little evidence to tell (empty text, digits, emoji, a single very short word).
    Unknown,
}

impl Lang {
    /// The languages the analyser supports, in a fixed order.
    pub const SUPPORTED: [Lang; 3] = [Lang::En, Lang::Fi, Lang::Ru];

    /// Short lowercase code: `"en"`, `"fi"`, `"ru"`, `"other"` or `"unknown"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Ru => "ru",
            Lang::Other => "other",
            Lang::Unknown => "unknown",
        }
    }

    /// Parses a language code, case-insensitively.
    ///
    /// Accepts the codes of [`Lang::code`], ISO 639-1/639-3 codes and English names of the
    /// supported languages (`"en"`, `"eng"`, `"english"`, …), and a region suffix such as
    /// `"en-GB"` or `"fi_FI"`. Any other code that looks like an ISO 639-1 or 639-3 code (two or
    /// three letters, e.g. `"sv"`, `"deu"`) gives `Some(Lang::Other)`; an empty or malformed code
    /// gives `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        // Primary subtag of a BCP 47-like tag ("en-GB", "fi_FI").
        let primary = code.split(['-', '_']).next().unwrap_or("");
        if primary.is_empty() || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let lower = primary.to_ascii_lowercase();
        let lang = match lower.as_str() {
            "en" | "eng" | "english" => Lang::En,
            "fi" | "fin" | "finnish" => Lang::Fi,
            "ru" | "rus" | "russian" => Lang::Ru,
            "other" => Lang::Other,
            "unknown" | "und" => Lang::Unknown,
            _ if (2..=3).contains(&lower.len()) => Lang::Other,
            _ => return None,
        };
        // A region or script suffix only makes sense after a language code.
        if primary.len() != code.len() && !(2..=3).contains(&primary.len()) {
            return None;
        }
        Some(lang)
    }

    /// Whether this is one of [`Lang::SUPPORTED`].
    pub fn is_supported(self) -> bool {
        matches!(self, Lang::En | Lang::Fi | Lang::Ru)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Error of parsing a [`Lang`] from a string that is not a language code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseLangError {
    input: String,
}

impl fmt::Display for ParseLangError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a language code: {:?}", self.input)
    }
}

impl std::error::Error for ParseLangError {}

impl FromStr for Lang {
    type Err = ParseLangError;

    /// Parses with [`Lang::from_code`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or_else(|| ParseLangError {
            input: s.to_string(),
        })
    }
}

/// Result of language detection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LangGuess {
    /// The language, as the analyser uses it.
    pub lang: Lang,
    /// How sure the detector is of `lang`, in `[0, 1]`; low for short or ambiguous texts and 0
    /// for texts without letters.
    pub confidence: f32,
    /// ISO 639-1 code of the detected language when known (e.g. "sv", "uk", "de"); Some("en") etc. for supported ones
    pub detected: Option<&'static str>,
}

/// Language detector. Holds configuration only (there is currently nothing to configure); it is
/// cheap to create, and detection keeps no state between calls.
#[derive(Debug, Clone, Default)]
pub struct LangDetector {
    _private: (),
}

/// Texts are analysed up to this many bytes (cut at a character boundary).
const MAX_BYTES: usize = 500;

/// Longer texts are first analysed up to this many bytes; the rest of [`MAX_BYTES`] is read only when
/// the words of this part do not settle the language.
const FIRST_PASS_BYTES: usize = 320;

// ---------------------------------------------------------------------------------------------
// Candidate languages. Latin and Cyrillic texts are scored over these; `Xl`/`Xc` stand for "some
// other language of that script", reached only through letters none of the candidates uses.
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cand {
    En,
    Fi,
    Et,
    Sv,
    De,
    Es,
    Fr,
    It,
    Pt,
    Nl,
    Pl,
    Da,
    Nb,
    Tr,
    Xl,
    Ru,
    Uk,
    Bg,
    Be,
    Sr,
    Mk,
    Xc,
}

const NCAND: usize = 22;

/// Every candidate, in enum order (index = `Cand as usize`).
const ALL_CANDS: [Cand; NCAND] = [
    Cand::En,
    Cand::Fi,
    Cand::Et,
    Cand::Sv,
    Cand::De,
    Cand::Es,
    Cand::Fr,
    Cand::It,
    Cand::Pt,
    Cand::Nl,
    Cand::Pl,
    Cand::Da,
    Cand::Nb,
    Cand::Tr,
    Cand::Xl,
    Cand::Ru,
    Cand::Uk,
    Cand::Bg,
    Cand::Be,
    Cand::Sr,
    Cand::Mk,
    Cand::Xc,
];

const LATIN: [Cand; 15] = [
    Cand::En,
    Cand::Fi,
    Cand::Et,
    Cand::Sv,
    Cand::De,
    Cand::Es,
    Cand::Fr,
    Cand::It,
    Cand::Pt,
    Cand::Nl,
    Cand::Pl,
    Cand::Da,
    Cand::Nb,
    Cand::Tr,
    Cand::Xl,
];

const CYRILLIC: [Cand; 7] = [
    Cand::Ru,
    Cand::Uk,
    Cand::Bg,
    Cand::Be,
    Cand::Sr,
    Cand::Mk,
    Cand::Xc,
];

impl Cand {
    fn lang(self) -> Lang {
        match self {
            Cand::En => Lang::En,
            Cand::Fi => Lang::Fi,
            Cand::Ru => Lang::Ru,
            _ => Lang::Other,
        }
    }

    fn code(self) -> Option<&'static str> {
        Some(match self {
            Cand::En => "en",
            Cand::Fi => "fi",
            Cand::Et => "et",
            Cand::Sv => "sv",
            Cand::De => "de",
            Cand::Es => "es",
            Cand::Fr => "fr",
            Cand::It => "it",
            Cand::Pt => "pt",
            Cand::Nl => "nl",
            Cand::Pl => "pl",
            Cand::Da => "da",
            Cand::Nb => "nb",
            Cand::Tr => "tr",
            Cand::Ru => "ru",
            Cand::Uk => "uk",
            Cand::Bg => "bg",
            Cand::Be => "be",
            Cand::Sr => "sr",
            Cand::Mk => "mk",
            Cand::Xl | Cand::Xc => return None,
        })
    }

    fn whatlang(self) -> Option<whatlang::Lang> {
        use whatlang::Lang as W;
        Some(match self {
            Cand::En => W::Eng,
            Cand::Fi => W::Fin,
            Cand::Et => W::Est,
            Cand::Sv => W::Swe,
            Cand::De => W::Deu,
            Cand::Es => W::Spa,
            Cand::Fr => W::Fra,
            Cand::It => W::Ita,
            Cand::Pt => W::Por,
            Cand::Nl => W::Nld,
            Cand::Pl => W::Pol,
            Cand::Da => W::Dan,
            Cand::Nb => W::Nob,
            Cand::Tr => W::Tur,
            Cand::Ru => W::Rus,
            Cand::Uk => W::Ukr,
            Cand::Bg => W::Bul,
            Cand::Be => W::Bel,
            Cand::Sr => W::Srp,
            Cand::Mk => W::Mkd,
            Cand::Xl | Cand::Xc => return None,
        })
    }

    fn from_whatlang(l: whatlang::Lang) -> Option<Cand> {
        LATIN
            .iter()
            .chain(CYRILLIC.iter())
            .copied()
            .find(|c| c.whatlang() == Some(l))
    }
}

/// ISO 639-1 code of a whatlang language (`None` for the few without one).
fn iso639_1(l: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang as W;
    Some(match l {
        W::Epo => "eo",
        W::Eng => "en",
        W::Rus => "ru",
        W::Cmn => "zh",
        W::Spa => "es",
        W::Por => "pt",
        W::Ita => "it",
        W::Ben => "bn",
        W::Fra => "fr",
        W::Deu => "de",
        W::Ukr => "uk",
        W::Kat => "ka",
        W::Ara => "ar",
        W::Hin => "hi",
        W::Jpn => "ja",
        W::Heb => "he",
        W::Yid => "yi",
        W::Pol => "pl",
        W::Amh => "am",
        W::Jav => "jv",
        W::Kor => "ko",
        W::Nob => "nb",
        W::Dan => "da",
        W::Swe => "sv",
        W::Fin => "fi",
        W::Tur => "tr",
        W::Nld => "nl",
        W::Hun => "hu",
        W::Ces => "cs",
        W::Ell => "el",
        W::Bul => "bg",
        W::Bel => "be",
        W::Mar => "mr",
        W::Kan => "kn",
        W::Ron => "ro",
        W::Slv => "sl",
        W::Hrv => "hr",
        W::Srp => "sr",
        W::Mkd => "mk",
        W::Lit => "lt",
        W::Lav => "lv",
        W::Est => "et",
        W::Tam => "ta",
        W::Vie => "vi",
        W::Urd => "ur",
        W::Tha => "th",
        W::Guj => "gu",
        W::Uzb => "uz",
        W::Pan => "pa",
        W::Aze => "az",
        W::Ind => "id",
        W::Tel => "te",
        W::Pes => "fa",
        W::Mal => "ml",
        W::Ori => "or",
        W::Mya => "my",
        W::Nep => "ne",
        W::Sin => "si",
        W::Khm => "km",
        W::Tuk => "tk",
        W::Aka => "ak",
        W::Zul => "zu",
        W::Sna => "sn",
        W::Afr => "af",
        W::Lat => "la",
        W::Slk => "sk",
        W::Cat => "ca",
        W::Tgl => "tl",
        W::Hye => "hy",
        W::Cym => "cy",
        #[allow(unreachable_patterns)]
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// Lexicons: frequent words of each candidate language (function words, everyday vocabulary and
// words common in customer feedback), one lowercase word per line, sorted, in
// `src/lang/lexicon/<code>.txt` (a test checks the files). A word may be listed for several
// languages; each listing adds the same weight, so shared words cancel out. The lists are merged
// into one table at compile time.
// ---------------------------------------------------------------------------------------------

/// English.
#[cfg(test)]
const LEX_EN: &str = include_str!("lang/lexicon/en.txt");

/// Finnish.
#[cfg(test)]
const LEX_FI: &str = include_str!("lang/lexicon/fi.txt");

/// Estonian.
#[cfg(test)]
const LEX_ET: &str = include_str!("lang/lexicon/et.txt");

/// Swedish.
#[cfg(test)]
const LEX_SV: &str = include_str!("lang/lexicon/sv.txt");

/// German.
#[cfg(test)]
const LEX_DE: &str = include_str!("lang/lexicon/de.txt");

/// Spanish.
#[cfg(test)]
const LEX_ES: &str = include_str!("lang/lexicon/es.txt");

/// French.
#[cfg(test)]
const LEX_FR: &str = include_str!("lang/lexicon/fr.txt");

/// Italian.
#[cfg(test)]
const LEX_IT: &str = include_str!("lang/lexicon/it.txt");

/// Portuguese.
#[cfg(test)]
const LEX_PT: &str = include_str!("lang/lexicon/pt.txt");

/// Dutch.
#[cfg(test)]
const LEX_NL: &str = include_str!("lang/lexicon/nl.txt");

/// Polish.
#[cfg(test)]
const LEX_PL: &str = include_str!("lang/lexicon/pl.txt");

/// Danish.
#[cfg(test)]
const LEX_DA: &str = include_str!("lang/lexicon/da.txt");

/// Norwegian (Bokmål).
#[cfg(test)]
const LEX_NB: &str = include_str!("lang/lexicon/nb.txt");

/// Turkish.
#[cfg(test)]
const LEX_TR: &str = include_str!("lang/lexicon/tr.txt");

/// Russian.
#[cfg(test)]
const LEX_RU: &str = include_str!("lang/lexicon/ru.txt");

/// Ukrainian.
#[cfg(test)]
const LEX_UK: &str = include_str!("lang/lexicon/uk.txt");

/// Bulgarian.
#[cfg(test)]
const LEX_BG: &str = include_str!("lang/lexicon/bg.txt");

/// Belarusian.
#[cfg(test)]
const LEX_BE: &str = include_str!("lang/lexicon/be.txt");

/// Serbian.
#[cfg(test)]
const LEX_SR: &str = include_str!("lang/lexicon/sr.txt");

/// Macedonian.
#[cfg(test)]
const LEX_MK: &str = include_str!("lang/lexicon/mk.txt");

// ---------------------------------------------------------------------------------------------
// Lexicon table: all lists merged by build.rs into one static hash table.
// ---------------------------------------------------------------------------------------------

/// The lists as files, for the test that checks build.rs's table against them.
#[cfg(test)]
const LEXICONS: [(Cand, &str); 20] = [
    (Cand::En, LEX_EN),
    (Cand::Fi, LEX_FI),
    (Cand::Et, LEX_ET),
    (Cand::Sv, LEX_SV),
    (Cand::De, LEX_DE),
    (Cand::Es, LEX_ES),
    (Cand::Fr, LEX_FR),
    (Cand::It, LEX_IT),
    (Cand::Pt, LEX_PT),
    (Cand::Nl, LEX_NL),
    (Cand::Pl, LEX_PL),
    (Cand::Da, LEX_DA),
    (Cand::Nb, LEX_NB),
    (Cand::Tr, LEX_TR),
    (Cand::Ru, LEX_RU),
    (Cand::Uk, LEX_UK),
    (Cand::Bg, LEX_BG),
    (Cand::Be, LEX_BE),
    (Cand::Sr, LEX_SR),
    (Cand::Mk, LEX_MK),
];

// The word lists as a static hash table, made by build.rs: `LEX_TEXT` sliced at `LEX_ENDS` gives
// entry k's word; `LEX_MASKS`: bit = `Cand as usize` of each language listing it; `LEX_INDEX`:
// slot -> 1 + entry, 0 = empty, linear probing. Plus the n-gram tables `NG_CYR_*`, `NG_LAT_*`.
include!(concat!(env!("OUT_DIR"), "/lexicon_table.rs"));

include!("lang/table_keys.rs");

/// Entry `k` of the word table.
fn lex_word(k: usize) -> &'static str {
    let start = if k == 0 { 0 } else { LEX_ENDS[k - 1] as usize };
    &LEX_TEXT[start..LEX_ENDS[k] as usize]
}

/// Bit mask of the candidates whose lexicon lists `word`.
fn lexicon_mask(word: &str) -> u32 {
    let mut slot = fnv1a(word) as usize & (LEX_INDEX.len() - 1);
    loop {
        match LEX_INDEX[slot] {
            0 => return 0,
            k if lex_word(k as usize - 1) == word => return LEX_MASKS[k as usize - 1],
            _ => slot = (slot + 1) & (LEX_INDEX.len() - 1),
        }
    }
}

/// A character n-gram table made by build.rs from the word lists of one script's main languages:
/// sorted FNV-1a hashes of grams, per gram and language ln P(gram | language) in tenths, and the
/// value of a gram the language never shows.
struct NgramTable<const K: usize> {
    cands: [Cand; K],
    keys: &'static [u32],
    logp: &'static [[i8; K]],
    unseen: [i8; K],
}

/// Russian, Ukrainian and Bulgarian.
static NG_CYRILLIC: NgramTable<3> = NgramTable {
    cands: [Cand::Ru, Cand::Uk, Cand::Bg],
    keys: &NG_CYR_KEYS,
    logp: &NG_CYR_LOGP,
    unseen: NG_CYR_UNSEEN,
};

/// English, Finnish, Estonian, Swedish, German and Spanish.
static NG_LATIN: NgramTable<6> = NgramTable {
    cands: [Cand::En, Cand::Fi, Cand::Et, Cand::Sv, Cand::De, Cand::Es],
    keys: &NG_LAT_KEYS,
    logp: &NG_LAT_LOGP,
    unseen: NG_LAT_UNSEEN,
};

impl<const K: usize> NgramTable<K> {
    /// Scores a word that no list has by how much its spelling looks like each of the table's
    /// languages (naive Bayes over its character n-grams): the best gets nothing, the others lose
    /// the log-likelihood gap times `weight`, at most `clip`.
    fn score(&self, word: &str, s: &mut Scores, weight: f32, clip: f32) {
        let mut sums = [0.0f32; K];
        word_grams(word, |g| {
            let row = match self.keys.binary_search(&fnv1a(g)) {
                Ok(i) => &self.logp[i],
                Err(_) => &self.unseen,
            };
            for (sum, &v) in sums.iter_mut().zip(row) {
                *sum += v as f32 / 10.0;
            }
        });
        let best = sums.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        for (sum, cand) in sums.iter().zip(self.cands) {
            s[cand as usize] += (weight * (sum - best)).max(-clip);
        }
    }
}

/// Whether `cand`'s lexicon lists `word`.
fn in_lexicon(word: &str, cand: Cand) -> bool {
    let mut found = false;
    lexicon_hits(word, |c| found |= c == cand);
    found
}

/// Inflectional endings stripped to find a listed base form: `(language, endings, replacements)`.
/// Only for short texts, where every word counts.
const STEMMING: &[(Cand, &[&str], &[&str])] = &[
    (
        Cand::En,
        &["ing", "ies", "ied", "es", "ed", "ly", "er", "s", "d"],
        &["", "e", "y"],
    ),
    (
        Cand::Fi,
        &[
            "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "kin", "an",
            "en", "in", "on", "un", "än", "ta", "tä", "na", "nä", "ja", "jä", "n", "t", "a", "ä",
        ],
        &["", "a", "ä", "i", "e"],
    ),
    (
        Cand::Et,
        &[
            "dele", "tele", "ga", "st", "le", "lt", "ks", "sse", "d", "s", "t",
        ],
        &["", "a", "e"],
    ),
    (
        Cand::Sv,
        &[
            "arna", "erna", "orna", "en", "et", "er", "ar", "or", "na", "a", "t", "s", "e",
        ],
        &["", "a", "e"],
    ),
    (
        Cand::De,
        &["ern", "en", "er", "es", "em", "st", "e", "n", "s", "t"],
        &["", "e", "en"],
    ),
    (
        Cand::Es,
        &[
            "mente", "ando", "iendo", "ados", "adas", "idos", "idas", "es", "os", "as", "s", "a",
            "o",
        ],
        &["", "o", "a", "e", "ar", "er", "ir"],
    ),
    (
        Cand::Ru,
        &[
            "ами", "ями", "ого", "его", "ому", "ему", "ая", "ое", "ые", "ый", "ий", "ой", "ей",
            "ую", "ых", "ым", "ом", "ем", "ам", "ах", "ов", "ии", "ию", "ла", "ло", "ли", "ет",
            "ит", "ут", "ют", "ат", "ят", "а", "я", "у", "ю", "ы", "и", "е", "о",
        ],
        &["", "а", "ь", "й", "ый", "ть"],
    ),
    (
        Cand::Uk,
        &[
            "ами", "ого", "ому", "ою", "ий", "ої", "ів", "ам", "ах", "ом", "ла", "ло", "ли", "ти",
            "а", "у", "ю", "и", "і", "е", "о",
        ],
        &["", "а", "ь", "й", "ий", "ти"],
    ),
    (
        Cand::Bg,
        &[
            "ите", "ата", "ото", "ът", "ят", "та", "то", "те", "ия", "и", "а", "я", "е",
        ],
        &["", "а", "о", "ия"],
    ),
];

/// Adds `weight` for each language of [`STEMMING`] that lists a base form of `word` (but not the
/// word itself).
fn stem_hits(word: &str, s: &mut Scores, weight: f32) {
    let mut buf = String::with_capacity(word.len() + 4);
    for (cand, endings, replacements) in STEMMING {
        if in_lexicon(word, *cand) {
            continue;
        }
        let mut tried = 0;
        'endings: for end in *endings {
            let Some(stem) = word.strip_suffix(end) else {
                continue;
            };
            if stem.chars().count() < 3 {
                continue;
            }
            tried += 1;
            for rep in *replacements {
                buf.clear();
                buf.push_str(stem);
                buf.push_str(rep);
                if buf != word && in_lexicon(&buf, *cand) {
                    s[*cand as usize] += weight;
                    break 'endings;
                }
            }
            if tried == 3 {
                break;
            }
        }
    }
}

/// Adds `weight` for each compounding language (fi, et, sv, de) whose lexicon lists a tail of
/// `word` of at least four letters after a head of at least three: the last part of a compound
/// carries its language (asiakas+palvelu, Kunden+dienst). Short texts only.
fn compound_hits(word: &str, s: &mut Scores, weight: f32) {
    let mut found = 0u32;
    for (i, _) in word.char_indices().skip(3) {
        let tail = &word[i..];
        if tail.chars().count() < 4 {
            break;
        }
        lexicon_hits(tail, |c| {
            if matches!(c, Cand::Fi | Cand::Et | Cand::Sv | Cand::De) {
                found |= 1 << c as u32;
            }
        });
    }
    for c in [Cand::Fi, Cand::Et, Cand::Sv, Cand::De] {
        if found & (1 << c as u32) != 0 && !in_lexicon(word, c) {
            s[c as usize] += weight;
        }
    }
}

/// Calls `f` for every candidate whose lexicon lists `word` (once per candidate).
fn lexicon_hits(word: &str, mut f: impl FnMut(Cand)) {
    let mut mask = lexicon_mask(word);
    while mask != 0 {
        let c = mask.trailing_zeros();
        mask &= mask - 1;
        f(ALL_CANDS[c as usize]);
    }
}

// ---------------------------------------------------------------------------------------------
// Detection.
// ---------------------------------------------------------------------------------------------

type Scores = [f32; NCAND];

/// Weight of a lexicon hit.
const W_LEX: f32 = 2.1;
/// A text whose first words already give one candidate this lead stops being read...
const DECISIVE_LEAD: f32 = 14.0;
/// ...but only after this many words.
const DECISIVE_AFTER_WORDS: usize = 16;
/// Bits of the supported languages in a mask of candidates.
const SUPPORTED_MASK: u32 = 1 << Cand::En as u32 | 1 << Cand::Fi as u32 | 1 << Cand::Ru as u32;
/// Largest vote whatlang's trigram call adds to one candidate, in Latin and in Cyrillic text.
const WHATLANG_MAX_VOTE_LATIN: f32 = 4.0;
const WHATLANG_MAX_VOTE_CYRILLIC: f32 = 1.2;
/// Weight of a lexicon hit on a base form (short texts only).
const W_STEM: f32 = 1.2;
/// Weight of a lexicon hit on the last part of a compound (short texts only).
const W_COMPOUND: f32 = 0.8;
/// Weight of the character n-gram log-likelihood gap, and the most a word can cost a language, for
/// Cyrillic words of short texts that no list has. Chosen on our own development sentences
/// (`corpora/langid-dev/`, see `scripts/langid_dev_set.py`; not the benchmark): 0.15-1.0 and 1-4 tried.
const W_NGRAM: f32 = 0.3;
const NGRAM_CLIP: f32 = 2.0;
/// The same for Latin-script words (en, fi, et, sv, de, es). Chosen the same way (0.1-0.3 and 0.5-2
/// tried): the lists already cover most words, so the spelling only breaks near-ties.
const W_NGRAM_LATIN: f32 = 0.1;
const NGRAM_CLIP_LATIN: f32 = 0.5;
/// Bonus of German per German word followed by a capitalised word in a short text. Chosen on the
/// development set (0.5-2 tried; above 1 it turns "great service Ikea" German).
const W_GERMAN_NOUN: f32 = 1.0;
/// Texts of at most this many words get the short-text treatment.
const SHORT_WORDS: usize = 4;
/// Penalty of English for a word of a short text that the English lexicon lacks.
const EN_UNLISTED: f32 = 0.5;
/// Starting scores. The supported languages get a small bonus so that they win when the
/// evidence is close; the "other language of this script" pseudo-candidates need letters that
/// none of the listed languages uses.
const PRIORS: &[(Cand, f32)] = &[
    (Cand::En, 0.5),
    (Cand::Fi, 0.4),
    (Cand::Ru, 0.5),
    (Cand::Et, 0.4),
    (Cand::Sv, 0.5),
    (Cand::De, 0.1),
    (Cand::Es, 0.3),
    (Cand::Xl, -4.0),
    (Cand::Xc, -4.0),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Other,
}

fn char_script(c: char) -> Script {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        _ => Script::Other,
    }
}

/// A word of the text, lowercased into [`Words::lower`].
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    script: Script,
    letters: usize,
    /// Starts with a capital letter.
    capital: bool,
}

/// The words of a text: runs of letters (with inner apostrophes), lowercased. Mentions, hashtags,
/// URLs, e-mail addresses, CamelCase brand names and interjections such as "ok" or "haha" are
/// left out.
#[derive(Debug, Default)]
struct Words {
    lower: String,
    words: Vec<Word>,
    /// Letters per script over the kept words: Latin, Cyrillic, other.
    letters: [usize; 3],
    /// Inverted Spanish punctuation seen.
    spanish_marks: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '`' | '\u{00B4}'
    )
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F)
}

/// Cyrillic letter a lowercase Latin look-alike stands for inside a Cyrillic word.
fn latin_to_cyrillic(c: char) -> char {
    match c {
        'a' => 'а',
        'b' => 'в',
        'c' => 'с',
        'e' => 'е',
        'h' => 'н',
        'i' => 'і',
        'k' => 'к',
        'm' => 'м',
        'o' => 'о',
        'p' => 'р',
        't' => 'т',
        'x' => 'х',
        'y' => 'у',
        _ => c,
    }
}

fn skip_chunk(chunk: &str) -> bool {
    chunk.starts_with(['@', '#'])
        || chunk.contains("://")
        || chunk.starts_with("www.")
        || (chunk.contains('@') && chunk.contains('.'))
}

/// Interjections and chat words that say nothing about the language.
fn is_neutral(w: &str) -> bool {
    const NEUTRAL: &[&str] = &[
        "ok", "okay", "okey", "okei", "oki", "lol", "lmao", "omg", "wow", "xd", "xdd", "hmm", "hm",
        "uh", "um", "oh", "ah", "eh", "yay", "ха", "хм", "ок", "ого", "ммм", "мм", "эх", "ах",
        "ох", "ой",
    ];
    // The longest entry is 6 bytes; most words are longer and skip the scan.
    if w.len() <= 6 && NEUTRAL.contains(&w) {
        return true;
    }
    let mut chars = w.chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
        // Empty or a single letter ("я", "i", "y"): a word like any other.
        return false;
    };
    // One repeated letter ("aaaa", "zzz").
    if w.chars().all(|c| c == a) {
        return true;
    }
    // Laughter: "haha", "hehe", "jaja", "хаха".
    if !matches!(a, 'h' | 'j' | 'х') {
        return false;
    }
    let n = w.chars().count();
    n >= 4
        && n.is_multiple_of(2)
        && w.chars()
            .enumerate()
            .all(|(i, c)| c == if i % 2 == 0 { a } else { b })
}

impl Words {
    fn new(text: &str) -> Self {
        let mut ws = Words::default();
        ws.lower.reserve(text.len() + 8);
        ws.spanish_marks = text.contains(['¿', '¡']);
        let has_lowercase = text.chars().any(char::is_lowercase);
        for chunk in text.split_whitespace() {
            if skip_chunk(chunk) {
                continue;
            }
            let mut chars = chunk.chars().peekable();
            while let Some(c) = chars.next() {
                if !crate::text::is_letter(c) {
                    continue;
                }
                // A run of letters, with apostrophes between letters.
                let start = ws.lower.len();
                let mut counts = [0usize; 3];
                let mut camel = false;
                let mut prev_lower = false;
                let mut all_upper = true;
                let capital = c.is_uppercase();
                let mut cur = c;
                loop {
                    if is_combining(cur) {
                        // stress marks and the like: skip
                    } else {
                        counts[char_script(cur) as usize] += 1;
                        if cur.is_uppercase() && prev_lower {
                            camel = true;
                        }
                        prev_lower = cur.is_lowercase();
                        all_upper &= !cur.is_lowercase();
                        crate::text::push_lowercase(&mut ws.lower, cur);
                    }
                    match chars.peek() {
                        Some(&n) if crate::text::is_letter(n) || is_combining(n) => {
                            cur = n;
                            chars.next();
                        }
                        Some(&n) if is_apostrophe(n) => {
                            chars.next();
                            match chars.peek() {
                                Some(&m) if crate::text::is_letter(m) => {
                                    ws.lower.push('\'');
                                    cur = m;
                                    chars.next();
                                }
                                _ => break,
                            }
                        }
                        _ => break,
                    }
                }
                let end = ws.lower.len();
                if counts[1] > 0 && counts[0] > 0 && counts[1] >= counts[0] {
                    // Latin look-alikes typed inside a Cyrillic word ("бiльше", "зaказ").
                    let fixed: String = ws.lower[start..end]
                        .chars()
                        .map(latin_to_cyrillic)
                        .collect();
                    ws.lower.truncate(start);
                    ws.lower.push_str(&fixed);
                    counts[1] += counts[0];
                    counts[0] = 0;
                }
                let end = ws.lower.len();
                let word = &ws.lower[start..end];
                let letters = counts.iter().sum::<usize>();
                // Short all-capital words in a text that is not shouted are acronyms (SSL,
                // PKCS), unless they are listed words written for emphasis (NOT, НЕ).
                let acronym = all_upper && (2..=5).contains(&letters) && has_lowercase && {
                    let mut listed = false;
                    lexicon_hits(word, |_| listed = true);
                    !listed
                };
                // Latin words without vowels are abbreviations (pkcs, csv, mr).
                let vowelless = counts[0] == letters && letters >= 2 && !word.chars().any(is_vowel);
                if camel || letters == 0 || acronym || vowelless || is_neutral(word) {
                    ws.lower.truncate(start);
                    continue;
                }
                let script = if counts[1] > counts[0] && counts[1] >= counts[2] {
                    Script::Cyrillic
                } else if counts[0] >= counts[2] {
                    Script::Latin
                } else {
                    Script::Other
                };
                ws.letters[script as usize] += letters;
                ws.lower.push(' ');
                ws.words.push(Word {
                    start,
                    end,
                    script,
                    letters,
                    capital,
                });
            }
        }
        ws
    }

    fn text(&self, w: &Word) -> &str {
        &self.lower[w.start..w.end]
    }
}

/// Cuts `text` to at most `max` bytes at a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

impl LangDetector {
    /// Creates a detector with the default configuration.
    pub fn new() -> Self {
        Self::default()
    }

    /// Detects the language of `text`; only its first 500 bytes are analysed.
    pub fn detect(&self, text: &str) -> LangGuess {
        self.detect_with(text, true)
    }

    /// [`LangDetector::detect`], optionally without the shortcuts (the tests check that they never
    /// change the language): skipping whatlang when its vote cannot change the answer, and reading a
    /// long text's first [`FIRST_PASS_BYTES`] before its first [`MAX_BYTES`], since most long texts
    /// are settled by their first words.
    fn detect_with(&self, text: &str, shortcuts: bool) -> LangGuess {
        if shortcuts && text.len() > FIRST_PASS_BYTES + FIRST_PASS_BYTES / 2 {
            let mut decisive = false;
            let guess = self.detect_prefix(text, FIRST_PASS_BYTES, shortcuts, &mut decisive);
            if decisive {
                return guess;
            }
        }
        self.detect_prefix(text, MAX_BYTES, shortcuts, &mut false)
    }

    /// Detection over the first `max_bytes` of `text`; `decisive` is set when the words alone settled it
    /// before the end of the prefix.
    fn detect_prefix(
        &self,
        text: &str,
        max_bytes: usize,
        trigram_shortcut: bool,
        decisive_out: &mut bool,
    ) -> LangGuess {
        let text = prefix(text, max_bytes);
        let words = Words::new(text);
        let [latin, cyrillic, other] = words.letters;
        let total = latin + cyrillic + other;
        if total == 0 {
            return unknown(0.0);
        }
        if other > latin + cyrillic {
            return other_script(text, other);
        }
        // Russian feedback often quotes Latin brand names; the reverse is rare.
        let script = if 2 * cyrillic >= latin {
            Script::Cyrillic
        } else {
            Script::Latin
        };
        let letters = words.letters[script as usize];
        // In Cyrillic text a lone lowercase Latin "i" is the Ukrainian conjunction "і" typed on a
        // Latin layout (a capital one is more likely a Roman numeral).
        let kept: Vec<&Word> = words
            .words
            .iter()
            .filter(|w| {
                w.script == script
                    || (script == Script::Cyrillic && !w.capital && words.text(w) == "i")
            })
            .collect();
        if letters <= 2 || (kept.len() == 1 && kept[0].letters <= 2) {
            return unknown(0.05);
        }
        let cands: &[Cand] = if script == Script::Latin {
            &LATIN
        } else {
            &CYRILLIC
        };
        let short = kept.len() <= SHORT_WORDS;

        let mut s: Scores = [0.0; NCAND];
        for &(c, prior) in PRIORS {
            s[c as usize] = prior;
        }
        let mut joined = String::with_capacity(letters * 2 + kept.len());
        // Words only the lexicons of unsupported (resp. supported) languages list.
        let (mut only_other, mut only_supported) = (0, 0);
        let mut decisive = false;
        for (i, w) in kept.iter().enumerate() {
            // Long texts: once the words alone settle it, the rest of the text and whatlang's
            // trigrams cannot change the answer.
            if i >= DECISIVE_AFTER_WORDS && i % 4 == 0 && lead(&s, cands) >= DECISIVE_LEAD {
                decisive = true;
                break;
            }
            let t = if w.script == script {
                words.text(w)
            } else {
                "і"
            };
            let mut mask = 0u32;
            lexicon_hits(t, |c| mask |= 1 << c as u32);
            if mask != 0 {
                if mask & SUPPORTED_MASK == 0 {
                    only_other += 1;
                } else if mask & !SUPPORTED_MASK == 0 {
                    only_supported += 1;
                }
            }
            if short && mask == 0 {
                if script == Script::Cyrillic {
                    NG_CYRILLIC.score(t, &mut s, W_NGRAM, NGRAM_CLIP);
                } else {
                    NG_LATIN.score(t, &mut s, W_NGRAM_LATIN, NGRAM_CLIP_LATIN);
                }
            }
            if short {
                // Few words: every one counts, so also look up base forms, and let an English
                // word that is not listed at all count against English.
                let en_before = s[Cand::En as usize];
                // A Cyrillic word that a list has as it stands is not reread as an inflected
                // form of another language's word ("чекала" is Ukrainian, not Russian "чек").
                if script == Script::Latin || mask == 0 {
                    stem_hits(t, &mut s, W_STEM);
                }
                if script == Script::Latin {
                    compound_hits(t, &mut s, W_COMPOUND);
                }
                if script == Script::Latin
                    && s[Cand::En as usize] == en_before
                    && !in_lexicon(t, Cand::En)
                {
                    s[Cand::En as usize] -= EN_UNLISTED;
                }
            }
            if script == Script::Latin {
                latin_word(t, &mut s);
            } else {
                cyrillic_word(t, &mut s);
            }
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(t);
        }
        // German capitalises nouns: "im Hotel", "die Lieferung". A German word followed by a
        // capitalised one is a hint (not after other words: "hate Vodafone" names a brand).
        if short && script == Script::Latin && kept.len() >= 2 {
            let nouns = kept
                .windows(2)
                .filter(|p| !p[0].capital && p[1].capital && in_lexicon(words.text(p[0]), Cand::De))
                .count();
            if nouns > 0 {
                s[Cand::De as usize] += W_GERMAN_NOUN * nouns as f32;
            }
        }
        if script == Script::Latin && words.spanish_marks {
            bump_latin(&mut s, &[(Cand::Es, 3.0)], -1.0);
        }

        // Certain evidence rules the supported languages out: Ukrainian і ї є ґ without Russian
        // ы э ё ъ is never Russian; õ ü ß never occur in English or Finnish words; and a text with
        // two words that only other languages use, and none that only en/fi/ru use, is not
        // en/fi/ru.
        let has = |set: &[char]| joined.chars().any(|c| set.contains(&c));
        let veto = if script == Script::Cyrillic {
            has(&['і', 'ї', 'є', 'ґ']) && !has(&['ы', 'э', 'ё', 'ъ'])
        } else {
            has(&['õ', 'ü', 'ß'])
        } || (only_other >= 2 && only_supported == 0);
        if veto {
            for c in [Cand::En, Cand::Fi, Cand::Ru] {
                s[c as usize] = f32::NEG_INFINITY;
            }
        }

        if decisive && !veto {
            *decisive_out = true;
            return decide(&s, cands, letters, &joined);
        }
        // whatlang's vote is at most its weight; beyond short texts, a lead beyond that cannot change
        // the answer (only nudge the confidence a little), so the trigram pass is skipped.
        let max_vote = if script == Script::Latin {
            WHATLANG_MAX_VOTE_LATIN
        } else {
            WHATLANG_MAX_VOTE_CYRILLIC
        };
        if trigram_shortcut && !short && lead(&s, cands) > max_vote {
            return decide(&s, cands, letters, &joined);
        }
        // whatlang's trigram view, over the main candidates of the script only.
        use whatlang::Lang as W;
        let allow = if script == Script::Latin {
            vec![W::Eng, W::Fin, W::Est, W::Swe, W::Deu, W::Spa]
        } else {
            vec![W::Rus, W::Ukr, W::Bul]
        };
        let info = whatlang::Detector::with_allowlist(allow).detect(&joined);
        if let Some((info, c)) = info.and_then(|i| Cand::from_whatlang(i.lang()).map(|c| (i, c))) {
            let conf = info.confidence() as f32;
            let vote = if script == Script::Latin {
                (0.2 + 0.06 * letters as f32).min(WHATLANG_MAX_VOTE_LATIN) * (0.5 + 0.5 * conf)
            } else if kept.len() <= 2 {
                WHATLANG_MAX_VOTE_CYRILLIC * (0.5 + 0.5 * conf)
            } else {
                // whatlang tells Russian from Bulgarian poorly; in longer texts the words say
                // more, so only its confident calls count.
                WHATLANG_MAX_VOTE_CYRILLIC * conf
            };
            s[c as usize] += vote;
        }

        decide(&s, cands, letters, &joined)
    }
}

/// Detects the language of `text`; shorthand for [`LangDetector::new`] and
/// [`LangDetector::detect`].
///
/// ```
/// use feedback_themes::lang::{detect, Lang};
///
/// assert_eq!(detect("Toimitus myöhässä!!").lang, Lang::Fi);
/// assert_eq!(detect("заказ не доставили").lang, Lang::Ru);
/// assert_eq!(detect("@Amazon where is my parcel??").lang, Lang::En);
///
/// let guess = detect("Die Lieferung ist leider nicht angekommen.");
/// assert_eq!(guess.lang, Lang::Other);
/// assert_eq!(guess.detected, Some("de"));
///
/// assert_eq!(detect("12345").lang, Lang::Unknown);
/// ```
pub fn detect(text: &str) -> LangGuess {
    LangDetector::new().detect(text)
}

fn unknown(confidence: f32) -> LangGuess {
    LangGuess {
        lang: Lang::Unknown,
        confidence,
        detected: None,
    }
}

/// A text mostly in a script other than Latin or Cyrillic (Greek, Arabic, CJK, …).
fn other_script(text: &str, letters: usize) -> LangGuess {
    let info = whatlang::detect(text);
    let detected = info.as_ref().and_then(|i| iso639_1(i.lang()));
    let confidence = info.as_ref().map_or(0.5, |i| i.confidence() as f32) * evidence(letters);
    LangGuess {
        lang: Lang::Other,
        confidence: confidence.clamp(0.0, 1.0),
        detected,
    }
}

/// How much a number of letters can be trusted, in `(0, 1]`.
fn evidence(letters: usize) -> f32 {
    (letters as f32 / 20.0).sqrt().min(1.0)
}

/// Lead of the best candidate over the second best.
fn lead(s: &Scores, cands: &[Cand]) -> f32 {
    let (mut first, mut second) = (f32::NEG_INFINITY, f32::NEG_INFINITY);
    for &c in cands {
        let v = s[c as usize];
        if v > first {
            second = first;
            first = v;
        } else if v > second {
            second = v;
        }
    }
    first - second
}

fn decide(s: &Scores, cands: &[Cand], letters: usize, joined: &str) -> LangGuess {
    // Best candidate per class (en / fi / ru / other).
    let mut best: [Option<Cand>; 4] = [None; 4];
    for &c in cands {
        let k = match c.lang() {
            Lang::En => 0,
            Lang::Fi => 1,
            Lang::Ru => 2,
            _ => 3,
        };
        if best[k].is_none_or(|b| s[c as usize] > s[b as usize]) {
            best[k] = Some(c);
        }
    }
    let score = |k: usize| best[k].map_or(f32::NEG_INFINITY, |c| s[c as usize]);
    let mut top = 3;
    for k in 0..3 {
        if score(k) > score(top) {
            top = k;
        }
    }
    let rival = (0..4)
        .filter(|&k| k != top)
        .map(score)
        .fold(f32::NEG_INFINITY, f32::max);
    let margin = score(top) - rival;
    let confidence = (1.0 / (1.0 + libm::expf(-margin))) * evidence(letters);
    let cand = best[top].unwrap_or(cands[0]);
    let detected = match cand.code() {
        Some(code) => Some(code),
        None => whatlang::detect(joined).and_then(|i| iso639_1(i.lang())),
    };
    LangGuess {
        lang: cand.lang(),
        confidence: confidence.clamp(0.0, 1.0),
        detected,
    }
}

// ---------------------------------------------------------------------------------------------
// Word features. Weights are log-odds-like: a lexicon hit is worth `W_LEX`; a letter a language
// does not use costs about 2-3; a typical ending is worth 0.5-1.5.
// ---------------------------------------------------------------------------------------------

/// Adds `plus` to the listed candidates and `rest` to every other Latin candidate (not `Xl`).
fn bump_latin(s: &mut Scores, plus: &[(Cand, f32)], rest: f32) {
    for c in LATIN {
        if c == Cand::Xl {
            continue;
        }
        s[c as usize] += plus.iter().find(|(p, _)| *p == c).map_or(rest, |(_, w)| *w);
    }
}

fn add(s: &mut Scores, items: &[(Cand, f32)]) {
    for &(c, w) in items {
        s[c as usize] += w;
    }
}

fn is_cyrillic_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'і' | 'ї' | 'є'
    )
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'ä'
            | 'ö'
            | 'ü'
            | 'õ'
            | 'å'
            | 'á'
            | 'é'
            | 'í'
            | 'ó'
            | 'ú'
            | 'à'
            | 'è'
            | 'ì'
            | 'ò'
            | 'ù'
            | 'â'
            | 'ê'
            | 'î'
            | 'ô'
            | 'û'
            | 'ã'
            | 'æ'
            | 'ø'
            | 'ı'
    )
}

/// Best weight among the suffixes of `w` (the stem must keep at least two characters): the plain
/// definition that [`add_suffix_scores`] computes faster (kept as the tests' oracle).
#[cfg(test)]
fn suffix_score(w: &str, n_chars: usize, table: &[(&str, f32)]) -> f32 {
    let mut best = 0.0f32;
    let w = w.as_bytes();
    for (suf, weight) in table {
        // A byte loop from the end: most suffixes fail on the last byte, and a libc memcmp call
        // per suffix cost more than the comparison itself.
        let suf = suf.as_bytes();
        if *weight > best
            && suf.len() <= w.len()
            && suf.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
            && n_chars >= suf.iter().filter(|&&b| b & 0xC0 != 0x80).count() + 2
        {
            best = *weight;
        }
    }
    best
}

const SUF_EN: &[(&str, f32)] = &[
    ("ing", 1.0),
    ("ings", 1.2),
    ("tion", 0.6),
    ("tions", 0.8),
    ("ness", 1.5),
    ("ment", 0.5),
    ("ments", 0.8),
    ("ly", 1.0),
    ("ed", 0.6),
    ("ers", 0.4),
    ("able", 0.6),
    ("ible", 0.6),
    ("ful", 1.2),
    ("less", 1.0),
    ("ous", 1.2),
    ("ity", 1.0),
    ("ies", 0.8),
    ("ght", 1.2),
    ("th", 0.8),
    ("ship", 1.2),
    ("ward", 0.8),
    ("wards", 1.2),
    ("ance", 0.6),
    ("ence", 0.6),
    ("ize", 1.0),
    ("ary", 0.6),
    ("ory", 0.6),
    ("ery", 0.6),
    ("er", 0.2),
    ("ck", 0.6),
    ("ew", 0.8),
    ("ow", 0.8),
    ("aw", 0.8),
    ("ay", 0.8),
    ("ey", 0.6),
    ("oy", 0.6),
    ("ve", 0.5),
    ("ould", 1.5),
    ("ound", 1.2),
    ("ight", 1.5),
    ("ough", 1.5),
    ("'s", 1.0),
    ("n't", 2.0),
    ("ate", 0.5),
    ("ure", 0.6),
    ("ic", 0.4),
    ("ical", 0.8),
    ("ism", 0.5),
    ("ist", 0.3),
    ("dy", 0.5),
    ("ty", 0.3),
    ("ny", 0.4),
    ("ry", 0.4),
    ("py", 0.6),
    ("ky", 0.4),
    ("ey", 0.5),
];

const SUF_FI: &[(&str, f32)] = &[
    ("ssa", 1.0),
    ("ssä", 1.2),
    ("sta", 0.6),
    ("stä", 1.2),
    ("lla", 0.8),
    ("llä", 1.2),
    ("lta", 0.8),
    ("ltä", 1.2),
    ("lle", 0.8),
    ("ksi", 1.2),
    ("nen", 1.2),
    ("inen", 1.5),
    ("isen", 1.2),
    ("iset", 1.2),
    ("isia", 1.2),
    ("ista", 0.8),
    ("aan", 1.0),
    ("ään", 1.2),
    ("een", 0.6),
    ("iin", 0.8),
    ("oon", 0.8),
    ("uun", 1.0),
    ("yyn", 1.2),
    ("öön", 1.2),
    ("mme", 1.0),
    ("tte", 0.6),
    ("vat", 0.8),
    ("vät", 1.2),
    ("nut", 1.0),
    ("nyt", 1.2),
    ("neet", 1.2),
    ("ttu", 1.0),
    ("tty", 1.2),
    ("tiin", 1.2),
    ("taan", 1.0),
    ("tään", 1.2),
    ("kin", 1.0),
    ("kaan", 1.2),
    ("kään", 1.2),
    ("nsa", 1.0),
    ("nsä", 1.2),
    ("mpi", 1.2),
    ("mman", 1.2),
    ("ja", 0.4),
    ("jä", 0.8),
    ("ia", 0.3),
    ("iä", 0.8),
    ("ta", 0.3),
    ("tä", 0.8),
    ("na", 0.3),
    ("nä", 0.8),
    ("ni", 0.3),
    ("si", 0.3),
    ("ko", 0.5),
    ("kö", 1.0),
    ("uus", 1.0),
    ("yys", 1.2),
    ("sti", 0.8),
    ("ttä", 1.2),
    ("tta", 0.8),
    ("vä", 0.8),
    ("va", 0.3),
    ("yt", 0.8),
    ("eet", 0.6),
    ("aa", 0.6),
    ("ää", 0.8),
    ("ton", 0.5),
    ("tön", 1.0),
    ("ua", 0.4),
    ("yä", 1.0),
    ("oa", 0.6),
    ("hän", 1.0),
    ("lainen", 1.5),
    ("läinen", 1.5),
    ("ihin", 1.2),
    ("iksi", 1.2),
    ("illa", 1.0),
    ("ille", 1.0),
    ("issa", 1.2),
    ("jen", 1.0),
    ("nne", 0.6),
    ("ssaan", 1.5),
    ("ssään", 1.5),
    ("ksen", 1.2),
    ("uksen", 1.5),
    ("ykset", 1.5),
    ("ukset", 1.5),
    ("ukseen", 1.5),
    ("stä", 1.2),
    ("tu", 0.4),
    ("ty", 0.6),
    ("ut", 0.3),
    ("kse", 1.0),
    ("ine", 0.4),
    ("ma", 0.3),
    ("mä", 0.8),
    ("massa", 1.2),
    ("mässä", 1.5),
    ("maan", 1.0),
    ("mään", 1.2),
    ("ttiin", 1.5),
    ("emme", 1.0),
    ("itse", 0.8),
];

const SUF_ET: &[(&str, f32)] = &[
    ("ga", 1.0),
    ("ks", 0.8),
    ("st", 0.3),
    ("lt", 0.8),
    ("le", 0.3),
    ("des", 0.6),
    ("tes", 0.3),
    ("tele", 1.2),
    ("dele", 1.2),
    ("idele", 1.5),
    ("tega", 1.5),
    ("dega", 1.5),
    ("mine", 1.2),
    ("mise", 1.2),
    ("misel", 1.5),
    ("miseks", 1.5),
    ("mist", 1.2),
    ("nud", 1.2),
    ("tud", 1.2),
    ("dud", 1.2),
    ("lik", 0.8),
    ("likud", 1.5),
    ("line", 0.6),
    ("lised", 1.5),
    ("sse", 0.8),
    ("vad", 1.0),
    ("sid", 0.8),
    ("ksid", 1.2),
    ("ma", 0.3),
    ("da", 0.3),
    ("ta", 0.2),
    ("ti", 0.2),
    ("eb", 1.0),
    ("ab", 1.0),
    ("ib", 1.0),
    ("ub", 1.0),
    ("ad", 0.6),
    ("ed", 0.3),
    ("id", 0.5),
    ("ud", 0.6),
    ("ne", 0.3),
    ("se", 0.3),
    ("us", 0.4),
    ("ja", 0.3),
    ("ni", 0.3),
    ("gi", 0.6),
    ("ki", 0.4),
    ("el", 0.4),
    ("il", 0.4),
    ("al", 0.3),
    ("ist", 0.4),
    ("ust", 0.6),
    ("ast", 0.4),
    ("iks", 1.0),
    ("tav", 1.0),
    ("dav", 1.0),
    ("mata", 1.0),
    ("mas", 0.6),
    ("lus", 0.8),
    ("vus", 1.0),
    ("sus", 0.6),
    ("ses", 0.6),
    ("tel", 0.4),
    ("del", 0.6),
    ("gu", 0.6),
    ("ku", 0.3),
];

const SUF_SV: &[(&str, f32)] = &[
    ("ar", 0.5),
    ("er", 0.3),
    ("or", 0.5),
    ("en", 0.3),
    ("et", 0.3),
    ("na", 0.2),
    ("arna", 1.2),
    ("erna", 1.2),
    ("orna", 1.2),
    ("ande", 1.0),
    ("ende", 0.8),
    ("ning", 1.0),
    ("ningen", 1.5),
    ("ningar", 1.5),
    ("het", 0.8),
    ("heten", 1.5),
    ("lig", 1.0),
    ("ligt", 1.2),
    ("liga", 1.0),
    ("ade", 0.8),
    ("ades", 1.0),
    ("ad", 0.3),
    ("skap", 1.2),
    ("sam", 0.6),
    ("ig", 0.6),
    ("igt", 1.0),
    ("iga", 0.6),
    ("else", 0.8),
    ("ats", 1.0),
    ("tt", 0.8),
    ("are", 0.6),
    ("aren", 1.0),
    ("erna", 1.2),
    ("ens", 0.4),
    ("ets", 0.6),
    ("rna", 0.6),
    ("ion", 0.3),
    ("ter", 0.4),
    ("der", 0.4),
    ("ller", 0.6),
    ("ngen", 0.8),
    ("ck", 0.4),
];

const SUF_DE: &[(&str, f32)] = &[
    ("ung", 1.2),
    ("ungen", 1.5),
    ("heit", 1.5),
    ("keit", 1.5),
    ("lich", 1.5),
    ("liche", 1.5),
    ("lichen", 1.5),
    ("isch", 1.2),
    ("ische", 1.5),
    ("chen", 1.0),
    ("schaft", 1.5),
    ("ieren", 1.2),
    ("iert", 1.0),
    ("te", 0.2),
    ("ten", 0.4),
    ("en", 0.4),
    ("ern", 0.6),
    ("er", 0.2),
    ("em", 0.6),
    ("st", 0.3),
    ("nis", 0.8),
    ("tät", 1.5),
    ("ig", 0.4),
    ("igen", 0.8),
    ("lung", 1.2),
    ("tung", 1.2),
    ("cht", 1.0),
    ("sch", 1.0),
    ("eit", 0.8),
    ("sten", 0.8),
    ("ein", 0.4),
    ("gen", 0.4),
    ("ßen", 1.0),
    ("tz", 1.0),
    ("lt", 0.3),
    ("rt", 0.3),
    ("nd", 0.4),
];

const SUF_ES: &[(&str, f32)] = &[
    ("ción", 2.0),
    ("ciones", 2.0),
    ("sión", 2.0),
    ("mente", 1.5),
    ("dad", 1.5),
    ("dades", 1.5),
    ("ado", 1.0),
    ("ada", 0.8),
    ("ados", 1.2),
    ("adas", 1.2),
    ("ido", 1.0),
    ("ida", 0.6),
    ("idos", 1.2),
    ("idas", 1.0),
    ("ando", 1.2),
    ("iendo", 1.5),
    ("ar", 0.4),
    ("ir", 0.4),
    ("os", 0.6),
    ("as", 0.5),
    ("es", 0.3),
    ("amos", 1.2),
    ("emos", 1.2),
    ("imos", 1.2),
    ("aba", 1.0),
    ("aban", 1.2),
    ("ía", 1.5),
    ("ían", 1.5),
    ("ero", 0.8),
    ("era", 0.4),
    ("eros", 1.0),
    ("eras", 0.8),
    ("ismo", 1.0),
    ("oso", 1.0),
    ("osa", 1.0),
    ("ente", 0.6),
    ("encia", 1.2),
    ("ancia", 1.2),
    ("ito", 0.8),
    ("ita", 0.4),
    ("illo", 1.2),
    ("illa", 0.8),
    ("o", 0.3),
    ("io", 0.5),
    ("ia", 0.3),
    ("eza", 1.2),
    ("ez", 0.8),
    ("ón", 1.5),
    ("ones", 1.0),
    ("uy", 1.0),
    ("ante", 0.8),
    ("antes", 1.0),
    ("ente", 0.8),
    ("entes", 1.0),
    ("ario", 1.2),
    ("aria", 1.0),
    ("arios", 1.2),
    ("ano", 0.8),
    ("ana", 0.6),
    ("anos", 1.0),
    ("anas", 1.0),
    ("ales", 1.0),
    ("iles", 0.8),
    ("aje", 1.0),
    ("arla", 1.5),
    ("arlo", 1.5),
    ("erla", 1.5),
    ("erlo", 1.5),
    ("irla", 1.5),
    ("irlo", 1.5),
    ("ena", 0.4),
    ("eja", 0.8),
    ("ojo", 0.8),
    ("ores", 0.8),
    ("ura", 0.5),
    ("uras", 0.8),
    ("icos", 1.0),
    ("icas", 1.0),
    ("ico", 0.6),
    ("ica", 0.4),
    ("ivo", 0.8),
    ("iva", 0.6),
    ("ados", 1.2),
    ("emente", 1.5),
];

const SUF_FR: &[(&str, f32)] = &[
    ("tion", 0.6),
    ("ment", 0.6),
    ("eux", 1.5),
    ("euse", 1.5),
    ("ait", 1.2),
    ("aient", 1.5),
    ("ons", 0.6),
    ("ez", 0.8),
    ("er", 0.3),
    ("é", 1.0),
    ("ée", 1.5),
    ("és", 1.0),
    ("eau", 1.5),
    ("aux", 1.2),
    ("oir", 1.0),
    ("ique", 1.0),
    ("elle", 0.6),
    ("ette", 0.8),
    ("ais", 0.8),
    ("oit", 1.0),
    ("ent", 0.4),
    ("que", 0.6),
];

const SUF_IT: &[(&str, f32)] = &[
    ("zione", 2.0),
    ("zioni", 2.0),
    ("mente", 1.0),
    ("are", 0.5),
    ("ere", 0.5),
    ("ire", 0.5),
    ("ato", 0.8),
    ("ata", 0.6),
    ("ati", 0.8),
    ("ito", 0.6),
    ("etto", 1.0),
    ("etta", 1.0),
    ("ello", 0.8),
    ("gli", 1.5),
    ("ggi", 1.2),
    ("cchi", 1.5),
    ("i", 0.3),
    ("o", 0.2),
    ("tà", 2.0),
    ("zza", 1.2),
];

const SUF_PT: &[(&str, f32)] = &[
    ("ção", 2.5),
    ("ções", 2.5),
    ("mente", 1.0),
    ("ão", 2.0),
    ("ões", 2.5),
    ("ado", 0.6),
    ("inho", 1.5),
    ("inha", 1.5),
    ("dade", 1.5),
    ("em", 0.3),
    ("os", 0.4),
    ("as", 0.4),
];

const SUF_NL: &[(&str, f32)] = &[
    ("heid", 1.5),
    ("lijk", 2.0),
    ("tje", 1.5),
    ("en", 0.4),
    ("aar", 0.6),
    ("oor", 0.6),
    ("eer", 0.4),
    ("cht", 0.6),
];

const SUF_PL: &[(&str, f32)] = &[
    ("ów", 2.0),
    ("ość", 2.5),
    ("ych", 1.5),
    ("ego", 1.0),
    ("emu", 1.0),
    ("ać", 1.5),
    ("ie", 0.3),
];

const SUF_DA_NB: &[(&str, f32)] = &[
    ("ene", 0.8),
    ("else", 0.6),
    ("lig", 0.8),
    ("ning", 0.6),
    ("ere", 0.5),
    ("het", 0.5),
];

const SUF_TR: &[(&str, f32)] = &[
    ("lar", 1.5),
    ("ler", 1.2),
    ("lık", 2.5),
    ("lik", 0.8),
    ("dır", 2.5),
    ("mak", 1.5),
    ("mek", 1.5),
    ("iyor", 2.0),
    ("yor", 1.5),
];

/// Non-ASCII letters of the listed Latin-script candidates.
const KNOWN_LATIN: &str = "äöåõüßñáéíóúàèìòùâêîôûëïœçãæøğşıąęłńśźżćšž";

fn latin_word(w: &str, s: &mut Scores) {
    use Cand::*;
    lexicon_hits(w, |c| s[c as usize] += W_LEX);

    let mut buf = [' '; 40];
    let mut n = 0;
    for c in w.chars() {
        if c != '\'' && n < buf.len() {
            buf[n] = c;
            n += 1;
        }
    }
    let ch = &buf[..n];

    // Letters: each distinct letter counts once.
    let mut seen: u64 = 0;
    let mut once = |bit: u32| {
        let fresh = seen & (1 << bit) == 0;
        seen |= 1 << bit;
        fresh
    };
    let mut foreign = false;
    for (i, &c) in ch.iter().enumerate() {
        match c {
            'ä' if once(0) => bump_latin(s, &[(Fi, 0.6), (Et, 0.6), (Sv, 0.6), (De, 0.6)], -2.5),
            'ö' if once(1) => bump_latin(
                s,
                &[(Fi, 0.6), (Et, 0.6), (Sv, 0.6), (De, 0.6), (Tr, 0.6)],
                -2.5,
            ),
            'å' if once(2) => bump_latin(s, &[(Sv, 2.0), (Da, 2.0), (Nb, 2.0), (Fi, -2.0)], -3.0),
            'õ' if once(3) => bump_latin(s, &[(Et, 3.0), (Pt, 1.0)], -3.0),
            'ü' if once(4) => bump_latin(
                s,
                &[
                    (Et, 1.0),
                    (De, 1.5),
                    (Tr, 1.5),
                    (Es, -0.5),
                    (Sv, -2.5),
                    (Fr, -1.5),
                ],
                -3.0,
            ),
            'ß' if once(5) => bump_latin(s, &[(De, 3.0)], -3.0),
            'ñ' if once(6) => bump_latin(s, &[(Es, 3.0)], -3.0),
            'á' if once(7) => bump_latin(s, &[(Es, 1.2), (Pt, 1.2), (It, -2.0), (Fr, -2.0)], -3.0),
            'é' if once(8) => bump_latin(
                s,
                &[
                    (Es, 1.0),
                    (Fr, 1.5),
                    (Pt, 1.0),
                    (It, 0.8),
                    (Sv, -0.5),
                    (En, -1.5),
                    (De, -1.5),
                ],
                -2.0,
            ),
            'í' | 'ó' | 'ú' if once(9) => {
                bump_latin(s, &[(Es, 1.2), (Pt, 1.0), (It, -1.5), (Pl, -1.0)], -3.0)
            }
            'à' | 'è' | 'ì' | 'ò' | 'ù' if once(10) => {
                bump_latin(s, &[(It, 1.5), (Fr, 1.2), (Pt, 0.5)], -3.0)
            }
            'â' | 'ê' | 'î' | 'ô' | 'û' | 'ë' | 'ï' | 'œ' if once(11) => {
                bump_latin(s, &[(Fr, 1.5), (Pt, 0.5), (Nl, 0.5)], -3.0)
            }
            'ç' if once(12) => bump_latin(s, &[(Fr, 1.2), (Pt, 1.2), (Tr, 1.2)], -3.0),
            'ã' if once(13) => bump_latin(s, &[(Pt, 2.5)], -3.0),
            'æ' | 'ø' if once(14) => bump_latin(s, &[(Da, 2.5), (Nb, 2.5)], -3.0),
            'ğ' | 'ş' | 'ı' if once(15) => bump_latin(s, &[(Tr, 2.5)], -3.0),
            'ą' | 'ę' | 'ł' | 'ń' | 'ś' | 'ź' | 'ż' | 'ć' if once(16) => {
                bump_latin(s, &[(Pl, 2.5)], -3.0)
            }
            'š' | 'ž' if once(17) => {
                bump_latin(s, &[(Et, 1.2), (Fi, -1.0)], -3.0);
                s[Xl as usize] += 1.0;
            }
            'w' if once(18) => bump_latin(
                s,
                &[
                    (En, 0.4),
                    (De, 0.4),
                    (Pl, 0.4),
                    (Nl, 0.3),
                    (Fr, -0.8),
                    (Da, -1.0),
                    (Nb, -1.0),
                ],
                -1.5,
            ),
            'q' if once(19) => bump_latin(
                s,
                &[
                    (En, 0.0),
                    (De, -0.5),
                    (Es, 0.3),
                    (Fr, 0.3),
                    (It, 0.3),
                    (Pt, 0.3),
                    (Nl, -1.0),
                ],
                -2.0,
            ),
            'x' if once(20) => add(
                s,
                &[
                    (Fi, -1.5),
                    (Et, -1.5),
                    (De, -0.5),
                    (Sv, -0.3),
                    (Pl, -2.0),
                    (Nl, -0.5),
                    (Tr, -2.0),
                ],
            ),
            'z' if once(21) => add(
                s,
                &[
                    (Fi, -1.5),
                    (Et, -0.8),
                    (Sv, -1.5),
                    (En, -0.3),
                    (Da, -1.5),
                    (Nb, -1.5),
                    (De, 0.5),
                ],
            ),
            'c' if once(22) => add(
                s,
                &[(Fi, -1.5), (Et, -1.5), (Sv, -0.3), (Da, -0.3), (Nb, -0.5)],
            ),
            'y' if once(23) => add(
                s,
                &[
                    (Et, -1.5),
                    (De, -0.8),
                    (It, -1.5),
                    (Pt, -1.5),
                    (Fr, -0.3),
                    (Fi, 0.2),
                    (En, 0.2),
                ],
            ),
            'b' if once(24) => add(s, &[(Fi, -0.7)]),
            'f' if once(25) => add(s, &[(Fi, -0.7)]),
            'g' if (i == 0 || ch[i - 1] != 'n') && once(26) => add(s, &[(Fi, -0.7)]),
            'k' if once(27) => add(s, &[(Es, -1.0), (Fr, -0.8), (It, -1.5), (Pt, -1.0)]),
            c if !c.is_ascii() && !foreign && !KNOWN_LATIN.contains(c) => {
                foreign = true;
                bump_latin(s, &[], -3.0);
                s[Xl as usize] += 2.5;
            }
            _ => {}
        }
    }

    // Letter pairs (each kind once per word).
    let mut pairs: u64 = 0;
    let mut pair_once = |bit: u32| {
        let fresh = pairs & (1 << bit) == 0;
        pairs |= 1 << bit;
        fresh
    };
    for i in 1..n {
        let (a, b) = (ch[i - 1], ch[i]);
        match (a, b) {
            ('t', 'h') if pair_once(0) => add(s, &[(En, 1.2)]),
            ('s', 'h') if pair_once(1) => add(s, &[(En, 0.8)]),
            ('w', 'h') if pair_once(2) => add(s, &[(En, 1.5)]),
            ('c', 'h') if pair_once(3) => {
                let sch = i >= 2 && ch[i - 2] == 's';
                if sch {
                    add(s, &[(De, 1.5), (Nl, 0.5), (En, -0.5), (Sv, -1.0)]);
                } else {
                    add(
                        s,
                        &[
                            (De, 0.6),
                            (Es, 0.3),
                            (Fr, 0.3),
                            (Nl, 0.5),
                            (En, 0.2),
                            (Pl, 0.3),
                        ],
                    );
                }
                add(s, &[(Fi, -1.5), (Et, -1.5), (Sv, -0.5)]);
            }
            ('c', 'k') if pair_once(4) => bump_latin(
                s,
                &[
                    (En, 0.5),
                    (De, 0.5),
                    (Sv, 0.5),
                    (Nl, 0.3),
                    (Da, 0.0),
                    (Nb, 0.0),
                    (Fr, -1.0),
                ],
                -2.0,
            ),
            ('t', 'z') if pair_once(5) => bump_latin(s, &[(De, 1.0)], -0.5),
            ('e', 'i') if pair_once(6) => {
                add(s, &[(De, 0.6), (Fi, 0.2), (Et, 0.2), (Nl, 0.3), (Sv, -0.5)])
            }
            ('e', 'u') if pair_once(7) => add(s, &[(De, 0.5), (Fr, 0.5), (Pt, 0.3), (En, -0.3)]),
            ('i', 'e') if pair_once(8) => add(
                s,
                &[(De, 0.5), (Fi, 0.3), (Es, 0.4), (Et, -0.5), (Sv, -0.5)],
            ),
            ('u', 'o') if pair_once(9) => add(
                s,
                &[
                    (Fi, 1.0),
                    (It, 0.4),
                    (Et, -1.0),
                    (De, -1.0),
                    (Sv, -1.0),
                    (En, -0.5),
                ],
            ),
            ('y', 'ö') | ('ö', 'y') | ('ä', 'y') if pair_once(10) => {
                add(s, &[(Fi, 1.2), (Et, -1.0), (Sv, -1.0), (De, -1.0)])
            }
            ('o', 'o') if pair_once(11) => add(
                s,
                &[
                    (En, 0.4),
                    (Fi, 0.4),
                    (Et, 0.6),
                    (Nl, 0.5),
                    (De, -0.3),
                    (Sv, -1.0),
                    (Es, -0.8),
                ],
            ),
            ('a', 'a') if pair_once(12) => bump_latin(
                s,
                &[
                    (Fi, 0.7),
                    (Et, 0.7),
                    (Nl, 0.5),
                    (De, -0.2),
                    (Sv, -1.0),
                    (Da, -0.5),
                    (Nb, -0.5),
                ],
                -1.5,
            ),
            ('e', 'e') if pair_once(13) => add(
                s,
                &[
                    (En, 0.3),
                    (Fi, 0.5),
                    (Et, 0.6),
                    (Nl, 0.5),
                    (Es, -0.5),
                    (Sv, -1.0),
                    (Fr, -0.5),
                ],
            ),
            ('i', 'i') if pair_once(14) => bump_latin(s, &[(Fi, 0.8), (Et, 0.8)], -1.5),
            ('u', 'u') if pair_once(15) => {
                bump_latin(s, &[(Fi, 0.8), (Et, 0.8), (Nl, -0.5), (De, -1.2)], -1.5)
            }
            ('y', 'y') if pair_once(16) => bump_latin(s, &[(Fi, 1.2)], -1.5),
            ('ä', 'ä') | ('ö', 'ö') if pair_once(17) => {
                add(s, &[(Fi, 0.8), (Et, 0.8), (De, -1.0), (Sv, -1.0)])
            }
            ('k', 'k') if pair_once(18) => bump_latin(s, &[(Fi, 0.6), (Et, 0.6)], -1.2),
            ('i', 'j') if pair_once(19) => add(s, &[(Nl, 1.5)]),
            ('g', 'h') if pair_once(20) => bump_latin(s, &[(En, 0.8)], -0.5),
            ('o', 'u') if pair_once(21) => add(
                s,
                &[
                    (En, 0.4),
                    (Fr, 0.6),
                    (Fi, 0.1),
                    (Et, -0.5),
                    (De, -0.5),
                    (Sv, -0.3),
                    (Es, -0.3),
                ],
            ),
            ('ä', 'e') if pair_once(22) => add(s, &[(Et, 1.2), (Fi, -0.3)]),
            ('õ', _) | (_, 'õ') if pair_once(23) => add(s, &[(Et, 0.5)]),
            ('n', 'h') | ('l', 'h') if pair_once(24) => add(s, &[(Pt, 1.5)]),
            ('s', 'z') | ('c', 'z') | ('r', 'z') if pair_once(25) => add(s, &[(Pl, 1.5)]),
            ('h', 'v') if i == 1 && pair_once(26) => add(s, &[(Da, 1.5), (Nb, 1.5)]),
            ('j', 'ö') | ('j', 'ä') if i == 1 && pair_once(27) => add(s, &[(Sv, 0.5)]),
            _ => {}
        }
    }

    if n < 3 {
        return;
    }
    let has = |set: &[char]| ch.iter().any(|c| set.contains(c));

    // Finnish vowel harmony: back vowels (a o u) do not mix with front ones (ä ö y) within a
    // word; compounds may mix them, but the last part and its endings agree. So compare the
    // last two harmonic vowels (e and i are neutral).
    let back = has(&['a', 'o', 'u']);
    let front_strong = has(&['ä', 'ö']);
    let mut harmonic = ch.iter().rev().filter_map(|&c| match c {
        'a' | 'o' | 'u' => Some(false),
        'ä' | 'ö' | 'y' => Some(true),
        _ => None,
    });
    let (h1, h2) = (harmonic.next(), harmonic.next());
    if matches!((h1, h2), (Some(a), Some(b)) if a != b) {
        // With y only, the text may be Finnish typed without ä/ö.
        add(
            s,
            &[
                (Fi, if front_strong { -1.5 } else { -0.3 }),
                (Et, 0.3),
                (Sv, 0.2),
            ],
        );
    } else if back && front_strong {
        add(s, &[(Fi, -0.3)]);
    } else if front_strong || has(&['y']) {
        add(s, &[(Fi, 0.5)]);
    }

    // Word endings.
    let last = ch[n - 1];
    let prev = ch[n - 2];
    if !is_vowel(last) {
        if !matches!(last, 'n' | 't' | 's' | 'l' | 'r' | 'k' | 'h') {
            add(s, &[(Fi, -2.0)]);
        } else if matches!(last, 'k' | 'h') {
            add(s, &[(Fi, -0.5)]);
        }
        if !is_vowel(prev) {
            // Finnish words end in at most one consonant.
            add(s, &[(Fi, -1.5), (Es, -1.0), (It, -1.0)]);
        }
        if !matches!(last, 's' | 'n' | 'r' | 'l' | 'd' | 'z' | 'y' | 'j' | 'x') {
            add(s, &[(Es, -1.5), (It, -1.5), (Pt, -1.0)]);
        } else if !matches!(last, 'n' | 'r' | 'l') {
            add(s, &[(It, -1.0)]);
        }
    }
    match last {
        'a' => add(s, &[(En, -0.8), (De, -0.6)]),
        'o' => add(s, &[(En, -0.7), (De, -0.8), (Sv, -0.8), (Et, -0.8)]),
        'i' => add(s, &[(En, -1.0), (De, -1.0), (Sv, -1.0), (Es, -0.5)]),
        'u' => add(s, &[(En, -1.2), (De, -1.0), (Sv, -1.0), (Es, -1.0)]),
        'y' => add(s, &[(Et, -1.0), (Es, -0.3)]),
        _ => {}
    }

    // Two consonants at the start: rare in native Finnish and Estonian words, and no Spanish
    // word starts with s + consonant.
    let initial_ch = ch[0] == 'c' && ch[1] == 'h';
    if !(is_vowel(ch[0]) || is_vowel(ch[1]) || initial_ch) {
        add(s, &[(Fi, -0.8), (Et, -0.6)]);
        if ch[0] == 's' {
            add(s, &[(Es, -1.5), (Pt, -1.0)]);
        }
    }

    // Long consonant runs.
    let mut run = 0;
    let mut max_run = 0;
    for &c in ch {
        if is_vowel(c) {
            run = 0;
        } else {
            run += 1;
            max_run = max_run.max(run);
        }
    }
    for i in 2..n {
        let (a, b, c) = (ch[i - 2], ch[i - 1], ch[i]);
        if !is_vowel(a) && !is_vowel(b) && !is_vowel(c) && b != c {
            add(s, &[(Fi, -0.9)]);
            break;
        }
    }
    if max_run >= 4 {
        add(s, &[(Fi, -1.0), (Et, -0.5), (Es, -1.5), (It, -1.5)]);
    }

    // Suffixes.
    add_suffix_scores(w, n, s);
}

/// A table of typical word endings and their weights.
type SuffixTable = &'static [(&'static str, f32)];

/// Which candidates each suffix table scores (Danish and Norwegian share one).
const SUFFIX_TABLES: &[(SuffixTable, &[Cand])] = &[
    (SUF_EN, &[Cand::En]),
    (SUF_FI, &[Cand::Fi]),
    (SUF_ET, &[Cand::Et]),
    (SUF_SV, &[Cand::Sv]),
    (SUF_DE, &[Cand::De]),
    (SUF_ES, &[Cand::Es]),
    (SUF_FR, &[Cand::Fr]),
    (SUF_IT, &[Cand::It]),
    (SUF_PT, &[Cand::Pt]),
    (SUF_NL, &[Cand::Nl]),
    (SUF_PL, &[Cand::Pl]),
    (SUF_DA_NB, &[Cand::Da, Cand::Nb]),
    (SUF_TR, &[Cand::Tr]),
    (SUF_RU, &[Cand::Ru]),
    (SUF_UK, &[Cand::Uk]),
    (SUF_BG, &[Cand::Bg]),
];

/// The suffix tables indexed by suffix: `(candidate, weight)` for each table listing it, and the
/// longest suffix in characters. Built once, immutable afterwards.
struct SuffixIndex {
    by_suffix: std::collections::HashMap<&'static str, Vec<(Cand, f32)>>,
    max_chars: usize,
}

fn suffix_index() -> &'static SuffixIndex {
    static INDEX: std::sync::OnceLock<SuffixIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_suffix: std::collections::HashMap<&'static str, Vec<(Cand, f32)>> =
            Default::default();
        let mut max_chars = 0;
        for (table, cands) in SUFFIX_TABLES {
            for &(suffix, weight) in *table {
                max_chars = max_chars.max(suffix.chars().count());
                for &c in *cands {
                    by_suffix.entry(suffix).or_default().push((c, weight));
                }
            }
        }
        SuffixIndex {
            by_suffix,
            max_chars,
        }
    })
}

/// Adds, per candidate, the best weight among its table's suffixes of `w` (`n` characters; the stem
/// must keep at least two): the same as [`suffix_score`] over every table, with one lookup per
/// suffix length instead of a scan of every table.
fn add_suffix_scores(w: &str, n: usize, s: &mut Scores) {
    let index = suffix_index();
    let mut best = [0.0f32; NCAND];
    for (k, (start, _)) in w.char_indices().rev().enumerate() {
        let len = k + 1;
        if len > index.max_chars || len + 2 > n {
            break;
        }
        if let Some(hits) = index.by_suffix.get(&w[start..]) {
            for &(c, weight) in hits {
                best[c as usize] = best[c as usize].max(weight);
            }
        }
    }
    for (score, b) in s.iter_mut().zip(best) {
        *score += b;
    }
}

const SUF_RU: &[(&str, f32)] = &[
    ("ован", 1.2),
    ("ована", 1.2),
    ("овано", 1.2),
    ("ованы", 1.2),
    ("ованный", 1.5),
    ("ованная", 1.5),
    ("овать", 1.5),
    ("ировать", 1.5),
    ("нут", 0.8),
    ("нута", 0.8),
    ("нию", 1.5),
    ("нием", 1.5),
    ("ией", 1.2),
    ("ием", 1.2),
    ("иям", 1.2),
    ("иями", 1.5),
    ("иях", 1.2),
    ("ами", 0.5),
    ("ями", 0.5),
    ("ую", 0.6),
    ("юю", 1.5),
    ("ых", 0.5),
    ("ым", 0.5),
    ("ому", 0.3),
    ("ему", 0.3),
    ("тся", 1.5),
    ("ться", 0.6),
    ("ешь", 2.0),
    ("ишь", 2.0),
    ("ая", 1.5),
    ("яя", 1.5),
    ("ое", 1.0),
    ("ее", 0.8),
    ("ью", 0.8),
    ("ов", 0.8),
    ("ей", 0.3),
    ("ть", 0.5),
    ("ого", 0.5),
    ("его", 0.5),
    ("ие", 0.5),
    ("ия", 0.3),
    ("ение", 1.0),
    ("ание", 1.0),
    ("ой", 0.5),
    ("ем", 0.3),
    ("ом", 0.3),
    ("ах", 0.3),
    ("ях", 0.3),
    ("ать", 0.6),
    ("ить", 0.6),
    ("еть", 0.6),
    ("ут", 0.3),
    ("ют", 0.3),
];

const SUF_UK: &[(&str, f32)] = &[
    ("ння", 1.5),
    ("ую", 0.3),
    ("ття", 1.2),
    ("тися", 1.5),
    ("тись", 1.5),
    ("ою", 0.8),
    ("ти", 0.5),
    ("ити", 1.5),
    ("ати", 1.2),
    ("яти", 1.5),
    ("ути", 1.0),
    ("лося", 1.5),
    ("лася", 1.5),
    ("лися", 1.5),
    ("ого", 0.3),
    ("ий", 0.3),
    ("ок", 0.2),
    ("ів", 1.0),
    ("ці", 0.5),
    ("ні", 0.4),
    ("ла", 0.1),
];

const SUF_BG: &[(&str, f32)] = &[
    ("иран", 1.5),
    ("ирана", 1.5),
    ("ирано", 1.5),
    ("ирани", 1.5),
    ("нието", 1.5),
    ("нията", 1.5),
    ("ията", 1.5),
    ("ието", 1.2),
    ("ята", 0.5),
    ("ът", 2.0),
    ("хте", 1.5),
    ("ен", 0.5),
    ("ски", 1.0),
    ("ът", 2.0),
    ("ост", 1.5),
    ("ата", 0.4),
    ("ото", 0.4),
    ("ия", 0.3),
    ("ие", 0.3),
    ("ски", 0.5),
    ("вам", 1.0),
    ("ям", 0.5),
    ("ме", 0.3),
    ("хме", 1.5),
    ("ха", 0.5),
    ("ше", 0.6),
    ("ване", 1.5),
    ("ене", 0.8),
    ("ане", 0.5),
    ("яне", 1.2),
    ("ии", 0.3),
];

/// Adds `plus` to the listed candidates and `rest` to every other Cyrillic candidate (not `Xc`).
fn bump_cyrillic(s: &mut Scores, plus: &[(Cand, f32)], rest: f32) {
    for c in CYRILLIC {
        if c == Cand::Xc {
            continue;
        }
        s[c as usize] += plus.iter().find(|(p, _)| *p == c).map_or(rest, |(_, w)| *w);
    }
}

fn cyrillic_word(w: &str, s: &mut Scores) {
    use Cand::*;
    lexicon_hits(w, |c| s[c as usize] += W_LEX);

    let mut buf = [' '; 40];
    let mut n = 0;
    for c in w.chars() {
        if n < buf.len() {
            buf[n] = c;
            n += 1;
        }
    }
    let ch = &buf[..n];
    let mut seen: u64 = 0;
    let mut once = |bit: u32| {
        let fresh = seen & (1 << bit) == 0;
        seen |= 1 << bit;
        fresh
    };
    let mut foreign = false;
    for i in 0..n {
        let c = ch[i];
        let next = ch.get(i + 1).copied();
        match c {
            'і' if once(0) => bump_cyrillic(s, &[(Uk, 3.0), (Be, 2.5)], -3.0),
            'ї' | 'є' | 'ґ' if once(1) => bump_cyrillic(s, &[(Uk, 3.5)], -3.0),
            'ў' if once(2) => bump_cyrillic(s, &[(Be, 4.0)], -3.0),
            'ы' | 'э' if once(3) => bump_cyrillic(s, &[(Ru, 2.0), (Be, 1.5)], -3.0),
            'ё' if once(4) => bump_cyrillic(s, &[(Ru, 2.0), (Be, 1.0)], -3.0),
            'ъ' if once(5) => {
                if matches!(next, Some('е' | 'ё' | 'ю' | 'я')) && i > 0 {
                    bump_cyrillic(s, &[(Ru, 1.0), (Bg, -0.5)], -3.0);
                } else {
                    bump_cyrillic(s, &[(Bg, 3.0)], -3.0);
                }
            }
            'ь' if once(6) => {
                if next == Some('о') {
                    add(s, &[(Bg, 0.5), (Uk, 0.3)]);
                } else {
                    add(s, &[(Bg, -3.0), (Sr, -3.0), (Mk, -3.0)]);
                }
            }
            'щ' if once(7) => add(s, &[(Be, -3.0), (Sr, -3.0), (Mk, -3.0)]),
            'и' if once(8) => add(s, &[(Be, -3.0)]),
            'й' if once(9) => add(s, &[(Sr, -3.0), (Mk, -3.0)]),
            'ђ' | 'ћ' if once(10) => bump_cyrillic(s, &[(Sr, 4.0)], -3.0),
            'ѓ' | 'ќ' | 'ѕ' if once(11) => bump_cyrillic(s, &[(Mk, 4.0)], -3.0),
            'ј' | 'љ' | 'њ' | 'џ' if once(12) => {
                bump_cyrillic(s, &[(Sr, 3.0), (Mk, 3.0)], -3.0)
            }
            'ѝ' if once(13) => bump_cyrillic(s, &[(Bg, 3.0), (Mk, 2.0)], -3.0),
            '\'' if once(14) => {
                if matches!(next, Some('я' | 'ю' | 'є' | 'ї' | 'е')) {
                    bump_cyrillic(s, &[(Uk, 3.0), (Be, 2.0)], -2.0);
                }
            }
            c if !foreign
                && char_script(c) == Script::Cyrillic
                && !('а'..='я').contains(&c)
                && !matches!(
                    c,
                    'ё' | 'і'
                        | 'ї'
                        | 'є'
                        | 'ґ'
                        | 'ў'
                        | 'ђ'
                        | 'ћ'
                        | 'ѓ'
                        | 'ќ'
                        | 'ѕ'
                        | 'ј'
                        | 'љ'
                        | 'њ'
                        | 'џ'
                        | 'ѝ'
                ) =>
            {
                foreign = true;
                bump_cyrillic(s, &[], -3.0);
                s[Xc as usize] += 2.5;
            }
            _ => {}
        }
    }
    if n < 3 {
        return;
    }
    if ch[n - 1] == 'ь' {
        add(s, &[(Bg, -1.0)]);
    }
    let last = ch[n - 1];
    let prev = ch[n - 2];
    // Adjectives in -ий after a hard consonant are Ukrainian (Russian writes -ый there).
    if last == 'й'
        && prev == 'и'
        && matches!(
            ch[n - 3],
            'б' | 'в' | 'д' | 'з' | 'л' | 'м' | 'п' | 'р' | 'с' | 'ф' | 'ц'
        )
    {
        add(s, &[(Uk, 1.5), (Ru, -1.0), (Bg, -0.5)]);
    }
    // Reflexive -сь after a vowel is Russian (Ukrainian mostly writes -ся).
    if last == 'ь' && prev == 'с' && is_cyrillic_vowel(ch[n - 3]) {
        add(s, &[(Ru, 1.2), (Uk, -0.5)]);
    }
    // -ць is Ukrainian (Russian -ц).
    if last == 'ь' && prev == 'ц' {
        add(s, &[(Uk, 1.5), (Ru, -1.0)]);
    }
    // Russian present tense -ает/-яет/-ует/-ют (Ukrainian -ає/-яє/-ує/-ють).
    if (last == 'т' && prev == 'е' && matches!(ch[n - 3], 'а' | 'я' | 'у' | 'е' | 'и'))
        || (last == 'т' && prev == 'ю')
    {
        add(s, &[(Ru, 1.2), (Uk, -1.0), (Bg, -0.5)]);
    }
    // Russian third person -ит/-ет (Bulgarian -и/-е, Ukrainian -ить/-е).
    if last == 'т' && (prev == 'и' || prev == 'е') && n >= 5 {
        add(s, &[(Ru, 0.6), (Bg, -0.3)]);
    }
    if last == 'ю' && prev != 'о' && prev != 'е' {
        add(s, &[(Bg, -0.5)]);
    }
    // East Slavic full vowels (город, голова, берег) against Bulgarian град, глава, бряг.
    if w.contains("оро") || w.contains("оло") || w.contains("ере") {
        add(s, &[(Ru, 0.8), (Uk, 0.8), (Bg, -0.8)]);
    }
    if w.starts_with("роз") {
        add(s, &[(Uk, 0.7)]);
    }
    if w.contains("дз") {
        add(s, &[(Uk, 0.8), (Be, 0.8)]);
    }
    if w.ends_with("ами") || w.ends_with("ями") {
        add(s, &[(Bg, -1.0)]);
    }
    if w.ends_with("ся") {
        add(s, &[(Bg, -1.5)]);
    }
    add_suffix_scores(w, n, s);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_files_are_sorted_lowercase_words_of_their_script() {
        for (cand, list) in LEXICONS {
            let code = cand.code().unwrap_or("?");
            let words: Vec<&str> = list.lines().collect();
            assert!(!words.is_empty(), "{code}");
            for pair in words.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{code}: {:?} not sorted or repeated",
                    pair
                );
            }
            let cyrillic = matches!(
                cand,
                Cand::Ru | Cand::Uk | Cand::Bg | Cand::Be | Cand::Sr | Cand::Mk
            );
            for w in words {
                let ok = w.chars().all(|c| {
                    c.is_alphabetic()
                        && !c.is_uppercase()
                        && match char_script(c) {
                            Script::Latin => !cyrillic,
                            Script::Cyrillic => cyrillic,
                            _ => false,
                        }
                } || c == '\'' || c == '-');
                assert!(ok, "{code}: bad word {w:?}");
            }
        }
    }

    /// `(text, expected language, expected detected code)`; `None` skips the code check.
    const CASES: &[(&str, Lang, Option<&str>)] = &[
        // English
        ("@Amazon where is my parcel??", Lang::En, Some("en")),
        (
            "The delivery was late and the box was damaged.",
            Lang::En,
            Some("en"),
        ),
        ("great service, thanks!", Lang::En, Some("en")),
        ("refund please", Lang::En, Some("en")),
        (
            "I ordered a pair of shoes two weeks ago and they still haven't arrived. Customer \
             support keeps telling me to wait, which is not acceptable.",
            Lang::En,
            Some("en"),
        ),
        // Finnish, also without ä/ö
        ("Toimitus myöhässä!!", Lang::Fi, Some("fi")),
        ("toimitus oli myohassa", Lang::Fi, Some("fi")),
        (
            "Paketti tuli rikki, haluan rahat takaisin.",
            Lang::Fi,
            Some("fi"),
        ),
        ("Kiitos nopeasta toimituksesta", Lang::Fi, Some("fi")),
        ("en saanut tilausta viela", Lang::Fi, Some("fi")),
        (
            "Tilasin kengät kaksi viikkoa sitten, mutta paketti ei ole vieläkään saapunut eikä \
             asiakaspalvelu vastaa viesteihin.",
            Lang::Fi,
            Some("fi"),
        ),
        // Russian, also without ё
        ("заказ не доставили", Lang::Ru, Some("ru")),
        ("Посылка пришла повреждённой", Lang::Ru, Some("ru")),
        (
            "посылка пришла поврежденной, верните деньги",
            Lang::Ru,
            Some("ru"),
        ),
        ("Спасибо, всё отлично!", Lang::Ru, Some("ru")),
        (
            "Курьер опоздал на три часа и даже не позвонил.",
            Lang::Ru,
            Some("ru"),
        ),
        ("Заказ на Amazon так и не пришел", Lang::Ru, Some("ru")),
        ("Зaкaз НЕ пришёл!!!", Lang::Ru, Some("ru")),
        // Short Cyrillic: a word only one list has beats another list's base form, and an
        // unlisted word's spelling (-ржала) counts
        ("я чекала", Lang::Other, Some("uk")),
        ("живемо в", Lang::Other, Some("uk")),
        ("Полиция задержала", Lang::Ru, Some("ru")),
        // German nouns are capitalised; brands after English words are not German
        ("im Hotel", Lang::Other, Some("de")),
        ("hate Vodafone", Lang::En, Some("en")),
        ("great service Ikea", Lang::En, Some("en")),
        ("I did NOT get my order", Lang::En, Some("en")),
        // German must not be English or Finnish
        (
            "Die Lieferung ist leider nicht angekommen.",
            Lang::Other,
            Some("de"),
        ),
        ("Super Service, gerne wieder!", Lang::Other, Some("de")),
        ("Mein Paket wurde beschädigt", Lang::Other, Some("de")),
        // Estonian must not be Finnish
        (
            "Pakk oli katki ja tellimus hilines.",
            Lang::Other,
            Some("et"),
        ),
        ("Tänan kiire tarne eest!", Lang::Other, Some("et")),
        ("Ma ei saanud oma tellimust kätte.", Lang::Other, Some("et")),
        // Swedish
        ("Paketet kom fram i tid, tack!", Lang::Other, Some("sv")),
        ("Jag har inte fått min beställning", Lang::Other, Some("sv")),
        // Spanish
        ("¿Dónde está mi pedido?", Lang::Other, Some("es")),
        ("El paquete llegó tarde y roto", Lang::Other, Some("es")),
        // Ukrainian must not be Russian
        ("Де моє замовлення?", Lang::Other, Some("uk")),
        ("Дякую за швидку доставку!", Lang::Other, Some("uk")),
        ("Товар не вiдповiдає опису", Lang::Other, Some("uk")),
        ("Це дуже добре", Lang::Other, Some("uk")),
        // Bulgarian
        ("Пратката пристигна повредена.", Lang::Other, Some("bg")),
        (
            "Много благодаря за бързата доставка!",
            Lang::Other,
            Some("bg"),
        ),
        ("Това е много хубаво", Lang::Other, Some("bg")),
        // Other scripts
        ("配送が遅れています", Lang::Other, None),
        ("Η παραγγελία μου δεν έφτασε", Lang::Other, Some("el")),
        // Too little evidence
        ("", Lang::Unknown, None),
        ("ok", Lang::Unknown, None),
        ("👍", Lang::Unknown, None),
        ("12345", Lang::Unknown, None),
        ("!!! ??? 👍👍", Lang::Unknown, None),
        ("hahaha", Lang::Unknown, None),
        ("https://example.com/order/123", Lang::Unknown, None),
    ];

    #[test]
    fn table() {
        let detector = LangDetector::new();
        let mut failures = Vec::new();
        for &(text, lang, code) in CASES {
            let guess = detector.detect(text);
            let code_ok = code.is_none() || guess.detected == code;
            if guess.lang != lang || !code_ok {
                failures.push(format!("{text:?}: want {lang} {code:?}, got {guess:?}"));
            }
            assert!(
                (0.0..=1.0).contains(&guess.confidence),
                "{text:?}: {guess:?}"
            );
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn unknown_has_low_confidence() {
        for text in ["", "12345", "👍", "ok"] {
            let guess = detect(text);
            assert_eq!(guess.lang, Lang::Unknown);
            assert!(guess.confidence <= 0.1, "{text:?}: {guess:?}");
            assert_eq!(guess.detected, None);
        }
    }

    #[test]
    fn confidence_grows_with_evidence() {
        let short = detect("toimitus");
        let long =
            detect("Toimitus oli myöhässä ja paketti oli rikki, mutta asiakaspalvelu auttoi.");
        assert_eq!(long.lang, Lang::Fi);
        assert!(long.confidence > short.confidence, "{short:?} vs {long:?}");
        assert!(long.confidence > 0.8, "{long:?}");
    }

    #[test]
    fn long_text_uses_a_bounded_prefix() {
        // The tail would be Swedish; only the first 500 bytes count.
        let mut text = "Tilaus tuli ajallaan ja tuote oli hyvä. ".repeat(40);
        text.push_str(&"Paketet kom aldrig fram och ingen svarade. ".repeat(40));
        assert_eq!(detect(&text).lang, Lang::Fi);
        // A cut inside a multi-byte character must not panic.
        let cyr = "ж".repeat(700);
        let _ = detect(&cyr);
    }

    #[test]
    fn shortcuts_never_change_the_language() {
        const LONGER: &[&str] = &[
            "I ordered a sofa in March and was told it would arrive within two weeks. It is now May, nobody answers the phone and the refund form keeps failing.",
            "The store was out of the printer I paid for, and nobody offered me another model or my money back.",
            "Tilasin sohvan maaliskuussa ja minulle luvattiin toimitus kahdessa viikossa. Nyt on toukokuu eikä kukaan vastaa puhelimeen.",
            "Kauppa myi koneen kertomatta, että se tarvitsee erillisen hiiren, ja palautus evättiin.",
            "Заказал диван в марте, обещали доставить за две недели. Уже май, никто не отвечает, деньги не возвращают.",
            "Замовив диван у березні, обіцяли доставити за два тижні, але ніхто не відповідає.",
            "Поръчах диван през март и ми обещаха доставка до две седмици, но никой не отговаря.",
            "Jag beställde en soffa i mars och fick höra att den skulle komma inom två veckor, men ingen svarar.",
            "Ich habe im März ein Sofa bestellt, die Lieferung sollte zwei Wochen dauern, aber niemand antwortet.",
            "Tellisin märtsis diivani ja mulle lubati tarne kahe nädala jooksul, kuid keegi ei vasta.",
            "Pedí un sofá en marzo y me prometieron la entrega en dos semanas, pero nadie contesta.",
            "Ordered via Amazon, toimitus myöhässä, доставка тоже.",
        ];
        let d = LangDetector::default();
        // Repeated four times, the longer texts pass FIRST_PASS_BYTES and exercise the first pass too.
        let repeated: Vec<String> = LONGER.iter().map(|t| format!("{t} ").repeat(4)).collect();
        let texts = CASES
            .iter()
            .map(|&(t, _, _)| t)
            .chain(LONGER.iter().copied())
            .chain(repeated.iter().map(String::as_str));
        // Where the shortcut is taken, the confidence differs a little (whatlang's vote is missing).
        let mut shortcut_taken = 0;
        for text in texts {
            let (fast, full) = (d.detect_with(text, true), d.detect_with(text, false));
            assert_eq!(
                (fast.lang, fast.detected),
                (full.lang, full.detected),
                "{text}"
            );
            assert!(
                (fast.confidence - full.confidence).abs() < 0.05,
                "{text}: {fast:?} vs {full:?}"
            );
            shortcut_taken += usize::from(fast.confidence != full.confidence);
        }
        assert!(
            shortcut_taken >= 5,
            "the shortcut was taken {shortcut_taken} times"
        );
    }

    #[test]
    fn detector_and_function_agree() {
        let d = LangDetector::default();
        for &(text, _, _) in CASES {
            assert_eq!(d.detect(text), detect(text));
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in [Lang::En, Lang::Fi, Lang::Ru, Lang::Other, Lang::Unknown] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.to_string(), lang.code());
            assert_eq!(lang.to_string().parse::<Lang>(), Ok(lang));
        }
    }

    #[test]
    fn from_code_variants() {
        let cases: &[(&str, Option<Lang>)] = &[
            ("en", Some(Lang::En)),
            ("EN", Some(Lang::En)),
            ("eng", Some(Lang::En)),
            ("English", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("fi", Some(Lang::Fi)),
            ("FIN", Some(Lang::Fi)),
            ("finnish", Some(Lang::Fi)),
            ("fi_FI", Some(Lang::Fi)),
            ("ru", Some(Lang::Ru)),
            ("rus", Some(Lang::Ru)),
            ("Russian", Some(Lang::Ru)),
            ("sv", Some(Lang::Other)),
            ("deu", Some(Lang::Other)),
            ("uk", Some(Lang::Other)),
            ("other", Some(Lang::Other)),
            ("unknown", Some(Lang::Unknown)),
            ("", None),
            ("  ", None),
            ("e", None),
            ("swedish", None),
            ("12", None),
            ("e1", None),
        ];
        for &(code, want) in cases {
            assert_eq!(Lang::from_code(code), want, "{code:?}");
        }
        assert!(Lang::SUPPORTED.iter().all(|l| l.is_supported()));
        assert!(!Lang::Other.is_supported() && !Lang::Unknown.is_supported());
        let err = "x-1".parse::<Lang>().unwrap_err();
        assert!(err.to_string().contains("x-1"));
    }

    #[test]
    fn suffix_index_matches_the_tables() {
        for w in [
            "toimituksessa",
            "deliveries",
            "happily",
            "доставили",
            "посилками",
            "книгите",
            "lieferung",
            "entregado",
            "ab",
            "ing",
            "nothing",
            "kaupassa",
            "заказов",
        ] {
            let n = w.chars().count();
            let mut fast: Scores = [0.0; NCAND];
            add_suffix_scores(w, n, &mut fast);
            let mut slow: Scores = [0.0; NCAND];
            for (table, cands) in SUFFIX_TABLES {
                for &c in *cands {
                    slow[c as usize] += suffix_score(w, n, table);
                }
            }
            assert_eq!(fast, slow, "{w}");
        }
    }

    #[test]
    fn word_grams_are_every_1_to_4_gram_of_the_marked_word() {
        let mut grams = Vec::new();
        word_grams("жук", |g| grams.push(g.to_string()));
        let expected = [
            "<", "ж", "у", "к", ">", "<ж", "жу", "ук", "к>", "<жу", "жук", "ук>", "<жук", "жук>",
        ];
        assert_eq!(grams, expected);
        // The tables have a row for every gram of a listed word.
        word_grams("toimitus", |g| {
            assert!(NG_LATIN.keys.binary_search(&fnv1a(g)).is_ok(), "{g}")
        });
        word_grams("будущий", |g| {
            assert!(NG_CYRILLIC.keys.binary_search(&fnv1a(g)).is_ok(), "{g}")
        });
    }

    #[test]
    fn lexicon_table_is_consistent() {
        // Every listed word is found again through the hash index, and nothing else is.
        for (cand, list) in LEXICONS {
            for word in list.split_ascii_whitespace() {
                assert!(in_lexicon(word, cand), "{word} / {cand:?}");
            }
        }
        for (i, cand) in ALL_CANDS.iter().enumerate() {
            assert_eq!(*cand as usize, i, "ALL_CANDS is in enum order");
        }
        assert!(!in_lexicon("qqqzx", Cand::En));
        let listed: std::collections::HashSet<&str> = LEXICONS
            .iter()
            .flat_map(|(_, list)| list.split_ascii_whitespace())
            .collect();
        assert_eq!(listed.len(), LEX_ENDS.len());
    }
}
