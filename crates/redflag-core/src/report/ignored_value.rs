//! Values a project declares are not secrets (`[ignore] values`): regexes, or
//! `sha256:<hex>` digests so that the config file never has to hold the value itself.

use sha2::{Digest, Sha256};

const DIGEST_PREFIX: &str = "sha256:";

/// Why an `[ignore] values` entry is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IgnoredValueError {
    #[error("`{DIGEST_PREFIX}` must be followed by 64 hex digits (the SHA-256 of the value)")]
    BadDigest,
    #[error("invalid regex: {0}")]
    BadRegex(String),
}

#[derive(Debug, Clone)]
pub enum IgnoredValue {
    Pattern(regex::bytes::Regex),
    /// Lower-case hex SHA-256 of the exact value.
    Digest(String),
}

impl IgnoredValue {
    pub fn parse(entry: &str) -> Result<Self, IgnoredValueError> {
        match entry.strip_prefix(DIGEST_PREFIX) {
            Some(hex) if hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                Ok(IgnoredValue::Digest(hex.to_ascii_lowercase()))
            }
            Some(_) => Err(IgnoredValueError::BadDigest),
            None => regex::bytes::Regex::new(entry)
                .map(IgnoredValue::Pattern)
                .map_err(|e| IgnoredValueError::BadRegex(e.to_string())),
        }
    }

    pub fn matches(&self, value: &[u8]) -> bool {
        any_matches(std::slice::from_ref(self), value)
    }
}

/// Whether any entry ignores `value`; its digest is computed at most once.
pub fn any_matches(ignored: &[IgnoredValue], value: &[u8]) -> bool {
    first_match(ignored, value).is_some()
}

/// The first entry that ignores `value`.
pub fn first_match(ignored: &[IgnoredValue], value: &[u8]) -> Option<usize> {
    let digest = std::cell::OnceCell::new();
    ignored.iter().position(|entry| match entry {
        IgnoredValue::Pattern(regex) => regex.is_match(value),
        IgnoredValue::Digest(hex) => digest.get_or_init(|| sha256_hex(value)) == hex,
    })
}

/// The config entry that ignores exactly `value` without revealing it.
pub fn digest_entry(value: &[u8]) -> String {
    format!("{DIGEST_PREFIX}{}", sha256_hex(value))
}

fn sha256_hex(value: &[u8]) -> String {
    Sha256::digest(value)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_match_only_their_value() {
        let entry = digest_entry(b"s3cr3t-value");
        let ignored = IgnoredValue::parse(&entry).ok();
        assert!(ignored.as_ref().is_some_and(|i| i.matches(b"s3cr3t-value")));
        assert!(
            ignored
                .as_ref()
                .is_some_and(|i| !i.matches(b"s3cr3t-valuf"))
        );
        assert!(!entry.contains("s3cr3t"));
    }

    #[test]
    fn bad_entries_say_why() {
        let error = IgnoredValue::parse("sha256:abc").err();
        assert_eq!(error, Some(IgnoredValueError::BadDigest));
        assert!(error.is_some_and(|e| e.to_string().contains("64 hex")));
        let error = IgnoredValue::parse("(").err();
        assert!(matches!(error, Some(IgnoredValueError::BadRegex(_))));
        assert!(error.is_some_and(|e| e.to_string().contains("invalid regex")));
        assert!(IgnoredValue::parse("^sk_test_").is_ok_and(|i| i.matches(b"sk_test_1")));
    }
}
