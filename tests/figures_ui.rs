//! The figures explain themselves to a screen reader: each has a text alternative that states
//! its numbers in words, and an ethics zone is never told by colour alone.

mod common;

use ambtelijke_ruimte::assessment::{BoardPosition, DimScore, Profile, Take};
use ambtelijke_ruimte::content::{Board, EthicsZone, Pole};
use ambtelijke_ruimte::journal::Date;
use ambtelijke_ruimte::ui::{S, Screen};
use common::{click, content, harness, nl, test_session};
use egui::Role;
use egui_kittest::kittest::{NodeT, Queryable};

/// A profile with fixed scores (in `Dimension::ALL` order) and bands.
fn profile(scores: [f32; 10], bands: [f32; 10], comfort: Vec<Pole>) -> Profile {
    Profile {
        scores: scores.iter().map(|v| DimScore::Score(*v)).collect(),
        bands: bands.iter().map(|b| Some(*b)).collect(),
        boards: vec![
            BoardPosition {
                board: Board::Political,
                position: Some(0.2),
            },
            BoardPosition {
                board: Board::Organisational,
                position: Some(0.5),
            },
            BoardPosition {
                board: Board::Societal,
                position: Some(0.9),
            },
        ],
        comfort_zone: comfort,
        weakest: vec![Pole::Saboteur],
    }
}

fn take(date: &str, profile: Profile) -> Take {
    let day = Date::parse(date).expect("a date").to_days();
    take_at(day * 86_400 + 10 * 3600, profile)
}

/// A take completed at `completed` (unix seconds).
fn take_at(completed: i64, profile: Profile) -> Take {
    Take {
        questionnaire: "default".into(),
        completed,
        answers: Default::default(),
        profile,
    }
}

/// The full label of the one node whose label contains `part`.
fn label_of(h: &egui_kittest::Harness<'_, ambtelijke_ruimte::ui::App>, part: &str) -> String {
    h.get_by_label_contains(part)
        .accesskit_node()
        .label()
        .map(|l| l.to_string())
        .unwrap_or_default()
}

#[test]
fn every_profile_figure_states_its_numbers_in_its_text_alternative() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = test_session(dir.path());
    let bands = [7.0; 10];
    let first = profile(
        [62.0, 45.0, 20.0, 70.0, 50.0, 10.0, 30.0, 65.0, 45.0, 80.0],
        bands,
        vec![Pole::Player, Pole::Partner],
    );
    let mut later_scores = [62.0, 45.0, 20.0, 70.0, 50.0, 10.0, 30.0, 65.0, 45.0, 80.0];
    later_scores[0] = 95.0;
    let later = profile(later_scores, bands, vec![Pole::Player, Pole::Partner]);
    let now = Date::parse("2026-05-01").expect("date").to_days() * 86_400;
    for t in [take("2026-01-12", first), take("2026-04-20", later)] {
        session.save_take(t, now).expect("take saved");
    }
    let mut h = harness(
        dir.path(),
        Some(session),
        Some(Screen::Profile),
        5000.0,
        0.1,
    );
    h.run();

    let stances = label_of(&h, "De drie houdingen, elk een eigen score");
    assert!(
        stances.contains("Geëngageerd 95, band 88 tot 100, duidelijk aanwezig"),
        "{stances}"
    );
    assert!(
        stances.contains("Ondernemend 45, band 38 tot 52, niet duidelijk aanwezig of afwezig"),
        "{stances}"
    );
    assert!(
        stances.contains("Activistisch 20, band 13 tot 27, duidelijk afwezig"),
        "{stances}"
    );

    let boards = label_of(&h, "Schaakborden-figuur, scores van 0 tot 100");
    for part in [
        "Politieke ruimte: jouw positie 20 van 100, in het veld van Politieke partner",
        "Politieke partner 70, band 63 tot 77",
        "Politieke saboteur 10, band 3 tot 17",
        "Organisatieruimte: jouw positie 50 van 100, in het veld van Destabiliseren",
        "Speler worden 80, band 73 tot 87",
        "Comfortzone: Speler worden, Politieke partner.",
    ] {
        assert!(boards.contains(part), "missing {part:?} in {boards}");
    }

    let history = label_of(&h, "Verloop van de scores, Houdingen");
    for part in [
        "Geëngageerd: 2026-01-12 62, band 55 tot 69, 2026-04-20 95, band 88 tot 100 (betrouwbare verandering +33",
        "Ondernemend: 2026-01-12 45, band 38 tot 52, 2026-04-20 45, band 38 tot 52;",
    ] {
        assert!(history.contains(part), "missing {part:?} in {history}");
    }
    // The picker shows one board at a time, with its own text alternative.
    h.get_by_role_and_label(Role::Button, "Maatschappelijke ruimte")
        .click();
    h.run();
    let societal = label_of(&h, "Verloop van de scores, Maatschappelijke ruimte");
    assert!(
        societal.contains("Bemiddelen: 2026-01-12 45, band 38 tot 52"),
        "{societal}"
    );
    // Every mark has a legend entry that says what it means.
    for entry in [
        nl(S::YourPosition),
        nl(S::FigBoardsLegendComfort),
        nl(S::FigLegendBand),
        nl(S::FigHistoryLegendReliable),
    ] {
        assert!(
            h.query_all_by_label_contains(&format!("{entry}: "))
                .next()
                .is_some(),
            "no legend entry {entry:?}"
        );
    }
}

