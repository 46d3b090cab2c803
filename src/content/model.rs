//! The vocabulary of the report as Rust types: stances, boards, poles, tactics, cases,
//! boundary structures and the glossary. Everything here is plain data.

use serde::{Deserialize, Serialize};

/// The two languages every text exists in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Dutch first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The ISO 639-1 code (`nl`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// A text in Dutch and English. A missing language reads as empty, so that validation can
/// name it as a missing translation with its position instead of failing the whole parse.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Text {
    /// Dutch.
    #[serde(default)]
    pub nl: String,
    /// English.
    #[serde(default)]
    pub en: String,
}

impl Text {
    /// The text in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// The three stances of the report, a spectrum from engaged to activist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stance {
    /// Geëngageerd.
    Engaged,
    /// Ondernemend.
    Entrepreneurial,
    /// Activistisch.
    Activist,
}

impl Stance {
    /// All stances in spectrum order.
    pub const ALL: [Stance; 3] = [Stance::Engaged, Stance::Entrepreneurial, Stance::Activist];
}

/// The three boards (schaakborden) on which a civil servant builds room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Board {
    /// Politieke ruimte.
    Political,
    /// Organisatieruimte.
    Organisational,
    /// Maatschappelijke ruimte.
    Societal,
}

impl Board {
    /// All boards in the report's order.
    pub const ALL: [Board; 3] = [Board::Political, Board::Organisational, Board::Societal];

    /// The poles of this board, from the conventional pole to the most confronting one.
    pub fn poles(self) -> &'static [Pole] {
        match self {
            Board::Political => &[Pole::Partner, Pole::CounterStriver, Pole::Saboteur],
            Board::Organisational => &[Pole::BuildUp, Pole::Destabilise],
            Board::Societal => &[Pole::Mediate, Pole::Player],
        }
    }
}

/// The seven poles (fields) of the three boards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Pole {
    /// Politieke partner.
    Partner,
    /// Politieke tegenstrever.
    CounterStriver,
    /// Politieke saboteur: tactics outside today's administrative values.
    Saboteur,
    /// Opbouwen.
    BuildUp,
    /// Destabiliseren.
    Destabilise,
    /// Bemiddelen.
    Mediate,
    /// Speler worden.
    Player,
}

impl Pole {
    /// All poles, board by board.
    pub const ALL: [Pole; 7] = [
        Pole::Partner,
        Pole::CounterStriver,
        Pole::Saboteur,
        Pole::BuildUp,
        Pole::Destabilise,
        Pole::Mediate,
        Pole::Player,
    ];

    /// The board this pole belongs to.
    pub fn board(self) -> Board {
        match self {
            Pole::Partner | Pole::CounterStriver | Pole::Saboteur => Board::Political,
            Pole::BuildUp | Pole::Destabilise => Board::Organisational,
            Pole::Mediate | Pole::Player => Board::Societal,
        }
    }
}

/// How a tactic relates to today's civil-service ethics (report, sections 1-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EthicsZone {
    /// Fits today's civil-service ethics.
    Fits,
    /// Stretches today's ethics: expect friction and resistance.
    Stretches,
    /// Outside today's administrative values: morally and legally thin ice.
    Outside,
}

impl EthicsZone {
    /// All zones, from safe to risky.
    pub const ALL: [EthicsZone; 3] = [EthicsZone::Fits, EthicsZone::Stretches, EthicsZone::Outside];
}

/// The transition phase a tactic suits best (report, section 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Phase {
    /// Breaking open existing patterns.
    BreakingOpen,
    /// Exploiting opportunities and anchoring change.
    Anchoring,
    /// Useful in either phase.
    Both,
}

impl Phase {
    /// All phases.
    pub const ALL: [Phase; 3] = [Phase::BreakingOpen, Phase::Anchoring, Phase::Both];

    /// Whether a tactic of this phase suits work that is in `current`.
    pub fn suits(self, current: Phase) -> bool {
        self == Phase::Both || current == Phase::Both || self == current
    }
}

