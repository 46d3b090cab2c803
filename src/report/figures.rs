//! The profile's two figures as vector drawings: the three stances side by side (score, band,
//! middle), and the three boards with their poles (each pole's score and band, the position
//! between the poles, the comfort zone outlined). The print colours follow the app's theme.

use super::draw::{Op, Rgb};
use super::fonts::Face;
use super::layout::{Flow, INK, MARGIN, MUTED, SMALL, WIDTH};
use super::words::W;
use crate::assessment::{Dimension, Profile};
use crate::content::{Board, Content, Lang, Pole, Stance};

const AXIS: Rgb = (0x78, 0x78, 0x78);
const TRACK: Rgb = (0xf2, 0xf2, 0xf2);
const WHITE: Rgb = (0xff, 0xff, 0xff);

/// A stance's colour (as in the app).
pub(super) fn stance_colour(s: Stance) -> Rgb {
    match s {
        Stance::Engaged => (0x4c, 0x8c, 0xc9),
        Stance::Entrepreneurial => (0x8e, 0x6c, 0xc2),
        Stance::Activist => (0xd0, 0x5a, 0x6e),
    }
}

/// A board's accent (as in the app).
pub(super) fn board_colour(b: Board) -> Rgb {
    match b {
        Board::Political => (0x3b, 0x6e, 0xa8),
        Board::Organisational => (0x2e, 0x8b, 0x6f),
        Board::Societal => (0xb0, 0x6a, 0x2c),
    }
}

