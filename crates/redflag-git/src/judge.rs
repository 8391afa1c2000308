//! Judging changed files: the staged (or committed) blob goes through the one analysis core,
//! and only findings on lines the change adds are kept.

use crate::added_lines::{AddedLines, line_count};
use crate::changes::{Change, ChangeKind};
use crate::error::GitError;
use git2::{FileMode, Oid, Repository};
use redflag_core::project::resolve::Projects;
use redflag_core::project::walk::is_binary;
use redflag_core::{Analysis, AnalyzeOptions, Document, Finding, Project};
use std::fmt;
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct JudgeOptions {
    /// Keep findings on every line of a changed file, not only the added ones.
    pub all_lines: bool,
    pub analyze: AnalyzeOptions,
}

/// Why a changed file was not analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    Deleted,
    Binary,
    TooLarge { bytes: u64, limit: u64 },
    Submodule,
    Symlink,
    IgnoredByConfig,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::Deleted => write!(f, "deleted"),
            Skip::Binary => write!(f, "binary"),
            Skip::TooLarge { bytes, limit } => write!(
                f,
                "{bytes} bytes is over the size limit ({limit} bytes, scan.max_file_size)"
            ),
            Skip::Submodule => write!(f, "submodule (judged in its own repository)"),
            Skip::Symlink => write!(f, "symbolic link"),
            Skip::IgnoredByConfig => write!(f, "ignored by the config's [ignore] paths"),
        }
    }
}

#[derive(Debug)]
pub enum FileVerdict {
    Scanned {
        /// Findings already restricted to added lines (unless `all_lines`).
        analysis: Analysis,
        added_lines: usize,
        bytes: u64,
    },
    Skipped(Skip),
    /// The analysis hit an internal error (a caught panic): the file was not judged, which
    /// fails the hook (exit 2) once every other file is judged.
    NotAnalysed {
        reason: String,
        bytes: u64,
    },
}

#[derive(Debug)]
pub struct JudgedFile {
    pub path: String,
    /// The commit the file was judged in (pre-push); `None` for the staged index.
    pub commit: Option<Oid>,
    pub verdict: FileVerdict,
}

#[derive(Debug, Default)]
pub struct Judgement {
    pub files: Vec<JudgedFile>,
}

impl Judgement {
    pub fn files_scanned(&self) -> usize {
        self.files
            .iter()
            .filter(|f| matches!(f.verdict, FileVerdict::Scanned { .. }))
            .count()
    }

    pub fn added_lines(&self) -> usize {
        self.files
            .iter()
            .map(|f| match f.verdict {
                FileVerdict::Scanned { added_lines, .. } => added_lines,
                FileVerdict::Skipped(_) | FileVerdict::NotAnalysed { .. } => 0,
            })
            .sum()
    }

    /// Files whose analysis hit an internal error.
    pub fn not_analysed(&self) -> usize {
        self.files
            .iter()
            .filter(|f| matches!(f.verdict, FileVerdict::NotAnalysed { .. }))
            .count()
    }

    pub fn findings(&self) -> impl Iterator<Item = (&JudgedFile, &Finding)> {
        self.files.iter().flat_map(|file| {
            let findings: &[Finding] = match &file.verdict {
                FileVerdict::Scanned { analysis, .. } => &analysis.findings,
                FileVerdict::Skipped(_) | FileVerdict::NotAnalysed { .. } => &[],
            };
            findings.iter().map(move |finding| (file, finding))
        })
    }
}

/// Judges `changes`, reading every blob from git's object database, each file under its
/// own project (`projects`: the nearest config above it in the tree being judged; paths in
/// it are absolute below `work_dir`). Blobs are read in turn, then analysed on every core.
/// Any unreadable blob, and any project that does not load, is an error, never a pass.
pub fn judge(
    repo: &Repository,
    projects: &Projects,
    work_dir: &Path,
    changes: &[Change],
    commit: Option<Oid>,
    options: &JudgeOptions,
) -> Result<Vec<JudgedFile>, GitError> {
    let odb = repo.odb().map_err(|e| GitError::Blob {
        path: repo.path().display().to_string(),
        message: e.message().to_string(),
    })?;
    let mut verdicts = Vec::with_capacity(changes.len());
    for change in changes {
        verdicts.push(prepare(repo, &odb, projects, work_dir, change, options)?);
    }
    let jobs: Vec<&Pending> = verdicts
        .iter()
        .filter_map(|v| match v {
            Prepared::Pending(job) => Some(job),
            Prepared::Done(_) => None,
        })
        .collect();
    // Analysed on every core, in order.
    let mut analysed =
        redflag_core::parallel::map(&jobs, 1, |job| analyse(job, options)).into_iter();
    drop(jobs);
    let mut judged = Vec::with_capacity(changes.len());
    for (change, prepared) in changes.iter().zip(verdicts) {
        let verdict = match prepared {
            Prepared::Done(verdict) => verdict,
            Prepared::Pending(_) => analysed.next().unwrap_or(FileVerdict::NotAnalysed {
                reason: "not analysed".into(),
                bytes: 0,
            }),
        };
        judged.push(JudgedFile {
            path: change.path.clone(),
            commit,
            verdict,
        });
    }
    Ok(judged)
}

