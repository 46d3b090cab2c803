//! For coaches: the key to hand to coachees, opening a shared summary read-only with its
//! consent header, and feedback per entry. For coachees: importing that feedback.

use egui::{RichText, Ui};

use super::coach_key::Identity;
use super::{SharedView, rendered};
use crate::ui::commands::{FeedbackPlan, PrintCmd, PrintTarget, ShareCmd, SummaryPrint};
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::screens::print::PrintAsk;
use crate::ui::screens::{card, section};
use crate::ui::theme;
use crate::ui::widgets::file_picker::FileKind;
use crate::ui::widgets::path_field::{self, Field};
use crate::ui::widgets::problem;

const OPEN_FIELD: Field = Field::open("open-summary", S::FilePath, &[FileKind::Summary]);
const IMPORT_FIELD: Field = Field::open("import-feedback", S::FeedbackFile, &[FileKind::Age]);
const FEEDBACK_FIELD: Field = Field::save("write-feedback", S::FeedbackPath, &[FileKind::Age]);

/// Draws the coach tab: the coach's side when there is a key to open summaries with (the
/// coach key, else the journal's), and the coachee's import when the journal is open.
pub fn ui(view: &mut SharedView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    match super::coach_key::identity(view, cx, out, ui) {
        Identity::Ready(session) => {
            super::coach_key::key_card(ui, cx, &session.unlocked().recipient());
            super::inbox::ui(view, cx, out, ui);
            open_ui(view, cx, out, ui);
        }
        // While the worker opens or lists, what was typed and shown stays on the page.
        Identity::Working => {
            super::inbox::ui(view, cx, out, ui);
            open_ui(view, cx, out, ui);
        }
        Identity::Absent => {}
    }
    if cx.vault.session().is_some() {
        import_ui(view, cx, out, ui);
    }
}

fn open_ui(view: &mut SharedView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    section(ui, S::OpenSummaryTitle.get(lang));
    ui.label(RichText::new(S::OpenSummaryHint.get(lang)).small());
    // A summary dropped on the window fills the path (the path field takes it).
    ui.horizontal_wrapped(|ui| {
        path_field::ui(ui, &mut view.open_path, &OPEN_FIELD, lang, out);
    });
    ui.horizontal_wrapped(|ui| {
        let l = crate::ui::widgets::whole::label(ui, S::OpenFrom.get(lang));
        ui.add(
            egui::TextEdit::singleline(&mut view.open_from)
                .desired_width(theme::field_width(ui, 240.0)),
        )
        .labelled_by(l.id);
        if ui
            .add_enabled(
                !view.open_path.trim().is_empty() && !cx.busy,
                egui::Button::new(S::OpenButton.get(lang)),
            )
            .clicked()
        {
            let from = view.open_from.trim();
            out.push(ShareCmd::OpenSummary {
                path: view.open_path.trim().into(),
                from: (!from.is_empty()).then(|| from.to_owned()),
            });
        }
    });
    problem::ui(ui, view.open_error.as_ref().map(|e| e as _), lang);
    summary_ui(view, cx, out, ui);
    if cx.busy {
        cx.busy_ui(ui);
    }
}

fn import_ui(view: &mut SharedView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    section(ui, S::ImportFeedbackTitle.get(lang));
    ui.horizontal_wrapped(|ui| {
        path_field::ui(ui, &mut view.import_path, &IMPORT_FIELD, lang, out);
        if ui
            .add_enabled(
                !view.import_path.trim().is_empty(),
                egui::Button::new(S::ImportButton.get(lang)),
            )
            .clicked()
        {
            out.push(ShareCmd::ImportFeedback(view.import_path.trim().into()));
        }
    });
    problem::ui(ui, view.import_error.as_ref().map(|e| e as _), lang);
}

/// The vault's public key, to hand to coachees; shown here and in Settings.
pub fn key_ui(cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    let Some(session) = cx.vault.session() else {
        return;
    };
    let key = session.unlocked().recipient();
    card(ui, |ui| {
        ui.label(RichText::new(S::MyCoachKey.get(lang)).strong());
        ui.label(RichText::new(S::MyCoachKeyHint.get(lang)).small());
        ui.horizontal_wrapped(|ui| {
            crate::ui::widgets::whole::label(ui, RichText::new(&key).monospace());
            if ui.button(S::CopyKey.get(lang)).clicked() {
                ui.ctx().copy_text(key.clone());
            }
        });
    });
}

