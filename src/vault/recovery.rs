//! The recovery code: 30 random Crockford base32 characters (150 bits), shown in six groups of
//! five. The grouped text itself is the scrypt passphrase of `recovery.age`, so `age -d` opens
//! that file with the code exactly as written down.

use std::fmt;

use age::secrecy::{ExposeSecret, SecretString};
use rand::Rng;
use zeroize::Zeroizing;

/// Crockford's base32 alphabet: no I, L, O or U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters per group.
const GROUP: usize = 5;
/// Groups per code.
const GROUPS: usize = 6;
/// Characters per code.
const LEN: usize = GROUP * GROUPS;

/// A generated recovery code. `Display` shows it grouped for writing down (`ABCDE-FGHJK-…`);
/// `Debug` never shows it.
pub struct RecoveryCode(SecretString);

impl RecoveryCode {
    /// A fresh random code.
    pub(crate) fn generate() -> Self {
        let mut rng = rand::rngs::OsRng;
        let mut raw = Zeroizing::new([0u8; LEN]);
        for c in raw.iter_mut() {
            *c = ALPHABET[rng.gen_range(0..ALPHABET.len())];
        }
        Self(group(&raw))
    }

    /// Reads a code as a user types it: any case, with or without dashes or spaces, and with
    /// Crockford's look-alikes (O for 0, I and L for 1). `None` if it cannot be a code.
    pub(crate) fn parse(input: &str) -> Option<Self> {
        let mut raw = Zeroizing::new([0u8; LEN]);
        let mut n = 0;
        for c in input.chars() {
            if c.is_whitespace() || c == '-' || c == '_' || c == '.' {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            let byte = u8::try_from(c).ok().filter(|b| ALPHABET.contains(b))?;
            *raw.get_mut(n)? = byte;
            n += 1;
        }
        (n == LEN).then(|| Self(group(&raw)))
    }

    /// The code as shown, which is also the passphrase of `recovery.age`.
    pub fn as_secret(&self) -> &SecretString {
        &self.0
    }
}

/// `raw` as six dash-separated groups.
fn group(raw: &[u8; LEN]) -> SecretString {
    let mut text = Zeroizing::new(String::with_capacity(LEN + GROUPS));
    for (i, chunk) in raw.chunks(GROUP).enumerate() {
        if i > 0 {
            text.push('-');
        }
        text.extend(chunk.iter().map(|&b| char::from(b)));
    }
    SecretString::from(text.as_str())
}

impl fmt::Display for RecoveryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.expose_secret())
    }
}

impl fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryCode(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_are_six_groups_of_five_and_differ() {
        let a = RecoveryCode::generate().to_string();
        let b = RecoveryCode::generate().to_string();
        assert_ne!(a, b);
        let groups: Vec<&str> = a.split('-').collect();
        assert_eq!(groups.len(), 6, "{a}");
        assert!(groups.iter().all(|g| g.len() == 5), "{a}");
        assert!(a.bytes().all(|c| c == b'-' || ALPHABET.contains(&c)), "{a}");
    }

    #[test]
    fn parsing_accepts_any_case_and_separators() {
        let code = RecoveryCode::generate();
        let shown = code.to_string();
        for typed in [
            shown.to_lowercase(),
            shown.replace('-', ""),
            shown.replace('-', " "),
            format!("  {}  ", shown.to_lowercase().replace('-', " - ")),
        ] {
            let parsed = RecoveryCode::parse(&typed).expect("a valid code");
            assert_eq!(
                parsed.as_secret().expose_secret(),
                code.as_secret().expose_secret()
            );
        }
    }

    #[test]
    fn parsing_maps_look_alikes_and_rejects_wrong_lengths() {
        let parsed = RecoveryCode::parse("oooooiiiiillllll000001111100000").map(|c| c.to_string());
        assert_eq!(parsed, None, "31 characters");
        let parsed =
            RecoveryCode::parse("ooooo-iiiii-lllll-00000-11111-00000").map(|c| c.to_string());
        assert_eq!(
            parsed.as_deref(),
            Some("00000-11111-11111-00000-11111-00000")
        );
        assert!(RecoveryCode::parse("UUUUU-00000-00000-00000-00000-00000").is_none());
        assert!(RecoveryCode::parse("").is_none());
    }

    #[test]
    fn debug_hides_the_code() {
        let code = RecoveryCode::generate();
        assert_eq!(format!("{code:?}"), "RecoveryCode(…)");
    }
}
