//! A generated journal for benchmarks and UI tests: not for users.
//!
//! Deterministic (the same `n`, `seed` and content give the same entries), about 1 KB of
//! Dutch-ish text per entry, spread over three years, with tactics, boards, tags, statuses,
//! boundary answers and some follow-ups. A small xorshift generator keeps it free of `rand`.

use super::date::Date;
use super::entry::{Entry, FollowUp, Status, YesNo};
use crate::content::{Board, Content};

const TITLES: [&str; 12] = [
    "Warmtenet in de wijk",
    "Subsidie voor de coöperatie",
    "Raadsvoorstel aardgasvrij",
    "Capaciteit in het team",
    "Bewonersavond over isolatie",
    "Netcongestie en de planning",
    "Wethouder wil sneller",
    "Energiearmoede in de flat",
    "Kaders van de begroting",
    "Initiatief van de buurt",
    "Samenwerking met de woningcorporatie",
    "Een advies dat niet welkom is",
];

const SENTENCES: [&str; 16] = [
    "De bewonerscoöperatie vraagt om een lening voor het warmtenet, maar de kaders laten dat niet toe.",
    "Mijn leidinggevende wil het dossier stil laten liggen tot na de verkiezingen van volgend jaar.",
    "De wethouder heeft iets toegezegd aan de raad wat ambtelijk nog niet is uitgezocht of begroot.",
    "In de wijk groeit het wantrouwen omdat eerdere beloften over isolatie niet zijn nagekomen.",
    "Het team heeft te weinig capaciteit om alle initiatieven serieus te begeleiden en te ondersteunen.",
    "Een collega deelt informatie uit het college informeel met een betrokken partij buiten het huis.",
    "De netbeheerder meldt dat er tot 2030 geen ruimte op het net is voor de geplande warmtepompen.",
    "De woningcorporatie wil meedoen als de gemeente het risico op zich neemt, maar dat is politiek gevoelig.",
    "Ik twijfel of ik mijn advies moet afzwakken zodat het beter past bij wat het bestuur wil horen.",
    "Er is een kans om het project te koppelen aan de vervanging van het riool in dezelfde straten.",
    "Bewoners vragen mij om mee te denken over een aanvraag die eigenlijk tegen ons beleid ingaat.",
    "Het programma loopt achter en de druk om resultaten te laten zien neemt per week verder toe.",
    "Een raadslid vraagt mij rechtstreeks om cijfers die nog niet met de wethouder zijn besproken.",
    "De provincie biedt geld, mits we binnen zes weken een plan indienen dat intern nog niet rond is.",
    "Ik merk dat ik de neiging heb mij terug te trekken zodra het conflict met de afdeling oploopt.",
    "Het initiatief van de buurt is kwetsbaar, en een te strakke aanpak van ons kan het kapotmaken.",
];

const STAKEHOLDERS: [&str; 8] = [
    "wethouder",
    "teamleider",
    "bewonerscoöperatie",
    "netbeheerder",
    "woningcorporatie",
    "raadslid",
    "collega beleid",
    "provincie",
];

const TAGS: [&str; 10] = [
    "warmtenet",
    "coöperatie",
    "aardgasvrij",
    "isolatie",
    "begroting",
    "raad",
    "participatie",
    "netcongestie",
    "energiearmoede",
    "capaciteit",
];

const ROLES: [&str; 4] = [
    "vertrouwenspersoon",
    "teamleider",
    "intervisiegroep",
    "coach",
];

/// Days from the first possible entry date to the last: three years.
const SPAN_DAYS: u64 = 3 * 365;

/// Generates `n` entries from `seed`, deterministically. For benchmarks and UI tests only.
pub fn generate(n: usize, seed: u64, content: &Content) -> Vec<Entry> {
    let mut rng = XorShift::new(seed);
    let start = Date {
        year: 2023,
        month: 1,
        day: 1,
    };
    (0..n).map(|i| entry(i, &mut rng, content, start)).collect()
}

