//! Loading and validating the embedded content.

use serde::Deserialize;

use super::framing::{Framing, FramingId};
use super::model::{
    Board, BoardInfo, Boundary, BoundaryKind, Case, Pole, PoleInfo, Stance, StanceInfo, Tactic,
    Term, Text,
};
use crate::source::{Diagnostic, Locator, Pos, decode_utf8, parse_ron};

/// The embedded asset files, by the name they are reported under.
const ASSETS: [(&str, &str); 6] = [
    (
        "assets/framework.ron",
        include_str!("../../assets/framework.ron"),
    ),
    (
        "assets/tactics.ron",
        include_str!("../../assets/tactics.ron"),
    ),
    ("assets/cases.ron", include_str!("../../assets/cases.ron")),
    (
        "assets/boundaries.ron",
        include_str!("../../assets/boundaries.ron"),
    ),
    (
        "assets/glossary.ron",
        include_str!("../../assets/glossary.ron"),
    ),
    (
        "assets/framings.ron",
        include_str!("../../assets/framings.ron"),
    ),
];

/// The content failed to load; every problem found is listed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the built-in content is invalid:\n{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct ContentError(pub Vec<Diagnostic>);

#[derive(Deserialize)]
struct Framework {
    stances: Vec<StanceInfo>,
    boards: Vec<BoardInfo>,
    poles: Vec<PoleInfo>,
}

/// All content, validated: every stance, board and pole present once, 28 tactics with four per
/// pole, every referenced id existing, every text in both languages.
#[derive(Debug, Clone)]
pub struct Content {
    stances: Vec<StanceInfo>,
    boards: Vec<BoardInfo>,
    poles: Vec<PoleInfo>,
    tactics: Vec<Tactic>,
    cases: Vec<Case>,
    boundaries: Vec<Boundary>,
    glossary: Vec<Term>,
    framings: Vec<Framing>,
}

/// The embedded files one by one, as `(file name, text)` pairs; tests swap one for a broken
/// version.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// `assets/framework.ron`: stances, boards, poles.
    pub framework: (&'a str, &'a str),
    /// `assets/tactics.ron`.
    pub tactics: (&'a str, &'a str),
    /// `assets/cases.ron`.
    pub cases: (&'a str, &'a str),
    /// `assets/boundaries.ron`.
    pub boundaries: (&'a str, &'a str),
    /// `assets/glossary.ron`.
    pub glossary: (&'a str, &'a str),
    /// `assets/framings.ron`.
    pub framings: (&'a str, &'a str),
}

impl Sources<'static> {
    /// The files embedded in the binary.
    pub fn embedded() -> Self {
        let [framework, tactics, cases, boundaries, glossary, framings] = ASSETS;
        Self {
            framework,
            tactics,
            cases,
            boundaries,
            glossary,
            framings,
        }
    }
}

impl Content {
    /// The content embedded in the binary.
    pub fn embedded() -> Result<Self, ContentError> {
        Self::from_sources(Sources::embedded())
    }

    /// Parses and validates content from `(file name, text)` pairs.
    pub fn from_sources(src: Sources<'_>) -> Result<Self, ContentError> {
        let Sources {
            framework,
            tactics,
            cases,
            boundaries,
            glossary,
            framings,
        } = src;
        let mut errors = Vec::new();
        let fw: Option<Framework> = parse(framework, &mut errors);
        let tactic_list: Option<Vec<Tactic>> = parse(tactics, &mut errors);
        let case_list: Option<Vec<Case>> = parse(cases, &mut errors);
        let boundary_list: Option<Vec<Boundary>> = parse(boundaries, &mut errors);
        let terms: Option<Vec<Term>> = parse(glossary, &mut errors);
        let framing_list: Option<Vec<Framing>> = parse(framings, &mut errors);
        let (
            Some(fw),
            Some(tactic_list),
            Some(case_list),
            Some(boundary_list),
            Some(terms),
            Some(framing_list),
        ) = (
            fw,
            tactic_list,
            case_list,
            boundary_list,
            terms,
            framing_list,
        )
        else {
            return Err(ContentError(errors));
        };
        let mut v = Validator { errors };
        let stances = v.complete(framework.0, "stance", fw.stances, &Stance::ALL, |s| s.id);
        let boards = v.complete(framework.0, "board", fw.boards, &Board::ALL, |b| b.id);
        let poles = v.complete(framework.0, "pole", fw.poles, &Pole::ALL, |p| p.id);
        let boundary_list = v.complete(
            boundaries.0,
            "boundary",
            boundary_list,
            &BoundaryKind::ALL,
            |b| b.id,
        );
        v.framework_texts(framework, &stances, &boards, &poles);
        v.tactics(tactics, &tactic_list);
        v.cases(cases, &case_list, &tactic_list);
        v.boundaries(boundaries, &boundary_list);
        v.glossary(glossary, &terms);
        let framing_list = v.complete(framings.0, "framing", framing_list, &FramingId::ALL, |f| {
            f.id
        });
        v.framings(framings, &framing_list);
        if v.errors.is_empty() {
            Ok(Self {
                stances,
                boards,
                poles,
                tactics: tactic_list,
                cases: case_list,
                boundaries: boundary_list,
                glossary: terms,
                framings: framing_list,
            })
        } else {
            Err(ContentError(v.errors))
        }
    }

