//! One row of the journal list, painted in a fixed height so the list can draw only the rows
//! in view: date and title with the status badges, the start of the dilemma, and the tactics
//! as chips with a mark when a coach's feedback came in. The whole row is one button whose
//! accessible name says all of it.

use egui::text::{LayoutJob, TextWrapping};
use egui::{Color32, FontId, Painter, Pos2, Rect, Ui, pos2, vec2};

use super::list::{Row, status_label};
use crate::content::{Board, EthicsZone};
use crate::ui::cx::Cx;
use crate::ui::i18n::{S, fill};
use crate::ui::theme;
use crate::ui::widgets::icons::{self, Icon};

/// Below this width (points) a row gives its badges a line of their own, so the title keeps
/// the whole first line.
const WIDE: f32 = 600.0;
/// The height of one line of a row.
const LINE: f32 = 24.0;

/// The height of a row in a list `width` wide (the list adds the item spacing between).
pub fn height(width: f32) -> f32 {
    let lines = if width < WIDE { 4.0 } else { 3.0 };
    lines * LINE + 2.0 * theme::SPACE_S
}

/// Draws `row` across the width, `height` tall (the list's row height less a gap).
pub fn ui(ui: &mut Ui, cx: &Cx<'_>, row: &Row, height: f32) -> egui::Response {
    let lang = cx.lang;
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), egui::Sense::click());
    let mut badges = vec![(
        status_label(row.status).get(lang),
        ui.visuals().widgets.inactive.bg_fill,
    )];
    if row.open_question {
        badges.push((
            S::OpenQuestion.get(lang),
            theme::zone(EthicsZone::Stretches),
        ));
    }
    if row.captured {
        badges.push((S::CapturedLocked.get(lang), theme::board(Board::Political)));
    }
    let tactics: Vec<(String, Board)> = row
        .tactics
        .iter()
        .map(|id| match cx.content.tactic(id) {
            Some(t) => (t.name.get(lang).to_owned(), t.pole.board()),
            None => (id.clone(), Board::Organisational),
        })
        .collect();
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        let painter = ui.painter_at(rect);
        painter.rect(
            rect,
            theme::RADIUS_SMALL,
            ui.visuals().faint_bg_color,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let inner = rect.shrink2(vec2(theme::SPACE_L, theme::SPACE_S));
        let lines = Lines::of(inner, rect.width() < WIDE);
        // Badges from the right edge inwards, beside the title or on a line of their own
        // (narrow); the date and title get what is left.
        let mut right = inner.right();
        if let Some(line) = lines.badges {
            let mut x = line.left();
            for (label, colour) in &badges {
                x = pill(&painter, (x, line.center().y), label, *colour).right() + theme::SPACE_S;
            }
        } else {
            for (label, colour) in &badges {
                let w = pill_size(&painter, label).x;
                let at = (right - w, lines.top.center().y);
                right = pill(&painter, at, label, *colour).left() - theme::SPACE_S;
            }
        }
        let strong = ui.visuals().strong_text_color();
        let title = single_line(&row.label, theme::TEXT_LEAD, strong, right - inner.left());
        let title = painter.layout_job(title);
        painter.galley(lines.top.left_top(), title, strong);
        // Line 2: the start of the dilemma.
        let weak = ui.visuals().weak_text_color();
        let text = single_line(&row.excerpt, theme::TEXT_BODY, weak, inner.width());
        painter.galley(lines.middle.left_top(), painter.layout_job(text), weak);
        // Line 3: the feedback mark at the right, chips from the left in what remains.
        let mut chips_end = inner.right();
        if row.feedback {
            chips_end = feedback_mark(&painter, lines.bottom, ui.visuals(), lang) - theme::SPACE_M;
        }
        chips(&painter, lines.bottom, chips_end, &tactics, ui.visuals());
    }
    let mut marks: Vec<&str> = badges.iter().map(|(l, _)| *l).collect();
    if row.feedback {
        marks.push(S::FeedbackMark.get(lang));
    }
    let mut name = format!(
        "{} ({})",
        row.label.replacen("    ", " ", 1),
        marks.join(", ")
    );
    if !row.excerpt.is_empty() {
        name.push_str(": ");
        name.push_str(&row.excerpt);
    }
    if !tactics.is_empty() {
        let names: Vec<&str> = tactics.iter().map(|(n, _)| n.as_str()).collect();
        name.push_str(". ");
        name.push_str(&fill(S::RowTactics.get(lang), &[&names.join(", ")]));
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    response
}

/// The lines of a row: title, excerpt, the badges when narrow, chips.
struct Lines {
    top: Rect,
    middle: Rect,
    badges: Option<Rect>,
    bottom: Rect,
}

impl Lines {
    fn of(inner: Rect, narrow: bool) -> Self {
        let n = if narrow { 4.0 } else { 3.0 };
        let h = inner.height() / n;
        let line = |i: f32| {
            Rect::from_min_size(
                pos2(inner.left(), inner.top() + i * h),
                vec2(inner.width(), h),
            )
        };
        Lines {
            top: line(0.0),
            middle: line(1.0),
            badges: narrow.then(|| line(2.0)),
            bottom: line(n - 1.0),
        }
    }
}

/// One line of text, elided with "…" at `width`.
fn single_line(text: &str, size: f32, colour: Color32, width: f32) -> LayoutJob {
    let mut job = LayoutJob::simple_singleline(text.to_owned(), FontId::proportional(size), colour);
    job.wrap = TextWrapping::truncate_at_width(width.max(theme::SPACE_XXL));
    job
}

