//! The export wizard: choose entries and parts, blank out words, give consent on exactly the
//! preview, and write the file.

use egui::{RichText, Ui};

use super::{OutputChoice, SharedView, Step, parse_day};
use crate::content::Lang;
use crate::export::{ExportError, Output, Parts, Selection, consent_problems};
use crate::journal::{Entry, JournalFilter, SortBy};
use crate::session::Session;
use crate::ui::commands::{ExportPlan, ShareCmd};
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, plural};
use crate::ui::screens::{card, section};
use crate::ui::theme;
use crate::ui::widgets::file_picker::FileKind;
use crate::ui::widgets::path_field::{self, Field};
use crate::ui::widgets::problem;

/// Draws the wizard.
pub fn ui(view: &mut SharedView, session: &Session, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    super::steps::steps_ui(view.step, lang, ui);
    if let Some(restored) = view.restored
        && super::draft::restored_ui(ui, restored, lang)
    {
        view.restored = None;
    }
    if let Some((path, sha)) = &view.done {
        card(ui, |ui| {
            ui.label(RichText::new(S::ExportDone.get(lang)).strong());
            ui.label(RichText::new(path).monospace());
            ui.label(RichText::new(format!("SHA-256 {sha}")).monospace().small());
        });
    }
    match view.step {
        Step::Choose => choose_ui(view, session, cx, ui),
        Step::Preview => redact_ui(view, session, cx, ui),
        Step::Consent => consent_ui(view, session, cx, out, ui),
    }
}

const PARTS: [S; 6] = [
    S::PartTitle,
    S::PartDilemma,
    S::PartTactics,
    S::PartBoundaries,
    S::PartFollowUps,
    S::PartReflection,
];

fn part_flags(p: &mut Parts) -> [&mut bool; 6] {
    [
        &mut p.title,
        &mut p.dilemma,
        &mut p.tactics,
        &mut p.boundaries,
        &mut p.follow_ups,
        &mut p.reflection,
    ]
}

/// Up to this many entries found, step 1 lists them on the page itself.
const LIST_ON_PAGE: usize = 12;

fn choose_ui(view: &mut SharedView, session: &Session, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    section(ui, S::StepChoose.get(lang));
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(S::Search.get(lang));
        ui.add(
            egui::TextEdit::singleline(&mut view.filter)
                .desired_width(theme::field_width(ui, 300.0)),
        )
        .labelled_by(l.id);
    });
    let filter = JournalFilter {
        text: view.filter.clone(),
        ..JournalFilter::default()
    };
    let found = session.journal.query(&filter, SortBy::DateNewest);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(plural(
                lang,
                found.len(),
                S::SelectAllFoundOne,
                S::SelectAllFound,
            ))
            .clicked()
        {
            for (id, _) in &found {
                if !view.scope.entries.iter().any(|s| s.entry_id == *id) {
                    view.scope.entries.push(Selection {
                        entry_id: (*id).to_owned(),
                        parts: Parts::default(),
                    });
                }
            }
        }
        if ui.button(S::SelectNone.get(lang)).clicked() {
            view.scope.entries.clear();
        }
    });
    // A short list sits on the page, which scrolls as one (a scroll area inside the page's
    // takes "scroll into view" for itself, and at large text its rows could then never be
    // brought into the window); a long one scrolls in a box of at most half the window.
    if found.len() > LIST_ON_PAGE {
        egui::ScrollArea::vertical()
            .id_salt("choose")
            .max_height((ui.clip_rect().height() / 2.0).clamp(120.0, 420.0))
            .show(ui, |ui| entry_rows(view, &found, lang, ui));
    } else {
        entry_rows(view, &found, lang, ui);
    }
    ui.checkbox(&mut view.scope.profile, S::IncludeProfile.get(lang));
    ui.label(
        RichText::new(plural(
            lang,
            view.scope.entries.len(),
            S::ChosenOne,
            S::ChosenCount,
        ))
        .weak(),
    );
    let ready = !view.scope.entries.is_empty() || view.scope.profile;
    super::steps::nav_buttons(view, cx, ui, None, Some((Step::Preview, ready)));
}

