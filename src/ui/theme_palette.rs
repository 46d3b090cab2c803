//! The figures' palettes stay apart for the common colour-vision deficiencies, on the light
//! theme and on the dark one alike: every pair of series colours differs by CIEDE2000
//! ΔE₀₀ ≥ [`MIN_DELTA_E`] in normal vision and under simulated deuteranopia, protanopia and
//! tritanopia (Machado, Oliveira & Fernandes 2009, severity 1, applied in linear RGB); no two
//! are a light and a dark shade of one hue ([`MIN_HUE_APART`]); and every series line stands
//! out from its theme's page and plot at 3:1 (WCAG 2, non-text contrast).

use egui::Color32;

use super::scheme::{DARK, LIGHT, Scheme};
use super::{SERIES_DARK, SERIES_LIGHT, comfort_outline};

/// The smallest colour difference between two series: clearly different at a glance
/// (ΔE₀₀ ≈ 2 is just noticeable; 10 and more reads as another colour).
const MIN_DELTA_E: f64 = 15.0;

/// The smallest difference in hue (CIE LCh, degrees) between two series in normal vision:
/// a dark blue and a sky blue differ enough in lightness to pass ΔE₀₀, yet read as one
/// colour on a dark plot.
const MIN_HUE_APART: f64 = 30.0;

/// The contrast a series line needs against the page and the plot behind it.
const MIN_LINE_CONTRAST: f32 = 3.0;

type Matrix = [[f64; 3]; 3];

const DEUTERANOPIA: Matrix = [
    [0.367_322, 0.860_646, -0.227_968],
    [0.280_085, 0.672_501, 0.047_413],
    [-0.011_820, 0.042_940, 0.968_881],
];
const PROTANOPIA: Matrix = [
    [0.152_286, 1.052_583, -0.204_868],
    [0.114_503, 0.786_281, 0.099_216],
    [-0.003_882, -0.048_116, 1.051_998],
];
const TRITANOPIA: Matrix = [
    [1.255_528, -0.076_749, -0.178_779],
    [-0.078_411, 0.930_809, 0.147_602],
    [0.004_733, 0.691_367, 0.303_900],
];

fn linear(c: Color32) -> [f64; 3] {
    let f = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    [f(c.r()), f(c.g()), f(c.b())]
}

fn simulate(rgb: [f64; 3], m: &Matrix) -> [f64; 3] {
    let row = |r: &[f64; 3]| (r[0] * rgb[0] + r[1] * rgb[1] + r[2] * rgb[2]).clamp(0.0, 1.0);
    [row(&m[0]), row(&m[1]), row(&m[2])]
}

