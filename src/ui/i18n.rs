//! Every sentence of the interface, in Dutch and English, looked up by key. The texts live
//! in `src/ui/text/<area>.strings`, one file per screen or part (`common` for texts several
//! share); `build.rs` gathers them into the one table below. A key without both translations
//! does not compile; an empty one fails a test.

use crate::content::Lang;

pub(crate) use crate::texts::strings;

include!(concat!(env!("OUT_DIR"), "/strings.rs"));

pub use crate::texts::fill;

/// The sentence for `n` things: `one` for exactly one, `many` (with `{}` for the number)
/// otherwise. Dutch and English both use the singular for one only.
pub fn plural(lang: Lang, n: usize, one: S, many: S) -> String {
    if n == 1 {
        one.get(lang).to_owned()
    } else {
        fill(many.get(lang), &[&n.to_string()])
    }
}

/// For the tests of every text table (`S`, guard texts, error texts): each key has a Dutch and an
/// English text, with as many `{}` placeholders in both.
#[cfg(test)]
pub(crate) fn assert_complete<K: Copy + std::fmt::Debug>(
    all: &[K],
    get: fn(K, Lang) -> &'static str,
) {
    for &key in all {
        let (nl, en) = (get(key, Lang::Nl), get(key, Lang::En));
        assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
        assert_eq!(
            nl.matches("{}").count(),
            en.matches("{}").count(),
            "{key:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages_and_matching_placeholders() {
        assert_complete(S::ALL, S::get);
    }

    #[test]
    fn plurals_use_the_singular_for_one_only() {
        assert_eq!(
            plural(Lang::Nl, 1, S::LoadedOne, S::LoadedCount),
            "1 vragenlijst geladen"
        );
        assert_eq!(
            plural(Lang::Nl, 2, S::LoadedOne, S::LoadedCount),
            "2 vragenlijsten geladen"
        );
        assert_eq!(
            plural(Lang::En, 0, S::LoadedOne, S::LoadedCount),
            "0 questionnaires loaded"
        );
        for key in S::ALL {
            let text = key.get(Lang::Nl);
            assert!(
                !text.contains("(en)") && !text.contains("(s)"),
                "{key:?}: {text}"
            );
        }
    }

    #[test]
    fn fill_replaces_in_order_and_tolerates_missing_args() {
        assert_eq!(fill("Vraag {} van {}", &["3", "36"]), "Vraag 3 van 36");
        assert_eq!(fill("{} en {}", &["a"]), "a en ");
    }
}
