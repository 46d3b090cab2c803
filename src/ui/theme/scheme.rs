//! The app's identity: warm paper and deep ink in the light theme, a soft slate in the dark
//! one, with one petrol accent. Every surface and every colour of text drawn on it is named
//! here, and egui's visuals are built from these names, so no widget falls back to egui's
//! grey-on-grey defaults. The test below holds each pair to the WCAG contrast minimums.

use egui::{Color32, Stroke, Visuals};

/// The colours of one theme: the surfaces, and the text and edges drawn on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scheme {
    /// The page (central panel), windows and pop-ups.
    pub page: Color32,
    /// The left navigation.
    pub nav: Color32,
    /// Cards, grouped content and the stripes of a table.
    pub card: Color32,
    /// Text fields.
    pub field: Color32,
    /// Monospaced previews and code.
    pub code: Color32,
    /// A button at rest.
    pub button: Color32,
    /// A button under the pointer.
    pub button_hover: Color32,
    /// A button being pressed, an open menu.
    pub button_active: Color32,
    /// A selected item (the navigation's current screen, a chosen tab).
    pub selected: Color32,
    /// Text on [`Scheme::selected`].
    pub on_selected: Color32,
    /// Body text.
    pub text: Color32,
    /// Titles and emphasis.
    pub strong: Color32,
    /// Secondary text: counts, dates, hints; still body contrast.
    pub weak: Color32,
    /// Links, focus and the accent of titles.
    pub accent: Color32,
    /// The edge of a field, a checkbox or a button (3:1, so controls can be found).
    pub edge: Color32,
    /// Separators and card borders (decoration, no contrast promise).
    pub rule: Color32,
    /// Words that report success.
    pub ok: Color32,
    /// Words that ask for care: something is not kept yet, a date does not parse.
    pub caution: Color32,
    /// Words that report a failure.
    pub danger: Color32,
}

/// The light theme.
pub const LIGHT: Scheme = Scheme {
    page: Color32::from_rgb(0xf4, 0xf3, 0xee),
    nav: Color32::from_rgb(0xe9, 0xe7, 0xdf),
    card: Color32::from_rgb(0xfb, 0xfa, 0xf7),
    field: Color32::from_rgb(0xff, 0xff, 0xff),
    code: Color32::from_rgb(0xe6, 0xe4, 0xdc),
    button: Color32::from_rgb(0xe3, 0xe1, 0xd8),
    button_hover: Color32::from_rgb(0xd8, 0xd5, 0xca),
    button_active: Color32::from_rgb(0xcb, 0xc7, 0xba),
    selected: Color32::from_rgb(0xd3, 0xe8, 0xe4),
    on_selected: Color32::from_rgb(0x06, 0x32, 0x2f),
    text: Color32::from_rgb(0x1d, 0x26, 0x30),
    strong: Color32::from_rgb(0x0a, 0x0f, 0x16),
    weak: Color32::from_rgb(0x4f, 0x58, 0x64),
    accent: Color32::from_rgb(0x0b, 0x66, 0x63),
    edge: Color32::from_rgb(0x85, 0x7f, 0x72),
    rule: Color32::from_rgb(0xcf, 0xcc, 0xc2),
    ok: Color32::from_rgb(0x1d, 0x6b, 0x3e),
    caution: Color32::from_rgb(0x8a, 0x52, 0x00),
    danger: Color32::from_rgb(0xb3, 0x26, 0x1e),
};

/// The dark theme.
pub const DARK: Scheme = Scheme {
    page: Color32::from_rgb(0x1b, 0x1e, 0x22),
    nav: Color32::from_rgb(0x15, 0x17, 0x1b),
    card: Color32::from_rgb(0x24, 0x28, 0x2d),
    field: Color32::from_rgb(0x11, 0x13, 0x16),
    code: Color32::from_rgb(0x2c, 0x30, 0x36),
    button: Color32::from_rgb(0x30, 0x35, 0x3b),
    button_hover: Color32::from_rgb(0x3a, 0x40, 0x47),
    button_active: Color32::from_rgb(0x45, 0x4c, 0x54),
    selected: Color32::from_rgb(0x1d, 0x4a, 0x46),
    on_selected: Color32::from_rgb(0xe9, 0xff, 0xfb),
    text: Color32::from_rgb(0xe3, 0xe6, 0xea),
    strong: Color32::from_rgb(0xff, 0xff, 0xff),
    weak: Color32::from_rgb(0xaa, 0xb2, 0xbb),
    accent: Color32::from_rgb(0x74, 0xcb, 0xc2),
    edge: Color32::from_rgb(0x7d, 0x87, 0x92),
    rule: Color32::from_rgb(0x3a, 0x40, 0x47),
    ok: Color32::from_rgb(0x7e, 0xd4, 0x9e),
    caution: Color32::from_rgb(0xf0, 0xb6, 0x4a),
    danger: Color32::from_rgb(0xff, 0x8f, 0x86),
};

/// The scheme that matches `visuals` (light or dark).
pub fn of(visuals: &Visuals) -> &'static Scheme {
    if visuals.dark_mode { &DARK } else { &LIGHT }
}

