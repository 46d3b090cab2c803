//! Contrast as WCAG 2 measures it: relative luminance of sRGB colours, and the ratio between
//! two of them. Used to choose text that reads on a fill, and by the test that holds every
//! text colour of the theme to 4.5:1 against the backgrounds it is drawn on.

use egui::Color32;

/// Body text against its background, at least (WCAG 2, level AA).
pub const MIN_TEXT: f32 = 4.5;
/// Large text and the edges of controls against what is next to them, at least.
#[cfg(test)]
pub const MIN_UI: f32 = 3.0;

/// The relative luminance of an opaque colour, 0 (black) to 1 (white).
pub fn luminance(c: Color32) -> f32 {
    let channel = |v: u8| {
        let s = f32::from(v) / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// The contrast ratio of two colours, 1 (same) to 21 (black on white); order does not matter.
pub fn ratio(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// `colour`, darkened (on a light background) or lightened (on a dark one) just enough to
/// reach body-text contrast against `background`. Keeps the hue, so a board's or a zone's
/// colour stays recognisable when it is used for words.
pub fn readable(colour: Color32, background: Color32) -> Color32 {
    let target = if luminance(background) > 0.18 {
        Color32::BLACK
    } else {
        Color32::WHITE
    };
    // Twenty steps of 5 %: the last one is black or white itself, which always reaches 4.5:1
    // against a background on its own side of the middle.
    (0..=20)
        .map(|i| super::mix(colour, target, i as f32 / 20.0))
        .find(|c| ratio(*c, background) >= MIN_TEXT)
        .unwrap_or(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luminance_and_ratio_match_the_wcag_reference_values() {
        assert!((luminance(Color32::WHITE) - 1.0).abs() < 1e-4);
        assert!(luminance(Color32::BLACK).abs() < 1e-6);
        assert!((ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        // #767676 on white is the well-known lightest grey that passes 4.5:1.
        let grey = Color32::from_gray(0x76);
        assert!((ratio(grey, Color32::WHITE) - 4.54).abs() < 0.01);
        assert!((ratio(Color32::WHITE, grey) - ratio(grey, Color32::WHITE)).abs() < 1e-6);
    }

    #[test]
    fn readable_reaches_body_contrast_on_light_and_dark_backgrounds() {
        let light = Color32::from_rgb(0xf4, 0xf3, 0xee);
        let dark = Color32::from_rgb(0x1b, 0x1e, 0x22);
        // A light green on white fails (about 3.4:1) until it is darkened.
        let green = Color32::from_rgb(0x2f, 0x9e, 0x5b);
        assert!(ratio(green, light) < MIN_TEXT);
        for bg in [light, dark, Color32::WHITE, Color32::BLACK] {
            for fg in [
                green,
                Color32::from_rgb(0xe0, 0x9a, 0x1a),
                Color32::from_gray(128),
            ] {
                let r = readable(fg, bg);
                assert!(ratio(r, bg) >= MIN_TEXT, "{fg:?} on {bg:?} gave {r:?}");
            }
        }
        // A colour that already reads is left alone.
        assert_eq!(readable(Color32::BLACK, light), Color32::BLACK);
    }
}
