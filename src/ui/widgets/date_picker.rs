//! A date field: the date typed as YYYY-MM-DD, or picked from a month calendar that opens
//! from the button beside it. The calendar counts with the app's one calendar
//! ([`crate::journal::Date`]): month lengths, leap years and weekdays all come from there.

use egui::{Popup, PopupCloseBehavior, RichText, Ui};

use super::icons::{self, Icon};
use crate::content::Lang;
use crate::journal::Date;
use crate::ui::i18n::{S, fill};
use crate::ui::theme;

/// The month a calendar shows, kept in egui's memory while it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shown {
    year: i32,
    month: u8,
}

/// A text field for a date with a calendar button. `label` names both (the field is
/// labelled by the label widget `label_id`; the button is "`label`: pick from the calendar").
/// `today` is where the calendar opens when the field holds no date. Returns whether the
/// text changed this frame, by typing or by a pick.
pub fn date_edit(
    ui: &mut Ui,
    (label_id, label): (egui::Id, &str),
    text: &mut String,
    today: Date,
    lang: Lang,
    width: f32,
) -> bool {
    let field = ui
        .add(
            egui::TextEdit::singleline(text)
                .hint_text(S::DateHint.get(lang))
                .desired_width(theme::field_width(ui, width)),
        )
        .labelled_by(label_id);
    let mut changed = field.changed();
    let name = fill(S::PickDate.get(lang), &[label]);
    let button = ui.add(egui::Button::new(icons::atom(Icon::Calendar)));
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    let button = button.on_hover_text(&name);
    let popup_id = Popup::default_response_id(&button);
    if button.clicked() {
        // Open on the month of the date in the field, else on this month.
        let at = Date::parse(text.trim()).unwrap_or(today);
        let shown = Shown {
            year: at.year,
            month: at.month,
        };
        ui.data_mut(|d| d.insert_temp(popup_id, shown));
    }
    let picked = Popup::from_toggle_button_response(&button)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| calendar_ui(ui, popup_id, Date::parse(text.trim()), today, lang))
        .and_then(|r| r.inner);
    if let Some(date) = picked {
        *text = date.to_string();
        changed = true;
        Popup::close_id(ui.ctx(), popup_id);
    }
    changed
}

/// The month grid; returns the day clicked, if any.
fn calendar_ui(
    ui: &mut Ui,
    id: egui::Id,
    current: Option<Date>,
    today: Date,
    lang: Lang,
) -> Option<Date> {
    let mut shown = ui.data(|d| d.get_temp::<Shown>(id)).unwrap_or(Shown {
        year: today.year,
        month: today.month,
    });
    let months: Vec<&str> = S::MonthNames.get(lang).split_whitespace().collect();
    let month_name = months
        .get(usize::from(shown.month.saturating_sub(1)))
        .copied()
        .unwrap_or("");
    ui.horizontal(|ui| {
        if named_button(ui, "‹", S::PrevMonth.get(lang)).clicked() {
            shown = step(shown, -1);
        }
        ui.label(RichText::new(format!("{month_name} {}", shown.year)).strong());
        if named_button(ui, "›", S::NextMonth.get(lang)).clicked() {
            shown = step(shown, 1);
        }
    });
    let mut picked = None;
    egui::Grid::new(id.with("grid"))
        .num_columns(7)
        .spacing([theme::SPACE_XS, theme::SPACE_XS])
        .show(ui, |ui| {
            for day in S::WeekdaysShort.get(lang).split_whitespace() {
                ui.label(RichText::new(day).small().weak());
            }
            ui.end_row();
            let first = Date {
                year: shown.year,
                month: shown.month,
                day: 1,
            };
            // Monday first: 1970-01-01 (day 0) was a Thursday.
            let offset = (first.to_days() + 3).rem_euclid(7);
            for _ in 0..offset {
                ui.label("");
            }
            let mut column = offset;
            for day in 1..=Date::days_in_month(shown.year, shown.month) {
                let date = Date { day, ..first };
                let text = RichText::new(day.to_string());
                let text = if date == today {
                    text.underline()
                } else {
                    text
                };
                let r = ui.add(egui::Button::selectable(current == Some(date), text));
                let name = format!("{day} {month_name} {}", shown.year);
                r.widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::Role::Button,
                        true,
                        current == Some(date),
                        &name,
                    )
                });
                if r.clicked() {
                    picked = Some(date);
                }
                column += 1;
                if column % 7 == 0 {
                    ui.end_row();
                }
            }
        });
    if ui.button(S::TodayButton.get(lang)).clicked() {
        picked = Some(today);
    }
    ui.data_mut(|d| d.insert_temp(id, shown));
    picked
}

/// A small button whose visible text is a sign and whose accessible name says what it does.
fn named_button(ui: &mut Ui, sign: &str, name: &str) -> egui::Response {
    let r = ui.button(sign);
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    r.on_hover_text(name)
}

/// The month `by` months after (or before) `shown`.
fn step(shown: Shown, by: i32) -> Shown {
    // In i64, so that no year the field could hold overflows.
    let index = i64::from(shown.year) * 12 + i64::from(shown.month) - 1 + i64::from(by);
    Shown {
        year: i32::try_from(index.div_euclid(12)).unwrap_or(shown.year),
        month: u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_step_across_the_turn_of_the_year() {
        let dec = Shown {
            year: 2026,
            month: 12,
        };
        assert_eq!(
            step(dec, 1),
            Shown {
                year: 2027,
                month: 1
            }
        );
        assert_eq!(
            step(
                Shown {
                    year: 2027,
                    month: 1
                },
                -1
            ),
            dec
        );
        assert_eq!(
            step(dec, -12),
            Shown {
                year: 2025,
                month: 12
            }
        );
    }
}
