//! Colours, font sizes and spacing in one place: screens and widgets use these names, never
//! literals. Colours are chosen to read in light and dark mode and to stay apart for the
//! common forms of colour blindness (ethics zones also carry a text label).

mod contrast;
mod scheme;

pub use contrast::{ratio, readable};
pub use scheme::{DARK, LIGHT, Scheme};

use egui::{Color32, Context, Visuals};

use crate::content::{Board, EthicsZone, Pole, Stance};

/// Small print: badges, hints, axis labels.
pub const TEXT_SMALL: f32 = 12.0;
/// Monospaced previews.
pub const TEXT_MONO: f32 = 13.0;
/// Labels inside figures.
pub const TEXT_FIGURE: f32 = 14.0;
/// Body text.
pub const TEXT_BODY: f32 = 15.0;
/// Lead paragraphs, navigation and prominent buttons.
pub const TEXT_LEAD: f32 = 16.0;
/// Titles of cards.
pub const TEXT_CARD_TITLE: f32 = 17.0;
/// A statement to answer.
pub const TEXT_QUESTION: f32 = 18.0;
/// Section titles.
pub const TEXT_SECTION: f32 = 19.0;
/// The largest heading inside a rendered summary (its title); its other headings step down
/// towards the body size. Below [`TEXT_SECTION`], so a summary never outranks the page.
pub const TEXT_RENDERED_HEADING: f32 = 18.0;
/// A questionnaire's title.
pub const TEXT_TITLE: f32 = 20.0;
/// The recovery code.
pub const TEXT_CODE: f32 = 22.0;
/// Screen headings (page titles): the largest text on a page, above every section title.
pub const TEXT_HEADING: f32 = 28.0;
/// The app's name at the top of the navigation.
pub const TEXT_APP_TITLE: f32 = 22.0;
/// The side of a navigation icon.
pub const ICON_SIZE: f32 = 18.0;
/// The line width of a navigation icon.
pub const STROKE_ICON: f32 = 1.6;
/// How far a page title's second pass is set off, so the light face reads as a heavier one.
pub const TITLE_EMBOLDEN: f32 = 0.6;
/// The width and height of the accent bar under a page title.
pub const TITLE_BAR: [f32; 2] = [44.0, 3.0];

/// The smallest gap.
pub const SPACE_XS: f32 = 4.0;
/// A small gap.
pub const SPACE_S: f32 = 6.0;
/// The usual gap between items.
pub const SPACE_M: f32 = 8.0;
/// Padding inside cards and frames.
pub const SPACE_L: f32 = 12.0;
/// A wide gap inside a row.
pub const SPACE_XL: f32 = 20.0;
/// The widest gap inside a row (sets destructive buttons apart).
pub const SPACE_XXL: f32 = 24.0;
/// Gap between sections.
pub const SECTION_GAP: f32 = 18.0;

/// Corner radius of cards and frames.
pub const RADIUS: f32 = 8.0;
/// Corner radius of badges and rows.
pub const RADIUS_SMALL: f32 = 6.0;
/// A hairline.
pub const STROKE_HAIR: f32 = 1.0;
/// The edge of a notice or error frame.
pub const STROKE_FRAME: f32 = 1.5;
/// A marker's ring.
pub const STROKE_MARK: f32 = 2.0;
/// An edge that must be noticed (prominent prompts, the selected field).
pub const STROKE_STRONG: f32 = 2.5;

/// The largest share of the height the folded journal filters take before they scroll.
pub const ATTENTION_MAX_SHARE: f32 = 0.4;

/// Width of the left navigation.
pub const NAV_WIDTH: f32 = 210.0;
/// Width of a filter's drop-down.
pub const COMBO_WIDTH: f32 = 150.0;
/// The widest a floating notice gets.
pub const NOTICE_WIDTH: f32 = 420.0;
/// How long good news stays on show, in seconds (errors and cautions stay until closed).
pub const NOTICE_SECS: f64 = 8.0;
/// Width of the app's own file picker.
pub const PICKER_WIDTH: f32 = 640.0;
/// Height of the file picker's list of folders and files.
pub const PICKER_ROWS_HEIGHT: f32 = 300.0;
/// The least room the file picker's list scrolls in; with less (large text) it goes on the
/// dialog's body, which scrolls as one.
pub const PICKER_ROWS_MIN: f32 = 90.0;
/// Height of a navigation button.
pub const NAV_BUTTON_HEIGHT: f32 = 32.0;
/// Height of a navigation button when the window is short of room.
pub const NAV_BUTTON_HEIGHT_COMPACT: f32 = 26.0;
/// Below this height (in points) the navigation closes up its rows.
pub const NAV_ROOMY_HEIGHT: f32 = 480.0;
/// What the share preview leaves of the window's height for the tick and buttons below it.
pub const PREVIEW_RESERVE: f32 = 200.0;
/// The share preview is never shorter than this.
pub const PREVIEW_MIN: f32 = 240.0;

