//! The preview: exactly the text that will be shared, with blanked-out words marked.

use egui::{RichText, Ui};

use super::SharedView;
use crate::export::{RenderInput, redaction_ranges, render_markdown};
use crate::session::Session;
use crate::ui::cx::Cx;
use crate::ui::i18n::S;
use crate::ui::screens::card;
use crate::ui::theme;

/// The exact text that will be shared with the current choices.
fn preview(view: &SharedView, session: &Session, cx: &Cx<'_>) -> String {
    let entries = view
        .scope
        .entries
        .iter()
        .filter_map(|s| Some((s.entry_id.as_str(), session.journal.get(&s.entry_id)?)))
        .collect();
    let recipient = session.unlocked().recipient();
    let input = RenderInput {
        scope: &view.scope,
        consent: &view.consent,
        entries,
        profile: session.takes.last().map(|t| &t.body.profile),
        content: cx.content,
        lang: cx.lang,
        coachee_recipient: &recipient,
        now: cx.now,
    };
    render_markdown(&input)
}

/// The preview with the blanked-out words marked; keeps the text shown for the export.
pub fn preview_ui(view: &mut SharedView, session: &Session, cx: &Cx<'_>, ui: &mut Ui) {
    let text = preview(view, session, cx);
    let words = view.scope.redact.clone();
    let mut job = egui::text::LayoutJob::default();
    let body = egui::TextFormat {
        font_id: egui::FontId::monospace(theme::TEXT_MONO),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let (background, color) = theme::highlight();
    let marked = egui::TextFormat {
        background,
        color,
        ..body.clone()
    };
    // The output holds "[…]" where a word was blanked out; mark those so the user sees where.
    let mut last = 0;
    for range in redaction_ranges(&text, &["[…]".to_owned()])
        .into_iter()
        .chain(redaction_ranges(&text, &words))
    {
        if range.start < last
            || !text.is_char_boundary(range.start)
            || !text.is_char_boundary(range.end)
        {
            continue;
        }
        job.append(&text[last..range.start], 0.0, body.clone());
        job.append(&text[range.clone()], 0.0, marked.clone());
        last = range.end;
    }
    job.append(&text[last.min(text.len())..], 0.0, body);
    card(ui, |ui| {
        ui.label(RichText::new(S::PreviewTitle.get(cx.lang)).strong());
        egui::ScrollArea::vertical()
            .id_salt("preview")
            .max_height(360.0)
            .show(ui, |ui| {
                ui.add(egui::Label::new(job).wrap());
            });
    });
    view.preview = Some(text);
}
