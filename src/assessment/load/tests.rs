use super::*;
use crate::assessment::Key;

fn content() -> Content {
    Content::embedded().expect("valid content")
}

/// A valid questionnaire: four Likert items for every dimension, alternating keys.
fn valid_source() -> String {
    let mut items = String::new();
    for (i, d) in Dimension::ALL.iter().enumerate() {
        for j in 0..4 {
            let key = if (i + j) % 2 == 0 { "Plus" } else { "Minus" };
            items.push_str(&format!(
                "        Likert(id: \"{}{j}\", text: (nl: \"Stelling\", en: \"Statement\"), dimension: \"{}\", key: {key}),\n",
                d.key(),
                d.key()
            ));
        }
    }
    format!(
        "Questionnaire(\n    id: \"mine\",\n    title: (nl: \"Mijn lijst\", en: \"My list\"),\n    description: (nl: \"Kort\", en: \"Short\"),\n    items: [\n{items}    ],\n)\n"
    )
}

fn messages(errors: &[Diagnostic]) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

#[test]
fn a_generated_valid_questionnaire_passes() {
    let q = parse_questionnaire("mine.ron", &valid_source(), &content()).expect("valid");
    assert_eq!(q.items.len(), 40);
}

#[test]
fn the_default_questionnaire_is_valid_balanced_and_draws_on_the_cases() {
    let c = content();
    let cat = Catalogue::load(None, &c);
    assert!(cat.errors.is_empty(), "{:?}", messages(&cat.errors));
    let q = &cat.questionnaires[0].questionnaire;
    assert!(
        (30..=45).contains(&q.items.len()),
        "{} items",
        q.items.len()
    );
    let (mut plus, mut minus) = (0i32, 0i32);
    let mut likert_per_dim = [0usize; 10];
    let mut balance = [0i32; 10];
    let mut cases = Vec::new();
    for item in &q.items {
        match item {
            Item::Likert { dimension, key, .. } => {
                *if *key == Key::Plus {
                    &mut plus
                } else {
                    &mut minus
                } += 1;
                let i = Dimension::from_key(dimension).expect("checked").index();
                likert_per_dim[i] += 1;
                balance[i] += if *key == Key::Plus { 1 } else { -1 };
            }
            Item::Scenario { case, .. } => cases.extend(case.clone()),
        }
    }
    assert!(likert_per_dim.iter().all(|n| *n >= 3), "{likert_per_dim:?}");
    // Plus and minus keys as even on every dimension as the number of statements allows, so
    // agreeing with everything nearly cancels; with three statements one key is one ahead,
    // which the situations (50 on average for a yes-sayer) dilute.
    assert!(balance.iter().all(|b| b.abs() <= 1), "{balance:?}");
    assert!((plus - minus).abs() <= 5, "{plus}+ {minus}−");
    cases.sort();
    cases.dedup();
    assert_eq!(cases, ["amerdoorn", "hertogenburg", "wassenberg"]);
}

#[test]
fn every_semantic_error_is_reported_at_once_with_its_position() {
    let src = r#"Questionnaire(
    id: "x",
    title: (nl: "Titel", en: ""),
    description: (nl: "Kort", en: "Short"),
    items: [
        Likert(id: "a", text: (nl: "A", en: "A"), dimension: "enagged", key: Plus),
        Likert(id: "a", text: (nl: "B", en: "B"), dimension: "partner", key: Minus),
        Scenario(
            id: "s",
            case: Some("nergenshuizen"),
            situation: (nl: "S", en: "S"),
            options: [
                (text: (nl: "o1", en: "o1"), scores: [("partner", 2)]),
                (text: (nl: "o2", en: "o2"), scores: []),
                (text: (nl: "o3", en: "o3"), scores: [("mediate", 7)]),
            ],
        ),
    ],
)"#;
    let errors = parse_questionnaire("x.ron", src, &content()).unwrap_err();
    let m = messages(&errors);
    let has = |needle: &str| m.iter().any(|e| e.contains(needle));
    assert!(
        has("x.ron:3:5: missing translation: the title has no en text"),
        "{m:#?}"
    );
    assert!(has("x.ron:6:62: unknown dimension \"enagged\""), "{m:#?}");
    assert!(has("x.ron:7:20: duplicate item id \"a\""), "{m:#?}");
    assert!(has("x.ron:10:24: unknown case \"nergenshuizen\""), "{m:#?}");
    assert!(
        has("x.ron:14:18: option 2 of scenario \"s\" scores nothing"),
        "{m:#?}"
    );
    assert!(
        has("x.ron:15:56: weight 7 for \"mediate\" is out of range"),
        "{m:#?}"
    );
    assert!(
        has("x.ron:5:5: dimension \"engaged\" is measured by 0 item(s)"),
        "{m:#?}"
    );
    assert!(
        has("x.ron:5:5: dimension \"partner\" is measured by 2 item(s)"),
        "{m:#?}"
    );
}

#[test]
fn syntax_errors_name_file_line_and_column() {
    let src = valid_source().replacen("key: Plus),", "key: Plus)", 1);
    let errors = parse_questionnaire("mine.ron", &src, &content()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].to_string().starts_with("mine.ron:7:"),
        "{}",
        errors[0]
    );
}

