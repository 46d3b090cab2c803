//! Seals: a key derived from the identity (HKDF-SHA256) authenticates, inside the encryption,
//! every record written while unlocked and every device manifest. Anyone can encrypt to the
//! public recipient; only the holder of the identity can seal (see docs/FORMAT.md).

use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

/// HKDF salt: names the app and the format, so the keys are used for nothing else.
const SALT: &[u8] = b"ambtelijke-ruimte vault format 2";
/// HKDF info of the seal key.
const SEAL_INFO: &[u8] = b"record and manifest seal key";
/// The last line of a sealed plaintext starts with this, then 64 hex digits.
const SEAL_LINE: &str = "// seal v2 ";

/// What a sealed text is, so a record's seal never passes for a manifest's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Domain {
    /// A record in `records/`.
    Record,
    /// A device manifest in `manifests/`.
    Manifest,
    /// A note in `trash/` that says when a record was deleted.
    Note,
    /// A draft of unsaved work in `drafts/`.
    Draft,
}

impl Domain {
    fn tag(self) -> &'static [u8] {
        match self {
            Domain::Record => b"ambtelijke-ruimte record\n",
            Domain::Manifest => b"ambtelijke-ruimte manifest\n",
            Domain::Note => b"ambtelijke-ruimte trash note\n",
            Domain::Draft => b"ambtelijke-ruimte draft\n",
        }
    }
}

/// Derives a 32-byte key from the identity's secret for one purpose.
pub(crate) fn derive(secret: &[u8], info: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut okm = Zeroizing::new([0u8; 32]);
    Hkdf::<Sha256>::new(Some(SALT), secret)
        .expand(info, okm.as_mut_slice())
        .expect("32 bytes is far below HKDF-SHA256's limit of 8160");
    okm
}

/// The key that seals; wiped when dropped (a clone too: a draft writer carries one).
#[derive(Clone)]
pub(crate) struct SealKey(Zeroizing<[u8; 32]>);

/// What the last line of a plaintext said about the text before it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Opened<'a> {
    /// The seal verifies: the text was written by the holder of the identity.
    Sealed(&'a str),
    /// There is no seal line: the whole text, unauthenticated.
    Unsealed(&'a str),
    /// A seal line that does not verify: the text was changed or written by someone else.
    BadSeal(&'a str),
}

impl SealKey {
    /// The seal key of the identity whose secret key text is `secret`.
    pub(crate) fn derive(secret: &[u8]) -> Self {
        Self(derive(secret, SEAL_INFO))
    }

    fn mac(&self, domain: Domain, text: &[u8]) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.0.as_slice())
            .expect("HMAC takes a key of any length");
        mac.update(domain.tag());
        mac.update(text);
        mac
    }

    /// The line to append to `text` (which must end in a newline) to seal it.
    pub(crate) fn seal_line(&self, domain: Domain, text: &[u8]) -> String {
        let tag = self.mac(domain, text).finalize().into_bytes();
        let mut line = String::with_capacity(SEAL_LINE.len() + 65);
        line.push_str(SEAL_LINE);
        for b in tag {
            line.push(char::from(HEX[usize::from(b >> 4)]));
            line.push(char::from(HEX[usize::from(b & 15)]));
        }
        line.push('\n');
        line
    }

    /// Splits off and checks the seal line of a plaintext.
    pub(crate) fn open<'a>(&self, domain: Domain, plaintext: &'a str) -> Opened<'a> {
        let trimmed = plaintext.strip_suffix('\n').unwrap_or(plaintext);
        let Some((body, last)) = trimmed.rsplit_once('\n') else {
            return Opened::Unsealed(plaintext);
        };
        let Some(hex) = last.strip_prefix(SEAL_LINE) else {
            return Opened::Unsealed(plaintext);
        };
        // The sealed text is everything up to and including the newline before the seal line.
        let text = &plaintext[..=body.len()];
        let Some(tag) = unhex(hex) else {
            return Opened::BadSeal(text);
        };
        match self.mac(domain, text.as_bytes()).verify_slice(&tag) {
            Ok(()) => Opened::Sealed(text),
            Err(_) => Opened::BadSeal(text),
        }
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// 64 lower-case hex digits as 32 bytes.
fn unhex(hex: &str) -> Option<[u8; 32]> {
    let digits = hex.as_bytes();
    if digits.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(digits.chunks(2)) {
        let hi = HEX.iter().position(|&c| c == pair[0])?;
        let lo = HEX.iter().position(|&c| c == pair[1])?;
        *byte = u8::try_from(hi * 16 + lo).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(secret: &str) -> SealKey {
        SealKey::derive(secret.as_bytes())
    }

    #[test]
    fn a_sealed_text_opens_and_any_change_breaks_it() {
        let k = key("AGE-SECRET-KEY-1ONE");
        let text = "(id:\"A\",body:\"x\")\n";
        let sealed = format!("{text}{}", k.seal_line(Domain::Record, text.as_bytes()));
        assert_eq!(k.open(Domain::Record, &sealed), Opened::Sealed(text));
        let changed = sealed.replacen("x", "y", 1);
        assert!(matches!(
            k.open(Domain::Record, &changed),
            Opened::BadSeal(_)
        ));
        assert!(matches!(
            key("AGE-SECRET-KEY-1TWO").open(Domain::Record, &sealed),
            Opened::BadSeal(_)
        ));
        assert!(matches!(
            k.open(Domain::Manifest, &sealed),
            Opened::BadSeal(_)
        ));
        assert_eq!(k.open(Domain::Record, text), Opened::Unsealed(text));
        let garbled = format!("{text}// seal v2 zz\n");
        assert!(matches!(
            k.open(Domain::Record, &garbled),
            Opened::BadSeal(_)
        ));
    }

    #[test]
    fn keys_for_different_purposes_differ() {
        let secret = b"AGE-SECRET-KEY-1ONE";
        assert_ne!(*derive(secret, SEAL_INFO), *derive(secret, b"other"));
        assert_eq!(*derive(secret, SEAL_INFO), *derive(secret, SEAL_INFO));
    }
}
