//! `redflag scan`.

use crate::cli::{Format, ScanArgs};
use crate::output::{self, Report};
use crate::{EXIT_ERROR, EXIT_FINDINGS};
use redflag_core::project::walk::{self, FileOutcome, ScanReport, ScanSummary};
use redflag_core::project::{self, files::FsFiles, resolve::Projects};
use redflag_core::report::baseline::Baseline;
use redflag_core::{AnalyzeOptions, Finding, Project, Severity};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

/// A finished walk: the project, what each file gave, and the findings at the shown severity.
pub struct Scanned {
    /// The first path's project: the run's thresholds and baseline (each file was judged
    /// under its own nearest config).
    pub project: Arc<Project>,
    pub report: ScanReport,
    /// Sorted by path, position and rule; at or above the shown severity.
    pub findings: Vec<Finding>,
    /// The baseline chosen for the project (not yet applied to `findings`).
    pub baseline: Option<Baseline>,
}

/// Picks the baseline of a loaded project (its salt tags the findings).
pub type ChooseBaseline<'a> = &'a dyn Fn(&Project) -> anyhow::Result<Option<Baseline>>;

/// What to scan and how.
pub struct ScanRequest<'a> {
    pub paths: &'a [PathBuf],
    pub project: &'a crate::cli::ProjectArgs,
    pub min_severity: Option<Severity>,
    pub fail_on: Option<Severity>,
    pub show_secrets: bool,
    pub no_progress: bool,
    /// Keep findings inline suppressions silenced (`Finding::suppressed`), for the audit.
    pub keep_suppressed: bool,
}

/// Checks the paths, loads the project and scans them (progress on a terminal).
pub fn scan_paths(
    request: &ScanRequest,
    choose_baseline: ChooseBaseline,
) -> anyhow::Result<Scanned> {
    let ScanRequest {
        paths,
        project: project_args,
        min_severity,
        fail_on,
        show_secrets,
        no_progress,
        keep_suppressed,
    } = *request;
    for path in paths {
        if !path.exists() {
            anyhow::bail!("{}: no such file or folder", path.display());
        }
    }
    // Every file is judged under its nearest config; the first path's project gives the
    // run's thresholds and where paths are shown from (its repository's root, if any).
    let projects = Projects::new(&FsFiles, super::load_options(project_args));
    let mut first = None;
    for path in paths {
        let start = path.canonicalize().unwrap_or_else(|_| path.clone());
        let dir = if start.is_dir() {
            start.as_path()
        } else {
            start.parent().unwrap_or(&start)
        };
        let loaded = projects.for_dir(dir).map_err(|e| anyhow::anyhow!("{e}"))?;
        first.get_or_insert(loaded);
    }
    let Some(project) = first else {
        anyhow::bail!("nothing to scan");
    };
    let top = project::repository_root(&paths[0]).unwrap_or_else(|| project.root.clone());
    let min_severity = min_severity.unwrap_or(project.scan.min_severity);
    let fail_on = fail_on.unwrap_or(project.scan.fail_on);
    let baseline = choose_baseline(&project)?;
    let options = AnalyzeOptions {
        reveal_secrets: show_secrets,
        secret_salt: baseline.as_ref().and_then(Baseline::salt),
        keep_suppressed,
        // Rules whose findings would be neither shown nor counted need not run.
        min_severity: min_severity.min(fail_on),
        ..AnalyzeOptions::default()
    };
    let progress = Progress::new(!no_progress && std::io::stderr().is_terminal());
    let scanned = walk::scan(&projects, &top, paths, &options, &|done| {
        progress.tick(done)
    });
    progress.finish();
    if !scanned.project_errors.is_empty() {
        anyhow::bail!("{}", scanned.project_errors.join("\n"));
    }
    // The command ends soon: freeing every project's rules one by one would cost more than
    // scanning a file.
    std::mem::forget(projects);
    let mut findings: Vec<_> = scanned
        .files
        .iter()
        .filter_map(|f| match &f.outcome {
            FileOutcome::Analyzed(a) => Some(a.findings.iter()),
            _ => None,
        })
        .flatten()
        .filter(|f| f.severity >= min_severity)
        .cloned()
        .collect();
    let full = super::config_findings::is_full_scan(&project, paths);
    findings.extend(super::config_findings::findings(
        &project,
        full,
        min_severity,
    ));
    findings.sort_by(|a, b| (&a.path, a.start, &a.rule.id).cmp(&(&b.path, b.start, &b.rule.id)));
    Ok(Scanned {
        project,
        report: scanned,
        findings,
        baseline,
    })
}

