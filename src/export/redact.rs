//! Blanking out names: every occurrence of a word, ignoring case and diacritics.

use std::ops::Range;

use crate::search::fold;

/// What a redacted word is replaced with.
pub const REDACTED: &str = "[…]";

/// The byte ranges in `text` that [`redact`] replaces: every occurrence of every word, matched
/// case-insensitively and ignoring diacritics; sorted and non-overlapping (overlapping matches
/// are merged, so the longer word always wins). Empty and whitespace-only words are ignored.
pub fn redaction_ranges(text: &str, words: &[String]) -> Vec<Range<usize>> {
    // Fold char by char (fold is context-free), remembering for every folded char the byte
    // range of the original char it came from; folding can change byte lengths.
    let mut folded = String::with_capacity(text.len());
    let mut folded_starts: Vec<usize> = Vec::with_capacity(text.len());
    let mut origin: Vec<Range<usize>> = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for (at, ch) in text.char_indices() {
        let one = fold(ch.encode_utf8(&mut buf));
        for f in one.chars() {
            folded_starts.push(folded.len());
            origin.push(at..at + ch.len_utf8());
            folded.push(f);
        }
    }
    let mut found: Vec<Range<usize>> = Vec::new();
    for word in words {
        let needle = fold(word.trim());
        if needle.is_empty() {
            continue;
        }
        for (start, m) in folded.match_indices(needle.as_str()) {
            let end = start + m.len();
            // Matches lie on char boundaries of `folded`, so both searches hit exactly.
            let (Ok(first), Ok(last)) = (
                folded_starts.binary_search(&start),
                folded_starts.binary_search(&(end - m.chars().last().map_or(1, char::len_utf8))),
            ) else {
                continue;
            };
            if let (Some(a), Some(b)) = (origin.get(first), origin.get(last)) {
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
    let ranges = redaction_ranges(text, words);
    if ranges.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in ranges {
        out.push_str(&text[at..r.start]);
        out.push_str(REDACTED);
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(words: &[&str]) -> Vec<String> {
        words.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn every_case_and_diacritic_variant_is_replaced() {
        let text = "Wassenberg, wassenberg en WASSENBERG; café Café CAFE cafe.";
        let out = redact(text, &w(&["Wassenberg", "Café"]));
        assert_eq!(out, "[…], […] en […]; […] […] […] […].");
    }

    #[test]
    fn ranges_are_byte_ranges_in_the_original_text() {
        // 'É' is two bytes, 'E' one after folding: the range must cover the original bytes.
        let text = "naar CAFÉ Één";
        let ranges = redaction_ranges(text, &w(&["cafe", "een"]));
        let hit: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(hit, ["CAFÉ", "Één"]);
    }

    #[test]
    fn overlapping_words_merge_and_the_longest_wins() {
        assert_eq!(redact("Jan Jansen", &w(&["Jan", "Jansen"])), "[…] […]");
        // Partly overlapping matches are merged, so no tail leaks.
        assert_eq!(redact("abcde", &w(&["abc", "cde"])), "[…]");
        let ranges = redaction_ranges("xx Jansen", &w(&["jansen", "ans"]));
        assert_eq!(ranges, vec![3..9]);
    }

    #[test]
    fn empty_words_are_ignored() {
        assert_eq!(redact("niets", &w(&["", "  "])), "niets");
        assert!(redaction_ranges("niets", &w(&["\n"])).is_empty());
    }

    #[test]
    fn a_char_that_folds_to_two_is_redacted_whole() {
        // 'İ' lower-cases to "i̇" (two chars): a match on its first half takes the whole char.
        let text = "İstanbul";
        assert_eq!(redact(text, &w(&["i"])), "[…]stanbul");
    }
}
