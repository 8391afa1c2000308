//! History scans: the commits of a revision range, each judged like the hook judges a commit
//! (its diff against its first parent, only the lines it adds), in parallel over commits, and
//! the findings deduplicated so that a secret carried through many commits, branches or files
//! is one finding, at the first commit that added it. Pre-push uses the same judging.

use crate::error::GitError;
use crate::judge::{self, FileVerdict, JudgeOptions, JudgedFile};
use git2::{Oid, Repository, Sort};
use redflag_core::Finding;
use redflag_core::project::resolve::Projects;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Which commits to scan.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// `A..B`, `A...B` or one revision (everything reachable from it); `None`: every ref.
    pub range: Option<String>,
    /// Only commits whose commit time is at or after this (seconds since the epoch).
    pub since: Option<i64>,
    /// At most this many commits, the newest.
    pub max_count: Option<usize>,
}

/// A commit as a finding shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitInfo {
    pub id: Oid,
    pub author: String,
    pub email: String,
    /// Author time, seconds since the epoch.
    pub time: i64,
    pub summary: String,
}

impl CommitInfo {
    pub fn of(repo: &Repository, id: Oid) -> Result<CommitInfo, GitError> {
        let commit = repo.find_commit(id).map_err(|e| commit_error(id, e))?;
        let author = commit.author();
        Ok(CommitInfo {
            id,
            author: String::from_utf8_lossy(author.name_bytes()).into_owned(),
            email: String::from_utf8_lossy(author.email_bytes()).into_owned(),
            time: author.when().seconds(),
            summary: commit
                .summary_bytes()
                .map(|s| String::from_utf8_lossy(s).into_owned())
                .unwrap_or_default(),
        })
    }
}

fn commit_error(id: Oid, e: git2::Error) -> GitError {
    GitError::Commit {
        commit: id.to_string(),
        message: e.message().to_string(),
    }
}

/// The selected commits, oldest first (topological: a parent before its children).
pub fn commits(repo: &Repository, selection: &Selection) -> Result<Vec<Oid>, GitError> {
    let error = |e: git2::Error| GitError::History(e.message().to_string());
    let mut walk = repo.revwalk().map_err(error)?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)
        .map_err(error)?;
    match selection.range.as_deref().filter(|r| !r.is_empty()) {
        Some(range) if range.contains("..") => walk.push_range(range).map_err(error)?,
        Some(rev) => {
            let object = repo.revparse_single(rev).map_err(error)?;
            let commit = object.peel_to_commit().map_err(error)?;
            walk.push(commit.id()).map_err(error)?;
        }
        None => {
            walk.push_glob("*").map_err(error)?;
            // A detached HEAD may hold commits no ref has; an unborn one has none.
            let _ = walk.push_head();
        }
    }
    let mut newest_first = Vec::new();
    for id in walk {
        let id = id.map_err(error)?;
        if let Some(since) = selection.since {
            let commit = repo.find_commit(id).map_err(|e| commit_error(id, e))?;
            if commit.time().seconds() < since {
                continue;
            }
        }
        newest_first.push(id);
        if selection
            .max_count
            .is_some_and(|max| newest_first.len() >= max)
        {
            break;
        }
    }
    newest_first.reverse();
    Ok(newest_first)
}

/// A judged file and, finding by finding, the in-memory digest of its secret value (what
/// tells copies of one secret apart from two secrets; it never leaves this process).
pub type Judged = (JudgedFile, Vec<Option<String>>);

