//! Stable identities for findings: rule, repo-relative path and the flagged line's text with
//! its secrets and quoted strings masked, never the line number (moving code keeps them) and
//! never a secret (a digest of a short password is an offline password check).

use sha2::{Digest, Sha256};

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
