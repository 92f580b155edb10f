//! Text normalisation: tokens that keep byte offsets into the original text, lowercase/`ё`/apostrophe/NFC
//! folding, sentence splitting, negation scope per language, and Snowball stemming. Everything downstream
//! (cue matching, the learned model, evidence) works on a [`Normalized`] text.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use crate::lang::Lang;

/// Marks the start of a token in [`Normalized::norm`].
pub const TOKEN_START: char = '\u{2}';
/// Marks the end of a token in [`Normalized::norm`].
pub const TOKEN_END: char = '\u{3}';

/// How many tokens to the right a negator reaches.
pub const NEGATION_SCOPE: usize = 3;

/// One token: where it is in the original text and in the normalised buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the original text.
    pub start: usize,
    /// End of the byte range in the original text.
    pub end: usize,
    /// Byte range of the normalised form in [`Normalized::norm`] (without the markers).
    pub norm_start: u32,
    /// End of the normalised form.
    pub norm_end: u32,
    /// Index of the sentence holding the token.
    pub sentence: u32,
    /// Index of the negator whose scope covers this token, if any.
    pub negated_by: Option<u32>,
    /// The token is itself a negator.
    pub is_negator: bool,
    /// A clause boundary (comma, dash, bracket, quote) stands right before the token.
    pub clause_start: bool,
}

/// A sentence: its byte range in the original text and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the original text, without surrounding white space.
    pub span: Range<usize>,
    /// Indices of its tokens.
    pub tokens: Range<u32>,
}

/// A text split into normalised tokens and sentences. Reuse one value across calls to avoid allocation.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// Normalised tokens, each wrapped in [`TOKEN_START`] … [`TOKEN_END`].
    pub norm: String,
    /// The tokens in text order.
    pub tokens: Vec<Token>,
    /// The sentences in text order.
    pub sentences: Vec<Sentence>,
}

impl Normalized {
    /// Normalises `text` as a text in `lang` (the language decides which words negate).
    ///
    /// ```
    /// use feedback_themes::{lang::Lang, text::Normalized};
    /// let text = "Ёлка НЕ доставлена. Где заказ?";
    /// let n = Normalized::new(text, Lang::Ru);
    /// assert_eq!(n.token_text(0), "елка");
    /// assert_eq!(&text[n.tokens[1].start..n.tokens[1].end], "НЕ");
    /// assert_eq!(n.sentences.len(), 2);
    /// assert_eq!(n.tokens[2].negated_by, Some(1));
    /// ```
    pub fn new(text: &str, lang: Lang) -> Normalized {
        let mut n = Normalized::default();
        n.fill(text, lang);
        n
    }

