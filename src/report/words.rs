//! The printed documents' own words, in Dutch and English. The reading of a profile is in
//! `reading.rs`; names of stances, boards and poles come from the content.

crate::texts::strings! { enum W;
    ProfileTitle => "Profiel: hoe je ambtelijke ruimte maakt", "Profile: how you make room to act";
    Respondent => "Deelnemer: {}", "Respondent: {}";
    Date => "Datum: {}", "Date: {}";
    StanceTitle => "Jouw houding", "Your stance";
    StanceCaption => "De drie houdingen naast elkaar, elk van 0 tot 100. De stip is de score, het lichte vlak eromheen de band (± één standaardfout), het streepje het midden (50). De houdingen sluiten elkaar niet uit.",
        "The three stances side by side, each from 0 to 100. The dot is the score, the light area around it the band (± one standard error), the tick the middle (50). The stances do not exclude each other.";
    BoardsTitle => "Jouw plek op de drie schaakborden", "Your place on the three boards";
    BoardsCaption => "Elk bord is verdeeld in de velden van zijn polen. In elk veld staat de score op die pool met zijn band; de zwarte stip op de lijn onder een bord is je positie tussen de polen. Een dikke rand markeert je comfortzone.",
        "Each board is split into the fields of its poles. Each field shows the score on that pole with its band; the black dot on the line under a board is your position between the poles. A thick outline marks your comfort zone.";
    YourPosition => "jouw positie", "your position";
    NoPosition => "te weinig antwoorden", "too few answers";
    LegendComfort => "dikke rand: comfortzone", "thick outline: comfort zone";
    LegendBand => "licht vlak: band (± één standaardfout)", "light area: band (± one standard error)";
    ReadingTitle => "Wat je profiel zegt", "What your profile says";
    ScoresTitle => "Scores per dimensie", "Scores per dimension";
    ScoreHead => "score ± band", "score ± band";
    TooFew => "te weinig antwoorden ({} van {})", "too few answers ({} of {})";
    RepertoireTitle => "Repertoire om te verkennen", "Repertoire to explore";
    ZoneFits => "past binnen de huidige ambtelijke ethiek", "fits today's civil-service ethics";
    ZoneStretches => "rekt de huidige ambtelijke ethiek op", "stretches today's civil-service ethics";
    ZoneOutside => "valt buiten de huidige waarden", "outside today's values";
    Caveat => "Een score is een schatting uit een korte vragenlijst, geen oordeel en geen diagnose. Verschillen binnen de band zijn niet betekenisvol.",
        "A score is an estimate from a short questionnaire, not a judgement and not a diagnosis. Differences within the band mean nothing.";
    Credit => "Bron: het rapport ‘Ambtelijke Ruimte Bouwen’ (DRIFT, GovernEUR, Stroomversnelling, 2023). De namen van houdingen, borden, polen en tactieken komen uit het rapport; alle andere tekst is in eigen woorden. De scores, de banden en de lezing ervan zijn een uitwerking van deze app, niet van het rapport.",
        "Source: the report ‘Ambtelijke Ruimte Bouwen’ (DRIFT, GovernEUR, Stroomversnelling, 2023). The names of stances, boards, poles and tactics are the report's; all other text is in our own words. The scores, the bands and how they are read are this app's elaboration, not the report's.";
    Footer => "Ambtelijke Ruimte · pagina {} van {}", "Ambtelijke Ruimte · page {} of {}";
    SummaryFor => "Voor {} · doel: {}", "For {} · purpose: {}";
    SummaryShared => "Gedeeld op {}", "Shared on {}";
    SummaryDeleteAfter => "De afzender vraagt je dit na {} te verwijderen.", "The sender asks you to delete this after {}.";
    SummaryFrom => "Van: {}", "From: {}";
    SummaryPrinted => "Afgedrukt op {}", "Printed on {}";
    RecoveryTitle => "Herstelcode van je kluis", "Recovery code of your vault";
    RecoveryMade => "Gemaakt op {}", "Made on {}";
    RecoveryWhat => "Met deze code open je je versleutelde dagboek in Ambtelijke Ruimte als je je wachtwoordzin vergeet: kies bij Dagboek ‘Wachtwoordzin vergeten? Gebruik je herstelcode’ en typ de code over. Streepjes en hoofdletters tellen niet mee.",
        "With this code you open your encrypted journal in Ambtelijke Ruimte when you forget your passphrase: under Journal choose ‘Forgot your passphrase? Use your recovery code’ and type the code. Dashes and capitals do not matter.";
    RecoverySecret => "Dit papier is net zo geheim als je wachtwoordzin: wie het in handen krijgt, kan je dagboek openen. Bewaar het op een veilige plek, niet bij je laptop, en deel het met niemand.",
        "This sheet is as secret as your passphrase: whoever gets hold of it can open your journal. Keep it somewhere safe, not with your laptop, and share it with nobody.";
    RecoveryReplaced => "Maak je later een nieuwe herstelcode, dan werkt deze niet meer; vernietig dit papier dan.",
        "If you make a new recovery code later, this one stops working; destroy this sheet then.";
}

pub(crate) use crate::texts::fill;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Lang;

    #[test]
    fn every_word_has_both_languages_and_matching_placeholders() {
        for &w in W::ALL {
            let (nl, en) = (w.get(Lang::Nl), w.get(Lang::En));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{w:?}");
            assert_eq!(nl.matches("{}").count(), en.matches("{}").count(), "{w:?}");
        }
    }
}
