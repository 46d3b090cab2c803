//! The strength meter: weak, strong and bounded.

use super::*;

fn score(p: &str) -> u8 {
    strength(p).score
}

#[test]
fn common_dutch_and_english_passwords_are_weak() {
    for p in [
        "welkom123",
        "Welkom2024!",
        "wachtwoord",
        "W4chtw00rd!!",
        "password1",
        "qwerty123456",
        "Feyenoord1908",
        "correct horse battery staple",
    ] {
        let s = strength(p);
        assert!(s.score < 3, "{p}: {s:?}");
        assert!(s.issues.contains(&StrengthIssue::Common), "{p}: {s:?}");
    }
}

#[test]
fn repeats_and_sequences_are_weak() {
    let s = strength("aaaaaaaaaaaaaa");
    assert_eq!(s.score, 0, "{s:?}");
    assert!(s.issues.contains(&StrengthIssue::Repetitive));
    let s = strength("abcdefghijklmnop");
    assert!(s.score < 3, "{s:?}");
    assert!(s.issues.contains(&StrengthIssue::Sequence));
    assert!(score("1234567890123456") < 3);
    assert!(score("xyzxyzxyzxyzxyz") < 3);
    assert!(score("asdfghjkl;'zxcvbnm") < 3);
}

#[test]
fn short_passphrases_are_not_acceptable() {
    let s = strength("x7#kQ9!mZ");
    assert!(s.score < 3, "{s:?}");
    assert!(s.issues.contains(&StrengthIssue::TooShort));
    assert_eq!(strength("").score, 0);
}

#[test]
fn long_passphrases_of_uncommon_words_are_strong() {
    for p in [
        "paard-batterij-nietje-correct",
        "Zonnige-Kade-Fietsbel-73",
        "rivierdijk knotwilg ooievaar",
        "x7#kQ9!mZ2@pL",
    ] {
        let s = strength(p);
        assert!(s.score >= 3, "{p}: {s:?}");
    }
    assert_eq!(score("paard-batterij-nietje-correct"), 4);
}

#[test]
fn one_kind_of_character_is_flagged_when_short() {
    let s = strength("kwastvlinder");
    assert!(
        s.issues.contains(&StrengthIssue::FewCharacterKinds),
        "{s:?}"
    );
    let s = strength("kwastvlinderboomgaardmolen");
    assert!(
        !s.issues.contains(&StrengthIssue::FewCharacterKinds),
        "{s:?}"
    );
}

#[test]
fn a_megabyte_near_periodic_passphrase_is_judged_at_once() {
    // Periodic but for its last character: the old period search was quadratic (32 s).
    let mut p = "ab".repeat(500_000);
    p.push('c');
    let start = std::time::Instant::now();
    let s = strength(&p);
    assert!(
        start.elapsed() < std::time::Duration::from_millis(200),
        "{:?}",
        start.elapsed()
    );
    assert!(s.score < 3, "{s:?}");
    assert!(s.issues.contains(&StrengthIssue::Repetitive), "{s:?}");
}

#[test]
fn the_linear_period_search_agrees_with_the_definition() {
    for text in [
        "", "a", "aaaa", "abab", "ababa", "abcab", "abcd", "passpass", "xyzxyzx",
    ] {
        let chars: Vec<char> = text.chars().collect();
        let naive = (1..=chars.len())
            .find(|&p| (p..chars.len()).all(|i| chars[i] == chars[i - p]))
            .unwrap_or(0);
        assert_eq!(smallest_period(&chars), naive, "{text:?}");
    }
}

#[test]
fn the_kept_answer_follows_the_text() {
    for _ in 0..2 {
        assert_eq!(score("paard-batterij-nietje-correct"), 4);
        assert_eq!(score("paard-batterij-nietje-correct"), 4);
        assert_eq!(score("wachtwoord"), 0);
    }
}

#[test]
fn an_empty_field_is_only_too_short_not_repetitive() {
    let s = strength("");
    assert_eq!(s.score, 0);
    assert_eq!(s.issues, [StrengthIssue::TooShort]);
}