fn entry(i: usize, rng: &mut XorShift, content: &Content, start: Date) -> Entry {
    let date = start.add_days(rng.below(SPAN_DAYS) as i64);
    let mut e = Entry::new(format!("{} {}", rng.pick(&TITLES), i + 1), date);
    e.dilemma = rng.sentences(5);
    e.options = rng.sentences(2);
    e.boards = Board::ALL.into_iter().filter(|_| rng.chance(40)).collect();
    let tactics = content.tactics();
    for _ in 0..=rng.below(3) {
        if let Some(t) = tactics.get(rng.below(tactics.len() as u64) as usize)
            && !e.tactics.contains(&t.id)
        {
            e.tactics.push(t.id.clone());
        }
    }
    e.stakeholders = (0..=rng.below(2))
        .map(|_| String::from(*rng.pick(&STAKEHOLDERS)))
        .collect();
    e.tags = (0..=rng.below(2))
        .map(|_| String::from(*rng.pick(&TAGS)))
        .collect();
    e.status = *rng.pick(&Status::ALL);
    e.oath.fits = rng.answer();
    e.confidant.discussed = rng.answer();
    if e.confidant.discussed == Some(YesNo::Yes) {
        e.confidant.with_role = String::from(*rng.pick(&ROLES));
    }
    e.deliberation.needed = rng.answer();
    if e.deliberation.needed == Some(YesNo::Yes) && rng.chance(70) {
        e.deliberation.facts = rng.sentences(1);
        e.deliberation.choice_do = "Ik bespreek het eerst openlijk met de wethouder".into();
        e.deliberation.choice_because = "omdat transparantie het vertrouwen beschermt".into();
        e.deliberation.choice_despite = "ondanks het risico op vertraging".into();
    }
    if e.status != Status::Open {
        e.decision = rng.sentences(1);
    }
    if rng.chance(30) {
        for k in 0..=rng.below(1) {
            e.follow_ups.push(FollowUp {
                date: date.add_days(7 + 30 * k as i64 + rng.below(60) as i64),
                happened: rng.sentences(1),
                pushback: String::new(),
                adjustment: String::new(),
                learned: "Eerder de vertrouwenspersoon betrekken.".into(),
            });
        }
    }
    e.captured_locked = rng.chance(3);
    e.practice = rng.chance(2);
    e
}

/// Marsaglia's xorshift64* generator: tiny, fast and good enough for test data.
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> XorShift {
        // A zero state would stay zero forever.
        XorShift((seed ^ 0x9E37_79B9_7F4A_7C15).max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next().checked_rem(n).unwrap_or(0)
    }

    /// True with `percent` % probability.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One of a fixed, non-empty pool.
    fn pick<'a, T, const N: usize>(&mut self, items: &'a [T; N]) -> &'a T {
        const { assert!(N > 0, "a pool to pick from is never empty") };
        &items[self.below(N as u64) as usize]
    }

    fn sentences(&mut self, count: usize) -> String {
        (0..count)
            .map(|_| *self.pick(&SENTENCES))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn answer(&mut self) -> Option<YesNo> {
        match self.below(5) {
            0 => None,
            1 => Some(YesNo::Yes),
            2 | 3 => Some(YesNo::No),
            _ => Some(YesNo::Unsure),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Content {
        Content::embedded().expect("the embedded content is valid")
    }

    fn bytes(e: &Entry) -> usize {
        e.search_text().map(str::len).sum()
    }

    #[test]
    fn the_same_seed_gives_the_same_journal() {
        let c = content();
        assert_eq!(generate(200, 7, &c), generate(200, 7, &c));
        assert_ne!(generate(200, 7, &c), generate(200, 8, &c));
        assert_eq!(generate(50, 7, &c), generate(200, 7, &c)[..50]);
        assert!(generate(0, 7, &c).is_empty());
    }

    #[test]
    fn entries_are_about_a_kilobyte_and_varied() {
        let c = content();
        let entries = generate(1000, 42, &c);
        let total: usize = entries.iter().map(bytes).sum();
        let average = total / entries.len();
        assert!((800..=1300).contains(&average), "{average} bytes");
        let last = Date {
            year: 2025,
            month: 12,
            day: 31,
        };
        for e in &entries {
            assert!(e.validate(&c, last).is_empty(), "{e:?}");
            assert!(e.date.year >= 2023 && e.date <= last);
            assert!(!e.tactics.is_empty() && !e.tags.is_empty());
        }
        for s in Status::ALL {
            assert!(entries.iter().any(|e| e.status == s), "{s:?}");
        }
        let with_follow_ups = entries.iter().filter(|e| !e.follow_ups.is_empty()).count();
        assert!((150..=450).contains(&with_follow_ups), "{with_follow_ups}");
        assert!(entries.iter().any(|e| !e.boards.is_empty()));
        assert!(entries.iter().any(|e| e.open_boundary_question(&c)));
        assert!(entries.iter().any(|e| e.date.year == 2025));
    }
}
