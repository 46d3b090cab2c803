//! The repertoire map: every tactic as a cell in its pole's column, shaded by how often it was
//! linked to a dilemma, with its ethics zone as a coloured stripe and a short word; the poles
//! of the comfort zone outlined. A legend under it and a text alternative say the same in words.

use std::collections::BTreeMap;

use egui::{Align2, Color32, FontId, Pos2, Rect, Role, Sense, Stroke, Ui, WidgetInfo, vec2};

use super::super::theme;
use super::legend::{self, Swatch};
use crate::content::{Board, Content, EthicsZone, Lang, Pole, Tactic};
use crate::ui::i18n::{S, fill};
use crate::ui::screens::tactics::zone_label;

/// Below this width per column the map goes onto two lines.
const MIN_COLUMN: f32 = 90.0;
const STRIPE: f32 = 5.0;

/// The short word for an ethics zone, shown in a map cell beside its colour.
pub fn zone_short(z: EthicsZone) -> S {
    match z {
        EthicsZone::Fits => S::FigZoneFitsShort,
        EthicsZone::Stretches => S::FigZoneStretchesShort,
        EthicsZone::Outside => S::FigZoneOutsideShort,
    }
}

/// The map in words: how many tactics were linked, per pole the linked ones with their
/// counts, and the comfort zone.
pub fn describe(
    content: &Content,
    counts: &BTreeMap<String, usize>,
    comfort: &[Pole],
    lang: Lang,
) -> String {
    let linked = content
        .tactics()
        .iter()
        .filter(|t| counts.get(&t.id).copied().unwrap_or(0) > 0)
        .count();
    let mut parts = vec![fill(
        S::FigHeatAlt.get(lang),
        &[&linked.to_string(), &content.tactics().len().to_string()],
    )];
    for pole in Pole::ALL {
        let used: Vec<String> = content
            .tactics_of(pole)
            .filter_map(|t| {
                let n = counts.get(&t.id).copied().filter(|n| *n > 0)?;
                Some(format!("{} {n}×", t.name.get(lang)))
            })
            .collect();
        if !used.is_empty() {
            parts.push(format!(
                "{}: {}.",
                content.pole(pole).name.get(lang),
                used.join(", ")
            ));
        }
    }
    if !comfort.is_empty() {
        let names: Vec<&str> = comfort
            .iter()
            .map(|p| content.pole(*p).name.get(lang))
            .collect();
        parts.push(fill(S::FigAltComfort.get(lang), &[&names.join(", ")]));
    }
    parts.join(" ")
}

/// The poles on each line of the map at `width` points, when the widest word of a pole's name
/// takes `widest_word` points: the first arrangement whose columns are at least
/// [`MIN_COLUMN`] wide and hold that word (seven in a row; three over four; a board a line).
fn arrangement(width: f32, widest_word: f32) -> Vec<Vec<Pole>> {
    let all = vec![Pole::ALL.to_vec()];
    let two = vec![
        Board::Political.poles().to_vec(),
        [Board::Organisational.poles(), Board::Societal.poles()].concat(),
    ];
    let three: Vec<Vec<Pole>> = Board::ALL.iter().map(|b| b.poles().to_vec()).collect();
    let fits = |lines: &Vec<Vec<Pole>>| {
        let per_line = lines.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32;
        let col_w = width / per_line;
        col_w >= MIN_COLUMN && col_w - HEADER_INSET >= widest_word
    };
    [all, two].into_iter().find(fits).unwrap_or(three)
}

/// The colour of a pole's name over its column: its board's colour, made readable on the page
/// (the political blue is too dim on the dark page as it is).
fn header_colour(board: Board, visuals: &egui::Visuals) -> Color32 {
    theme::readable(theme::board(board), visuals.panel_fill)
}

/// A column's width less what its header's text may use.
const HEADER_INSET: f32 = 8.0;

/// The map's measures at the current width and text size.
struct Grid {
    /// The poles on each line: all seven, or the political board over the other two.
    lines: Vec<Vec<Pole>>,
    col_w: f32,
    word_w: f32,
    header_h: f32,
    cell_h: f32,
    line_h: f32,
}

/// The tallest of `texts` laid out in small print at `width`.
fn tallest<'a>(ui: &Ui, texts: impl Iterator<Item = &'a str>, width: f32) -> f32 {
    texts
        .map(|t| {
            ui.painter()
                .layout(
                    t.to_owned(),
                    FontId::proportional(theme::TEXT_SMALL),
                    Color32::PLACEHOLDER,
                    width,
                )
                .size()
                .y
        })
        .fold(0.0, f32::max)
}

