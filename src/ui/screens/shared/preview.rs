//! The preview: exactly the text that will be shared, rendered as the coach will see it, with
//! blanked-out words marked.

use egui::{RichText, Ui};

use super::SharedView;
use super::rendered;
use crate::export::{RenderInput, for_display, mark_redactions, render_markdown};
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

/// The preview as the coach will read it, rendered, with the blanked-out words marked, in a box
/// as tall as the window allows; keeps the exact text for the export.
pub fn preview_ui(view: &mut SharedView, session: &Session, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    let text = preview(view, session, cx);
    let shown = for_display(&text);
    let markdown = mark_redactions(&shown.markdown);
    // The box takes the window's height less room for the tick and the buttons below it, so
    // scrolling the page to it shows the whole box and as much of the summary as fits.
    let height =
        (ui.ctx().content_rect().height() - theme::PREVIEW_RESERVE).max(theme::PREVIEW_MIN);
    card(ui, |ui| {
        ui.label(RichText::new(S::PreviewTitle.get(lang)).strong());
        if let Some(h) = &shown.header {
            rendered::header_grid(
                ui,
                "preview-header",
                &[
                    (S::HeaderSharedWith, h.coach.clone()),
                    (S::HeaderPurpose, h.purpose.clone()),
                    (S::SharedOn, rendered::day(h.shared)),
                    (S::HeaderDeleteAfter, rendered::day(h.delete_after)),
                ],
                lang,
            );
            ui.separator();
        }
        // Both bounds: inside the page's own scroll the room "available" below the card is
        // what is left of the window's first screen, often nothing, and a box sized by that
        // alone shrinks to egui's minimum of a few lines.
        egui::ScrollArea::vertical()
            .id_salt("preview")
            .min_scrolled_height(height)
            .max_height(height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                // A blanked-out word is inline code: on the highlight colour in the light theme,
                // on the code background (already distinct) in the dark one.
                if !ui.visuals().dark_mode {
                    ui.visuals_mut().code_bg_color = theme::highlight().0;
                }
                rendered::body(ui, &mut view.preview_cache, &markdown);
            });
    });
    view.preview = Some(text);
}
