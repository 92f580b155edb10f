// Hashing and n-gram cutting shared by build.rs (which builds the word and n-gram tables) and
// src/lang.rs (which looks words and grams up in them): both `include!` this file, so the two
// sides cannot drift apart.

/// FNV-1a hash of a word or gram.
fn fnv1a(s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in s.as_bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Calls `f` with every character n-gram (n = 1..=4) of `<word>`.
/// A word of more than 46 characters (no real word of our languages) gives none.
fn word_grams(word: &str, mut f: impl FnMut(&str)) {
    let mut marked = String::with_capacity(word.len() + 2);
    marked.push('<');
    marked.push_str(word);
    marked.push('>');
    let mut bounds = [0usize; 48];
    let mut n_bounds = 0;
    for (i, _) in marked
        .char_indices()
        .chain(std::iter::once((marked.len(), ' ')))
    {
        if n_bounds == bounds.len() {
            return;
        }
        bounds[n_bounds] = i;
        n_bounds += 1;
    }
    for n in 1..=4 {
        for start in 0..n_bounds.saturating_sub(n) {
            f(&marked[bounds[start]..bounds[start + n]]);
        }
    }
}
