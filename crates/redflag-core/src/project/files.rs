//! Where a project's config and rule folders are read from. The CLI and the language server
//! read the filesystem ([`FsFiles`]); the hook reads git's index or a commit (in
//! `redflag-git`), so that what is judged is what is committed. Paths are absolute, as the
//! filesystem would name them; a source that is not the filesystem maps them onto its own
//! tree.

use crate::rules::{self, RuleError, RuleFile};
use std::path::Path;

pub trait ProjectFiles: Sync {
    /// The text of the file at `path`; `None` when there is no such file.
    fn read(&self, path: &Path) -> Result<Option<String>, std::io::Error>;
    /// Every readable text file below folder `dir`, sorted by path; `None` when there is no
    /// such folder.
    fn files_under(&self, dir: &Path) -> Result<Option<Vec<RuleFile>>, RuleError>;
    /// Whether `dir` is the top of the tree (a repository's root): config discovery does not
    /// look above it.
    fn is_top(&self, dir: &Path) -> bool;
}

/// The filesystem: a folder holding `.git` is a top.
pub struct FsFiles;

impl ProjectFiles for FsFiles {
    fn read(&self, path: &Path) -> Result<Option<String>, std::io::Error> {
        if !path.is_file() {
            return Ok(None);
        }
        std::fs::read_to_string(path).map(Some)
    }

    fn files_under(&self, dir: &Path) -> Result<Option<Vec<RuleFile>>, RuleError> {
        if !dir.is_dir() {
            return Ok(None);
        }
        rules::read_dir_files(dir).map(Some)
    }

    fn is_top(&self, dir: &Path) -> bool {
        dir.join(".git").exists()
    }
}