/// A changed file ready for analysis: its project, its bytes, the lines the change adds.
struct Pending {
    project: Arc<Project>,
    path: String,
    text: Vec<u8>,
    added: AddedLines,
}

enum Prepared {
    Done(FileVerdict),
    Pending(Pending),
}

fn prepare(
    repo: &Repository,
    odb: &git2::Odb<'_>,
    projects: &Projects,
    work_dir: &Path,
    change: &Change,
    options: &JudgeOptions,
) -> Result<Prepared, GitError> {
    let skip = |reason| Ok(Prepared::Done(FileVerdict::Skipped(reason)));
    if change.kind == ChangeKind::Deleted {
        return skip(Skip::Deleted);
    }
    match change.new_mode {
        FileMode::Commit => return skip(Skip::Submodule),
        FileMode::Link => return skip(Skip::Symlink),
        _ => {}
    }
    let absolute = work_dir.join(&change.path);
    let project = projects
        .for_file(&absolute)
        .map_err(|e| GitError::Project(e.to_string()))?;
    let in_project = project.relative_path(&absolute);
    if project.is_ignored(&in_project, false) {
        return skip(Skip::IgnoredByConfig);
    }
    let blob_error = |e: git2::Error| GitError::Blob {
        path: change.path.clone(),
        message: e.message().to_string(),
    };
    // The header gives the size without inflating the blob: over-size files cost nothing.
    let (size, _) = odb.read_header(change.new_id).map_err(blob_error)?;
    let limit = project.scan.max_file_size;
    if size as u64 > limit {
        return skip(Skip::TooLarge {
            bytes: size as u64,
            limit,
        });
    }
    let blob = repo.find_blob(change.new_id).map_err(blob_error)?;
    let text = blob.content();
    if is_binary(text) {
        return skip(Skip::Binary);
    }
    let added = match change.old_id {
        Some(old_id) => {
            let old = repo.find_blob(old_id).map_err(blob_error)?;
            if is_binary(old.content()) {
                AddedLines::all(line_count(text))
            } else {
                AddedLines::between(old.content(), text).map_err(blob_error)?
            }
        }
        None => AddedLines::all(line_count(text)),
    };
    if added.is_empty() && !options.all_lines {
        // A pure rename or mode change adds nothing that could be reported.
        return Ok(Prepared::Done(FileVerdict::Scanned {
            analysis: Analysis::default(),
            added_lines: 0,
            bytes: text.len() as u64,
        }));
    }
    Ok(Prepared::Pending(Pending {
        project,
        path: change.path.clone(),
        text: text.to_vec(),
        added,
    }))
}

fn analyse(job: &Pending, options: &JudgeOptions) -> FileVerdict {
    let bytes = job.text.len() as u64;
    let document = Document::new(&job.path, &job.text);
    let mut analysis = match job
        .project
        .engine
        .analyze_contained(&document, None, &options.analyze)
    {
        Ok(analysis) => analysis,
        Err(panicked) => {
            return FileVerdict::NotAnalysed {
                reason: panicked.to_string(),
                bytes,
            };
        }
    };
    if !options.all_lines {
        analysis
            .findings
            .retain(|f| job.added.touches(f.start.line, last_line(f)));
    }
    FileVerdict::Scanned {
        analysis,
        added_lines: job.added.count(),
        bytes,
    }
}

/// The last line a finding covers (a span ending at a line's start does not cover it).
fn last_line(finding: &Finding) -> usize {
    if finding.end.line > finding.start.line && finding.end.column <= 1 {
        finding.end.line - 1
    } else {
        finding.end.line
    }
}
