//! The keys that work everywhere: Escape, Ctrl+Q and the window's close button, Ctrl+1..8,
//! and the text-size keys.

use super::app::App;
use super::nav::Screen;

impl App {
    /// Escape closes what is open, one thing at a time: the glossary, the oath editor, an
    /// entry's versions, the trash, the entry (back to the list, through the guard), a tactic's
    /// page, and last the notice. A focused text field takes the first Escape itself; dialogs
    /// handle theirs.
    pub(super) fn escape_key(&mut self, ctx: &egui::Context) {
        if self.guard.is_some()
            || !self.autosave.offers.is_empty()
            || self.files.picker.is_some()
            || self.questionnaire.confirm_restart
            || ctx.egui_wants_keyboard_input()
            || !ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            return;
        }
        use super::commands::{JournalCmd, NavCmd};
        if self.glossary.open {
            self.glossary.open = false;
        } else if self.screen == Screen::Journal && self.journal.oath_open {
            self.journal.close_oath();
        } else if self.screen == Screen::Journal && self.journal.history.is_some() {
            self.sink.push(super::commands::TrashCmd::CloseHistory);
        } else if self.screen == Screen::Journal && self.journal.trash.is_some() {
            self.sink.push(super::commands::TrashCmd::Close);
        } else if self.screen == Screen::Journal && self.journal.draft.is_some() {
            self.sink.push(JournalCmd::CloseEntry);
        } else if self.screen == Screen::Tactics && self.tactics.selected.is_some() {
            self.sink.push(NavCmd::CloseTactic);
        } else if self.notice.is_some() {
            self.notice = None;
        }
    }

    /// Ctrl+Q and the window's close button quit, asking first when work would be lost.
    pub(super) fn quit_keys(&mut self, ctx: &egui::Context) {
        let quit = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Q);
        if ctx.input_mut(|i| i.consume_shortcut(&quit)) {
            self.sink.push(super::commands::GuardCmd::Quit);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.quitting {
            if self.unsaved_work().is_empty() {
                self.quitting = true;
            } else {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.guard = Some(super::commands::Leave::Quit);
            }
        }
    }

    /// Ctrl+1 to Ctrl+8 open the screens in navigation order, through the guard like a click.
    pub(super) fn nav_keys(&mut self, ctx: &egui::Context) {
        use egui::Key::{Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8};
        const KEYS: [egui::Key; 8] = [Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8];
        let picked = ctx.input_mut(|i| {
            KEYS.iter()
                .position(|k| i.consume_key(egui::Modifiers::COMMAND, *k))
        });
        if let Some(screen) = picked.and_then(|n| Screen::ALL.get(n)) {
            self.sink.push(super::commands::NavCmd::Go(*screen));
        }
    }

    /// Ctrl+plus, Ctrl+minus and Ctrl+0 change the text-size setting, like the slider.
    pub(super) fn zoom_keys(&mut self, ctx: &egui::Context) {
        use egui::gui_zoom::kb_shortcuts::{ZOOM_IN, ZOOM_IN_SECONDARY, ZOOM_OUT, ZOOM_RESET};
        let scale = self.settings.text_scale;
        let wanted = ctx.input_mut(|i| {
            if i.consume_shortcut(&ZOOM_RESET) {
                Some(1.0)
            } else if i.consume_shortcut(&ZOOM_IN) || i.consume_shortcut(&ZOOM_IN_SECONDARY) {
                Some(scale + 0.1)
            } else if i.consume_shortcut(&ZOOM_OUT) {
                Some(scale - 0.1)
            } else {
                None
            }
        });
        if let Some(s) = wanted {
            // Tenths, like the slider's steps.
            let s = (s * 10.0).round() / 10.0;
            self.sink
                .push(super::commands::SettingsCmd::SetTextScale(s));
        }
    }
}
