//! `redflag baseline create|update`, and where `scan`, `audit` and the hook find a baseline:
//! `--baseline FILE`, else the config's `scan.baseline`; the hook reads the committed one
//! (HEAD's tree), never the working tree, so a staged edit of the baseline cannot wave its
//! own commit through.

use crate::cli::{ProjectArgs, parse_severity};
use anyhow::Context;
use clap::{Args, Subcommand};
use redflag_core::report::baseline::{self, Baseline};
use redflag_core::report::fingerprint;
use redflag_core::{Project, Severity};
use redflag_git::git2::Repository;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum BaselineCommand {
    /// Scan and record every finding shown as accepted (content fingerprints, no secrets)
    Create(BaselineArgs),
    /// Scan again and drop the entries no finding matches any more (reasons are kept)
    Update(BaselineArgs),
}

#[derive(Args)]
pub struct BaselineArgs {
    /// Files or folders to scan
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// The baseline file (default: the config's `scan.baseline`, else
    /// .redflag-baseline.json in the project root)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Lowest severity recorded (default from config, else warning)
    #[arg(long, value_parser = parse_severity)]
    pub min_severity: Option<Severity>,
    #[command(flatten)]
    pub project: ProjectArgs,
}

pub fn run(command: BaselineCommand) -> anyhow::Result<u8> {
    let (args, update) = match command {
        BaselineCommand::Create(args) => (args, false),
        BaselineCommand::Update(args) => (args, true),
    };
    let target = std::cell::RefCell::new(None);
    let choose = |project: &Project| {
        let path = args.output.clone().unwrap_or_else(|| default_path(project));
        let baseline = if update {
            read(&path)?
        } else {
            Baseline::of(fingerprint::new_salt(), [])
        };
        target.replace(Some(path));
        Ok(Some(baseline))
    };
    let request = super::scan::ScanRequest {
        paths: &args.paths,
        project: &args.project,
        min_severity: args.min_severity,
        fail_on: None,
        show_secrets: false,
        no_progress: false,
        keep_suppressed: false,
    };
    let scanned = super::scan::scan_paths(&request, &choose)?;
    let (Some(target), Some(chosen)) = (target.into_inner(), scanned.baseline) else {
        anyhow::bail!("no baseline chosen");
    };
    let (baseline, said) = if update {
        let mut old = chosen;
        let dropped = old.retain_matching(&scanned.findings);
        let kept = old.entries.len();
        (
            old,
            format!("kept {kept}, dropped {dropped} that match nothing"),
        )
    } else {
        let new = Baseline::of(chosen.salt, &scanned.findings);
        let said = format!("{} finding(s) recorded", new.entries.len());
        (new, said)
    };
    std::fs::write(&target, baseline.to_json())
        .with_context(|| format!("cannot write {}", target.display()))?;
    println!("redflag: {}: {said}", target.display());
    Ok(0)
}

/// The config's `scan.baseline`, else `.redflag-baseline.json` in the project root.
pub fn default_path(project: &Project) -> PathBuf {
    configured(project).unwrap_or_else(|| project.root.join(baseline::DEFAULT_FILE))
}

fn configured(project: &Project) -> Option<PathBuf> {
    let loaded = project.config.as_ref()?;
    let file = project.scan.baseline.as_ref()?;
    Some(loaded.base_dir().join(file))
}

pub fn read(path: &Path) -> anyhow::Result<Baseline> {
    let text =
        std::fs::read(path).with_context(|| format!("cannot read baseline {}", path.display()))?;
    Ok(Baseline::parse(&path.display().to_string(), &text)?)
}

/// The baseline a scan applies: `--baseline FILE`, else the config's (if it names one).
pub fn for_scan(
    project: &Project,
    explicit: &Option<PathBuf>,
    none: bool,
) -> anyhow::Result<Option<Baseline>> {
    if none {
        return Ok(None);
    }
    match explicit.clone().or_else(|| configured(project)) {
        Some(path) => read(&path).map(Some),
        None => Ok(None),
    }
}

/// The baseline the hook applies: the config's `scan.baseline` or `.redflag-baseline.json` at
/// the repository root, as committed in HEAD. None when HEAD has no such file.
pub fn committed(
    repo: &Repository,
    project: &Project,
    work_dir: &Path,
) -> anyhow::Result<Option<Baseline>> {
    let path = match configured(project) {
        Some(path) => {
            let path = std::path::absolute(&path).unwrap_or(path);
            let work_dir = work_dir.canonicalize().unwrap_or(work_dir.to_path_buf());
            let path = path
                .parent()
                .and_then(|p| p.canonicalize().ok())
                .zip(path.file_name())
                .map_or(path.clone(), |(dir, name)| dir.join(name));
            match path.strip_prefix(&work_dir) {
                Ok(inside) => inside.to_path_buf(),
                // A baseline outside the repository is the machine's, not committed.
                Err(_) => return read(&path).map(Some),
            }
        }
        None => PathBuf::from(baseline::DEFAULT_FILE),
    };
    let Some(head) = redflag_git::repo::head_tree(repo)? else {
        return Ok(None);
    };
    let Ok(entry) = head.get_path(&path) else {
        return Ok(None);
    };
    let blob = repo
        .find_blob(entry.id())
        .with_context(|| format!("cannot read the committed {}", path.display()))?;
    let shown = format!("{} (HEAD)", path.display());
    Ok(Some(Baseline::parse(&shown, blob.content())?))
}
