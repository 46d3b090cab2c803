//! Every error the domain can return, told in the interface's language: what happened and
//! what to do. Each `explain` matches every variant without a catch-all, so a new variant
//! does not compile until it has a sentence here; the tests walk one sample of each.

use super::i18n::{fill, strings};
use super::worker::WorkerStopped;
use crate::content::Lang;
use crate::export::ExportError;
use crate::input::ReadError;
use crate::journal::EntryProblem;
use crate::listing::ListError;
use crate::own_questionnaire::AddError;
use crate::source::Diagnostic;
use crate::vault::VaultError;

strings! { enum E;
    NotAVault => "In {} staat geen kluis. Kies de map waarin je kluis staat, of maak een nieuwe kluis.", "There is no vault in {}. Choose the folder that holds your vault, or create a new one.";
    AlreadyExists => "Hier staat al een kluis; die blijft ongemoeid. Ontgrendel hem, of kies een andere map voor een nieuwe.", "A vault already exists here and is left alone. Unlock it, or choose another folder for a new one.";
    VaultInUse => "De kluis is in gebruik door {} (gewacht: {} s). Sluit het andere venster of wacht tot de opdracht klaar is, en probeer het opnieuw.", "The vault is in use by {} (waited {} s). Close the other window or wait for the command to finish, then try again.";
    VaultFileTooLarge => "{} is groter dan {} bytes, meer dan een kluisbestand kan zijn, en is niet gelezen. Zet een reservekopie van dat bestand terug.", "{} is larger than {} bytes, more than a vault file can be, and was not read. Restore a backup of that file.";
    DamagedKeyFile => "{} is beschadigd ({}), dus geen wachtwoordzin kan het openen. Zet een reservekopie terug of gebruik je herstelcode.", "{} is damaged ({}), so no passphrase can open it. Restore a backup or use your recovery code.";
    FolderOccupied => "Deze map bevat al {}; er is niets veranderd. Een kluis zonder vault.ron opent gewoon met je wachtwoordzin en wordt dan hersteld.", "This folder already holds {}; nothing was changed. A vault without vault.ron opens with your passphrase as usual and is then repaired.";
    PinMismatch => "vault.ron noemt de sleutel {}, maar deze computer kent deze kluis onder de sleutel {}. Er is niets opgeslagen. Ontgrendel met je wachtwoordzin om na te gaan welke klopt.", "vault.ron names the key {}, but this computer knows this vault by the key {}. Nothing was saved. Unlock with your passphrase to check which one is right.";
    NoRecipient => "vault.ron ontbreekt, dus de sleutel van de kluis is onbekend. Ontgrendel de kluis één keer; dan wordt het bestand hersteld.", "vault.ron is missing, so the vault's key is unknown. Unlock the vault once and the file is repaired.";
    NoSuchCapture => "Er wacht geen notitie met nummer {} om bewaard te worden. Misschien is hij al bewaard of weggegooid.", "No capture with the id {} is waiting to be kept. Perhaps it was kept or removed already.";
    WrongPassphrase => "Deze wachtwoordzin opent de kluis niet. Let op hoofdletters en spaties, of gebruik je herstelcode.", "This passphrase does not open the vault. Check capitals and spaces, or use your recovery code.";
    WrongRecoveryCode => "Deze herstelcode klopt niet. Typ hem over zoals je hem opschreef; streepjes en hoofdletters tellen niet mee.", "This recovery code is not right. Type it as you wrote it down; dashes and capitals do not matter.";
    WeakPassphrase => "Deze wachtwoordzin is te makkelijk te raden. Kies een langere, bijvoorbeeld vier losse woorden.", "This passphrase is too easy to guess. Choose a longer one, for example four unrelated words.";
    VaultIo => "Kon {} niet lezen of schrijven ({}). Kijk of de schijf vol is en of je daar mag schrijven, en probeer het opnieuw.", "Could not read or write {} ({}). Check that the disk is not full and that you may write there, then try again.";
    VaultFormat => "Het kluisbestand {} is beschadigd: {}. Zet een reservekopie van de kluismap terug.", "The vault file {} is damaged: {}. Restore a backup of the vault folder.";
    UnsupportedVersion => "Deze kluis (formaat {}) is gemaakt met een nieuwere versie van de app. Werk de app bij om hem te openen.", "This vault (format {}) was made by a newer version of the app. Update the app to open it.";
    VaultCrypto => "Versleutelen lukte niet ({}). Er is niets opgeslagen; probeer het opnieuw.", "Encryption failed ({}). Nothing was saved; try again.";
    InvalidFileName => "{} is geen bestand in de kluis. Er is niets verwijderd.", "{} is not a file in the vault. Nothing was deleted.";
    NoSuchRecord => "Er is geen dilemma of ingevulde vragenlijst met nummer {}. Misschien staat hij al in de prullenbak.", "There is no dilemma or completed questionnaire with the id {}. Perhaps it is in the trash already.";
    NotInTrash => "In de prullenbak staat niets met nummer {}. Misschien is het al teruggezet of is de prullenbak geleegd.", "Nothing in the trash has the id {}. Perhaps it was restored already, or the trash was emptied.";
    Evidence => "{} is een bewijs van toestemming: het legt vast wat je met een coach deelde. Zo'n bewijs wordt nooit verwijderd.", "{} is a consent receipt: it records what you shared with a coach. Such a receipt is never deleted.";
    NoSuchVersion => "Van dilemma {} is geen eerdere versie {} bewaard. Open de geschiedenis opnieuw en kies een versie uit de lijst.", "Dilemma {} has no earlier version {} kept. Open the history again and choose a version from the list.";
    NotConfirmed => "Vink eerst aan dat je precies deze voorvertoning deelt.", "First tick that you share exactly this preview.";
    NoCoach => "Vul de naam van je coach in.", "Fill in your coach's name.";
    NoPurpose => "Schrijf op waarom je deze samenvatting deelt.", "Write down why you share this summary.";
    NothingSelected => "Kies minstens één dilemma of je profiel om te delen.", "Choose at least one dilemma or your profile to share.";
    BadRecipient => "Dit is geen geldige sleutel. Een sleutel begint met age1; vraag je coach om hem opnieuw te sturen.", "This is not a valid key. A key starts with age1; ask your coach to send it again.";
    EncryptFailed => "Versleutelen lukte niet ({}). Er is geen bestand geschreven; probeer het opnieuw.", "Encryption failed ({}). No file was written; try again.";
    FileExists => "{} bestaat al en wordt niet overschreven. Kies een andere bestandsnaam.", "{} already exists and is not overwritten. Choose another file name.";
    WriteFailed => "Kon {} niet schrijven ({}). Kies een map waar je mag schrijven.", "Could not write {} ({}). Choose a folder you may write to.";
    Tampered => "Dit bestand is na het versleutelen veranderd of beschadigd. Vraag om een nieuwe export.", "This file was changed or damaged after it was encrypted. Ask for a new export.";
    NotForYou => "Dit bestand is voor iemand anders versleuteld. Vraag de afzender om het naar jouw sleutel te exporteren.", "This file was encrypted for someone else. Ask the sender to export it to your key.";
    NotASummary => "Dit is geen samenvatting uit Ambtelijke Ruimte. Kies het .md.age-bestand dat je kreeg.", "This is not a summary from Ambtelijke Ruimte. Choose the .md.age file you received.";
    ReadFailed => "Kon {} niet lezen ({}).", "Could not read {} ({}).";
    ReadNotFound => "{} bestaat niet. Kijk of het pad klopt.", "{} does not exist. Check the path.";
    ReadNoPermission => "Je mag {} niet lezen: het bestand is van een andere gebruiker of afgeschermd. Kopieer het naar een eigen map of vraag wie het je gaf.", "You may not read {}: the file belongs to another user or is protected. Copy it to a folder of your own or ask whoever gave it to you.";
    NotAFile => "{} is {} en geen gewoon bestand; er is niets gelezen. Kies het bestand zelf.", "{} is {} and not a regular file; nothing was read. Choose the file itself.";
    FileTooLarge => "{} is groter dan {} bytes, meer dan zo'n bestand kan zijn. Kies het juiste bestand.", "{} is larger than {} bytes, more than such a file can be. Choose the right file.";
    BadSignature => "De handtekening van deze samenvatting klopt niet bij de tekst: hij is veranderd, of iemand tekende uit naam van een ander. Beantwoord hem niet.", "This summary's signature does not match its text: it was changed, or someone signed it in another's name. Do not answer it.";
    SendersUnusable => "De lijst van bekende afzenders ({}) kon niet worden gebruikt: {}. Kijk of je in de instellingenmap mag schrijven.", "The list of known senders ({}) could not be used: {}. Check that you may write to the settings folder.";
    PreviewChanged => "De samenvatting veranderde na de voorvertoning. Bekijk de voorvertoning opnieuw en bevestig nog eens.", "The summary changed after the preview. Look at the preview again and confirm once more.";
    NotFeedback => "Dit is geen feedbackbestand van een coach. Kies het bestand dat je coach stuurde.", "This is not a feedback file from a coach. Choose the file your coach sent.";
    EmptyTitle => "Geef het dilemma een titel.", "Give the dilemma a title.";
    UnknownTactic => "De gekoppelde tactiek \u{201c}{}\u{201d} bestaat niet (meer). Haal hem weg en koppel een andere.", "The linked tactic \u{201c}{}\u{201d} does not exist (any more). Remove it and link another.";
    InvalidDate => "De datum {} bestaat niet. Schrijf hem als JJJJ-MM-DD.", "The date {} does not exist. Write it as YYYY-MM-DD.";
    FutureDate => "De datum {} ligt in de toekomst (vandaag is het {}). Kies de dag waarop het speelde.", "The date {} lies in the future (today is {}). Choose the day it happened.";
    BrokenFile => "{}{}: {}. Herstel het bestand en klik op \u{201c}Opnieuw laden\u{201d}; de andere vragenlijsten werken gewoon.", "{}{}: {}. Fix the file and click \u{201c}Reload\u{201d}; the other questionnaires keep working.";
    AtLine => ", regel {}, kolom {}", ", line {}, column {}";
    WorkerStopped => "Het werk op de achtergrond stopte onverwacht. Je kluis is weer vergrendeld: ontgrendel hem en probeer het nog eens.", "The background work stopped unexpectedly. Your vault is locked again: unlock it and try once more.";
    ListNoFolder => "Er is geen map {}, en ook geen map erboven. Typ een ander pad, of kies Thuismap.", "There is no folder {}, nor any folder above it. Type another path, or choose Home.";
    ListUnreadable => "Kon de map {} niet lezen ({}). Kies een andere map, of vraag of je deze mag lezen.", "Could not read the folder {} ({}). Choose another folder, or ask for permission to read this one.";
    AddInvalid => "{}{}: {}. Het bestand is niet toegevoegd; herstel het en probeer het opnieuw.", "{}{}: {}. The file was not added; fix it and try again.";
    AddExists => "In de map staat al een vragenlijst met de naam {}. Geef je bestand een andere naam en voeg het opnieuw toe.", "The folder already holds a questionnaire named {}. Give your file another name and add it again.";
    AddWrite => "Kon {} niet schrijven ({}). Kijk of je in de instellingenmap mag schrijven.", "Could not write {} ({}). Check that you may write to the settings folder.";
}

