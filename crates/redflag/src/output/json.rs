//! JSON output, schema version 1 (documented in docs/json-output.md).

use super::{Report, shown_excerpt};
use redflag_core::project::walk::FileOutcome;
use serde_json::{Value, json};
use std::io::Write;

pub const SCHEMA_VERSION: u32 = 1;

pub fn write(out: &mut dyn Write, report: &Report) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(report))?;
    writeln!(out)?;
    Ok(())
}

/// The JSON document of `report`; `findings[i]` is `report.findings[i]`.
pub fn document(report: &Report) -> Value {
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            json!({
                "rule_id": f.rule.id,
                "title": f.rule.title,
                "severity": f.severity,
                "confidence": f.rule.confidence,
                "category": f.rule.category,
                "cwe": f.rule.cwe,
                "path": f.path,
                "start": { "line": f.start.line, "column": f.start.column },
                "end": { "line": f.end.line, "column": f.end.column },
                "byte_span": [f.span.start, f.span.end],
                "message": f.message,
                "excerpt": shown_excerpt(f, report.show_secrets),
                "fingerprint": f.fingerprint,
                "in_test": f.in_test,
                "verified": f.verified,
                "blocks": f.blocks(report.fail_on),
                "fix": f.fix.as_ref().map(|fix| json!({
                    "title": fix.title,
                    "edits": fix.edits.iter().map(|e| json!({
                        "byte_span": [e.span.start, e.span.end],
                        "replacement": e.replacement,
                    })).collect::<Vec<_>>(),
                })),
            })
        })
        .collect();
    let skipped: Vec<Value> = report
        .files
        .iter()
        .filter_map(|file| {
            let reason = match &file.outcome {
                FileOutcome::Binary => "binary".to_string(),
                FileOutcome::TooLarge(size) => format!("over the size limit ({size} bytes)"),
                FileOutcome::Unreadable(e) => format!("unreadable: {e}"),
                FileOutcome::NotAnalysed(e) => format!("not analysed: {e}"),
                FileOutcome::Analyzed(_) => return None,
            };
            Some(json!({ "path": file.path, "reason": reason }))
        })
        .collect();
    let notes: Vec<Value> = report
        .files
        .iter()
        .filter_map(|file| match &file.outcome {
            FileOutcome::Analyzed(a) if !a.notes.is_empty() => {
                Some(json!({ "path": file.path, "notes": a.notes }))
            }
            _ => None,
        })
        .collect();
    let s = &report.summary;
    json!({
        "version": SCHEMA_VERSION,
        "tool": { "name": "redflag", "version": env!("CARGO_PKG_VERSION") },
        "findings": findings,
        "summary": {
            "findings": report.findings.len(),
            "files_scanned": s.files_scanned,
            "files_parsed": s.files_parsed,
            "bytes_scanned": s.bytes_scanned,
            "skipped_binary": s.skipped_binary,
            "skipped_large": s.skipped_large,
            "unreadable": s.unreadable,
            "not_analysed": s.not_analysed,
            "fail_on": report.fail_on,
        },
        "skipped": skipped,
        "notes": notes,
    })
}