/// One box per entry found (at most 200), and the parts of those chosen.
fn entry_rows(view: &mut SharedView, found: &[(&str, &Entry)], lang: Lang, ui: &mut Ui) {
    for (id, entry) in found.iter().take(200) {
        let pos = view.scope.entries.iter().position(|s| s.entry_id == *id);
        let mut on = pos.is_some();
        if ui
            .checkbox(&mut on, format!("{}  {}", entry.date, entry.title))
            .changed()
        {
            match (on, pos) {
                (true, None) => view.scope.entries.push(Selection {
                    entry_id: (*id).to_owned(),
                    parts: Parts::default(),
                }),
                (false, Some(i)) => {
                    view.scope.entries.remove(i);
                }
                _ => {}
            }
        }
        if let Some(sel) = view.scope.entries.iter_mut().find(|s| s.entry_id == *id) {
            ui.indent(("parts", *id), |ui| {
                ui.horizontal_wrapped(|ui| {
                    for (flag, key) in part_flags(&mut sel.parts).into_iter().zip(PARTS) {
                        let r = ui.checkbox(flag, key.get(lang));
                        // Screen readers (and tests) need to know which entry a part belongs to.
                        let name = format!("{}: {}", entry.title, key.get(lang));
                        let on = *flag;
                        r.widget_info(|| {
                            egui::WidgetInfo::selected(egui::Role::CheckBox, true, on, &name)
                        });
                    }
                });
            });
        }
    }
}

fn redact_ui(view: &mut SharedView, session: &Session, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    section(ui, S::StepRedact.get(lang));
    ui.label(S::RedactHint.get(lang));
    let l = ui.label(S::RedactWords.get(lang));
    if ui
        .add(egui::TextEdit::singleline(&mut view.redact_text).desired_width(f32::INFINITY))
        .labelled_by(l.id)
        .changed()
    {
        view.scope.redact = view
            .redact_text
            .split(',')
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
    }
    super::preview::preview_ui(view, session, cx, ui);
    super::steps::nav_buttons(
        view,
        cx,
        ui,
        Some(Step::Choose),
        Some((Step::Consent, true)),
    );
}

