//! `redflag hook ...`: judge what a commit or a push adds (git side in `redflag-git`), tell
//! the developer how to proceed, and install or remove the hook scripts.

use crate::cli::{Format, ProjectArgs, parse_severity};
use crate::output::{self, Report, shown_excerpt};
use crate::{EXIT_ERROR, EXIT_FINDINGS};
use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use redflag_core::project::files::{FsFiles, ProjectFiles};
use redflag_core::project::resolve::Projects;
use redflag_core::project::walk::{FileOutcome, FileResult, ScanReport};
use redflag_core::report::baseline::Baseline;
use redflag_core::{AnalyzeOptions, Category, Finding, Project, Severity};
use redflag_git::git2::Repository;
use redflag_git::install::{self, Existing};
use redflag_git::project_files::GitFiles;
use redflag_git::{
    FileVerdict, HookKind, InstallOutcome, JudgeOptions, JudgedFile, Judgement, UninstallOutcome,
};
use std::io::{IsTerminal, Read, Write};

#[derive(Subcommand)]
pub enum HookCommand {
    /// Judge the staged changes (run by git before a commit)
    PreCommit(JudgeArgs),
    /// Judge the commits being pushed (run by git before a push, ref updates on stdin)
    PrePush {
        /// The remote's name, as git passes it
        remote: Option<String>,
        /// The remote's URL, as git passes it (unused: nothing goes over the network)
        url: Option<String>,
        #[command(flatten)]
        args: JudgeArgs,
    },
    /// Write the hook script into the hooks directory git uses (core.hooksPath respected)
    Install(InstallArgs),
    /// Remove the hook script redflag wrote (other hooks are left alone)
    Uninstall {
        #[arg(long, value_enum, default_value_t = HookName::PreCommit)]
        hook: HookName,
    },
}

#[derive(Args)]
pub struct JudgeArgs {
    /// Report findings on every line of the changed files, not only the added ones
    #[arg(long)]
    pub all_lines: bool,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Lowest severity to report (default from config, else warning)
    #[arg(long, value_parser = parse_severity)]
    pub min_severity: Option<Severity>,
    /// Severity that blocks (exit 1) (default from config, else error)
    #[arg(long, value_parser = parse_severity)]
    pub fail_on: Option<Severity>,
    /// Print secrets in full (never do this where logs are kept)
    #[arg(long)]
    pub show_secrets: bool,
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Args)]
pub struct InstallArgs {
    #[arg(long, value_enum, default_value_t = HookName::PreCommit)]
    pub hook: HookName,
    /// Replace a hook redflag did not write
    #[arg(long, conflicts_with = "chain")]
    pub force: bool,
    /// Keep a hook redflag did not write (as `<hook>.pre-redflag`) and run it first
    #[arg(long)]
    pub chain: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HookName {
    PreCommit,
    PrePush,
}

impl From<HookName> for HookKind {
    fn from(name: HookName) -> Self {
        match name {
            HookName::PreCommit => HookKind::PreCommit,
            HookName::PrePush => HookKind::PrePush,
        }
    }
}

pub fn run(command: HookCommand) -> anyhow::Result<u8> {
    match command {
        HookCommand::PreCommit(args) => pre_commit(&args),
        HookCommand::PrePush { remote, args, .. } => pre_push(remote.as_deref(), &args),
        HookCommand::Install(args) => install_hook(&args),
        HookCommand::Uninstall { hook } => uninstall_hook(hook),
    }
}

/// What is being judged, for the summary and the advice.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Commit,
    Push,
}

fn pre_commit(args: &JudgeArgs) -> anyhow::Result<u8> {
    let repo = redflag_git::repo::open()?;
    let work_dir = canonical(redflag_git::repo::work_dir(&repo));
    let (index_path, must_exist) = redflag_git::repo::staged_index_path(&repo)?;
    let head = redflag_git::repo::head_tree(&repo)?;
    let staged = redflag_git::changes::staged_at(&repo, head.as_ref(), &index_path, must_exist)?;
    // Config and rule folders as staged: what is committed is what is judged.
    let files = GitFiles::index(&repo, &work_dir, staged.files)?;
    let projects = Projects::new(&files, super::load_options(&args.project));
    // The repository root's project: the run's thresholds and its baseline.
    let root = projects
        .for_dir(&work_dir)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let baseline = super::baseline::committed(&repo, &root, &work_dir)?;
    let judged = redflag_git::judge::judge(
        &repo,
        &projects,
        &work_dir,
        &staged.changes,
        None,
        &judge_options(args, baseline.as_ref()),
    )?;
    let judgement = Judgement { files: judged };
    let code = report(
        &repo,
        &root,
        args,
        &judgement,
        baseline.as_ref(),
        Stage::Commit,
    );
    // The process ends here: freeing thousands of rule structures one by one costs more
    // than judging a commit.
    std::mem::forget(projects);
    code
}

