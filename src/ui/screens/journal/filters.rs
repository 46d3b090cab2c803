//! The journal list's filters. With room to spare they sit in one wrapping row; short of
//! height (large text, a low window) only search and sorting stay in view and the rest folds
//! behind a "Filters" button that says how many are on.

use egui::Ui;

use super::JournalView;
use crate::content::{Board, Lang};
use crate::journal::{Date, SortBy, Status};
use crate::session::Session;
use crate::ui::cx::Cx;
use crate::ui::i18n::{S, fill};
use crate::ui::theme;
use crate::ui::widgets::{combo, date_picker};

/// Draws the filters above the list.
pub fn ui(view: &mut JournalView, session: &Session, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    let generation = session.generation();
    if view.tags.as_ref().is_none_or(|(g, _)| *g != generation) {
        view.tags = Some((generation, session.journal.all_tags()));
    }
    let folds = room_below(ui) < theme::JOURNAL_ROOMY_HEIGHT;
    ui.horizontal_wrapped(|ui| {
        // Each label stays with its field: the pair is measured first and wraps as one.
        let search = S::Search.get(lang);
        let label = text_width(ui, search);
        let gap = ui.spacing().item_spacing.x;
        let width = (ui.available_width() - label - gap - theme::SPACE_L)
            .clamp(theme::COMBO_WIDTH / 2.0, 260.0);
        pair(ui, label + gap + width + theme::SPACE_L, |ui| {
            let l = ui.label(search);
            ui.add(egui::TextEdit::singleline(&mut view.filter.text).desired_width(width))
                .labelled_by(l.id);
        });
        let sort = S::SortLabel.get(lang);
        let widest = SORTS
            .iter()
            .map(|(_, k)| text_width(ui, k.get(lang)))
            .fold(ui.spacing().combo_width, f32::max);
        let combo = widest + ui.spacing().icon_width + 3.0 * ui.spacing().button_padding.x;
        pair(ui, text_width(ui, sort) + gap + combo, |ui| {
            sort_ui(view, lang, ui);
        });
        if folds {
            let on = set_filters(view);
            let text = if on == 0 {
                S::FiltersToggle.get(lang).to_owned()
            } else {
                fill(S::FiltersActive.get(lang), &[&on.to_string()])
            };
            if ui
                .add(egui::Button::new(text).selected(view.filters_open))
                .clicked()
            {
                view.filters_open = !view.filters_open;
            }
        }
    });
    if !folds {
        ui.horizontal_wrapped(|ui| more_ui(view, cx, ui));
    } else if view.filters_open {
        // Folded means short of height: the open filters scroll in part of it, and the list
        // keeps the rest.
        egui::ScrollArea::vertical()
            .id_salt("j-filters")
            .max_height(room_below(ui) * theme::ATTENTION_MAX_SHARE)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| more_ui(view, cx, ui));
            });
    }
}

/// The height of the page's viewport less what lies above the cursor on the page: measured
/// from the page's top, so scrolling the page does not change it.
pub fn room_below(ui: &Ui) -> f32 {
    ui.clip_rect().height() - (ui.cursor().top() - ui.min_rect().top())
}

/// How many filters besides the search text are set.
fn set_filters(view: &JournalView) -> usize {
    let f = &view.filter;
    [
        f.board.is_some(),
        f.status.is_some(),
        f.tactic.is_some(),
        f.tag.is_some(),
        f.from.is_some() || !view.from_text.trim().is_empty(),
        f.to.is_some() || !view.to_text.trim().is_empty(),
    ]
    .iter()
    .filter(|on| **on)
    .count()
}

/// The orders the list offers, with their names.
const SORTS: [(SortBy, S); 4] = [
    (SortBy::DateNewest, S::SortNewest),
    (SortBy::DateOldest, S::SortOldest),
    (SortBy::Title, S::SortTitle),
    (SortBy::Status, S::SortStatus),
];

/// The width of `text` on one line in the body font.
fn text_width(ui: &Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    ui.painter()
        .layout_no_wrap(text.to_owned(), font, egui::Color32::PLACEHOLDER)
        .size()
        .x
}

/// A label and its field in a box `width` wide, which a wrapping row moves to the next line
/// whole.
fn pair(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui)) {
    let size = egui::vec2(width, ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), add);
}

fn sort_ui(view: &mut JournalView, lang: Lang, ui: &mut Ui) {
    let l = ui.label(S::SortLabel.get(lang));
    let sorts = SORTS;
    let current = sorts
        .iter()
        .find(|(s, _)| *s == view.sort)
        .map_or("", |(_, k)| k.get(lang));
    egui::ComboBox::from_id_salt("j-sort")
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (s, k) in sorts {
                ui.selectable_value(&mut view.sort, s, k.get(lang));
            }
        })
        .response
        .labelled_by(l.id);
}

/// Board, status, tactic, tag and the two dates.
fn more_ui(view: &mut JournalView, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    let content = cx.content;
    let all = S::All.get(lang);
    combo::optional(
        ui,
        S::FilterBoard.get(lang),
        "j-board",
        &mut view.filter.board,
        &Board::ALL,
        |b| content.board(b).name.get(lang).to_owned(),
        all,
    );
    combo::optional(
        ui,
        S::FilterStatus.get(lang),
        "j-status",
        &mut view.filter.status,
        &[Status::Open, Status::Decided, Status::Closed],
        |s| super::list::status_label(s).get(lang).to_owned(),
        all,
    );
    let tactic_ids: Vec<String> = content.tactics().iter().map(|t| t.id.clone()).collect();
    combo::optional(
        ui,
        S::FilterTactic.get(lang),
        "j-tactic",
        &mut view.filter.tactic,
        &tactic_ids,
        |id| {
            content
                .tactic(&id)
                .map_or(id.clone(), |t| t.name.get(lang).to_owned())
        },
        all,
    );
    let tags = view
        .tags
        .as_ref()
        .map(|(_, t)| t.clone())
        .unwrap_or_default();
    if !tags.is_empty() {
        combo::optional(
            ui,
            S::FilterTag.get(lang),
            "j-tag",
            &mut view.filter.tag,
            &tags,
            |t| t,
            all,
        );
    }
    let today = cx.today();
    date_field(
        ui,
        (S::FromDate.get(lang), lang, today),
        &mut view.from_text,
        &mut view.filter.from,
    );
    date_field(
        ui,
        (S::ToDate.get(lang), lang, today),
        &mut view.to_text,
        &mut view.filter.to,
    );
}

/// A date filter: typed or picked; a "?" beside text that is not a date.
fn date_field(
    ui: &mut Ui,
    (label, lang, today): (&str, Lang, Date),
    text: &mut String,
    value: &mut Option<Date>,
) {
    // Label above its field, like the drop-downs beside it: one block of fixed size, so the
    // pair wraps as one.
    let height = ui.text_style_height(&egui::TextStyle::Body)
        + ui.spacing().item_spacing.y
        + ui.spacing().interact_size.y;
    let field = theme::COMBO_WIDTH - theme::SPACE_XL;
    let button = theme::ICON_SIZE + theme::SPACE_XXL + 2.0 * theme::SPACE_M;
    let size = egui::vec2(field + button + theme::SPACE_XL, height);
    ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Min), |ui| {
        let l = ui.label(label);
        ui.horizontal(|ui| {
            if date_picker::date_edit(ui, (l.id, label), text, today, lang, field) {
                *value = Date::parse(text.trim());
            }
            if !text.trim().is_empty() && value.is_none() {
                ui.colored_label(ui.visuals().warn_fg_color, "?");
            }
        });
    });
}