/// The navigation's width at a zoom factor: narrower at large text so the page keeps room,
/// never so narrow that a label wraps.
pub fn nav_width(zoom: f32) -> f32 {
    (NAV_WIDTH / zoom.max(1.0).sqrt()).max(NAV_MIN_WIDTH)
}

/// Below this height (in points) the journal list folds its filters behind one button.
pub const JOURNAL_ROOMY_HEIGHT: f32 = 520.0;

/// The narrowest the navigation gets.
pub const NAV_MIN_WIDTH: f32 = 184.0;

/// A field's width: what it would like, but never wider than the room left in the row, so
/// that large text sizes do not push fields off the window.
pub fn field_width(ui: &egui::Ui, wanted: f32) -> f32 {
    wanted.min(ui.available_width()).max(40.0)
}

/// Good news: saved, valid, strong.
pub fn ok() -> Color32 {
    zone(EthicsZone::Fits)
}

/// Take care: a weak passphrase, an open question.
pub fn caution() -> Color32 {
    zone(EthicsZone::Stretches)
}

/// Something is wrong: a broken file, a weak passphrase.
pub fn danger() -> Color32 {
    zone(EthicsZone::Outside)
}

/// The edge of the "needs your attention" panel, and the count badge in the navigation.
pub fn attention() -> Color32 {
    caution()
}

/// A file named in the attention panel: unsealed, missing, rolled back or unreadable.
pub fn attention_problem() -> Color32 {
    danger()
}

/// The background of a blanked-out word in the preview, and the text on it.
pub fn highlight() -> (Color32, Color32) {
    (Color32::from_rgb(0xff, 0xe0, 0x82), Color32::BLACK)
}

/// The scheme (surfaces and text colours) of the theme on show.
pub fn scheme(visuals: &Visuals) -> &'static Scheme {
    scheme::of(visuals)
}

/// egui's visuals of the dark or the light theme, as [`install`] sets them (for tests that
/// check colours without a window).
#[cfg(test)]
pub fn visuals(dark: bool) -> Visuals {
    scheme::visuals(if dark { &DARK } else { &LIGHT }, dark)
}

/// Words that report success, readable on the page of the theme on show.
pub fn ok_text(visuals: &Visuals) -> Color32 {
    scheme(visuals).ok
}

/// Words that ask for care (something not kept yet), readable on the page.
pub fn caution_text(visuals: &Visuals) -> Color32 {
    scheme(visuals).caution
}

/// Words that report a failure, readable on the page.
pub fn danger_text(visuals: &Visuals) -> Color32 {
    scheme(visuals).danger
}