/// An error the user can read: what happened and what to do, in their language.
pub trait Explain {
    /// The sentences in `lang`.
    fn explain(&self, lang: Lang) -> String;
}

impl Explain for VaultError {
    fn explain(&self, lang: Lang) -> String {
        let t = |k: E| k.get(lang);
        match self {
            VaultError::NotAVault(path) => fill(t(E::NotAVault), &[&path.display().to_string()]),
            VaultError::AlreadyExists => t(E::AlreadyExists).to_owned(),
            VaultError::Locked { holder, waited_ms } => fill(
                t(E::VaultInUse),
                &[holder, &waited_ms.div_ceil(1000).to_string()],
            ),
            VaultError::TooLarge { path, limit } => fill(
                t(E::VaultFileTooLarge),
                &[&path.display().to_string(), &limit.to_string()],
            ),
            VaultError::DamagedKeyFile { file, reason } => {
                fill(t(E::DamagedKeyFile), &[file, reason])
            }
            VaultError::Occupied(what) => fill(t(E::FolderOccupied), &[what]),
            VaultError::PinMismatch { pinned, found } => fill(t(E::PinMismatch), &[found, pinned]),
            VaultError::NoRecipient => t(E::NoRecipient).to_owned(),
            VaultError::NoSuchCapture(id) => fill(t(E::NoSuchCapture), &[id]),
            VaultError::WrongPassphrase => t(E::WrongPassphrase).to_owned(),
            VaultError::WrongRecoveryCode => t(E::WrongRecoveryCode).to_owned(),
            VaultError::WeakPassphrase(_) => t(E::WeakPassphrase).to_owned(),
            VaultError::Io { path, source } => fill(
                t(E::VaultIo),
                &[&path.display().to_string(), &source.to_string()],
            ),
            VaultError::Format { file, reason } => fill(t(E::VaultFormat), &[file, reason]),
            VaultError::UnsupportedVersion(v) => fill(t(E::UnsupportedVersion), &[&v.to_string()]),
            VaultError::Crypto(why) => fill(t(E::VaultCrypto), &[why]),
            VaultError::InvalidFileName(name) => fill(t(E::InvalidFileName), &[name]),
            VaultError::NoSuchRecord(id) => fill(t(E::NoSuchRecord), &[id]),
            VaultError::NotInTrash(id) => fill(t(E::NotInTrash), &[id]),
            VaultError::Evidence(id) => fill(t(E::Evidence), &[id]),
            VaultError::NoSuchVersion { id, version } => {
                fill(t(E::NoSuchVersion), &[id, &version.to_string()])
            }
        }
    }
}

