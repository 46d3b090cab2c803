//! Where things go in the boards figure, as plain geometry so a test can check it: the fields
//! of a board's poles side by side, and the position dot with its label inside one field.

use egui::{Pos2, Rect, Vec2, vec2};

/// The room between a field's edge and what is drawn inside it.
pub const PAD: f32 = 6.0;
/// The radius of the position dot.
pub const DOT_RADIUS: f32 = 7.0;
/// The gap between the dot and its label.
pub const LABEL_GAP: f32 = 3.0;
/// The gap between two fields.
pub const FIELD_GAP: f32 = 4.0;

/// The fields of `poles` poles, side by side across `bar`.
pub fn fields(bar: Rect, poles: usize) -> Vec<Rect> {
    let n = poles.max(1);
    let w = bar.width() / n as f32;
    (0..n)
        .map(|i| {
            Rect::from_min_size(
                Pos2::new(bar.left() + i as f32 * w, bar.top()),
                vec2(w, bar.height()),
            )
            .shrink2(vec2(FIELD_GAP / 2.0, 0.0))
        })
        .collect()
}

/// The position dot and its label, placed inside one field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker {
    /// Which field (pole index) the dot is in: the pole the position is nearest to.
    pub field: usize,
    /// The dot's centre.
    pub dot: Pos2,
    /// Where the label goes; as wide as the field allows.
    pub label: Rect,
}

/// How wide a label may be inside a field of `field_width`.
pub fn label_width(field_width: f32) -> f32 {
    (field_width - 2.0 * PAD).max(1.0)
}

/// Places the dot of a position (0 at the first pole, 1 at the last) inside the field of the
/// pole it is nearest to: at that field's centre when the position sits exactly on the pole,
/// towards its edge as the position moves towards the next pole, but never on the border.
/// The label (`label_size`, already wrapped to [`label_width`]) sits under the dot, centred on
/// it and pushed back inside the field where it would stick out. The dot's lane is at the
/// bottom of each field: `label_size.y + LABEL_GAP + 2 × DOT_RADIUS + PAD` high.
pub fn place_marker(fields: &[Rect], position: f32, label_size: Vec2) -> Option<Marker> {
    let last = fields.len().checked_sub(1)?;
    let p = if position.is_finite() {
        position.clamp(0.0, 1.0)
    } else {
        0.5
    };
    let continuous = p * last as f32;
    // The same rounding as `BoardPosition::nearest_pole`, so the dot and the reading agree.
    let field = (continuous.round() as usize).min(last);
    let offset = continuous - field as f32; // −0.5 ..= 0.5
    let rect = *fields.get(field)?;
    let inner_left = rect.left() + PAD + DOT_RADIUS;
    let inner_right = rect.right() - PAD - DOT_RADIUS;
    let span = (inner_right - inner_left).max(0.0);
    // The outer fifth of the way to the field's edge stays free, so the dot never looks as
    // if it sat on the border, even halfway between two poles.
    let x = rect.center().x + offset * span * 0.8;
    let bottom = rect.bottom() - PAD;
    let label_top = bottom - label_size.y;
    let y = label_top - LABEL_GAP - DOT_RADIUS;
    let width = label_size.x.min(label_width(rect.width()));
    let left = (x - width / 2.0)
        .max(rect.left() + PAD)
        .min(rect.right() - PAD - width);
    let label = Rect::from_min_size(Pos2::new(left, label_top), vec2(width, label_size.y));
    Some(Marker {
        field,
        dot: Pos2::new(x, y),
        label,
    })
}

/// The height the dot's lane needs at the bottom of a field.
pub fn lane_height(label_height: f32) -> f32 {
    PAD + label_height + LABEL_GAP + 2.0 * DOT_RADIUS + PAD
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strictly_inside(outer: Rect, p: Pos2, radius: f32) -> bool {
        p.x - radius > outer.left()
            && p.x + radius < outer.right()
            && p.y - radius > outer.top()
            && p.y + radius < outer.bottom()
    }

    #[test]
    fn a_dot_at_0_50_and_100_lies_inside_its_field_and_its_label_inside_the_figure() {
        let figure = Rect::from_min_size(Pos2::new(10.0, 20.0), vec2(420.0, 90.0));
        let bar = Rect::from_min_max(Pos2::new(180.0, 20.0), figure.max);
        for poles in [2, 3] {
            let fields = fields(bar, poles);
            // A short label, and one wider than any field (it is clamped to the field).
            for label in [vec2(60.0, 14.0), vec2(400.0, 30.0)] {
                for position in [0.0, 0.5, 1.0] {
                    let m = place_marker(&fields, position, label).expect("placed");
                    let field = fields[m.field];
                    assert!(
                        strictly_inside(field, m.dot, DOT_RADIUS),
                        "{poles} poles, position {position}: dot {:?} in {field:?}",
                        m.dot
                    );
                    assert!(
                        field.contains_rect(m.label),
                        "label {:?} in {field:?}",
                        m.label
                    );
                    assert!(figure.contains_rect(m.label));
                    // Never over the next pole.
                    for (i, other) in fields.iter().enumerate() {
                        if i != m.field {
                            assert!(!other.intersects(m.label), "label over pole {i}");
                        }
                    }
                    assert!(m.label.top() > m.dot.y + DOT_RADIUS, "label under the dot");
                }
            }
        }
    }

    #[test]
    fn the_dot_is_in_the_field_of_the_nearest_pole_and_moves_with_the_position() {
        let bar = Rect::from_min_size(Pos2::ZERO, vec2(300.0, 80.0));
        let three = fields(bar, 3);
        let at = |p: f32| place_marker(&three, p, vec2(40.0, 12.0)).expect("placed");
        assert_eq!(at(0.0).field, 0);
        assert_eq!(at(0.5).field, 1);
        assert_eq!(at(1.0).field, 2);
        assert!(
            (at(0.5).dot.x - three[1].center().x).abs() < 1e-3,
            "on the pole: centred"
        );
        assert!(at(0.6).dot.x > at(0.5).dot.x, "towards the next pole");
        assert!((at(f32::NAN).dot.x - three[1].center().x).abs() < 1e-3);
        let two = fields(bar, 2);
        // Halfway on a two-pole board: inside the second field, not on the border.
        let m = place_marker(&two, 0.5, vec2(40.0, 12.0)).expect("placed");
        assert_eq!(m.field, 1);
        assert!(m.dot.x - DOT_RADIUS > two[1].left());
        assert!(place_marker(&[], 0.5, vec2(1.0, 1.0)).is_none());
    }
}
