//! Matching typed text against content: ignoring case and diacritics, every word must occur.

/// Lower-cases and strips the diacritics Dutch and English text uses (ë → e, ç → c, …).
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            '‘' | '’' => '\'',
            '–' | '—' => '-',
            other => other,
        })
        .collect()
}

/// Whether every word of `query` occurs in one of `haystacks` (an empty query matches all).
pub fn matches<'a>(query: &str, haystacks: impl IntoIterator<Item = &'a str>) -> bool {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    if words.is_empty() {
        return true;
    }
    let hay: String = haystacks.into_iter().map(|h| fold(h) + "\n").collect();
    words.iter().all(|w| hay.contains(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("Creëer COÖPERATIE"), "creeer cooperatie");
        assert!(matches(
            "creeer groeipad",
            ["Creëer een groeipad voor initiatieven"]
        ));
        assert!(matches("  ", ["anything"]));
        assert!(!matches("warmtenet subsidie", ["een warmtenet"]));
    }
}
