//! A passphrase strength estimator: length and character kinds, discounted for very common
//! passwords and words (English and Dutch), repeats and sequences (abcd, 1234, qwerty).
//!
//! Deliberately small and conservative: it gives no credit for a pattern it recognises, and the
//! UI localises the issues. Score 3 or more is acceptable for a vault.

use zeroize::Zeroizing;

/// How guessable a passphrase is.
#[derive(Debug, Clone, PartialEq)]
pub struct Strength {
    /// 0 (trivial) to 4 (very strong); 3 or more is acceptable.
    pub score: u8,
    /// Estimated entropy in bits after discounting recognised patterns.
    pub bits: f64,
    /// What makes it weaker, for the UI to explain.
    pub issues: Vec<StrengthIssue>,
}

/// One reason a passphrase is weaker than its length suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StrengthIssue {
    /// Fewer than 12 characters.
    TooShort,
    /// It is, or is built on, a very common password or word.
    Common,
    /// It repeats a character or a part of itself.
    Repetitive,
    /// It uses only one kind of character (and is not long enough to make up for it).
    FewCharacterKinds,
    /// It contains a run like `abcd`, `4321` or `qwer`.
    Sequence,
}

impl StrengthIssue {
    /// A short English reason, for errors and logs; the UI uses its own translations.
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Self::TooShort => "it is shorter than 12 characters",
            Self::Common => "it is a very common password or word",
            Self::Repetitive => "it repeats itself",
            Self::FewCharacterKinds => "it uses only one kind of character",
            Self::Sequence => "it contains a sequence like abcd, 1234 or qwerty",
        }
    }
}

/// The shortest passphrase that can score 3.
const MIN_LEN: usize = 12;
/// Below this length, a single kind of character is an issue.
const ONE_KIND_LEN: usize = 16;

/// Very common passwords and words, one per line (see the file's header).
const COMMON_WORDS: &str = include_str!("common_words.txt");

/// The entries of [`COMMON_WORDS`].
fn common_words() -> impl Iterator<Item = &'static str> {
    COMMON_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Keyboard rows and digit runs that people walk along.
const ROWS: &[&str] = &[
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "azertyuiop",
    "qwertzuiop",
    "1234567890",
    "abcdefghijklmnopqrstuvwxyz",
];

/// Only this many characters are looked at; more earn no extra credit. It bounds the work (the
/// checks are linear or close to it in this length, times the word list), so a pasted megabyte
/// costs no more than a long sentence. 256 characters score 4 long before the cap matters.
pub const MAX_CHECKED_CHARS: usize = 256;

/// Estimates how hard `passphrase` is to guess, looking at its first [`MAX_CHECKED_CHARS`]
/// characters. Cheap enough to run per keystroke; a UI should still run it only when the text
/// changes, not every frame.
pub fn strength(passphrase: &str) -> Strength {
    // The app asks every frame while a field is shown: the last answer is kept, under a
    // keyed hash of the text (never the text itself).
    thread_local! {
        static LAST: std::cell::RefCell<Option<(u64, Strength)>> =
            const { std::cell::RefCell::new(None) };
        static KEYS: std::hash::RandomState = std::hash::RandomState::new();
    }
    let key = KEYS.with(|k| std::hash::BuildHasher::hash_one(k, passphrase));
    if let Some(hit) = LAST.with_borrow(|l| {
        l.as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, s)| s.clone())
    }) {
        return hit;
    }
    let s = estimate(passphrase);
    LAST.with_borrow_mut(|l| *l = Some((key, s.clone())));
    s
}

fn estimate(passphrase: &str) -> Strength {
    let chars: Zeroizing<Vec<char>> =
        Zeroizing::new(passphrase.chars().take(MAX_CHECKED_CHARS).collect());
    let len = chars.len();
    if len == 0 {
        // Nothing typed yet: only "too short" is true of it.
        return Strength {
            score: 0,
            bits: 0.0,
            issues: vec![StrengthIssue::TooShort],
        };
    }
    let mut issues = Vec::new();
    let kinds = [
        chars.iter().any(|c| c.is_lowercase()),
        chars.iter().any(|c| c.is_uppercase()),
        chars.iter().any(char::is_ascii_digit),
        chars
            .iter()
            .any(|c| !c.is_lowercase() && !c.is_uppercase() && !c.is_ascii_digit()),
    ];
    let pool: f64 = [26.0, 26.0, 10.0, 33.0]
        .iter()
        .zip(kinds)
        .filter_map(|(size, present)| present.then_some(size))
        .sum();
    let per_char = pool.max(2.0).log2();
    let mut cost = vec![per_char; len];

    let lower: Zeroizing<Vec<char>> = Zeroizing::new(chars.iter().map(|&c| lowercase(c)).collect());
    if discount_repeats(&lower, &mut cost) {
        issues.push(StrengthIssue::Repetitive);
    }
    if discount_sequences(&lower, &mut cost) {
        issues.push(StrengthIssue::Sequence);
    }
    let common = discount_common_words(&lower, &mut cost);
    if common {
        issues.push(StrengthIssue::Common);
    }
    if len < MIN_LEN {
        issues.push(StrengthIssue::TooShort);
    }
    if kinds.iter().filter(|&&k| k).count() <= 1 && len < ONE_KIND_LEN {
        issues.push(StrengthIssue::FewCharacterKinds);
    }

    let bits: f64 = cost.iter().sum();
    let mut score = match bits {
        b if b < 30.0 => 0,
        b if b < 45.0 => 1,
        b if b < 60.0 => 2,
        b if b < 80.0 => 3,
        _ => 4,
    };
    if len < MIN_LEN {
        score = score.min(2);
    }
    if common {
        score = 0;
    }
    issues.sort_by_key(|i| *i as u8);
    Strength {
        score,
        bits,
        issues,
    }
}

