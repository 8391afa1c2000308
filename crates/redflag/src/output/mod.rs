//! Report formats: `human` for terminals, `json` (documented in docs/json-output.md) and
//! `sarif` (2.1.0, as GitHub code scanning reads it). Every format prints the redacted
//! excerpt unless the user passed `--show-secrets`.

pub mod audit;
pub mod human;
pub mod json;
pub mod sarif;

use redflag_core::project::walk::{FileResult, ScanSummary};
use redflag_core::{Finding, Severity};

pub struct Report<'a> {
    /// The findings to report, already filtered by severity and sorted.
    pub findings: &'a [Finding],
    pub files: &'a [FileResult],
    pub summary: ScanSummary,
    pub show_secrets: bool,
    pub fail_on: Severity,
    /// Files larger than this (bytes) were skipped.
    pub max_file_size: u64,
}

/// The excerpt this report may show for a finding.
pub fn shown_excerpt(finding: &Finding, show_secrets: bool) -> &str {
    match (&finding.revealed_excerpt, show_secrets) {
        (Some(revealed), true) => revealed,
        _ => &finding.excerpt,
    }
}
