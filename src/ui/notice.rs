//! The notice: one sentence about what just happened, in a strip along the bottom of the page
//! (under the page's left edge, where its text starts),
//! where desktop apps put their passing messages. The strip takes its height from the bottom
//! of the page's view, so it covers no control and moves nothing above it (the page keeps its
//! place; only its view ends higher). Good news goes by itself after [`theme::NOTICE_SECS`];
//! an error or a caution stays until its button or Escape closes it.

use super::app::Notice;
use super::i18n::S;
use super::theme;
use crate::content::Lang;

/// When the notice on show appeared, by egui's clock.
#[derive(Debug, Default)]
pub(super) struct NoticeClock {
    shown: Option<(Notice, f64)>,
}

/// How long `notice` stays by itself, if it goes by itself at all.
fn lifetime(notice: &Notice) -> Option<f64> {
    (!notice.error && !notice.caution).then_some(theme::NOTICE_SECS)
}

/// Draws the notice in `slot`, if any, in a strip at the bottom of `ui` (call it before the
/// page's panel), and empties the slot when it is closed or its time is up.
pub(super) fn ui(
    ui: &mut egui::Ui,
    slot: &mut Option<Notice>,
    clock: &mut NoticeClock,
    lang: Lang,
) {
    let ctx = ui.ctx().clone();
    let Some(notice) = slot.clone() else {
        clock.shown = None;
        // The page's widgets keep their ids whether the strip shows or not (a notice coming
        // or going must not take the focus from the field being typed in).
        ui.skip_ahead_auto_ids(1);
        return;
    };
    let now = ctx.input(|i| i.time);
    let since = match &clock.shown {
        Some((shown, since)) if *shown == notice => *since,
        _ => {
            clock.shown = Some((notice.clone(), now));
            now
        }
    };
    if let Some(life) = lifetime(&notice) {
        let left = since + life - now;
        if left <= 0.0 {
            *slot = None;
            clock.shown = None;
            ui.skip_ahead_auto_ids(1);
            return;
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
    }
    let margin = egui::Margin::symmetric(theme::SPACE_XXL as i8, theme::SPACE_S as i8);
    egui::Panel::bottom("notice")
        .resizable(false)
        .frame(egui::Frame::side_top_panel(&ctx.global_style()).inner_margin(margin))
        .show(ui, |ui| notice_frame(ui, &notice, slot, lang));
}

/// The notice in its frame, in the colour of its kind, with its close button; never wider
/// than the strip.
fn notice_frame(ui: &mut egui::Ui, notice: &Notice, slot: &mut Option<Notice>, lang: Lang) {
    let colour = if notice.error {
        theme::danger_text(ui.visuals())
    } else if notice.caution {
        theme::caution_text(ui.visuals())
    } else {
        theme::ok_text(ui.visuals())
    };
    let spacing = ui.spacing();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let ok = ui
        .painter()
        .layout_no_wrap("OK".to_owned(), font, egui::Color32::PLACEHOLDER)
        .size()
        .x
        + 2.0 * spacing.button_padding.x
        + spacing.item_spacing.x;
    let frame_edges = 2.0 * (theme::SPACE_M + theme::STROKE_FRAME);
    let text = (theme::NOTICE_WIDTH.min(ui.available_width() - frame_edges) - ok).max(ok);
    egui::Frame::popup(ui.style())
        .stroke(egui::Stroke::new(theme::STROKE_FRAME, colour))
        .corner_radius(theme::RADIUS)
        .inner_margin(theme::SPACE_M)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.allocate_ui(egui::vec2(text, 0.0), |ui| {
                    ui.add(
                        egui::Label::new(egui::RichText::new(&notice.text).color(colour)).wrap(),
                    );
                });
                let close = ui
                    .small_button("OK")
                    .on_hover_text(S::NoticeClose.get(lang));
                if close.clicked() {
                    *slot = None;
                }
            });
        });
}
