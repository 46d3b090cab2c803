//! The platform's own file dialog (through rfd: the Windows and macOS dialogs, the XDG
//! desktop portal on Linux), run on a thread of its own so the window keeps drawing; and the
//! rule for when the app's own picker is used instead.
//!
//! rfd answers "nothing" both when the user cancels and when no dialog could be shown (no
//! portal, as under Xvfb and on some managed desktops). A dialog nobody saw answers within a
//! blink, a person takes longer: an empty answer faster than [`QUICK`] counts as "no dialog"
//! and the app's picker takes over. While the dialog is open the app offers its own picker
//! too, so a portal that never answers leaves no dead end.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use super::{Mode, Request};
use crate::content::Lang;
use crate::ui::i18n::S;

/// The environment variable that forces a choice: `egui` for the app's own picker, `native`
/// for the platform's dialog.
pub const ENV: &str = "RUIMTE_FILE_DIALOG";

/// An empty answer faster than this means no dialog was shown.
pub const QUICK: Duration = Duration::from_millis(1000);

/// Which picker a request goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// The platform's dialog.
    Native,
    /// The picker drawn by the app.
    Egui,
}

/// Chooses the picker: the environment variable first, then the user's setting, then
/// whether this platform can show a dialog at all (`native_possible`).
pub fn choose_backend(env: Option<&str>, own_dialog: bool, native_possible: bool) -> Backend {
    match env.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
        Some("egui") => Backend::Egui,
        Some("native") => Backend::Native,
        _ if own_dialog || !native_possible => Backend::Egui,
        _ => Backend::Native,
    }
}

/// The backend for this process's environment and the user's setting.
pub fn backend_here(own_dialog: bool) -> Backend {
    let env = std::env::var(ENV).ok();
    choose_backend(env.as_deref(), own_dialog, native_possible())
}

/// Windows and macOS always have a dialog; elsewhere the portal needs a session bus, which
/// libdbus finds through `DBUS_SESSION_BUS_ADDRESS` or `$XDG_RUNTIME_DIR/bus`.
fn native_possible() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"]
        .iter()
        .any(|k| std::env::var_os(k).is_some_and(|v| !v.is_empty()))
}

/// What the platform's dialog answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The user chose this path.
    Chosen(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// No dialog could be shown (or its thread stopped): the app's picker takes over.
    Unavailable,
}

/// Reads rfd's answer: a path, a cancel, or (an empty answer within [`QUICK`]) no dialog.
pub fn judge(path: Option<PathBuf>, took: Duration) -> Answer {
    match path {
        Some(p) => Answer::Chosen(p),
        None if took < QUICK => Answer::Unavailable,
        None => Answer::Cancelled,
    }
}

/// A platform dialog on its way.
pub struct Pending {
    /// What was asked (the app's picker takes it over if the dialog cannot answer).
    pub request: Request,
    answer: Receiver<Answer>,
}

impl Pending {
    /// The answer, once there is one; never waits. A thread that stopped counts as no dialog.
    pub fn poll(&self) -> Option<Answer> {
        match self.answer.try_recv() {
            Ok(a) => Some(a),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Answer::Unavailable),
        }
    }
}

/// Opens the platform's dialog for `request` on a thread of its own; `ctx` is repainted when
/// it answers.
pub fn spawn(request: Request, lang: Lang, ctx: &egui::Context) -> Pending {
    let (tx, answer) = channel();
    let ctx = ctx.clone();
    let filters: Vec<(String, String)> = request
        .kinds
        .iter()
        .map(|k| (k.label().get(lang).to_owned(), k.extension().to_owned()))
        .chain([(S::PickAllFiles.get(lang).to_owned(), "*".to_owned())])
        .collect();
    let title = match request.mode {
        Mode::Open => S::PickOpenTitle,
        Mode::Save => S::PickSaveTitle,
    }
    .get(lang)
    .to_owned();
    let (mode, start) = (request.mode, request.start.clone());
    std::thread::spawn(move || {
        let mut dialog = rfd::FileDialog::new().set_title(title);
        for (name, extension) in &filters {
            dialog = dialog.add_filter(name, &[extension]);
        }
        // Looking at the disk is fine here, off the UI thread.
        let folder = if start.is_dir() {
            Some(start.as_path())
        } else {
            start.parent()
        };
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        let began = Instant::now();
        let path = match mode {
            Mode::Open => dialog.pick_file(),
            Mode::Save => {
                if let Some(name) = start.file_name().filter(|_| !start.is_dir()) {
                    dialog = dialog.set_file_name(name.to_string_lossy());
                }
                dialog.save_file()
            }
        };
        // Nobody listens if the app closed or took its own picker meanwhile.
        let _ = tx.send(judge(path, began.elapsed()));
        ctx.request_repaint();
    });
    Pending { request, answer }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_variable_wins_then_the_setting_then_the_platform() {
        assert_eq!(choose_backend(Some("egui"), false, true), Backend::Egui);
        assert_eq!(choose_backend(Some(" EGUI "), false, true), Backend::Egui);
        assert_eq!(choose_backend(Some("native"), true, false), Backend::Native);
        assert_eq!(choose_backend(None, true, true), Backend::Egui);
        assert_eq!(choose_backend(Some("other"), false, false), Backend::Egui);
        assert_eq!(choose_backend(None, false, true), Backend::Native);
    }

    #[test]
    fn an_empty_answer_within_a_blink_means_no_dialog_was_shown() {
        let p = PathBuf::from("/tmp/x.md.age");
        assert_eq!(
            judge(Some(p.clone()), Duration::from_millis(5)),
            Answer::Chosen(p)
        );
        assert_eq!(judge(None, Duration::from_millis(20)), Answer::Unavailable);
        assert_eq!(judge(None, Duration::from_secs(3)), Answer::Cancelled);
    }

    #[test]
    fn a_dialog_whose_thread_stopped_counts_as_unavailable() {
        let (tx, answer) = channel::<Answer>();
        drop(tx);
        let pending = Pending {
            request: Request {
                field: egui::Id::unique("f"),
                mode: Mode::Open,
                kinds: Vec::new(),
                start: PathBuf::new(),
                may_replace: false,
            },
            answer,
        };
        assert_eq!(pending.poll(), Some(Answer::Unavailable));
    }
}
