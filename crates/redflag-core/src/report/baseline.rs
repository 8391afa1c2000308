//! Baselines: the findings a team has accepted for now, recorded by fingerprint so that
//! `scan --baseline` and the hook report only what is new (docs/baseline.md).
//!
//! A fingerprint is rule, path and the flagged line with its secrets and strings masked
//! (`report::fingerprint`): no line number, so moving code keeps its entry, and no secret nor
//! a hash of one, so the file can be committed. Two secrets on lines that mask alike
//! (`token = "…"` twice in a file) are told apart by a 16-bit tag of a digest salted with
//! the baseline's own salt, too short to confirm a guessed value. Format version 1:
//!
//! ```json
//! { "version": 1, "tool": "redflag", "salt": "9c0e…", "entries": [
//!     { "fingerprint": "3f1c…", "rule": "secret.github-pat", "path": "app/settings.py",
//!       "secret_tag": "a41f", "reason": "rotated, removal in SEC-41" } ] }
//! ```
//!
//! An entry matches one finding with its fingerprint (the occurrence suffix `:n` aside) and,
//! when it has one, its tag.

use crate::report::Finding;
use crate::report::fingerprint::base;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

pub const VERSION: u32 = 1;
/// Where the hook looks for a committed baseline, at the repository root.
pub const DEFAULT_FILE: &str = ".redflag-baseline.json";

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{path}: not a redflag baseline: {message}")]
    Invalid { path: String, message: String },
    #[error("{path}: baseline format version {found}, this redflag reads version {VERSION}")]
    Version { path: String, found: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    pub rule: String,
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_tag: Option<String>,
    /// Why it is accepted: kept across `baseline update`, shown by `redflag audit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    #[serde(default = "tool")]
    pub tool: String,
    /// Salts the entries' secret tags; findings are tagged with it when scanned.
    #[serde(default)]
    pub salt: String,
    pub entries: Vec<Entry>,
}

fn tool() -> String {
    "redflag".to_string()
}

