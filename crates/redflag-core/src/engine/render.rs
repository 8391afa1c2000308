//! Turns raw matches into findings: dedup, suppressions, positions, redaction, fingerprints.

use super::candidate::Candidate;
use super::{AnalyzeOptions, Document, Engine};
use crate::report::date::Date;
use crate::report::fingerprint::{fingerprint, secret_tag};
use crate::report::redact::{excerpt, redact};
use crate::report::suppression::{self, Suppressions, Use};
use crate::report::test_path::is_test_path;
use crate::report::{ColumnEncoding, Finding, Fix, LineIndex, Position, Suppressed, TextEdit};
use crate::rules::Severity;
use crate::rules::{Category, FixSpec, Matcher, Rule};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

impl Engine {
    /// Turns raw matches into findings: dedup, suppressions, positions, redaction.
    pub(super) fn render(
        &self,
        doc: &Document,
        mut candidates: Vec<Candidate>,
        options: &AnalyzeOptions,
    ) -> Vec<Finding> {
        let has_markers = suppression::any_marker(doc.text);
        if candidates.is_empty() && !has_markers {
            return Vec::new(); // most files: no line index or suppression scan needed
        }
        let sort = |candidates: &mut Vec<Candidate>| {
            candidates.sort_by(|a, b| {
                (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
            });
        };
        sort(&mut candidates);
        candidates.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
        let secrets: Vec<Range<usize>> =
            candidates.iter().filter_map(|c| c.secret.clone()).collect();

        let lines = LineIndex::new(doc.text);
        let in_test = is_test_path(doc.path);
        let suppressions = if has_markers {
            let comments = doc.language.support().line_comments;
            Suppressions::parse(doc.text, &lines, comments, Date::today())
        } else {
            Suppressions::default()
        };
        // Before weaker duplicates go: a marker naming the rule that lost still did its job.
        let used: HashSet<Use> = candidates
            .iter()
            .filter_map(|c| {
                let line = lines.line_of(c.span.start);
                suppressions.silencing(&self.rules.rules[c.rule].id, line)
            })
            .collect();
        let mut candidates = drop_weaker_duplicate_secrets(&self.rules.rules, candidates);
        let mut marker_fixes = HashMap::new();
        if has_markers {
            let meta = self.suppression_candidates(doc, &suppressions, &used, &secrets, options);
            for (candidate, fix) in meta {
                if let Some(fix) = fix {
                    marker_fixes.insert((candidate.rule, candidate.span.clone()), fix);
                }
                candidates.push(candidate);
            }
            sort(&mut candidates);
        }
        let mut occurrences: HashMap<(usize, Vec<u8>), usize> = HashMap::new();
        let mut findings = Vec::new();
        for c in candidates {
            let rule = &self.rules.rules[c.rule];
            let start_line = lines.line_of(c.span.start);
            let about_markers =
                matches!(&rule.matcher, Matcher::Generic(g) if g.check.is_about_suppressions());
            let silenced = if about_markers {
                None
            } else {
                suppressions.silencing(&rule.id, start_line)
            };
            let suppressed = match silenced {
                Some(_) if !options.keep_suppressed => continue,
                Some((marker, _)) => Some(Suppressed {
                    line: lines.line_of(suppressions.markers[marker].span.start) + 1,
                    reason: suppressions.markers[marker]
                        .rules()
                        .and_then(|list| list.reason.clone()),
                }),
                None => None,
            };
            let position = |offset: usize| {
                let (line, column) = lines.position(doc.text, offset, ColumnEncoding::Chars);
                Position {
                    line: line + 1,
                    column: column + 1,
                }
            };
            let line_range = lines
                .line_range(doc.text, start_line)
                .unwrap_or(c.span.clone());
            // The line without its secrets identifies the finding: no line number (moving code
            // keeps it), no secret (a digest of a short password is a password check).
            let context = masked_line(doc.text, line_range.clone(), &secrets);
            let occurrence = occurrences.entry((c.rule, context.clone())).or_default();
            let fingerprint = fingerprint(&rule.id, doc.path, &context, *occurrence);
            *occurrence += 1;
            findings.push(Finding {
                rule: rule.clone(),
                severity: shown_severity(rule.severity, &c),
                in_test,
                verified: c.checksum == Some(true),
                path: doc.path.to_string(),
                start: position(c.span.start),
                end: position(c.span.end),
                message: {
                    let template = match c.source_at {
                        Some(at) => rule
                            .message
                            .replace("{{source_line}}", &(lines.line_of(at) + 1).to_string()),
                        None => rule.message.clone(),
                    };
                    let message = c
                        .message
                        .clone()
                        .unwrap_or_else(|| interpolate(&template, &c.captures, doc.text, &secrets));
                    if in_test && c.checksum != Some(true) {
                        format!("{message} (test code: shown, does not block)")
                    } else {
                        message
                    }
                },
                excerpt: excerpt(doc.text, line_range.clone(), &secrets, c.span.start),
                revealed_excerpt: options
                    .reveal_secrets
                    .then(|| excerpt(doc.text, line_range, &[], c.span.start)),
                fix: marker_fixes.remove(&(c.rule, c.span.clone())).or_else(|| {
                    rule.fix
                        .as_ref()
                        .zip(c.fix.clone())
                        .map(|(spec, range)| build_fix(spec, range, &c.captures, doc.text))
                }),
                secret_tag: options
                    .secret_salt
                    .as_deref()
                    .zip(c.secret.clone())
                    .map(|(salt, secret)| secret_tag(salt, &doc.text[secret])),
                secret_span: c.secret,
                suppressed,
                fingerprint,
                span: c.span,
            });
        }
        findings
    }
}

/// A token that fails its checksum is not live, and a name in documentation mostly holds an
/// example: one step lower, never dropped.
fn shown_severity(severity: Severity, c: &Candidate) -> Severity {
    if c.checksum == Some(false) || c.in_documentation {
        lower(severity)
    } else {
        severity
    }
}

fn lower(severity: Severity) -> Severity {
    match severity {
        Severity::Error => Severity::Warning,
        Severity::Warning | Severity::Info => Severity::Info,
    }
}

/// When a provider rule and a generic rule flag the same value, keep the stronger one.
fn drop_weaker_duplicate_secrets(
    rules: &[std::sync::Arc<Rule>],
    candidates: Vec<Candidate>,
) -> Vec<Candidate> {
    // Judged at the severity it will be shown with: a token shape that failed its checksum
    // gives way to a generic finding whose name says secret (`livestorm_key = eyJ…`).
    let strength = |c: &Candidate| {
        let r = &rules[c.rule];
        (
            shown_severity(r.severity, c),
            r.confidence,
            matches!(r.matcher, Matcher::Text(_)),
        )
    };
    let mut keep = vec![true; candidates.len()];
    for i in 0..candidates.len() {
        for j in i + 1..candidates.len() {
            let (Some(a), Some(b)) = (&candidates[i].secret, &candidates[j].secret) else {
                continue;
            };
            if b.start >= a.end {
                break;
            }
            if candidates[i].rule != candidates[j].rule
                && rules[candidates[i].rule].category == Category::Secret
                && rules[candidates[j].rule].category == Category::Secret
            {
                if strength(&candidates[i]) >= strength(&candidates[j]) {
                    keep[j] = false;
                } else {
                    keep[i] = false;
                }
            }
        }
    }
    candidates
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect()
}

/// The line with every secret and the inside of every quoted string replaced by a NUL (a
/// weak password the rules did not flag may sit on a flagged line), whitespace runs folded
/// so that re-indenting does not change fingerprints.
fn masked_line(text: &[u8], line: Range<usize>, secrets: &[Range<usize>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(line.len());
    let mut at = line.start;
    while at < line.end {
        let byte = text[at];
        if let Some(secret) = secrets.iter().find(|s| s.start <= at && at < s.end) {
            out.push(0);
            at = secret.end.max(at + 1);
        } else if matches!(byte, b'"' | b'\'' | b'`') {
            let close = text[at + 1..line.end].iter().position(|&b| b == byte);
            out.push(byte);
            out.push(0);
            match close {
                Some(len) => {
                    out.push(byte);
                    at += len + 2;
                }
                None => at = line.end,
            }
        } else {
            out.push(byte);
            at += 1;
        }
    }
    let folded = String::from_utf8_lossy(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    folded.into_bytes()
}

const MAX_INTERPOLATED_CHARS: usize = 60;

/// Fills `{{capture}}` in a message; a capture that overlaps a secret is redacted.
pub(super) fn interpolate(
    template: &str,
    captures: &[(String, Range<usize>)],
    text: &[u8],
    secrets: &[Range<usize>],
) -> String {
    let mut message = template.to_string();
    for (name, range) in captures {
        let raw = String::from_utf8_lossy(&text[range.clone()]).into_owned();
        let overlaps_secret = secrets
            .iter()
            .any(|s| s.start < range.end && s.end > range.start);
        let shown = if overlaps_secret {
            redact(&raw)
        } else {
            let flat = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            if flat.chars().count() > MAX_INTERPOLATED_CHARS {
                format!(
                    "{}…",
                    flat.chars()
                        .take(MAX_INTERPOLATED_CHARS)
                        .collect::<String>()
                )
            } else {
                flat
            }
        };
        message = message.replace(&format!("{{{{{name}}}}}", name = name), &shown);
    }
    message
}

fn build_fix(
    spec: &FixSpec,
    range: Range<usize>,
    captures: &[(String, Range<usize>)],
    text: &[u8],
) -> Fix {
    let edit = if spec.remove {
        TextEdit {
            span: widen_to_list_element(text, range),
            replacement: String::new(),
        }
    } else {
        let template = spec.replace.clone().unwrap_or_default();
        let replacement = captures.iter().fold(template, |acc, (name, r)| {
            acc.replace(
                &format!("{{{{{name}}}}}"),
                &String::from_utf8_lossy(&text[r.clone()]),
            )
        });
        TextEdit {
            span: range,
            replacement,
        }
    };
    Fix {
        title: spec.title.clone(),
        edits: vec![edit],
    }
}

/// Extends a list element's range over one separating comma and the space around it.
pub(super) fn widen_to_list_element(text: &[u8], range: Range<usize>) -> Range<usize> {
    let mut end = range.end;
    while end < text.len() && text[end].is_ascii_whitespace() {
        end += 1;
    }
    if text.get(end) == Some(&b',') {
        end += 1;
        while end < text.len() && text[end] == b' ' {
            end += 1;
        }
        return range.start..end;
    }
    let mut start = range.start;
    while start > 0 && text[start - 1].is_ascii_whitespace() {
        start -= 1;
    }
    if start > 0 && text[start - 1] == b',' {
        return start - 1..range.end;
    }
    range
}