fn grid(ui: &Ui, content: &Content, lang: Lang, width: f32) -> Grid {
    // Seven columns side by side while they are wide enough; otherwise the political board on
    // one line and the other two boards under it; and where a pole's name would still break
    // inside a word, each board on a line of its own.
    let widest_word = super::measure::widest_word(
        ui,
        Pole::ALL.iter().map(|p| content.pole(*p).name.get(lang)),
        theme::TEXT_SMALL,
    );
    let lines = arrangement(width, widest_word);
    let per_line = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let col_w = width / per_line as f32;
    let word_w = col_w - 6.0 - STRIPE - 6.0;
    let words = EthicsZone::ALL.iter().map(|z| zone_short(*z).get(lang));
    let word_h = tallest(ui, words, word_w);
    let names = Pole::ALL.iter().map(|p| content.pole(*p).name.get(lang));
    let header_h = tallest(ui, names, col_w - HEADER_INSET) + 8.0;
    let cell_h = ui.text_style_height(&egui::TextStyle::Body) + word_h + 10.0;
    let rows = Pole::ALL
        .iter()
        .map(|p| content.tactics_of(*p).count())
        .max()
        .unwrap_or(0) as f32;
    Grid {
        lines,
        col_w,
        word_w,
        header_h,
        cell_h,
        line_h: header_h + rows * cell_h + 8.0,
    }
}

/// Draws the map and its legend; returns the id of a clicked tactic.
pub fn ui(
    ui: &mut Ui,
    content: &Content,
    counts: &BTreeMap<String, usize>,
    comfort: &[Pole],
    lang: Lang,
    times: &str,
) -> Option<String> {
    let width = ui.available_width().min(900.0);
    let g = grid(ui, content, lang, width);
    let (outer, response) =
        ui.allocate_exact_size(vec2(width, g.line_h * g.lines.len() as f32), Sense::hover());
    let described = describe(content, counts, comfort, lang);
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &described));
    let max = counts.values().copied().max().unwrap_or(0);
    let mut clicked = None;
    let places = g
        .lines
        .iter()
        .enumerate()
        .flat_map(|(line, poles)| poles.iter().enumerate().map(move |(c, p)| (line, c, *p)));
    for (line, c, pole) in places {
        let left = outer.left() + c as f32 * g.col_w;
        let top = outer.top() + line as f32 * g.line_h;
        let column = Rect::from_min_size(Pos2::new(left, top), vec2(g.col_w, g.line_h))
            .shrink2(vec2(3.0, 0.0));
        let accent = header_colour(pole.board(), ui.visuals());
        let header = ui.painter().layout(
            content.pole(pole).name.get(lang).to_owned(),
            FontId::proportional(theme::TEXT_SMALL),
            accent,
            g.col_w - HEADER_INSET,
        );
        ui.painter()
            .galley(Pos2::new(column.left() + 2.0, column.top()), header, accent);
        for (r, t) in content.tactics_of(pole).enumerate() {
            let top = column.top() + g.header_h + r as f32 * g.cell_h;
            let cell = Rect::from_min_size(
                Pos2::new(column.left(), top),
                vec2(column.width(), g.cell_h),
            )
            .shrink(2.0);
            let n = counts.get(&t.id).copied().unwrap_or(0);
            if cell_ui(ui, cell, t, n, shade(n, max), lang, times, g.word_w) {
                clicked = Some(t.id.clone());
            }
        }
        if comfort.contains(&pole) {
            let frame = Rect::from_min_max(
                Pos2::new(column.left() - 2.0, column.top() + g.header_h - 4.0),
                Pos2::new(column.right() + 2.0, column.bottom() - 2.0),
            );
            ui.painter().rect_stroke(
                frame,
                6.0,
                Stroke::new(theme::STROKE_STRONG, theme::comfort_outline()),
                egui::StrokeKind::Outside,
            );
        }
    }
    let entries = legend_entries(ui.visuals(), lang, !comfort.is_empty());
    legend::entries(ui, S::FigLegend.get(lang), &entries);
    clicked
}

/// How deep a cell linked `n` times is shaded when the most linked one has `max`: from a
/// tint of its board's colour at none to the full colour at the most.
pub fn shade(n: usize, max: usize) -> f32 {
    0.12 + 0.88 * n as f32 / max.max(1) as f32
}

