//! Everything that can stop the hook from judging. Each one is an error (exit 2), never a
//! pass: a hook that silently judged nothing would be a false all-clear.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("not inside a git repository ({0})")]
    NotARepository(String),
    #[error("cannot read the index {path}: {message}")]
    Index { path: String, message: String },
    #[error("cannot read HEAD: {0}")]
    Head(String),
    #[error("cannot compare the index with HEAD: {0}")]
    Diff(String),
    #[error("cannot read the staged content of {path}: {message}")]
    Blob { path: String, message: String },
    #[error("{path} is unmerged: resolve the conflict and stage it before committing")]
    Conflicted { path: String },
    #[error("pre-push input line {line}: {message}")]
    PushInput { line: usize, message: String },
    #[error("cannot list the commits being pushed: {0}")]
    Revwalk(String),
    #[error("cannot read commit {commit}: {message}")]
    Commit { commit: String, message: String },
    #[error("cannot blame {path}: {message}")]
    Blame { path: String, message: String },
    #[error("cannot read history: {0}")]
    History(String),
    #[error("cannot find the hooks directory: {0}")]
    HooksDir(String),
    /// A config or rule folder (as committed or staged) that does not load.
    #[error("{0}")]
    Project(String),
    #[error("{path}: {message}")]
    HookFile { path: PathBuf, message: String },
}
