//! Findings and rule/config errors as LSP diagnostics. Messages carry only the redacted
//! excerpt: the full secret never leaves the server.

use crate::position;
use redflag_core::project::config;
use redflag_core::rules::{Location, parse_rule_file};
use redflag_core::{ColumnEncoding, Finding, LineIndex, Rule, Severity, validate_rule};
use std::path::Path;
use tower_lsp_server::ls_types::{
    CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, Range, Uri,
};

pub const SOURCE: &str = "redflag";

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

pub fn from_finding(
    finding: &Finding,
    lines: &LineIndex,
    text: &[u8],
    encoding: ColumnEncoding,
) -> Diagnostic {
    Diagnostic {
        range: position::to_range(lines, text, finding.span.clone(), encoding),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.id.clone())),
        code_description: docs_uri(&finding.rule).map(|href| CodeDescription { href }),
        source: Some(SOURCE.into()),
        message: format!("{} — {}", finding.message, finding.excerpt),
        ..Diagnostic::default()
    }
}

/// Where a rule's documentation lives: its own file for project rules (its docs are its
/// comments); for built-in rules (embedded in the binary, their docs are in the hover and in
/// `redflag rules explain ID`) the CWE entry the rule is about.
pub fn docs_uri(rule: &Rule) -> Option<Uri> {
    let origin = Path::new(&rule.origin.path);
    if origin.is_absolute() && origin.is_file() {
        return Uri::from_file_path(origin);
    }
    rule.cwe.and_then(|cwe| cwe_url(cwe).parse().ok())
}

pub fn cwe_url(cwe: u32) -> String {
    format!("https://cwe.mitre.org/data/definitions/{cwe}.html")
}

/// Errors in a rule file being edited, at their line and column.
pub fn rule_file(
    shown_path: &str,
    text: &str,
    lines: &LineIndex,
    encoding: ColumnEncoding,
) -> Vec<Diagnostic> {
    let errors = match parse_rule_file(shown_path, text) {
        Ok(rules) => rules
            .iter()
            .filter_map(|r| validate_rule(r).err())
            .collect(),
        Err(e) => vec![e],
    };
    errors
        .iter()
        .map(|e| at_location(&e.location, e.kind.to_string(), text, lines, encoding))
        .collect()
}

/// Errors in a config file being edited.
pub fn config_file(
    path: &Path,
    text: &str,
    lines: &LineIndex,
    encoding: ColumnEncoding,
) -> Vec<Diagnostic> {
    match config::parse(path, text.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => vec![at_location(&e.location, e.message, text, lines, encoding)],
    }
}

fn at_location(
    location: &Location,
    message: String,
    text: &str,
    lines: &LineIndex,
    encoding: ColumnEncoding,
) -> Diagnostic {
    let bytes = text.as_bytes();
    let start = position::from_human(lines, bytes, location.line, location.column, encoding);
    // Underline to the end of the line: errors carry a point, editors want a range.
    let line_end = lines
        .line_range(bytes, location.line.saturating_sub(1))
        .map_or(bytes.len(), |r| r.end);
    let mut end = position::to_position(lines, bytes, line_end, encoding);
    if end.line != start.line || end.character <= start.character {
        end = start;
    }
    Diagnostic {
        range: Range::new(start, end),
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some(SOURCE.into()),
        message,
        ..Diagnostic::default()
    }
}
