//! `redflag audit`: every exception in effect — inline suppressions, the config's `[ignore]`
//! entries, baseline entries — with where it is written, what it silences, why, until when,
//! who added it and when (git blame), and whether it is unused or expired.

use crate::cli::ProjectArgs;
use crate::output::Report;
use crate::output::audit::{self as render, Audit, Exception, Kind, Status};
use clap::{Args, ValueEnum};
use redflag_core::project::walk::FileOutcome;
use redflag_core::report::baseline::Baseline;
use redflag_core::report::date::Date;
use redflag_core::report::suppression::{self, MarkerKind};
use redflag_core::{Document, Finding, LineIndex, Project};
use redflag_git::blame::{self, LineOrigin};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct AuditArgs {
    /// The folder to audit (its project's config and baseline are read)
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[arg(long, value_enum, default_value_t = AuditFormat::Human)]
    pub format: AuditFormat,
    /// Write the report to this file instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 when an exception gives no reason
    #[arg(long)]
    pub fail_on_unjustified: bool,
    /// The baseline to audit (default: the config's `scan.baseline`, else
    /// .redflag-baseline.json in the project root when it exists)
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuditFormat {
    Human,
    Json,
    Sarif,
    Markdown,
}

pub fn run(args: AuditArgs) -> anyhow::Result<u8> {
    let baseline_file = std::cell::RefCell::new(None);
    let choose = |project: &Project| {
        let path = args
            .baseline
            .clone()
            .unwrap_or_else(|| super::baseline::default_path(project));
        if args.baseline.is_none() && !path.is_file() {
            return Ok(None);
        }
        let baseline = super::baseline::read(&path)?;
        baseline_file.replace(Some(path));
        Ok(Some(baseline))
    };
    let request = super::scan::ScanRequest {
        paths: std::slice::from_ref(&args.path),
        project: &args.project,
        min_severity: None,
        fail_on: None,
        show_secrets: false,
        no_progress: false,
        keep_suppressed: true,
    };
    let scanned = super::scan::scan_paths(&request, &choose)?;
    let project = &scanned.project;
    let repo = redflag_git::repo::open_at(&project.root).ok();
    let today = Date::today();

    let (suppressed, mut active): (Vec<Finding>, Vec<Finding>) = scanned
        .findings
        .iter()
        .cloned()
        .partition(|f| f.suppressed.is_some());
    let mut exceptions =
        inline_exceptions(project, &scanned.report.files, &suppressed, &active, today);
    let full = super::config_findings::is_full_scan(project, std::slice::from_ref(&args.path));
    exceptions.extend(config_exceptions(project, today, full));
    let mut baselined = Vec::new();
    if let (Some(baseline), Some(file)) = (&scanned.baseline, baseline_file.into_inner()) {
        let refs: Vec<&Finding> = active.iter().collect();
        let (accepted, used) = baseline.matches(&refs);
        exceptions.extend(baseline_exceptions(project, baseline, &file, &used));
        let mut flags = accepted.into_iter();
        let (accepted, rest): (Vec<Finding>, Vec<Finding>) = active
            .drain(..)
            .partition(|_| flags.next().unwrap_or(false));
        baselined = accepted
            .into_iter()
            .map(|f| {
                let reason = baseline
                    .entries
                    .iter()
                    .find(|e| e.fingerprint == f.fingerprint)
                    .and_then(|e| e.reason.clone());
                (f, reason)
            })
            .collect();
        active = rest;
    }
    if let Some(repo) = &repo {
        add_origins(repo, project, &mut exceptions);
    }
    exceptions.sort_by(|a, b| (&a.file, a.line, a.kind).cmp(&(&b.file, b.line, b.kind)));
    let audit = Audit {
        exceptions: &exceptions,
        today,
    };

    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(std::fs::File::create(path)?),
        None => Box::new(std::io::stdout().lock()),
    };
    match args.format {
        AuditFormat::Human => render::human(&mut out, &audit)?,
        AuditFormat::Markdown => render::markdown(&mut out, &audit)?,
        AuditFormat::Json => render::json(&mut out, &audit)?,
        AuditFormat::Sarif => {
            let mut findings = active;
            let suppressions = render::sarif_suppressions(&suppressed, &baselined, &mut findings);
            let summary = scanned.report.summary();
            let report = Report {
                findings: &findings,
                files: &scanned.report.files,
                summary,
                show_secrets: false,
                fail_on: project.scan.fail_on,
                max_file_size: project.scan.max_file_size,
            };
            let mut document = crate::output::sarif::document(&report);
            render::attach_suppressions(&mut document, &suppressions);
            serde_json::to_writer_pretty(&mut out, &document)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    let unjustified: Vec<&Exception> = exceptions
        .iter()
        .filter(|e| e.reason.is_none() && e.status != Status::Ineffective)
        .collect();
    if args.fail_on_unjustified && !unjustified.is_empty() {
        for e in &unjustified {
            eprintln!(
                "redflag: {}:{}: {} without a reason",
                e.file,
                e.line,
                e.kind.as_str()
            );
        }
        eprintln!(
            "redflag: {} exception(s) without a reason (--fail-on-unjustified)",
            unjustified.len()
        );
        return Ok(crate::EXIT_FINDINGS);
    }
    Ok(0)
}

/// Every marker in the analysed files, with what it silenced and whether it is unused.
fn inline_exceptions(
    project: &Project,
    files: &[redflag_core::project::walk::FileResult],
    suppressed: &[Finding],
    findings: &[Finding],
    today: Date,
) -> Vec<Exception> {
    let mut out = Vec::new();
    for file in files {
        if !matches!(file.outcome, FileOutcome::Analyzed(_)) {
            continue;
        }
        let Ok(text) = std::fs::read(project.root.join(&file.path)) else {
            continue;
        };
        if !suppression::any_marker(&text) {
            continue;
        }
        let doc = Document::new(&file.path, &text);
        let lines = LineIndex::new(&text);
        for marker in suppression::markers(&text, doc.language.support().line_comments) {
            let line = lines.line_of(marker.span.start) + 1;
            let unused: Vec<String> = findings
                .iter()
                .filter(|f| {
                    f.path == file.path
                        && f.rule.id == "redflag.unused-suppression"
                        && f.start.line == line
                })
                .flat_map(|f| {
                    // On the marker's own span: every id; on one id's span: that id.
                    let ids = marker
                        .rules()
                        .map(|list| list.ids.as_slice())
                        .unwrap_or(&[]);
                    ids.iter()
                        .filter(|(_, span)| f.span == marker.span || *span == f.span)
                        .map(|(id, _)| id.clone())
                        .collect::<Vec<_>>()
                })
                .collect();
            let silenced = suppressed
                .iter()
                .filter(|f| {
                    f.path == file.path && f.suppressed.as_ref().is_some_and(|s| s.line == line)
                })
                .count();
            let (rules, reason, until, status) = match &marker.kind {
                MarkerKind::Rules(list) => {
                    let status = if list.expired(today) {
                        Status::Expired
                    } else if !unused.is_empty() {
                        Status::Unused
                    } else {
                        Status::Active
                    };
                    let ids = list.ids.iter().map(|(id, _)| id.clone()).collect();
                    (ids, list.reason.clone(), list.until, status)
                }
                MarkerKind::SuppressAll | MarkerKind::Malformed => {
                    (Vec::new(), None, None, Status::Ineffective)
                }
            };
            out.push(Exception {
                kind: Kind::Inline,
                file: file.path.clone(),
                line,
                rules,
                target: file.path.clone(),
                reason,
                until,
                status,
                unused_rules: unused,
                silenced,
                origin: None,
            });
        }
    }
    out
}

/// The config's `[ignore]` entries, at their line in the config file. `full`: the scan
/// covered the whole project, so an entry that ignored nothing is unused.
fn config_exceptions(project: &Project, today: Date, full: bool) -> Vec<Exception> {
    let Some(loaded) = &project.config else {
        return Vec::new();
    };
    let file = project.relative_path(&loaded.path.canonicalize().unwrap_or(loaded.path.clone()));
    let at = |offset: usize| {
        loaded.text[..offset.min(loaded.text.len())]
            .matches('\n')
            .count()
            + 1
    };
    let usage = project.ignore_use();
    let mut out = Vec::new();
    let ignore = &loaded.config.ignore;
    let paths: Vec<_> = ignore
        .paths
        .iter()
        .map(|e| (e.get_ref(), e.span()))
        .collect();
    let values: Vec<_> = ignore
        .values
        .iter()
        .map(|e| (e.get_ref(), e.span()))
        .collect();
    for (kind, entries, used, rules) in [
        (Kind::ConfigPath, paths, &usage.paths, "(every rule)"),
        (Kind::ConfigValue, values, &usage.values, "(secret values)"),
    ] {
        for (index, (entry, span)) in entries.into_iter().enumerate() {
            let target = if kind == Kind::ConfigValue {
                redflag_core::report::redact::redact(&entry.pattern)
            } else {
                entry.pattern.clone()
            };
            let used = used.get(index).copied().unwrap_or(true);
            let status = if entry.expired(today) {
                Status::Expired
            } else if full && !used {
                Status::Unused
            } else {
                Status::Active
            };
            out.push(Exception {
                kind,
                file: file.clone(),
                line: at(span.start),
                rules: vec![rules.to_string()],
                target,
                reason: entry
                    .reason
                    .clone()
                    .or_else(|| comment_after(&loaded.text, span.end)),
                until: entry.until_date(),
                status,
                unused_rules: if status == Status::Unused {
                    vec![rules.to_string()]
                } else {
                    Vec::new()
                },
                silenced: 0,
                origin: None,
            });
        }
    }
    out
}

/// A `# comment` after an entry on its line is its reason.
fn comment_after(text: &str, offset: usize) -> Option<String> {
    let rest = text.get(offset..)?;
    let line = rest.split('\n').next().unwrap_or("");
    let comment = line.split_once('#')?.1.trim();
    (!comment.is_empty()).then(|| comment.to_string())
}

fn baseline_exceptions(
    project: &Project,
    baseline: &Baseline,
    file: &Path,
    used: &[bool],
) -> Vec<Exception> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let shown = project.relative_path(&file.canonicalize().unwrap_or(file.to_path_buf()));
    baseline
        .entries
        .iter()
        .zip(used)
        .map(|(entry, used)| {
            let line = text
                .find(&format!("\"{}\"", entry.fingerprint))
                .map_or(0, |at| text[..at].matches('\n').count() + 1);
            Exception {
                kind: Kind::Baseline,
                file: shown.clone(),
                line,
                rules: vec![entry.rule.clone()],
                target: entry.path.clone(),
                reason: entry.reason.clone(),
                until: None,
                status: if *used {
                    Status::Active
                } else {
                    Status::Unused
                },
                unused_rules: if *used {
                    Vec::new()
                } else {
                    vec![entry.rule.clone()]
                },
                silenced: usize::from(*used),
                origin: None,
            }
        })
        .collect()
}

/// Who added each exception's line and when, one blame per file.
fn add_origins(
    repo: &redflag_git::git2::Repository,
    project: &Project,
    exceptions: &mut [Exception],
) {
    let work_dir = redflag_git::repo::work_dir(repo);
    let work_dir = work_dir.canonicalize().unwrap_or(work_dir);
    let mut by_file: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for e in exceptions.iter() {
        by_file.entry(e.file.clone()).or_default().push(e.line);
    }
    let mut found: HashMap<(String, usize), LineOrigin> = HashMap::new();
    for (file, lines) in by_file {
        let absolute = project.root.join(&file);
        let Ok(text) = std::fs::read(&absolute) else {
            continue;
        };
        let absolute = absolute.canonicalize().unwrap_or(absolute);
        let Ok(in_repo) = absolute.strip_prefix(&work_dir) else {
            continue;
        };
        // A file git cannot blame is reported without authors, not as an error.
        if let Ok(origins) = blame::origins(repo, in_repo, &text, &lines) {
            for (line, origin) in origins {
                if let Some(origin) = origin {
                    found.insert((file.clone(), line), origin);
                }
            }
        }
    }
    for e in exceptions {
        e.origin = found.get(&(e.file.clone(), e.line)).cloned();
    }
}
