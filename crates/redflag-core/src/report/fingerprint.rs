//! Stable identities for findings: rule, repo-relative path and the flagged line's text with
//! its secrets and quoted strings masked, never the line number (moving code keeps them) and
//! never a secret (a digest of a short password is an offline password check).

use sha2::{Digest, Sha256};

/// 4 hex digits (16 bits) of SHA-256 over `salt`, a NUL and `value`: enough to tell apart
/// two values of one file, far too few to confirm a guess at a value (one in 65536 of any
/// list of guesses matches).
pub fn secret_tag(salt: &str, value: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(salt.as_bytes());
    hasher.update([0]);
    hasher.update(value);
    let digest = hasher.finalize();
    format!("{:02x}{:02x}", digest[0], digest[1])
}

/// A fresh random salt (hex) for a new baseline, from the standard library's per-process
/// random hash keys and the clock.
pub fn new_salt() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for round in 0..2u64 {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(round);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        hasher.write_u128(nanos);
        out.push_str(&format!("{:016x}", hasher.finish()));
    }
    out
}

/// The fingerprint without its occurrence suffix (`abc:1` → `abc`).
pub fn base(fingerprint: &str) -> &str {
    fingerprint.split(':').next().unwrap_or(fingerprint)
}

/// `context` is the masked line; `occurrence` tells apart equal lines of one file.
pub fn fingerprint(rule_id: &str, path: &str, context: &[u8], occurrence: usize) -> String {
    let mut hasher = Sha256::new();
    hasher.update(rule_id.as_bytes());
    hasher.update([0]);
    hasher.update(path.as_bytes());
    hasher.update([0]);
    hasher.update(context);
    let digest = hasher.finalize();
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    if occurrence == 0 {
        hex
    } else {
        format!("{hex}:{occurrence}")
    }
}
