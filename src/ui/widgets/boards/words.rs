//! The boards figure in words: the tooltips of its fields and dots, and its text alternative.

use crate::assessment::{Dimension, Profile};
use crate::content::{Board, Content, Lang, Pole};
use crate::ui::i18n::{S, fill};
use crate::ui::widgets::alt;

/// The whole figure in words, for a screen reader: per board the position and which pole's
/// field it is in, every pole's score with its band, and the comfort zone.
pub fn describe(content: &Content, profile: Option<&Profile>, lang: Lang) -> String {
    let title = if profile.is_some() {
        S::FigBoardsAltTitle
    } else {
        S::FigBoardsAltEmpty
    };
    let mut parts = vec![title.get(lang).to_owned()];
    for board in Board::ALL {
        let name = content.board(board).name.get(lang);
        let poles: Vec<String> = board
            .poles()
            .iter()
            .map(|&p| pole_words(content, profile, lang, p))
            .collect();
        let at = profile
            .map(|p| p.board(board))
            .and_then(|b| Some((b.position?, b.nearest_pole()?)));
        let line = match at {
            Some((position, pole)) => fill(
                S::FigBoardsAltBoard.get(lang),
                &[
                    name,
                    &alt::points(position * 100.0),
                    content.pole(pole).name.get(lang),
                    &poles.join("; "),
                ],
            ),
            None => format!("{name}: {}", poles.join("; ")),
        };
        parts.push(format!("{line}."));
    }
    if let Some(p) = profile
        && !p.comfort_zone.is_empty()
    {
        let names: Vec<&str> = p
            .comfort_zone
            .iter()
            .map(|x| content.pole(*x).name.get(lang))
            .collect();
        parts.push(fill(S::FigAltComfort.get(lang), &[&names.join(", ")]));
    }
    parts.join(" ")
}

fn pole_words(content: &Content, profile: Option<&Profile>, lang: Lang, pole: Pole) -> String {
    let name = content.pole(pole).name.get(lang);
    match profile {
        None => name.to_owned(),
        Some(p) => match p.score_band(Dimension::Pole(pole)) {
            Some((v, se)) => alt::score_band(lang, name, v, se),
            None => alt::no_score(lang, name),
        },
    }
}

/// A field's tooltip: the pole, its score and band, whether it is in the comfort zone.
pub fn field_tip(
    content: &Content,
    profile: Option<&Profile>,
    lang: Lang,
    board: Board,
    pole: Pole,
) -> String {
    let name = format!(
        "{} ({})",
        content.pole(pole).name.get(lang),
        content.board(board).name.get(lang)
    );
    let mut tip = match profile.map(|p| p.score_band(Dimension::Pole(pole))) {
        Some(Some((v, se))) => {
            let (lo, hi) = alt::bounds(v, se);
            fill(
                S::FigBoardsTipField.get(lang),
                &[&name, &alt::points(v), &alt::points(lo), &alt::points(hi)],
            )
        }
        Some(None) => alt::no_score(lang, &name),
        None => name,
    };
    if profile.is_some_and(|p| p.comfort_zone.contains(&pole)) {
        tip.push(' ');
        tip.push_str(S::FigBoardsTipComfort.get(lang));
    }
    tip.push('\n');
    tip.push_str(S::FigBoardsTipOpen.get(lang));
    tip
}

/// The position dot's tooltip: where on the scale between the board's first and last pole,
/// and what that position is.
pub fn dot_tip(content: &Content, lang: Lang, board: Board, position: f32) -> String {
    let poles = board.poles();
    let name = |p: Option<&Pole>| p.map_or("", |p| content.pole(*p).name.get(lang));
    let nearest = crate::assessment::BoardPosition {
        board,
        position: Some(position),
    }
    .nearest_pole();
    fill(
        S::FigBoardsTipDot.get(lang),
        &[
            content.board(board).name.get(lang),
            &alt::points(position * 100.0),
            name(poles.first()),
            name(poles.last()),
            name(nearest.as_ref()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_profile_the_figure_names_the_boards_and_the_dot_tip_its_scale() {
        let content = Content::embedded().expect("content");
        let text = describe(&content, None, Lang::En);
        assert!(
            text.starts_with("Boards figure: the three boards with their poles."),
            "{text}"
        );
        assert!(
            text.contains("Societal space: Mediate; Become a player."),
            "{text}"
        );
        let tip = dot_tip(&content, Lang::Nl, Board::Organisational, 0.75);
        assert!(
            tip.contains("75 op een schaal van 0 (Opbouwen) tot 100 (Destabiliseren)"),
            "{tip}"
        );
        assert!(
            tip.ends_with("het dichtst bij zit: Destabiliseren."),
            "{tip}"
        );
    }
}
