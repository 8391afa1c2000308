//! `redflag scan --history [REV-RANGE]`: every commit of the range judged like the hook
//! judges a commit (redflag-git `history`), each finding once, at its first commit, with its
//! author and date; the baseline and the config's ignores apply as in a scan.

use crate::cli::{Format, ScanArgs};
use crate::output::{self, Report, shown_excerpt};
use anyhow::Context;
use redflag_core::project::walk::ScanSummary;
use redflag_core::project::{files::FsFiles, resolve::Projects};
use redflag_core::report::date::Date;
use redflag_core::{AnalyzeOptions, Finding};
use redflag_git::history::{self, CommitInfo, FirstSeen, Selection};
use redflag_git::{FileVerdict, JudgeOptions};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::io::{IsTerminal, Write};

pub fn run(args: &ScanArgs) -> anyhow::Result<u8> {
    let start = args.paths.first().cloned().unwrap_or_else(|| ".".into());
    let repo = redflag_git::repo::open_at(&start)?;
    let work_dir = redflag_git::repo::work_dir(&repo);
    let project = super::load_project(&work_dir, &args.project)?;
    let baseline = super::baseline::for_scan(&project, &args.baseline, args.no_baseline)?;
    let min_severity = args.min_severity.unwrap_or(project.scan.min_severity);
    let fail_on = args.fail_on.unwrap_or(project.scan.fail_on);
    let since = match &args.since {
        Some(text) => Some(
            Date::parse(text)
                .with_context(|| format!("--since {text}: expected a date, YYYY-MM-DD"))?
                .unix_days()
                * 86_400,
        ),
        None => None,
    };
    let selection = Selection {
        range: args.history.clone().filter(|r| !r.is_empty()),
        since,
        max_count: args.max_count,
    };
    let commits = history::commits(&repo, &selection)?;
    let options = JudgeOptions {
        all_lines: false,
        analyze: AnalyzeOptions {
            reveal_secrets: args.show_secrets,
            min_severity: min_severity.min(fail_on),
            // Most statements of a file are the same from one commit to the next: their
            // query matches are reused (the language server's statement cache).
            reuse_statements: true,
            secret_salt: baseline
                .as_ref()
                .and_then(redflag_core::report::baseline::Baseline::salt),
            ..AnalyzeOptions::default()
        },
    };
    let tty = !args.no_progress && std::io::stderr().is_terminal();
    let total = commits.len();
    let tick = |done: usize| {
        if tty && (done.is_multiple_of(50) || done == total) {
            eprint!("\rredflag: {done}/{total} commits…");
        }
    };
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    // Each file under its nearest config in the working tree (as `redflag scan` judges it).
    let projects = Projects::new(&FsFiles, super::load_options(&args.project));
    let judged = history::judge_commits(
        repo.path(),
        &projects,
        &work_dir,
        &commits,
        &options,
        threads,
        &tick,
    )?;
    if tty {
        eprint!("\r\x1b[2K");
    }
    let mut summary = ScanSummary::default();
    for (file, _) in &judged {
        match &file.verdict {
            FileVerdict::Scanned { bytes, .. } => {
                summary.files_scanned += 1;
                summary.bytes_scanned += bytes;
            }
            FileVerdict::NotAnalysed { reason, .. } => {
                summary.not_analysed += 1;
                let commit = file.commit.map(|c| c.to_string()).unwrap_or_default();
                eprintln!("redflag: {} (commit {commit}): {reason}", file.path);
            }
            FileVerdict::Skipped(_) => {}
        }
    }
    let mut found: Vec<FirstSeen> = history::first_seen(judged)
        .into_iter()
        .filter(|f| f.finding.severity >= min_severity)
        .collect();
    if let Some(baseline) = &baseline {
        let refs: Vec<&Finding> = found.iter().map(|f| &f.finding).collect();
        let mut keep = baseline.accepted(&refs).into_iter().map(|a| !a);
        let before = found.len();
        found.retain(|_| keep.next().unwrap_or(true));
        if before > found.len() {
            eprintln!(
                "redflag: {} finding(s) in the baseline not shown",
                before - found.len()
            );
        }
    }
    let order: HashMap<_, usize> = commits.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    found.sort_by(|a, b| {
        let at = |f: &FirstSeen| order.get(&f.commit).copied().unwrap_or(usize::MAX);
        (at(a), &a.finding.path, a.finding.start).cmp(&(at(b), &b.finding.path, b.finding.start))
    });
    let mut infos: HashMap<_, CommitInfo> = HashMap::new();
    for f in &found {
        if let std::collections::hash_map::Entry::Vacant(slot) = infos.entry(f.commit) {
            slot.insert(CommitInfo::of(&repo, f.commit)?);
        }
    }
    let findings: Vec<Finding> = found.iter().map(|f| f.finding.clone()).collect();
    let report = Report {
        findings: &findings,
        files: &[],
        summary,
        show_secrets: args.show_secrets,
        fail_on,
        max_file_size: project.scan.max_file_size,
    };
    let mut out = super::report_writer(args.output.as_deref())?;
    let commit_json = |f: &FirstSeen| {
        let info = infos.get(&f.commit);
        json!({
            "id": f.commit.to_string(),
            "author": info.map(|i| i.author.clone()),
            "email": info.map(|i| i.email.clone()),
            "date": info.map(|i| date(i.time)),
            "summary": info.map(|i| i.summary.clone()),
            "added_in_commits": f.commits,
        })
    };
    match args.format {
        Format::Human => {
            for f in &found {
                let finding = &f.finding;
                writeln!(
                    out,
                    "{}:{}:{}: {} [{}] {}",
                    finding.path,
                    finding.start.line,
                    finding.start.column,
                    finding.severity.as_str(),
                    finding.rule.id,
                    finding.message
                )?;
                writeln!(out, "    {}", shown_excerpt(finding, args.show_secrets))?;
                if let Some(info) = infos.get(&f.commit) {
                    let id = f.commit.to_string();
                    writeln!(
                        out,
                        "    commit {} by {} <{}> on {}: {}{}",
                        &id[..id.len().min(12)],
                        info.author,
                        info.email,
                        date(info.time),
                        info.summary,
                        if f.commits > 1 {
                            format!(" (added in {} commits)", f.commits)
                        } else {
                            String::new()
                        }
                    )?;
                }
            }
            writeln!(
                out,
                "{} findings in {} commits ({} files changed, {:.1} MB judged)",
                found.len(),
                commits.len(),
                summary.files_scanned,
                summary.bytes_scanned as f64 / 1e6
            )?;
        }
        Format::Json => {
            let mut document = output::json::document(&report);
            if let Some(list) = document["findings"].as_array_mut() {
                for (value, f) in list.iter_mut().zip(&found) {
                    value["commit"] = commit_json(f);
                }
            }
            document["summary"]["commits_scanned"] = Value::from(commits.len());
            serde_json::to_writer_pretty(&mut out, &document)?;
            writeln!(out)?;
        }
        Format::Sarif => {
            let mut document = output::sarif::document(&report);
            if let Some(list) = document["runs"][0]["results"].as_array_mut() {
                for (value, f) in list.iter_mut().zip(&found) {
                    value["properties"]["commit"] = commit_json(f);
                }
            }
            serde_json::to_writer_pretty(&mut out, &document)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    if summary.not_analysed > 0 {
        return Ok(crate::EXIT_ERROR);
    }
    let failed = findings.iter().any(|f| f.blocks(fail_on));
    Ok(if failed { crate::EXIT_FINDINGS } else { 0 })
}

fn date(seconds: i64) -> String {
    Date::from_unix_days(seconds.div_euclid(86_400)).to_string()
}
