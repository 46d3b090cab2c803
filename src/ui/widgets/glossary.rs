//! The glossary in two shapes: a searchable window with every term, and paragraphs in which
//! the terms that occur are underlined and explain themselves when hovered.

use std::ops::Range;

use egui::text::{CCursor, LayoutJob};
use egui::{FontId, RichText, Stroke, TextFormat, TextStyle, Ui};

use crate::content::{Content, Lang, Term};
use crate::ui::i18n::S;
use crate::ui::theme;

/// The glossary window: whether it is open and what is being searched for.
#[derive(Debug, Clone, Default)]
pub struct GlossaryWindow {
    /// Shown or closed.
    pub open: bool,
    /// The search text (matches terms and definitions).
    pub search: String,
}

/// A glossary term found in a text: its byte range there and its index in the glossary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Bytes of the text the term covers.
    pub range: Range<usize>,
    /// Index into [`Content::glossary`].
    pub term: usize,
}

/// The forms a term is recognised by: the part before any parenthesis, split at " / "
/// (`"B&W (college …)"` → `["B&W"]`, `"Ambtseed / ambtsbelofte"` → both).
pub fn short_forms(term: &str) -> Vec<&str> {
    let head = term.split('(').next().unwrap_or(term);
    head.split(" / ")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Lower case, one char for one char, so that char positions stay where they were.
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Every glossary term in `text`: whole words only, case-insensitive, the longest form first
/// where forms overlap; spans never overlap and come in text order.
pub fn find_terms(text: &str, glossary: &[Term], lang: Lang) -> Vec<Span> {
    let mut forms: Vec<(Vec<char>, usize)> = glossary
        .iter()
        .enumerate()
        .flat_map(|(i, t)| {
            short_forms(t.term.get(lang))
                .into_iter()
                .map(move |f| (f.chars().map(fold).collect::<Vec<_>>(), i))
        })
        .collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
    let chars: Vec<(usize, char)> = text.char_indices().map(|(b, c)| (b, fold(c))).collect();
    let is_word = |k: usize| chars.get(k).is_some_and(|c| c.1.is_alphanumeric());
    let mut spans = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !is_word(i - 1);
        let found = starts_word
            .then(|| {
                forms.iter().find(|(form, _)| {
                    chars.len() - i >= form.len()
                        && chars[i..i + form.len()]
                            .iter()
                            .zip(form)
                            .all(|(c, f)| c.1 == *f)
                        && !is_word(i + form.len())
                })
            })
            .flatten();
        if let Some((form, term)) = found {
            let end = chars.get(i + form.len()).map_or(text.len(), |c| c.0);
            spans.push(Span {
                range: chars[i].0..end,
                term: *term,
            });
            i += form.len();
        } else {
            i += 1;
        }
    }
    spans
}

/// How a glossary-aware paragraph looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Look {
    /// Font size; the body size when `None`.
    pub size: Option<f32>,
    /// Italic text.
    pub italics: bool,
}

/// A wrapping paragraph whose glossary terms are underlined and show their definition on hover.
/// Its accessible name is the plain text.
pub fn text(ui: &mut Ui, text: &str, content: &Content, lang: Lang) -> egui::Response {
    text_with(ui, text, content, lang, Look::default())
}

/// As [`text`], with a size or italics.
pub fn text_with(
    ui: &mut Ui,
    text: &str,
    content: &Content,
    lang: Lang,
    look: Look,
) -> egui::Response {
    let glossary = content.glossary();
    let spans = find_terms(text, glossary, lang);
    let size = look
        .size
        .unwrap_or_else(|| TextStyle::Body.resolve(ui.style()).size);
    let plain = TextFormat {
        font_id: FontId::proportional(size),
        color: ui.visuals().text_color(),
        italics: look.italics,
        ..TextFormat::default()
    };
    let marked = TextFormat {
        underline: Stroke::new(theme::STROKE_HAIR, ui.visuals().hyperlink_color),
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    let mut at = 0;
    for span in &spans {
        job.append(&text[at..span.range.start], 0.0, plain.clone());
        job.append(&text[span.range.clone()], 0.0, marked.clone());
        at = span.range.end;
    }
    job.append(&text[at..], 0.0, plain);
    job.wrap.max_width = ui.available_width();
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let response = ui.add(egui::Label::new(galley.clone()));

    let Some(pointer) = response.hover_pos() else {
        return response;
    };
    let local = pointer - response.rect.left_top();
    let cursor = galley.cursor_from_pos(local).index.0;
    // The nearest cursor may sit right of the character under the pointer.
    let left_edge = galley.pos_from_cursor(CCursor::new(cursor)).min.x;
    let char_index = if local.x < left_edge {
        cursor.saturating_sub(1)
    } else {
        cursor
    };
    let Some((byte, _)) = text.char_indices().nth(char_index) else {
        return response;
    };
    let hovered = spans
        .iter()
        .find(|s| s.range.contains(&byte))
        .and_then(|s| glossary.get(s.term));
    if let Some(term) = hovered {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Help);
        egui::Tooltip::for_enabled(&response)
            .at_pointer()
            .gap(12.0)
            .show(|ui| {
                ui.label(RichText::new(term.term.get(lang)).strong());
                ui.add(egui::Label::new(term.definition.get(lang)).wrap());
            });
    }
    response
}