/// Linear mix, `t` from 0 (a) to 1 (b).
fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    let m = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    (m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

/// A pole's field: its board's colour on paper, deeper towards the confronting pole.
fn pole_fill(p: Pole) -> Rgb {
    let poles = p.board().poles();
    let i = poles.iter().position(|x| *x == p).unwrap_or(0);
    let depth = 0.12 + 0.18 * i as f32 / (poles.len().max(2) - 1) as f32;
    mix(WHITE, board_colour(p.board()), depth)
}

fn text(flow: &mut Flow<'_>, x: f32, y: f32, size: f32, colour: Rgb, s: &str) {
    flow.push(Op::Text {
        x,
        y,
        size,
        face: Face::Text,
        colour,
        text: s.to_owned(),
    });
}

/// A 0–100 scale in `[x, y, w, h]` with the middle ticked, the band shaded and the score
/// as a dot; nothing but the track without a score.
fn scale(flow: &mut Flow<'_>, at: [f32; 4], colour: Rgb, score: Option<(f32, f32)>) {
    let [x, y, w, h] = at;
    flow.push(Op::Rect {
        at,
        fill: Some(TRACK),
        stroke: Some((AXIS, 0.5)),
    });
    let x_of = |v: f32| x + v.clamp(0.0, 100.0) / 100.0 * w;
    if let Some((v, se)) = score {
        let (lo, hi) = (x_of(v - se), x_of(v + se));
        flow.push(Op::Rect {
            at: [lo, y, hi - lo, h],
            fill: Some(mix(WHITE, colour, 0.45)),
            stroke: None,
        });
    }
    flow.push(Op::Line {
        at: [x_of(50.0), y - 2.5, x_of(50.0), y + h + 2.5],
        stroke: (MUTED, 0.75),
    });
    if let Some((v, _)) = score {
        flow.push(Op::Circle {
            at: [x_of(v), y + h / 2.0, h * 0.42],
            fill: Some(colour),
            stroke: Some((WHITE, 1.0)),
        });
    }
}

/// The three stances side by side.
pub(super) fn stances(flow: &mut Flow<'_>, profile: &Profile, content: &Content, lang: Lang) {
    const HEIGHT: f32 = 62.0;
    flow.ensure(HEIGHT);
    let top = flow.y;
    let column = WIDTH / 3.0;
    for (i, s) in Stance::ALL.into_iter().enumerate() {
        let x = MARGIN + i as f32 * column;
        let w = column - 18.0;
        text(
            flow,
            x,
            top + 11.0,
            11.0,
            INK,
            content.stance(s).name.get(lang),
        );
        let score = profile.score_band(Dimension::Stance(s));
        scale(flow, [x, top + 20.0, w, 12.0], stance_colour(s), score);
        text(flow, x - 2.0, top + 44.0, SMALL - 1.0, MUTED, "0");
        text(
            flow,
            x + w / 2.0 - 4.0,
            top + 44.0,
            SMALL - 1.0,
            MUTED,
            "50",
        );
        text(flow, x + w - 10.0, top + 44.0, SMALL - 1.0, MUTED, "100");
        let label = match score {
            Some((v, se)) => format!("{v:.0} ± {se:.0}"),
            None => W::NoPosition.get(lang).to_owned(),
        };
        text(flow, x, top + 57.0, 10.0, INK, &label);
    }
    flow.y = top + HEIGHT + 6.0;
}

/// The three boards, a row each.
pub(super) fn boards(flow: &mut Flow<'_>, profile: &Profile, content: &Content, lang: Lang) {
    const ROW: f32 = 74.0;
    const LABEL: f32 = 112.0;
    for board in Board::ALL {
        flow.ensure(ROW);
        let top = flow.y;
        let accent = board_colour(board);
        flow.push(Op::Rect {
            at: [MARGIN, top, 4.0, 50.0],
            fill: Some(accent),
            stroke: None,
        });
        let name = content.board(board).name.get(lang);
        let style = super::layout::Style {
            size: 10.0,
            ..super::layout::Style::BODY
        };
        for (n, line) in flow.wrap(name, style, LABEL - 16.0).iter().enumerate() {
            text(
                flow,
                MARGIN + 10.0,
                top + 14.0 + n as f32 * 13.0,
                10.0,
                INK,
                line,
            );
        }
        let left = MARGIN + LABEL;
        let width = WIDTH - LABEL;
        let poles = board.poles();
        let field = width / poles.len() as f32;
        for (i, &pole) in poles.iter().enumerate() {
            pole_field(
                flow,
                [left + i as f32 * field, top, field, 50.0],
                pole,
                profile,
                content,
                lang,
            );
        }
        // The position between the poles, on a line under the fields.
        let line_y = top + 60.0;
        flow.push(Op::Line {
            at: [
                left + field / 2.0,
                line_y,
                left + width - field / 2.0,
                line_y,
            ],
            stroke: (AXIS, 0.75),
        });
        match profile.board(board).position {
            Some(p) => {
                let x = left + marker_fraction(p, poles.len()) * width;
                flow.push(Op::Circle {
                    at: [x, line_y, 4.5],
                    fill: Some(INK),
                    stroke: Some((WHITE, 1.2)),
                });
                let label = W::YourPosition.get(lang);
                let w = flow.fonts.width(Face::Text, label, SMALL);
                // The label sits right of the dot, or left of it near the right edge.
                let lx = if x + 8.0 + w > left + width {
                    x - 8.0 - w
                } else {
                    x + 8.0
                };
                text(flow, lx, line_y + 11.0, SMALL, INK, label);
            }
            None => text(
                flow,
                left + field / 2.0,
                line_y + 11.0,
                SMALL,
                MUTED,
                W::NoPosition.get(lang),
            ),
        }
        flow.y = top + ROW;
    }
    // The legend: what the marks mean, clear of the last row's position label.
    let y = flow.y + 14.0;
    flow.push(Op::Rect {
        at: [MARGIN, y - 7.0, 14.0, 9.0],
        fill: None,
        stroke: Some((INK, 2.0)),
    });
    text(
        flow,
        MARGIN + 20.0,
        y,
        SMALL,
        INK,
        W::LegendComfort.get(lang),
    );
    flow.push(Op::Circle {
        at: [MARGIN + 190.0, y - 3.0, 4.0],
        fill: Some(INK),
        stroke: None,
    });
    text(
        flow,
        MARGIN + 198.0,
        y,
        SMALL,
        INK,
        W::YourPosition.get(lang),
    );
    flow.push(Op::Rect {
        at: [MARGIN + 270.0, y - 7.0, 14.0, 9.0],
        fill: Some(mix(WHITE, AXIS, 0.45)),
        stroke: None,
    });
    text(flow, MARGIN + 290.0, y, SMALL, INK, W::LegendBand.get(lang));
    flow.y = y + 12.0;
}

/// One pole's field: its name, its score and band, outlined when in the comfort zone.
fn pole_field(
    flow: &mut Flow<'_>,
    at: [f32; 4],
    pole: Pole,
    profile: &Profile,
    content: &Content,
    lang: Lang,
) {
    let [x, y, w, h] = at;
    let (x, w) = (x + 2.0, w - 4.0);
    let comfort = profile.comfort_zone.contains(&pole);
    flow.push(Op::Rect {
        at: [x, y, w, h],
        fill: Some(pole_fill(pole)),
        stroke: Some(if comfort {
            (board_colour(pole.board()), 2.5)
        } else {
            ((0xc8, 0xc8, 0xc8), 0.5)
        }),
    });
    let style = super::layout::Style {
        size: SMALL,
        ..super::layout::Style::BODY
    };
    let name = content.pole(pole).name.get(lang);
    let line = flow
        .wrap(name, style, w - 8.0)
        .into_iter()
        .next()
        .unwrap_or_default();
    let tw = flow.fonts.width(Face::Text, &line, SMALL);
    text(flow, x + (w - tw) / 2.0, y + 12.0, SMALL, INK, &line);
    let score = profile.score_band(Dimension::Pole(pole));
    scale(
        flow,
        [x + 8.0, y + 20.0, w - 16.0, 7.0],
        board_colour(pole.board()),
        score,
    );
    let label = score.map_or_else(|| "–".to_owned(), |(v, se)| format!("{v:.0} ± {se:.0}"));
    let lw = flow.fonts.width(Face::Text, &label, SMALL);
    text(flow, x + (w - lw) / 2.0, y + 42.0, SMALL, INK, &label);
}

/// Where a position between a board's poles falls, as a fraction of the row: the first
/// pole's field centre at 0, the last one's at 1 (as in the app's figure).
fn marker_fraction(position: f32, poles: usize) -> f32 {
    let n = poles.max(1) as f32;
    let p = if position.is_finite() {
        position.clamp(0.0, 1.0)
    } else {
        0.5
    };
    (0.5 + p * (n - 1.0)) / n
}
