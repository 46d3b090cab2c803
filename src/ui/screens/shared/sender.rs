//! Who sent an opened summary, in one sentence above it: a known sender, a new one now
//! remembered, or a warning (in the caution colour) when the key and the name or the reply
//! key do not belong together, or when nothing can be checked.

use egui::{RichText, Ui};

use crate::content::Lang;
use crate::export::Sender;
use crate::ui::i18n::{S, fill};
use crate::ui::theme;

/// A signing key as shown: its kind and the first hex digits (the whole key on hover).
fn short(key: &str) -> String {
    let (kind, hex) = key.split_once(':').unwrap_or(("", key));
    let head: String = hex.chars().take(16).collect();
    if kind.is_empty() {
        format!("{head}…")
    } else {
        format!("{kind}:{head}…")
    }
}

/// The sentence for `sender`, and whether it is a warning.
pub fn sentence(sender: &Sender, signer: Option<&str>, lang: Lang) -> (String, bool) {
    let key = short(signer.unwrap_or(""));
    match sender {
        Sender::Known { name } => (fill(S::SenderKnown.get(lang), &[name, &key]), false),
        Sender::New { name } => (fill(S::SenderNew.get(lang), &[&key, name]), false),
        Sender::ReplyToChanged { name, claimed } => (
            fill(
                S::SenderReplyChanged.get(lang),
                &[name, &key, &short(claimed), name],
            ),
            true,
        ),
        Sender::Impostor { name } => (fill(S::SenderImpostor.get(lang), &[&key, name, name]), true),
        Sender::Unsigned => (S::SenderUnsigned.get(lang).to_owned(), true),
    }
}

/// Whose summary it is, in a few words: the pinned name, or who it merely claims to be.
pub fn name(sender: &Sender, lang: Lang) -> String {
    match sender {
        Sender::Known { name } | Sender::New { name } | Sender::ReplyToChanged { name, .. } => {
            name.clone()
        }
        Sender::Impostor { name } => fill(S::SenderClaims.get(lang), &[name]),
        Sender::Unsigned => S::SenderUnknown.get(lang).to_owned(),
    }
}

/// Draws the sentence in a frame; a warning in the caution colour with a thicker edge.
pub fn ui(ui: &mut Ui, sender: &Sender, signer: Option<&str>, lang: Lang) {
    let (text, warning) = sentence(sender, signer, lang);
    let (colour, width) = if warning {
        (theme::caution(), theme::STROKE_STRONG)
    } else {
        (theme::ok(), theme::STROKE_FRAME)
    };
    egui::Frame::new()
        .stroke(egui::Stroke::new(width, colour))
        .corner_radius(theme::RADIUS)
        .inner_margin(theme::SPACE_L)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let mut rich = RichText::new(text);
            if warning {
                rich = rich.color(colour).strong();
            }
            let r = ui.add(egui::Label::new(rich).wrap());
            if let Some(key) = signer {
                r.on_hover_text(key);
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_shortened_and_warnings_are_marked() {
        let key = format!("ed25519:{}", "ab".repeat(32));
        assert_eq!(short(&key), "ed25519:abababababababab…");
        let (text, warning) = sentence(
            &Sender::Impostor {
                name: "Anne".into(),
            },
            Some(&key),
            Lang::En,
        );
        assert!(
            warning && text.contains("not from the Anne you know"),
            "{text}"
        );
        let (_, warning) = sentence(
            &Sender::Known {
                name: "Anne".into(),
            },
            Some(&key),
            Lang::En,
        );
        assert!(!warning);
    }
}