    /// The normalised form of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm[t.norm_start as usize..t.norm_end as usize]
    }

    /// Refills this value from `text`, keeping its allocations.
    pub fn fill(&mut self, text: &str, lang: Lang) {
        self.norm.clear();
        self.tokens.clear();
        self.sentences.clear();
        let mut scanner = Scanner::default();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !c.is_whitespace() {
                scanner.visible_end = i + c.len_utf8();
            }
            if is_token_char(c) {
                scanner.push_char(self, i, c);
                continue;
            }
            let next = chars.peek().map(|&(_, c)| c);
            if scanner.in_token() && is_joiner(c) && next.is_some_and(is_token_char) {
                scanner.push_char(self, i, if is_hyphen(c) { '-' } else { '\'' });
                continue;
            }
            scanner.end_token(self, i);
            if scanner.sentence_start.is_none()
                && !c.is_whitespace()
                && !matches!(c, '.' | '!' | '?' | '…' | '。')
            {
                // A sentence starts at its first visible character (an opening quote or bracket included).
                scanner.sentence_start = Some(i);
            }
            match c {
                '.' | '!' | '?' | '…' | '。' => {
                    if matches!(next, None | Some('\n') | Some('\r')) {
                        scanner.end_sentence(self);
                    } else if next.is_some_and(char::is_whitespace) {
                        // "esim. hinta", "т.е. цена": a lowercase word after a full stop does not start a sentence.
                        let following = text[i + c.len_utf8()..].trim_start().chars().next();
                        if c == '.' && following.is_some_and(char::is_lowercase) {
                            scanner.clause_break = true;
                        } else {
                            scanner.end_sentence(self);
                        }
                    } else {
                        scanner.clause_break = true;
                    }
                }
                '\n' => scanner.end_sentence(self),
                ',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '«' | '»' | '“' | '”' => {
                    scanner.clause_break = true
                }
                _ => {}
            }
        }
        scanner.end_token(self, text.len());
        scanner.end_sentence(self);
        self.mark_negation(lang);
    }

    fn mark_negation(&mut self, lang: Lang) {
        let negators = negators(lang);
        for i in 0..self.tokens.len() {
            let word = self.token_text(i);
            self.tokens[i].is_negator =
                negators.contains(&word) || (lang == Lang::En && is_english_contraction(word));
        }
        for i in 0..self.tokens.len() {
            if !self.tokens[i].is_negator {
                continue;
            }
            let sentence = self.tokens[i].sentence;
            for j in i + 1..(i + 1 + NEGATION_SCOPE).min(self.tokens.len()) {
                let t = self.tokens[j];
                if t.sentence != sentence || t.clause_start || is_contrast(lang, self.token_text(j))
                {
                    break;
                }
                self.tokens[j].negated_by = Some(i as u32);
            }
        }
    }
}

#[derive(Default)]
struct Scanner {
    token_start: Option<usize>,
    norm_start: u32,
    has_mark: bool,
    sentence_start: Option<usize>,
    sentence_first_token: u32,
    /// End of the last visible (non-space) character seen.
    visible_end: usize,
    clause_break: bool,
}

impl Scanner {
    fn in_token(&self) -> bool {
        self.token_start.is_some()
    }

    fn push_char(&mut self, n: &mut Normalized, i: usize, c: char) {
        if self.token_start.is_none() {
            self.token_start = Some(i);
            if self.sentence_start.is_none() {
                self.sentence_start = Some(i);
            }
            n.norm.push(TOKEN_START);
            self.norm_start = n.norm.len() as u32;
            self.has_mark = false;
        }
        match c {
            'ё' | 'Ё' => n.norm.push('е'),
            '\u{0300}'..='\u{036f}' => {
                self.has_mark = true;
                n.norm.push(c)
            }
            c => push_lowercase(&mut n.norm, c),
        }
    }

    fn end_token(&mut self, n: &mut Normalized, end: usize) {
        let Some(start) = self.token_start.take() else {
            return;
        };
        if self.has_mark {
            let composed: String = n.norm[self.norm_start as usize..].nfc().collect();
            n.norm.truncate(self.norm_start as usize);
            n.norm.push_str(&composed.replace('ё', "е"));
        }
        let norm_end = n.norm.len() as u32;
        n.norm.push(TOKEN_END);
        n.tokens.push(Token {
            start,
            end,
            norm_start: self.norm_start,
            norm_end,
            sentence: n.sentences.len() as u32,
            negated_by: None,
            is_negator: false,
            clause_start: self.clause_break,
        });
        self.clause_break = false;
    }

    fn end_sentence(&mut self, n: &mut Normalized) {
        if let Some(start) = self.sentence_start.take() {
            let end = self.visible_end.max(start);
            n.sentences.push(Sentence {
                span: start..end,
                tokens: self.sentence_first_token..n.tokens.len() as u32,
            });
            self.sentence_first_token = n.tokens.len() as u32;
        }
        self.clause_break = false;
    }
}

fn is_token_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_letter(c) || c.is_numeric() || ('\u{0300}'..='\u{036f}').contains(&c)
}

/// `char::is_alphabetic` with fast paths for ASCII, Latin-1 and basic Cyrillic letters, the bulk
/// of en/fi/ru text.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' | 'Ѐ'..='ҁ' | 'Ҋ'..='ӿ' => {
            true
        }
        c if c.is_ascii() => false,
        c => c.is_alphabetic(),
    }
}

