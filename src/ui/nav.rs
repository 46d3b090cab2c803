//! The left navigation: the screens in order, where the app opens (`--screen`), and the
//! glossary button at the bottom.

use egui::{RichText, Ui};

use super::commands::NavCmd;
use super::cx::Sink;
use super::i18n::{S, fill};
use super::theme;
use super::widgets::glossary::GlossaryWindow;
use super::widgets::icons::{self, Icon};
use crate::content::Lang;

/// The screens of the left navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// Introduction, stances, boards, glossary.
    #[default]
    Welcome,
    /// Taking a questionnaire.
    Questionnaire,
    /// The figures and what they mean.
    Profile,
    /// The Bijlage 1 grid and a page per tactic.
    Tactics,
    /// The encrypted journal of dilemmas (the lock screen while locked).
    Journal,
    /// Sharing with a coach, and the coach's view.
    Shared,
    /// The path for new hires: tour and practice cases.
    Onboarding,
    /// Language, theme, text size, own questionnaires.
    Settings,
}

impl Screen {
    /// In navigation order.
    pub const ALL: [Screen; 8] = [
        Screen::Welcome,
        Screen::Onboarding,
        Screen::Questionnaire,
        Screen::Profile,
        Screen::Tactics,
        Screen::Journal,
        Screen::Shared,
        Screen::Settings,
    ];

    fn label(self) -> S {
        match self {
            Screen::Welcome => S::NavWelcome,
            Screen::Questionnaire => S::NavQuestionnaire,
            Screen::Profile => S::NavProfile,
            Screen::Tactics => S::NavTactics,
            Screen::Journal => S::NavJournal,
            Screen::Shared => S::NavShared,
            Screen::Onboarding => S::NavOnboarding,
            Screen::Settings => S::NavSettings,
        }
    }

    /// The icon beside the label in the navigation.
    pub fn icon(self) -> Icon {
        match self {
            Screen::Welcome => Icon::Home,
            Screen::Questionnaire => Icon::Checklist,
            Screen::Profile => Icon::Bars,
            Screen::Tactics => Icon::Tiles,
            Screen::Journal => Icon::Notebook,
            Screen::Shared => Icon::Share,
            Screen::Onboarding => Icon::Compass,
            Screen::Settings => Icon::Sliders,
        }
    }
}

/// Where the app opens (`--screen`): a screen, or a tactic's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// A screen of the navigation.
    Screen(Screen),
    /// The page of one tactic, by id.
    Tactic(String),
}

impl Start {
    /// Parses `welcome`, `questionnaire`, `profile`, `tactics`, `journal`, `settings` or `tactic:ID`.
    pub fn parse(name: &str) -> Option<Self> {
        if let Some(id) = name.strip_prefix("tactic:") {
            return Some(Start::Tactic(id.to_owned()));
        }
        let screen = match name {
            "welcome" => Screen::Welcome,
            "questionnaire" => Screen::Questionnaire,
            "profile" => Screen::Profile,
            "tactics" => Screen::Tactics,
            "journal" => Screen::Journal,
            "shared" => Screen::Shared,
            "onboarding" => Screen::Onboarding,
            "settings" => Screen::Settings,
            _ => return None,
        };
        Some(Start::Screen(screen))
    }
}

/// Draws the navigation: title, one button per screen (the journal's with a count of what
/// needs attention, when anything does), and the glossary button and credit at the bottom.
pub fn ui(
    ui: &mut Ui,
    lang: Lang,
    on_show: Screen,
    attention: usize,
    glossary: &mut GlossaryWindow,
    out: &mut Sink,
) {
    // One column that scrolls, with a visible bar when it must: at any text size every item
    // keeps its own place. Short of height (large text, a low window), the rows close up.
    let compact = ui.available_height() < theme::NAV_ROOMY_HEIGHT;
    ui.style_mut().spacing.scroll = egui::style::ScrollStyle::solid();
    if compact {
        ui.spacing_mut().item_spacing.y = theme::SPACE_XS;
    }
    egui::ScrollArea::vertical()
        .id_salt("nav-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            let at = (on_show, attention);
            items_ui(ui, lang, at, glossary, out, compact);
        });
}

/// A count in a small pill at the right end of a navigation button; the button's accessible
/// name says what the count means, so a screen reader does not hear a bare number.
fn attention_badge(ui: &Ui, button: &egui::Response, selected: bool, name: &str, n: usize) {
    let galley = ui.painter().layout_no_wrap(
        n.to_string(),
        egui::FontId::proportional(theme::TEXT_SMALL),
        theme::on(theme::attention()),
    );
    let size = egui::vec2(
        (galley.size().x + theme::SPACE_M * 2.0).max(galley.size().y + theme::SPACE_S),
        galley.size().y + theme::SPACE_XS,
    );
    let centre = egui::pos2(
        button.rect.right() - theme::SPACE_M - size.x / 2.0,
        button.rect.center().y,
    );
    let pill = egui::Rect::from_center_size(centre, size);
    ui.painter()
        .rect_filled(pill, size.y / 2.0, theme::attention());
    ui.painter().galley(
        pill.center() - galley.size() / 2.0,
        galley,
        theme::on(theme::attention()),
    );
    button.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, name));
}

/// The journal item's accessible name with `n` things needing attention.
fn attention_name(lang: Lang, label: S, n: usize) -> String {
    if n == 1 {
        fill(S::NavAttentionOne.get(lang), &[label.get(lang)])
    } else {
        fill(
            S::NavAttentionMany.get(lang),
            &[label.get(lang), &n.to_string()],
        )
    }
}

fn items_ui(
    ui: &mut Ui,
    lang: Lang,
    (on_show, attention): (Screen, usize),
    glossary: &mut GlossaryWindow,
    out: &mut Sink,
    compact: bool,
) {
    let (title, row) = if compact {
        (theme::TEXT_SECTION, theme::NAV_BUTTON_HEIGHT_COMPACT)
    } else {
        (theme::TEXT_APP_TITLE, theme::NAV_BUTTON_HEIGHT)
    };
    ui.add_space(theme::SPACE_M);
    ui.label(RichText::new(S::AppTitle.get(lang)).size(title).strong());
    ui.add_space(theme::SPACE_M);
    for screen in Screen::ALL {
        let text = RichText::new(screen.label().get(lang)).size(theme::TEXT_LEAD);
        let atoms = (icons::atom(screen.icon()), text, egui::Atom::grow());
        let button = egui::Button::selectable(on_show == screen, atoms)
            .min_size(egui::vec2(ui.available_width(), row));
        let response = ui.add(button);
        if screen == Screen::Journal && attention > 0 {
            let name = attention_name(lang, screen.label(), attention);
            attention_badge(ui, &response, on_show == screen, &name, attention);
        }
        if response.clicked() {
            out.push(NavCmd::Go(screen));
        }
    }
    ui.add_space(theme::SECTION_GAP);
    let text = RichText::new(S::Glossary.get(lang)).size(theme::TEXT_LEAD);
    let atoms = (icons::atom(Icon::Book), text, egui::Atom::grow());
    let button = egui::Button::selectable(glossary.open, atoms)
        .min_size(egui::vec2(ui.available_width(), row));
    if ui.add(button).clicked() {
        glossary.open = !glossary.open;
    }
    ui.add_space(theme::SPACE_M);
    ui.add(egui::Label::new(RichText::new(S::Credit.get(lang)).small().weak()).wrap());
    ui.add_space(theme::SPACE_M);
}