/// Judges each commit against its first parent (a root commit: everything it holds), on
/// `threads` threads each with its own handle on the repository at `git_dir`. Files come back
/// in the order of `commits`. `on_commit` is called after each commit (progress).
pub fn judge_commits(
    git_dir: &Path,
    projects: &Projects,
    work_dir: &Path,
    commits: &[Oid],
    options: &JudgeOptions,
    threads: usize,
    on_commit: &(dyn Fn(usize) + Sync),
) -> Result<Vec<Judged>, GitError> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Vec<Judged>)>> = Mutex::new(Vec::new());
    let failure: Mutex<Option<GitError>> = Mutex::new(None);
    let threads = threads.clamp(1, commits.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let repo = match Repository::open(git_dir) {
                    Ok(repo) => repo,
                    Err(e) => {
                        if let Ok(mut f) = failure.lock() {
                            *f = Some(GitError::NotARepository(e.message().to_string()));
                        }
                        return;
                    }
                };
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&id) = commits.get(index) else { break };
                    match judge_commit(&repo, projects, work_dir, id, options) {
                        Ok(files) => {
                            if let Ok(mut r) = results.lock() {
                                r.push((index, files));
                            }
                        }
                        Err(e) => {
                            if let Ok(mut f) = failure.lock() {
                                f.get_or_insert(e);
                            }
                            break;
                        }
                    }
                    on_commit(done.fetch_add(1, Ordering::Relaxed) + 1);
                }
            });
        }
    });
    if let Some(error) = failure.into_inner().ok().flatten() {
        return Err(error);
    }
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|(index, _)| *index);
    Ok(results.into_iter().flat_map(|(_, files)| files).collect())
}

/// One commit's changes against its first parent, judged.
pub fn judge_commit(
    repo: &Repository,
    projects: &Projects,
    work_dir: &Path,
    id: Oid,
    options: &JudgeOptions,
) -> Result<Vec<Judged>, GitError> {
    let commit = repo.find_commit(id).map_err(|e| commit_error(id, e))?;
    let tree = commit.tree().map_err(|e| commit_error(id, e))?;
    let parent_tree = match commit.parents().next() {
        Some(parent) => Some(parent.tree().map_err(|e| commit_error(id, e))?),
        None => None,
    };
    let changes = crate::changes::between_trees(repo, parent_tree.as_ref(), &tree)?;
    let files = judge::judge(repo, projects, work_dir, &changes, Some(id), options)?;
    Ok(files
        .into_iter()
        .zip(&changes)
        .map(|(file, change)| {
            let digests = match &file.verdict {
                FileVerdict::Scanned { analysis, .. }
                    if analysis.findings.iter().any(|f| f.secret_span.is_some()) =>
                {
                    let blob = repo.find_blob(change.new_id).ok();
                    let content = blob.as_ref().map_or(&[][..], |b| b.content());
                    analysis
                        .findings
                        .iter()
                        .map(|f| {
                            let span = f.secret_span.clone()?;
                            content.get(span).map(digest)
                        })
                        .collect()
                }
                _ => Vec::new(),
            };
            (file, digests)
        })
        .collect())
}

fn digest(value: &[u8]) -> String {
    Sha256::digest(value)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A finding of a history scan: where it first appeared.
#[derive(Debug, Clone)]
pub struct FirstSeen {
    pub finding: Finding,
    pub commit: Oid,
    /// In how many commits it was added (copies, re-adds, merges).
    pub commits: usize,
}

/// One finding per secret (by value) or per other finding (by fingerprint), at the first of
/// `files` (oldest commit first) that has it.
pub fn first_seen(files: Vec<Judged>) -> Vec<FirstSeen> {
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut out: Vec<FirstSeen> = Vec::new();
    for (file, digests) in files {
        let (Some(commit), FileVerdict::Scanned { analysis, .. }) = (file.commit, file.verdict)
        else {
            continue;
        };
        for (index, finding) in analysis.findings.into_iter().enumerate() {
            let identity = match digests.get(index).cloned().flatten() {
                Some(digest) => digest,
                None => finding.fingerprint.clone(),
            };
            let key = (finding.rule.id.clone(), identity);
            match seen.get(&key) {
                Some(&at) => out[at].commits += 1,
                None => {
                    seen.insert(key, out.len());
                    out.push(FirstSeen {
                        finding,
                        commit,
                        commits: 1,
                    });
                }
            }
        }
    }
    out
}
