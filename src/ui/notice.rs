//! The notice: one sentence about what just happened. It floats at the bottom right of the
//! window, over the page, where desktop apps put their passing messages: it moves nothing and
//! stays clear of the titles and buttons at the top of a page. Good news goes by itself after
//! [`theme::NOTICE_SECS`]; an error or a caution stays until its button or Escape closes it.

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

/// Draws the notice in `slot`, if any, and empties the slot when it is closed or its time is
/// up.
pub(super) fn ui(
    ctx: &egui::Context,
    slot: &mut Option<Notice>,
    clock: &mut NoticeClock,
    lang: Lang,
) {
    let Some(notice) = slot.clone() else {
        clock.shown = None;
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
            return;
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
    }
    let area = egui::Area::new(egui::Id::unique("notice"))
        .order(egui::Order::Foreground)
        .anchor(
            egui::Align2::RIGHT_BOTTOM,
            egui::vec2(-theme::SPACE_XXL, -theme::SPACE_L),
        )
        .interactable(true);
    area.show(ctx, |ui| {
        let colour = if notice.error {
            theme::danger_text(ui.visuals())
        } else if notice.caution {
            theme::caution_text(ui.visuals())
        } else {
            theme::ok_text(ui.visuals())
        };
        egui::Frame::popup(ui.style())
            .stroke(egui::Stroke::new(theme::STROKE_FRAME, colour))
            .corner_radius(theme::RADIUS)
            .inner_margin(theme::SPACE_M)
            .show(ui, |ui| {
                ui.set_max_width(theme::NOTICE_WIDTH.min(ctx.content_rect().width() * 0.6));
                ui.horizontal(|ui| {
                    ui.add(
                        egui::Label::new(egui::RichText::new(&notice.text).color(colour)).wrap(),
                    );
                    let close = ui
                        .small_button("OK")
                        .on_hover_text(S::NoticeClose.get(lang));
                    if close.clicked() {
                        *slot = None;
                    }
                });
            });
    });
}
