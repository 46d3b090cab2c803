//! Moving around: screens, a tactic's page, the pole filter, what the profile shows.

use crate::content::{Phase, Pole, Stance, TacticFilter};
use crate::ui::app::App;
use crate::ui::nav::Screen;
use crate::ui::screens::tactics::TacticsView;

/// Navigation commands.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum NavCmd {
    /// Switch screen.
    Go(Screen),
    /// Open a tactic's page.
    ShowTactic(String),
    /// Back from a tactic's page to the grid.
    CloseTactic,
    /// The tactics grid filtered to one pole.
    ShowPole(Pole),
    /// Show a stance's reading under the spectrum.
    SelectStance(Stance),
    /// The phase the repertoire is ordered for.
    SetPhase(Option<Phase>),
}

impl App {
    pub(super) fn apply_nav(&mut self, cmd: NavCmd) {
        match cmd {
            NavCmd::Go(screen) => {
                if self.stopped_by_guard(super::Leave::Screen(screen)) {
                    return;
                }
                self.screen = screen;
                self.notice = None;
                if screen != Screen::Journal {
                    // "Start a dilemma with this tactic" waited for an unlock that did not come.
                    self.after_unlock = None;
                }
            }
            NavCmd::ShowTactic(id) => {
                self.tactics.selected = self.content.tactic(&id).map(|t| t.id.clone());
                self.screen = Screen::Tactics;
            }
            NavCmd::CloseTactic => self.tactics.selected = None,
            NavCmd::ShowPole(pole) => {
                self.tactics = TacticsView {
                    filter: TacticFilter {
                        pole: Some(pole),
                        ..TacticFilter::default()
                    },
                    ..TacticsView::default()
                };
                self.screen = Screen::Tactics;
            }
            NavCmd::SelectStance(s) => self.profile.stance = Some(s),
            NavCmd::SetPhase(p) => self.profile.phase = p,
        }
    }
}
