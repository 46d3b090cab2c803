//! age in memory: the unlocked identity, passphrase wrapping, and decryption into buffers that are
//! wiped when dropped.

use std::fmt;
use std::io::Read;
use std::iter;

use age::secrecy::{ExposeSecret, SecretString};
use age::{DecryptError, Decryptor, x25519};
use zeroize::Zeroizing;

use super::seal::SealKey;

/// HKDF info of the seed of the key that signs summaries.
const SIGNING_INFO: &[u8] = b"summary signing key";
use super::timefmt::rfc3339;
use super::{MAX_WORK_FACTOR, VaultError};

/// The decrypted X25519 identity of a vault. Its secret is wiped when dropped (age's identity
/// zeroises its key on drop); `Debug` shows only the public recipient.
pub struct Unlocked {
    identity: x25519::Identity,
    recipient: String,
    created: i64,
    seal: SealKey,
}

impl Unlocked {
    /// Wraps a freshly generated or decrypted identity.
    pub(crate) fn new(identity: x25519::Identity, created: i64) -> Self {
        let recipient = identity.to_public().to_string();
        let seal = SealKey::derive(identity.to_string().expose_secret().as_bytes());
        Self {
            identity,
            recipient,
            created,
            seal,
        }
    }

    /// A fresh identity that belongs to no vault, for tests of what it signs or seals.
    #[doc(hidden)]
    pub fn for_tests() -> Self {
        Self::new(x25519::Identity::generate(), 0)
    }

    /// The key that seals and checks records and manifests.
    pub(crate) fn seal_key(&self) -> &SealKey {
        &self.seal
    }

    /// The key that signs summaries shared with a coach: derived from the identity (HKDF, its
    /// own label), never stored.
    pub(crate) fn signing_key(&self) -> ed25519_dalek::SigningKey {
        let secret = self.identity.to_string();
        let seed = super::seal::derive(secret.expose_secret().as_bytes(), SIGNING_INFO);
        ed25519_dalek::SigningKey::from_bytes(&seed)
    }

    /// The public half of [`Unlocked::signing_key`] as shown to a coach: `ed25519:` and 64 hex
    /// digits.
    pub fn signer(&self) -> String {
        let public = self.signing_key().verifying_key().to_bytes();
        let hex: String = public.iter().map(|b| format!("{b:02x}")).collect();
        format!("ed25519:{hex}")
    }

    /// The public key this identity decrypts for, `age1…`.
    pub fn recipient(&self) -> String {
        self.recipient.clone()
    }

    /// The identity as `age-keygen` writes it (comments, then `AGE-SECRET-KEY-1…`): the plaintext
    /// of `identity.age`, usable with `age -d -i`.
    pub fn identity_file_text(&self) -> SecretString {
        let key = self.identity.to_string();
        let mut text = Zeroizing::new(String::with_capacity(200));
        text.push_str("# created: ");
        text.push_str(&rfc3339(self.created));
        text.push_str("\n# public key: ");
        text.push_str(&self.recipient);
        text.push('\n');
        text.push_str(key.expose_secret());
        text.push('\n');
        SecretString::from(text.as_str())
    }

    /// The identity, for decrypting records.
    pub(crate) fn identity(&self) -> &x25519::Identity {
        &self.identity
    }

    /// Decrypts a standard age file (binary or ASCII-armored) encrypted to this identity, such
    /// as a summary a coachee shared; the plaintext is wiped on drop, and nothing of a damaged
    /// file is returned.
    pub fn decrypt(&self, bytes: &[u8]) -> Result<Zeroizing<Vec<u8>>, OpenFailure> {
        let looks_like_age = {
            let start = bytes.trim_ascii_start();
            start.starts_with(b"age-encryption.org/")
                || start.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----")
        };
        let reader = age::armor::ArmoredReader::new(bytes);
        let decryptor = match Decryptor::new_buffered(reader) {
            Ok(d) => d,
            Err(_) if looks_like_age => return Err(OpenFailure::Damaged),
            Err(_) => return Err(OpenFailure::NotAgeFile),
        };
        let mut plain = match decryptor.decrypt(iter::once(&self.identity as &dyn age::Identity)) {
            Ok(r) => r,
            Err(DecryptError::NoMatchingKeys) => return Err(OpenFailure::NotForThisKey),
            Err(_) => return Err(OpenFailure::Damaged),
        };
        let mut plaintext = Zeroizing::new(Vec::with_capacity(bytes.len() + 64));
        match plain.read_to_end(&mut plaintext) {
            Ok(_) => Ok(plaintext),
            Err(_) => Err(OpenFailure::Damaged),
        }
    }
}

/// Why [`Unlocked::decrypt`] could not open a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenFailure {
    /// The bytes are not an age file at all.
    NotAgeFile,
    /// An age file, but not encrypted to this identity (or its recipient line was altered).
    NotForThisKey,
    /// An age file that was truncated or altered after it was encrypted.
    Damaged,
}

impl fmt::Debug for Unlocked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Unlocked")
            .field("recipient", &self.recipient)
            .finish_non_exhaustive()
    }
}

