//! Every legend swatch of every figure shows on the page, on the light and the dark theme,
//! and the repertoire map's legend has a swatch for every kind of mark the map draws.

use super::*;
use crate::content::{Board, Content, EthicsZone, Lang};
use crate::ui::widgets::{boards, heat, history, spectrum};
use egui::Visuals;

/// The non-text contrast a mark needs to be found (WCAG 2, 1.4.11).
const MIN_CONTRAST: f32 = 3.0;

/// The strongest contrast (WCAG ratio) between what a swatch paints and the page: 3:1 or
/// more, and the swatch shows.
fn contrast_on_page(swatch: Swatch, visuals: &Visuals) -> f32 {
    let page = visuals.panel_fill;
    let edge = theme::scheme(visuals).edge;
    let painted: Vec<Color32> = match swatch {
        Swatch::Dot(c) | Swatch::Ring(c) | Swatch::Outline(c) | Swatch::Tick(c) => vec![c],
        Swatch::Line { colour, .. } => vec![colour],
        Swatch::Band(c) => vec![c, edge],
        Swatch::Field(c) => vec![c, edge, theme::on(c)],
        Swatch::Stripe { fill, stripe } => vec![fill, stripe, edge],
        Swatch::Ramp(colours) => colours.iter().copied().chain([edge]).collect(),
    };
    painted
        .into_iter()
        .map(|c| theme::ratio(c, page))
        .fold(1.0, f32::max)
}

fn themes() -> [(&'static str, egui::Visuals); 2] {
    [
        ("light", crate::ui::theme::visuals(false)),
        ("dark", crate::ui::theme::visuals(true)),
    ]
}

#[test]
fn every_legend_swatch_shows_on_the_page_in_both_themes() {
    let content = Content::embedded().expect("embedded content");
    let data = history::chart_data(&[], history::Group::Stances, &crate::clock::Zone::utc());
    for (theme, v) in themes() {
        let all = [
            ("boards", boards::legend_entries(&v, Lang::Nl)),
            ("spectrum", spectrum::legend_entries(&v, Lang::Nl)),
            ("map", heat::legend_entries(&v, Lang::Nl, true)),
            (
                "history",
                history::legend_entries(&content, Lang::Nl, &data, &v),
            ),
        ];
        for (figure, entries) in all {
            for e in entries {
                let r = contrast_on_page(e.swatch, &v);
                assert!(
                    r >= MIN_CONTRAST,
                    "{theme} {figure}: the swatch of {:?} is {r:.2}:1 on the page",
                    e.text
                );
            }
        }
    }
}

#[test]
fn the_map_legend_shows_each_mark_as_the_map_draws_it() {
    for (theme, v) in themes() {
        let entries = heat::legend_entries(&v, Lang::Nl, true);
        // The count: a ramp in each board's colour, not one blue square.
        assert!(
            entries
                .iter()
                .any(|e| e.swatch == Swatch::Ramp(Board::ALL.map(crate::ui::theme::board))),
            "{theme}: {entries:?}"
        );
        // Each zone as a cell with its stripe, as in the map.
        for z in EthicsZone::ALL {
            let zone = crate::ui::theme::zone(z);
            assert!(
                entries
                    .iter()
                    .any(|e| matches!(e.swatch, Swatch::Stripe { stripe, .. } if stripe == zone)),
                "{theme}: no stripe for {z:?}"
            );
        }
        assert!(
            entries
                .iter()
                .any(|e| e.swatch == Swatch::Outline(crate::ui::theme::comfort_outline()))
        );
        // Without a comfort zone the outline is not explained, as it is not drawn.
        assert_eq!(
            heat::legend_entries(&v, Lang::Nl, false).len(),
            entries.len() - 1
        );
    }
}
