//! "Needs your attention", at the top of the journal list: captures made while the vault was
//! locked (kept or discarded only by the user's choice), files that do not check out
//! (unsealed, missing, rolled back, unreadable) with what to do, and sync conflicts.
//! Nothing here is ever shown as a genuine entry.

use egui::{RichText, Ui};

use super::JournalView;
use crate::content::Lang;
use crate::records::Record;
use crate::session::Session;
use crate::ui::commands::JournalCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::theme;
use crate::ui::widgets::badge::badge;
use crate::vault::Envelope;

/// How many things wait for the user: captures, unsealed, missing and unreadable records,
/// sync conflicts (the count on the navigation's journal item).
pub fn count(session: &Session) -> usize {
    session.inbox.len()
        + session.unsealed.len()
        + session.missing.len()
        + session.failures.len()
        + session.conflicts.len()
}

/// Draws the panel when the session needs attention; nothing otherwise.
pub fn ui(view: &mut JournalView, session: &Session, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    if !session.needs_attention() {
        return;
    }
    let lang = cx.lang;
    egui::Frame::new()
        .stroke(egui::Stroke::new(theme::STROKE_STRONG, theme::attention()))
        .corner_radius(theme::RADIUS)
        .inner_margin(theme::SPACE_L)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(S::AttentionTitle.get(lang))
                        .size(theme::TEXT_SECTION)
                        .strong(),
                );
                // Folding it away gives a short window room for the list; nothing is decided.
                let toggle = if view.attention_folded {
                    fill(S::AttentionShow.get(lang), &[&count(session).to_string()])
                } else {
                    S::AttentionHide.get(lang).to_owned()
                };
                if ui.small_button(toggle).clicked() {
                    view.attention_folded = !view.attention_folded;
                }
            });
            if view.attention_folded {
                return;
            }
            // At its full length, in the page's scroll (the list's): a box of its own cut
            // lines in half. A long list is cut at ROWS_SHOWN per kind, and folds away.
            if !session.inbox.is_empty() {
                captures_ui(view, session, cx, out, ui);
            }
            files_ui(session, lang, ui);
            if !session.conflicts.is_empty() {
                super::problems::conflicts_ui(ui, session, lang, out);
            }
        });
    ui.add_space(theme::SPACE_M);
}

/// What a capture is called in the panel: an entry's title, else the kind of record.
fn capture_name(capture: &Envelope<Record>, lang: Lang) -> String {
    match &capture.body {
        Record::Entry(e) if e.title.trim().is_empty() => S::UntitledCapture.get(lang).to_owned(),
        Record::Entry(e) => e.title.trim().to_owned(),
        Record::Take(_) => S::KindTake.get(lang).to_owned(),
        Record::Oath(_) => S::KindOath.get(lang).to_owned(),
        Record::Consent(_) => S::KindConsent.get(lang).to_owned(),
        Record::Feedback(_) => S::KindFeedback.get(lang).to_owned(),
    }
}

/// A button whose screen-reader name says which capture it acts on.
pub(super) fn named_button(ui: &mut Ui, text: &str, name: String) -> bool {
    let response = ui.button(text);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    response.clicked()
}

/// How many rows each list of the panel draws: thousands of captures or bad files (a script,
/// a sync accident) must not make every frame slow. The rest is counted, and "Keep all" and
/// the CLI reach them.
const ROWS_SHOWN: usize = 50;

/// "And N more" under a list that was cut at [`ROWS_SHOWN`].
fn more_ui(ui: &mut Ui, total: usize, lang: Lang) {
    if total > ROWS_SHOWN {
        let more = (total - ROWS_SHOWN).to_string();
        ui.add(egui::Label::new(fill(S::AttentionMore.get(lang), &[&more])).wrap());
    }
}