fn summary_ui(view: &mut SharedView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    let today = cx.today();
    let Some(opened) = &view.opened else {
        return;
    };
    // Where the summary begins: who sent it, then whose it is.
    let top = ui.cursor().top();
    if let Some(sender) = &view.sender {
        super::sender::ui(ui, sender, opened.signer.as_deref(), lang);
    }
    let h = &opened.header;
    let expired = opened.expired(today);
    let from = view.sender.as_ref().map_or_else(
        || S::SenderUnknown.get(lang).to_owned(),
        |s| super::sender::name(s, lang),
    );
    let title = card(ui, |ui| {
        let title = ui.label(
            RichText::new(fill(S::SummaryFrom.get(lang), &[&from]))
                .strong()
                .size(theme::TEXT_CARD_TITLE),
        );
        ui.label(RichText::new(S::ConsentHeader.get(lang)).small());
        rendered::header_grid(
            ui,
            "consent-header",
            &[
                (S::HeaderFrom, from.clone()),
                (S::SharedOn, rendered::day(h.shared)),
                (S::HeaderDeleteAfter, rendered::day(h.delete_after)),
                (S::HeaderPurpose, h.purpose.clone()),
                (S::HeaderSharedWith, h.coach.clone()),
            ],
            lang,
        );
        if expired {
            ui.colored_label(
                ui.visuals().error_fg_color,
                RichText::new(S::DeleteAfterPassed.get(lang)).strong(),
            );
        }
        title
    });
    // Just opened (from the field or the inbox, at the foot of a long page): the page scrolls
    // so the summary's top is what the coach sees, however large the text. Only once the
    // worker is done, the inbox listed again included: while the journal is lent to it the
    // page shrinks to a spinner, which would undo the scroll.
    if view.reveal && !cx.busy && view.inbox_asked {
        view.reveal = false;
        let rect = egui::Rect::from_x_y_ranges(title.rect.x_range(), top..=title.rect.bottom());
        ui.scroll_to_rect(rect, Some(egui::Align::TOP));
    }
    print_ui(view, cx, out, ui);
    let Some(opened) = &view.opened else {
        return;
    };
    // One scroll for the page: the summary is drawn at its full length.
    let shown = crate::export::for_display(&opened.text);
    card(ui, |ui| {
        rendered::body(ui, &mut view.summary_cache, &shown.markdown)
    });
    if view.feedback_blocked() {
        // The sentence above says why: no feedback to a key nobody pinned.
        return;
    }
    section(ui, &fill(S::FeedbackTo.get(lang), &[&from]));
    ui.label(RichText::new(S::FeedbackTitle.get(lang)).small());
    let entries = opened.entries.clone();
    for (id, heading) in &entries {
        let slot = match view.feedback.iter().position(|(e, _)| e == id) {
            Some(i) => i,
            None => {
                view.feedback.push((id.clone(), String::new()));
                view.feedback.len() - 1
            }
        };
        let l = ui.label(fill(S::FeedbackOn.get(lang), &[heading]));
        ui.add(
            egui::TextEdit::multiline(&mut view.feedback[slot].1)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    }
    let mut send = false;
    ui.horizontal_wrapped(|ui| {
        path_field::ui(ui, &mut view.feedback_path, &FEEDBACK_FIELD, lang, out);
        let any = view.feedback.iter().any(|(_, t)| !t.trim().is_empty());
        send = ui
            .add_enabled(
                any && !view.feedback_path.trim().is_empty(),
                egui::Button::new(S::FeedbackExport.get(lang)),
            )
            .clicked();
    });
    problem::ui(ui, view.feedback_error.as_ref().map(|e| e as _), lang);
    if send && let Some(summary) = &view.opened {
        out.push(ShareCmd::ExportFeedback(FeedbackPlan {
            summary: Box::new(summary.clone()),
            items: view
                .feedback
                .iter()
                .filter(|(_, t)| !t.trim().is_empty())
                .cloned()
                .collect(),
            path: view.feedback_path.trim().into(),
        }));
    }
}

/// "Print / PDF" for the summary on show: the worker makes it, with whose it is. What the
/// form last made belongs to the summary it was made of.
fn print_ui(view: &mut SharedView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    if let Some(opened) = &view.opened {
        view.print.about(&opened.sha256);
    }
    let ask = crate::ui::screens::print::ui(
        &mut view.print,
        &crate::ui::screens::print::SUMMARY_FIELD,
        cx,
        out,
        ui,
        cx.t(S::PrintFileSummary),
    );
    let Some(opened) = &view.opened else {
        return;
    };
    match ask {
        Some(PrintAsk::Write(path)) => {
            let summary = SummaryPrint {
                text: zeroize::Zeroizing::new(opened.text.clone()),
                header: opened.header.clone(),
                sender: view
                    .sender
                    .as_ref()
                    .and_then(|s| s.vouched_name().map(str::to_owned)),
            };
            out.push(PrintCmd::Summary(Box::new(summary), path));
        }
        Some(PrintAsk::Open(path)) => out.push(PrintCmd::Open(PrintTarget::Summary, path)),
        None => {}
    }
}