/// `c` in lower case (its first lower-case character, for the few that expand).
fn lowercase(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// The usual digit and symbol stand-ins for letters undone (`W4chtw00rd` finds `wachtwoord`).
fn unleet(c: char) -> char {
    match c {
        '0' => 'o',
        '1' | '!' => 'i',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        c => c,
    }
}

/// Gives runs of one character and repeats of an earlier part (`abcabc`) almost no credit.
/// True when something long enough to matter repeats.
fn discount_repeats(plain: &[char], cost: &mut [f64]) -> bool {
    let len = plain.len();
    let mut found = false;
    // A whole-string period: "passpass", "abab…", "aaaa".
    let p = smallest_period(plain);
    if p <= len / 2 {
        for c in &mut cost[p..] {
            *c = 0.0;
        }
        return true;
    }
    let mut run = 1;
    for i in 1..len {
        if plain[i] == plain[i - 1] {
            run += 1;
            cost[i] = cost[i].min(1.0);
            found |= run >= 3;
        } else {
            run = 1;
        }
    }
    // Few distinct characters in a long string is also repetition.
    let mut distinct: Zeroizing<Vec<char>> = Zeroizing::new(plain.to_vec());
    distinct.sort_unstable();
    distinct.dedup();
    found || (len >= 8 && distinct.len() * 4 <= len)
}

/// The smallest `p` with `plain[i] == plain[i - p]` for every `i ≥ p` (the length when there
/// is none), in linear time: the length minus the longest border (Knuth–Morris–Pratt).
fn smallest_period(plain: &[char]) -> usize {
    let len = plain.len();
    let mut border = vec![0usize; len];
    let mut k = 0;
    for i in 1..len {
        while k > 0 && plain[i] != plain[k] {
            k = border[k - 1];
        }
        if plain[i] == plain[k] {
            k += 1;
        }
        border[i] = k;
    }
    len - border.last().copied().unwrap_or(0)
}

/// Gives runs along the alphabet, digits or a keyboard row (both directions) one bit per step
/// after the second character. True when a run of four or more is found.
fn discount_sequences(plain: &[char], cost: &mut [f64]) -> bool {
    let mut found = false;
    let mut run = 1;
    for i in 1..plain.len() {
        if adjacent(plain[i - 1], plain[i], i.checked_sub(2).map(|j| plain[j])) {
            run += 1;
        } else {
            run = 1;
        }
        if run >= 3 {
            cost[i] = cost[i].min(1.0);
            cost[i - 1] = cost[i - 1].min(1.0);
        }
        found |= run >= 4;
    }
    found
}

/// Whether `b` follows `a` along some row, in the same direction as `before → a` if given.
fn adjacent(a: char, b: char, before: Option<char>) -> bool {
    ROWS.iter().any(|row| {
        let pos = |c: char| row.chars().position(|r| r == c);
        let (Some(pa), Some(pb)) = (pos(a), pos(b)) else {
            return false;
        };
        let step = pb.abs_diff(pa) == 1;
        match before.and_then(pos) {
            Some(p0) if step => (pa > p0) == (pb > pa) && pa.abs_diff(p0) == 1,
            _ => step,
        }
    })
}

/// Gives each common word found inside (four letters or more) the cost of picking one word from
/// the list. True when the letters of the passphrase are just a common word (or words with a
/// number or symbol around them).
fn discount_common_words(lower: &[char], cost: &mut [f64]) -> bool {
    let plain: Zeroizing<Vec<char>> = Zeroizing::new(lower.iter().map(|&c| unleet(c)).collect());
    let word_bits = (common_words().count() as f64).log2();
    for word in common_words().filter(|w| w.len() >= 4) {
        let w: Vec<char> = word.chars().collect();
        for start in 0..plain.len().saturating_sub(w.len() - 1) {
            if plain[start..start + w.len()] == w[..] {
                cost[start] = cost[start].min(word_bits);
                for c in &mut cost[start + 1..start + w.len()] {
                    *c = 0.0;
                }
            }
        }
    }
    // The core without a number or symbol before or after it, then without separators.
    let first = lower.iter().position(|c| c.is_alphabetic());
    let last = lower.iter().rposition(|c| c.is_alphabetic());
    let (Some(first), Some(last)) = (first, last) else {
        return false;
    };
    let core: Zeroizing<String> = Zeroizing::new(
        lower[first..=last]
            .iter()
            .map(|&c| unleet(c))
            .filter(|c| c.is_alphabetic())
            .collect(),
    );
    common_words().any(|w| w == core.as_str())
}

#[cfg(test)]
mod tests;