#[test]
fn hostile_inputs_never_panic() {
    let c = content();
    let deep = "Questionnaire(id: \"x\", items: ".to_owned() + &"[".repeat(50_000);
    let deep_option = "Questionnaire(id: \"x\", items: [Scenario(id: \"s\", case: ".to_owned()
        + &"Some(".repeat(50_000);
    for src in [
        String::new(),
        "   ".into(),
        deep,
        deep_option,
        "\u{0}\u{1}\u{2}".into(),
        "(".into(),
    ] {
        assert!(parse_questionnaire("h.ron", &src, &c).is_err());
    }
    // Every prefix of a valid file is either valid or an error, never a panic.
    let valid = valid_source();
    for cut in (0..valid.len())
        .step_by(11)
        .filter(|i| valid.is_char_boundary(*i))
    {
        let _ = parse_questionnaire("h.ron", &valid[..cut], &c);
    }
    // Pseudo-random bytes through the whole path: decode, parse, check.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for len in 0..400 {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                b"()[]{}:,\"'/*#rSomeLikert \n\xff"[(state % 27) as usize]
            })
            .collect();
        if let Ok(text) = decode_utf8("h.ron", &bytes) {
            let _ = parse_questionnaire("h.ron", text, &c);
        }
    }
}

#[test]
fn a_folder_with_a_broken_file_still_loads_the_others() {
    let c = content();
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a-good.ron"), valid_source()).expect("write");
    std::fs::write(
        dir.path().join("b-broken.ron"),
        "Questionnaire(\n  id: \"b\",\n  items: [,]\n)",
    )
    .expect("write");
    std::fs::write(dir.path().join("c-binary.ron"), [0u8, 159, 146, 150]).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "not a questionnaire").expect("write");
    let cat = Catalogue::load(Some(dir.path()), &c);
    let ids: Vec<_> = cat
        .questionnaires
        .iter()
        .map(|l| l.questionnaire.id.as_str())
        .collect();
    assert_eq!(ids, ["default", "mine"]);
    let m = messages(&cat.errors);
    assert_eq!(m.len(), 2, "{m:#?}");
    assert!(m[0].contains("b-broken.ron:3:"), "{m:#?}");
    assert!(
        m[1].contains("c-binary.ron:1:2: this is not UTF-8"),
        "{m:#?}"
    );
}

#[test]
fn a_missing_folder_is_just_empty_and_a_duplicate_id_is_skipped() {
    let c = content();
    let dir = tempfile::tempdir().expect("temp dir");
    let cat = Catalogue::load(Some(&dir.path().join("nope")), &c);
    assert_eq!(cat.questionnaires.len(), 1);
    assert!(cat.errors.is_empty());
    std::fs::write(
        dir.path().join("copy.ron"),
        valid_source().replace("\"mine\"", "\"default\""),
    )
    .expect("write");
    let cat = Catalogue::load(Some(dir.path()), &c);
    assert_eq!(cat.questionnaires.len(), 1);
    assert!(
        cat.errors[0]
            .to_string()
            .contains("already uses the id \"default\"")
    );
}

#[test]
fn the_audits_mis_keyed_options_are_mended() {
    let c = content();
    let cat = Catalogue::load(None, &c);
    let q = &cat.questionnaires[0].questionnaire;
    let option = |id: &str, i: usize| -> Vec<String> {
        q.items
            .iter()
            .find_map(|item| match item {
                Item::Scenario { id: s, options, .. } if s == id => options.get(i).cloned(),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{id} option {}", i + 1))
            .scores
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    };
    // Writing to B&W about missed deadlines is partner work, not sabotage.
    let s01 = option("s01", 3);
    assert!(s01.contains(&"partner".into()) && !s01.contains(&"saboteur".into()));
    // Outside today's ethics: going around the college, laying responsibility on the
    // executive in public, exploring behind the administration's back, stalling, laying
    // ducts or filing a grant application without the executive knowing. Each scores
    // saboteur.
    for (id, i) in [
        ("s03", 3),
        ("s04", 1),
        ("s05", 2),
        ("s07", 0),
        ("s08", 4),
        ("s09", 2),
    ] {
        assert!(
            option(id, i).contains(&"saboteur".into()),
            "{id} option {}",
            i + 1
        );
    }
    // No option is scored player for mediation only, nor partner for withdrawing.
    for i in 0..5 {
        let o = option("s02", i);
        assert!(
            !o.contains(&"player".into()) || i == 1,
            "s02 option {}",
            i + 1
        );
    }
}

/// The design that lets 45 items recover every dimension (see the README): every option of
/// every situation speaks for one dimension at full weight, so its choice is not diluted over
/// two, and every situation has five options on five different dimensions.
#[test]
fn the_default_situations_have_five_single_dimension_options() {
    let c = content();
    let cat = Catalogue::load(None, &c);
    let q = &cat.questionnaires[0].questionnaire;
    let mut situations = 0;
    for item in &q.items {
        if let Item::Scenario { id, options, .. } = item {
            situations += 1;
            assert_eq!(options.len(), 5, "{id}");
            let mut dims: Vec<&str> = Vec::new();
            for o in options {
                assert_eq!(o.scores.len(), 1, "{id}: {:?}", o.scores);
                assert_eq!(o.scores[0].1, 3, "{id}: {:?}", o.scores);
                dims.push(&o.scores[0].0);
            }
            dims.sort_unstable();
            dims.dedup();
            assert_eq!(dims.len(), 5, "{id}: two options on one dimension");
        }
    }
    assert_eq!(situations, 10);
}
