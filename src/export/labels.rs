//! The fixed texts of a summary document, in Dutch and English. These are document texts that
//! travel to the coach, not UI strings, so they live with the renderer.

use crate::content::{EthicsZone, Lang};
use crate::journal::YesNo;

/// A fixed text of the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum L {
    DocTitle,
    Intro,
    Dilemma,
    Date,
    Stakeholders,
    Tactics,
    Boards,
    Boundaries,
    OathFits,
    OathNote,
    ConfidantDiscussed,
    ConfidantRole,
    DeliberationNeeded,
    Facts,
    OptionA,
    OptionB,
    StakeholdersValues,
    DeliberationOptions,
    ChoiceDo,
    ChoiceBecause,
    ChoiceDespite,
    LimitHarm,
    Evaluation,
    FollowUps,
    Happened,
    Pushback,
    Adjustment,
    Learned,
    Reflection,
    Options,
    Decision,
    Profile,
    Scores,
    TooFewAnswers,
    Stances,
    ClearStances,
    NoProfile,
    Untitled,
}

/// The text for `key` in `lang`.
pub(super) fn label(key: L, lang: Lang) -> &'static str {
    let (nl, en) = match key {
        L::DocTitle => ("Samenvatting voor je coach", "Summary for your coach"),
        L::Intro => (
            "Gedeeld uit Ambtelijke Ruimte, met toestemming; alleen wat hieronder staat is gekozen om te delen.",
            "Shared from Ambtelijke Ruimte, by consent; only what follows was chosen to be shared.",
        ),
        L::Dilemma => ("Het dilemma", "The dilemma"),
        L::Date => ("Datum", "Date"),
        L::Stakeholders => ("Betrokkenen", "Involved"),
        L::Tactics => ("Tactieken", "Tactics"),
        L::Boards => ("Schaakborden", "Boards"),
        L::Boundaries => ("Grenzen", "Boundaries"),
        L::OathFits => (
            "Past het bij de eed of belofte",
            "Does it fit the oath or affirmation",
        ),
        L::OathNote => ("Toelichting", "Note"),
        L::ConfidantDiscussed => (
            "Besproken met een vertrouwenspersoon of iemand die je vertrouwt",
            "Discussed with a confidant or someone you trust",
        ),
        L::ConfidantRole => ("Met wie (rol)", "With whom (role)"),
        L::DeliberationNeeded => ("Moreel beraad nodig", "Moral deliberation needed"),
        L::Facts => ("Feiten", "Facts"),
        L::OptionA => ("Morele vraag, kant A", "Moral question, side A"),
        L::OptionB => ("Morele vraag, kant B", "Moral question, side B"),
        L::StakeholdersValues => ("Betrokkenen en waarden", "Stakeholders and values"),
        L::DeliberationOptions => ("Handelingsopties", "Courses of action"),
        L::ChoiceDo => ("Ik doe", "I do"),
        L::ChoiceBecause => ("Omdat", "Because"),
        L::ChoiceDespite => ("Ondanks", "Despite"),
        L::LimitHarm => ("Schade beperken", "Limiting the harm"),
        L::Evaluation => (
            "Terugblik op het beraad",
            "Looking back on the deliberation",
        ),
        L::FollowUps => ("Hoe het verderging", "How it went on"),
        L::Happened => ("Wat er gebeurde", "What happened"),
        L::Pushback => ("Weerstand", "Pushback"),
        L::Adjustment => ("Bijgestuurd", "Adjusted"),
        L::Learned => ("Geleerd", "Learned"),
        L::Reflection => ("Reflectie", "Reflection"),
        L::Options => ("Opties", "Options"),
        L::Decision => ("Besluit", "Decision"),
        L::Profile => (
            "Profiel uit de vragenlijst",
            "Profile from the questionnaire",
        ),
        L::Scores => ("Scores (0-100)", "Scores (0-100)"),
        L::TooFewAnswers => ("te weinig antwoorden", "too few answers"),
        L::Stances => ("Houdingen naast elkaar", "Stances side by side"),
        L::ClearStances => ("Duidelijk aanwezig", "Clearly present"),
        L::NoProfile => (
            "Er is nog geen vragenlijst ingevuld.",
            "No questionnaire has been completed yet.",
        ),
        L::Untitled => ("Dilemma", "Dilemma"),
    };
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// A boundary answer in words.
pub(super) fn yes_no(answer: YesNo, lang: Lang) -> &'static str {
    match (answer, lang) {
        (YesNo::Yes, Lang::Nl) => "ja",
        (YesNo::No, Lang::Nl) => "nee",
        (YesNo::Unsure, Lang::Nl) => "weet ik niet",
        (YesNo::Yes, Lang::En) => "yes",
        (YesNo::No, Lang::En) => "no",
        (YesNo::Unsure, Lang::En) => "not sure",
    }
}

/// A tactic's ethics zone in words.
pub(super) fn zone(z: EthicsZone, lang: Lang) -> &'static str {
    match (z, lang) {
        (EthicsZone::Fits, Lang::Nl) => "past binnen de huidige ambtelijke ethiek",
        (EthicsZone::Stretches, Lang::Nl) => "rekt de huidige ambtelijke ethiek op",
        (EthicsZone::Outside, Lang::Nl) => "valt buiten de huidige waarden",
        (EthicsZone::Fits, Lang::En) => "fits today's civil-service ethics",
        (EthicsZone::Stretches, Lang::En) => "stretches today's civil-service ethics",
        (EthicsZone::Outside, Lang::En) => "outside today's values",
    }
}
