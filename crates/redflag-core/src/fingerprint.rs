//! Stable identities for findings: rule, repo-relative path and matched value, never the
//! line number, so baselines and SARIF alerts survive code moving around.

use sha2::{Digest, Sha256};

pub fn fingerprint(rule_id: &str, path: &str, value: &[u8], occurrence: usize) -> String {
    let mut hasher = Sha256::new();
    hasher.update(rule_id.as_bytes());
    hasher.update([0]);
    hasher.update(path.as_bytes());
    hasher.update([0]);
    hasher.update(value);
    let digest = hasher.finalize();
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    if occurrence == 0 {
        hex
    } else {
        format!("{hex}:{occurrence}")
    }
}
