//! What the engine reports.

use crate::rules::Rule;
use crate::rules::Severity;
use std::ops::Range;
use std::sync::Arc;

/// A place in a file for people: 1-based line, 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: Arc<Rule>,
    /// The rule's severity after config overrides and context (e.g. lowered in test code).
    pub severity: Severity,
    /// Repo-relative path with `/` separators.
    pub path: String,
    /// Byte span of the flagged code.
    pub span: Range<usize>,
    pub start: Position,
    pub end: Position,
    /// The rule's message with captures filled in (secrets redacted).
    pub message: String,
    /// The flagged line, trimmed, with every secret on it redacted.
    pub excerpt: String,
    /// The same line unredacted; only filled when the caller asked to reveal secrets.
    pub revealed_excerpt: Option<String>,
    /// Byte span of the secret value, for secret findings.
    pub secret_span: Option<Range<usize>>,
    /// Stable id from rule, path and the flagged line without its secrets (never the line
    /// number, never the secret).
    pub fingerprint: String,
    /// Tells apart two secrets whose lines mask alike: 4 hex digits of a salted digest of the
    /// value, computed only when the caller gives a salt (a baseline's). 16 bits cannot
    /// confirm a guessed password, but two values of one file rarely share them.
    pub secret_tag: Option<String>,
    /// The inline suppression that silenced it; only when the caller asked to keep silenced
    /// findings (`AnalyzeOptions::keep_suppressed`, the audit), else they are dropped.
    pub suppressed: Option<Suppressed>,
    /// In test code or test data by its path: shown at its severity, but it does not fail a
    /// run or block a commit unless `verified`.
    pub in_test: bool,
    /// A token whose format's checksum or structure verified: a live-shaped credential, which
    /// blocks wherever it is.
    pub verified: bool,
    pub fix: Option<Fix>,
}

/// Where and why an inline suppression silenced a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppressed {
    /// 1-based line of the marker.
    pub line: usize,
    pub reason: Option<String>,
}

/// A mechanical fix: byte-range replacements in the analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<TextEdit>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEdit {
    pub span: Range<usize>,
    pub replacement: String,
}

impl Finding {
    pub fn rule_id(&self) -> &str {
        &self.rule.id
    }

    /// Whether the finding fails a run (or blocks a commit) at threshold `fail_on`: test code
    /// does not, unless it holds a verified token (a real token in a test is a real leak).
    pub fn blocks(&self, fail_on: Severity) -> bool {
        self.severity >= fail_on && (!self.in_test || self.verified)
    }
}
