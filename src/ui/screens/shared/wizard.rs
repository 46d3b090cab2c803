//! The export wizard: choose entries and parts, blank out words, give consent on exactly the
//! preview, and write the file.

use egui::{Color32, RichText, Ui};

use super::{OutputChoice, Step, parse_day};
use crate::export::{
    Parts, RenderInput, Selection, parse_recipient, redaction_ranges, render_markdown,
};
use crate::journal::{JournalFilter, SortBy};
use crate::ui::app::{App, Command};
use crate::ui::i18n::{S, fill};
use crate::ui::screens::{card, section};

/// Draws the wizard.
pub fn ui(app: &mut App, ui: &mut Ui) {
    let lang = app.lang;
    let steps = [
        (Step::Choose, S::StepChoose),
        (Step::Preview, S::StepRedact),
        (Step::Consent, S::StepConsent),
    ];
    ui.horizontal(|ui| {
        for (i, (step, key)) in steps.iter().enumerate() {
            let text = format!("{}. {}", i + 1, key.get(lang));
            let on = app.shared.step == *step;
            ui.label(if on {
                RichText::new(text).strong()
            } else {
                RichText::new(text).weak()
            });
        }
    });
    if let Some((path, sha)) = &app.shared.done {
        card(ui, |ui| {
            ui.label(RichText::new(S::ExportDone.get(lang)).strong());
            ui.label(RichText::new(path).monospace());
            ui.label(RichText::new(format!("SHA-256 {sha}")).monospace().small());
        });
    }
    match app.shared.step {
        Step::Choose => choose_ui(app, ui),
        Step::Preview => redact_ui(app, ui),
        Step::Consent => consent_ui(app, ui),
    }
}

fn nav_buttons(app: &mut App, ui: &mut Ui, back: Option<Step>, next: Option<(Step, bool)>) {
    let lang = app.lang;
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if let Some(step) = back
            && ui.button(S::Back.get(lang)).clicked()
        {
            app.shared.step = step;
        }
        if let Some((step, ready)) = next
            && ui
                .add_enabled(
                    ready,
                    egui::Button::new(RichText::new(S::Next.get(lang)).strong()),
                )
                .clicked()
        {
            app.shared.step = step;
            app.shared.consent.confirmed = false;
        }
    });
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

fn choose_ui(app: &mut App, ui: &mut Ui) {
    let lang = app.lang;
    section(ui, S::StepChoose.get(lang));
    let Some(session) = app.vault.session() else {
        return;
    };
    let view = &mut app.shared;
    ui.horizontal(|ui| {
        let l = ui.label(S::Search.get(lang));
        ui.add(egui::TextEdit::singleline(&mut view.filter).desired_width(300.0))
            .labelled_by(l.id);
    });
    let filter = JournalFilter {
        text: view.filter.clone(),
        ..JournalFilter::default()
    };
    let found = session.journal.query(&filter, SortBy::DateNewest);
    ui.horizontal(|ui| {
        if ui
            .button(fill(
                S::SelectAllFound.get(lang),
                &[&found.len().to_string()],
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
    egui::ScrollArea::vertical()
        .id_salt("choose")
        .max_height(420.0)
        .show(ui, |ui| {
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
                                    egui::WidgetInfo::selected(
                                        egui::Role::CheckBox,
                                        true,
                                        on,
                                        &name,
                                    )
                                });
                            }
                        });
                    });
                }
            }
        });
    ui.checkbox(&mut view.scope.profile, S::IncludeProfile.get(lang));
    ui.label(
        RichText::new(fill(
            S::ChosenCount.get(lang),
            &[&view.scope.entries.len().to_string()],
        ))
        .weak(),
    );
    let ready = !view.scope.entries.is_empty() || view.scope.profile;
    nav_buttons(app, ui, None, Some((Step::Preview, ready)));
}

/// The exact text that will be shared with the current choices.
fn preview(app: &App) -> Option<String> {
    let session = app.vault.session()?;
    let view = &app.shared;
    let entries = view
        .scope
        .entries
        .iter()
        .filter_map(|s| Some((s.entry_id.as_str(), session.journal.get(&s.entry_id)?)))
        .collect();
    let recipient = session.unlocked().recipient();
    let input = RenderInput {
        scope: &view.scope,
        consent: &view.consent,
        entries,
        profile: session.takes.last().map(|t| &t.body.profile),
        content: &app.content,
        lang: app.lang,
        coachee_recipient: &recipient,
        now: crate::clock::now(),
    };
    Some(render_markdown(&input))
}

