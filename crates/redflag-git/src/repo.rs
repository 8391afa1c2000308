//! Opening the repository the way git itself would for a hook: `GIT_DIR`, `GIT_WORK_TREE`
//! and `GIT_INDEX_FILE` (set by `git commit -a` and `git commit <paths>`, which stage into a
//! temporary index) are honoured, linked worktrees and `.git` files work.

use crate::error::GitError;
use git2::{ErrorCode, Index, Repository, Tree};
use std::path::{Path, PathBuf};

/// Opens the repository for the current directory and environment.
pub fn open() -> Result<Repository, GitError> {
    Repository::open_from_env().map_err(|e| GitError::NotARepository(e.message().to_string()))
}

/// Opens the repository containing `path` (no environment overrides).
pub fn open_at(path: &Path) -> Result<Repository, GitError> {
    Repository::discover(path).map_err(|e| GitError::NotARepository(e.message().to_string()))
}

/// Where the index a commit will be made from lives: `GIT_INDEX_FILE` when git set one (an
/// error if it does not exist), else the repository's own (absent before the first `git add`).
pub fn staged_index_path(repo: &Repository) -> Result<(PathBuf, bool), GitError> {
    match std::env::var_os("GIT_INDEX_FILE").filter(|v| !v.is_empty()) {
        Some(file) => {
            let path = absolute_from_cwd(Path::new(&file));
            if !path.is_file() {
                return Err(GitError::Index {
                    path: path.display().to_string(),
                    message: "GIT_INDEX_FILE names a file that does not exist".into(),
                });
            }
            Ok((path, true))
        }
        None => Ok((repo.path().join("index"), false)),
    }
}

/// Opens an index with libgit2, read-only: it is never written back.
pub fn open_index(path: &Path) -> Result<Index, GitError> {
    Index::open(path).map_err(|e| GitError::Index {
        path: path.display().to_string(),
        message: e.message().to_string(),
    })
}

/// HEAD's tree, or `None` before the first commit (unborn branch).
pub fn head_tree(repo: &Repository) -> Result<Option<Tree<'_>>, GitError> {
    match repo.head() {
        Ok(head) => head
            .peel_to_tree()
            .map(Some)
            .map_err(|e| GitError::Head(e.message().to_string())),
        Err(e) if matches!(e.code(), ErrorCode::UnbornBranch | ErrorCode::NotFound) => Ok(None),
        Err(e) => Err(GitError::Head(e.message().to_string())),
    }
}

/// Where relative paths in the repository are resolved from: the working tree, else the
/// current directory.
pub fn work_dir(repo: &Repository) -> PathBuf {
    repo.workdir()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| absolute_from_cwd(Path::new(".")))
}

fn absolute_from_cwd(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
