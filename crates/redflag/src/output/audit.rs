//! The audit report (`redflag audit`) in four formats: human, Markdown (for a pull request or
//! a wiki page), JSON (version 1, docs/audit.md) and SARIF (findings with `suppressions[]`).

use redflag_core::Finding;
use redflag_core::report::date::Date;
use redflag_git::blame::LineOrigin;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::Write;

pub const JSON_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Inline,
    ConfigPath,
    ConfigValue,
    Baseline,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Inline => "inline suppression",
            Kind::ConfigPath => "config ignore.paths entry",
            Kind::ConfigValue => "config ignore.values entry",
            Kind::Baseline => "baseline entry",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Kind::Inline => "inline",
            Kind::ConfigPath => "config-path",
            Kind::ConfigValue => "config-value",
            Kind::Baseline => "baseline",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Silences something (or, for config entries, is in effect).
    Active,
    /// Silences nothing (or some of its rules silence nothing).
    Unused,
    /// Past its `until=` date: silences nothing.
    Expired,
    /// A bare or malformed marker: silences nothing by design.
    Ineffective,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Unused => "unused",
            Status::Expired => "expired",
            Status::Ineffective => "ineffective",
        }
    }
}

/// One exception, where it is written.
#[derive(Debug, Clone)]
pub struct Exception {
    pub kind: Kind,
    /// The file it is written in (project-relative) and its 1-based line.
    pub file: String,
    pub line: usize,
    /// The rule ids it names (config entries: a description).
    pub rules: Vec<String>,
    /// What it applies to: the file of an inline marker, a config pattern, a baseline
    /// entry's path.
    pub target: String,
    pub reason: Option<String>,
    pub until: Option<Date>,
    pub status: Status,
    /// The rules among `rules` that silence nothing.
    pub unused_rules: Vec<String>,
    /// Findings it silenced in this scan.
    pub silenced: usize,
    pub origin: Option<LineOrigin>,
}

pub struct Audit<'a> {
    pub exceptions: &'a [Exception],
    pub today: Date,
}

fn date_of(origin: &LineOrigin) -> String {
    Date::from_unix_days(origin.time.div_euclid(86_400)).to_string()
}

fn short(commit: &str) -> &str {
    &commit[..commit.len().min(10)]
}

/// The top-level folder an exception applies to (`.` for files at the root).
fn folder(e: &Exception) -> String {
    match e.kind {
        Kind::ConfigPath | Kind::ConfigValue => "(project config)".to_string(),
        Kind::Inline | Kind::Baseline => match e.target.split_once('/') {
            Some((top, _)) => format!("{top}/"),
            None => ".".to_string(),
        },
    }
}

struct Totals {
    per_rule: BTreeMap<String, usize>,
    per_folder: BTreeMap<String, usize>,
    per_status: BTreeMap<&'static str, usize>,
    unjustified: usize,
}

fn totals(audit: &Audit) -> Totals {
    let mut t = Totals {
        per_rule: BTreeMap::new(),
        per_folder: BTreeMap::new(),
        per_status: BTreeMap::new(),
        unjustified: 0,
    };
    for e in audit.exceptions {
        for rule in &e.rules {
            *t.per_rule.entry(rule.clone()).or_default() += 1;
        }
        *t.per_folder.entry(folder(e)).or_default() += 1;
        *t.per_status.entry(e.status.as_str()).or_default() += 1;
        t.unjustified += usize::from(e.reason.is_none() && e.status != Status::Ineffective);
    }
    t
}

fn who(e: &Exception) -> String {
    match &e.origin {
        Some(o) => format!(
            "{} <{}> on {} in {}",
            o.author,
            o.email,
            date_of(o),
            short(&o.commit)
        ),
        None => "not committed".to_string(),
    }
}

fn status_text(e: &Exception) -> String {
    match e.status {
        Status::Unused if e.unused_rules.len() < e.rules.len() => {
            format!(
                "partly unused ({} silence nothing)",
                e.unused_rules.join(", ")
            )
        }
        Status::Expired => format!(
            "expired on {}",
            e.until.map(|d| d.to_string()).unwrap_or_default()
        ),
        other => other.as_str().to_string(),
    }
}

