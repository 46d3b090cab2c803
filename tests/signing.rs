//! Signed coach summaries: an export carries the coachee's signature; the coach sees who sent it,
//! pins the sender's key on first open, is warned when a summary pretends to come from a known
//! sender, and feedback goes only to the pinned key. A forged signature is refused.

mod common;

use std::path::Path;
use std::sync::Arc;

use ambtelijke_ruimte::export::{
    ExportError, Sender, check_sender, encrypt_armored, open_summary, parse_recipient, sign_summary,
};
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::vault::{SecretString, Unlocked, Vault};
use common::PASS;

const NOW: i64 = 1_780_000_000;

fn session(dir: &Path) -> Session {
    let pass = SecretString::from(PASS.to_owned());
    let (vault, _) = Vault::create_with_work_factor_for_tests(dir, &pass, 10).expect("create");
    Session::unlock(Arc::new(vault), &pass).expect("unlock")
}

/// `from` shares one entry with `coach`; returns the armored file text.
fn share(from: &mut Session, coach: &Session) -> String {
    let entry = Entry::new("Dilemma", Date::from_unix(NOW));
    let key = coach.unlocked().recipient();
    common::sharing::shared_text(from, entry, &key, &common::sharing::kim(None), NOW)
}

/// What a forger who has the coach's public key sends: `text` encrypted to the coach.
fn forge(text: &str, coach: &Session) -> String {
    let recipient = parse_recipient(&coach.unlocked().recipient()).expect("key");
    encrypt_armored(text, &recipient).expect("encrypt")
}

#[test]
fn the_coach_pins_the_sender_and_feedback_goes_only_to_the_pinned_key() {
    let tmp = tempfile::tempdir().expect("tmp");
    let config = tmp.path().join("coach-config");
    let mut anne = session(&tmp.path().join("anne"));
    let coach = session(&tmp.path().join("coach"));

    let file = share(&mut anne, &coach);
    let mut first = open_summary(file.as_bytes(), coach.unlocked()).expect("open");
    assert_eq!(first.signer, Some(anne.unlocked().signer()));
    let sender = check_sender(&mut first, &config, Some("Anne")).expect("pin");
    assert_eq!(
        sender,
        Sender::New {
            name: "Anne".into()
        }
    );
    let mut again =
        open_summary(share(&mut anne, &coach).as_bytes(), coach.unlocked()).expect("open");
    let known = check_sender(&mut again, &config, None).expect("known");
    assert_eq!(
        known,
        Sender::Known {
            name: "Anne".into()
        }
    );

    // Anne's key, asking for feedback elsewhere: the reply key stays the pinned one.
    let text = first.text.replace(
        &anne.unlocked().recipient(),
        &Unlocked::for_tests().recipient(),
    );
    let body = text
        .rsplit_once("<!-- signature")
        .map_or(text.as_str(), |(b, _)| b);
    let resigned = sign_summary(body, anne.unlocked());
    let mut moved =
        open_summary(forge(&resigned, &coach).as_bytes(), coach.unlocked()).expect("open");
    let sender = check_sender(&mut moved, &config, None).expect("check");
    assert!(
        matches!(sender, Sender::ReplyToChanged { .. }),
        "{sender:?}"
    );
    assert_eq!(moved.header.reply_to, anne.unlocked().recipient());

    // A forger with their own key, claiming Anne's reply key or her name: not Anne.
    let mallory = Unlocked::for_tests();
    let forged = sign_summary(body, &mallory);
    let mut fake = open_summary(forge(&forged, &coach).as_bytes(), coach.unlocked()).expect("open");
    let sender = check_sender(&mut fake, &config, Some("Anne")).expect("check");
    assert_eq!(
        sender,
        Sender::Impostor {
            name: "Anne".into()
        }
    );
}

#[test]
fn a_forged_or_altered_signature_is_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut anne = session(&tmp.path().join("anne"));
    let coach = session(&tmp.path().join("coach"));
    let file = share(&mut anne, &coach);
    let signed = coach.unlocked().decrypt(file.as_bytes()).expect("decrypt");
    let signed = String::from_utf8(signed.to_vec()).expect("utf-8");
    assert!(signed.contains("<!-- signature: ed25519:"), "{signed}");
    // Someone with only the coach's public key changes the text but keeps Anne's signature.
    let altered = signed.replace("intervisie", "iets anders");
    let refused = open_summary(forge(&altered, &coach).as_bytes(), coach.unlocked());
    assert!(
        matches!(refused, Err(ExportError::BadSignature)),
        "{refused:?}"
    );
    // A signature line naming Anne's key over a forger's signature.
    let mallory = sign_summary("# nep\n", &Unlocked::for_tests());
    let stolen = mallory.replace(
        &mallory[mallory.find("ed25519:").expect("key")..][..72],
        &anne.unlocked().signer(),
    );
    let refused = open_summary(forge(&stolen, &coach).as_bytes(), coach.unlocked());
    assert!(
        matches!(refused, Err(ExportError::BadSignature)),
        "{refused:?}"
    );
}

#[test]
fn open_export_says_who_sent_it_and_warns_on_an_impostor() {
    let tmp = tempfile::tempdir().expect("tmp");
    let coach_dir = tmp.path().join("coach");
    let mut anne = session(&tmp.path().join("anne"));
    let coach = session(&coach_dir);
    let file = tmp.path().join("van-anne.md.age");
    std::fs::write(&file, share(&mut anne, &coach)).expect("write");
    let path = file.to_str().expect("utf-8");
    let key = coach.unlocked().recipient();
    let signed = coach
        .unlocked()
        .decrypt(share(&mut anne, &coach).as_bytes())
        .expect("open");
    let body = String::from_utf8(signed.to_vec()).expect("utf-8");
    let body = body
        .rsplit_once("<!-- signature")
        .map(|(b, _)| b.to_owned())
        .expect("signed");
    drop(coach);
    let run = |args: &[&str]| common::ruimte(&coach_dir, args, "", Some(PASS));

    let (code, out, err) = run(&["open-export", path, "--from", "Anne"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Dilemma"), "{out}");
    assert!(err.contains("remembered as \"Anne\""), "{err}");
    let (code, _, err) = run(&["open-export", path]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("note: from Anne"), "{err}");

    let recipient = parse_recipient(&key).expect("key");
    let forged = tmp.path().join("nep.md.age");
    let text = sign_summary(&body, &Unlocked::for_tests());
    std::fs::write(&forged, encrypt_armored(&text, &recipient).expect("enc")).expect("write");
    let (code, _, err) = run(&["open-export", forged.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("not from the Anne you know"), "{err}");

    let altered = signed_text_altered(&anne, &body);
    std::fs::write(&forged, encrypt_armored(&altered, &recipient).expect("enc")).expect("write");
    let (code, _, err) = run(&["open-export", forged.to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("signature does not match"), "{err}");
}

/// Anne's signature over `body`, then the text changed after signing.
fn signed_text_altered(anne: &Session, body: &str) -> String {
    sign_summary(body, anne.unlocked()).replace("intervisie", "iets anders")
}