#[test]
fn the_repertoire_map_and_the_tactic_grid_tell_the_ethics_zone_in_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = test_session(dir.path());
    let today = Date::parse("2026-06-30").expect("date");
    for title in ["Eén", "Twee"] {
        let mut e = ambtelijke_ruimte::journal::Entry::new(title, today);
        e.tactics = vec!["traineren".to_owned(), "weigeren".to_owned()];
        session.save_entry(None, e, 1_782_000_000).expect("entry");
    }
    let mut h = harness(
        dir.path(),
        Some(session),
        Some(Screen::Tactics),
        3000.0,
        0.1,
    );
    h.run();
    let c = content();
    let map = label_of(&h, "Repertoirekaart: ");
    assert!(
        map.starts_with("Repertoirekaart: 2 van de 28 tactieken gekoppeld"),
        "{map}"
    );
    assert!(
        map.contains("Politieke saboteur: Weigeren 2×, Traineren 2×."),
        "{map}"
    );
    for t in c.tactics() {
        let name = &t.name.nl;
        let zone = zone_nl(t.ethics);
        // The grid's button: its name, and the zone as description (and as text on it).
        let button = h.get_by_role_and_label(Role::Button, name);
        let description = button.accesskit_node().description().map(|d| d.to_string());
        assert_eq!(description.as_deref(), Some(zone), "{name}");
        // The map's cell says the count in its label and the zone as its description.
        let n = if ["traineren", "weigeren"].contains(&t.id.as_str()) {
            2
        } else {
            0
        };
        let cell_label = format!("{name}: {n}× gekoppeld");
        let cell = h.get_by_role_and_label(Role::Button, &cell_label);
        let description = cell.accesskit_node().description().map(|d| d.to_string());
        assert_eq!(description.as_deref(), Some(zone), "{name} in the map");
    }
    for z in EthicsZone::ALL {
        h.get_by_label_contains(&format!(": {}", zone_nl(z)));
    }
}

#[test]
fn the_journal_tactic_picker_names_each_tactics_zone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness(
        dir.path(),
        Some(session),
        Some(Screen::Journal),
        3000.0,
        0.1,
    );
    click(&mut h, nl(S::NewEntry));
    h.get_by_label(nl(S::AddTactic)).click();
    h.run();
    let c = content();
    let t = c.tactic("traineren").expect("tactic");
    let item = h.get_by_label(&t.name.nl);
    let description = item.accesskit_node().description().map(|d| d.to_string());
    assert_eq!(description.as_deref(), Some(zone_nl(t.ethics)));
}

fn zone_nl(z: EthicsZone) -> &'static str {
    match z {
        EthicsZone::Fits => nl(S::ZoneFits),
        EthicsZone::Stretches => nl(S::ZoneStretches),
        EthicsZone::Outside => nl(S::ZoneOutside),
    }
}

/// Not a check: fills `$FIGURES_SEED_DIR/data` with a vault (passphrase `common::PASS`), four
/// takes on different dates and a few linked entries, so the figures can be looked at on the
/// real binary (`ruimte --data-dir $FIGURES_SEED_DIR/data`).
#[test]
#[ignore = "seeds a data dir for screenshots: FIGURES_SEED_DIR=DIR cargo test --test figures_ui -- --ignored"]
fn seed_a_vault_with_history_for_screenshots() {
    let Some(dir) = std::env::var_os("FIGURES_SEED_DIR") else {
        panic!("set FIGURES_SEED_DIR to the folder to fill");
    };
    let root = std::path::PathBuf::from(dir);
    let mut session = test_session(&root);
    let bands = [6.0, 5.0, 7.0, 6.0, 7.0, 8.0, 5.0, 7.0, 6.0, 6.0];
    let comfort = vec![Pole::Player, Pole::BuildUp];
    let takes = [
        (
            "2025-09-15",
            [55.0, 48.0, 22.0, 72.0, 41.0, 12.0, 66.0, 35.0, 58.0, 61.0],
        ),
        (
            "2025-12-02",
            [61.0, 52.0, 25.0, 70.0, 44.0, 15.0, 64.0, 39.0, 55.0, 68.0],
        ),
        (
            "2026-03-10",
            [64.0, 57.0, 31.0, 66.0, 52.0, 18.0, 60.0, 47.0, 50.0, 74.0],
        ),
        (
            "2026-06-23",
            [83.0, 58.0, 30.0, 63.0, 55.0, 20.0, 58.0, 71.0, 49.0, 79.0],
        ),
    ];
    let now = Date::parse("2026-07-01").expect("date").to_days() * 86_400;
    for (date, scores) in takes {
        let t = take(date, profile(scores, bands, comfort.clone()));
        session.save_take(t, now).expect("take");
    }
    let today = Date::parse("2026-06-30").expect("date");
    for (title, tactics) in [
        ("Warmtenet Noord", vec!["traineren", "loyale-tegenspraak"]),
        ("Subsidieregeling", vec!["loyale-tegenspraak"]),
        ("Bewonersavond", vec!["frame-normaal"]),
    ] {
        let mut e = ambtelijke_ruimte::journal::Entry::new(title, today);
        e.tactics = tactics.into_iter().map(str::to_owned).collect();
        session.save_entry(None, e, now).expect("entry");
    }
}