pub fn human(out: &mut dyn Write, audit: &Audit) -> std::io::Result<()> {
    for e in audit.exceptions {
        writeln!(
            out,
            "{}:{}: {} [{}] {}",
            e.file,
            e.line,
            e.kind.as_str(),
            e.rules.join(", "),
            status_text(e)
        )?;
        if e.kind != Kind::Inline {
            writeln!(out, "    applies to: {}", e.target)?;
        }
        writeln!(
            out,
            "    reason: {}",
            e.reason.as_deref().unwrap_or("(none given)")
        )?;
        if let Some(until) = e.until {
            writeln!(out, "    until: {until}")?;
        }
        writeln!(out, "    added by: {}", who(e))?;
        if e.kind == Kind::Inline || e.kind == Kind::Baseline {
            writeln!(out, "    silences: {} finding(s) now", e.silenced)?;
        }
    }
    let t = totals(audit);
    writeln!(out, "\nper rule:")?;
    for (rule, n) in &t.per_rule {
        writeln!(out, "    {n:>4}  {rule}")?;
    }
    writeln!(out, "per folder:")?;
    for (folder, n) in &t.per_folder {
        writeln!(out, "    {n:>4}  {folder}")?;
    }
    let statuses: Vec<String> = t
        .per_status
        .iter()
        .map(|(s, n)| format!("{n} {s}"))
        .collect();
    writeln!(
        out,
        "{} exception(s): {}; {} without a reason",
        audit.exceptions.len(),
        statuses.join(", "),
        t.unjustified
    )
}

/// A Markdown table cell: no pipes, no line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

pub fn markdown(out: &mut dyn Write, audit: &Audit) -> std::io::Result<()> {
    writeln!(out, "# redflag audit ({})\n", audit.today)?;
    writeln!(
        out,
        "| where | kind | rules | status | reason | until | added by |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|")?;
    for e in audit.exceptions {
        writeln!(
            out,
            "| `{}:{}` | {} | {} | {} | {} | {} | {} |",
            cell(&e.file),
            e.line,
            e.kind.as_str(),
            cell(&e.rules.join(", ")),
            cell(&status_text(e)),
            cell(e.reason.as_deref().unwrap_or("**none**")),
            e.until.map(|d| d.to_string()).unwrap_or_default(),
            cell(&who(e)),
        )?;
    }
    let t = totals(audit);
    writeln!(out, "\n## Per rule\n\n| rule | exceptions |\n|---|---|")?;
    for (rule, n) in &t.per_rule {
        writeln!(out, "| `{}` | {n} |", cell(rule))?;
    }
    writeln!(out, "\n## Per folder\n\n| folder | exceptions |\n|---|---|")?;
    for (folder, n) in &t.per_folder {
        writeln!(out, "| `{}` | {n} |", cell(folder))?;
    }
    writeln!(
        out,
        "\n{} exception(s), {} without a reason.",
        audit.exceptions.len(),
        t.unjustified
    )
}

pub fn json(out: &mut dyn Write, audit: &Audit) -> anyhow::Result<()> {
    let exceptions: Vec<Value> = audit
        .exceptions
        .iter()
        .map(|e| {
            json!({
                "kind": e.kind.key(),
                "file": e.file,
                "line": e.line,
                "rules": e.rules,
                "applies_to": e.target,
                "reason": e.reason,
                "until": e.until.map(|d| d.to_string()),
                "status": e.status.as_str(),
                "unused_rules": e.unused_rules,
                "silenced": e.silenced,
                "added_by": e.origin.as_ref().map(|o| json!({
                    "author": o.author,
                    "email": o.email,
                    "commit": o.commit,
                    "date": date_of(o),
                })),
            })
        })
        .collect();
    let t = totals(audit);
    let document = json!({
        "version": JSON_VERSION,
        "tool": { "name": "redflag", "version": env!("CARGO_PKG_VERSION") },
        "date": audit.today.to_string(),
        "exceptions": exceptions,
        "totals": {
            "exceptions": audit.exceptions.len(),
            "unjustified": t.unjustified,
            "per_rule": t.per_rule,
            "per_folder": t.per_folder,
            "per_status": t.per_status,
        },
    });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)?;
    Ok(())
}

/// Appends the silenced findings to `findings` and returns, index by index, the SARIF
/// `suppressions` of each (none for the findings already there).
pub fn sarif_suppressions(
    suppressed: &[Finding],
    baselined: &[(Finding, Option<String>)],
    findings: &mut Vec<Finding>,
) -> Vec<Option<Value>> {
    let mut out: Vec<Option<Value>> = vec![None; findings.len()];
    for finding in suppressed {
        let justification = finding
            .suppressed
            .as_ref()
            .and_then(|s| s.reason.clone())
            .unwrap_or_else(|| "suppressed inline, no reason given".to_string());
        out.push(Some(json!([{
            "kind": "inSource",
            "status": "accepted",
            "justification": justification,
        }])));
        findings.push(finding.clone());
    }
    for (finding, reason) in baselined {
        out.push(Some(json!([{
            "kind": "external",
            "status": "accepted",
            "justification": reason.clone().unwrap_or_else(|| "in the baseline, no reason given".to_string()),
        }])));
        findings.push(finding.clone());
    }
    out
}

/// Sets `suppressions` on the results of a SARIF log made from the same findings.
pub fn attach_suppressions(document: &mut Value, suppressions: &[Option<Value>]) {
    let Some(results) = document["runs"][0]["results"].as_array_mut() else {
        return;
    };
    for (result, suppression) in results.iter_mut().zip(suppressions) {
        if let Some(suppression) = suppression {
            result["suppressions"] = suppression.clone();
        }
    }
}
