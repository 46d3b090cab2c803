//! Every sentence of the interface, in Dutch and English, looked up by key. A key without
//! both translations does not compile; an empty one fails a test.

use crate::content::Lang;

macro_rules! strings {
    (enum $name:ident; $($key:ident => $nl:literal, $en:literal;)*) => {
        /// A piece of interface text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $(#[allow(missing_docs)] $key),* }

        impl $name {
            /// Every key, for tests.
            #[cfg(test)]
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// The text in a language.
            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$key, Lang::Nl) => $nl, ($name::$key, Lang::En) => $en,)*
                }
            }
        }
    };
    ($($key:ident => $nl:literal, $en:literal;)*) => {
        strings! { enum S; $($key => $nl, $en;)* }
    };
}

/// The same table form for other sets of texts (the error sentences in `errors.rs`).
pub(crate) use strings;

strings! {
    AppTitle => "Ambtelijke Ruimte", "Ambtelijke Ruimte";
    NavWelcome => "Welkom", "Welcome";
    NavQuestionnaire => "Vragenlijst", "Questionnaire";
    NavProfile => "Profiel", "Profile";
    NavTactics => "Tactieken", "Tactics";
    NavJournal => "Dagboek", "Journal";
    NavSettings => "Instellingen", "Settings";
    NavShared => "Gedeeld", "Shared";
    NavOnboarding => "Inwerken", "Getting started";
    SharedTitle => "Delen met je coach", "Sharing with your coach";
    SharedIntro => "Jij kiest wat er gedeeld wordt, tot op het onderdeel. Je ziet vooraf precies de tekst die je coach krijgt, en alleen je coach kan het bestand openen. Van elke keer delen houd je een bewijs in je kluis.",
        "You choose what is shared, part by part. You see beforehand exactly the text your coach receives, and only your coach can open the file. Every time you share, your vault keeps a receipt.";
    SharedLocked => "Ontgrendel je kluis (bij Dagboek) om te delen of een gedeelde samenvatting te openen.", "Unlock your vault (under Journal) to share or to open a shared summary.";
    TabShare => "Delen", "Share";
    TabReceipts => "Wat ik deelde", "What I shared";
    TabCoach => "Coach", "Coach";
    StepChoose => "Kies wat je deelt", "Choose what to share";
    StepRedact => "Laat woorden weg", "Blank out words";
    StepConsent => "Toestemming", "Consent";
    SelectAllFound => "Selecteer alle {} gevonden dilemma's", "Select all {} dilemmas found";
    SelectAllFoundOne => "Selecteer het gevonden dilemma", "Select the dilemma found";
    SelectNone => "Niets selecteren", "Select none";
    PartTitle => "titel", "title";
    PartDilemma => "dilemma", "dilemma";
    PartTactics => "tactieken", "tactics";
    PartBoundaries => "grensvragen", "boundary answers";
    // drafts: this engineer's new texts go directly below this line.
    DraftsTitle => "Niet opgeslagen werk teruggevonden", "Unsaved work found";
    DraftsIntro => "Toen de app de vorige keer stopte, was dit nog niet opgeslagen. Het is versleuteld in je kluis bewaard. Wil je het terug?", "When the app last stopped, this was not saved yet. It was kept encrypted in your vault. Do you want it back?";
    DraftEntry => "Het dilemma \u{201c}{}\u{201d}", "The dilemma \u{201c}{}\u{201d}";
    DraftEntryOpen => "Sla eerst het dilemma op dat nu open is, of gooi het weg.", "First save the dilemma that is open now, or discard it.";
    DraftExercise => "De oefening \u{201c}{}\u{201d}", "The exercise \u{201c}{}\u{201d}";
    DraftEntryUntitled => "Een nieuw dilemma zonder titel", "A new dilemma without a title";
    DraftAnswersOne => "{} antwoord in de vragenlijst \u{201c}{}\u{201d}", "{} answer in the questionnaire \u{201c}{}\u{201d}";
    DraftAnswersMany => "{} antwoorden in de vragenlijst \u{201c}{}\u{201d}", "{} answers in the questionnaire \u{201c}{}\u{201d}";
    DraftAgeNow => "Laatst bewaard: zojuist", "Last kept: just now";
    DraftAgeMinute => "Laatst bewaard: 1 minuut geleden", "Last kept: 1 minute ago";
    DraftAgeMinutes => "Laatst bewaard: {} minuten geleden", "Last kept: {} minutes ago";
    DraftAgeHour => "Laatst bewaard: 1 uur geleden", "Last kept: 1 hour ago";
    DraftAgeHours => "Laatst bewaard: {} uur geleden", "Last kept: {} hours ago";
    DraftAgeDay => "Laatst bewaard op {}", "Last kept on {}";
    DraftOlder => "Let op: de opgeslagen versie van dit dilemma is nieuwer dan dit concept.", "Note: the saved version of this dilemma is newer than this draft.";
    DraftRestore => "Herstellen", "Restore";
    DraftDiscard => "Weggooien", "Discard";
    DraftDiscardAsk => "Dit concept weggooien? Wat erin staat, is daarna weg.", "Discard this draft? What it holds is gone afterwards.";
    DraftDiscardYes => "Ja, weggooien", "Yes, discard";
    DraftsLater => "Later beslissen", "Decide later";
    DraftsLaterNote => "Beslis je later, dan vraagt de app het bij het volgende ontgrendelen opnieuw.", "If you decide later, the app asks again at the next unlock.";
    DraftDiscarded => "Concept weggegooid.", "Draft discarded.";
    DraftRestored => "Hersteld. Het is nog niet opgeslagen.", "Restored. It is not saved yet.";
    DraftNotKept => "Je werk kon niet als concept worden bewaard: {}", "Your work could not be kept as a draft: {}";
    PartFollowUps => "vervolg", "follow-ups";
    PartReflection => "opties en besluit", "options and decision";
    IncludeProfile => "Mijn profiel uit de vragenlijst meesturen", "Include my questionnaire profile";
    ChosenCount => "{} dilemma's gekozen", "{} dilemmas chosen";
    ChosenOne => "1 dilemma gekozen", "1 dilemma chosen";
    RedactHint => "Namen van mensen, plekken of je gemeente worden in de uitvoer vervangen door […]. In de voorvertoning zie je waar.", "Names of people, places or your municipality are replaced by […] in the output. The preview shows where.";
    RedactWords => "Woorden om weg te laten (gescheiden door komma's)", "Words to blank out (separated by commas)";
    PreviewTitle => "Voorvertoning: precies deze tekst wordt gedeeld", "Preview: exactly this text will be shared";
    ConsentCoach => "Naam van je coach", "Your coach's name";
    ConsentPurpose => "Doel van het delen", "Purpose of sharing";
    ConsentDeleteAfter => "Verwijderen na (JJJJ-MM-DD, mag leeg)", "Delete after (YYYY-MM-DD, optional)";
    OutputLabel => "Vorm", "Form";
    OutputEncrypted => "Versleuteld voor je coach (.md.age)", "Encrypted for your coach (.md.age)";
    OutputMarkdown => "Onversleutelde Markdown", "Unencrypted Markdown";
    OutputHtml => "Onversleutelde HTML", "Unencrypted HTML";
    CoachKey => "De sleutel van je coach (age1…)", "Your coach's key (age1…)";
    KeyValid => "Geldige sleutel.", "Valid key.";
    PlainWarning => "Let op: dit bestand is niet versleuteld. Iedereen die het in handen krijgt, kan het lezen.", "Warning: this file is not encrypted. Anyone who gets hold of it can read it.";
    PlainUnderstood => "Ik begrijp dat dit bestand leesbaar is voor iedereen", "I understand anyone can read this file";
    ExportPath => "Bestand", "File";
    ConsentTick => "Ik deel precies deze voorvertoning", "I share exactly this preview";
    ExportButton => "Exporteren", "Export";
    ExportDone => "Geëxporteerd. Het bewijs staat bij ‘Wat ik deelde’.", "Exported. The receipt is under ‘What I shared’.";
    NoReceipts => "Je hebt nog niets gedeeld.", "You have not shared anything yet.";
    ReceiptDate => "Datum", "Date";
    ReceiptScope => "Omvang", "Scope";
    ReceiptScopeText => "{} dilemma's · {}", "{} dilemmas · {}";
    ReceiptScopeOne => "1 dilemma · {}", "1 dilemma · {}";
    ReceiptHash => "SHA-256", "SHA-256";
    MyCoachKey => "Mijn coach-sleutel", "My coach key";
    MyCoachKeyHint => "Geef deze sleutel aan wie met jou wil delen. Alleen jouw kluis kan bestanden openen die ermee versleuteld zijn.", "Give this key to those who want to share with you. Only your vault can open files encrypted to it.";
    CopyKey => "Kopiëren", "Copy";
    OpenSummaryTitle => "Een gedeelde samenvatting openen", "Open a shared summary";
    OpenSummaryHint => "Kies het bestand met Bladeren…, typ het pad, of sleep het bestand op dit venster.", "Choose the file with Browse…, type the path, or drop the file on this window.";
    OpenFrom => "Naam van de afzender (alleen nodig als je deze persoon nog niet kent)", "Sender's name (needed only for someone you have not seen before)";
    SenderKnown => "Van {}, een afzender die je kent (ondertekend met {}).", "From {}, a sender you know (signed with {}).";
    SenderNew => "Ondertekend met {}, een afzender die je nog niet kende. Onthouden als ‘{}’. Vraag die persoon, buiten dit bestand om, of de sleutel klopt.",
        "Signed with {}, a sender you had not seen. Remembered as ‘{}’. Ask that person, outside this file, whether the key is theirs.";
    SenderReplyChanged => "Let op: van {} (ondertekend met {}), maar de samenvatting vraagt je te reageren naar een andere sleutel ({}). Je reactie gaat alleen naar de sleutel die je van {} kent.",
        "Warning: from {} (signed with {}), but the summary asks you to reply to another key ({}). Your feedback goes only to the key you know for {}.";
    SenderImpostor => "Let op: ondertekend met {}, een onbekende sleutel die de naam of de reactiesleutel van {} gebruikt. Deze samenvatting komt niet van de {} die je kent. Reageren kan daarom niet.",
        "Warning: signed with {}, an unknown key that uses the name or reply key of {}. This summary is not from the {} you know, so you cannot reply to it.";
    SenderUnsigned => "Let op: deze samenvatting is niet ondertekend (gemaakt met een oudere versie). Wie hem stuurde, is niet na te gaan.",
        "Warning: this summary is not signed (made by an older version). Who sent it cannot be checked.";
    FilePath => "Pad naar het bestand", "Path to the file";
    OpenButton => "Openen", "Open";
    ConsentHeader => "Gedeeld met toestemming", "Shared with consent";
    SharedOn => "Gedeeld op", "Shared on";
    DeleteAfterPassed => "De afgesproken bewaartermijn is voorbij: verwijder dit bestand.", "The agreed keeping period has passed: delete this file.";
    FeedbackTitle => "Feedback per dilemma", "Feedback per dilemma";
    // trash: this engineer's new texts go directly below this line.
    TrashOpen => "Prullenbak", "Trash";
    TrashTitle => "Prullenbak", "Trash";
    TrashLead => "Wat je verwijdert, staat hier nog {} dagen, versleuteld en verzegeld zoals de rest van je kluis. Daarna verdwijnt het bij het ontgrendelen voorgoed. Bewijzen van toestemming worden nooit verwijderd.", "What you delete stays here for {} days, encrypted and sealed like the rest of your vault. After that it is removed for good when you unlock. Consent receipts are never deleted.";
    TrashNothing => "De prullenbak is leeg.", "The trash is empty.";
    TrashDeletedOn => "Verwijderd op {}", "Deleted on {}";
    TrashDayLeft => "nog 1 dag", "1 day left";
    TrashDaysLeft => "nog {} dagen", "{} days left";
    TrashDueNow => "wordt bij het volgende ontgrendelen verwijderd", "removed at the next unlock";
    TrashKindEntry => "Dilemma", "Dilemma";
    TrashKindTake => "Ingevulde vragenlijst", "Completed questionnaire";
    Untitled => "(zonder titel)", "(untitled)";
    TrashRestore => "Terugzetten", "Restore";
    TrashRestoreNamed => "{} terugzetten", "Restore {}";
    TrashEmpty => "Prullenbak legen", "Empty the trash";
    TrashEmptyAsk => "Alles in de prullenbak voorgoed verwijderen? Dat kan niet ongedaan worden gemaakt. Bewijzen van toestemming blijven bewaard.", "Remove everything in the trash for good? This cannot be undone. Consent receipts are kept.";
    TrashEmptyYes => "Voorgoed verwijderen", "Remove for good";
    TrashEmptied => "De prullenbak is geleegd.", "The trash was emptied.";
    Delete => "Verwijderen", "Delete";
    DeleteEntryAsk => "Dit dilemma naar de prullenbak verplaatsen? Het blijft daar {} dagen staan en je kunt het terugzetten.", "Move this dilemma to the trash? It stays there for {} days and you can restore it.";
    DeleteUnsaved => "Wat je sinds het laatste opslaan veranderde, gaat niet mee.", "What you changed since the last save does not go with it.";
    DeleteYes => "Naar de prullenbak", "Move to the trash";
    Deleted => "Naar de prullenbak verplaatst; je kunt het {} dagen terugzetten.", "Moved to the trash; you can restore it for {} days.";
    Restored => "Teruggezet.", "Restored.";
    VersionsOpen => "Eerdere versies", "Earlier versions";
    VersionsTitle => "Eerdere versies van \u{201c}{}\u{201d}", "Earlier versions of \u{201c}{}\u{201d}";
    VersionsLead => "Elke keer dat je opslaat, bewaart de app de vorige versie, versleuteld en verzegeld (de laatste {}).", "Each time you save, the app keeps the previous version, encrypted and sealed (the last {}).";
    VersionsNone => "Nog geen eerdere versies: die ontstaan zodra je dit dilemma opnieuw opslaat.", "No earlier versions yet: they appear once you save this dilemma again.";
    VersionLine => "Versie {} · opgeslagen {}", "Version {} · saved {}";
    VersionCurrent => "huidige versie", "current version";
    VersionView => "Bekijken", "View";
    VersionViewNamed => "Versie {} bekijken", "View version {}";
    VersionHide => "Verbergen", "Hide";
    VersionRestore => "Deze versie terugzetten", "Restore this version";
    VersionRestoreNamed => "Versie {} terugzetten", "Restore version {}";
    VersionRestoreAsk => "Versie {} weer de huidige maken? De huidige versie blijft bewaard bij de eerdere versies.", "Make version {} the current one again? The current version is kept among the earlier ones.";
    VersionRestoreYes => "Ja, terugzetten", "Yes, restore";
    VersionRestored => "Versie teruggezet; de versie ervoor staat bij de eerdere versies.", "Version restored; the one before it is kept among the earlier versions.";
    VersionReadOnly => "Alleen lezen: zo stond het dilemma er in deze versie.", "Read only: the dilemma as it stood in this version.";
    TakesTitle => "Ingevulde vragenlijsten", "Completed questionnaires";
    TakeLine => "{} · {}", "{} · {}";
    TakeDeleteNamed => "Vragenlijst van {} verwijderen", "Delete the questionnaire of {}";
    BackToEntry => "Terug naar het dilemma", "Back to the dilemma";
    TakeDeleteAsk => "De vragenlijst van {} naar de prullenbak verplaatsen? Hij telt dan niet meer mee in je geschiedenis; je kunt hem {} dagen terugzetten.", "Move the questionnaire of {} to the trash? It no longer counts in your history; you can restore it for {} days.";
    FeedbackOn => "Feedback op: {}", "Feedback on: {}";
    FeedbackPath => "Feedbackbestand", "Feedback file";
    FeedbackExport => "Feedback versleuteld opslaan", "Save feedback encrypted";
    FeedbackSaved => "Feedback versleuteld opgeslagen voor je coachee.", "Feedback saved, encrypted for your coachee.";
    ImportFeedbackTitle => "Feedback van je coach importeren", "Import feedback from your coach";
    FeedbackFile => "Feedbackbestand", "Feedback file";
    ImportButton => "Importeren", "Import";
    FeedbackImported => "{} reacties van je coach toegevoegd bij je dilemma's.", "{} responses from your coach added to your dilemmas.";
    FeedbackNothingNew => "Niets nieuws: deze feedback stond al bij je dilemma's.", "Nothing new: this feedback was already with your dilemmas.";
    FeedbackImportedOne => "1 reactie van je coach toegevoegd bij je dilemma.", "1 response from your coach added to your dilemma.";
    CoachFeedback => "Feedback van je coach", "Feedback from your coach";
    PracticeSaved => "Je oefening is als oefen-dilemma in je dagboek bewaard.", "Your exercise is kept in your journal as a practice dilemma.";
    PracticeCaptured => "Je oefening is versleuteld opgeslagen. Na het ontgrendelen staat ze bovenaan je dagboek onder ‘Vraagt je aandacht’, om te bewaren.", "Your exercise is saved, encrypted. After unlocking it waits at the top of your journal under ‘Needs your attention’, to keep.";
    PracticeWaiting => "Je oefening wordt bewaard zodra je een kluis aanmaakt (bij Dagboek).", "Your exercise will be kept as soon as you create a vault (under Journal).";
    Credit => "Gebaseerd op het rapport ‘Ambtelijke Ruimte Bouwen’ (DRIFT, GovernEUR, Stroomversnelling, 2023). Alle samenvattingen zijn in eigen woorden.",
        "Based on the report ‘Ambtelijke Ruimte Bouwen’ (DRIFT, GovernEUR, Stroomversnelling, 2023). All summaries are in our own words.";

    WelcomeTitle => "Ruimte maken om je werk te doen", "Making room to do your work";
    WelcomeIntro => "Gemeenten hebben de regie in de warmtetransitie, maar de ruimte om die regie echt te voeren krijg je zelden vanzelf. Deze app helpt je nagaan hoe jij die ruimte maakt: op welke schaakborden je beweegt, welke tactieken je gebruikt en welke je nog niet hebt geprobeerd.",
        "Municipalities lead the heat transition, yet the room to actually lead is rarely handed to you. This app helps you look at how you make that room: which boards you move on, which tactics you use and which you have not tried yet.";
    WelcomePrivacy => "Alles blijft op deze computer. Je dagboek en je uitslagen staan versleuteld in je kluis; alleen je instellingen (taal, thema, tekstgrootte, vergrendeltijd) worden onversleuteld bewaard. Iets delen met een coach gebeurt alleen als jij dat kiest.",
        "Everything stays on this computer. Your journal and results are kept encrypted in your vault; only your settings (language, theme, text size, lock delay) are stored unencrypted. Sharing anything with a coach happens only when you choose to.";
    WelcomeStances => "Drie houdingen", "Three stances";
    WelcomeStancesIntro => "Ambtenaren in de warmtetransitie zien zichzelf vaak als een ander soort ambtenaar. Het rapport onderscheidt drie houdingen. Ze sluiten elkaar niet uit: de ambtenaren die het sprak, noemen zich betrokken én ondernemend, en soms ook activistisch.",
        "Civil servants in the heat transition often see themselves as an unusual kind of civil servant. The report tells three stances apart. They do not exclude each other: the civil servants it spoke to call themselves committed and enterprising, and sometimes activist too.";
    WelcomeBoards => "Drie schaakborden", "Three boards";
    WelcomeBoardsIntro => "Ruimte bouw je op drie borden tegelijk. Op elk bord kies je telkens: beweeg je mee, of duw je ertegenin?",
        "You build room on three boards at once. On each board you keep choosing: do you move along, or do you push back?";
    WelcomeStart => "Start de vragenlijst", "Start the questionnaire";
    WelcomeExplore => "Bekijk alle tactieken", "Browse all tactics";
    Glossary => "Begrippen", "Glossary";
    GlossaryIntro => "Woorden die je in het gemeentehuis vaak hoort:", "Words you will often hear at the town hall:";

    QuestionnaireChoose => "Vragenlijst", "Questionnaire";
    QuestionOf => "Vraag {} van {}", "Question {} of {}";
    AnsweredOf => "{} van {} beantwoord", "{} of {} answered";
    Progress => "Voortgang", "Progress";
    Back => "Vorige", "Back";
    Next => "Volgende", "Next";
    Finish => "Bekijk je profiel", "See your profile";
    Restart => "Opnieuw beginnen", "Start over";
    RestartTitle => "Opnieuw beginnen?", "Start over?";
    RestartOne => "Je ene antwoord wordt gewist. Dat kun je niet terugdraaien.", "Your one answer will be wiped. This cannot be undone.";
    RestartMany => "Je {} antwoorden worden gewist. Dat kun je niet terugdraaien.", "Your {} answers will be wiped. This cannot be undone.";
    RestartConfirm => "Ja, alles wissen", "Yes, wipe everything";
    FromCase => "Uit de casus {}", "From the case {}";
    KeyboardHint => "Toetsen: 1–5 kiest een antwoord, Enter of pijl-rechts gaat verder, pijl-links terug.",
        "Keys: 1–5 picks an answer, Enter or the right arrow moves on, the left arrow goes back.";
    Likert1 => "Helemaal oneens", "Strongly disagree";
    Likert2 => "Oneens", "Disagree";
    // pdf: this engineer's new texts go directly below this line.
    PrintPdf => "Afdrukken / PDF", "Print / PDF";
    PrintPath => "Bewaren als (PDF)", "Save as (PDF)";
    PrintWrite => "PDF maken", "Make the PDF";
    PrintBusy => "De PDF wordt gemaakt …", "Making the PDF …";
    PrintDone => "PDF bewaard: {}", "PDF saved: {}";
    PrintOpen => "Openen in je PDF-lezer", "Open in your PDF viewer";
    PrintProfileHint => "De PDF is niet versleuteld: bewaar hem waar alleen jij erbij kunt, of druk hem af en verwijder het bestand.",
        "The PDF is not encrypted: keep it where only you can reach it, or print it and delete the file.";
    PrintFileProfile => "profiel.pdf", "profile.pdf";
    PrintFileRecovery => "herstelcode.pdf", "recovery-code.pdf";
    RecoveryCopy => "Kopiëren", "Copy";
    RecoveryCopied => "Gekopieerd. Plak de code op een veilige plek en kopieer daarna iets anders, zodat hij niet op je klembord blijft staan.",
        "Copied. Paste the code somewhere safe, then copy something else so it does not stay on your clipboard.";
    RecoveryPaperSecret => "Let op: het papier en het PDF-bestand zijn net zo geheim als je wachtwoordzin. Wie ze heeft, opent je kluis. Druk af, bewaar het papier veilig en verwijder het bestand.",
        "Mind: the paper and the PDF file are as secret as your passphrase. Whoever has them opens your vault. Print, keep the paper safe and delete the file.";
    Likert3 => "Neutraal", "Neutral";
    Likert4 => "Eens", "Agree";
    Likert5 => "Helemaal eens", "Strongly agree";
    BrokenFiles => "Sommige vragenlijsten konden niet worden geladen", "Some questionnaires could not be loaded";
    BrokenFilesHint => "De andere vragenlijsten werken gewoon. Herstel het bestand en kies ‘Opnieuw laden’ bij Instellingen.",
        "The other questionnaires work as usual. Fix the file and choose ‘Reload’ in Settings.";
    NoQuestionnaire => "Er is geen bruikbare vragenlijst.", "There is no usable questionnaire.";

    ProfileTitle => "Jouw profiel", "Your profile";
    ProfileEmpty => "Je hebt de vragenlijst nog niet ingevuld. Je profiel verschijnt hier zodra je antwoorden hebt gegeven.",
        "You have not taken the questionnaire yet. Your profile appears here once you have answered.";
    ProfilePartial => "Je hebt {} van {} vragen beantwoord. Wat er al te zien is, staat hieronder.",
        "You answered {} of {} questions. What can already be shown is below.";
    SpectrumTitle => "Jouw houding", "Your stance";
    SpectrumFigure => "De drie houdingen naast elkaar, elk van 0 tot 100 (50 is ‘geen van beide’); de band is ± één standaardfout. Ze sluiten elkaar niet uit.",
        "The three stances side by side, each from 0 to 100 (50 is ‘neither’); the band is ± one standard error. They do not exclude each other.";
    StancesNone => "Geen houding springt er duidelijk uit: elke score ligt binnen zijn band rond het midden.",
        "No stance clearly stands out: every score lies within its band around the middle.";
    StancesOne => "Duidelijk aanwezig: {}.", "Clearly present: {}.";
    StancesSeveral => "Tegelijk aanwezig: {}.", "Present at the same time: {}.";
    And => "en", "and";
    StanceReading => "{}: {}", "{}: {}";
    BoardsTitle => "Jouw plek op de drie schaakborden", "Your place on the three boards";
    BoardsFigure => "Schaakborden-figuur: drie borden met hun polen en jouw positie", "Boards figure: three boards with their poles and your position";
    BoardsHint => "Klik op een veld om de tactieken van die pool te zien.", "Click a field to see the tactics of that pole.";
    BoardReading => "{}: je neigt naar ‘{}’.", "{}: you lean towards ‘{}’.";
    BoardNoLean => "{}: geen duidelijke voorkeur; je polen verschillen minder dan de onzekerheid van je scores.",
        "{}: no clear lean; your poles differ by less than the uncertainty of your scores.";
    BoardUnknown => "{}: te weinig antwoorden om je positie te bepalen.", "{}: too few answers to place you.";
    YourPosition => "jouw positie", "your position";
    ScoresTitle => "Scores per dimensie", "Scores per dimension";
    TooFewAnswers => "te weinig antwoorden", "too few answers";
    ComfortTitle => "Je comfortzone", "Your comfort zone";
    ComfortReading => "Hier voel je je thuis: {}. Dat is een kracht; het kan ook een reflex worden.",
        "This is where you feel at home: {}. That is a strength; it can also become a reflex.";
    RepertoireTitle => "Repertoire om te verkennen", "Repertoire to explore";
    RepertoireReading => "Deze tactieken horen bij je zwakste polen ({}). Ze staan op volgorde: eerst wat past bij de fase van je dossier, dan van binnen de huidige ethiek naar daarbuiten.",
        "These tactics belong to your weakest poles ({}). They are ordered: first what suits the phase of your dossier, then from inside today's ethics to outside it.";
    PhaseOfWork => "Fase van je dossier", "Phase of your dossier";
    AnyPhase => "Maakt niet uit", "Any phase";

    TacticsTitle => "Alle 28 tactieken", "All 28 tactics";
    TacticsIntro => "Het overzicht van Bijlage 1: per bord de polen, per pool vier tactieken. De kleur geeft de ethische zone.",
        "The overview of Bijlage 1: per board its poles, per pole four tactics. The colour shows the ethics zone.";
    FilterBoard => "Bord", "Board";
    FilterPole => "Pool", "Pole";
    FilterEthics => "Ethiek", "Ethics";
    FilterPhase => "Fase", "Phase";
    All => "Alle", "All";
    Search => "Zoeken", "Search";
    // coach: this engineer's new texts go directly below this line.
    SummaryFrom => "Samenvatting van {}", "Summary from {}";
    HeaderFrom => "Van wie", "From";
    HeaderSharedWith => "Gedeeld met", "Shared with";
    HeaderPurpose => "Doel", "Purpose";
    HeaderDeleteAfter => "Verwijderen na", "Delete after";
    SenderUnknown => "onbekend (niet ondertekend)", "unknown (not signed)";
    SenderClaims => "onbekend (noemt zich {})", "unknown (calls itself {})";
    FeedbackTo => "Jouw reactie aan {}", "Your response to {}";
    SharedNoJournal => "Om zelf een samenvatting te delen heb je een dagboek nodig (bij Dagboek). Ben je coach, dan heb je alleen een coachsleutel nodig: die maak je hieronder.",
        "To share a summary yourself you need a journal (under Journal). If you are a coach, you need only a coach key: make it below.";
    SharedJournalLocked => "Ontgrendel je dagboek (bij Dagboek) om zelf te delen. Als coach open je samenvattingen hieronder met je coachsleutel.",
        "Unlock your journal (under Journal) to share yourself. As a coach you open summaries below with your coach key.";
    SharedNoJournalHasKey => "Om zelf een samenvatting te delen heb je een dagboek nodig (bij Dagboek). Als coach open je samenvattingen hieronder met je coachsleutel.",
        "To share a summary yourself you need a journal (under Journal). As a coach you open summaries below with your coach key.";
    CoachTitle => "Samenvattingen van je coachees", "Your coachees' summaries";
    CoachIntro => "Als coach open je hier wat je coachees met je delen: versleuteld voor jouw coachsleutel, met hun toestemming. Je leest het, je reageert per dilemma, en je verwijdert het na de afgesproken datum.",
        "As a coach you open here what your coachees share with you: encrypted to your coach key, with their consent. You read it, respond per dilemma, and delete it after the agreed date.";
    CoachKeyMakeTitle => "Een coachsleutel maken", "Make a coach key";
    CoachKeyIntro => "Een coach heeft geen dagboek nodig, alleen een coachsleutel. Je coachees versleutelen hun samenvatting met het openbare deel ervan; alleen deze coachsleutel, ontgrendeld met jouw wachtwoordzin, opent ze. Er komt geen herstelcode bij: vergeet je de wachtwoordzin, dan maak je een nieuwe coachsleutel en geef je die aan je coachees.",
        "A coach needs no journal, only a coach key. Your coachees encrypt their summary to its public part; only this coach key, unlocked with your passphrase, opens it. It comes without a recovery code: if you forget the passphrase, make a new coach key and give it to your coachees.";
    CoachKeyMake => "Coachsleutel maken", "Make coach key";
    CoachKeyLocked => "Je coachsleutel is vergrendeld", "Your coach key is locked";
    CoachKeyUnlock => "Coachsleutel ontgrendelen", "Unlock coach key";
    CoachKeyMine => "Mijn coachsleutel", "My coach key";
    CoachKeyMineHint => "Geef deze sleutel aan je coachees. Wat ermee versleuteld is, opent alleen met jouw coachsleutel.", "Give this key to your coachees. What is encrypted to it opens only with your coach key.";
    InboxTitle => "Ontvangen samenvattingen", "Received summaries";
    InboxEmpty => "Nog niets ontvangen. Een samenvatting die je opent, wordt hier bewaard, versleuteld zoals ze binnenkwam.", "Nothing received yet. A summary you open is kept here, encrypted as it arrived.";
    InboxOverdue => "{} (verlopen)", "{} (overdue)";
    InboxDelete => "Verwijderen", "Delete";
    InboxDeleteAsk => "Deze samenvatting echt verwijderen? Dat kan niet ongedaan worden.", "Really delete this summary? This cannot be undone.";
    InboxDeleteYes => "Ja, verwijderen", "Yes, delete";
    InboxDeleted => "De samenvatting is verwijderd.", "The summary was deleted.";
    InboxUnreadableOne => "Eén bestand in je inbox opent niet met deze sleutel.", "One file in your inbox does not open with this key.";
    InboxUnreadable => "{} bestanden in je inbox openen niet met deze sleutel.", "{} files in your inbox do not open with this key.";
    SearchHint => "zoek in naam en uitleg", "search names and explanations";
    ClearFilters => "Wis filters", "Clear filters";
    OnlyRepertoire => "Alleen mijn repertoire om te verkennen", "Only my repertoire to explore";
    Matches => "{} van 28 tactieken", "{} of 28 tactics";
    NoMatches => "Geen tactiek past bij deze filters.", "No tactic matches these filters.";
    BackToGrid => "Terug naar het overzicht", "Back to the overview";
    Summary => "Wat het is", "What it is";
    ExampleOrRisk => "Voorbeeld of risico", "Example or risk";
    EthicsZoneLabel => "Ethische zone", "Ethics zone";
    PhaseLabel => "Past in de fase", "Suits the phase";
    BoundaryLabel => "Grens om bij stil te staan", "Boundary to consider";
    AskYourself => "Vraag jezelf af", "Ask yourself";
    InYourRepertoire => "Hoort bij je repertoire om te verkennen", "Part of your repertoire to explore";
    InYourComfort => "Hoort bij je comfortzone", "Part of your comfort zone";

    ZoneFits => "Past in de huidige ambtelijke ethiek", "Fits today's civil-service ethics";
    ZoneStretches => "Rekt de ambtelijke ethiek op", "Stretches civil-service ethics";
    ZoneOutside => "Buiten de huidige bestuurlijke waarden", "Outside today's administrative values";
    PhaseBreakingOpen => "Openbreken", "Breaking open";
    PhaseAnchoring => "Benutten en verankeren", "Exploiting and anchoring";
    PhaseBoth => "Beide fasen", "Either phase";
    Hard => "harde structuur", "hard structure";
    Soft => "zachte structuur", "soft structure";

    JournalTitle => "Dagboek", "Journal";

    SettingsTitle => "Instellingen", "Settings";
    Language => "Taal", "Language";
    Theme => "Thema", "Theme";
    ThemeSystem => "Systeem", "System";
    ThemeLight => "Licht", "Light";
    ThemeDark => "Donker", "Dark";
    TextSize => "Tekstgrootte", "Text size";
    OwnQuestionnaires => "Eigen vragenlijsten", "Your own questionnaires";
    OwnQuestionnairesHint => "Voeg hieronder een .ron-bestand toe, of zet het zelf in deze map; het verschijnt bij Vragenlijst. Controleer een bestand met ‘ruimte check BESTAND’.",
        "Add a .ron file below, or put it in this folder yourself; it appears under Questionnaire. Check a file with ‘ruimte check FILE’.";
    Reload => "Opnieuw laden", "Reload";
    LoadedCount => "{} vragenlijsten geladen", "{} questionnaires loaded";
    LoadedOne => "1 vragenlijst geladen", "1 questionnaire loaded";
    LoadProblems => "{} bestanden met een probleem", "{} files with a problem";
    LoadProblemsOne => "1 bestand met een probleem", "1 file with a problem";
    Privacy => "Privacy", "Privacy";
    PrivacyText => "Alleen deze instellingen worden onversleuteld bewaard. Je dagboek, je uitslagen en de bewijzen van wat je deelde staan versleuteld in je kluis; antwoorden van een vragenlijst die je nog niet afrondde, blijven alleen in het geheugen.",
        "Only these settings are stored unencrypted. Your journal, your results and the receipts of what you shared are kept encrypted in your vault; answers to a questionnaire you have not finished stay in memory only.";

    VaultTitle => "Je kluis", "Your vault";
    VaultIntro => "Je dagboek en je uitslagen worden versleuteld bewaard op deze computer, in een map die alleen met jouw wachtwoordzin (of je herstelcode) te openen is. Niemand anders kan ze lezen, ook wij niet.",
        "Your journal and results are kept encrypted on this computer, in a folder that only your passphrase (or your recovery code) opens. Nobody else can read them, not even us.";
    CreateVault => "Kluis aanmaken", "Create vault";
    Passphrase => "Wachtwoordzin", "Passphrase";
    PassphraseAgain => "Herhaal de wachtwoordzin", "Repeat the passphrase";
    PassphraseHint => "Kies een zin van een paar woorden die je kunt onthouden, bijvoorbeeld vier losse woorden met streepjes.",
        "Choose a phrase of a few words you can remember, for example four unrelated words joined by dashes.";
    PassphrasesDiffer => "De twee wachtwoordzinnen zijn niet gelijk.", "The two passphrases differ.";
    Strength => "Sterkte", "Strength";
    Strength0 => "Heel zwak", "Very weak";
    Strength1 => "Zwak", "Weak";
    Strength2 => "Matig", "Fair";
    Strength3 => "Goed", "Good";
    Strength4 => "Sterk", "Strong";
    // picker: this engineer's new texts go directly below this line.
    PickBrowse => "Bladeren…", "Browse…";
    PickBrowseFor => "{}: bladeren", "{}: browse";
    PickOpenTitle => "Een bestand kiezen", "Choose a file";
    PickSaveTitle => "Opslaan als", "Save as";
    PickUp => "Map hoger", "Up one folder";
    PickHome => "Thuismap", "Home";
    PickDocuments => "Documenten", "Documents";
    PickLocation => "Map of pad", "Folder or path";
    PickGo => "Ga naar", "Go";
    PickKind => "Soort bestand", "File type";
    PickAllFiles => "Alle bestanden", "All files";
    PickHidden => "Verborgen bestanden tonen", "Show hidden files";
    PickFileName => "Bestandsnaam", "File name";
    PickOpen => "Openen", "Open";
    PickSave => "Opslaan", "Save";
    PickCancel => "Annuleren", "Cancel";
    PickReading => "De map wordt gelezen…", "Reading the folder…";
    PickEmpty => "Hier staan geen mappen en geen bestanden van deze soort.", "There are no folders here and no files of this type.";
    PickMoreOne => "En nog 1 rij die hier niet past: typ de naam, of kies een smallere soort bestand.", "And 1 more row that does not fit here: type the name, or choose a narrower file type.";
    PickMore => "En nog {} rijen die hier niet passen: typ de naam, of kies een smallere soort bestand.", "And {} more rows that do not fit here: type the name, or choose a narrower file type.";
    PickOverwrite => "“{}” bestaat al in deze map. Wil je het vervangen?", "“{}” already exists in this folder. Do you want to replace it?";
    PickReplace => "Vervangen", "Replace";
    PickExists => "“{}” bestaat al in deze map, en hier schrijft de app nooit over een bestaand bestand heen. Kies een andere naam.", "“{}” already exists in this folder, and here the app never writes over an existing file. Choose another name.";
    PickOtherName => "Andere naam kiezen", "Choose another name";
    PickRows => "Mappen en bestanden", "Folders and files";
    PickKeysHint => "Pijltjes kiezen een regel, Enter opent hem, Backspace gaat een map hoger, Escape sluit.", "Arrows choose a row, Enter opens it, Backspace goes up one folder, Escape closes.";
    PickNativeOpen => "Het bestandsvenster van je computer staat open (soms achter dit venster).", "Your computer's file window is open (sometimes behind this window).";
    PickUseOwn => "Het venster van de app gebruiken", "Use the app's window";
    FileWindow => "Bestanden kiezen", "Choosing files";
    OwnFileDialog => "Gebruik het eigen bestandsvenster van de app", "Use the app's own file window";
    OwnFileDialogHint => "Zet dit aan als het bestandsvenster van je computer niet verschijnt of niet werkt.", "Turn this on when your computer's file window does not appear or does not work.";
    KindSummary => "Samenvatting (.md.age)", "Summary (.md.age)";
    KindAge => "Versleuteld bestand (.age)", "Encrypted file (.age)";
    KindMarkdown => "Markdown (.md)", "Markdown (.md)";
    KindHtml => "Webpagina (.html)", "Web page (.html)";
    KindQuestionnaire => "Vragenlijst (.ron)", "Questionnaire (.ron)";
    KindCsv => "Antwoorden (.csv)", "Answers (.csv)";
    KindPdf => "PDF (.pdf)", "PDF (.pdf)";
    QuestionnaireFile => "Een vragenlijst toevoegen", "Add a questionnaire";
    AddQuestionnaire => "Toevoegen", "Add";
    QuestionnaireAdded => "Vragenlijst toegevoegd: {}", "Questionnaire added: {}";
    IssueTooShort => "te kort: gebruik minstens 12 tekens", "too short: use at least 12 characters";
    IssueCommon => "een veelgebruikt wachtwoord of woord", "a commonly used password or word";
    IssueRepetitive => "te veel herhaling", "too much repetition";
    IssueFewKinds => "weinig soorten tekens", "few kinds of characters";
    IssueSequence => "een reeks als abcd of 1234", "a sequence such as abcd or 1234";
    Unlock => "Ontgrendelen", "Unlock";
    Locked => "Je kluis is vergrendeld.", "Your vault is locked.";
    Lock => "Vergrendelen", "Lock";
    Working => "Even geduld: de sleutel wordt afgeleid en je gegevens worden ontsleuteld…", "One moment: deriving the key and decrypting your data…";
    BusyWorking => "Bezig… Dit duurt hooguit een paar seconden.", "Working… This takes a few seconds at most.";
    Forgot => "Wachtwoordzin vergeten? Gebruik je herstelcode", "Forgot your passphrase? Use your recovery code";
    BackToUnlock => "Terug naar ontgrendelen", "Back to unlocking";
    RecoveryCodeLabel => "Herstelcode", "Recovery code";
    NewPassphrase => "Nieuwe wachtwoordzin", "New passphrase";
    Recover => "Herstellen en ontgrendelen", "Recover and unlock";
    RecoveryShowTitle => "Je herstelcode", "Your recovery code";
    RecoveryShowText => "Schrijf deze code op papier en bewaar hem op een veilige plek. Met deze code open je de kluis als je je wachtwoordzin vergeet. Hij wordt maar één keer getoond.",
        "Write this code on paper and keep it somewhere safe. It opens the vault if you forget your passphrase. It is shown only once.";
    RecoveryWritten => "Ik heb de code opgeschreven", "I have written the code down";
    Continue => "Verder", "Continue";
    VaultUnavailable => "De kluis kan nu niet worden gebruikt:", "The vault cannot be used right now:";
    QuickCapture => "Snel vastleggen zonder te ontgrendelen", "Quick capture without unlocking";
    QuickCaptureHint => "Wordt meteen versleuteld opgeslagen. Na het ontgrendelen staat het bovenaan je dagboek onder ‘Vraagt je aandacht’: jij kiest of je het bewaart.",
        "Encrypted and saved at once. After unlocking it waits at the top of your journal under ‘Needs your attention’: you choose whether to keep it.";
    CaptureSave => "Vastleggen", "Capture";
    Captured => "Vastgelegd en versleuteld.", "Captured and encrypted.";
    CapturedLocked => "vastgelegd terwijl de kluis op slot was", "captured while locked";

    AttentionTitle => "Vraagt je aandacht", "Needs your attention";
    AttentionHide => "Verbergen", "Hide";
    AttentionShow => "Tonen ({})", "Show ({})";
    NavAttentionOne => "{}: 1 punt vraagt je aandacht", "{}: 1 item needs your attention";
    NavAttentionMany => "{}: {} punten vragen je aandacht", "{}: {} items need your attention";
    CapturesIntro => "Dit heb je vastgelegd terwijl de kluis op slot was. Het staat pas in je dagboek als je het bewaart.",
        "You captured this while the vault was locked. It joins your journal once you keep it.";
    CaptureKeep => "Bewaren", "Keep";
    CaptureDiscard => "Weggooien", "Discard";
    CaptureKeepAll => "Alles bewaren", "Keep all";
    CaptureKeepNamed => "Bewaren: {}", "Keep: {}";
    CaptureDiscardNamed => "Weggooien: {}", "Discard: {}";
    CaptureDiscardAsk => "‘{}’ weggooien? Het bestand wordt verwijderd en komt niet terug.", "Discard ‘{}’? The file is removed and does not come back.";
    CaptureDiscardYes => "Ja, weggooien", "Yes, discard";
    CaptureKept => "Bewaard in je dagboek.", "Kept in your journal.";
    CapturesKept => "{} bewaard in je dagboek.", "{} kept in your journal.";
    CaptureDiscarded => "Weggegooid.", "Discarded.";
    UntitledCapture => "(zonder titel)", "(untitled)";
    KindTake => "Een ingevulde vragenlijst", "A completed questionnaire";
    KindOath => "De tekst van je eed of belofte", "The text of your oath or affirmation";
    KindConsent => "Een bewijs van delen", "A sharing receipt";
    KindFeedback => "Een reactie van een coach", "Feedback from a coach";
    FilesIntro => "Deze bestanden kloppen niet. Ze staan niet als echte dilemma's in je lijst.", "These files do not check out. They are not shown as genuine dilemmas in your list.";
    UnsealedAdded => "{}: niet verzegeld door je kluis. Iemand die alleen je openbare sleutel heeft, kan het hebben neergezet.", "{}: not sealed by your vault. Someone who has only your public key may have put it there.";
    UnsealedChanged => "{}: het zegel klopt niet meer; het bestand is veranderd nadat je het opsloeg.", "{}: its seal no longer matches; the file was changed after you saved it.";
    UnsealedReplaced => "{}: je eigen versie is vervangen door een onverzegeld bestand.", "{}: your own version was replaced by an unsealed file.";
    MissingGone => "{}: ontbreekt. Je kluis kende dit bestand (versie {}), maar het is weg.", "{}: missing. Your vault knew this file (version {}), but it is gone.";
    MissingOlder => "{}: teruggezet naar een oudere versie ({} in plaats van {}).", "{}: rolled back to an older version ({} instead of {}).";
    FailureLine => "{}: kon niet worden gelezen.", "{}: could not be read.";
    AttentionWhatToDo => "Wat je kunt doen: zet deze bestanden terug uit een back-up, of uit de prullenbak of de versiegeschiedenis van je synchronisatiedienst. De opdracht ‘ruimte verify’ noemt ze ook bij naam.",
        "What to do: restore these files from a backup, or from your sync service's trash or version history. The command ‘ruimte verify’ names them too.";

    // figures: this engineer's new texts go directly below this line.
    FigLegend => "Legenda:", "Legend:";
    FigAltScoreBand => "{} {}, band {} tot {}", "{} {}, band {} to {}";
    FigAltNoScore => "{}: te weinig antwoorden", "{}: too few answers";
    FigAltComfort => "Comfortzone: {}.", "Comfort zone: {}.";
    FigLevelAbove => "duidelijk aanwezig", "clearly present";
    FigLevelNeither => "niet duidelijk aanwezig of afwezig", "neither clearly present nor absent";
    FigLevelBelow => "duidelijk afwezig", "clearly absent";
    FigBoardsAltTitle => "Schaakborden-figuur, scores van 0 tot 100.", "Boards figure, scores from 0 to 100.";
    FigBoardsAltEmpty => "Schaakborden-figuur: de drie borden met hun polen.", "Boards figure: the three boards with their poles.";
    FigBoardsAltBoard => "{}: jouw positie {} van 100, in het veld van {}; {}", "{}: your position {} out of 100, in the field of {}; {}";
    FigBoardsTipField => "{}: score {} van 100, band {} tot {}.", "{}: score {} out of 100, band {} to {}.";
    FigBoardsTipComfort => "Hoort bij je comfortzone.", "Part of your comfort zone.";
    FigBoardsTipOpen => "Klik voor de tactieken van deze pool.", "Click for this pole's tactics.";
    FigBoardsTipDot => "Jouw positie op {}: {} op een schaal van 0 ({}) tot 100 ({}). De stip staat in het veld van de pool waar je het dichtst bij zit: {}.",
        "Your position on {}: {} on a scale from 0 ({}) to 100 ({}). The dot sits in the field of the pole you are nearest to: {}.";
    FigBoardsLegendDotTip => "Het gewogen midden van je scores op de polen van een bord: hoe sterker je op een pool leunt, hoe meer de stip naar dat veld trekt. Ze staat altijd binnen het veld van de pool waar je het dichtst bij zit.",
        "The weighted middle of your scores on a board's poles: the more you lean on a pole, the more the dot is drawn towards its field. It always sits inside the field of the pole you are nearest to.";
    FigBoardsLegendScore => "getal ± band: je score op de pool", "number ± band: your score on the pole";
    FigBoardsLegendScoreTip => "Je score op een pool, van 0 tot 100, met een band van ± één standaardfout. Hoe smaller de band, hoe zekerder de score.",
        "Your score on a pole, from 0 to 100, with a band of ± one standard error. The narrower the band, the surer the score.";
    FigSpectrumAlt => "De drie houdingen, elk een eigen score van 0 tot 100: {}.", "The three stances, each its own score from 0 to 100: {}.";
    FigSpectrumTipOpen => "Klik voor wat deze houding inhoudt.", "Click for what this stance means.";
    FigSpectrumLegendDot => "stip: je score", "dot: your score";
    FigSpectrumLegendDotTip => "Elke houding heeft een eigen score van 0 tot 100. Ze tellen niet op tot een geheel: je kunt op alle drie hoog of laag scoren.",
        "Each stance has its own score from 0 to 100. They do not add up to a whole: you can score high or low on all three.";
    FigLegendBand => "band: ± één standaardfout", "band: ± one standard error";
    FigLegendBandTip => "Hoe zeker de score is: hoe smaller, hoe zekerder. Ligt 50 buiten de band, dan is de houding duidelijk aanwezig (erboven) of duidelijk afwezig (eronder).",
        "How sure the score is: the narrower, the surer. When 50 lies outside the band, the stance is clearly present (above it) or clearly absent (below it).";
    FigSpectrumLegendMiddle => "streep: het midden (50)", "line: the middle (50)";
    FigSpectrumLegendMiddleTip => "50 betekent ‘geen van beide’: je antwoorden wijzen niet duidelijk voor of tegen deze houding.",
        "50 means ‘neither’: your answers point neither clearly for nor against this stance.";
    FigHistoryShow => "Toon:", "Show:";
    FigHistoryStances => "Houdingen", "Stances";
    FigHistoryScore => "score", "score";
    FigHistoryAlt => "Verloop van de scores, {}, van 0 tot 100: {}.", "Scores over time, {}, from 0 to 100: {}.";
    FigHistoryReliable => "betrouwbare verandering {} sinds de vorige afname", "reliable change {} since the previous take";
    FigHistoryLegendSeriesTip => "Je score op {} bij elke afname, op de datum waarop je de vragenlijst invulde.", "Your score on {} at each take, on the date you completed the questionnaire.";
    FigHistoryLegendBand => "streep: band (± één standaardfout)", "bar: band (± one standard error)";
    FigHistoryLegendReliable => "ring: betrouwbare verandering", "ring: reliable change";
    FigHistoryLegendReliableTip => "De score verschilt van de vorige afname meer dan opnieuw invullen alleen al zou geven (de toets van Jacobson en Truax, 95 %). Zonder ring kan een verschil toeval zijn.",
        "The score differs from the previous take by more than answering again alone would give (the Jacobson–Truax test, 95 %). Without a ring, a difference may be chance.";
    FigZoneFitsShort => "past", "fits";
    FigZoneStretchesShort => "rekt op", "stretches";
    FigZoneOutsideShort => "buiten", "outside";
    FigHeatAlt => "Repertoirekaart: {} van de {} tactieken gekoppeld aan een dilemma.", "Repertoire map: {} of the {} tactics linked to a dilemma.";
    FigHeatLegendCount => "getal en kleur: keren gekoppeld", "number and shade: times linked";
    FigHeatLegendCountTip => "Hoe vaak je de tactiek aan een dilemma in je dagboek koppelde. Hoe voller de kleur, hoe vaker.", "How often you linked the tactic to a dilemma in your journal. The fuller the shade, the more often.";
    FigBoardsLegendComfort => "omlijnd: je comfortzone", "outlined: your comfort zone";
    FigBoardsLegendComfortTip => "De polen waarop je het sterkst leunt, met je hoogste scores. De tactieken van de andere polen zijn je repertoire om te verkennen.",
        "The poles you lean on most, with your highest scores. The tactics of the other poles are your repertoire to explore.";
    NewEntry => "Nieuw dilemma", "New dilemma";
    NoEntries => "Nog geen dilemma's. Begin met ‘Nieuw dilemma’.", "No dilemmas yet. Start with ‘New dilemma’.";
    EntriesCount => "{} van {} dilemma's", "{} of {} dilemmas";
    EntriesCountOne => "{} van 1 dilemma", "{} of 1 dilemma";
    FilterStatus => "Status", "Status";
    FilterTactic => "Tactiek", "Tactic";
    FilterTag => "Label", "Tag";
    FromDate => "Vanaf", "From";
    ToDate => "Tot en met", "To";
    DateHint => "JJJJ-MM-DD", "YYYY-MM-DD";
    SortLabel => "Sorteren", "Sort";
    SortNewest => "Nieuwste eerst", "Newest first";
    SortOldest => "Oudste eerst", "Oldest first";
    SortTitle => "Titel", "Title";
    SortStatus => "Status", "Status";
    StatusOpen => "Open", "Open";
    StatusDecided => "Besloten", "Decided";
    StatusClosed => "Afgesloten", "Closed";
    OpenQuestion => "Open grensvraag", "Open boundary question";
    Conflicts => "Je synchronisatieprogramma heeft kopieën gemaakt van hetzelfde bestand. Kies wat je wilt houden; er wordt niets weggegooid zonder jouw keuze.",
        "Your sync tool made copies of the same file. Choose what to keep; nothing is thrown away without your choice.";
    KeepOriginal => "Houd het origineel", "Keep the original";
    KeepCopy => "Houd deze kopie", "Keep this copy";
    KeepBoth => "Houd alles", "Keep everything";
    Original => "Origineel", "Original";
    Copy => "Kopie: {}", "Copy: {}";
    Missing => "(ontbreekt)", "(missing)";

    BackToList => "Terug naar de lijst", "Back to the list";
    Save => "Opslaan", "Save";
    Saved => "Opgeslagen en versleuteld.", "Saved and encrypted.";
    SavedBeforeLock => "Je kluis ging op slot na een tijd zonder activiteit. Je open dilemma is eerst versleuteld opgeslagen.", "Your vault locked after a while without activity. Your open dilemma was saved, encrypted, first.";
    Cancel => "Annuleren", "Cancel";
    Title => "Titel", "Title";
    Date => "Datum", "Date";
    BadDate => "Geen geldige datum (JJJJ-MM-DD).", "Not a valid date (YYYY-MM-DD).";
    Dilemma => "Het dilemma", "The dilemma";
    BoardsInvolved => "Betrokken borden", "Boards involved";
    LinkedTactics => "Gekoppelde tactieken", "Linked tactics";
    AddTactic => "Tactiek koppelen", "Link a tactic";
    Remove => "Verwijderen", "Remove";
    Stakeholders => "Belanghebbenden (rollen, geen namen; gescheiden door komma's)", "Stakeholders (roles, not names; separated by commas)";
    OptionsConsidered => "Overwogen opties", "Options considered";
    Decision => "Het besluit", "The decision";
    Tags => "Labels (gescheiden door komma's)", "Tags (separated by commas)";
    StatusLabel => "Status", "Status";
    PromptsTitle => "Grensvragen", "Boundary prompts";
    PromptsProminent => "Je koppelt een tactiek die de ambtelijke ethiek oprekt of erbuiten valt: {}. Sta daarom eerst stil bij deze vragen.",
        "You link a tactic that stretches civil-service ethics or lies outside it: {}. So pause at these questions first.";
    OathQuestion => "Past dit bij de eed of belofte die je hebt afgelegd?", "Does this fit the oath or affirmation you took?";
    OathNote => "Toelichting", "Note";
    ShowMyOath => "Mijn eed of belofte", "My oath or affirmation";
    NoOathYet => "Je hebt je eigen tekst nog niet vastgelegd. Doe dat bij ‘Mijn eed of belofte’ boven de lijst.", "You have not recorded your own wording yet. Do so under ‘My oath or affirmation’ above the list.";
    ConfidantQuestion => "Heb je dit besproken met iemand die je vertrouwt?", "Have you discussed this with someone you trust?";
    ConfidantRole => "Met wie (een rol, geen naam)", "With whom (a role, not a name)";
    DeliberationQuestion => "Hoort dit in een moreel beraad?", "Should this go to a moral deliberation?";
    DelibFacts => "1. De feiten: wat is er aan de hand?", "1. The facts: what is going on?";
    DelibA => "2. De morele vraag: A…", "2. The moral question: A…";
    DelibB => "…versus B", "…versus B";
    DelibValues => "3. Belanghebbenden en hun waarden", "3. Stakeholders and their values";
    // looks: this engineer's new texts go directly below this line.
    PickDate => "{}: kies in de kalender", "{}: pick from the calendar";
    PrevMonth => "Vorige maand", "Previous month";
    NextMonth => "Volgende maand", "Next month";
    MonthNames => "januari februari maart april mei juni juli augustus september oktober november december",
        "January February March April May June July August September October November December";
    WeekdaysShort => "ma di wo do vr za zo", "Mo Tu We Th Fr Sa Su";
    TodayButton => "Vandaag", "Today";
    FiltersToggle => "Filters", "Filters";
    FiltersActive => "Filters ({} aan)", "Filters ({} on)";
    FeedbackMark => "Feedback van je coach", "Feedback from your coach";
    RowTactics => "Tactieken: {}", "Tactics: {}";
    StartWithTactic => "Een dilemma starten met deze tactiek", "Start a dilemma with this tactic";
    StartWithTacticHint => "Opent een nieuw dilemma in je dagboek, met deze tactiek al aangevinkt.",
        "Opens a new dilemma in your journal with this tactic already ticked.";
    TacticAfterUnlock => "Open eerst je kluis (of maak er een); daarna opent een nieuw dilemma met deze tactiek.",
        "Open your vault first (or create one); a new dilemma with this tactic opens right after.";
    ReceiptCoach => "Coach", "Coach";
    ReceiptPurpose => "Doel", "Purpose";
    ReceiptDeleteAfter => "Verwijderen na", "Delete after";
    TacticEntryBusy => "Je hebt een dilemma open met wijzigingen die nog niet bewaard zijn. Bewaar of sluit het eerst, en kies dan opnieuw deze tactiek.",
        "You have a dilemma open with changes that are not saved yet. Save or close it first, then choose this tactic again.";
    DelibOptions => "4. De mogelijkheden", "4. The options";
    DelibDo => "5. Ik doe…", "5. I do…";
    DelibBecause => "…omdat…", "…because…";
    DelibDespite => "…ondanks…", "…despite…";
    DelibHarm => "6. Hoe beperk ik de schade?", "6. How do I limit the harm?";
    DelibEval => "7. Evaluatie: wat leerde ik?", "7. Evaluation: what did I learn?";
    Yes => "Ja", "Yes";
    No => "Nee", "No";
    Unsure => "Weet ik niet", "Not sure";
    FollowUps => "Vervolg", "Follow-up";
    FollowUpAdd => "Vervolgronde toevoegen", "Add a follow-up round";
    FollowUpSave => "Aan de draad toevoegen", "Add to the thread";
    FollowHappened => "Wat gebeurde er?", "What happened?";
    FollowPushback => "Welke weerstand kwam er?", "What push-back came?";
    FollowAdjust => "Hoe stelde je bij?", "How did you adjust?";
    FollowLearned => "Wat heb je geleerd?", "What did you learn?";
    MyOathTitle => "Mijn eed of belofte", "My oath or affirmation";
    OathIntro => "De tekst verschilt per werkgever. Begin met een sjabloon en pas het aan naar wat jij hebt uitgesproken. Alleen jij kunt dit lezen.",
        "The wording differs per employer. Start from a template and adapt it to what you actually said. Only you can read this.";
    UseTemplate => "Gebruik sjabloon: {}", "Use template: {}";
    OathSave => "Tekst opslaan", "Save wording";
    OathTextLabel => "De tekst van je eed of belofte", "The wording of your oath or affirmation";
    NeedVault => "Maak eerst een kluis aan om je uitslagen en dagboek te bewaren.", "Create a vault first to keep your results and journal.";

    HistoryTitle => "Je ontwikkeling", "How you developed";
    HistoryChart => "Scores per afname, met een band van ± één standaardfout", "Scores per take, with a band of ± one standard error";
    HistoryNone => "Na je volgende afname zie je hier wat er veranderd is.", "After your next take you will see here what changed.";
    ChangesTitle => "Wat is er veranderd sinds de vorige keer", "What changed since last time";
    ChangeMoved => "{}: van {} naar {}", "{}: from {} to {}";
    ChangeEntered => "{} hoort nu bij je comfortzone.", "{} is now part of your comfort zone.";
    ChangeLeft => "{} hoort niet meer bij je comfortzone.", "{} is no longer part of your comfort zone.";
    NoChanges => "Geen betrouwbare verschuivingen: elk verschil valt binnen wat een nieuwe afname ook zonder echte verandering kan geven.",
        "No reliable shifts: every difference lies within what taking it again could give without any real change.";
    TakeWaiting => "Je uitslag is nog niet bewaard: er is nog geen kluis. Maak er een bij Dagboek, dan wordt deze uitslag meteen bewaard.", "Your result is not kept yet: there is no vault. Create one under Journal and this result is kept straight away.";
    TakeSaved => "Je uitslag is versleuteld bewaard in je kluis.", "Your result is kept encrypted in your vault.";
    HistoryDate => "datum", "date";

    HeatTitle => "Jouw repertoirekaart", "Your repertoire map";
    HeatIntro => "Hoe vaak je elke tactiek aan een dilemma koppelde. Omlijnde polen horen bij je comfortzone.", "How often you linked each tactic to a dilemma. Outlined poles are in your comfort zone.";
    HeatLocked => "Ontgrendel je kluis om te zien welke tactieken je gebruikt.", "Unlock your vault to see which tactics you use.";
    TimesLinked => "{}× gekoppeld", "linked {}×";

    AutoLock => "Automatisch vergrendelen na (minuten zonder activiteit)", "Lock automatically after (minutes without activity)";
    Security => "Beveiliging", "Security";
    ChangePassphrase => "Wachtwoordzin wijzigen", "Change passphrase";
    PassphraseChanged => "Je wachtwoordzin is gewijzigd.", "Your passphrase has been changed.";
    NewRecovery => "Nieuwe herstelcode maken", "Make a new recovery code";
    NewRecoveryHint => "De oude herstelcode werkt daarna niet meer.", "The old recovery code stops working.";
    DataFolder => "Map van je kluis", "Your vault's folder";
    GlossarySearch => "Zoek een begrip", "Search a term";
    GlossaryNoMatch => "Geen begrip gevonden.", "No term found.";
    OnbTour => "Rondleiding", "Tour";
    OnbCases => "Oefencasussen", "Practice cases";
    OnbStep => "Stap {} van {}", "Step {} of {}";
    OnbHoverHint => "Onderstreepte woorden staan in de begrippenlijst: houd de muis erboven voor uitleg, of open ‘Begrippen’ links onderin.",
        "Underlined words are in the glossary: hold the mouse over them for an explanation, or open ‘Glossary’ at the bottom left.";
    Tour1Title => "Wat is ambtelijke ruimte?", "What is ambtelijke ruimte?";
    Tour1Body => "Ambtelijke ruimte is de speelruimte die je als ambtenaar zelf moet maken om je opdracht echt uit te voeren: tijd, mandaat, steun en vertrouwen. Die ruimte ligt zelden klaar; je bouwt haar, stap voor stap, samen met anderen.",
        "Ambtelijke ruimte is the room to manoeuvre you have to create yourself as a civil servant to really carry out your task: time, a mandate, support and trust. That room is seldom waiting for you; you build it, step by step, together with others.";
    Tour1Why => "In de warmtetransitie heeft de gemeente de regie gekregen, maar rollen, geld en regels liggen nog lang niet vast. Het is geen klus met een kant-en-klaar draaiboek: wie wacht tot de wethouder, de raad of het Rijk alles geregeld heeft, komt niet vooruit. Daarom doet het ertoe hoe jij ruimte maakt.",
        "In the heat transition the municipality has been given the lead, yet roles, money and rules are far from settled. It is not a job with a ready-made script: if you wait for the wethouder, the council or central government to sort everything out, you will not get far. That is why how you make room matters.";
    // score: this engineer's new texts go directly below this line.
    Tour1Source => "Deze rondleiding vat het rapport ‘Ambtelijke Ruimte Bouwen’ (DRIFT, GovernEUR, Stroomversnelling, 2023) in eigen woorden samen. Het rapport bouwt op gesprekken met ambtenaren uit verschillende gemeenten en op onderzoek naar ambtelijk vakmanschap.",
        "This tour summarises the report ‘Ambtelijke Ruimte Bouwen’ (DRIFT, GovernEUR, Stroomversnelling, 2023) in our own words. The report builds on conversations with civil servants from several municipalities and on research into the civil-service craft.";
    Tour2Title => "Drie houdingen", "Three stances";
    Tour2Body => "Hoe ver ga je om de opgave vooruit te helpen? Het rapport beschrijft drie houdingen. Ze bestaan naast elkaar: de geïnterviewde ambtenaren benadrukken hun betrokkenheid, hun ondernemerschap en soms hun activisme. De vragenlijst laat later zien hoe sterk elk van de drie bij jou is.",
        "How far do you go to move the task forward? The report describes three stances. They exist side by side: the civil servants interviewed stress their commitment, their enterprise and sometimes their activism. The questionnaire will later show how strong each of the three is in you.";
    Tour3Title => "Drie schaakborden", "Three boards";
    Tour3Body => "Ruimte bouw je op drie borden tegelijk: in de politiek, in je eigen organisatie en in de samenleving. Elk bord heeft polen waartussen je steeds kiest: meebewegen of tegengas geven.",
        "You build room on three boards at once: in politics, in your own organisation and in society. Each board has poles between which you keep choosing: moving along or pushing back.";
    Tour3Hint => "Klik op een pool in de figuur om de tactieken van die pool te bekijken.", "Click a pole in the figure to see that pole's tactics.";
    Tour4Title => "Tactieken en ethiek", "Tactics and ethics";
    Tour4Body => "Bij elke pool horen vier tactieken, 28 in totaal. Ze zijn niet allemaal even gewoon: sommige passen goed bij de huidige ambtelijke ethiek, andere rekken die op, en een paar vallen erbuiten. Hieronder van elke zone één voorbeeld.",
        "Each pole has four tactics, 28 in all. They are not all equally ordinary: some fit today's civil-service ethics well, others stretch it, and a few fall outside it. Below is one example from each zone.";
    ZoneFitsWhat => "Hiermee werk je binnen wat van een ambtenaar verwacht wordt. Het kost vooral vakmanschap en volharding.",
        "With these you work within what is expected of a civil servant. They mostly take craft and persistence.";
    ZoneStretchesWhat => "Deze tactieken schuren: verwacht weerstand, en zorg dat je je keuze kunt uitleggen en rugdekking hebt.",
        "These tactics chafe: expect resistance, and make sure you can explain your choice and have backing.";
    ZoneOutsideWhat => "Deze tactieken vallen buiten de huidige bestuurlijke waarden. Het rapport beschrijft ze omdat ze in de praktijk voorkomen en soms echt te verdedigen zijn, maar je begeeft je er moreel en juridisch mee op glad ijs; toets zo’n stap altijd eerst bij anderen.",
        "These tactics fall outside today's administrative values. The report describes them because they happen in practice and can sometimes truly be defended, but they put you on thin ice, morally and legally; always test such a step with others first.";
    TourExample => "Voorbeeld:", "Example:";
    TourCatalogue => "Naar de catalogus met alle tactieken", "Go to the catalogue of all tactics";
    Tour5Title => "Grenzen en steun", "Boundaries and support";
    Tour5Body => "Hoe meer ruimte je neemt, hoe belangrijker het is te weten waar de grenzen liggen en bij wie je terechtkunt. Het rapport noemt harde structuren, zoals de eed en de escalatieladder, en zachte, zoals intervisie en moreel beraad.",
        "The more room you take, the more it matters to know where the limits are and whom you can turn to. The report names hard structures, such as the oath and the escalation ladder, and soft ones, such as intervision and moral deliberation.";
    StartCases => "Start de oefencasussen", "Start the practice cases";
    CasesIntro => "Drie verzonnen casussen uit het rapport (Bijlage 2), in eigen woorden naverteld. Lees de casus, kies de tactieken die jij zou inzetten en schrijf op waarom. Daarna kun je perspectieven in de lijn van het rapport ernaast leggen.",
        "Three made-up cases from the report (Bijlage 2), retold in our own words. Read the case, pick the tactics you would use and write down why. Then you can set perspectives in line with the report beside your own.";
    CasesDone => "{} van {} casussen gedaan", "{} of {} cases done";
    CaseDoneMark => "klaar", "done";
    CaseMunicipality => "Gemeente {}", "Municipality of {}";
    CaseQuestion => "De vraag", "The question";
    CasePick => "Welke tactieken zou jij inzetten?", "Which tactics would you use?";
    CasePickHint => "Kies er zoveel als je wilt, van alle borden. Er is geen goed of fout antwoord.", "Pick as many as you like, from every board. There is no right or wrong answer.";
    CaseWhy => "Waarom deze aanpak?", "Why this approach?";
    CaseReveal => "Bekijk perspectieven", "See perspectives";
    CasePerspectives => "Perspectieven in de lijn van het rapport", "Perspectives in line with the report";
    CasePerspectivesIntro => "Hieronder staan overwegingen in de lijn van het rapport, in eigen woorden. Het zijn perspectieven om naast je eigen keuze te leggen, geen goed antwoord.",
        "Below are considerations in line with the report, in our own words. They are perspectives to set beside your own choice, not the right answer.";
    CaseBoardsInPlay => "Borden in het spel", "Boards in play";
    CaseSuggested => "Tactieken om te overwegen", "Tactics worth considering";
    CaseYourPick => "ook jouw keuze", "also your pick";
    CaseOverlap => "Deze keuzes van jou komen ook hier voor: {}", "These picks of yours also appear here: {}";
    CaseNoOverlap => "Geen van je keuzes staat in dit lijstje. Dat zegt niets over goed of fout: wat ziet jouw keuze dat dit lijstje mist?",
        "None of your picks are on this list. That says nothing about right or wrong: what does your choice see that this list misses?";
    CaseOwnPicks => "Jouw keuzes die hier niet genoemd worden: {}", "Your picks not mentioned here: {}";
    CaseNoPicks => "Je hebt geen tactieken gekozen.", "You did not pick any tactics.";
    CaseKeep => "Bewaar als oefening", "Keep as an exercise";
    CaseKept => "Bewaard als oefening.", "Kept as an exercise.";
    CaseWaiting => "Nog niet bewaard: deze oefening wacht op een kluis.", "Not kept yet: this exercise is waiting for a vault.";
    CaseEntryTitle => "Oefening: {}", "Exercise: {}";
    PrevCase => "Vorige casus", "Previous case";
    NextCase => "Volgende casus", "Next case";
    OnbNextSteps => "Hoe nu verder?", "What next?";
    OnbNextStepsBody => "Vul de vragenlijst in om te zien waar jij staat, en houd in je dagboek je echte dilemma's bij. Je bewaarde oefeningen vind je daar terug, gemarkeerd als oefening.",
        "Take the questionnaire to see where you stand, and keep your real dilemmas in your journal. You will find your kept exercises there, marked as practice.";
    OnbToQuestionnaire => "Naar de vragenlijst", "Go to the questionnaire";
    OnbToJournal => "Naar het dagboek", "Go to the journal";

    // Content framings and source marks (issue 8, content).
    BasisStated => "volgens het rapport", "according to the report";
    BasisInferred => "in de lijn van het rapport", "in line with the report";
    FramingSource => "Rapport: {} · {}", "Report: {} · {}";
    FramingsWelcomeTitle => "Wat ambtelijke ruimte is, en wat niet", "What room to act is, and is not";
    LeadersTitle => "Voor leidinggevenden en de organisatie", "For managers and the organisation";
    LeadersIntro => "Ruimte maken doe je niet alleen. Wie leiding geeft, bepaalt mee hoeveel ruimte medewerkers krijgen en waar de grenzen liggen.",
        "Nobody makes room alone. Those who manage help decide how much room staff get and where the limits lie.";
    ProfileCraftTitle => "Je repertoire laten groeien", "Growing your repertoire";
    DelibCredit => "Deze stappen volgen de dilemmamethode voor moreel beraad van het VU medisch centrum (Amsterdam); ze komen niet uit het rapport.",
        "These steps follow the dilemma method for moral case deliberation of VU University Medical Center (Amsterdam); they do not come from the report.";

}

/// Fills `{}` placeholders in order.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut parts = template.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        out.push_str(args.get(i).copied().unwrap_or(""));
        out.push_str(part);
    }
    out
}

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
