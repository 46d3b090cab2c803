//! A path to type, with "Browse…" beside it (the platform's dialog or the app's picker) and,
//! for a file to open, a drop target: a file dropped on the window goes to the first such
//! field on show whose file types it matches.

use egui::{Response, Ui};

use super::file_picker::{self, FileKind, Mode, Request};
use crate::content::Lang;
use crate::listing::matches_extension;
use crate::ui::commands::FileCmd;
use crate::ui::cx::Sink;
use crate::ui::i18n::{S, fill};
use crate::ui::theme;

/// What a path field is for.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Unique among the app's path fields; the chosen path comes back under it.
    pub id: &'static str,
    /// The label, also the field's accessible name.
    pub label: S,
    /// Open or save.
    pub mode: Mode,
    /// The file types offered (the first is the default); none offers all files only.
    pub kinds: &'static [FileKind],
    /// The width the text field would like.
    pub width: f32,
    /// Save-as: the writer replaces an existing file (after the picker's question); set it
    /// with `Field { may_replace: true, ..Field::save(…) }`.
    pub may_replace: bool,
}

impl Field {
    /// A file to open.
    pub const fn open(id: &'static str, label: S, kinds: &'static [FileKind]) -> Self {
        Self {
            id,
            label,
            mode: Mode::Open,
            kinds,
            width: 420.0,
            may_replace: false,
        }
    }

    /// A file to write, by a writer that never replaces one (exports, feedback).
    pub const fn save(id: &'static str, label: S, kinds: &'static [FileKind]) -> Self {
        Self {
            id,
            label,
            mode: Mode::Save,
            kinds,
            width: 420.0,
            may_replace: false,
        }
    }

    fn egui_id(&self) -> egui::Id {
        egui::Id::unique(("path-field", self.id))
    }

    fn accepts(&self, name: &str) -> bool {
        let extensions: Vec<String> = self
            .kinds
            .iter()
            .map(|k| k.extension().to_owned())
            .collect();
        matches_extension(name, &extensions)
    }
}

/// Draws the label, the text field and "Browse…" into `ui` (lay them out with
/// `horizontal_wrapped` around it); returns the text field's response, `changed` when a
/// chosen or dropped path filled it.
pub fn ui(ui: &mut Ui, value: &mut String, field: &Field, lang: Lang, out: &mut Sink) -> Response {
    let id = field.egui_id();
    let mut filled = false;
    if let Some(path) = file_picker::take_delivered(ui.ctx(), id) {
        *value = path.display().to_string();
        filled = true;
    }
    if field.mode == Mode::Open
        && let Some(path) = take_dropped(ui.ctx(), field)
    {
        *value = path.display().to_string();
        filled = true;
    }
    let l = ui.label(field.label.get(lang));
    let mut text = ui
        .add(
            egui::TextEdit::singleline(value)
                .id(id.with("text"))
                .desired_width(theme::field_width(ui, field.width)),
        )
        .labelled_by(l.id);
    if field.mode == Mode::Open && ui.ctx().input(|i| !i.raw.hovered_files.is_empty()) {
        // Show where a file being dragged over the window can go.
        let stroke = ui.visuals().selection.stroke;
        ui.painter().rect_stroke(
            text.rect,
            theme::RADIUS_SMALL,
            stroke,
            egui::StrokeKind::Outside,
        );
    }
    let name = fill(S::PickBrowseFor.get(lang), &[field.label.get(lang)]);
    let browse = ui.button(S::PickBrowse.get(lang));
    browse.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    if browse.clicked() {
        out.push(FileCmd::Browse(Request {
            field: id,
            mode: field.mode,
            kinds: field.kinds.to_vec(),
            start: value.trim().into(),
            may_replace: field.may_replace,
        }));
    }
    if filled {
        text.mark_changed();
    }
    text
}

/// The first dropped file this field accepts, taken so no other field gets it too.
fn take_dropped(ctx: &egui::Context, field: &Field) -> Option<std::path::PathBuf> {
    ctx.input_mut(|i| {
        let at = i.raw.dropped_files.iter().position(|f| {
            f.path()
                .file_name()
                .is_some_and(|n| field.accepts(&n.to_string_lossy()))
        })?;
        Some(i.raw.dropped_files.remove(at).path().to_path_buf())
    })
}