/// A cell's fill at `shade` in the colour of `board`.
fn cell_fill(visuals: &egui::Visuals, board: Board, shade: f32) -> Color32 {
    theme::mix(visuals.extreme_bg_color, theme::board(board), shade)
}

/// One tactic's cell: shaded by `shade`, the zone's stripe and word, the count; returns
/// whether it was clicked.
#[expect(
    clippy::too_many_arguments,
    reason = "one cell's inputs, measured once per map"
)]
fn cell_ui(
    ui: &mut Ui,
    cell: Rect,
    t: &Tactic,
    n: usize,
    shade: f32,
    lang: Lang,
    times: &str,
    word_w: f32,
) -> bool {
    let zone = zone_label(t.ethics).get(lang);
    let label = format!("{}: {}", t.name.get(lang), fill(times, &[&n.to_string()]));
    let response = ui.interact(cell, ui.scope_id().with(("heat", &t.id)), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
    // The zone is read after the name and count, as the tactic buttons do.
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(zone.to_owned());
    });
    let label = format!("{label}\n{zone}");
    let fill_colour = cell_fill(ui.visuals(), t.pole.board(), shade);
    let painter = ui.painter();
    painter.rect_filled(cell, 4.0, fill_colour);
    let stripe = Rect::from_min_size(cell.min, vec2(STRIPE, cell.height()));
    painter.rect_filled(stripe, 2.0, theme::zone(t.ethics));
    if response.hovered() || response.has_focus() {
        painter.rect_stroke(
            cell,
            4.0,
            Stroke::new(theme::STROKE_MARK, ui.visuals().strong_text_color()),
            egui::StrokeKind::Inside,
        );
    }
    let ink = theme::on(fill_colour);
    let text_left = cell.left() + STRIPE + 4.0;
    painter.text(
        Pos2::new(text_left, cell.top() + 3.0),
        Align2::LEFT_TOP,
        n.to_string(),
        FontId::proportional(theme::TEXT_FIGURE),
        ink,
    );
    let word = painter.layout(
        zone_short(t.ethics).get(lang).to_owned(),
        FontId::proportional(theme::TEXT_SMALL),
        ink,
        word_w,
    );
    painter.galley(
        Pos2::new(text_left, cell.bottom() - 3.0 - word.size().y),
        word,
        ink,
    );
    response.on_hover_text(&label).clicked()
}

/// The legend under the map, each mark as the map draws it: the shades of the three boards'
/// colours from none to the most links, the comfort outline (when there is a comfort zone),
/// and a cell with each zone's stripe.
pub fn legend_entries(visuals: &egui::Visuals, lang: Lang, comfort: bool) -> Vec<legend::Entry> {
    let mut entries = vec![legend::Entry::new(
        Swatch::Ramp(Board::ALL.map(theme::board)),
        S::FigHeatLegendCount.get(lang),
        S::FigHeatLegendCountTip.get(lang),
    )];
    if comfort {
        entries.push(legend::Entry::new(
            Swatch::Outline(theme::comfort_outline()),
            S::FigBoardsLegendComfort.get(lang),
            S::FigBoardsLegendComfortTip.get(lang),
        ));
    }
    for z in EthicsZone::ALL {
        entries.push(legend::Entry::new(
            Swatch::Stripe {
                fill: visuals.extreme_bg_color,
                stripe: theme::zone(z),
            },
            zone_short(z).get(lang),
            zone_label(z).get(lang),
        ));
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pole_name_never_breaks_inside_a_word() {
        let per_line =
            |width, word| -> Vec<usize> { arrangement(width, word).iter().map(Vec::len).collect() };
        assert_eq!(per_line(900.0, 70.0), [7]);
        assert_eq!(per_line(500.0, 70.0), [3, 4]);
        // "Destabiliseren" at text size 2.0 is wider than a quarter of a narrow map.
        assert_eq!(per_line(500.0, 120.0), [3, 2, 2]);
    }

    #[test]
    fn the_pole_names_over_the_map_read_in_both_themes() {
        for dark in [false, true] {
            let v = theme::visuals(dark);
            for b in Board::ALL {
                let r = theme::ratio(header_colour(b, &v), v.panel_fill);
                assert!(r >= 4.5, "{b:?} (dark: {dark}): {r:.2}:1");
            }
        }
    }
}