fn canonical(path: std::path::PathBuf) -> std::path::PathBuf {
    path.canonicalize().unwrap_or(path)
}

fn pre_push(remote: Option<&str>, args: &JudgeArgs) -> anyhow::Result<u8> {
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .context("cannot read the ref updates git passes on stdin")?;
    let updates = redflag_git::push::parse(&input)?;
    let repo = redflag_git::repo::open()?;
    let work_dir = canonical(redflag_git::repo::work_dir(&repo));
    let commits = redflag_git::push::commits_to_scan(&repo, &updates, remote)?;
    // What is pushed is judged under the configs and rules the pushed tip holds (the first
    // ref update that pushes something), not the working tree's.
    let tip = updates
        .iter()
        .map(|u| u.local)
        .find(|oid| !oid.is_zero())
        .and_then(|oid| repo.find_commit(oid).ok())
        .and_then(|commit| commit.tree().ok());
    let tree_files = match &tip {
        Some(tree) => Some(GitFiles::tree(&repo, &work_dir, tree.id())?),
        None => None,
    };
    let fs = FsFiles;
    let source: &dyn ProjectFiles = match &tree_files {
        Some(files) => files,
        None => &fs,
    };
    let projects = Projects::new(source, super::load_options(&args.project));
    let project = projects
        .for_dir(&work_dir)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let baseline = super::baseline::committed(&repo, &project, &work_dir)?;
    let mut options = judge_options(args, baseline.as_ref());
    // Statements unchanged from one pushed commit to the next reuse their query matches.
    options.analyze.reuse_statements = commits.len() > 1;
    // Every commit being pushed, not only the tip, judged as `scan --history` judges one.
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let files: Vec<JudgedFile> = redflag_git::history::judge_commits(
        repo.path(),
        &projects,
        &work_dir,
        &commits,
        &options,
        threads,
        &|_| {},
    )?
    .into_iter()
    .map(|(file, _)| file)
    .collect();
    let judgement = Judgement { files };
    report(
        &repo,
        &project,
        args,
        &judgement,
        baseline.as_ref(),
        Stage::Push,
    )
}

fn judge_options(args: &JudgeArgs, baseline: Option<&Baseline>) -> JudgeOptions {
    JudgeOptions {
        all_lines: args.all_lines,
        analyze: AnalyzeOptions {
            reveal_secrets: args.show_secrets,
            secret_salt: baseline.and_then(Baseline::salt),
            ..AnalyzeOptions::default()
        },
    }
}

fn report(
    repo: &Repository,
    project: &Project,
    args: &JudgeArgs,
    judgement: &Judgement,
    baseline: Option<&Baseline>,
    stage: Stage,
) -> anyhow::Result<u8> {
    let fail_on = args.fail_on.unwrap_or(project.scan.fail_on);
    // A finding that blocks is always shown, whatever the display threshold.
    let min_severity = args
        .min_severity
        .unwrap_or(project.scan.min_severity)
        .min(fail_on);
    let files = &judgement.files;
    let mut shown: Vec<(&JudgedFile, &Finding)> = judgement
        .findings()
        .filter(|(_, f)| f.severity >= min_severity)
        .collect();
    let before = shown.len();
    if let Some(baseline) = baseline {
        // Matched as a whole file sees them: an entry accepts one finding (occurrences).
        let findings: Vec<&Finding> = shown.iter().map(|(_, f)| *f).collect();
        let accepted = baseline.accepted(&findings);
        let mut keep = accepted.into_iter().map(|a| !a);
        shown.retain(|_| keep.next().unwrap_or(true));
    }
    let baselined = before - shown.len();
    shown.sort_by(|(fa, a), (fb, b)| {
        (&a.path, fa.commit, a.start, &a.rule.id).cmp(&(&b.path, fb.commit, b.start, &b.rule.id))
    });
    let blocking = shown.iter().filter(|(_, f)| f.blocks(fail_on)).count();
    let scanned = judgement.files_scanned();
    let added = judgement.added_lines();
    let summary = format!(
        "redflag: scanned {scanned} file{}, {added} added line{}{}{}",
        plural(scanned),
        plural(added),
        match stage {
            Stage::Commit => "",
            Stage::Push => " in the commits being pushed",
        },
        if baselined > 0 {
            format!(" ({baselined} in the baseline, not shown)")
        } else {
            String::new()
        }
    );

    for file in files {
        if let FileVerdict::NotAnalysed { reason, .. } = &file.verdict {
            eprintln!("redflag: {}: {reason}", file.path);
        }
    }
    let not_analysed = judgement.not_analysed();

    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Human => {
            let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let human = Human {
                paint: Paint(colour),
                repo,
                show_secrets: args.show_secrets,
                fail_on,
                stage,
            };
            human.write(&mut out, &shown, files, &summary, blocking)?;
        }
        Format::Json | Format::Sarif => {
            let findings: Vec<Finding> = shown.iter().map(|(_, f)| (*f).clone()).collect();
            let results = ScanReport {
                files: files.iter().filter_map(file_result).collect(),
                project_errors: Vec::new(),
            };
            let report = Report {
                findings: &findings,
                files: &results.files,
                summary: results.summary(),
                show_secrets: args.show_secrets,
                fail_on,
                max_file_size: project.scan.max_file_size,
            };
            if args.format == Format::Json {
                output::json::write(&mut out, &report)?;
            } else {
                output::sarif::write(&mut out, &report)?;
            }
            // The summary still reaches the developer, outside the machine-readable stream.
            eprintln!("{summary}");
        }
    }
    out.flush()?;
    if not_analysed > 0 {
        // A file the hook could not judge is no pass (as an unreadable blob is not).
        eprintln!(
            "redflag: {not_analysed} file(s) not analysed because of an internal error: \
             this {} is not judged (to bypass once, deliberately: --no-verify)",
            match stage {
                Stage::Commit => "commit",
                Stage::Push => "push",
            }
        );
        return Ok(EXIT_ERROR);
    }
    Ok(if blocking > 0 { EXIT_FINDINGS } else { 0 })
}

