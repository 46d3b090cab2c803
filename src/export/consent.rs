//! The one consent check: the wizard enables Export with it and `prepare` refuses with it, so
//! the two can never disagree.

use super::{Consent, ExportError, Output, parse_recipient};

/// Every reason the summary may not leave yet, in the order the wizard asks: the tick, the
/// coach, the purpose, something to share, a valid key for an encrypted file.
/// `has_something` is whether at least one chosen entry exists or the profile goes along.
pub fn consent_problems(
    consent: &Consent,
    has_something: bool,
    output: &Output,
) -> Vec<ExportError> {
    let mut problems = Vec::new();
    if !consent.confirmed {
        problems.push(ExportError::NotConfirmed);
    }
    if consent.coach.trim().is_empty() {
        problems.push(ExportError::NoCoach);
    }
    if consent.purpose.trim().is_empty() {
        problems.push(ExportError::NoPurpose);
    }
    if !has_something {
        problems.push(ExportError::NothingSelected);
    }
    if let Output::Encrypted { recipient } = output
        && let Err(e) = parse_recipient(recipient)
    {
        problems.push(e);
    }
    problems
}

/// The first of [`consent_problems`], as an error.
pub fn check_consent(
    consent: &Consent,
    has_something: bool,
    output: &Output,
) -> Result<(), ExportError> {
    match consent_problems(consent, has_something, output)
        .into_iter()
        .next()
    {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn given() -> Consent {
        Consent {
            coach: "Anna".into(),
            purpose: "intervisie".into(),
            delete_after: None,
            confirmed: true,
        }
    }

    #[test]
    fn a_complete_consent_passes_and_each_gap_is_named_in_order() {
        assert!(check_consent(&given(), true, &Output::PlainMarkdown).is_ok());
        let blank = Consent::default();
        let problems = consent_problems(&blank, false, &Output::PlainMarkdown);
        let names: Vec<String> = problems.iter().map(|p| format!("{p:?}")).collect();
        assert_eq!(
            names,
            ["NotConfirmed", "NoCoach", "NoPurpose", "NothingSelected"]
        );
        let bad_key = Output::Encrypted {
            recipient: "age1nope".into(),
        };
        assert!(matches!(
            check_consent(&given(), true, &bad_key),
            Err(ExportError::BadRecipient(_))
        ));
    }
}
