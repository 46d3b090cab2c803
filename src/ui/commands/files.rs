//! Choosing files: a path field's "Browse…" goes to the platform's dialog or the app's own
//! picker (see `widgets/file_picker`); the picker's folder listings run on the worker; the
//! chosen path goes back to the field that asked.

use std::path::PathBuf;

use crate::listing::Query;
use crate::ui::app::App;
use crate::ui::i18n::S;
use crate::ui::theme;
use crate::ui::widgets::file_picker::native::{self, Answer, Pending};
use crate::ui::widgets::file_picker::{self, Backend, FilePicker, Request};
use crate::ui::worker::Job;

/// File-choosing commands.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum FileCmd {
    /// A path field's "Browse…".
    Browse(Request),
    /// The app's picker goes to a folder (or a typed path).
    List(Query),
    /// The app's picker chose this path.
    Choose(PathBuf),
    /// The app's picker was closed without a choice.
    Cancel,
    /// The platform's dialog is open but the user wants the app's picker instead.
    UseOwnPicker,
}

/// The file dialogs: the app's picker while it is open, a platform dialog on its way, and
/// which picker the last request went to.
#[derive(Default)]
pub struct FileDialogs {
    pub(in crate::ui) picker: Option<FilePicker>,
    pub(in crate::ui) native: Option<Pending>,
    pub(in crate::ui) last_backend: Option<Backend>,
}

impl FileDialogs {
    /// Whether a dialog (the app's or the platform's) is open.
    pub fn open(&self) -> bool {
        self.picker.is_some() || self.native.is_some()
    }
}

impl App {
    pub(super) fn apply_files(&mut self, cmd: FileCmd, ctx: &egui::Context) {
        match cmd {
            FileCmd::Browse(request) => {
                if self.files.open() {
                    return;
                }
                let backend = native::backend_here(self.settings.own_file_dialog);
                self.files.last_backend = Some(backend);
                match backend {
                    Backend::Native => {
                        self.files.native = Some(native::spawn(request, self.lang, ctx));
                    }
                    Backend::Egui => self.open_picker(request),
                }
            }
            FileCmd::List(query) => self.list_folder(query),
            FileCmd::Choose(path) => {
                if let Some(picker) = self.files.picker.take() {
                    file_picker::deliver(ctx, picker.request.field, path);
                }
            }
            FileCmd::Cancel => self.files.picker = None,
            FileCmd::UseOwnPicker => {
                // The platform's dialog may still answer; nobody listens to it any more.
                if let Some(pending) = self.files.native.take() {
                    self.open_picker(pending.request);
                }
            }
        }
    }

    fn open_picker(&mut self, request: Request) {
        let picker = FilePicker::new(request);
        let query = picker.query(&picker.request.start);
        self.files.picker = Some(picker);
        self.list_folder(query);
    }

    fn list_folder(&mut self, query: Query) {
        if let Some(picker) = &mut self.files.picker {
            picker.generation += 1;
            picker.reading = true;
            self.worker
                .submit(Job::ListFolder(Box::new(query), picker.generation));
        }
    }

    /// Takes the platform dialog's answer, if it has one: the path goes to its field; no
    /// dialog at all hands the request to the app's picker.
    pub(in crate::ui) fn poll_files(&mut self, ctx: &egui::Context) {
        let Some(answer) = self.files.native.as_ref().and_then(Pending::poll) else {
            return;
        };
        let Some(pending) = self.files.native.take() else {
            return;
        };
        match answer {
            Answer::Chosen(path) => file_picker::deliver(ctx, pending.request.field, path),
            Answer::Cancelled => {}
            Answer::Unavailable => self.open_picker(pending.request),
        }
    }

    /// Draws the app's picker, or a note while the platform's dialog is open.
    pub(in crate::ui) fn files_ui(&mut self, ctx: &egui::Context) {
        if let Some(picker) = &mut self.files.picker {
            file_picker::ui(ctx, picker, self.lang, &mut self.sink);
        } else if self.files.native.is_some() {
            self.native_note(ctx);
        }
    }

    fn native_note(&mut self, ctx: &egui::Context) {
        let lang = self.lang;
        egui::Area::new(egui::Id::unique("native-file-dialog"))
            .order(egui::Order::Foreground)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, theme::SPACE_L))
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style())
                    .inner_margin(theme::SPACE_M)
                    .show(ui, |ui| {
                        ui.set_max_width(theme::NOTICE_WIDTH);
                        ui.horizontal_wrapped(|ui| {
                            ui.spinner();
                            ui.label(S::PickNativeOpen.get(lang));
                            if ui.button(S::PickUseOwn.get(lang)).clicked() {
                                self.sink.push(FileCmd::UseOwnPicker);
                            }
                        });
                    });
            });
    }
}
