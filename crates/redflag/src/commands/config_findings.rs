//! Findings about the config's own `[ignore]` entries, at their line in redflag.toml: one past
//! its `until` date (it ignores nothing any more), and — after a scan of the whole project —
//! one that ignored nothing (`redflag.expired-suppression`, `redflag.unused-suppression`).

use redflag_core::report::date::Date;
use redflag_core::report::ignore_entry::IgnoreEntry;
use redflag_core::report::redact::redact;
use redflag_core::{Finding, Position, Project, Rule, Severity};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

/// Whether `paths` cover the whole project (then unused entries mean something).
pub fn is_full_scan(project: &Project, paths: &[PathBuf]) -> bool {
    paths.iter().any(|path| {
        path.canonicalize()
            .is_ok_and(|p| project.root.starts_with(&p))
    })
}

/// The findings about `[ignore]` entries; `full`: the scan covered the whole project.
pub fn findings(project: &Project, full: bool, min_severity: Severity) -> Vec<Finding> {
    let Some(loaded) = &project.config else {
        return Vec::new();
    };
    let rule = |id: &str| {
        project
            .engine
            .rules()
            .get(id)
            .filter(|r| r.severity >= min_severity)
            .cloned()
    };
    let (unused_rule, expired_rule) = (
        rule("redflag.unused-suppression"),
        rule("redflag.expired-suppression"),
    );
    let today = Date::today();
    let usage = project.ignore_use();
    let shown = project.relative_path(&loaded.path.canonicalize().unwrap_or(loaded.path.clone()));
    let ignore = &loaded.config.ignore;
    let mut out = Vec::new();
    let paths: Vec<(&IgnoreEntry, Range<usize>)> = ignore
        .paths
        .iter()
        .map(|e| (e.get_ref(), e.span()))
        .collect();
    let values: Vec<(&IgnoreEntry, Range<usize>)> = ignore
        .values
        .iter()
        .map(|e| (e.get_ref(), e.span()))
        .collect();
    let lists = [
        ("ignore.paths", paths, &usage.paths),
        ("ignore.values", values, &usage.values),
    ];
    for (list, entries, used) in lists {
        for (index, (value, span)) in entries.into_iter().enumerate() {
            let named = if list == "ignore.values" {
                redact(&value.pattern)
            } else {
                value.pattern.clone()
            };
            let (rule, message) = if value.expired(today) {
                let Some(rule) = &expired_rule else { continue };
                let until = value.until.clone().unwrap_or_default();
                let message = format!(
                    "the {list} entry `{named}` expired on {until} and ignores nothing: \
                     fix what it ignored, or renew it (`until`) with a reason"
                );
                (rule.clone(), message)
            } else if full && !used.get(index).copied().unwrap_or(true) {
                let Some(rule) = &unused_rule else { continue };
                let message = format!("unused ignore: the {list} entry `{named}` ignores nothing");
                (rule.clone(), message)
            } else {
                continue;
            };
            out.push(finding(rule, &shown, &loaded.text, span, message));
        }
    }
    out
}

fn finding(
    rule: Arc<Rule>,
    path: &str,
    text: &str,
    span: Range<usize>,
    message: String,
) -> Finding {
    let position = |offset: usize| {
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Position { line, column }
    };
    let fingerprint = redflag_core::report::fingerprint::fingerprint(
        &rule.id,
        path,
        text.get(span.clone()).unwrap_or("").as_bytes(),
        0,
    );
    Finding {
        severity: rule.severity,
        rule,
        path: path.to_string(),
        start: position(span.start),
        end: position(span.end),
        span: span.clone(),
        message,
        excerpt: "[ignore] entry in the config".to_string(),
        revealed_excerpt: None,
        secret_span: None,
        fingerprint,
        secret_tag: None,
        suppressed: None,
        in_test: false,
        verified: false,
        fix: None,
    }
}