pub fn run(args: ScanArgs) -> anyhow::Result<u8> {
    if args.history.is_some() {
        return super::history::run(&args);
    }
    let choose =
        |project: &Project| super::baseline::for_scan(project, &args.baseline, args.no_baseline);
    let Scanned {
        project,
        report: scanned,
        mut findings,
        baseline,
    } = scan_paths(
        &ScanRequest {
            paths: &args.paths,
            project: &args.project,
            min_severity: args.min_severity,
            fail_on: args.fail_on,
            show_secrets: args.show_secrets,
            no_progress: args.no_progress,
            keep_suppressed: false,
        },
        &choose,
    )?;
    let fail_on = args.fail_on.unwrap_or(project.scan.fail_on);
    if let Some(baseline) = baseline {
        let accepted = baseline.filter(&mut findings);
        if accepted > 0 {
            eprintln!("redflag: {accepted} finding(s) in the baseline not shown");
        }
    }
    let failed = findings.iter().any(|f| f.blocks(fail_on));
    let summary = scanned.summary();
    // As ripgrep does: what could not be read is said on stderr, whatever the format.
    for file in &scanned.files {
        match &file.outcome {
            FileOutcome::Unreadable(reason) => {
                eprintln!("redflag: {}: could not read: {reason}", file.path);
            }
            FileOutcome::NotAnalysed(reason) => eprintln!("redflag: {}: {reason}", file.path),
            _ => {}
        }
    }
    let report = Report {
        findings: &findings,
        files: &scanned.files,
        summary,
        show_secrets: args.show_secrets,
        fail_on,
        max_file_size: project.scan.max_file_size,
    };

    let mut out = super::report_writer(args.output.as_deref())?;
    let colour = args.output.is_none()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    match args.format {
        Format::Human => output::human::write(&mut out, &report, colour)?,
        Format::Json => output::json::write(&mut out, &report)?,
        Format::Sarif => output::sarif::write(&mut out, &report)?,
    }
    out.flush()?;
    let code = exit_code(&summary, failed);
    if summary.not_analysed > 0 {
        eprintln!(
            "redflag: {} file(s) not analysed because of an internal error: the scan is incomplete",
            summary.not_analysed
        );
    } else if code == EXIT_ERROR {
        eprintln!("redflag: nothing could be read: no file was judged");
    }
    Ok(code)
}

/// 2 when a file was not analysed (an internal error) or when there were read errors and
/// not one file could be read (a scan that judged nothing is no all-clear), else 1 on a
/// blocking finding, else 0.
fn exit_code(summary: &ScanSummary, failed: bool) -> u8 {
    if summary.not_analysed > 0 || (summary.unreadable > 0 && summary.files_read() == 0) {
        EXIT_ERROR
    } else if failed {
        EXIT_FINDINGS
    } else {
        0
    }
}

/// A file counter on stderr, only on a terminal, redrawn at most every 100 files.
struct Progress {
    enabled: bool,
}

impl Progress {
    fn new(enabled: bool) -> Self {
        Progress { enabled }
    }

    fn tick(&self, done: usize) {
        if self.enabled && done.is_multiple_of(100) {
            eprint!("\rredflag: scanned {done} files…");
        }
    }

    fn finish(&self) {
        if self.enabled {
            eprint!("\r\x1b[2K");
        }
    }
}
