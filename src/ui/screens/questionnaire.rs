//! Taking a questionnaire: one item at a time, a progress bar, back and next, answers kept
//! while the user moves around the cx. Keys: 1-5 answer, Enter or → next, ← back.

use egui::{RichText, Ui};

use super::{card, header};
use crate::assessment::{Answer, Item};
use crate::content::Lang;
use crate::ui::commands::QuizCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::errors::Explain;
use crate::ui::i18n::{S, fill, plural};
use crate::ui::theme;

const LIKERT: [S; 5] = [S::Likert1, S::Likert2, S::Likert3, S::Likert4, S::Likert5];

/// What the questionnaire screen keeps besides the answers (those are in `QuizState`).
#[derive(Debug, Clone, Default)]
pub struct QuestionnaireView {
    /// "Start over" was pressed: ask before wiping the answers.
    pub confirm_restart: bool,
}

/// Draws the screen.
pub fn ui(view: &mut QuestionnaireView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    header(ui, cx.t(S::NavQuestionnaire), None);
    if !cx.catalogue.errors.is_empty() {
        broken_files_ui(cx, ui);
    }
    chooser_ui(cx, out, ui);
    let Some(q) = cx.questionnaire().cloned() else {
        ui.label(cx.t(S::NoQuestionnaire));
        return;
    };
    let lang = cx.lang;
    let total = q.items.len();
    let (current, answers) = cx.quiz().map_or((0, Default::default()), |z| {
        (z.current.min(total.saturating_sub(1)), z.answers.clone())
    });
    let answered = q
        .items
        .iter()
        .filter(|i| answers.contains_key(i.id()))
        .count();

    ui.label(
        RichText::new(q.title.get(lang))
            .size(theme::TEXT_TITLE)
            .strong(),
    );
    ui.add(egui::Label::new(q.description.get(lang)).wrap());
    ui.add_space(theme::SPACE_S);
    let progress = if total == 0 {
        0.0
    } else {
        answered as f32 / total as f32
    };
    let status = fill(
        cx.t(S::AnsweredOf),
        &[&answered.to_string(), &total.to_string()],
    );
    let bar = egui::ProgressBar::new(progress)
        .text(status.clone())
        .desired_width(ui.available_width().min(700.0));
    let label = format!("{}: {status}", cx.t(S::Progress));
    ui.add(bar)
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &label));
    ui.add_space(theme::SPACE_S);

    let Some(item) = q.items.get(current) else {
        return;
    };
    ui.label(
        RichText::new(fill(
            cx.t(S::QuestionOf),
            &[&(current + 1).to_string(), &total.to_string()],
        ))
        .weak(),
    );
    let answer = answers.get(item.id()).copied();
    let picked = card(ui, |ui| item_ui(cx, ui, item, answer, lang));
    if let Some(a) = picked {
        out.push(QuizCmd::Answer(item.id().to_owned(), a));
    }

    ui.add_space(theme::SPACE_M);
    let last = current + 1 >= total;
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(current > 0, egui::Button::new(cx.t(S::Back)))
            .clicked()
        {
            out.push(QuizCmd::MoveTo(current.saturating_sub(1)));
        }
        let next = if last { S::Finish } else { S::Next };
        if ui.button(RichText::new(cx.t(next)).strong()).clicked() {
            out.push(if last {
                QuizCmd::Finish
            } else {
                QuizCmd::MoveTo(current + 1)
            });
        }
    });
    ui.label(RichText::new(cx.t(S::KeyboardHint)).small().weak());
    // Starting over wipes every answer: set apart from Next, and asked first.
    ui.add_space(theme::SECTION_GAP);
    if ui
        .add_enabled(answered > 0, egui::Button::new(cx.t(S::Restart)))
        .clicked()
    {
        view.confirm_restart = true;
    }
    if view.confirm_restart {
        confirm_restart_ui(view, cx, out, ui, answered);
    } else {
        keys(out, ui, item, current, last);
    }
}

