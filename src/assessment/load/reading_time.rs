//! The built-in questionnaire promises "about twelve minutes": an estimate computed from its
//! own words, in the way the README's scoring section states it, so that a longer text
//! cannot slip in unnoticed.

use super::*;
use crate::content::Lang;

/// Careful silent reading: below the ~238 words a minute adults average for non-fiction in
/// English and in Dutch (Brysbaert 2019; Brysbaert et al. 2021), because every sentence
/// here asks to be weighed.
const WORDS_PER_MINUTE: f64 = 220.0;
/// Seconds to choose on the five-point scale once a statement has been read.
const DECIDE_STATEMENT_S: f64 = 4.0;
/// Seconds to weigh five options once a situation and its options have been read.
const DECIDE_SITUATION_S: f64 = 10.0;
/// The ceiling: "about twelve minutes" must not turn into thirteen.
const MAX_MINUTES: f64 = 13.0;

/// Words as a reader meets them: whitespace-separated tokens with at least one letter or
/// digit, so a dash between spaces is not a word and "B&W" or "CO₂-neutraal" is one.
fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .count()
}

fn default_questionnaire() -> Questionnaire {
    let content = Content::embedded().expect("valid content");
    let cat = Catalogue::load(None, &content);
    cat.get("default").expect("built in").questionnaire.clone()
}

/// The estimate in minutes: every word of the title, the description, the statements, the
/// situations and their options, read once, plus the time to decide.
fn minutes(q: &Questionnaire, lang: Lang) -> f64 {
    let mut count = words(q.title.get(lang)) + words(q.description.get(lang));
    let mut decide = 0.0;
    for item in &q.items {
        match item {
            Item::Likert { text, .. } => {
                count += words(text.get(lang));
                decide += DECIDE_STATEMENT_S;
            }
            Item::Scenario {
                situation, options, ..
            } => {
                count += words(situation.get(lang));
                count += options
                    .iter()
                    .map(|o| words(o.text.get(lang)))
                    .sum::<usize>();
                decide += DECIDE_SITUATION_S;
            }
        }
    }
    count as f64 / WORDS_PER_MINUTE + decide / 60.0
}

#[test]
fn words_are_counted_as_a_reader_meets_them() {
    assert_eq!(words("B&W knikt – maar doet niets."), 5);
    assert_eq!(words("CO₂-neutraal in 2030"), 3);
    assert_eq!(words("  "), 0);
}

#[test]
fn the_default_questionnaire_takes_about_twelve_minutes_in_both_languages() {
    let q = default_questionnaire();
    for lang in Lang::ALL {
        let m = minutes(&q, lang);
        eprintln!("{lang:?}: about {m:.1} minutes");
        assert!(m <= MAX_MINUTES, "{lang:?}: {m:.1} minutes");
        // The description tells the respondent how long it takes; it must say twelve.
        let says = match lang {
            Lang::Nl => "twaalf minuten",
            Lang::En => "twelve minutes",
        };
        assert!(q.description.get(lang).contains(says), "{lang:?}");
    }
}

#[test]
fn situations_and_options_stay_short_enough_to_weigh() {
    let q = default_questionnaire();
    for item in &q.items {
        if let Item::Scenario {
            id,
            situation,
            options,
            ..
        } = item
        {
            for lang in Lang::ALL {
                let n = words(situation.get(lang));
                assert!(n <= 60, "{id} {lang:?}: a situation of {n} words");
                for (i, o) in options.iter().enumerate() {
                    let n = words(o.text.get(lang));
                    assert!(n <= 15, "{id} option {} {lang:?}: {n} words", i + 1);
                }
            }
        }
    }
}