/// CIE L*a*b* (D65) of a linear sRGB colour.
fn lab(rgb: [f64; 3]) -> [f64; 3] {
    let [r, g, b] = rgb;
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIEDE2000 (Sharma, Wu & Dalal 2005).
fn delta_e_2000(p: [f64; 3], q: [f64; 3]) -> f64 {
    let [l1, a1, b1] = p;
    let [l2, a2, b2] = q;
    let c_bar = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
    let pow7 = |v: f64| v.powi(7);
    let g = 0.5 * (1.0 - (pow7(c_bar) / (pow7(c_bar) + pow7(25.0))).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, a: f64| {
        if a == 0.0 && b == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1, h2) = (hue(b1, a1p), hue(b2, a2p));
    let dl = l2 - l1;
    let dc = c2p - c1p;
    let both = c1p * c2p != 0.0;
    let mut dh = h2 - h1;
    if dh > 180.0 {
        dh -= 360.0;
    } else if dh < -180.0 {
        dh += 360.0;
    }
    if !both {
        dh = 0.0;
    }
    let d_big_h = 2.0 * (c1p * c2p).sqrt() * (dh / 2.0).to_radians().sin();
    let l_bar = (l1 + l2) / 2.0;
    let cp_bar = (c1p + c2p) / 2.0;
    let h_bar = if !both {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let cos = |deg: f64| deg.to_radians().cos();
    let t =
        1.0 - 0.17 * cos(h_bar - 30.0) + 0.24 * cos(2.0 * h_bar) + 0.32 * cos(3.0 * h_bar + 6.0)
            - 0.20 * cos(4.0 * h_bar - 63.0);
    let d_theta = 30.0 * (-((h_bar - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (pow7(cp_bar) / (pow7(cp_bar) + pow7(25.0))).sqrt();
    let s_l = 1.0 + 0.015 * (l_bar - 50.0).powi(2) / (20.0 + (l_bar - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * cp_bar;
    let s_h = 1.0 + 0.015 * cp_bar * t;
    let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
    let (x, y, z) = (dl / s_l, dc / s_c, d_big_h / s_h);
    (x * x + y * y + z * z + r_t * y * z).sqrt()
}

/// The smallest difference between any two of `colours` as seen through `vision`.
fn closest_pair(colours: &[Color32], vision: Option<&Matrix>) -> (f64, usize, usize) {
    let seen: Vec<[f64; 3]> = colours
        .iter()
        .map(|c| {
            let rgb = linear(*c);
            lab(vision.map_or(rgb, |m| simulate(rgb, m)))
        })
        .collect();
    let mut worst = (f64::INFINITY, 0, 0);
    for i in 0..seen.len() {
        for j in i + 1..seen.len() {
            let d = delta_e_2000(seen[i], seen[j]);
            if d < worst.0 {
                worst = (d, i, j);
            }
        }
    }
    worst
}

#[test]
fn ciede2000_matches_the_published_test_data() {
    // Pairs 1 and 3 of Sharma, Wu & Dalal's table.
    let d1 = delta_e_2000([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485]);
    let d3 = delta_e_2000([50.0, 2.8361, -74.0200], [50.0, 0.0, -82.7485]);
    assert!((d1 - 2.0425).abs() < 1e-3, "{d1}");
    assert!((d3 - 3.4412).abs() < 1e-3, "{d3}");
    // White through the simulation stays white.
    let white = simulate([1.0, 1.0, 1.0], &DEUTERANOPIA);
    assert!(white.iter().all(|v| (v - 1.0).abs() < 0.01), "{white:?}");
}

/// The hue angle (CIE LCh, degrees) of a colour in normal vision.
fn hue(c: Color32) -> f64 {
    let [_, a, b] = lab(linear(c));
    b.atan2(a).to_degrees().rem_euclid(360.0)
}

/// What is wrong with `palette` as the series colours on `scheme`; empty when nothing is.
fn palette_problems(palette: &[Color32], scheme: &Scheme) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, vision) in [
        ("normal vision", None),
        ("deuteranopia", Some(&DEUTERANOPIA)),
        ("protanopia", Some(&PROTANOPIA)),
        ("tritanopia", Some(&TRITANOPIA)),
    ] {
        let (d, i, j) = closest_pair(palette, vision);
        if d < MIN_DELTA_E {
            problems.push(format!(
                "{name}: series {i} and {j} differ by only ΔE00 {d:.1}"
            ));
        }
    }
    for i in 0..palette.len() {
        for j in i + 1..palette.len() {
            let apart = (hue(palette[i]) - hue(palette[j])).abs();
            let apart = apart.min(360.0 - apart);
            if apart < MIN_HUE_APART {
                problems.push(format!("series {i} and {j}: hues only {apart:.0}° apart"));
            }
        }
    }
    for (i, c) in palette.iter().enumerate() {
        for (surface, behind) in [("page", scheme.page), ("plot", scheme.field)] {
            let r = super::ratio(*c, behind);
            if r < MIN_LINE_CONTRAST {
                problems.push(format!("series {i} on the {surface}: {r:.2}:1"));
            }
        }
    }
    // The comfort outline is not mistaken for a series either.
    let mut all = palette.to_vec();
    all.push(comfort_outline());
    if closest_pair(&all, None).0 < MIN_DELTA_E / 2.0 {
        problems.push("a series looks like the comfort outline".to_owned());
    }
    problems
}

#[test]
fn series_colours_stay_apart_on_the_light_and_the_dark_theme() {
    for (theme, palette, scheme) in [
        ("light", &SERIES_LIGHT, &LIGHT),
        ("dark", &SERIES_DARK, &DARK),
    ] {
        let problems = palette_problems(palette, scheme);
        assert!(problems.is_empty(), "{theme}: {problems:#?}");
    }
}

#[test]
fn the_check_rejects_two_shades_of_blue_on_a_dark_plot() {
    // The palette both themes had before: a dark blue and a sky blue for the first and third
    // series (engaged and activist), and an orange too light for the light page.
    let rgb = |r, g, b| Color32::from_rgb(r, g, b);
    let before = [
        rgb(0x00, 0x72, 0xb2),
        rgb(0xe6, 0x9f, 0x00),
        rgb(0x33, 0xbb, 0xee),
    ];
    let dark = palette_problems(&before, &DARK);
    assert!(
        dark.iter().any(|p| p.starts_with("series 0 and 2: hues")),
        "{dark:?}"
    );
    let light = palette_problems(&before, &LIGHT);
    assert!(light.iter().any(|p| p.contains("on the page")), "{light:?}");
}

#[test]
fn the_check_rejects_near_identical_hues() {
    // What the history drew before: ten mixes of a few board colours.
    let rgb = |r, g, b| Color32::from_rgb(r, g, b);
    let close = [rgb(0x3b, 0x6e, 0xa8), rgb(0x4c, 0x8c, 0xc9)];
    assert!(closest_pair(&close, Some(&DEUTERANOPIA)).0 < MIN_DELTA_E);
}
