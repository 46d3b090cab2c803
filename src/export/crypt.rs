//! The coach's key, the receipt's hash, armored age encryption, and the coachee's signature on
//! a summary (ed25519, a key derived from the vault's identity).

use age::x25519;
use ed25519_dalek::{Signature, Signer, VerifyingKey};
use sha2::{Digest, Sha256};

use super::ExportError;
use crate::vault::Unlocked;

/// The last line of a signed summary starts with this, then the signer and the signature.
const SIGNATURE_LINE: &str = "<!-- signature: ";
/// What is signed comes after this tag, so a summary signature is good for nothing else.
const SIGNATURE_TAG: &[u8] = b"ambtelijke-ruimte summary signature\n";

/// What the signature line of a summary says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signed<'a> {
    /// Signed by `signer` (`ed25519:<hex>`); the text before the line is `body`.
    By {
        /// The signer's public key, `ed25519:` and 64 hex digits.
        signer: String,
        /// The signed text (the summary without its signature line).
        body: &'a str,
    },
    /// No signature line: a summary from a version before signatures, sender unknown.
    Unsigned,
    /// A signature line that does not verify: the text was changed or the line forged.
    Invalid,
}

/// Appends the signature line of `unlocked`'s signing key to a rendered summary.
pub fn sign_summary(markdown: &str, unlocked: &Unlocked) -> String {
    let mut body = markdown.to_owned();
    if !body.ends_with('\n') {
        body.push('\n');
    }
    let mut message = SIGNATURE_TAG.to_vec();
    message.extend_from_slice(body.as_bytes());
    let signature = unlocked.signing_key().sign(&message).to_bytes();
    body.push_str(SIGNATURE_LINE);
    body.push_str(&unlocked.signer());
    body.push(' ');
    body.push_str(&hex(&signature));
    body.push_str(" -->\n");
    body
}

/// Reads and checks the signature line of a summary.
pub fn check_signature(text: &str) -> Signed<'_> {
    let trimmed = text.strip_suffix('\n').unwrap_or(text);
    let (body, last) = match trimmed.rsplit_once('\n') {
        Some((b, l)) => (&text[..=b.len()], l),
        None => return Signed::Unsigned,
    };
    let Some(rest) = last.strip_prefix(SIGNATURE_LINE) else {
        return Signed::Unsigned;
    };
    let mut words = rest.split(' ');
    let (Some(signer), Some(sig), Some("-->"), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return Signed::Invalid;
    };
    let key = signer
        .strip_prefix("ed25519:")
        .and_then(unhex::<32>)
        .and_then(|k| VerifyingKey::from_bytes(&k).ok());
    let (Some(key), Some(sig)) = (key, unhex::<64>(sig)) else {
        return Signed::Invalid;
    };
    let mut message = SIGNATURE_TAG.to_vec();
    message.extend_from_slice(body.as_bytes());
    match key.verify_strict(&message, &Signature::from_bytes(&sig)) {
        Ok(()) => Signed::By {
            signer: signer.to_owned(),
            body,
        },
        Err(_) => Signed::Invalid,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let digits = text.as_bytes();
    if digits.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (byte, pair) in out.iter_mut().zip(digits.chunks(2)) {
        let pair = std::str::from_utf8(pair).ok()?;
        *byte = u8::from_str_radix(pair, 16).ok()?;
    }
    Some(out)
}

/// Parses a coach's public key (`age1…`), trimmed; the error says whether it is empty, not an
/// age key at all, or mistyped.
pub fn parse_recipient(s: &str) -> Result<x25519::Recipient, ExportError> {
    let s = s.trim();
    let bad = |why: &str| ExportError::BadRecipient(why.to_owned());
    if s.is_empty() {
        return Err(bad("it is empty"));
    }
    let lower = s.to_ascii_lowercase();
    if lower.starts_with("age-secret-key-") {
        return Err(bad(
            "this is a secret key, which must stay with its owner; ask for the public key (age1…)",
        ));
    }
    if !lower.starts_with("age1") {
        return Err(bad("it must start with age1"));
    }
    s.parse::<x25519::Recipient>()
        .map_err(|_| bad("it has a typo or is incomplete (its checksum does not match)"))
}

/// The SHA-256 of `text`'s UTF-8 bytes, as lower-case hex.
pub fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Encrypts `text` to `recipient` as an ASCII-armored age file
/// (`-----BEGIN AGE ENCRYPTED FILE-----`), fit to travel by mail.
pub fn encrypt_armored(text: &str, recipient: &x25519::Recipient) -> Result<String, ExportError> {
    age::encrypt_and_armor(recipient, text.as_bytes())
        .map_err(|e| ExportError::Encrypt(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_parse_and_bad_ones_say_why() {
        let key = x25519::Identity::generate().to_public().to_string();
        assert!(parse_recipient(&format!("  {key}\n")).is_ok());
        let why = |s: &str| match parse_recipient(s) {
            Err(ExportError::BadRecipient(w)) => w,
            other => panic!("expected an error, got {other:?}"),
        };
        assert!(why("   ").contains("empty"));
        assert!(why("ssh-ed25519 AAAA").contains("age1"));
        assert!(why("AGE-SECRET-KEY-1QQQ").contains("secret key"));
        // One changed character breaks the checksum.
        let mut typo = key.clone().into_bytes();
        let last = typo.len() - 1;
        typo[last] = if typo[last] == b'q' { b'p' } else { b'q' };
        let typo = String::from_utf8(typo).unwrap();
        assert!(why(&typo).contains("typo"));
    }

    #[test]
    fn a_signed_summary_verifies_and_any_change_or_other_key_fails() {
        let me = crate::vault::Unlocked::for_tests();
        let signed = sign_summary("# Samenvatting\n\ntekst\n", &me);
        match check_signature(&signed) {
            Signed::By { signer, body } => {
                assert_eq!(signer, me.signer());
                assert_eq!(body, "# Samenvatting\n\ntekst\n");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            check_signature(&signed.replace("tekst", "tekts")),
            Signed::Invalid
        );
        let other = crate::vault::Unlocked::for_tests();
        let forged = signed.replace(&me.signer(), &other.signer());
        assert_eq!(check_signature(&forged), Signed::Invalid);
        assert_eq!(check_signature("# Samenvatting\n"), Signed::Unsigned);
        assert_ne!(me.signer(), other.signer());
    }

    #[test]
    fn sha256_matches_a_known_vector() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
