//! Cue matching: all cues of one language compiled into a single Aho-Corasick automaton over the normalised token
//! buffer, then multi-word cues assembled token by token, with negation and sentence boundaries respected.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::{Error, Result};
use crate::taxonomy::{parse_cue, Cue, CueToken, TokenMatch};
use crate::text::{Normalized, TOKEN_END, TOKEN_START};

/// What a cue counts towards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueTarget {
    /// Raises the theme with this index.
    Theme(usize),
    /// Lowers the theme with this index.
    AgainstTheme(usize),
    /// Positive opinion.
    Positive,
    /// Negative opinion.
    Negative,
    /// Churn risk.
    Churn,
}

/// A compiled cue.
#[derive(Debug, Clone)]
pub struct CompiledCue {
    /// The pattern as written in the taxonomy.
    pub pattern: String,
    /// Its weight.
    pub weight: f32,
    /// What it counts towards.
    pub target: CueTarget,
    /// (token-pattern id, allowed gap before it) for each cue token.
    parts: Vec<(u32, u8)>,
}

/// One cue found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueHit {
    /// Index into [`CueMatcher::cues`].
    pub cue: u32,
    /// First token of the match.
    pub first_token: u32,
    /// Last token of the match.
    pub last_token: u32,
}

/// The cues of one language, ready to match.
#[derive(Debug, Clone)]
pub struct CueMatcher {
    automaton: Option<AhoCorasick>,
    /// For each token pattern, the cues that start with it.
    starts: Vec<Vec<u32>>,
    cues: Vec<CompiledCue>,
}

/// Builds a [`CueMatcher`] from cue lists.
#[derive(Debug, Default)]
pub struct CueMatcherBuilder {
    patterns: Vec<String>,
    pattern_ids: HashMap<String, u32>,
    cues: Vec<CompiledCue>,
}

fn token_pattern(token: &CueToken) -> String {
    match token.kind {
        TokenMatch::Exact => format!("{TOKEN_START}{}{TOKEN_END}", token.text),
        TokenMatch::Prefix => format!("{TOKEN_START}{}", token.text),
        TokenMatch::Suffix => format!("{}{TOKEN_END}", token.text),
        TokenMatch::Infix => token.text.clone(),
    }
}

impl CueMatcherBuilder {
    /// Adds cues for `target`; `entry` names them in errors.
    pub fn add(&mut self, cues: &[Cue], target: CueTarget, entry: &str) -> Result<()> {
        for (i, cue) in cues.iter().enumerate() {
            let tokens = parse_cue(cue.pattern()).map_err(|message| Error::Taxonomy {
                origin: "taxonomy".into(),
                entry: format!("{entry}[{i}] `{}`", cue.pattern()),
                message,
            })?;
            let parts = tokens
                .iter()
                .map(|t| {
                    let pattern = token_pattern(t);
                    let next = self.patterns.len() as u32;
                    let id = *self.pattern_ids.entry(pattern.clone()).or_insert(next);
                    if id == next {
                        self.patterns.push(pattern);
                    }
                    (id, t.gap_before)
                })
                .collect();
            self.cues.push(CompiledCue {
                pattern: cue.pattern().to_string(),
                weight: cue.weight(),
                target,
                parts,
            });
        }
        Ok(())
    }

    /// Compiles the automaton.
    pub fn build(self) -> Result<CueMatcher> {
        let mut starts = vec![Vec::new(); self.patterns.len()];
        for (i, cue) in self.cues.iter().enumerate() {
            starts[cue.parts[0].0 as usize].push(i as u32);
        }
        let automaton = if self.patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&self.patterns)
                    .map_err(|e| Error::Taxonomy {
                        origin: "taxonomy".into(),
                        entry: "cues".into(),
                        message: format!("cannot compile the cues: {e}"),
                    })?,
            )
        };
        Ok(CueMatcher {
            automaton,
            starts,
            cues: self.cues,
        })
    }
}

/// Scratch space for matching, reusable across texts.
#[derive(Debug, Default, Clone)]
pub struct MatchScratch {
    /// (token, pattern) pairs, sorted.
    pairs: Vec<(u32, u32)>,
    /// For each token, the range of its pairs.
    token_pairs: Vec<(u32, u32)>,
}

impl CueMatcher {
    /// The compiled cues.
    pub fn cues(&self) -> &[CompiledCue] {
        &self.cues
    }

