//! Blanking out names: every occurrence of a word, matched on normalised text and then blanked
//! in the original.
//!
//! Both the text and the word are folded the same way before they are compared: compatibility
//! decomposition (NFKD, so `é`, `e` + U+0301 and the ligature `ﬁ` all meet), combining marks
//! dropped, invisible characters (soft hyphen, zero-width space and joiners, word joiner, BOM)
//! dropped, every run of whitespace (no-break spaces too) one space, and lower case. A match is
//! then blanked over the original characters it came from, invisible ones inside it included.
//!
//! By default a word is blanked wherever it occurs, also inside a longer word ("Wassenbergse"
//! becomes "[…]se"): a name should not survive in an inflection. With whole words only, a match
//! must not touch a letter or digit on either side.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// What a redacted word is replaced with.
pub const REDACTED: &str = "[…]";

/// Characters that show nothing and only split a word for a matcher: soft hyphen, zero-width
/// space, non-joiner and joiner, word joiner and the invisible operators, BOM, combining
/// grapheme joiner, Mongolian vowel separator, and variation selectors.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200d}'
            | '\u{2060}'..='\u{2064}'
            | '\u{feff}'
            | '\u{fe00}'..='\u{fe0f}'
    )
}

/// A text folded for matching, with for every folded char the byte range of the original
/// characters it stands for.
struct Folded {
    text: String,
    /// Byte offset in `text` of each folded char.
    starts: Vec<usize>,
    /// The original bytes behind each folded char.
    origin: Vec<Range<usize>>,
}

impl Folded {
    fn new(text: &str) -> Self {
        let mut f = Folded {
            text: String::with_capacity(text.len()),
            starts: Vec::with_capacity(text.len()),
            origin: Vec::with_capacity(text.len()),
        };
        for (at, ch) in text.char_indices() {
            let range = at..at + ch.len_utf8();
            let before = f.origin.len();
            if !is_invisible(ch) {
                for d in std::iter::once(ch).nfkd() {
                    f.push_decomposed(d, &range);
                }
            }
            if f.origin.len() == before {
                // Nothing visible came of it (an invisible char, a lone combining mark, a
                // space after a space): it belongs to what came before, so a match ending
                // there takes it along.
                if let Some(last) = f.origin.last_mut() {
                    last.end = range.end;
                }
            }
        }
        f
    }

    fn push_decomposed(&mut self, d: char, range: &Range<usize>) {
        if is_combining_mark(d) || is_invisible(d) {
            return;
        }
        if d.is_whitespace() {
            if !self.text.ends_with(' ') {
                self.push(' ', range);
            }
            return;
        }
        for l in d.to_lowercase() {
            match l {
                'ß' => {
                    self.push('s', range);
                    self.push('s', range);
                }
                '‘' | '’' => self.push('\'', range),
                '–' | '—' => self.push('-', range),
                l => self.push(l, range),
            }
        }
    }

    fn push(&mut self, c: char, range: &Range<usize>) {
        self.starts.push(self.text.len());
        self.origin.push(range.clone());
        self.text.push(c);
    }

    /// Whether a letter or digit touches folded byte offset `at` from the left (`before`) or
    /// starts there.
    fn word_char_at(&self, at: usize, before: bool) -> bool {
        let c = if before {
            self.text.get(..at).and_then(|s| s.chars().next_back())
        } else {
            self.text.get(at..).and_then(|s| s.chars().next())
        };
        c.is_some_and(char::is_alphanumeric)
    }
}

/// A word folded as the text is (see the module doc), without surrounding spaces.
fn fold_word(word: &str) -> String {
    Folded::new(word).text.trim().to_owned()
}

/// The byte ranges in `text` that [`redact`] replaces: every occurrence of every word on
/// normalised text (see the module doc); sorted and non-overlapping (overlapping matches are
/// merged, so the longer word always wins). Empty and whitespace-only words are ignored.
pub fn redaction_ranges(text: &str, words: &[String]) -> Vec<Range<usize>> {
    redaction_ranges_with(text, words, false)
}

/// Like [`redaction_ranges`]; with `whole_words` a match counts only where no letter or digit
/// touches it on either side.
pub fn redaction_ranges_with(text: &str, words: &[String], whole_words: bool) -> Vec<Range<usize>> {
    let folded = Folded::new(text);
    let mut found: Vec<Range<usize>> = Vec::new();
    for word in words {
        let needle = fold_word(word);
        if needle.is_empty() {
            continue;
        }
        for (start, m) in folded.text.match_indices(needle.as_str()) {
            let end = start + m.len();
            if whole_words && (folded.word_char_at(start, true) || folded.word_char_at(end, false))
            {
                continue;
            }
            // Matches lie on char boundaries of the folded text, so both searches hit exactly.
            let last_start = end - m.chars().next_back().map_or(1, char::len_utf8);
            let (Ok(first), Ok(last)) = (
                folded.starts.binary_search(&start),
                folded.starts.binary_search(&last_start),
            ) else {
                continue;
            };
            if let (Some(a), Some(b)) = (folded.origin.get(first), folded.origin.get(last)) {
                found.push(a.start..b.end);
            }
        }
    }
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(found.len());
    for r in found {
        match merged.last_mut() {
            Some(prev) if r.start < prev.end => prev.end = prev.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// `text` with every occurrence of each word (see [`redaction_ranges`]) replaced by `[…]`.
pub fn redact(text: &str, words: &[String]) -> String {
    redact_with(text, words, false)
}

/// Like [`redact`]; with `whole_words` only whole words are blanked.
pub fn redact_with(text: &str, words: &[String], whole_words: bool) -> String {
    let ranges = redaction_ranges_with(text, words, whole_words);
    if ranges.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in ranges {
        out.push_str(text.get(at..r.start).unwrap_or_default());
        out.push_str(REDACTED);
        at = r.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// The text folded as the matcher sees it; for tests that check nothing survives.
#[cfg(test)]
fn folded_for_tests(text: &str) -> String {
    Folded::new(text).text
}

#[cfg(test)]
mod tests;
