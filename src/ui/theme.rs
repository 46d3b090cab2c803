//! Colours and spacing in one place. Colours are chosen to read in light and dark mode and to
//! stay apart for the common forms of colour blindness (ethics zones also carry a text label).

use egui::{Color32, Context, Visuals};

use crate::content::{Board, EthicsZone, Pole, Stance};

/// Gap between sections.
pub const SECTION_GAP: f32 = 18.0;

/// Sets spacing and text styles once at start-up.
pub fn install(ctx: &Context) {
    // In the light theme, text fields barely stand out from the page: give widgets an edge.
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::from_gray(180));
    });
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 26.0;
        for (text_style, size) in [
            (egui::TextStyle::Body, 15.0),
            (egui::TextStyle::Button, 15.0),
            (egui::TextStyle::Heading, 24.0),
            (egui::TextStyle::Small, 12.0),
        ] {
            if let Some(font) = style.text_styles.get_mut(&text_style) {
                font.size = size;
            }
        }
    });
}

/// The colour of a board's accent.
pub fn board(b: Board) -> Color32 {
    match b {
        Board::Political => Color32::from_rgb(0x3b, 0x6e, 0xa8),
        Board::Organisational => Color32::from_rgb(0x2e, 0x8b, 0x6f),
        Board::Societal => Color32::from_rgb(0xb0, 0x6a, 0x2c),
    }
}

/// The fill of a pole's field: its board's colour, deeper towards the confronting pole.
pub fn pole(p: Pole, visuals: &Visuals) -> Color32 {
    let base = board(p.board());
    let poles = p.board().poles();
    let i = poles.iter().position(|x| *x == p).unwrap_or(0);
    let depth = 0.25 + 0.3 * i as f32 / (poles.len().max(2) - 1) as f32;
    let bg = visuals.extreme_bg_color;
    mix(bg, base, depth)
}

/// The colour of an ethics zone.
pub fn zone(z: EthicsZone) -> Color32 {
    match z {
        EthicsZone::Fits => Color32::from_rgb(0x2f, 0x9e, 0x5b),
        EthicsZone::Stretches => Color32::from_rgb(0xe0, 0x9a, 0x1a),
        EthicsZone::Outside => Color32::from_rgb(0xc2, 0x3b, 0x4e),
    }
}

/// The colour of a stance on the spectrum.
pub fn stance(s: Stance) -> Color32 {
    match s {
        Stance::Engaged => Color32::from_rgb(0x4c, 0x8c, 0xc9),
        Stance::Entrepreneurial => Color32::from_rgb(0x8e, 0x6c, 0xc2),
        Stance::Activist => Color32::from_rgb(0xd0, 0x5a, 0x6e),
    }
}

/// Linear mix of two colours, `t` from 0 (a) to 1 (b).
pub fn mix(a: Color32, b: Color32, t: f32) -> Color32 {
    let t = t.clamp(0.0, 1.0);
    let m = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(m(a.r(), b.r()), m(a.g(), b.g()), m(a.b(), b.b()))
}

/// A text colour that reads on `fill`.
pub fn on(fill: Color32) -> Color32 {
    let luma =
        0.299 * f32::from(fill.r()) + 0.587 * f32::from(fill.g()) + 0.114 * f32::from(fill.b());
    if luma > 140.0 {
        Color32::from_rgb(0x1a, 0x1a, 0x1a)
    } else {
        Color32::WHITE
    }
}