/// The glossary window, closable, with a search field that filters terms and definitions.
pub fn window(ctx: &egui::Context, state: &mut GlossaryWindow, content: &Content, lang: Lang) {
    let mut open = state.open;
    egui::Window::new(S::Glossary.get(lang))
        .open(&mut open)
        .default_size([460.0, 560.0])
        .pivot(egui::Align2::RIGHT_TOP)
        .default_pos(ctx.content_rect().right_top() + egui::vec2(-24.0, 24.0))
        .vscroll(true)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label(S::GlossarySearch.get(lang));
                ui.add(
                    egui::TextEdit::singleline(&mut state.search)
                        .desired_width(theme::field_width(ui, 240.0)),
                )
                .labelled_by(label.id);
            });
            ui.add_space(theme::SPACE_S);
            let needle = state.search.trim().to_lowercase();
            let mut shown = 0;
            for term in content.glossary() {
                let (name, definition) = (term.term.get(lang), term.definition.get(lang));
                if !needle.is_empty()
                    && !name.to_lowercase().contains(&needle)
                    && !definition.to_lowercase().contains(&needle)
                {
                    continue;
                }
                shown += 1;
                ui.label(RichText::new(name).strong());
                ui.add(egui::Label::new(definition).wrap());
                ui.add_space(theme::SPACE_S);
            }
            if shown == 0 {
                ui.label(RichText::new(S::GlossaryNoMatch.get(lang)).italics());
            }
        });
    state.open = open;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, lang: Lang) -> Vec<String> {
        let content = Content::embedded().expect("content");
        find_terms(text, content.glossary(), lang)
            .into_iter()
            .map(|s| text[s.range].to_owned())
            .collect()
    }

    #[test]
    fn short_forms_drop_the_parenthesis_and_split_alternatives() {
        assert_eq!(short_forms("B&W (college van B&W)"), vec!["B&W"]);
        assert_eq!(
            short_forms("Ambtseed / ambtsbelofte"),
            vec!["Ambtseed", "ambtsbelofte"]
        );
        assert_eq!(short_forms("Wethouder"), vec!["Wethouder"]);
    }

    #[test]
    fn terms_match_whole_words_case_insensitively() {
        let found = words(
            "De wethouder vroeg B&W en de Raad om de RES en de wcw; de raadszaal bleef leeg.",
            Lang::Nl,
        );
        assert_eq!(found, vec!["wethouder", "B&W", "Raad", "RES", "wcw"]);
        // Part of a longer word is no match.
        assert!(words("wethouders en gemeenteraad", Lang::Nl).is_empty());
    }

    #[test]
    fn the_longest_form_wins_and_spans_are_byte_ranges() {
        // "Moreel beraad" must not be cut into nothing or into "raad".
        assert_eq!(
            words("Een moreel beraad helpt, zegt de coöperatie.", Lang::Nl),
            vec!["moreel beraad", "coöperatie"]
        );
        assert_eq!(
            words("Ambtelijke ruimte in de warmtetransitie", Lang::Nl),
            vec!["Ambtelijke ruimte", "warmtetransitie"]
        );
    }

    #[test]
    fn english_uses_the_english_forms() {
        assert_eq!(
            words("The council and the heat transition.", Lang::En),
            vec!["council", "heat transition"]
        );
    }
}