/// Parses the plaintext of `identity.age` or `recovery.age`: the first `AGE-SECRET-KEY-1` line.
pub(crate) fn parse_identity_text(
    file: &str,
    text: &[u8],
    created: i64,
) -> Result<Unlocked, VaultError> {
    let text = std::str::from_utf8(text)
        .map_err(|_| VaultError::format(file, "the decrypted identity is not text"))?;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .ok_or_else(|| VaultError::format(file, "it holds no AGE-SECRET-KEY-1 line"))?;
    let identity: x25519::Identity = line
        .parse()
        .map_err(|_| VaultError::format(file, "its secret key is not a valid age X25519 key"))?;
    Ok(Unlocked::new(identity, created))
}

/// A `fmt::Write` target for serialised plaintext that wipes every buffer it lets go of, so
/// growing it leaves no stray copies on the heap.
pub(crate) struct SecretBuf(Zeroizing<Vec<u8>>);

impl SecretBuf {
    /// An empty buffer with room for `capacity` bytes.
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        Self(Zeroizing::new(Vec::with_capacity(capacity)))
    }

    /// The bytes written so far.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Write for SecretBuf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let needed = self.0.len() + s.len();
        if needed > self.0.capacity() {
            let mut bigger = Zeroizing::new(Vec::with_capacity(needed.max(self.0.capacity() * 2)));
            bigger.extend_from_slice(&self.0);
            // The old buffer is wiped as it drops.
            self.0 = bigger;
        }
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// Encrypts `plaintext` with a passphrase at scrypt work factor `log_n`.
pub(crate) fn encrypt_with_passphrase(
    passphrase: &SecretString,
    log_n: u8,
    plaintext: &[u8],
) -> Result<Vec<u8>, VaultError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(log_n.clamp(1, MAX_WORK_FACTOR));
    age::encrypt(&recipient, plaintext).map_err(|e| VaultError::Crypto(e.to_string()))
}

/// Encrypts `plaintext` to an X25519 recipient.
pub(crate) fn encrypt_to(
    recipient: &x25519::Recipient,
    plaintext: &[u8],
) -> Result<Vec<u8>, VaultError> {
    age::encrypt(recipient, plaintext).map_err(|e| VaultError::Crypto(e.to_string()))
}

/// Why decryption failed: before the payload (key, header) or inside it (truncated, altered).
pub(crate) enum DecryptFailure {
    /// The header did not parse, or no identity opened it, or its MAC is wrong.
    Header(DecryptError),
    /// The payload is truncated or altered; nothing of it is returned.
    Payload,
}

/// Decrypts a whole age file into a buffer that is wiped on drop. On any failure the partial
/// plaintext is wiped too, so a damaged file yields nothing.
pub(crate) fn decrypt(
    identity: &dyn age::Identity,
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, DecryptFailure> {
    let decryptor = Decryptor::new_buffered(ciphertext).map_err(DecryptFailure::Header)?;
    let mut reader = decryptor
        .decrypt(iter::once(identity))
        .map_err(DecryptFailure::Header)?;
    // The plaintext is shorter than the ciphertext: with this capacity the buffer never moves.
    let mut plaintext = Zeroizing::new(Vec::with_capacity(ciphertext.len() + 64));
    match reader.read_to_end(&mut plaintext) {
        Ok(_) => Ok(plaintext),
        Err(_) => Err(DecryptFailure::Payload),
    }
}

/// Decrypts a passphrase-protected file; `Ok(None)` means the passphrase is wrong.
pub(crate) fn decrypt_with_passphrase(
    file: &str,
    passphrase: &SecretString,
    ciphertext: &[u8],
) -> Result<Option<Zeroizing<Vec<u8>>>, VaultError> {
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    match decrypt(&identity, ciphertext) {
        Ok(plaintext) => Ok(Some(plaintext)),
        // age says "decryption failed" for a malformed stanza too; only a well-formed one
        // that does not open means the passphrase is wrong.
        Err(DecryptFailure::Header(
            DecryptError::DecryptionFailed | DecryptError::KeyDecryptionFailed,
        )) => match scrypt_header_damage(ciphertext) {
            Some(reason) => Err(VaultError::DamagedKeyFile {
                file: file.to_owned(),
                reason: reason.to_owned(),
            }),
            None => Ok(None),
        },
        Err(DecryptFailure::Header(DecryptError::ExcessiveWork { required, .. })) => {
            Err(VaultError::format(
                file,
                format!("its scrypt work factor {required} is above the maximum {MAX_WORK_FACTOR}"),
            ))
        }
        Err(DecryptFailure::Header(DecryptError::NoMatchingKeys)) => Err(VaultError::format(
            file,
            "it is not protected by a passphrase",
        )),
        Err(DecryptFailure::Header(_)) => Err(VaultError::DamagedKeyFile {
            file: file.to_owned(),
            reason: "it is not an age file or its header is damaged".to_owned(),
        }),
        Err(DecryptFailure::Payload) => Err(VaultError::DamagedKeyFile {
            file: file.to_owned(),
            reason: "it is truncated or its contents were altered".to_owned(),
        }),
    }
}

/// What is structurally wrong with a passphrase-protected age file's header, if anything:
/// exactly the version line, one `-> scrypt <salt> <log_n>` stanza with a 16-byte salt and a
/// 32-byte body, and a `---` MAC line. (A flipped bit inside the salt or body keeps this form
/// and cannot be told from a wrong passphrase: both just fail to decrypt.)
pub(crate) fn scrypt_header_damage(ciphertext: &[u8]) -> Option<&'static str> {
    let b64 = |s: &str, len: usize| {
        s.len() == len
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
    };
    let mut lines = ciphertext.split(|&b| b == b'\n').map(std::str::from_utf8);
    if !matches!(lines.next(), Some(Ok("age-encryption.org/v1"))) {
        return Some("its first line is not an age header");
    }
    let Some(Ok(stanza)) = lines.next() else {
        return Some("its key stanza is missing");
    };
    let words: Vec<&str> = stanza.split(' ').collect();
    let well_formed = match words.as_slice() {
        ["->", "scrypt", salt, log_n] => {
            b64(salt, 22)
                && !log_n.is_empty()
                && log_n.bytes().all(|b| b.is_ascii_digit())
                && !log_n.starts_with('0')
        }
        _ => false,
    };
    if !well_formed {
        return Some("its scrypt stanza is malformed");
    }
    if !matches!(lines.next(), Some(Ok(body)) if b64(body, 43)) {
        return Some("its wrapped key is malformed");
    }
    match lines.next() {
        Some(Ok(mac)) if mac.strip_prefix("--- ").is_some_and(|m| b64(m, 43)) => None,
        _ => Some("its header MAC line is malformed"),
    }
}