fn captures_ui(
    view: &mut JournalView,
    session: &Session,
    cx: &Cx<'_>,
    out: &mut Sink,
    ui: &mut Ui,
) {
    let (lang, zone) = (cx.lang, cx.zone);
    ui.add(egui::Label::new(S::CapturesIntro.get(lang)).wrap());
    for capture in session.inbox.iter().take(ROWS_SHOWN) {
        let name = capture_name(capture, lang);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(RichText::new(&name).strong()).wrap());
            // In a wrapping row the badge moves below the date whole when the line is short
            // (large text); a plain row would run it off the window.
            ui.horizontal_wrapped(|ui| {
                ui.label(zone.date(capture.created).to_string());
                badge(ui, S::CapturedLocked.get(lang), theme::attention());
            });
            ui.horizontal_wrapped(|ui| {
                let keep = fill(S::CaptureKeepNamed.get(lang), &[&name]);
                if named_button(ui, S::CaptureKeep.get(lang), keep) {
                    out.push(JournalCmd::Adopt(capture.id.clone()));
                }
                ui.add_space(theme::SPACE_XXL);
                let discard = fill(S::CaptureDiscardNamed.get(lang), &[&name]);
                if named_button(ui, S::CaptureDiscard.get(lang), discard) {
                    view.discard_asked = Some(capture.id.clone());
                }
            });
            if view.discard_asked.as_deref() == Some(capture.id.as_str()) {
                confirm_ui(view, capture, &name, lang, out, ui);
            }
        });
    }
    more_ui(ui, session.inbox.len(), lang);
    if session.inbox.len() > 1 && ui.button(S::CaptureKeepAll.get(lang)).clicked() {
        out.push(JournalCmd::AdoptAll);
    }
}

/// The question before a capture is discarded: nothing goes without the user's say.
fn confirm_ui(
    view: &mut JournalView,
    capture: &Envelope<Record>,
    name: &str,
    lang: Lang,
    out: &mut Sink,
    ui: &mut Ui,
) {
    ui.colored_label(
        theme::attention_problem(),
        fill(S::CaptureDiscardAsk.get(lang), &[name]),
    );
    ui.horizontal_wrapped(|ui| {
        if ui.button(S::CaptureDiscardYes.get(lang)).clicked() {
            out.push(JournalCmd::Discard(capture.id.clone()));
        }
        if ui.button(S::Cancel.get(lang)).clicked() {
            view.discard_asked = None;
        }
    });
}

/// One line per file that does not check out, then what to do about them.
fn files_ui(session: &Session, lang: Lang, ui: &mut Ui) {
    if session.unsealed.is_empty() && session.missing.is_empty() && session.failures.is_empty() {
        return;
    }
    ui.add_space(theme::SPACE_M);
    ui.add(egui::Label::new(RichText::new(S::FilesIntro.get(lang)).strong()).wrap());
    let line = |ui: &mut Ui, text: String| {
        ui.add(
            egui::Label::new(RichText::new(text).color(theme::readable(
                theme::attention_problem(),
                ui.visuals().panel_fill,
            )))
            .wrap(),
        );
    };
    for u in session.unsealed.iter().take(ROWS_SHOWN) {
        let key = if u.replaced {
            S::UnsealedReplaced
        } else if u.bad_seal {
            S::UnsealedChanged
        } else {
            S::UnsealedAdded
        };
        line(ui, fill(key.get(lang), &[&u.file]));
    }
    more_ui(ui, session.unsealed.len(), lang);
    for m in session.missing.iter().take(ROWS_SHOWN) {
        let known = m.known.to_string();
        let text = match m.found {
            None => fill(S::MissingGone.get(lang), &[&m.id, &known]),
            Some(found) => fill(
                S::MissingOlder.get(lang),
                &[&m.id, &found.to_string(), &known],
            ),
        };
        line(ui, text);
    }
    more_ui(ui, session.missing.len(), lang);
    for f in session.failures.iter().take(ROWS_SHOWN) {
        line(ui, fill(S::FailureLine.get(lang), &[&f.file]));
        // The technical reason, for whoever helps restore the file.
        ui.add(egui::Label::new(RichText::new(&f.reason).small().weak()).wrap());
    }
    more_ui(ui, session.failures.len(), lang);
    ui.add(egui::Label::new(S::AttentionWhatToDo.get(lang)).wrap());
}