impl Explain for ExportError {
    fn explain(&self, lang: Lang) -> String {
        let t = |k: E| k.get(lang);
        let io = |k: E, path: &std::path::Path, source: &std::io::Error| {
            fill(t(k), &[&path.display().to_string(), &source.to_string()])
        };
        match self {
            ExportError::NotConfirmed => t(E::NotConfirmed).to_owned(),
            ExportError::NoCoach => t(E::NoCoach).to_owned(),
            ExportError::NoPurpose => t(E::NoPurpose).to_owned(),
            ExportError::NothingSelected => t(E::NothingSelected).to_owned(),
            ExportError::BadRecipient(_) => t(E::BadRecipient).to_owned(),
            ExportError::Encrypt(why) => fill(t(E::EncryptFailed), &[why]),
            ExportError::Vault(e) => e.explain(lang),
            ExportError::Exists(path) => fill(t(E::FileExists), &[&path.display().to_string()]),
            ExportError::Io { path, source } => io(E::WriteFailed, path, source),
            ExportError::Tampered => t(E::Tampered).to_owned(),
            ExportError::NotForYou => t(E::NotForYou).to_owned(),
            ExportError::NotASummary => t(E::NotASummary).to_owned(),
            ExportError::Read(e) => e.explain(lang),
            ExportError::BadSignature => t(E::BadSignature).to_owned(),
            ExportError::Senders(file, why) => fill(t(E::SendersUnusable), &[file, why]),
            ExportError::PreviewChanged => t(E::PreviewChanged).to_owned(),
            ExportError::NotFeedback => t(E::NotFeedback).to_owned(),
        }
    }
}