/// Appends the lowercase form of `c` to `out`, with fast paths for ASCII and basic Cyrillic.
pub(crate) fn push_lowercase(out: &mut String, c: char) {
    match c {
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        'а'..='я' | 'ѐ'..='џ' => out.push(c),
        'Ѐ'..='Џ' => out.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
        c => out.extend(c.to_lowercase()),
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_joiner(c: char) -> bool {
    is_hyphen(c) || matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// Words that negate what follows, per language (normalised forms).
pub fn negators(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "not", "no", "never", "without", "nobody", "nothing", "none", "neither", "nor",
            "cannot", "nowhere",
        ],
        Lang::Fi => &[
            "ei", "en", "et", "emme", "ette", "eivät", "eivat", "eikä", "eika", "enkä", "enka",
            "etkä", "ilman",
        ],
        Lang::Ru => &[
            "не",
            "нет",
            "ни",
            "без",
            "никаких",
            "никакой",
            "никакого",
            "никто",
            "ничего",
            "никогда",
        ],
        Lang::Other | Lang::Unknown => &[],
    }
}

/// English contracted and typo'd negations: `didn't`, `dont`, `wasnt`, `can't`…
fn is_english_contraction(word: &str) -> bool {
    word.ends_with("n't")
        || matches!(
            word,
            "dont"
                | "didnt"
                | "doesnt"
                | "wasnt"
                | "werent"
                | "isnt"
                | "arent"
                | "cant"
                | "couldnt"
                | "wont"
                | "wouldnt"
                | "havent"
                | "hasnt"
                | "hadnt"
                | "shouldnt"
                | "aint"
        )
}

/// Words that start a contrasting clause and so end a negation's scope.
fn is_contrast(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::En => matches!(
            word,
            "but" | "however" | "although" | "though" | "yet" | "and"
        ),
        Lang::Fi => matches!(word, "mutta" | "vaan" | "vaikka" | "kuitenkin" | "ja"),
        Lang::Ru => matches!(word, "но" | "а" | "однако" | "хотя" | "и"),
        Lang::Other | Lang::Unknown => false,
    }
}

/// Snowball stemmers for the supported languages. Cheap to clone? No: build one per analyser and share it.
pub struct Stemmers {
    en: rust_stemmers::Stemmer,
    fi: rust_stemmers::Stemmer,
    ru: rust_stemmers::Stemmer,
}

impl std::fmt::Debug for Stemmers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stemmers")
    }
}

impl Default for Stemmers {
    fn default() -> Self {
        use rust_stemmers::{Algorithm, Stemmer};
        Stemmers {
            en: Stemmer::create(Algorithm::English),
            fi: Stemmer::create(Algorithm::Finnish),
            ru: Stemmer::create(Algorithm::Russian),
        }
    }
}