/// The size of a pill holding `label`.
fn pill_size(painter: &Painter, label: &str) -> egui::Vec2 {
    let font = FontId::proportional(theme::TEXT_SMALL);
    let galley = painter.layout_no_wrap(label.to_owned(), font, Color32::PLACEHOLDER);
    galley.size() + vec2(theme::SPACE_L, theme::SPACE_XS)
}

/// A small filled pill starting at `left`, centred on `y`; returns its rect.
fn pill(painter: &Painter, (left, y): (f32, f32), label: &str, fill: Color32) -> Rect {
    let galley = painter.layout_no_wrap(
        label.to_owned(),
        FontId::proportional(theme::TEXT_SMALL),
        theme::on(fill),
    );
    let size = galley.size() + vec2(theme::SPACE_L, theme::SPACE_XS);
    let rect = Rect::from_min_size(pos2(left, y - size.y / 2.0), size);
    painter.rect_filled(rect, theme::RADIUS_SMALL, fill);
    painter.galley(rect.center() - galley.size() / 2.0, galley, theme::on(fill));
    rect
}

/// How many chips a line holds when the chips are `widths` wide with `gap` between, the line
/// has `room`, and "+N" needs `more` after the last one shown. At least one chip shows: when
/// even the first does not fit whole, it gets the width returned, to be shortened with "…".
fn plan(widths: &[f32], room: f32, more: f32, gap: f32) -> (usize, Option<f32>) {
    let mut x = 0.0;
    for (i, w) in widths.iter().enumerate() {
        let reserve = if i + 1 < widths.len() { more } else { 0.0 };
        if x + w + reserve <= room {
            x += w + gap;
        } else if i == 0 {
            return (1, Some((room - reserve).max(theme::SPACE_XXL)));
        } else {
            return (i, None);
        }
    }
    (widths.len(), None)
}

/// The tactics as chips tinted by their board, left to right; "+N" when some do not fit.
fn chips(
    painter: &Painter,
    line: Rect,
    end: f32,
    tactics: &[(String, Board)],
    visuals: &egui::Visuals,
) {
    let pad = vec2(theme::SPACE_L, theme::SPACE_XS);
    let font = FontId::proportional(theme::TEXT_SMALL);
    let galleys: Vec<_> = tactics
        .iter()
        .map(|(name, _)| painter.layout_no_wrap(name.clone(), font.clone(), Color32::PLACEHOLDER))
        .collect();
    let widths: Vec<f32> = galleys.iter().map(|g| g.size().x + pad.x).collect();
    let (shown, shortened) = plan(
        &widths,
        end - line.left(),
        theme::SPACE_XXL * 1.5,
        theme::SPACE_S,
    );
    let mut x = line.left();
    let y = line.center().y;
    for (name, board) in tactics.iter().take(shown) {
        let fill = theme::mix(visuals.faint_bg_color, theme::board(*board), 0.25);
        let mut job = LayoutJob::simple_singleline(name.clone(), font.clone(), theme::on(fill));
        if let Some(width) = shortened {
            job.wrap = TextWrapping::truncate_at_width(width - pad.x);
        }
        let galley = painter.layout_job(job);
        let size = galley.size() + pad;
        let rect = Rect::from_min_size(pos2(x, y - size.y / 2.0), size);
        painter.rect_filled(rect, size.y / 2.0, fill);
        painter.galley(rect.center() - galley.size() / 2.0, galley, theme::on(fill));
        x = rect.right() + theme::SPACE_S;
    }
    if shown < tactics.len() {
        painter.text(
            pos2(x, y),
            egui::Align2::LEFT_CENTER,
            format!("+{}", tactics.len() - shown),
            font,
            visuals.weak_text_color(),
        );
    }
}

/// A speech-bubble icon and "Feedback from your coach" at the right end of `line`, in the
/// accent colour; returns where it starts.
fn feedback_mark(
    painter: &Painter,
    line: Rect,
    visuals: &egui::Visuals,
    lang: crate::content::Lang,
) -> f32 {
    let colour = theme::scheme(visuals).accent;
    let galley = painter.layout_no_wrap(
        S::FeedbackMark.get(lang).to_owned(),
        FontId::proportional(theme::TEXT_SMALL),
        colour,
    );
    let text_at = Pos2::new(
        line.right() - galley.size().x,
        line.center().y - galley.size().y / 2.0,
    );
    let icon = Rect::from_center_size(
        pos2(
            text_at.x - theme::SPACE_XS - theme::ICON_SIZE / 2.0,
            line.center().y,
        ),
        vec2(theme::ICON_SIZE, theme::ICON_SIZE),
    );
    icons::paint(painter, icon, Icon::Speech, colour);
    painter.galley(text_at, galley, colour);
    icon.left()
}

#[cfg(test)]
mod tests {
    use super::plan;

    #[test]
    fn chips_that_fit_all_show() {
        assert_eq!(plan(&[50.0, 60.0], 200.0, 36.0, 6.0), (2, None));
    }

    #[test]
    fn chips_that_do_not_fit_leave_room_for_the_count() {
        // 50 + 6 + 60 + 36 > 140: the second goes into "+2" with the third.
        assert_eq!(plan(&[50.0, 60.0, 70.0], 140.0, 36.0, 6.0), (1, None));
    }

    #[test]
    fn a_first_chip_wider_than_the_line_still_shows_shortened() {
        // Before: "+3" and no chip at all.
        assert_eq!(
            plan(&[300.0, 60.0, 70.0], 200.0, 36.0, 6.0),
            (1, Some(164.0))
        );
        assert_eq!(plan(&[300.0], 200.0, 36.0, 6.0), (1, Some(200.0)));
    }
}
