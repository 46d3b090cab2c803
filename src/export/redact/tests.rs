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

#[test]
fn decomposed_accents_invisible_characters_and_odd_spaces_are_found() {
    let words = w(&["José", "Jan Jansen", "Wassenberg"]);
    for text in [
        "Jose\u{301} kwam",  // e + combining acute, as macOS and PDFs write it
        "Jo\u{ad}sé kwam",   // soft hyphen
        "Jo\u{200b}sé kwam", // zero-width space
        "J\u{200d}o\u{200c}s\u{2060}é kwam", // joiner, non-joiner, word joiner
        "Jo\u{feff}sé kwam", // a byte order mark inside
        "Jan\u{a0}Jansen kwam", // no-break space
        "Jan   Jansen kwam", // a run of spaces
        "Jan\u{202f}\u{200b} Jansen kwam", // narrow no-break space, then more
        "ＷＡＳＳＥＮＢＥＲＧ kwam", // full-width letters (NFKD)
    ] {
        let out = redact(text, &words);
        assert_eq!(out, "[…] kwam", "{text:?} became {out:?}");
    }
}

#[test]
fn the_trailing_combining_mark_goes_with_the_match() {
    let text = "Rene\u{301}e";
    assert_eq!(redact(text, &w(&["renee"])), "[…]");
    assert_eq!(redact("Rene\u{301}!", &w(&["rene"])), "[…]!");
}

#[test]
fn inflections_are_blanked_unless_whole_words_are_asked_for() {
    let text = "de Wassenbergse aanpak in Wassenberg";
    assert_eq!(redact(text, &w(&["Wassenberg"])), "de […]se aanpak in […]");
    assert_eq!(
        redact_with(text, &w(&["Wassenberg"]), true),
        "de Wassenbergse aanpak in […]"
    );
    // Punctuation and invisible characters are no word characters.
    assert_eq!(
        redact_with("(Wassenberg), Wassen\u{ad}berg.", &w(&["wassenberg"]), true),
        "([…]), […]."
    );
}

mod property {
    use super::*;
    use proptest::prelude::*;

    const INVISIBLE: [char; 7] = [
        '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{34f}',
    ];
    const SPACES: [&str; 6] = ["\u{a0}", "  ", "\u{202f}", "\u{2007}", " \u{200b} ", "\t"];

    /// A name of one to three parts, with accented letters among plain ones.
    fn name() -> impl Strategy<Value = String> {
        proptest::collection::vec("[a-zA-Zéëèïöüçñ]{2,8}", 1..=3).prop_map(|p| p.join(" "))
    }

    /// `name` as someone might type, paste or export it: random case, decomposed accents,
    /// invisible characters anywhere, other spaces between its parts.
    fn variant(name: &str, seed: &[u8]) -> String {
        let mut out = String::new();
        let mut bytes = seed.iter().copied().cycle();
        let mut next = || bytes.next().unwrap_or(0);
        for c in name.chars() {
            if c == ' ' {
                out.push_str(SPACES[usize::from(next()) % SPACES.len()]);
                continue;
            }
            let c = if next() % 2 == 0 {
                c.to_uppercase().next().unwrap_or(c)
            } else {
                c
            };
            if next() % 2 == 0 {
                out.extend(std::iter::once(c).nfd());
            } else {
                out.push(c);
            }
            if next() % 3 == 0 {
                out.push(INVISIBLE[usize::from(next()) % INVISIBLE.len()]);
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn no_variant_of_a_name_survives(
            name in name(),
            seed in proptest::collection::vec(any::<u8>(), 1..16),
            before in "[ a-z.,]{0,12}",
            after in "[ a-z.,]{0,12}",
        ) {
            let text = format!("{before}{}{after}", variant(&name, &seed));
            let out = redact(&text, std::slice::from_ref(&name));
            let needle = fold_word(&name);
            prop_assert!(
                !folded_for_tests(&out).contains(&needle),
                "{name:?} survived in {out:?} (from {text:?})"
            );
            // And it was blanked, not the text around it thrown away.
            prop_assert!(out.contains(REDACTED));
        }
    }
}
