//! SARIF 2.1.0 output, as GitHub code scanning accepts it.

use super::{Report, shown_excerpt};
use redflag_core::{Rule, Severity};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::Write;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// GitHub ranks alerts by `security-severity` (0–10).
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "8.0",
        Severity::Warning => "5.0",
        Severity::Info => "2.0",
    }
}

/// The docs' first prose paragraph (the start of "Why it matters"), for `fullDescription`.
fn first_paragraph(docs: &str) -> Option<String> {
    docs.split("\n\n")
        .map(|paragraph| {
            let prose: Vec<&str> = paragraph
                .lines()
                .filter(|line| !line.trim_start().starts_with('#'))
                .collect();
            prose.join("\n").trim().to_string()
        })
        .find(|p| !p.is_empty() && !p.starts_with("```"))
}

fn rule_descriptor(rule: &Rule) -> Value {
    let mut tags = vec!["security".to_string(), rule.category.as_str().to_string()];
    if let Some(cwe) = rule.cwe {
        tags.push(format!("external/cwe/cwe-{cwe}"));
    }
    tags.extend(rule.tags.iter().cloned());
    json!({
        "id": rule.id,
        "name": rule.id,
        "shortDescription": { "text": rule.title },
        "fullDescription": { "text": first_paragraph(&rule.docs).unwrap_or_else(|| rule.title.clone()) },
        "help": { "text": rule.docs, "markdown": rule.docs },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": {
            "category": rule.category.as_str(),
            "precision": match rule.confidence {
                redflag_core::Confidence::High => "high",
                redflag_core::Confidence::Medium => "medium",
                redflag_core::Confidence::Low => "low",
            },
            "security-severity": security_severity(rule.severity),
            "tags": tags,
        },
    })
}

/// A repo-relative path as a URI reference: every byte outside the unreserved set and `/`
/// is percent-encoded (spaces, `#`, `%`, non-ASCII), so code scanning resolves the file.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

pub fn write(out: &mut dyn Write, report: &Report) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(report))?;
    writeln!(out)?;
    Ok(())
}

/// The SARIF log of `report`; `runs[0].results[i]` is `report.findings[i]`.
pub fn document(report: &Report) -> Value {
    // Only the rules that produced results, in a stable order, indexed for `ruleIndex`.
    let used: BTreeMap<&str, &Rule> = report
        .findings
        .iter()
        .map(|f| (f.rule.id.as_str(), f.rule.as_ref()))
        .collect();
    let index: BTreeMap<&str, usize> = used.keys().enumerate().map(|(i, id)| (*id, i)).collect();
    let rules: Vec<Value> = used.values().map(|r| rule_descriptor(r)).collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            json!({
                "ruleId": f.rule.id,
                "ruleIndex": index.get(f.rule.id.as_str()).copied().unwrap_or(0),
                "level": level(f.severity),
                "message": { "text": f.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&f.path), "uriBaseId": "%SRCROOT%" },
                        "region": {
                            "startLine": f.start.line,
                            "startColumn": f.start.column,
                            "endLine": f.end.line,
                            "endColumn": f.end.column,
                            "snippet": { "text": shown_excerpt(f, report.show_secrets) },
                        },
                    },
                }],
                "partialFingerprints": { "redflag/v1": f.fingerprint },
                "properties": {
                    "category": f.rule.category.as_str(),
                    "inTestCode": f.in_test,
                    "verified": f.verified,
                },
            })
        })
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "redflag",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                },
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn full_description_is_the_first_prose_paragraph() {
        let docs = "## Why it matters\n\nIt runs code.\nReally.\n\n## How to fix\n\nDon't.";
        assert_eq!(
            super::first_paragraph(docs).as_deref(),
            Some("It runs code.\nReally.")
        );
        assert_eq!(
            super::first_paragraph("## Why\nNo blank line.\n\nMore.").as_deref(),
            Some("No blank line.")
        );
        assert_eq!(super::first_paragraph("## Only a heading"), None);
    }

    #[test]
    fn uri_encodes_what_uri_syntax_reserves() {
        assert_eq!(super::uri("src/a b#1%/é.py"), "src/a%20b%231%25/%C3%A9.py");
        assert_eq!(super::uri("app/main.py"), "app/main.py");
    }
}
