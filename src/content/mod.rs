//! The report as data: stances, boards, poles, the 28 tactics of Bijlage 1, the practice cases
//! of Bijlage 2, the boundary structures of section 4, a glossary and the report's framings
//! (the primacy of politics, the opening checklist, …).
//!
//! Source: "Ambtelijke Ruimte Bouwen" (DRIFT, GovernEUR, Stroomversnelling, 2023). Names carry
//! over from the report; every summary is written by us. The content is embedded in the binary
//! and validated when it loads, so a broken asset is a clear error, never a blank screen.

mod filter;
mod framing;
mod load;
mod model;

pub use filter::TacticFilter;

pub use framing::{Framing, FramingId};
pub use load::{Content, ContentError, Sources};
pub use model::{
    Basis, Board, BoardInfo, Boundary, BoundaryKind, Case, EthicsZone, Lang, Phase, Pole, PoleInfo,
    Stance, StanceInfo, Tactic, Term, Text,
};