fn preview_ui(app: &mut App, ui: &mut Ui) {
    let text = preview(app).unwrap_or_default();
    let words = app.shared.scope.redact.clone();
    let mut job = egui::text::LayoutJob::default();
    let body = egui::TextFormat {
        font_id: egui::FontId::monospace(13.0),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let marked = egui::TextFormat {
        background: Color32::from_rgb(0xff, 0xe0, 0x82),
        color: Color32::BLACK,
        ..body.clone()
    };
    // The output holds "[…]" where a word was blanked out; mark those so the user sees where.
    let mut last = 0;
    for range in redaction_ranges(&text, &["[…]".to_owned()])
        .into_iter()
        .chain(redaction_ranges(&text, &words))
    {
        if range.start < last
            || !text.is_char_boundary(range.start)
            || !text.is_char_boundary(range.end)
        {
            continue;
        }
        job.append(&text[last..range.start], 0.0, body.clone());
        job.append(&text[range.clone()], 0.0, marked.clone());
        last = range.end;
    }
    job.append(&text[last.min(text.len())..], 0.0, body);
    card(ui, |ui| {
        ui.label(RichText::new(S::PreviewTitle.get(app.lang)).strong());
        egui::ScrollArea::vertical()
            .id_salt("preview")
            .max_height(360.0)
            .show(ui, |ui| {
                ui.add(egui::Label::new(job).wrap());
            });
    });
    app.shared.preview = Some(text);
}

fn redact_ui(app: &mut App, ui: &mut Ui) {
    let lang = app.lang;
    section(ui, S::StepRedact.get(lang));
    ui.label(S::RedactHint.get(lang));
    let l = ui.label(S::RedactWords.get(lang));
    if ui
        .add(egui::TextEdit::singleline(&mut app.shared.redact_text).desired_width(f32::INFINITY))
        .labelled_by(l.id)
        .changed()
    {
        app.shared.scope.redact = app
            .shared
            .redact_text
            .split(',')
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
    }
    preview_ui(app, ui);
    nav_buttons(app, ui, Some(Step::Choose), Some((Step::Consent, true)));
}

fn consent_ui(app: &mut App, ui: &mut Ui) {
    let lang = app.lang;
    section(ui, S::StepConsent.get(lang));
    let before = (
        app.shared.consent.clone(),
        app.shared.output,
        app.shared.recipient.clone(),
    );
    let view = &mut app.shared;
    let field = |ui: &mut Ui, key: S, value: &mut String| {
        let l = ui.label(RichText::new(key.get(lang)).strong());
        ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
            .labelled_by(l.id);
    };
    field(ui, S::ConsentCoach, &mut view.consent.coach);
    field(ui, S::ConsentPurpose, &mut view.consent.purpose);
    field(ui, S::ConsentDeleteAfter, &mut view.delete_after_text);
    match parse_day(&view.delete_after_text) {
        Ok(d) => view.consent.delete_after = d,
        Err(()) => {
            ui.colored_label(ui.visuals().warn_fg_color, S::BadDate.get(lang));
        }
    }
    ui.label(RichText::new(S::OutputLabel.get(lang)).strong());
    ui.horizontal(|ui| {
        ui.radio_value(
            &mut view.output,
            OutputChoice::Encrypted,
            S::OutputEncrypted.get(lang),
        );
        ui.radio_value(
            &mut view.output,
            OutputChoice::Markdown,
            S::OutputMarkdown.get(lang),
        );
        ui.radio_value(
            &mut view.output,
            OutputChoice::Html,
            S::OutputHtml.get(lang),
        );
    });
    let recipient_ok = match view.output {
        OutputChoice::Encrypted => {
            field(ui, S::CoachKey, &mut view.recipient);
            match parse_recipient(&view.recipient) {
                Ok(_) => {
                    ui.colored_label(Color32::from_rgb(0x2f, 0x9e, 0x5b), S::KeyValid.get(lang));
                    true
                }
                Err(e) => {
                    if !view.recipient.trim().is_empty() {
                        ui.colored_label(ui.visuals().warn_fg_color, e.to_string());
                    }
                    false
                }
            }
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
        let day = crate::journal::Date::from_unix(crate::clock::now());
        // A free name: a second export the same day must not fail on the first one's file.
        let stem = format!("samenvatting-{day}");
        view.path = crate::export::free_export_path(&crate::paths::export_dir(), &stem, extension)
            .display()
            .to_string();
    } else if let Some(stem) = [".md.age", ".md", ".html"]
        .iter()
        .find_map(|x| view.path.strip_suffix(x))
    {
        // Follow the chosen form in the file name.
        view.path = format!("{stem}.{extension}");
    }
    field(ui, S::ExportPath, &mut view.path);
    if (view.consent.clone(), view.output, view.recipient.clone()) != before {
        view.consent.confirmed = false;
    }
    preview_ui(app, ui);
    let view = &mut app.shared;
    ui.checkbox(
        &mut view.consent.confirmed,
        RichText::new(S::ConsentTick.get(lang)).strong(),
    );
    let ready = view.consent.confirmed
        && recipient_ok
        && !view.consent.coach.trim().is_empty()
        && !view.consent.purpose.trim().is_empty()
        && !view.path.trim().is_empty();
    ui.horizontal(|ui| {
        if ui.button(S::Back.get(lang)).clicked() {
            app.shared.step = Step::Preview;
        }
        if ui
            .add_enabled(
                ready,
                egui::Button::new(RichText::new(S::ExportButton.get(lang)).strong()),
            )
            .clicked()
        {
            app.push(Command::Export);
        }
    });
}
