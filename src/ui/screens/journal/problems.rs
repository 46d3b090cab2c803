//! Sync conflicts to resolve, side by side (drawn inside the attention panel).

use egui::{RichText, Ui};

use super::super::section;
use crate::content::Lang;
use crate::session::{Keep, Session};
use crate::ui::commands::JournalCmd;
use crate::ui::cx::Sink;
use crate::ui::i18n::{S, fill};

/// Sync conflicts side by side, with a choice per conflict.
pub fn conflicts_ui(ui: &mut Ui, session: &Session, lang: Lang, out: &mut Sink) {
    section(ui, S::Conflicts.get(lang));
    let mut choice = None;
    for (i, c) in session.conflicts.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.columns(1 + c.copies.len(), |cols| {
                cols[0].label(RichText::new(S::Original.get(lang)).strong());
                match &c.original {
                    Some(o) => record_summary(&mut cols[0], &o.body, o.updated),
                    None => {
                        cols[0].label(S::Missing.get(lang));
                    }
                }
                if cols[0].button(S::KeepOriginal.get(lang)).clicked() {
                    choice = Some((i, Keep::Original));
                }
                for (k, (file, copy)) in c.copies.iter().enumerate() {
                    let col = &mut cols[k + 1];
                    col.label(RichText::new(fill(S::Copy.get(lang), &[file])).strong());
                    record_summary(col, &copy.body, copy.updated);
                    if col.button(S::KeepCopy.get(lang)).clicked() {
                        choice = Some((i, Keep::Copy(k)));
                    }
                }
            });
            if ui.button(S::KeepBoth.get(lang)).clicked() {
                choice = Some((i, Keep::All));
            }
        });
    }
    if let Some((i, keep)) = choice {
        out.push(JournalCmd::ResolveConflict(i, keep));
    }
}

fn record_summary(ui: &mut Ui, record: &crate::records::Record, updated: i64) {
    use crate::records::Record;
    let zone = crate::clock::Zone::system();
    let when = zone.date(updated);
    match record {
        Record::Entry(e) => {
            ui.label(format!("{} · {}", e.date, e.title));
            ui.add(
                egui::Label::new(
                    RichText::new(e.dilemma.chars().take(300).collect::<String>()).small(),
                )
                .wrap(),
            );
        }
        Record::Take(t) => {
            ui.label(format!("{} · {}", zone.date(t.completed), t.questionnaire));
        }
        Record::Oath(o) => {
            ui.add(
                egui::Label::new(
                    RichText::new(o.text.chars().take(300).collect::<String>()).small(),
                )
                .wrap(),
            );
        }
        Record::Consent(c) => {
            ui.label(format!("{} · {}", zone.date(c.date), c.coach));
        }
        Record::Feedback(f) => {
            ui.add(
                egui::Label::new(
                    RichText::new(f.text.chars().take(300).collect::<String>()).small(),
                )
                .wrap(),
            );
        }
    }
    ui.label(RichText::new(when.to_string()).weak().small());
}
