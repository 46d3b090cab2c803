//! The user's own oath or affirmation (ambtseed / belofte) and a few templates to start from.
//!
//! Every civil servant takes an oath or affirmation, but its wording differs per employer. So
//! the text is data: the user picks a template below and edits it to the words they actually
//! spoke. The templates are written in our own words in the spirit of the model of the
//! Ambtenarenwet 2017; they are a starting point, not the legal text.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use crate::content::{Lang, Text};

/// The user's own wording of their oath or affirmation, kept in the vault.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OathText {
    /// The wording, as the user spoke or wants to hold it.
    pub text: String,
}

impl OathText {
    /// Starts from a template in the given language.
    pub fn from_template(template: &OathTemplate, lang: Lang) -> OathText {
        OathText {
            text: template.text.get(lang).to_owned(),
        }
    }
}

impl Zeroize for OathText {
    fn zeroize(&mut self) {
        self.text.zeroize();
    }
}

/// A starting point for [`OathText`]. Not deserialisable: templates are built in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OathTemplate {
    /// A stable id (`eed`, `belofte`, `eigen-woorden`).
    pub id: &'static str,
    /// Its name, marked as an example.
    pub name: Text,
    /// The wording to start from.
    pub text: Text,
}

/// The note the UI shows with every template.
pub fn oath_template_note() -> &'static Text {
    static NOTE: OnceLock<Text> = OnceLock::new();
    NOTE.get_or_init(|| Text {
        nl: "Dit is een startpunt in eigen woorden, geen wettekst. De formulering verschilt per \
             werkgever: pas de tekst aan naar wat u zelf hebt uitgesproken."
            .into(),
        en: "This is a starting point in our own words, not the legal text. The wording differs \
             per employer: edit it to match what you actually pledged."
            .into(),
    })
}

/// The built-in templates: an oath (eed), an affirmation (belofte) and a personal statement.
pub fn oath_templates() -> &'static [OathTemplate] {
    static TEMPLATES: OnceLock<Vec<OathTemplate>> = OnceLock::new();
    TEMPLATES.get_or_init(|| {
        vec![
            template(
                "eed",
                ("Ambtseed (voorbeeld)", "Oath (example)"),
                (
                    "Ik zweer dat ik mij houd aan de Grondwet en aan de andere wetten. \
                     Ik zweer dat ik mijn werk als ambtenaar eerlijk, zorgvuldig en onpartijdig \
                     doe, in dienst van de samenleving en onder het gezag van het bestuur. \
                     Ik zweer dat ik vertrouwelijk houd wat mij in vertrouwen is verteld, dat ik \
                     geen voordeel aanneem dat mijn onafhankelijkheid aantast, en dat ik handel \
                     zoals van een integere ambtenaar verwacht mag worden. \
                     Zo waarlijk helpe mij God almachtig.",
                    "I swear that I will uphold the Constitution and the other laws. \
                     I swear that I will do my work as a civil servant honestly, carefully and \
                     impartially, in the service of society and under the authority of the \
                     elected administration. I swear that I will keep confidential what was told \
                     to me in confidence, that I will accept no advantage that compromises my \
                     independence, and that I will act as may be expected of a civil servant of \
                     integrity. So help me God almighty.",
                ),
            ),
            template(
                "belofte",
                ("Belofte (voorbeeld)", "Affirmation (example)"),
                (
                    "Ik beloof dat ik mij houd aan de Grondwet en aan de andere wetten. \
                     Ik beloof dat ik mijn werk als ambtenaar eerlijk, zorgvuldig en onpartijdig \
                     doe, in dienst van de samenleving en onder het gezag van het bestuur. \
                     Ik beloof dat ik vertrouwelijk houd wat mij in vertrouwen is verteld, dat ik \
                     geen voordeel aanneem dat mijn onafhankelijkheid aantast, en dat ik handel \
                     zoals van een integere ambtenaar verwacht mag worden. \
                     Dat verklaar en beloof ik.",
                    "I promise that I will uphold the Constitution and the other laws. \
                     I promise that I will do my work as a civil servant honestly, carefully and \
                     impartially, in the service of society and under the authority of the \
                     elected administration. I promise that I will keep confidential what was \
                     told to me in confidence, that I will accept no advantage that compromises \
                     my independence, and that I will act as may be expected of a civil servant \
                     of integrity. This I declare and affirm.",
                ),
            ),
            template(
                "eigen-woorden",
                ("In eigen woorden (voorbeeld)", "In my own words (example)"),
                (
                    "Ik werk voor de inwoners van mijn gemeente, ook voor hen die niet aan tafel \
                     zitten. Ik ben loyaal aan het bestuur en zeg eerlijk wanneer ik het ergens \
                     niet mee eens ben. Ik zoek ruimte binnen de regels en maak zichtbaar wanneer \
                     ik die opzoek. Wat ik niet openlijk kan verantwoorden, doe ik niet.",
                    "I work for the residents of my municipality, including those who are not at \
                     the table. I am loyal to the administration and say honestly when I \
                     disagree. I look for room within the rules and make it visible when I do. \
                     What I cannot account for openly, I do not do.",
                ),
            ),
        ]
    })
}

fn template(
    id: &'static str,
    (name_nl, name_en): (&str, &str),
    (text_nl, text_en): (&str, &str),
) -> OathTemplate {
    OathTemplate {
        id,
        name: Text {
            nl: name_nl.into(),
            en: name_en.into(),
        },
        text: Text {
            nl: text_nl.into(),
            en: text_en.into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_complete_unique_and_marked_as_examples() {
        let templates = oath_templates();
        assert!((2..=3).contains(&templates.len()));
        for (i, t) in templates.iter().enumerate() {
            assert!(templates[..i].iter().all(|o| o.id != t.id), "{}", t.id);
            for lang in Lang::ALL {
                assert!(!t.text.get(lang).trim().is_empty(), "{} {lang:?}", t.id);
                assert!(t.name.get(lang).contains("(") && t.name.get(lang).ends_with(')'));
                assert!(!oath_template_note().get(lang).is_empty());
            }
        }
        assert!(templates.iter().any(|t| t.id == "eed"));
        assert!(templates.iter().any(|t| t.id == "belofte"));
    }

    #[test]
    fn oath_text_starts_from_a_template_and_wipes() {
        let mut oath = OathText::from_template(&oath_templates()[1], Lang::En);
        assert!(oath.text.starts_with("I promise"));
        oath.zeroize();
        assert_eq!(oath, OathText::default());
    }
}
