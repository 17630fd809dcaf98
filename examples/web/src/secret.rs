//! Secrets: the leads' and partners' links, and the CSRF token of every form.
//!
//! A secret is 64 random bits that find its row (its public half) and 128 random bits
//! that prove it (its key), written as 48 hexadecimal digits. Only the key's SHA-256
//! hash is stored, and compared in constant time.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// The length of a secret's public half, in hexadecimal digits.
const ID_LEN: usize = 16;
/// The length of a whole secret, in hexadecimal digits.
pub const TOKEN_LEN: usize = 48;

/// A secret newly made (its key known only until it is handed to its holder).
#[derive(Clone)]
pub struct Secret {
    token: String,
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secret({}…)", self.id())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn key_hash(key: &str) -> [u8; 32] {
    Sha256::digest(key.as_bytes()).into()
}

impl Secret {
    /// A new secret from the operating system's random source.
    pub fn new() -> Secret {
        let mut bytes = [0u8; 24];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        Secret { token: hex(&bytes) }
    }

    /// The secret written as `token`, when it is well formed (48 lower-case
    /// hexadecimal digits).
    pub fn parse(token: &str) -> Option<Secret> {
        Secret::split(token).map(|_| Secret {
            token: token.to_owned(),
        })
    }

    /// The public half and the key of `token`, when it is well formed.
    pub fn split(token: &str) -> Option<(&str, &str)> {
        let well_formed = token.len() == TOKEN_LEN
            && token
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        well_formed.then(|| token.split_at(ID_LEN))
    }

    /// The whole secret, as it goes in a link.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The public half, stored as it is to find the row.
    pub fn id(&self) -> &str {
        &self.token[..ID_LEN]
    }

    /// The hash of the key, as stored.
    pub fn hash(&self) -> [u8; 32] {
        key_hash(&self.token[ID_LEN..])
    }

    /// Whether `token`'s key has the stored hash `hash` (compared in constant time).
    pub fn verify(token: &str, hash: &[u8]) -> bool {
        match Secret::split(token) {
            Some((_, key)) => bool::from(key_hash(key).as_slice().ct_eq(hash)),
            None => false,
        }
    }
}

impl Default for Secret {
    fn default() -> Self {
        Secret::new()
    }
}

/// The CSRF token of the forms of the pages reached with `token` (a lead's or
/// partner's secret): derived from it, so only a page that knows the secret can
/// post a form.
pub fn csrf(token: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"mhics-web csrf\0");
    hasher.update(token.as_bytes());
    hex(&hasher.finalize()[..16])
}

/// Whether `given` is the CSRF token of `token` (compared in constant time).
pub fn csrf_ok(token: &str, given: &str) -> bool {
    bool::from(csrf(token).as_bytes().ct_eq(given.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_verify_only_themselves() {
        let a = Secret::new();
        let b = Secret::new();
        assert_ne!(a.token(), b.token());
        assert!(Secret::verify(a.token(), &a.hash()));
        assert!(!Secret::verify(b.token(), &a.hash()));
        assert!(Secret::parse("not a secret").is_none());
        assert!(csrf_ok(a.token(), &csrf(a.token())));
        assert!(!csrf_ok(a.token(), &csrf(b.token())));
        assert!(!csrf_ok(a.token(), ""));
    }
}