/// Whether a classification is the report's own or our reading of it. The app shows the first
/// as "volgens het rapport" and the second as "in de lijn van het rapport".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Basis {
    /// The report says so in as many words.
    Stated,
    /// We inferred it from what the report says; the report does not state it.
    Inferred,
}

/// The structures of section 4 that keep the craft within bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BoundaryKind {
    /// The oath or affirmation (ambtseed / belofte).
    Oath,
    /// A confidant (vertrouwenspersoon).
    Confidant,
    /// The formal escalation ladder.
    Escalation,
    /// Coaching and intervision.
    Coaching,
    /// Moral deliberation (moreel beraad).
    MoralDeliberation,
}

impl BoundaryKind {
    /// All boundary structures; hard ones first.
    pub const ALL: [BoundaryKind; 5] = [
        BoundaryKind::Oath,
        BoundaryKind::Confidant,
        BoundaryKind::Escalation,
        BoundaryKind::Coaching,
        BoundaryKind::MoralDeliberation,
    ];
}

/// A stance with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StanceInfo {
    /// Which stance.
    pub id: Stance,
    /// Its name (geëngageerd / engaged, …).
    pub name: Text,
    /// Two to four sentences: what this stance looks like at work.
    pub summary: Text,
}

/// A board with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardInfo {
    /// Which board.
    pub id: Board,
    /// Its name (politieke ruimte / political space, …).
    pub name: Text,
    /// What this board is about.
    pub summary: Text,
    /// The choice every civil servant faces on this board, as a question.
    pub question: Text,
}

/// A pole with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoleInfo {
    /// Which pole.
    pub id: Pole,
    /// Its name (politieke partner / political partner, …).
    pub name: Text,
    /// What acting from this pole means.
    pub summary: Text,
    /// The stance this pole sits closest to.
    pub stance: Stance,
}

/// One tactic of Bijlage 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tactic {
    /// A stable id (`kebab-case`), used by questionnaires, journal links and exports.
    pub id: String,
    /// The pole (and so the board) it belongs to.
    pub pole: Pole,
    /// The report's own name in Dutch; a faithful translation in English.
    pub name: Text,
    /// Two to four sentences in our own words.
    pub summary: Text,
    /// An example or a risk the report gives, in our own words.
    pub example: Text,
    /// Where it sits against today's civil-service ethics.
    pub ethics: EthicsZone,
    /// The transition phase it suits.
    pub phase: Phase,
    /// Whether the report itself ties this tactic (or its pole) to that phase. Required: a
    /// tactic without it does not load.
    pub phase_basis: Basis,
    /// The boundary structure that belongs with it.
    pub boundary: BoundaryKind,
    /// A reflection question to ask yourself before using it.
    pub prompt: Text,
}

/// A boundary structure of section 4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boundary {
    /// Which structure.
    pub id: BoundaryKind,
    /// Its name.
    pub name: Text,
    /// A few lines: what it is and how it helps.
    pub summary: Text,
    /// Whether the report counts it as a hard (formal) structure rather than a soft one.
    pub hard: bool,
    /// The question it asks of a dilemma.
    pub prompt: Text,
}

/// One of the three practice cases of Bijlage 2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// A stable id (`amerdoorn`, `hertogenburg`, `wassenberg`).
    pub id: String,
    /// A short title.
    pub title: Text,
    /// The (fictional) municipality.
    pub municipality: String,
    /// The case in our own words, as the civil servant tells it.
    pub summary: Text,
    /// The question the case puts to the reader.
    pub question: Text,
    /// The boards in play.
    pub boards: Vec<Board>,
    /// Tactic ids that are worth considering.
    pub tactics: Vec<String>,
    /// Perspectives drawn from the report's reasoning: not the right answer.
    pub considerations: Text,
}

/// A term a new hire meets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// A stable id.
    pub id: String,
    /// The term as written (often the same in both languages).
    pub term: Text,
    /// A plain-language explanation.
    pub definition: Text,
}
