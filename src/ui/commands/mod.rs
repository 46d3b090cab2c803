//! The commands screens push, one enum per area, and the one `apply` per area that changes the
//! app's state. A command carries everything it needs: `apply` reads the domain (the session,
//! the catalogue) and writes views, but never reads a screen's fields. Every match here and in
//! the area files lists each variant: a new command does not compile until it is handled.

mod drafts;
mod files;
mod guard;
mod journal;
mod nav;
mod outcome;
mod print;
mod quiz;
mod settings;
mod sharing;
mod trash;
mod vault;

pub use drafts::DraftCmd;
pub use files::{FileCmd, FileDialogs};
pub use guard::{GuardCmd, Leave, Unsaved};
pub use journal::JournalCmd;
pub use nav::NavCmd;
pub use print::{PrintCmd, PrintJob, PrintTarget, SummaryPrint};
pub use quiz::QuizCmd;
pub use settings::SettingsCmd;
pub use sharing::{ExportPlan, FeedbackPlan, ShareCmd};
pub use trash::{TrashCmd, TrashDone, TrashJob, work as trash_work};
pub use vault::VaultCmd;

use super::app::App;

/// Everything a screen may ask for, by area.
#[must_use]
#[derive(Debug)]
pub enum Command {
    /// Screens, tactic pages, what the profile shows.
    Nav(NavCmd),
    /// Taking a questionnaire.
    Quiz(QuizCmd),
    /// Creating, unlocking, locking the vault; passphrase and recovery code.
    Vault(VaultCmd),
    /// Entries, the oath, conflicts, practice entries.
    Journal(JournalCmd),
    /// Export, a coach's summary, feedback.
    Share(ShareCmd),
    /// Language, theme, text size, auto-lock, the questionnaire folder.
    Settings(SettingsCmd),
    /// Unsaved work: quit, and the answers to the guard's question.
    Guard(GuardCmd),
    /// The trash and an entry's earlier versions.
    Trash(TrashCmd),
    /// Printing to PDF, and opening the PDF.
    Print(PrintCmd),
    /// Drafts found at unlock: restore, discard, decide later.
    Drafts(DraftCmd),
    /// Choosing a file: the platform's dialog or the app's picker.
    Files(FileCmd),
}

macro_rules! area {
    ($($cmd:ident => $variant:ident),* $(,)?) => {$(
        impl From<$cmd> for Command {
            fn from(cmd: $cmd) -> Self {
                Command::$variant(cmd)
            }
        }
    )*};
}

area!(
    NavCmd => Nav,
    QuizCmd => Quiz,
    VaultCmd => Vault,
    JournalCmd => Journal,
    ShareCmd => Share,
    SettingsCmd => Settings,
    GuardCmd => Guard,
    TrashCmd => Trash,
    PrintCmd => Print,
    DraftCmd => Drafts,
    FileCmd => Files,
);

impl App {
    /// Applies every queued command.
    pub(super) fn apply_all(&mut self, ctx: &egui::Context) {
        let commands = self.sink.take();
        if commands.is_empty() {
            return;
        }
        let now = crate::clock::now();
        for cmd in commands {
            match cmd {
                Command::Nav(c) => self.apply_nav(c),
                Command::Quiz(c) => self.apply_quiz(c, now),
                Command::Vault(c) => self.apply_vault(c, ctx),
                Command::Journal(c) => self.apply_journal(c, now),
                Command::Share(c) => self.apply_share(c, now),
                Command::Settings(c) => self.apply_settings(c, ctx),
                Command::Guard(c) => self.apply_guard(c, ctx, now),
                Command::Trash(c) => self.apply_trash(c, now),
                Command::Print(c) => self.apply_print(c, now),
                Command::Drafts(c) => self.apply_drafts(c, ctx),
                Command::Files(c) => self.apply_files(c, ctx),
            }
        }
        // The frame was drawn before the change: draw the new state now, not on the next input.
        ctx.request_repaint();
    }
}