/// A judged file as the shared JSON/SARIF writers see it (files never read are left out).
fn file_result(file: &JudgedFile) -> Option<FileResult> {
    use redflag_git::Skip;
    let (bytes, outcome) = match &file.verdict {
        FileVerdict::Scanned {
            analysis, bytes, ..
        } => (
            *bytes,
            FileOutcome::Analyzed(redflag_core::Analysis {
                findings: analysis.findings.clone(),
                notes: analysis.notes.clone(),
                parsed: analysis.parsed,
            }),
        ),
        FileVerdict::Skipped(Skip::Binary) => (0, FileOutcome::Binary),
        FileVerdict::Skipped(Skip::TooLarge { bytes, .. }) => {
            (*bytes, FileOutcome::TooLarge(*bytes))
        }
        FileVerdict::NotAnalysed { reason, bytes } => {
            (*bytes, FileOutcome::NotAnalysed(reason.clone()))
        }
        FileVerdict::Skipped(_) => return None,
    };
    Some(FileResult {
        path: file.path.clone(),
        bytes,
        outcome,
    })
}

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Terminal output: each finding with where, what, why and what to do, then the summary.
struct Human<'a> {
    paint: Paint,
    repo: &'a Repository,
    show_secrets: bool,
    fail_on: Severity,
    stage: Stage,
}