    /// A stance's explanation.
    pub fn stance(&self, s: Stance) -> &StanceInfo {
        // Validation put exactly one entry per variant, in `ALL` order.
        &self.stances[s as usize]
    }

    /// A board's explanation.
    pub fn board(&self, b: Board) -> &BoardInfo {
        &self.boards[b as usize]
    }

    /// A pole's explanation.
    pub fn pole(&self, p: Pole) -> &PoleInfo {
        &self.poles[p as usize]
    }

    /// A boundary structure's explanation.
    pub fn boundary(&self, b: BoundaryKind) -> &Boundary {
        &self.boundaries[b as usize]
    }

    /// All boundary structures, hard ones first.
    pub fn boundaries(&self) -> &[Boundary] {
        &self.boundaries
    }

    /// All 28 tactics in Bijlage 1 order.
    pub fn tactics(&self) -> &[Tactic] {
        &self.tactics
    }

    /// The four tactics of a pole.
    pub fn tactics_of(&self, pole: Pole) -> impl Iterator<Item = &Tactic> {
        self.tactics.iter().filter(move |t| t.pole == pole)
    }

    /// A tactic by id.
    pub fn tactic(&self, id: &str) -> Option<&Tactic> {
        self.tactics.iter().find(|t| t.id == id)
    }

    /// The practice cases.
    pub fn cases(&self) -> &[Case] {
        &self.cases
    }

    /// A case by id.
    pub fn case(&self, id: &str) -> Option<&Case> {
        self.cases.iter().find(|c| c.id == id)
    }

    /// The glossary, in file order.
    pub fn glossary(&self) -> &[Term] {
        &self.glossary
    }

    /// A framing of the report.
    pub fn framing(&self, id: FramingId) -> &Framing {
        // Validation put exactly one entry per variant, in `ALL` order.
        &self.framings[id as usize]
    }

    /// All framings, in `FramingId::ALL` order.
    pub fn framings(&self) -> &[Framing] {
        &self.framings
    }
}

fn parse<T: serde::de::DeserializeOwned>(
    (file, text): (&str, &str),
    errors: &mut Vec<Diagnostic>,
) -> Option<T> {
    let parsed = decode_utf8(file, text.as_bytes()).and_then(|t| parse_ron(file, t));
    parsed.map_err(|e| errors.push(e)).ok()
}

struct Validator {
    errors: Vec<Diagnostic>,
}

impl Validator {
    /// Keeps one entry per variant, in `all` order, reporting missing and duplicate ones.
    fn complete<T, K: Copy + PartialEq + std::fmt::Debug>(
        &mut self,
        file: &str,
        what: &str,
        items: Vec<T>,
        all: &[K],
        key: impl Fn(&T) -> K,
    ) -> Vec<T> {
        let mut slots: Vec<Option<T>> = all.iter().map(|_| None).collect();
        for item in items {
            let k = key(&item);
            let Some(i) = all.iter().position(|a| *a == k) else {
                continue;
            };
            if slots[i].is_some() {
                self.errors.push(Diagnostic::whole(
                    file,
                    format!("{what} {k:?} appears twice"),
                ));
            }
            slots[i] = Some(item);
        }
        let mut out = Vec::with_capacity(all.len());
        for (k, slot) in all.iter().zip(slots) {
            match slot {
                Some(item) => out.push(item),
                None => self
                    .errors
                    .push(Diagnostic::whole(file, format!("{what} {k:?} is missing"))),
            }
        }
        out
    }

    fn text(&mut self, (file, src): (&str, &str), anchor: Option<Pos>, what: &str, text: &Text) {
        for (lang, s) in [("nl", &text.nl), ("en", &text.en)] {
            if s.trim().is_empty() {
                let msg = format!("{what} has no {lang} text");
                self.errors
                    .push(match anchor.or_else(|| find_text_anchor(src, text)) {
                        Some(p) => Diagnostic::at(file, p, msg),
                        None => Diagnostic::whole(file, msg),
                    });
            }
        }
    }
}

/// Finds where a text with one language filled in was written, to point at it.
fn find_text_anchor(src: &str, text: &Text) -> Option<Pos> {
    let loc = Locator::new(src);
    let known = if text.nl.trim().is_empty() {
        &text.en
    } else {
        &text.nl
    };
    if known.trim().is_empty() {
        return None;
    }
    loc.string_after(Pos { line: 1, col: 1 }, known)
}

#[cfg(test)]
mod audit_tests;
mod checks;
mod framings;
#[cfg(test)]
mod tests;