impl Explain for ReadError {
    fn explain(&self, lang: Lang) -> String {
        let t = |k: E| k.get(lang);
        match self {
            ReadError::NotAFile { path, kind } => {
                fill(t(E::NotAFile), &[&path.display().to_string(), kind])
            }
            ReadError::TooLarge { path, limit } => fill(
                t(E::FileTooLarge),
                &[&path.display().to_string(), &limit.to_string()],
            ),
            ReadError::Io { path, source } => {
                let shown = path.display().to_string();
                match source.kind() {
                    std::io::ErrorKind::NotFound => fill(t(E::ReadNotFound), &[&shown]),
                    std::io::ErrorKind::PermissionDenied => fill(t(E::ReadNoPermission), &[&shown]),
                    _ => fill(t(E::ReadFailed), &[&shown, &source.to_string()]),
                }
            }
        }
    }
}

impl Explain for EntryProblem {
    fn explain(&self, lang: Lang) -> String {
        let t = |k: E| k.get(lang);
        match self {
            EntryProblem::EmptyTitle => t(E::EmptyTitle).to_owned(),
            EntryProblem::UnknownTactic(id) => fill(t(E::UnknownTactic), &[id]),
            EntryProblem::InvalidDate(date) => fill(t(E::InvalidDate), &[&date.to_string()]),
            EntryProblem::FutureDate { date, today } => {
                fill(t(E::FutureDate), &[&date.to_string(), &today.to_string()])
            }
        }
    }
}

impl Explain for Diagnostic {
    fn explain(&self, lang: Lang) -> String {
        let at = self.pos.map_or_else(String::new, |p| {
            fill(
                E::AtLine.get(lang),
                &[&p.line.to_string(), &p.col.to_string()],
            )
        });
        fill(E::BrokenFile.get(lang), &[&self.file, &at, &self.message])
    }
}

impl Explain for WorkerStopped {
    fn explain(&self, lang: Lang) -> String {
        E::WorkerStopped.get(lang).to_owned()
    }
}

#[path = "errors/report.rs"]
mod report;
impl Explain for ListError {
    fn explain(&self, lang: Lang) -> String {
        match self {
            ListError::NoFolder(path) => {
                fill(E::ListNoFolder.get(lang), &[&path.display().to_string()])
            }
            ListError::Unreadable { path, source } => fill(
                E::ListUnreadable.get(lang),
                &[&path.display().to_string(), &source.to_string()],
            ),
        }
    }
}

impl Explain for AddError {
    fn explain(&self, lang: Lang) -> String {
        match self {
            AddError::Invalid(problems) => {
                let Some(first) = problems.first() else {
                    return fill(E::AddInvalid.get(lang), &["?", "", "?"]);
                };
                let at = first.pos.map_or_else(String::new, |p| {
                    fill(
                        E::AtLine.get(lang),
                        &[&p.line.to_string(), &p.col.to_string()],
                    )
                });
                fill(E::AddInvalid.get(lang), &[&first.file, &at, &first.message])
            }
            AddError::Exists(path) => fill(E::AddExists.get(lang), &[&path.display().to_string()]),
            AddError::Write { path, source } => fill(
                E::AddWrite.get(lang),
                &[&path.display().to_string(), &source.to_string()],
            ),
        }
    }
}

#[cfg(test)]
#[path = "errors/tests.rs"]
mod tests;