impl Baseline {
    /// A baseline of `findings` (scanned with `salt`), sorted by path, rule and fingerprint.
    pub fn of<'a>(salt: String, findings: impl IntoIterator<Item = &'a Finding>) -> Baseline {
        let mut entries: Vec<Entry> = findings
            .into_iter()
            .map(|f| Entry {
                fingerprint: f.fingerprint.clone(),
                rule: f.rule.id.clone(),
                path: f.path.clone(),
                secret_tag: f.secret_tag.clone(),
                reason: None,
            })
            .collect();
        entries.sort_by(|a, b| {
            (&a.path, &a.rule, &a.fingerprint).cmp(&(&b.path, &b.rule, &b.fingerprint))
        });
        entries.dedup_by(|a, b| a.fingerprint == b.fingerprint && a.secret_tag == b.secret_tag);
        Baseline {
            version: VERSION,
            tool: tool(),
            salt,
            entries,
        }
    }

    /// The salt findings must be tagged with to match this baseline (`None`: no entry uses
    /// tags).
    pub fn salt(&self) -> Option<String> {
        (!self.salt.is_empty()).then(|| self.salt.clone())
    }

    /// For each finding, whether an entry accepts it; each entry accepts at most one.
    pub fn accepted(&self, findings: &[&Finding]) -> Vec<bool> {
        self.matches(findings).0
    }

    /// Which findings are accepted, and which entries accepted one.
    pub fn matches(&self, findings: &[&Finding]) -> (Vec<bool>, Vec<bool>) {
        let mut open: HashMap<(&str, Option<&str>), Vec<usize>> = HashMap::new();
        for (index, entry) in self.entries.iter().enumerate().rev() {
            let key = (base(&entry.fingerprint), entry.secret_tag.as_deref());
            open.entry(key).or_default().push(index);
        }
        let mut used = vec![false; self.entries.len()];
        let accepted = findings
            .iter()
            .map(|finding| {
                let fingerprint = base(&finding.fingerprint);
                let tagged = finding
                    .secret_tag
                    .as_deref()
                    .map(|t| (fingerprint, Some(t)));
                let keys = tagged.into_iter().chain([(fingerprint, None)]);
                for key in keys {
                    if let Some(index) = open.get_mut(&key).and_then(Vec::pop) {
                        used[index] = true;
                        return true;
                    }
                }
                false
            })
            .collect();
        (accepted, used)
    }

    /// Parses a baseline; `path` only names it in errors.
    pub fn parse(path: &str, text: &[u8]) -> Result<Baseline, BaselineError> {
        #[derive(Deserialize)]
        struct Versioned {
            version: u32,
        }
        let invalid = |e: serde_json::Error| BaselineError::Invalid {
            path: path.to_string(),
            message: e.to_string(),
        };
        let versioned: Versioned = serde_json::from_slice(text).map_err(invalid)?;
        if versioned.version != VERSION {
            return Err(BaselineError::Version {
                path: path.to_string(),
                found: versioned.version,
            });
        }
        serde_json::from_slice(text).map_err(invalid)
    }

    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    pub fn fingerprints(&self) -> HashSet<&str> {
        self.entries
            .iter()
            .map(|e| e.fingerprint.as_str())
            .collect()
    }

    /// Keeps the findings no entry accepts; returns how many were accepted.
    pub fn filter(&self, findings: &mut Vec<Finding>) -> usize {
        let refs: Vec<&Finding> = findings.iter().collect();
        let accepted = self.accepted(&refs);
        let mut keep = accepted.iter().map(|a| !a);
        let before = findings.len();
        findings.retain(|_| keep.next().unwrap_or(true));
        before - findings.len()
    }

    /// This baseline without the entries no finding matches any more; reasons are kept.
    /// Returns how many entries were dropped.
    pub fn retain_matching(&mut self, findings: &[Finding]) -> usize {
        let refs: Vec<&Finding> = findings.iter().collect();
        let (_, used) = self.matches(&refs);
        let before = self.entries.len();
        let mut keep = used.into_iter();
        self.entries.retain(|_| keep.next().unwrap_or(true));
        before - self.entries.len()
    }

    /// Entries per rule, for summaries.
    pub fn per_rule(&self) -> BTreeMap<&str, usize> {
        let mut counts = BTreeMap::new();
        for entry in &self.entries {
            *counts.entry(entry.rule.as_str()).or_default() += 1;
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Position;
    use std::sync::Arc;

    fn finding(fingerprint: &str, tag: Option<&str>) -> Option<Finding> {
        let rule = crate::rules::load_builtin()
            .ok()?
            .into_iter()
            .find(|r| r.id == "secret.github-pat")?;
        let at = Position { line: 1, column: 1 };
        Some(Finding {
            severity: rule.severity,
            rule: Arc::new(rule),
            path: "app.py".into(),
            span: 0..1,
            start: at,
            end: at,
            message: String::new(),
            excerpt: String::new(),
            revealed_excerpt: None,
            secret_span: Some(0..1),
            fingerprint: fingerprint.into(),
            secret_tag: tag.map(str::to_string),
            suppressed: None,
            in_test: false,
            verified: false,
            fix: None,
        })
    }

    /// Two lines that mask alike: the new one came first in the file and took occurrence 0,
    /// the baselined one is `:1` now. The tag, not the occurrence, says which is which.
    #[test]
    fn an_entry_accepts_one_finding_by_fingerprint_and_tag_whatever_its_occurrence() {
        let (Some(old), Some(new), Some(untagged)) = (
            finding("ab:1", Some("0001")),
            finding("ab", Some("0002")),
            finding("ab:2", None),
        ) else {
            panic!("the built-in rules load");
        };
        let baseline = Baseline::of(
            "salt".into(),
            [&finding("ab", Some("0001")).unwrap_or(old.clone())],
        );
        assert_eq!(baseline.accepted(&[&new, &old]), [false, true]);
        // Without tags, fingerprints alone decide, one finding per entry.
        let plain = Baseline::of(String::new(), [&untagged]);
        assert_eq!(plain.accepted(&[&untagged, &untagged]), [true, false]);
        let mut update = baseline.clone();
        assert_eq!(update.retain_matching(&[new]), 1);
        assert!(update.entries.is_empty());
    }

    #[test]
    fn round_trips_and_refuses_other_versions_and_garbage() {
        let baseline = Baseline {
            version: VERSION,
            tool: tool(),
            salt: "5a17".into(),
            entries: vec![Entry {
                fingerprint: "ab12".into(),
                rule: "secret.github-pat".into(),
                path: "app.py".into(),
                secret_tag: Some("00ff".into()),
                reason: Some("rotated".into()),
            }],
        };
        let text = baseline.to_json();
        assert!(Baseline::parse("b.json", text.as_bytes()).is_ok_and(|b| b == baseline));
        let future = text.replace("\"version\": 1", "\"version\": 2");
        assert!(matches!(
            Baseline::parse("b.json", future.as_bytes()),
            Err(BaselineError::Version { found: 2, .. })
        ));
        assert!(matches!(
            Baseline::parse("b.json", b"{\"version\": 1, \"entries\": [{\"x\": 1}]}"),
            Err(BaselineError::Invalid { .. })
        ));
        assert!(Baseline::parse("b.json", b"[]").is_err());
    }
}