impl Stemmers {
    /// The Snowball stem of a normalised word; other languages are returned as is.
    ///
    /// ```
    /// use feedback_themes::{lang::Lang, text::Stemmers};
    /// let s = Stemmers::default();
    /// assert_eq!(s.stem(Lang::Ru, "доставки"), "доставк");
    /// assert_eq!(s.stem(Lang::En, "deliveries"), "deliveri");
    /// ```
    pub fn stem<'a>(&self, lang: Lang, word: &'a str) -> std::borrow::Cow<'a, str> {
        match lang {
            Lang::En => self.en.stem(word),
            Lang::Fi => self.fi.stem(word),
            Lang::Ru => self.ru.stem(word),
            Lang::Other | Lang::Unknown => std::borrow::Cow::Borrowed(word),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, lang: Lang) -> Vec<String> {
        let n = Normalized::new(text, lang);
        (0..n.tokens.len())
            .map(|i| n.token_text(i).to_string())
            .collect()
    }

    #[test]
    fn tokens_are_normalised() {
        let cases: &[(&str, Lang, &[&str])] = &[
            ("Didn’t ARRIVE!", Lang::En, &["didn't", "arrive"]),
            ("Ёжик, отклонён", Lang::Ru, &["ежик", "отклонен"]),
            (
                "трек-номер не пришёл",
                Lang::Ru,
                &["трек-номер", "не", "пришел"],
            ),
            (
                "TOIMITUKSEN myöhästyminen",
                Lang::Fi,
                &["toimituksen", "myöhästyminen"],
            ),
            // decomposed ö (o + U+0308) is composed
            ("myo\u{308}ha\u{308}ssa\u{308}", Lang::Fi, &["myöhässä"]),
            (
                "order #12345 -- 3 days",
                Lang::En,
                &["order", "12345", "3", "days"],
            ),
            ("", Lang::En, &[]),
            ("!!! ...", Lang::En, &[]),
        ];
        for (text, lang, want) in cases {
            assert_eq!(words(text, *lang), *want, "{text}");
        }
    }

    #[test]
    fn offsets_point_into_original() {
        let text = "  Ёлка — НЕ доставлена!";
        let n = Normalized::new(text, Lang::Ru);
        let originals: Vec<_> = n.tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(originals, ["Ёлка", "НЕ", "доставлена"]);
    }

    #[test]
    fn sentences_split() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Late again. Where is it?! Call me",
                &["Late again.", "Where is it?!", "Call me"],
            ),
            (
                "Tilaus tuli esim. ajallaan. Kiitos!",
                &["Tilaus tuli esim. ajallaan.", "Kiitos!"],
            ),
            ("line one\nline two", &["line one", "line two"]),
            ("Price 10.50 eur. Ok", &["Price 10.50 eur.", "Ok"]),
        ];
        for (text, want) in cases {
            let n = Normalized::new(text, Lang::En);
            let got: Vec<_> = n.sentences.iter().map(|s| &text[s.span.clone()]).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn negation_scope() {
        // (text, lang, token that must be negated, token that must not be)
        let cases: &[(&str, Lang, &[&str], &[&str])] = &[
            ("the parcel was not late", Lang::En, &["late"], &["parcel"]),
            (
                "it didn't arrive, support was rude",
                Lang::En,
                &["arrive"],
                &["support", "rude"],
            ),
            (
                "no problems at all but slow",
                Lang::En,
                &["problems"],
                &["slow"],
            ),
            (
                "Toimitus ei ollut myöhässä",
                Lang::Fi,
                &["ollut", "myöhässä"],
                &["toimitus"],
            ),
            ("ilman viivettä", Lang::Fi, &["viivettä"], &[]),
            ("не было задержки", Lang::Ru, &["было", "задержки"], &[]),
            (
                "без проблем, но дорого",
                Lang::Ru,
                &["проблем"],
                &["дорого"],
            ),
            (
                "не доставили. Задержка",
                Lang::Ru,
                &["доставили"],
                &["задержка"],
            ),
        ];
        for (text, lang, negated, free) in cases {
            let n = Normalized::new(text, *lang);
            for i in 0..n.tokens.len() {
                let w = n.token_text(i);
                if negated.contains(&w) {
                    assert!(
                        n.tokens[i].negated_by.is_some(),
                        "{w} in {text:?} should be negated"
                    );
                }
                if free.contains(&w) {
                    assert!(
                        n.tokens[i].negated_by.is_none(),
                        "{w} in {text:?} should not be negated"
                    );
                }
            }
        }
    }

    #[test]
    fn stems() {
        let s = Stemmers::default();
        let cases = [
            (Lang::En, "refunds", "refund"),
            (Lang::Fi, "toimituksen", "toimituks"),
            (Lang::Ru, "доставили", "достав"),
            (Lang::Other, "Straße", "Straße"),
        ];
        for (lang, word, want) in cases {
            assert_eq!(s.stem(lang, word), want, "{word}");
        }
    }
}

#[cfg(test)]
mod fast_path_tests {
    use super::{is_letter, push_lowercase};

    /// The fast paths agree with the standard library on every character they cover.
    #[test]
    fn fast_paths_agree_with_std() {
        for c in (0u32..0x0800).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            let mut fast = String::new();
            push_lowercase(&mut fast, c);
            assert_eq!(fast, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }
}
