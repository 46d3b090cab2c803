//! Choosing a file: the platform's own dialog where it answers (`native.rs`), else a picker
//! drawn in egui (`view.rs`) over folder listings made on the worker (`crate::listing`). A
//! [`path_field`](super::path_field) asks for either with a [`Request`]; the chosen path comes
//! back to that field through [`deliver`] and [`take_delivered`].

mod actions;
pub mod native;
mod view;

use std::path::{Path, PathBuf};

pub use native::Backend;
pub use view::ui;

use crate::listing::{ListError, Listing, MAX_ROWS, Query};
use crate::ui::i18n::S;

/// Open an existing file, or name one to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Choose a file that exists.
    Open,
    /// Name a file to write; an existing one is replaced only after a question.
    Save,
}

/// The kinds of file the app reads or writes, for the filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A shared summary, encrypted (`.md.age`).
    Summary,
    /// Any age-encrypted file, such as a coach's feedback (`.age`).
    Age,
    /// A plain Markdown summary.
    Markdown,
    /// A plain HTML summary.
    Html,
    /// A questionnaire (`.ron`).
    Questionnaire,
    /// Answers of a workshop (`.csv`).
    Csv,
    /// A printable file.
    Pdf,
}

impl FileKind {
    /// The extension, lower case, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Summary => "md.age",
            FileKind::Age => "age",
            FileKind::Markdown => "md",
            FileKind::Html => "html",
            FileKind::Questionnaire => "ron",
            FileKind::Csv => "csv",
            FileKind::Pdf => "pdf",
        }
    }

    /// The filter's name.
    pub fn label(self) -> S {
        match self {
            FileKind::Summary => S::KindSummary,
            FileKind::Age => S::KindAge,
            FileKind::Markdown => S::KindMarkdown,
            FileKind::Html => S::KindHtml,
            FileKind::Questionnaire => S::KindQuestionnaire,
            FileKind::Csv => S::KindCsv,
            FileKind::Pdf => S::KindPdf,
        }
    }
}

/// What a path field asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The field the chosen path goes to.
    pub field: egui::Id,
    /// Open or save.
    pub mode: Mode,
    /// The filters offered, the first chosen; "all files" always follows.
    pub kinds: Vec<FileKind>,
    /// Where to start: the field's current path, or a folder.
    pub start: PathBuf,
    /// Save-as only: whether the writer behind the field replaces an existing file (then the
    /// picker asks first) or never does (then it says so and asks for another name).
    pub may_replace: bool,
}

/// The egui picker's state while it is open.
#[derive(Debug)]
pub struct FilePicker {
    /// What was asked.
    pub request: Request,
    /// The filter: an index into the request's kinds, or one past them for all files.
    pub kind: usize,
    /// Whether hidden names show.
    pub hidden: bool,
    /// The folder on show, once listed.
    pub listing: Option<Listing>,
    /// Why the last listing failed.
    pub error: Option<ListError>,
    /// A listing is on its way.
    pub reading: bool,
    /// Which listing answer is the current one (older answers are dropped).
    pub generation: u64,
    /// The row under the keyboard cursor.
    pub selected: Option<usize>,
    /// The save-as name.
    pub name: String,
    /// The location field as typed.
    pub location: String,
    /// An existing file the user is asked about before it is replaced.
    pub confirm: Option<PathBuf>,
    /// Scroll the selected row into view on the next frame.
    pub scroll_to_selected: bool,
    /// A row had keyboard focus last frame (so the arrows and Enter are the picker's).
    pub row_focus: bool,
}

impl FilePicker {
    /// A picker for `request`, not yet listed.
    pub fn new(request: Request) -> Self {
        let name = match request.mode {
            Mode::Save => request
                .start
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Mode::Open => String::new(),
        };
        Self {
            location: request.start.display().to_string(),
            request,
            kind: 0,
            hidden: false,
            listing: None,
            error: None,
            reading: false,
            generation: 0,
            selected: None,
            name,
            confirm: None,
            scroll_to_selected: false,
            row_focus: false,
        }
    }

    /// The extensions of the chosen filter (none for all files).
    pub fn extensions(&self) -> Vec<String> {
        self.request
            .kinds
            .get(self.kind)
            .map(|k| vec![k.extension().to_owned()])
            .unwrap_or_default()
    }

    /// The listing to ask for when going to `path` with the current filter.
    pub fn query(&self, path: &Path) -> Query {
        Query {
            path: path.to_path_buf(),
            extensions: self.extensions(),
            hidden: self.hidden,
            limit: MAX_ROWS,
        }
    }

    /// Takes a listing (or its error) if it answers the latest request.
    pub fn listed(&mut self, generation: u64, result: Result<Listing, ListError>) {
        if generation != self.generation {
            return;
        }
        self.reading = false;
        match result {
            Ok(listing) => {
                self.location = listing.dir.display().to_string();
                self.selected = None;
                if let Some(rest) = &listing.rest {
                    self.selected = listing.items.iter().position(|i| &i.name == rest);
                    if self.request.mode == Mode::Save {
                        self.name.clone_from(rest);
                    }
                }
                self.scroll_to_selected = self.selected.is_some();
                self.error = None;
                self.listing = Some(listing);
            }
            Err(e) => self.error = Some(e),
        }
    }
}

/// Hands a chosen path to the field `field`; the field takes it when next drawn.
pub fn deliver(ctx: &egui::Context, field: egui::Id, path: PathBuf) {
    ctx.data_mut(|d| d.insert_temp(delivery_id(field), path));
}

/// The path chosen for `field`, once.
pub fn take_delivered(ctx: &egui::Context, field: egui::Id) -> Option<PathBuf> {
    ctx.data_mut(|d| d.remove_temp::<PathBuf>(delivery_id(field)))
}

fn delivery_id(field: egui::Id) -> egui::Id {
    field.with("chosen-path")
}
