//! An ethics zone never by colour alone: buttons and picker rows for a tactic carry the
//! zone's colour as a stripe and its short name as text, the full name as a tooltip and as
//! the accessible description a screen reader reads after the tactic's name.

use egui::text::LayoutJob;
use egui::{FontSelection, Rect, Response, RichText, Role, Ui, WidgetInfo, vec2};

use super::heat::zone_short;
use crate::content::{EthicsZone, Lang};
use crate::ui::screens::tactics::zone_label;
use crate::ui::theme;

/// The width of the zone's colour stripe.
const STRIPE: f32 = 5.0;

/// Gives a widget the zone as its accessible description and its tooltip, and keeps its
/// accessible name to `name` alone.
fn tell(response: Response, name: &str, zone: EthicsZone, lang: Lang) -> Response {
    let full = zone_label(zone).get(lang);
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, name));
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_description(full.to_owned());
    });
    response.on_hover_text(full)
}

fn stripe(ui: &Ui, rect: Rect, zone: EthicsZone) {
    let stripe = Rect::from_min_size(rect.min, vec2(STRIPE, rect.height()));
    ui.painter().rect_filled(stripe, 3.0, theme::zone(zone));
}

/// The tactic's name followed by the zone's short name in small, weak print: on a line of its
/// own (`below`) or after the name.
fn name_and_zone(ui: &Ui, name: &str, zone: EthicsZone, lang: Lang, below: bool) -> LayoutJob {
    let style = ui.style();
    let mut job = LayoutJob::default();
    RichText::new(name).append_to(&mut job, style, FontSelection::Default, egui::Align::Center);
    let word = format!(
        "{}{}",
        if below { "\n" } else { "  · " },
        zone_short(zone).get(lang)
    );
    RichText::new(word).small().weak().append_to(
        &mut job,
        style,
        FontSelection::Default,
        egui::Align::Center,
    );
    job
}

/// A tactic in the catalogue grid: its name with the zone's short name under it, the zone's
/// colour as a stripe on the left.
pub fn tactic_button(
    ui: &mut Ui,
    name: &str,
    zone: EthicsZone,
    lang: Lang,
    min_height: f32,
) -> Response {
    let job = name_and_zone(ui, name, zone, lang, true);
    let button = egui::Button::new(job)
        .wrap_mode(egui::TextWrapMode::Wrap)
        .min_size(vec2(ui.available_width(), min_height));
    let response = ui.add(button);
    stripe(ui, response.rect, zone);
    tell(response, name, zone, lang)
}

/// A tactic in a drop-down list (the journal's picker): its name, then the zone's short name.
pub fn picker_item(ui: &mut Ui, name: &str, zone: EthicsZone, lang: Lang) -> Response {
    let job = name_and_zone(ui, &format!("  {name}"), zone, lang, false);
    let response = ui.add(egui::Button::selectable(false, job));
    stripe(ui, response.rect, zone);
    tell(response, name, zone, lang)
}