    /// Finds all cue matches in `text` that are not cancelled by a negator outside the cue, appending them to
    /// `hits` in text order.
    pub fn find(&self, text: &Normalized, scratch: &mut MatchScratch, hits: &mut Vec<CueHit>) {
        let Some(automaton) = &self.automaton else {
            return;
        };
        let pairs = &mut scratch.pairs;
        pairs.clear();
        let tokens = &text.tokens;
        for m in automaton.find_overlapping_iter(text.norm.as_str()) {
            let pos = m.start() as u32;
            // The token whose marked span [norm_start - 1, norm_end + 1) holds the match start.
            let t = tokens.partition_point(|t| t.norm_end < pos);
            if t < tokens.len() {
                pairs.push((t as u32, m.pattern().as_u32()));
            }
        }
        if pairs.is_empty() {
            return;
        }
        pairs.sort_unstable();
        pairs.dedup();
        let token_pairs = &mut scratch.token_pairs;
        token_pairs.clear();
        token_pairs.resize(tokens.len(), (0, 0));
        let mut i = 0;
        while i < pairs.len() {
            let t = pairs[i].0;
            let start = i;
            while i < pairs.len() && pairs[i].0 == t {
                i += 1;
            }
            token_pairs[t as usize] = (start as u32, i as u32);
        }
        let has = |token: usize, pattern: u32| {
            let (a, b) = token_pairs[token];
            pairs[a as usize..b as usize]
                .iter()
                .any(|&(_, p)| p == pattern)
        };
        for &(t, p) in pairs.iter() {
            'cues: for &c in &self.starts[p as usize] {
                let cue = &self.cues[c as usize];
                let sentence = tokens[t as usize].sentence;
                let mut last = t as usize;
                for &(part, gap) in &cue.parts[1..] {
                    let from = last + 1;
                    let to = (from + gap as usize + 1).min(tokens.len());
                    // A cue does not reach across a sentence or clause boundary.
                    let reachable = (from..to)
                        .take_while(|&j| tokens[j].sentence == sentence && !tokens[j].clause_start);
                    match reachable.into_iter().find(|&j| has(j, part)) {
                        Some(j) => last = j,
                        None => continue 'cues,
                    }
                }
                let first = t as usize;
                let cancelled = (first..=last).any(|j| {
                    tokens[j]
                        .negated_by
                        .is_some_and(|n| (n as usize) < first || (n as usize) > last)
                });
                if !cancelled {
                    hits.push(CueHit {
                        cue: c,
                        first_token: first as u32,
                        last_token: last as u32,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn matcher(cues: &[&str]) -> CueMatcher {
        let cues: Vec<Cue> = cues.iter().map(|c| Cue::Plain(c.to_string())).collect();
        let mut b = CueMatcherBuilder::default();
        b.add(&cues, CueTarget::Theme(0), "test").unwrap();
        b.build().unwrap()
    }

    fn found(m: &CueMatcher, text: &str, lang: Lang) -> Vec<String> {
        let n = Normalized::new(text, lang);
        let mut hits = Vec::new();
        m.find(&n, &mut MatchScratch::default(), &mut hits);
        hits.iter()
            .map(|h| m.cues()[h.cue as usize].pattern.clone())
            .collect()
    }

    #[test]
    fn matching_table() {
        let m = matcher(&[
            "late",
            "toimit*",
            "*palvelu*",
            "*maksu",
            "out of stock",
            "не доставил*",
            "задерж*",
            "promis* ... days",
            "myöhä*",
            "never arrived",
        ]);
        let cases: &[(&str, Lang, &[&str])] = &[
            ("It was late again", Lang::En, &["late"]),
            ("latest model", Lang::En, &[]),
            ("It was not late", Lang::En, &[]),
            ("Toimituksen kanssa ongelmia", Lang::Fi, &["toimit*"]),
            ("toimitusaika venyi", Lang::Fi, &["toimit*"]),
            ("Asiakaspalvelun vastaus", Lang::Fi, &["*palvelu*"]),
            ("iso toimitusmaksu", Lang::Fi, &["toimit*", "*maksu"]),
            ("The printer is OUT OF STOCK.", Lang::En, &["out of stock"]),
            ("out. of stock", Lang::En, &[]),
            ("out, of stock", Lang::En, &[]),
            ("Заказ не доставили", Lang::Ru, &["не доставил*"]),
            ("Заказ доставили вовремя", Lang::Ru, &[]),
            ("не было задержки", Lang::Ru, &[]),
            ("задержка три дня", Lang::Ru, &["задерж*"]),
            (
                "they promised it within 10 days",
                Lang::En,
                &["promis* ... days"],
            ),
            ("promised it to me within ten working days", Lang::En, &[]),
            ("Toimitus ei ollut myöhässä", Lang::Fi, &["toimit*"]),
            ("Paketti oli myöhässä", Lang::Fi, &["myöhä*"]),
            ("It never arrived", Lang::En, &["never arrived"]),
        ];
        for (text, lang, want) in cases {
            assert_eq!(found(&m, text, *lang), *want, "{text}");
        }
    }
}
