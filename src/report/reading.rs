//! A profile in plain words: which stances are clearly present, which way each board leans,
//! the comfort zone and the poles to explore. Shared by the profile screen and the printed
//! profile, so both say the same thing; judged against the scores' bands (`assessment`).

use super::words::fill;
use crate::assessment::{Dimension, Lean, Profile};
use crate::content::{Board, Content, Lang, Pole, Stance};

/// A sentence template in Dutch and English.
type Pair = (&'static str, &'static str);

const STANCES_NONE: Pair = (
    "Geen houding springt er duidelijk uit: elke score ligt binnen zijn band rond het midden.",
    "No stance clearly stands out: every score lies within its band around the middle.",
);
const STANCES_ONE: Pair = ("Duidelijk aanwezig: {}.", "Clearly present: {}.");
const STANCES_SEVERAL: Pair = ("Tegelijk aanwezig: {}.", "Present at the same time: {}.");
const AND: Pair = ("en", "and");
const BOARD_LEAN: Pair = ("{}: je neigt naar ‘{}’.", "{}: you lean towards ‘{}’.");
const BOARD_NO_LEAN: Pair = (
    "{}: geen duidelijke voorkeur; je polen verschillen minder dan de onzekerheid van je scores.",
    "{}: no clear lean; your poles differ by less than the uncertainty of your scores.",
);
const BOARD_UNKNOWN: Pair = (
    "{}: te weinig antwoorden om je positie te bepalen.",
    "{}: too few answers to place you.",
);
const COMFORT: Pair = (
    "Hier voel je je thuis: {}. Dat is een kracht; het kan ook een reflex worden.",
    "This is where you feel at home: {}. That is a strength; it can also become a reflex.",
);
const EXPLORE: Pair = (
    "Het minst gebruik je nu: {}. Daar ligt repertoire om te verkennen.",
    "What you use least now: {}. That is repertoire to explore.",
);

fn pick(pair: Pair, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => pair.0,
        Lang::En => pair.1,
    }
}

/// Which stances are clearly present, in one sentence; `None` while a stance has too few
/// answers to be scored.
pub fn stances(profile: &Profile, content: &Content, lang: Lang) -> Option<String> {
    if Stance::ALL
        .iter()
        .any(|s| profile.score(Dimension::Stance(*s)).value().is_none())
    {
        return None;
    }
    let names: Vec<String> = profile
        .clear_stances()
        .iter()
        .map(|s| content.stance(*s).name.get(lang).to_lowercase())
        .collect();
    Some(match names.as_slice() {
        [] => pick(STANCES_NONE, lang).to_owned(),
        [one] => fill(pick(STANCES_ONE, lang), &[one]),
        [init @ .., last] => fill(
            pick(STANCES_SEVERAL, lang),
            &[&format!("{} {} {last}", init.join(", "), pick(AND, lang))],
        ),
    })
}

/// A stance explained: its name and the content's summary of it.
pub fn stance(content: &Content, stance: Stance, lang: Lang) -> String {
    let info = content.stance(stance);
    format!("{}: {}", info.name.get(lang), info.summary.get(lang))
}

/// Which way a board leans, in one sentence, and the pole it leans to (whose summary says
/// more).
pub fn board(
    profile: &Profile,
    content: &Content,
    board: Board,
    lang: Lang,
) -> (String, Option<Pole>) {
    let name = content.board(board).name.get(lang);
    match profile.lean(board) {
        Some(Lean::Pole(pole)) => (
            fill(
                pick(BOARD_LEAN, lang),
                &[name, content.pole(pole).name.get(lang)],
            ),
            Some(pole),
        ),
        Some(Lean::NoClearLean) => (fill(pick(BOARD_NO_LEAN, lang), &[name]), None),
        None => (fill(pick(BOARD_UNKNOWN, lang), &[name]), None),
    }
}

/// The comfort zone in one sentence; `None` when there is none.
pub fn comfort(profile: &Profile, content: &Content, lang: Lang) -> Option<String> {
    (!profile.comfort_zone.is_empty()).then(|| {
        fill(
            pick(COMFORT, lang),
            &[&pole_names(&profile.comfort_zone, content, lang)],
        )
    })
}

/// The weakest poles in one sentence; `None` when there are none.
pub fn explore(profile: &Profile, content: &Content, lang: Lang) -> Option<String> {
    (!profile.weakest.is_empty()).then(|| {
        fill(
            pick(EXPLORE, lang),
            &[&pole_names(&profile.weakest, content, lang)],
        )
    })
}

/// Pole names joined by commas.
pub fn pole_names(poles: &[Pole], content: &Content, lang: Lang) -> String {
    poles
        .iter()
        .map(|p| content.pole(*p).name.get(lang))
        .collect::<Vec<_>>()
        .join(", ")
}
