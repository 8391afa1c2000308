//! The files a commit changes, as git records them: from HEAD's tree to the index (a commit
//! being made) or from a parent's tree to a commit's (a commit being pushed). Only the
//! entries that differ are listed, so the cost follows the change, not the repository.

use crate::error::GitError;
use crate::index_file::{self, IndexFile, ReadError};
use crate::{cache_diff, repo};
use git2::{Delta, Diff, DiffFindOptions, DiffOptions, FileMode, Index, Oid, Repository, Tree};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Modified,
    Renamed,
    Copied,
    /// E.g. a symlink replaced by a file.
    TypeChanged,
    Deleted,
}

#[derive(Debug, Clone)]
pub struct Change {
    /// The new path (the old one for deletions), lossy UTF-8 with `/` separators.
    pub path: String,
    /// The source path of a rename or copy.
    pub old_path: Option<String>,
    pub kind: ChangeKind,
    /// The new blob (zero for deletions).
    pub new_id: Oid,
    pub new_mode: FileMode,
    /// The text blob the new version is compared with; `None`: every line is added.
    pub old_id: Option<Oid>,
}

/// What the next commit changes, and every file it will hold (from which the hook reads
/// the config and rule folders: what is staged is what is judged).
#[derive(Debug, Default)]
pub struct Staged {
    pub changes: Vec<Change>,
    /// Staged files (stage 0, not intent-to-add), sorted by path.
    pub files: Vec<StagedFile>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StagedFile {
    pub path: Vec<u8>,
    pub oid: Oid,
    pub mode: u32,
}

/// What the next commit changes: HEAD's tree (`None` before the first commit) to the index
/// file at `index_path`. The cache-tree walk answers most commits by itself; libgit2's full
/// diff is the fallback for renames and for index features the reader does not know.
pub fn staged_at(
    repo: &Repository,
    head: Option<&Tree<'_>>,
    index_path: &Path,
    must_exist: bool,
) -> Result<Staged, GitError> {
    let index_error = |message: String| GitError::Index {
        path: index_path.display().to_string(),
        message,
    };
    let data = match std::fs::read(index_path) {
        Ok(data) => data,
        // No index yet: nothing was ever staged.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => {
            return Ok(Staged {
                changes: staged_with(repo, head, &IndexFile::default(), index_path)?,
                files: Vec::new(),
            });
        }
        Err(e) => return Err(index_error(e.to_string())),
    };
    match index_file::parse(&data) {
        Ok(index) => {
            let changes = staged_with(repo, head, &index, index_path)?;
            let files = index
                .entries
                .into_iter()
                .filter(|e| e.stage == 0 && !e.intent_to_add)
                .map(|e| StagedFile {
                    path: e.path,
                    oid: e.oid,
                    mode: e.mode,
                })
                .collect();
            Ok(Staged { changes, files })
        }
        Err(ReadError::Unsupported(_)) => {
            let index = repo::open_index(index_path)?;
            let changes = staged(repo, head, &index)?;
            let mut files: Vec<StagedFile> = index
                .iter()
                // Stage bits of the flags: 0 for a merged path.
                .filter(|e| (e.flags >> 12) & 0x3 == 0 && e.flags_extended & 0x2000 == 0)
                .map(|e| StagedFile {
                    path: e.path,
                    oid: e.id,
                    mode: e.mode,
                })
                .collect();
            files.sort_by(|a, b| a.path.cmp(&b.path));
            Ok(Staged { changes, files })
        }
        Err(ReadError::Corrupt(message)) => Err(index_error(message)),
    }
}

fn staged_with(
    repo: &Repository,
    head: Option<&Tree<'_>>,
    index: &IndexFile,
    index_path: &Path,
) -> Result<Vec<Change>, GitError> {
    match cache_diff::staged(repo, head, index)? {
        Some(changes) => Ok(changes),
        None => staged(repo, head, &repo::open_index(index_path)?),
    }
}

/// What the next commit changes: HEAD's tree (`None` before the first commit) to `index`,
/// with libgit2 (rename and copy detection included).
pub fn staged(
    repo: &Repository,
    head: Option<&Tree<'_>>,
    index: &Index,
) -> Result<Vec<Change>, GitError> {
    let diff = repo
        .diff_tree_to_index(head, Some(index), Some(&mut diff_options()))
        .map_err(|e| GitError::Diff(e.message().to_string()))?;
    collect(diff)
}

/// What `new` changes relative to `old` (`None`: a root commit, everything is added).
pub fn between_trees(
    repo: &Repository,
    old: Option<&Tree<'_>>,
    new: &Tree<'_>,
) -> Result<Vec<Change>, GitError> {
    let diff = repo
        .diff_tree_to_tree(old, Some(new), Some(&mut diff_options()))
        .map_err(|e| GitError::Diff(e.message().to_string()))?;
    collect(diff)
}

fn diff_options() -> DiffOptions {
    let mut options = DiffOptions::new();
    // Content is judged later from the blobs; the diff only needs to name them.
    options.include_typechange(true).skip_binary_check(true);
    options
}

fn collect(mut diff: Diff<'_>) -> Result<Vec<Change>, GitError> {
    // A rename or copy carries its old content over: only what changed in it is added.
    let mut find = DiffFindOptions::new();
    find.renames(true).copies(true);
    diff.find_similar(Some(&mut find))
        .map_err(|e| GitError::Diff(e.message().to_string()))?;
    let mut changes = Vec::with_capacity(diff.deltas().len());
    for delta in diff.deltas() {
        let (old, new) = (delta.old_file(), delta.new_file());
        let path_of = |file: &git2::DiffFile<'_>| {
            file.path_bytes()
                .map(|p| String::from_utf8_lossy(p).replace('\\', "/"))
                .unwrap_or_default()
        };
        let kind = match delta.status() {
            Delta::Added => ChangeKind::Added,
            Delta::Modified => ChangeKind::Modified,
            Delta::Renamed => ChangeKind::Renamed,
            Delta::Copied => ChangeKind::Copied,
            Delta::Typechange => ChangeKind::TypeChanged,
            Delta::Deleted => ChangeKind::Deleted,
            Delta::Conflicted => {
                return Err(GitError::Conflicted {
                    path: path_of(&new),
                });
            }
            // Not produced by tree/index diffs without the matching flags.
            Delta::Unmodified | Delta::Ignored | Delta::Untracked | Delta::Unreadable => {
                continue;
            }
        };
        let text_blob = |mode: FileMode| matches!(mode, FileMode::Blob | FileMode::BlobExecutable);
        let compared = matches!(
            kind,
            ChangeKind::Modified | ChangeKind::Renamed | ChangeKind::Copied
        ) && text_blob(old.mode());
        let (path, new_id, new_mode) = if kind == ChangeKind::Deleted {
            (path_of(&old), Oid::ZERO_SHA1, old.mode())
        } else {
            (path_of(&new), new.id(), new.mode())
        };
        changes.push(Change {
            path,
            old_path: matches!(kind, ChangeKind::Renamed | ChangeKind::Copied)
                .then(|| path_of(&old)),
            kind,
            new_id,
            new_mode,
            old_id: compared.then(|| old.id()),
        });
    }
    Ok(changes)
}
