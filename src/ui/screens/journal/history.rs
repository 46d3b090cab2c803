//! An entry's earlier versions: each with the time it was saved, viewable read-only, and
//! restorable after a question (the current version is kept in turn). The current version is
//! named above the list, not in it.

use egui::{RichText, Ui};

use super::super::{header, section};
use super::attention::named_button;
use super::list::status_label;
use crate::journal::Entry;
use crate::session::Version;
use crate::ui::commands::TrashCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::theme;
use crate::ui::widgets::problem;
use crate::vault::VaultError;

/// State of the versions view of one entry.
pub struct HistoryView {
    /// The entry.
    pub id: String,
    /// Its versions, oldest first, once the worker read them.
    pub versions: Option<Vec<Version>>,
    /// The version shown read-only.
    pub viewing: Option<u64>,
    /// The version whose "restore" the user pressed: the question shows.
    pub ask_restore: Option<u64>,
    /// Why the last job failed.
    pub error: Option<VaultError>,
}

impl HistoryView {
    /// The view of entry `id`, its versions still being read.
    pub fn new(id: String) -> Self {
        Self {
            id,
            versions: None,
            viewing: None,
            ask_restore: None,
            error: None,
        }
    }
}

/// `secs` as local date and time of day (the system's zone), so that saves on one day tell apart.
pub(super) fn when(secs: i64) -> String {
    crate::clock::Zone::system().stamp(secs)
}

/// The start of a dilemma's text on one line, so versions with one title tell apart.
fn excerpt(text: &str) -> String {
    const CHARS: usize = 120;
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= CHARS {
        flat
    } else {
        let cut: String = flat.chars().take(CHARS).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Draws the versions. `unsaved`: the editor holds changes a restore would replace.
pub fn ui(view: &mut HistoryView, unsaved: bool, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    if ui.button(cx.t(S::BackToEntry)).clicked() {
        out.push(TrashCmd::CloseHistory);
    }
    // One scroll for the whole page below Back: at large text the header alone can fill the
    // window, and a list scrolling on its own below it would start past the window's edge.
    egui::ScrollArea::vertical()
        .id_salt("versions")
        .auto_shrink(false)
        .show(ui, |ui| page_ui(view, unsaved, cx, out, ui));
}

fn page_ui(view: &mut HistoryView, unsaved: bool, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let Some(versions) = &view.versions else {
        header(ui, cx.t(S::VersionsOpen), None);
        cx.busy_ui(ui);
        return;
    };
    let title = versions
        .last()
        .map_or(String::new(), |v| v.entry.title.clone());
    header(
        ui,
        &fill(cx.t(S::VersionsTitle), &[&title]),
        Some(&fill(
            cx.t(S::VersionsLead),
            &[&crate::vault::MAX_VERSIONS.to_string()],
        )),
    );
    problem::ui(ui, view.error.as_ref().map(|e| e as _), cx.lang);
    // The current version is what the editor shows: named once, for reference, and not listed
    // among the earlier ones it could be restored from.
    if let Some(now) = versions.iter().find(|v| v.current) {
        let line = fill(
            cx.t(S::VersionNow),
            &[&now.version.to_string(), &when(now.saved)],
        );
        ui.add(egui::Label::new(RichText::new(line).weak()).wrap());
    }
    if versions.iter().all(|v| v.current) {
        ui.add(egui::Label::new(cx.t(S::VersionsNone)).wrap());
    }
    for v in versions.iter().rev().filter(|v| !v.current) {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let line = fill(
                cx.t(S::VersionLine),
                &[&v.version.to_string(), &when(v.saved)],
            );
            ui.add(egui::Label::new(RichText::new(line).strong()).wrap());
            ui.add(egui::Label::new(&v.entry.title).wrap());
            let excerpt = excerpt(&v.entry.dilemma);
            if !excerpt.is_empty() {
                ui.add(egui::Label::new(RichText::new(excerpt).italics()).wrap());
            }
            let n = v.version.to_string();
            let open = view.viewing == Some(v.version);
            ui.horizontal_wrapped(|ui| {
                let (text, named) = if open {
                    (cx.t(S::VersionHide), cx.t(S::VersionHide).to_owned())
                } else {
                    (cx.t(S::VersionView), fill(cx.t(S::VersionViewNamed), &[&n]))
                };
                if named_button(ui, text, named) {
                    view.viewing = if open { None } else { Some(v.version) };
                }
                let named = fill(cx.t(S::VersionRestoreNamed), &[&n]);
                if named_button(ui, cx.t(S::VersionRestore), named) {
                    view.ask_restore = Some(v.version);
                }
            });
            if view.ask_restore == Some(v.version) {
                let mut text = fill(cx.t(S::VersionRestoreAsk), &[&n]);
                if unsaved {
                    text = format!("{text} {}", cx.t(S::DeleteUnsaved));
                }
                ui.add(
                    egui::Label::new(RichText::new(text).color(theme::attention_problem())).wrap(),
                );
                ui.horizontal_wrapped(|ui| {
                    if ui.button(cx.t(S::VersionRestoreYes)).clicked() {
                        out.push(TrashCmd::RestoreVersion {
                            id: view.id.clone(),
                            version: v.version,
                        });
                    }
                    if ui.button(cx.t(S::Cancel)).clicked() {
                        view.ask_restore = None;
                    }
                });
            }
            if open {
                read_only_ui(&v.entry, cx, ui);
            }
        });
    }
}

/// An entry as it stood, as text that cannot be edited.
fn read_only_ui(e: &Entry, cx: &Cx<'_>, ui: &mut Ui) {
    ui.add(egui::Label::new(RichText::new(cx.t(S::VersionReadOnly)).italics()).wrap());
    let field = |ui: &mut Ui, key: S, text: &str| {
        if text.trim().is_empty() {
            return;
        }
        ui.label(RichText::new(cx.t(key)).strong());
        ui.add(egui::Label::new(text).wrap());
    };
    field(ui, S::Date, &e.date.to_string());
    field(ui, S::StatusLabel, cx.t(status_label(e.status)));
    field(ui, S::Dilemma, &e.dilemma);
    field(ui, S::Stakeholders, &e.stakeholders.join(", "));
    field(ui, S::OptionsConsidered, &e.options);
    field(ui, S::Decision, &e.decision);
    field(ui, S::Tags, &e.tags.join(", "));
    let tactics: Vec<&str> = e
        .tactics
        .iter()
        .map(|id| {
            cx.content
                .tactic(id)
                .map_or(id.as_str(), |t| t.name.get(cx.lang))
        })
        .collect();
    field(ui, S::LinkedTactics, &tactics.join(", "));
    if !e.follow_ups.is_empty() {
        section(ui, cx.t(S::FollowUps));
        for f in &e.follow_ups {
            ui.label(RichText::new(f.date.to_string()).strong());
            for (key, text) in [
                (S::FollowHappened, &f.happened),
                (S::FollowPushback, &f.pushback),
                (S::FollowAdjust, &f.adjustment),
                (S::FollowLearned, &f.learned),
            ] {
                field(ui, key, text);
            }
        }
    }
}