fn consent_ui(view: &mut SharedView, session: &Session, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    section(ui, S::StepConsent.get(lang));
    let before = (view.consent.clone(), view.output, view.recipient.clone());
    // The export's own check, told beside the field each problem concerns.
    let problems = export_problems(view, session);
    let tell = |ui: &mut Ui, which: fn(&ExportError) -> bool| {
        for p in problems.iter().filter(|p| which(p)) {
            problem::ui(ui, Some(p), lang);
        }
    };
    let field = |ui: &mut Ui, key: S, value: &mut String| {
        let l = ui.label(RichText::new(key.get(lang)).strong());
        ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
            .labelled_by(l.id);
    };
    // An empty name or purpose is told once the user gives consent, not before they typed.
    let asked = view.consent.confirmed;
    field(ui, S::ConsentCoach, &mut view.consent.coach);
    if asked {
        tell(ui, |p| matches!(p, ExportError::NoCoach));
    }
    field(ui, S::ConsentPurpose, &mut view.consent.purpose);
    if asked {
        tell(ui, |p| matches!(p, ExportError::NoPurpose));
    }
    ui.horizontal_wrapped(|ui| {
        let key = S::ConsentDeleteAfter.get(lang);
        let l = ui.label(RichText::new(key).strong());
        let text = &mut view.delete_after_text;
        crate::ui::widgets::date_picker::date_edit(ui, (l.id, key), text, cx.today(), lang, 160.0);
    });
    match parse_day(&view.delete_after_text) {
        Ok(d) => view.consent.delete_after = d,
        Err(()) => {
            ui.colored_label(ui.visuals().warn_fg_color, S::BadDate.get(lang));
        }
    }
    output_choice_ui(&mut view.output, lang, ui);
    let plain_ok = match view.output {
        OutputChoice::Encrypted => {
            field(ui, S::CoachKey, &mut view.recipient);
            let bad_key = problems
                .iter()
                .any(|p| matches!(p, ExportError::BadRecipient(_)));
            if !bad_key {
                ui.colored_label(theme::ok_text(ui.visuals()), S::KeyValid.get(lang));
            } else if !view.recipient.trim().is_empty() {
                tell(ui, |p| matches!(p, ExportError::BadRecipient(_)));
            }
            true
        }
        OutputChoice::Markdown | OutputChoice::Html => {
            ui.colored_label(ui.visuals().error_fg_color, S::PlainWarning.get(lang));
            ui.checkbox(&mut view.plain_understood, S::PlainUnderstood.get(lang));
            view.plain_understood
        }
    };
    let extension = match view.output {
        OutputChoice::Encrypted => "md.age",
        OutputChoice::Markdown => "md",
        OutputChoice::Html => "html",
    };
    if view.path.trim().is_empty() {
        let day = cx.today();
        // A free name: a second export the same day must not fail on the first one's file.
        let stem = format!("samenvatting-{day}");
        view.path = crate::export::free_export_path(&crate::paths::export_dir(), &stem, extension)
            .display()
            .to_string();
    } else if view.output != before.1
        && let Some(stem) = [".md.age", ".md", ".html"]
            .iter()
            .find_map(|x| view.path.strip_suffix(x))
    {
        // Follow a newly chosen form in the file name; never while a name is being typed
        // (a name passing through ".md" became ".md.age.age").
        view.path = format!("{stem}.{extension}");
    }
    let kinds: &'static [FileKind] = match view.output {
        OutputChoice::Encrypted => &[FileKind::Summary],
        OutputChoice::Markdown => &[FileKind::Markdown],
        OutputChoice::Html => &[FileKind::Html],
    };
    let path_field = Field::save("export-path", S::ExportPath, kinds);
    ui.horizontal_wrapped(|ui| path_field::ui(ui, &mut view.path, &path_field, lang, out));
    if (view.consent.clone(), view.output, view.recipient.clone()) != before {
        view.consent.confirmed = false;
    }
    super::preview::preview_ui(view, session, cx, ui);
    ui.checkbox(
        &mut view.consent.confirmed,
        RichText::new(S::ConsentTick.get(lang)).strong(),
    );
    let ready =
        export_problems(view, session).is_empty() && plain_ok && !view.path.trim().is_empty();
    tell(ui, |p| matches!(p, ExportError::NothingSelected));
    ui.horizontal_wrapped(|ui| {
        if ui.button(S::Back.get(lang)).clicked() {
            view.step = Step::Preview;
        }
        if ui
            .add_enabled(
                ready,
                egui::Button::new(RichText::new(S::ExportButton.get(lang)).strong()),
            )
            .clicked()
            && let Some(plan) = export_plan(view)
        {
            out.push(ShareCmd::Export(Box::new(plan)));
        }
    });
    problem::ui(ui, view.export_error.as_ref().map(|e| e as _), lang);
}

/// The output as chosen.
fn output(view: &SharedView) -> Output {
    match view.output {
        OutputChoice::Encrypted => Output::Encrypted {
            recipient: view.recipient.trim().to_owned(),
        },
        OutputChoice::Markdown => Output::PlainMarkdown,
        OutputChoice::Html => Output::Html,
    }
}

/// What stands between the wizard and the export: the same check `prepare` makes.
/// The form of the file: encrypted for the coach, or plain Markdown or HTML.
fn output_choice_ui(output: &mut OutputChoice, lang: Lang, ui: &mut Ui) {
    ui.label(RichText::new(S::OutputLabel.get(lang)).strong());
    ui.horizontal_wrapped(|ui| {
        for (choice, key) in [
            (OutputChoice::Encrypted, S::OutputEncrypted),
            (OutputChoice::Markdown, S::OutputMarkdown),
            (OutputChoice::Html, S::OutputHtml),
        ] {
            ui.radio_value(output, choice, key.get(lang));
        }
    });
}

fn export_problems(view: &SharedView, session: &Session) -> Vec<ExportError> {
    let entries = view
        .scope
        .entries
        .iter()
        .any(|s| session.journal.get(&s.entry_id).is_some());
    let profile = view.scope.profile && session.takes.last().is_some();
    consent_problems(&view.consent, entries || profile, &output(view))
}

/// What the export needs, taken from the wizard; `None` before a preview was shown.
fn export_plan(view: &SharedView) -> Option<ExportPlan> {
    Some(ExportPlan {
        scope: view.scope.clone(),
        consent: view.consent.clone(),
        output: output(view),
        path: view.path.trim().into(),
        preview: view.preview.clone()?,
    })
}