/// Asks before wiping the answers; Escape or a click beside it cancels.
fn confirm_restart_ui(
    view: &mut QuestionnaireView,
    cx: &Cx<'_>,
    out: &mut Sink,
    ui: &Ui,
    answered: usize,
) {
    let modal = egui::Modal::new(egui::Id::unique("confirm-restart")).show(ui.ctx(), |ui| {
        ui.set_max_width(theme::NOTICE_WIDTH);
        ui.label(
            RichText::new(cx.t(S::RestartTitle))
                .size(theme::TEXT_SECTION)
                .strong(),
        );
        ui.add(egui::Label::new(plural(cx.lang, answered, S::RestartOne, S::RestartMany)).wrap());
        ui.add_space(theme::SPACE_M);
        ui.horizontal_wrapped(|ui| {
            if ui.button(cx.t(S::RestartConfirm)).clicked() {
                out.push(QuizCmd::Restart);
                view.confirm_restart = false;
            }
            if ui.button(cx.t(S::Cancel)).clicked() {
                view.confirm_restart = false;
            }
        });
    });
    if modal.should_close() {
        view.confirm_restart = false;
    }
}

/// The key that picks this answer (`1` for the first), in a column of fixed width as tall
/// as the radio button, so it lines up with the button's first line; the answer's own name
/// stays its accessible name.
fn key_number(ui: &mut Ui, index: usize) {
    let width = key_column_width(ui);
    let height = ui.spacing().interact_size.y.max(ui.spacing().icon_width);
    let size = egui::vec2(width, height);
    // Right-aligned: the number sits against its own button.
    let centred = egui::Layout::right_to_left(egui::Align::Center);
    ui.allocate_ui_with_layout(size, centred, |ui| {
        ui.set_min_size(size);
        if index < 5 {
            ui.label(RichText::new((index + 1).to_string()).weak().monospace());
        }
    });
}

/// About one em: room for one digit and a little air, growing with the text size.
fn key_column_width(ui: &Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Monospace)
}

/// One answer: its number, then the radio button with its text wrapping in the rest of the
/// line. The row is top-aligned, so a long answer wraps under its own text and the number
/// never lands on a line of its own.
fn answer_row(ui: &mut Ui, index: usize, selected: bool, text: &str) -> egui::Response {
    ui.horizontal_top(|ui| {
        key_number(ui, index);
        ui.scope(|ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            ui.radio(selected, text)
        })
        .inner
    })
    .inner
}

/// The width of a number and its radio button on one line, so a row of statement answers
/// can start a new line before a pair rather than between its number and its button.
fn pair_width(ui: &Ui, text: &str) -> f32 {
    let spacing = ui.spacing();
    let galley = egui::WidgetText::from(text).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Button,
    );
    key_column_width(ui)
        + spacing.item_spacing.x
        + spacing.icon_width
        + spacing.icon_spacing
        + galley.size().x
}