/// The scrypt work factor in an age file's header (`-> scrypt <salt> <log_n>`), if any.
pub(crate) fn scrypt_work_factor(ciphertext: &[u8]) -> Option<u8> {
    let end = ciphertext
        .windows(4)
        .position(|w| w == b"\n---")
        .unwrap_or(ciphertext.len().min(1024));
    let header = std::str::from_utf8(ciphertext.get(..end)?).ok()?;
    header.lines().find_map(|line| {
        let mut words = line.split(' ');
        match (words.next(), words.next(), words.next(), words.next()) {
            (Some("->"), Some("scrypt"), Some(_salt), Some(log_n)) => log_n.parse().ok(),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_text_parses_back_to_the_same_key() {
        let unlocked = Unlocked::new(x25519::Identity::generate(), 1_700_000_000);
        let text = unlocked.identity_file_text();
        assert!(
            text.expose_secret()
                .starts_with("# created: 2023-11-14T22:13:20Z\n")
        );
        let again = parse_identity_text("t", text.expose_secret().as_bytes(), 0).unwrap();
        assert_eq!(again.recipient(), unlocked.recipient());
    }

    #[test]
    fn debug_never_shows_the_secret_key() {
        let unlocked = Unlocked::new(x25519::Identity::generate(), 0);
        let shown = format!("{unlocked:?}");
        assert!(!shown.contains("AGE-SECRET-KEY"), "{shown}");
        assert!(shown.contains("age1"), "{shown}");
    }

    #[test]
    fn secret_buf_grows_and_keeps_all_text() {
        use std::fmt::Write;
        let mut buf = SecretBuf::with_capacity(1);
        for _ in 0..100 {
            buf.write_str("abc").unwrap();
        }
        assert_eq!(buf.bytes(), "abc".repeat(100).as_bytes());
    }

    #[test]
    fn work_factor_is_read_from_the_header() {
        let ct = encrypt_with_passphrase(&SecretString::from("x"), 3, b"hi").unwrap();
        assert_eq!(scrypt_work_factor(&ct), Some(3));
        let key = x25519::Identity::generate();
        let ct = encrypt_to(&key.to_public(), b"hi").unwrap();
        assert_eq!(scrypt_work_factor(&ct), None);
    }

    #[test]
    fn a_malformed_scrypt_header_is_damage_not_a_wrong_passphrase() {
        let pass = SecretString::from("x");
        let ct = encrypt_with_passphrase(&pass, 3, b"hi").unwrap();
        assert_eq!(scrypt_header_damage(&ct), None);
        assert!(matches!(
            decrypt_with_passphrase("f", &SecretString::from("y"), &ct),
            Ok(None)
        ));
        let end = ct.windows(4).position(|w| w == b"\n---").unwrap();
        let at = ct[..end].windows(3).position(|w| w == b" 3\n").unwrap();
        for (offset, byte) in [(1, b'x'), (2, b' ')] {
            let mut bad = ct.clone();
            bad[at + offset] = byte;
            assert!(scrypt_header_damage(&bad).is_some());
            assert!(matches!(
                decrypt_with_passphrase("f", &pass, &bad),
                Err(VaultError::DamagedKeyFile { .. })
            ));
        }
    }
}
