use super::*;

const SUMMARY: &str = "<!-- ambtelijke-ruimte summary v1 -->\n---\ncoach: Kim\npurpose: intervisie\nshared: 2026-03-01\ndelete-after: 2026-06-01\nreply-to: age1xyz\n---\n\n# Samenvatting\n\nInleiding.\n\n## Eerste {#entry-01A}\n\n*Datum: 2026-02-01*\n\n### Dilemma\n\n**Rollen:** wethouder\n\n## Dilemma 2 {#entry-01B}\n\n- [\u{2026}] belde\n<!-- signature: ed25519:aa bb -->\n";

#[test]
fn front_matter_comments_and_anchors_go_and_the_header_stays_as_data() {
    let shown = for_display(SUMMARY);
    let header = shown.header.expect("a header");
    assert_eq!(header.coach, "Kim");
    assert_eq!(header.purpose, "intervisie");
    assert_eq!(header.shared, Date::parse("2026-03-01"));
    assert_eq!(header.delete_after, Date::parse("2026-06-01"));
    assert_eq!(header.reply_to, "age1xyz");
    let md = &shown.markdown;
    for gone in [
        "<!--",
        "-->",
        "{#entry-",
        "---",
        "coach:",
        "reply-to",
        "signature",
    ] {
        assert!(!md.contains(gone), "{gone} in {md}");
    }
    assert!(md.starts_with("# Samenvatting\n"), "{md}");
    assert!(md.contains("\n## Eerste\n"), "{md}");
    assert!(md.contains("\n## Dilemma 2\n"), "{md}");
    assert!(md.contains("### Dilemma\n\n**Rollen:** wethouder"), "{md}");
}

#[test]
fn a_text_without_front_matter_is_shown_without_a_header() {
    let shown = for_display("# Los\n\ntekst\n");
    assert!(shown.header.is_none());
    assert_eq!(shown.markdown, "# Los\n\ntekst\n");
    // An unclosed block is no front matter: nothing is hidden.
    let shown = for_display("---\ncoach: x\n");
    assert!(shown.header.is_none());
    assert!(shown.markdown.contains("coach: x"));
}

#[test]
fn comment_and_anchor_marks_in_the_users_text_show_as_typed_and_hide_nothing() {
    let shown = for_display("## Kop {#entry-01A\nregel <!-- open\nvolgende -->\nzie {#entry-x}\n");
    assert_eq!(
        shown.markdown,
        "## Kop {\\#entry-01A\nregel &lt;!-- open\nvolgende -->\nzie {\\#entry-x}\n"
    );
}

#[test]
fn blanked_words_are_marked_as_code() {
    assert_eq!(
        mark_redactions("[\u{2026}] belde [\u{2026}]"),
        "`[\u{2026}]` belde `[\u{2026}]`"
    );
}

mod property {
    use super::*;
    use proptest::prelude::*;

    /// Pieces that could build (or half build) a comment, an anchor or a header.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("<!--".to_owned()),
            Just("-->".to_owned()),
            Just("<!".to_owned()),
            Just("--".to_owned()),
            Just("{#entry-".to_owned()),
            Just("{#".to_owned()),
            Just("entry-".to_owned()),
            Just("}".to_owned()),
            Just("---".to_owned()),
            Just("\n".to_owned()),
            Just("## ".to_owned()),
            Just(" ".to_owned()),
            "[a-zé0-9]{1,6}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn no_comment_or_anchor_survives(
            head in proptest::collection::vec(piece(), 0..12),
            body in proptest::collection::vec(piece(), 0..40),
        ) {
            let text = format!(
                "<!-- ambtelijke-ruimte summary v1 -->\n---\ncoach: {}\n---\n{}",
                head.concat().replace('\n', " "),
                body.concat()
            );
            let shown = for_display(&text);
            prop_assert!(!shown.markdown.contains("<!--"), "{:?}", shown.markdown);
            prop_assert!(!shown.markdown.contains("{#entry-"), "{:?}", shown.markdown);
            let raw = for_display(&body.concat());
            prop_assert!(!raw.markdown.contains("<!--"), "{:?}", raw.markdown);
            prop_assert!(!raw.markdown.contains("{#entry-"), "{:?}", raw.markdown);
        }
    }
}