/// Sets the colours of both themes, spacing and text styles once at start-up.
pub fn install(ctx: &Context) {
    ctx.set_visuals_of(egui::Theme::Light, scheme::visuals(&LIGHT, false));
    ctx.set_visuals_of(egui::Theme::Dark, scheme::visuals(&DARK, true));
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(SPACE_M, SPACE_M);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 26.0;
        for (text_style, size) in [
            (egui::TextStyle::Body, TEXT_BODY),
            (egui::TextStyle::Button, TEXT_BODY),
            (egui::TextStyle::Heading, TEXT_HEADING),
            (egui::TextStyle::Small, TEXT_SMALL),
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

/// The neutral grey of a figure's axis and scale lines.
pub fn axis() -> Color32 {
    Color32::from_gray(120)
}

/// A text colour that reads on `fill`: near-black or white, whichever contrasts more (by
/// WCAG luminance; only pure black keeps every fill at 4.5:1 or more).
pub fn on(fill: Color32) -> Color32 {
    let dark = Color32::BLACK;
    if ratio(dark, fill) >= ratio(Color32::WHITE, fill) {
        dark
    } else {
        Color32::WHITE
    }
}

// figures: the figures' palette and marks. ------------------------------------------------

/// The colours of the series in one chart (the history of takes) on the light theme, from
/// Paul Tol's and Okabe & Ito's palettes for colour-vision deficiencies: blue, brown-orange,
/// indigo. A chart shows at most three series (a stance group or a board), each also with its
/// own marker and line style. `theme_palette.rs` checks, for this palette on the light page and
/// [`SERIES_DARK`] on the dark one, that every pair stays apart (CIEDE2000, also under
/// simulated deuteranopia, protanopia and tritanopia), that no two are shades of one hue, and
/// that each line stands out from the page and the plot (3:1).
pub const SERIES_LIGHT: [Color32; 3] = [
    Color32::from_rgb(0x00, 0x77, 0xbb),
    Color32::from_rgb(0x8c, 0x51, 0x0a),
    Color32::from_rgb(0x33, 0x22, 0x88),
];

/// The series colours on the dark theme, in the same order of hues as [`SERIES_LIGHT`] and
/// light enough for a dark plot: sky blue, orange, violet.
pub const SERIES_DARK: [Color32; 3] = [
    Color32::from_rgb(0x99, 0xdd, 0xff),
    Color32::from_rgb(0xe6, 0x9f, 0x00),
    Color32::from_rgb(0x8a, 0x5c, 0xc2),
];

/// The colour of the `i`-th series in a chart, for the theme of `visuals`.
pub fn series(i: usize, visuals: &Visuals) -> Color32 {
    let palette = if visuals.dark_mode {
        &SERIES_DARK
    } else {
        &SERIES_LIGHT
    };
    palette[i % palette.len()]
}

/// The outline of the comfort zone, the same in every figure (boards and repertoire map).
pub fn comfort_outline() -> Color32 {
    Color32::from_rgb(0xd5, 0x5e, 0x00)
}

/// The shade of a score's band (± one standard error) in a figure.
pub fn band(colour: Color32, visuals: &Visuals) -> Color32 {
    mix(colour, visuals.panel_fill, 0.55)
}

#[cfg(test)]
#[path = "theme_palette.rs"]
mod palette_tests;

#[cfg(test)]
mod tests {
    use std::path::Path;

    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read src/ui").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                out.push(path);
            }
        }
    }

    /// A literal colour, font size or stroke: a constructor followed by a digit.
    fn literals(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        for pattern in [
            ".size(",
            "FontId::proportional(",
            "FontId::monospace(",
            "Stroke::new(",
            "corner_radius(",
            "add_space(",
            "Color32::from_rgb(",
            "Color32::from_gray(",
        ] {
            for (i, _) in text.match_indices(pattern) {
                let next = text[i + pattern.len()..].chars().next();
                if next.is_some_and(|c| c.is_ascii_digit()) {
                    found.push(pattern.to_owned());
                }
            }
        }
        found
    }

    #[test]
    fn screens_and_widgets_take_colours_and_sizes_from_the_theme() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
        let mut files = Vec::new();
        rust_files(&root, &mut files);
        assert!(files.len() > 20, "found the ui sources");
        let mut offenders = Vec::new();
        for path in files {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let in_theme = path.parent().is_some_and(|p| p.ends_with("theme"));
            if in_theme || ["theme.rs", "icon.rs"].contains(&name) {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read");
            for literal in literals(&text) {
                offenders.push(format!("{}: {literal}…", path.display()));
            }
        }
        assert!(
            offenders.is_empty(),
            "literals outside theme.rs: {offenders:#?}"
        );
    }

    #[test]
    fn text_on_any_fill_reaches_body_contrast() {
        let mut fills: Vec<egui::Color32> = (0..=255u8).map(egui::Color32::from_gray).collect();
        for b in crate::content::Board::ALL {
            fills.push(super::board(b));
        }
        for z in [
            crate::content::EthicsZone::Fits,
            crate::content::EthicsZone::Stretches,
            crate::content::EthicsZone::Outside,
        ] {
            fills.push(super::zone(z));
        }
        for s in crate::content::Stance::ALL {
            fills.push(super::stance(s));
        }
        for fill in fills {
            let r = super::ratio(super::on(fill), fill);
            assert!(r >= 4.5, "text on {fill:?} is {r:.2}:1");
        }
    }

    #[test]
    fn the_check_sees_a_literal() {
        assert_eq!(literals("x.size(16.0)"), vec![".size(".to_owned()]);
        assert!(literals("x.size(theme::TEXT_LEAD)").is_empty());
    }
}