/// Takes on two dates, saved in a fresh test vault in `root`.
fn session_with_history(root: &std::path::Path) -> ambtelijke_ruimte::session::Session {
    let mut session = test_session(root);
    let bands = [7.0; 10];
    let mut scores = [62.0, 45.0, 20.0, 70.0, 50.0, 10.0, 30.0, 65.0, 45.0, 80.0];
    let now = Date::parse("2026-05-01").expect("date").to_days() * 86_400;
    for date in ["2026-01-12", "2026-04-20"] {
        let p = profile(scores, bands, vec![Pole::Player, Pole::Partner]);
        session.save_take(take(date, p), now).expect("take saved");
        scores[0] = 95.0;
    }
    session
}

#[test]
fn at_text_size_2_the_profile_figures_and_legends_stay_inside_the_window() {
    use ambtelijke_ruimte::ui::SettingsCmd;
    let dir = tempfile::tempdir().expect("temp dir");
    let session = session_with_history(dir.path());
    let mut h = common::harness_sized(
        dir.path(),
        Some(session),
        Some(Screen::Profile),
        [1024.0, 3000.0],
        0.25,
    );
    h.state_mut().push(SettingsCmd::SetTextScale(2.0));
    h.run();
    let width = h.ctx.content_rect().width();
    let mut outside = Vec::new();
    let mut figures = 0;
    for role in [Role::Image, Role::ListItem, Role::Button] {
        for node in h.query_all_by_role(role) {
            figures += usize::from(role == Role::Image);
            if node.rect().right() > width + 1.0 {
                outside.push(format!("{role:?} {:?}", node.accesskit_node().label()));
            }
        }
    }
    assert!(
        figures >= 3,
        "the stances, the boards and the history are drawn"
    );
    assert!(outside.is_empty(), "wider than {width}: {outside:#?}");
}

/// The history chart of takes on one day says when each was, in local time: a new user's
/// usual case (two takes today), and a single take.
#[test]
fn the_history_chart_names_the_local_time_of_takes_on_one_day() {
    use ambtelijke_ruimte::clock::Zone;
    // 2026-12-01 13:46 and 13:50 UTC: 14:46 and 14:50 in Amsterdam (winter time).
    let afternoon = 1_796_132_760;
    let bands = [7.0; 10];
    let scores = [62.0, 45.0, 20.0, 70.0, 50.0, 10.0, 30.0, 65.0, 45.0, 80.0];
    for (times, expected) in [
        (
            vec![afternoon],
            vec!["Geëngageerd: 2026-12-01 14:46 62, band 55 tot 69"],
        ),
        (
            vec![afternoon, afternoon + 4 * 60],
            vec!["Geëngageerd: 2026-12-01 14:46 62", ", 2026-12-01 14:50 62"],
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut session = test_session(dir.path());
        for t in &times {
            let p = profile(scores, bands, vec![Pole::Player]);
            session
                .save_take(take_at(*t, p), afternoon + 3600)
                .expect("take saved");
        }
        let mut h = harness(dir.path(), Some(session), None, 5000.0, 0.1);
        h.state_mut()
            .set_zone(Zone::named("Europe/Amsterdam").expect("the tz database knows Amsterdam"));
        h.state_mut()
            .push(ambtelijke_ruimte::ui::NavCmd::Go(Screen::Profile));
        h.run();
        let history = label_of(&h, "Verloop van de scores, Houdingen");
        for part in expected {
            assert!(history.contains(part), "missing {part:?} in {history}");
        }
        // The takes list under it says the same local time.
        h.get_by_label_contains("2026-12-01 14:46 · ");
    }
}