impl Human<'_> {
    fn write(
        &self,
        out: &mut dyn Write,
        shown: &[(&JudgedFile, &Finding)],
        files: &[JudgedFile],
        summary: &str,
        blocking: usize,
    ) -> std::io::Result<()> {
        let p = &self.paint;
        for (file, finding) in shown {
            let severity = if finding.blocks(self.fail_on) {
                p.wrap("1;31", finding.severity.as_str())
            } else {
                // Below the fail severity: shown, never blocking.
                p.wrap(
                    "1;33",
                    &format!("{} (not blocking)", finding.severity.as_str()),
                )
            };
            writeln!(
                out,
                "{}:{}:{}: {severity} [{}] {}{}",
                p.wrap("1", &finding.path),
                finding.start.line,
                finding.start.column,
                finding.rule.id,
                finding.message,
                self.commit_label(file)
            )?;
            writeln!(
                out,
                "    {}",
                p.wrap("2", shown_excerpt(finding, self.show_secrets))
            )?;
            writeln!(out, "    why: {}", why(finding))?;
            writeln!(out, "    fix: {}", fix(finding))?;
            writeln!(
                out,
                "    false positive? add `redflag: ignore[{}] -- why` in a comment on that line",
                finding.rule.id
            )?;
        }
        for file in files {
            match &file.verdict {
                FileVerdict::Skipped(reason) => writeln!(
                    out,
                    "{}{}: note: skipped, {reason}",
                    file.path,
                    self.commit_label(file)
                )?,
                FileVerdict::Scanned { analysis, .. } => {
                    for note in &analysis.notes {
                        writeln!(out, "{}: note: {note}", file.path)?;
                    }
                }
                // Said on stderr by `report`, whatever the format.
                FileVerdict::NotAnalysed { .. } => {}
            }
        }
        let warnings = shown.len() - blocking;
        writeln!(
            out,
            "{summary}: {blocking} blocking finding{}{}",
            plural(blocking),
            if warnings > 0 {
                format!(", {warnings} warning{}", plural(warnings))
            } else {
                String::new()
            }
        )?;
        if blocking > 0 {
            let (what, bypass) = match self.stage {
                Stage::Commit => ("commit", "git commit --no-verify"),
                Stage::Push => ("push", "git push --no-verify"),
            };
            writeln!(
                out,
                "{} Remove the value (read it from an environment variable or a secret store), \
                 or mark a false positive inline; to bypass once, deliberately: {}",
                p.wrap("1;31", &format!("redflag blocked this {what}."),),
                p.wrap("1", bypass)
            )?;
            if self.stage == Stage::Push {
                writeln!(
                    out,
                    "The finding is in a commit: amend or rebase it away (git rebase -i) before pushing."
                )?;
            }
        }
        Ok(())
    }

    fn commit_label(&self, file: &JudgedFile) -> String {
        let Some(oid) = file.commit else {
            return String::new();
        };
        let subject = self
            .repo
            .find_commit(oid)
            .ok()
            .and_then(|c| {
                c.summary_bytes()
                    .map(|s| String::from_utf8_lossy(s).into_owned())
            })
            .unwrap_or_default();
        let short = oid.to_string();
        format!(" (in commit {} {subject})", &short[..short.len().min(10)])
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// One line on why the finding matters: the first sentence of the rule's "Why it matters".
fn why(finding: &Finding) -> String {
    let docs = &finding.rule.docs;
    let section = docs
        .find("## Why it matters")
        .map_or(docs.as_str(), |at| &docs[at + "## Why it matters".len()..]);
    // The first paragraph after the heading, its wrapped lines joined.
    let paragraph: Vec<&str> = section
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty() || l.starts_with('#'))
        .take_while(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("```"))
        .collect();
    if paragraph.is_empty() {
        return finding.rule.title.clone();
    }
    first_sentence(&paragraph.join(" ")).to_string()
}

fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(at) => &text[..=at],
        None => text,
    }
}

fn fix(finding: &Finding) -> String {
    match finding.rule.category {
        Category::Secret => {
            "remove it, rotate it if it ever left this machine, and read it at run \
                             time from an environment variable or a secret store"
                .to_string()
        }
        Category::InsecurePattern => format!(
            "see `redflag rules explain {}` for the safe way to write this",
            finding.rule.id
        ),
    }
}

fn install_hook(args: &InstallArgs) -> anyhow::Result<u8> {
    let repo = redflag_git::repo::open()?;
    let exe = std::env::current_exe().context("cannot locate the redflag binary")?;
    let existing = if args.force {
        Existing::Replace
    } else if args.chain {
        Existing::Chain
    } else {
        Existing::Refuse
    };
    let kind = HookKind::from(args.hook);
    match install::install(&repo, kind, &exe, existing)? {
        InstallOutcome::Installed(path) => println!("redflag: installed {}", path.display()),
        InstallOutcome::Updated(path) => {
            println!("redflag: already installed, updated {}", path.display())
        }
        InstallOutcome::Replaced(path) => println!(
            "redflag: replaced the existing hook {} (--force)",
            path.display()
        ),
        InstallOutcome::Chained { hook, previous } => println!(
            "redflag: installed {}; the existing hook moved to {} and runs first",
            hook.display(),
            previous.display()
        ),
        InstallOutcome::RefusedForeign(path) => {
            eprintln!(
                "redflag: {} exists and was not written by redflag: left alone. \
                 Use --chain to keep it and run it before redflag, or --force to replace it.",
                path.display()
            );
            return Ok(EXIT_ERROR);
        }
    }
    Ok(0)
}

fn uninstall_hook(hook: HookName) -> anyhow::Result<u8> {
    let repo = redflag_git::repo::open()?;
    match install::uninstall(&repo, hook.into())? {
        UninstallOutcome::Removed(path) => println!("redflag: removed {}", path.display()),
        UninstallOutcome::Restored(path) => println!(
            "redflag: removed redflag's hook; the previous hook is back at {}",
            path.display()
        ),
        UninstallOutcome::NotInstalled(path) => {
            println!("redflag: no hook at {}: nothing to do", path.display())
        }
        UninstallOutcome::Foreign(path) => println!(
            "redflag: {} was not written by redflag: left alone",
            path.display()
        ),
    }
    Ok(0)
}
