//! Does a candidate value look like a real secret? Entropy, length and placeholder checks
//! shared by text rules and by query rules that hand a capture to them.

use serde::Deserialize;

/// A rule's own tests that a candidate value really looks like a secret.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretCheck {
    /// Capture holding the value (query rules only).
    #[serde(default)]
    pub capture: String,
    /// Minimum Shannon entropy, in bits per character.
    #[serde(default)]
    pub min_entropy: f64,
    #[serde(default)]
    pub min_length: usize,
    #[serde(default)]
    pub max_length: Option<usize>,
    /// Values matching any of these regexes are not secrets.
    #[serde(default, with = "serde_regexes")]
    pub not_regexes: Vec<regex::Regex>,
    /// Every pattern's value sits in the same statement as a name saying it is a secret
    /// (Python logical line, JSON pair): files without such a statement are not parsed.
    #[serde(default)]
    pub named_in_statement: bool,
}

mod serde_regexes {
    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<regex::Regex>, D::Error> {
        Vec::<String>::deserialize(d)?
            .iter()
            .map(|p| regex::Regex::new(p).map_err(serde::de::Error::custom))
            .collect()
    }
}

/// Shannon entropy in bits per byte.
pub fn shannon_entropy(value: &[u8]) -> f64 {
    if value.is_empty() {
        return 0.0;
    }
    let mut counts = [0usize; 256];
    for &b in value {
        counts[usize::from(b)] += 1;
    }
    let len = value.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f64 / len;
            -p * p.log2()
        })
        .sum()
}

/// Whether `value` passes the rule's checks and is not an obvious placeholder.
pub fn looks_like_secret(value: &[u8], check: &SecretCheck) -> bool {
    if value.len() < check.min_length || check.max_length.is_some_and(|max| value.len() > max) {
        return false;
    }
    if shannon_entropy(value) < check.min_entropy {
        return false;
    }
    let text = String::from_utf8_lossy(value);
    if check.not_regexes.iter().any(|r| r.is_match(&text)) {
        return false;
    }
    !is_placeholder(&text) && !is_mostly_one_character(value)
}

/// Masks and zero-filled samples (`dop_v1_000…0`, `AKIA0000…`) are dominated by one
/// character; a random value of 16+ characters never is.
pub fn is_mostly_one_character(value: &[u8]) -> bool {
    if value.len() < 16 {
        return false;
    }
    let mut counts = [0usize; 256];
    for &b in value {
        counts[usize::from(b)] += 1;
    }
    counts.iter().any(|&c| c * 2 > value.len())
}

/// Values that stand for a secret rather than being one: templates, examples, masks.
pub fn is_placeholder(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    const MARKERS: &[&str] = &[
        "xxxx",
        "****",
        "....",
        "${",
        "{{",
        "<your",
        "your_",
        "your-",
        "yourkey",
        "changeme",
        "change_me",
        "change-me",
        "placeholder",
        "redacted",
        "replace_me",
        "replaceme",
        "dummy",
        "example",
        "insert_",
        "%s",
        "%(",
        "{0}",
        "{}",
    ];
    if MARKERS.iter().any(|m| lower.contains(m)) {
        return true;
    }
    if lower.starts_with('<') && lower.ends_with('>') {
        return true;
    }
    let first = value.chars().next();
    first.is_some() && value.chars().all(|c| Some(c) == first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entropy_of_uniform_and_random_strings() {
        assert_eq!(shannon_entropy(b"aaaa"), 0.0);
        assert!((shannon_entropy(b"abcd") - 2.0).abs() < 1e-9);
    }

    #[test]
    fn placeholders_are_not_secrets() {
        for value in [
            "changeme",
            "<your-api-key>",
            "${API_KEY}",
            "{{ token }}",
            "%s",
            "xxxxxxxxxxxx",
            "AKIAIOSFODNN7EXAMPLE",
            "zzzzzzzz",
        ] {
            assert!(is_placeholder(value), "{value}");
        }
        assert!(!is_placeholder("q8Jd93kLx0PzA7vB"));
        assert!(is_mostly_one_character(
            b"dop_v1_0000000000000000000000000000000000000000"
        ));
        assert!(!is_mostly_one_character(
            b"AAAAAAAAAAAAAAAAAAAAAAq8Jd93kLx0PzA7vBq8Jd93kLx0PzA7vB"
        ));
    }
}