/// egui's visuals built from a scheme: every surface, text colour and edge set, nothing left
/// at egui's defaults that could draw grey on grey.
pub fn visuals(s: &Scheme, dark: bool) -> Visuals {
    let mut v = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    v.override_text_color = None;
    v.weak_text_color = Some(s.weak);
    v.hyperlink_color = s.accent;
    v.faint_bg_color = s.card;
    v.extreme_bg_color = s.field;
    v.text_edit_bg_color = Some(s.field);
    v.code_bg_color = s.code;
    v.warn_fg_color = s.caution;
    v.error_fg_color = s.danger;
    v.window_fill = s.page;
    v.panel_fill = s.page;
    v.window_stroke = Stroke::new(super::STROKE_HAIR, s.rule);
    v.selection.bg_fill = s.selected;
    v.selection.stroke = Stroke::new(super::STROKE_HAIR, s.on_selected);
    v.text_cursor.stroke = Stroke::new(super::STROKE_MARK, s.accent);
    let w = &mut v.widgets;
    w.noninteractive.bg_fill = s.page;
    w.noninteractive.weak_bg_fill = s.page;
    w.noninteractive.bg_stroke = Stroke::new(super::STROKE_HAIR, s.rule);
    w.noninteractive.fg_stroke = Stroke::new(super::STROKE_HAIR, s.text);
    for (state, fill, edge) in [
        (&mut w.inactive, s.button, s.edge),
        (&mut w.hovered, s.button_hover, s.accent),
        (&mut w.active, s.button_active, s.accent),
        (&mut w.open, s.button_active, s.edge),
    ] {
        state.bg_fill = fill;
        state.weak_bg_fill = fill;
        state.bg_stroke = Stroke::new(super::STROKE_HAIR, edge);
        state.fg_stroke.color = s.text;
    }
    // Strong text (titles, emphasis) is egui's "active" text colour.
    w.active.fg_stroke.color = s.strong;
    w.hovered.fg_stroke.color = s.strong;
    v
}

#[cfg(test)]
mod tests {
    use super::super::contrast::{MIN_TEXT, MIN_UI, ratio};
    use super::*;

    /// Every colour of text of a scheme with every surface it is drawn on.
    fn text_pairs(s: &Scheme) -> Vec<(&'static str, Color32, &'static str, Color32)> {
        let surfaces = [
            ("page", s.page),
            ("nav", s.nav),
            ("card", s.card),
            ("field", s.field),
            ("code", s.code),
        ];
        let texts = [
            ("text", s.text),
            ("strong", s.strong),
            ("weak", s.weak),
            ("accent", s.accent),
            ("ok", s.ok),
            ("caution", s.caution),
            ("danger", s.danger),
        ];
        let mut pairs = Vec::new();
        for (tn, t) in texts {
            for (bn, b) in surfaces {
                pairs.push((tn, t, bn, b));
            }
        }
        for (bn, b) in [
            ("button", s.button),
            ("button_hover", s.button_hover),
            ("button_active", s.button_active),
        ] {
            pairs.push(("text", s.text, bn, b));
            pairs.push(("strong", s.strong, bn, b));
        }
        pairs.push(("weak", s.weak, "button", s.button));
        pairs.push(("on_selected", s.on_selected, "selected", s.selected));
        pairs.push(("text", s.text, "selected", s.selected));
        pairs
    }

    #[test]
    fn body_text_reaches_4_5_to_1_on_every_surface_in_light_and_dark() {
        for (name, s) in [("light", &LIGHT), ("dark", &DARK)] {
            for (tn, t, bn, b) in text_pairs(s) {
                let r = ratio(t, b);
                assert!(r >= MIN_TEXT, "{name}: {tn} on {bn} is {r:.2}:1");
            }
        }
    }

    #[test]
    fn the_edges_of_controls_reach_3_to_1_against_what_surrounds_them() {
        for (name, s) in [("light", &LIGHT), ("dark", &DARK)] {
            for (bn, b) in [
                ("page", s.page),
                ("nav", s.nav),
                ("card", s.card),
                ("field", s.field),
            ] {
                let r = ratio(s.edge, b);
                assert!(r >= MIN_UI, "{name}: edge on {bn} is {r:.2}:1");
                let r = ratio(s.accent, b);
                assert!(r >= MIN_UI, "{name}: accent (focus) on {bn} is {r:.2}:1");
            }
        }
    }

    #[test]
    fn the_visuals_egui_draws_with_come_from_the_scheme() {
        for (s, dark) in [(&LIGHT, false), (&DARK, true)] {
            let v = visuals(s, dark);
            assert_eq!(v.dark_mode, dark);
            assert_eq!(of(&v), s);
            // The colours egui picks for plain, weak and strong text, and for buttons.
            let drawn = [
                (v.text_color(), v.panel_fill),
                (v.text_color(), v.faint_bg_color),
                (v.text_color(), v.text_edit_bg_color()),
                (v.weak_text_color(), v.panel_fill),
                (v.weak_text_color(), v.faint_bg_color),
                (v.weak_text_color(), v.text_edit_bg_color()),
                (v.strong_text_color(), v.panel_fill),
                (v.strong_text_color(), v.faint_bg_color),
                (
                    v.widgets.inactive.text_color(),
                    v.widgets.inactive.weak_bg_fill,
                ),
                (
                    v.widgets.hovered.text_color(),
                    v.widgets.hovered.weak_bg_fill,
                ),
                (v.widgets.active.text_color(), v.widgets.active.weak_bg_fill),
                (v.selection.stroke.color, v.selection.bg_fill),
                (v.hyperlink_color, v.panel_fill),
                (v.warn_fg_color, v.panel_fill),
                (v.error_fg_color, v.panel_fill),
                (v.error_fg_color, v.window_fill),
            ];
            for (fg, bg) in drawn {
                let r = ratio(fg, bg);
                assert!(r >= MIN_TEXT, "dark={dark}: {fg:?} on {bg:?} is {r:.2}:1");
            }
            assert!(ratio(v.widgets.inactive.bg_stroke.color, v.panel_fill) >= MIN_UI);
        }
    }
}
