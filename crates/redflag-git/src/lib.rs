//! redflag's git side: what a commit or a push adds, read straight from git's object
//! database with git2 (never from the working tree), judged by the one analysis core, and the
//! hook scripts that run it. Read-only towards the index, the working tree and refs.

pub mod added_lines;
pub mod blame;
pub mod cache_diff;
pub mod changes;
pub mod error;
pub mod history;
pub mod index_file;
pub mod install;
pub mod judge;
pub mod project_files;
pub mod push;
pub mod repo;

pub use added_lines::AddedLines;
pub use changes::{Change, ChangeKind};
pub use error::GitError;
pub use install::{Existing, HookKind, InstallOutcome, UninstallOutcome};
pub use judge::{FileVerdict, JudgeOptions, JudgedFile, Judgement, Skip};
pub use push::PushUpdate;

/// The git2 version these types come from, for callers that hold a repository.
pub use git2;
