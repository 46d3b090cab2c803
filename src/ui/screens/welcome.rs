//! The welcome screen: what the app is for, what room to act is (and is not), the three
//! stances, the three boards, a section for managers, the glossary.

use egui::{RichText, Ui};

use super::{card, concept_card, header, section, stance_cards};
use crate::content::Board;
use crate::ui::commands::NavCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::S;
use crate::ui::nav::Screen;
use crate::ui::theme;
use crate::ui::widgets::glossary;

/// Draws the screen.
pub fn ui(app: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = app.lang;
    header(ui, app.t(S::WelcomeTitle), Some(app.t(S::WelcomeIntro)));
    card(ui, |ui| {
        ui.add(egui::Label::new(RichText::new(app.t(S::WelcomePrivacy)).italics()).wrap())
    });
    ui.add_space(theme::SPACE_M);
    // Wrapping: at large text the second button goes below the first, not off the page.
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(
                RichText::new(app.t(S::WelcomeStart))
                    .size(theme::TEXT_LEAD)
                    .strong(),
            )
            .clicked()
        {
            out.push(NavCmd::Go(Screen::Questionnaire));
        }
        if ui
            .button(RichText::new(app.t(S::WelcomeExplore)).size(theme::TEXT_LEAD))
            .clicked()
        {
            out.push(NavCmd::Go(Screen::Tactics));
        }
    });

    super::framings::welcome_ui(app, ui);

    section(ui, app.t(S::WelcomeStances));
    ui.add(egui::Label::new(app.t(S::WelcomeStancesIntro)).wrap());
    stance_cards(app, ui);

    section(ui, app.t(S::WelcomeBoards));
    ui.add(egui::Label::new(app.t(S::WelcomeBoardsIntro)).wrap());
    for board in Board::ALL {
        let mut go = None;
        let info = app.content.board(board);
        concept_card(
            app,
            ui,
            info.name.get(lang),
            theme::board(board),
            info.summary.get(lang),
            |ui| {
                let italics = glossary::Look {
                    italics: true,
                    ..glossary::Look::default()
                };
                glossary::text_with(ui, info.question.get(lang), app.content, lang, italics);
                ui.horizontal_wrapped(|ui| {
                    for &pole in board.poles() {
                        if crate::ui::widgets::whole::link(
                            ui,
                            app.content.pole(pole).name.get(lang),
                        )
                        .clicked()
                        {
                            go = Some(pole);
                        }
                    }
                });
            },
        );
        if let Some(pole) = go {
            out.push(NavCmd::ShowPole(pole));
        }
    }

    super::framings::leaders_ui(app, ui);

    section(ui, app.t(S::Glossary));
    egui::CollapsingHeader::new(app.t(S::GlossaryIntro))
        .id_salt("glossary")
        .show(ui, |ui| {
            egui::Grid::new("glossary-grid")
                .num_columns(2)
                .striped(true)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    for term in app.content.glossary() {
                        ui.label(RichText::new(term.term.get(lang)).strong());
                        ui.add(egui::Label::new(term.definition.get(lang)).wrap());
                        ui.end_row();
                    }
                });
        });
}
