//! The coach's key, the receipt's hash and armored age encryption.

use age::x25519;
use sha2::{Digest, Sha256};

use super::ExportError;

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
    fn sha256_matches_a_known_vector() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
