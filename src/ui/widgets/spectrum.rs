//! The stance spectrum: a line from engaged via entrepreneurial to activist with the user's
//! position, each stance clickable, and the mix of the three as a stacked bar.

use egui::{Align2, Color32, FontId, Mesh, Pos2, Rect, Role, Sense, Stroke, Ui, WidgetInfo, vec2};

use super::super::theme;
use crate::assessment::StanceMix;
use crate::content::{Content, Lang, Stance};

const BAR_HEIGHT: f32 = 18.0;

/// Draws the spectrum; returns the stance that was clicked.
pub fn ui(
    ui: &mut Ui,
    content: &Content,
    mix: Option<&StanceMix>,
    lang: Lang,
    selected: Option<Stance>,
    marker_label: &str,
) -> Option<Stance> {
    let width = ui.available_width().min(900.0);
    let (outer, _) = ui.allocate_exact_size(vec2(width, 96.0), Sense::hover());
    let bar = Rect::from_min_size(outer.min + vec2(0.0, 26.0), vec2(width, BAR_HEIGHT));
    paint_gradient(ui, bar);
    let mut clicked = None;
    let third = width / 3.0;
    for (i, stance) in Stance::ALL.into_iter().enumerate() {
        let rect = Rect::from_min_size(
            Pos2::new(outer.left() + i as f32 * third, bar.bottom() + 4.0),
            vec2(third, 40.0),
        )
        .shrink(2.0);
        let name = content.stance(stance).name.get(lang);
        let response = ui.interact(rect, ui.scope_id().with(("stance", i)), Sense::click());
        response.widget_info(|| {
            WidgetInfo::selected(Role::Button, true, selected == Some(stance), name)
        });
        let active = response.hovered() || response.has_focus() || selected == Some(stance);
        let painter = ui.painter();
        if active {
            painter.rect_stroke(
                rect,
                6.0,
                Stroke::new(2.0, theme::stance(stance)),
                egui::StrokeKind::Inside,
            );
        }
        let align = [
            Align2::LEFT_CENTER,
            Align2::CENTER_CENTER,
            Align2::RIGHT_CENTER,
        ][i];
        let x = [rect.left() + 8.0, rect.center().x, rect.right() - 8.0][i];
        painter.text(
            Pos2::new(x, rect.center().y),
            align,
            name,
            FontId::proportional(15.0),
            ui.visuals().strong_text_color(),
        );
        if response.clicked() {
            clicked = Some(stance);
        }
    }
    if let Some(mix) = mix {
        let x = bar.left() + mix.position.clamp(0.0, 1.0) * bar.width();
        let ink = ui.visuals().strong_text_color();
        let painter = ui.painter();
        painter.circle(
            Pos2::new(x, bar.center().y),
            11.0,
            ink,
            Stroke::new(3.0, ui.visuals().extreme_bg_color),
        );
        let align = if mix.position > 0.8 {
            Align2::RIGHT_BOTTOM
        } else {
            Align2::LEFT_BOTTOM
        };
        painter.text(
            Pos2::new(x, bar.top() - 6.0),
            align,
            marker_label,
            FontId::proportional(12.0),
            ink,
        );
    }
    clicked
}

fn paint_gradient(ui: &Ui, bar: Rect) {
    let mut mesh = Mesh::default();
    let stops = [
        (0.0, theme::stance(Stance::Engaged)),
        (0.5, theme::stance(Stance::Entrepreneurial)),
        (1.0, theme::stance(Stance::Activist)),
    ];
    for pair in stops.windows(2) {
        let [(t0, c0), (t1, c1)] = [pair[0], pair[1]];
        let x0 = bar.left() + t0 * bar.width();
        let x1 = bar.left() + t1 * bar.width();
        let base = mesh.vertices.len() as u32;
        mesh.colored_vertex(Pos2::new(x0, bar.top()), c0);
        mesh.colored_vertex(Pos2::new(x1, bar.top()), c1);
        mesh.colored_vertex(Pos2::new(x1, bar.bottom()), c1);
        mesh.colored_vertex(Pos2::new(x0, bar.bottom()), c0);
        mesh.add_triangle(base, base + 1, base + 2);
        mesh.add_triangle(base, base + 2, base + 3);
    }
    ui.painter().add(mesh);
}

/// The three shares as one stacked bar with percentages.
pub fn shares_ui(ui: &mut Ui, mix: &StanceMix) {
    let width = ui.available_width().min(900.0);
    let (rect, _) = ui.allocate_exact_size(vec2(width, 24.0), Sense::hover());
    let mut x = rect.left();
    for stance in Stance::ALL {
        let share = mix.shares[stance as usize].clamp(0.0, 1.0);
        let w = share * rect.width();
        let seg = Rect::from_min_size(Pos2::new(x, rect.top()), vec2(w, rect.height()));
        let fill = theme::stance(stance);
        ui.painter().rect_filled(seg, 0.0, fill);
        if w > 40.0 {
            let pct = format!("{:.0}%", share * 100.0);
            ui.painter().text(
                seg.center(),
                Align2::CENTER_CENTER,
                pct,
                FontId::proportional(13.0),
                theme::on(fill),
            );
        }
        x += w;
    }
    ui.painter().rect_stroke(
        rect,
        0.0,
        Stroke::new(1.0, Color32::from_gray(120)),
        egui::StrokeKind::Inside,
    );
}
