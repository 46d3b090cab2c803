//! Printing's errors told in Dutch and English (kept beside `errors.rs`, same rules: every
//! variant matched, a test walks one sample of each).

use super::Explain;
use crate::content::Lang;
use crate::report::ReportError;
use crate::ui::i18n::{fill, strings};

strings! { enum PE;
    Pdf => "De PDF kon niet worden gemaakt ({}). Probeer het nog eens; blijft het misgaan, meld het dan.", "The PDF could not be made ({}). Try once more; if it keeps failing, report it.";
    Font => "Het ingebouwde lettertype kon niet worden geladen, dus er is geen PDF gemaakt. Installeer het programma opnieuw.", "The built-in font could not be loaded, so no PDF was made. Reinstall the program.";
    Exists => "{} bestaat al. Kies een andere naam; het bestaande bestand blijft staan.", "{} already exists. Choose another name; the existing file stays as it is.";
    Io => "Kon {} niet bewaren ({}). Kijk of de map bestaat en of je er mag schrijven.", "Could not save {} ({}). Check that the folder exists and that you may write to it.";
    NotAFile => "{} is geen bestandsnaam. Typ een pad dat eindigt op een naam, zoals profiel.pdf.", "{} is not a file name. Type a path that ends in a name, such as profile.pdf.";
    Viewer => "Je PDF-lezer kon niet worden gestart ({}). Open het bestand zelf vanuit je bestandsbeheer.", "Your PDF viewer could not be started ({}). Open the file yourself from your file manager.";
}

impl Explain for ReportError {
    fn explain(&self, lang: Lang) -> String {
        let t = |k: PE| k.get(lang);
        match self {
            ReportError::Pdf(why) => fill(t(PE::Pdf), &[why]),
            ReportError::Font => t(PE::Font).to_owned(),
            ReportError::Exists(path) => fill(t(PE::Exists), &[&path.display().to_string()]),
            ReportError::Io { path, source } => fill(
                t(PE::Io),
                &[&path.display().to_string(), &source.to_string()],
            ),
            ReportError::NotAFile(path) => fill(t(PE::NotAFile), &[&path.display().to_string()]),
            ReportError::Viewer(e) => fill(t(PE::Viewer), &[&e.to_string()]),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    /// The position of a variant; no catch-all, so a new variant needs a sample here.
    fn index(e: &ReportError) -> usize {
        match e {
            ReportError::Pdf(_) => 0,
            ReportError::Font => 1,
            ReportError::Exists(_) => 2,
            ReportError::Io { .. } => 3,
            ReportError::NotAFile(_) => 4,
            ReportError::Viewer(_) => 5,
        }
    }

    #[test]
    fn every_report_error_has_a_dutch_and_an_english_sentence() {
        let io = || std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let samples = [
            ReportError::Pdf("font".into()),
            ReportError::Font,
            ReportError::Exists(PathBuf::from("/tmp/p.pdf")),
            ReportError::Io {
                path: PathBuf::from("/tmp/p.pdf"),
                source: io(),
            },
            ReportError::NotAFile(PathBuf::from("/tmp/..")),
            ReportError::Viewer(io()),
        ];
        let mut seen: Vec<usize> = samples.iter().map(index).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..6).collect::<Vec<_>>(), "one sample per variant");
        for e in &samples {
            let (nl, en) = (e.explain(Lang::Nl), e.explain(Lang::En));
            for text in [&nl, &en] {
                assert!(
                    !text.contains("{}") && text.trim_end().ends_with('.'),
                    "{text}"
                );
            }
            assert_ne!(nl, en);
            assert_ne!(nl, e.to_string());
        }
        crate::ui::i18n::assert_complete(PE::ALL, PE::get);
    }
}