fn item_ui(
    cx: &Cx<'_>,
    ui: &mut Ui,
    item: &Item,
    answer: Option<Answer>,
    lang: Lang,
) -> Option<Answer> {
    let mut picked = None;
    match item {
        Item::Likert { text, .. } => {
            // The question at full contrast: it matters more than the answers below it.
            let strong = ui.visuals().strong_text_color();
            ui.add(
                egui::Label::new(
                    RichText::new(text.get(lang))
                        .size(theme::TEXT_QUESTION)
                        .color(strong),
                )
                .wrap(),
            );
            ui.add_space(theme::SPACE_M);
            ui.horizontal_wrapped(|ui| {
                for (i, key) in LIKERT.iter().enumerate() {
                    let value = i as u8 + 1;
                    let text = cx.t(*key);
                    // A pair that no longer fits starts the next line whole; on the same line
                    // a wide gap sets it apart from the answer before it, so a number reads as
                    // belonging to the button after it.
                    if i > 0 {
                        if ui.available_size_before_wrap().x < theme::SPACE_L + pair_width(ui, text)
                        {
                            ui.end_row();
                        } else {
                            ui.add_space(theme::SPACE_L);
                        }
                    }
                    key_number(ui, i);
                    if ui
                        .radio(answer == Some(Answer::Likert(value)), text)
                        .clicked()
                    {
                        picked = Some(Answer::Likert(value));
                    }
                }
            });
        }
        Item::Scenario {
            case,
            situation,
            options,
            ..
        } => {
            if let Some(case) = case.as_deref().and_then(|c| cx.content.case(c)) {
                let tag = fill(
                    cx.t(S::FromCase),
                    &[&format!("{} ({})", case.municipality, case.title.get(lang))],
                );
                ui.label(RichText::new(tag).small().strong());
            }
            let strong = ui.visuals().strong_text_color();
            ui.add(
                egui::Label::new(
                    RichText::new(situation.get(lang))
                        .size(theme::TEXT_CARD_TITLE)
                        .color(strong),
                )
                .wrap(),
            );
            ui.add_space(theme::SPACE_M);
            for (i, option) in options.iter().enumerate() {
                let selected = answer == Some(Answer::Option(i));
                if answer_row(ui, i, selected, option.text.get(lang)).clicked() {
                    picked = Some(Answer::Option(i));
                }
            }
        }
    }
    picked
}

fn keys(out: &mut Sink, ui: &Ui, item: &Item, current: usize, last: bool) {
    if ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    let choices = match item {
        Item::Likert { .. } => 5,
        Item::Scenario { options, .. } => options.len(),
    };
    let digits = [
        egui::Key::Num1,
        egui::Key::Num2,
        egui::Key::Num3,
        egui::Key::Num4,
        egui::Key::Num5,
    ];
    for (i, key) in digits.iter().enumerate().take(choices) {
        if ui.input(|inp| inp.key_pressed(*key)) {
            let a = match item {
                Item::Likert { .. } => Answer::Likert(i as u8 + 1),
                Item::Scenario { .. } => Answer::Option(i),
            };
            out.push(QuizCmd::Answer(item.id().to_owned(), a));
        }
    }
    if ui.input(|inp| inp.key_pressed(egui::Key::ArrowRight) || inp.key_pressed(egui::Key::Enter)) {
        out.push(if last {
            QuizCmd::Finish
        } else {
            QuizCmd::MoveTo(current + 1)
        });
    }
    if ui.input(|inp| inp.key_pressed(egui::Key::ArrowLeft)) && current > 0 {
        out.push(QuizCmd::MoveTo(current - 1));
    }
}

fn chooser_ui(cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    if cx.catalogue.questionnaires.len() < 2 {
        return;
    }
    let lang = cx.lang;
    let current = cx
        .questionnaire()
        .map(|q| q.title.get(lang).to_owned())
        .unwrap_or_default();
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(cx.t(S::QuestionnaireChoose));
        egui::ComboBox::from_id_salt("questionnaire-choice")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for l in &cx.catalogue.questionnaires {
                    let q = &l.questionnaire;
                    if ui
                        .selectable_label(q.id == cx.quiz.active, q.title.get(lang))
                        .clicked()
                    {
                        chosen = Some(q.id.clone());
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    if let Some(id) = chosen {
        out.push(QuizCmd::Select(id));
    }
}

/// The error panel: names every broken file with line and column.
pub fn broken_files_ui(cx: &Cx<'_>, ui: &mut Ui) {
    let red = theme::danger();
    egui::Frame::new()
        .stroke(egui::Stroke::new(theme::STROKE_FRAME, red))
        .corner_radius(theme::RADIUS)
        .inner_margin(theme::SPACE_L)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let words = theme::danger_text(ui.visuals());
            ui.label(RichText::new(cx.t(S::BrokenFiles)).strong().color(words));
            for d in &cx.catalogue.errors {
                ui.add(egui::Label::new(RichText::new(d.explain(cx.lang)).monospace()).wrap());
            }
            ui.label(RichText::new(cx.t(S::BrokenFilesHint)).small());
        });
    ui.add_space(theme::SPACE_M);
}
