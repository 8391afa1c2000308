//! The project files the hook reads: config and rule folders from the index being committed
//! or from the tree being pushed, never from the working tree, so that a staged change to
//! `redflag.toml` or to a rule applies and an unstaged one does not. A rule folder a config
//! names outside the repository holds nothing git could commit: it is read from disk.
//! Read-only.

use crate::changes::StagedFile;
use git2::{ObjectType, Oid, Repository, TreeWalkMode, TreeWalkResult};
use redflag_core::project::files::{FsFiles, ProjectFiles};
use redflag_core::rules::{Location, RuleError, RuleErrorKind, RuleFile};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// A tree of files as git holds it, seen at the working tree's paths.
pub struct GitFiles {
    work_dir: PathBuf,
    /// Its own handle: a `Repository` may move between threads but not be shared.
    repo: Mutex<Repository>,
    tree: Snapshot,
}

enum Snapshot {
    /// The index: its files, sorted by path.
    Index(Vec<StagedFile>),
    /// A commit's tree.
    Tree(Oid),
}

impl GitFiles {
    /// The files of the index (as `changes::staged_at` lists them).
    pub fn index(
        repo: &Repository,
        work_dir: &Path,
        files: Vec<StagedFile>,
    ) -> Result<Self, git2::Error> {
        Self::new(repo, work_dir, Snapshot::Index(files))
    }

    /// The files of a commit's tree.
    pub fn tree(repo: &Repository, work_dir: &Path, tree: Oid) -> Result<Self, git2::Error> {
        Self::new(repo, work_dir, Snapshot::Tree(tree))
    }

    fn new(repo: &Repository, work_dir: &Path, tree: Snapshot) -> Result<Self, git2::Error> {
        Ok(GitFiles {
            work_dir: work_dir.to_path_buf(),
            repo: Mutex::new(Repository::open(repo.path())?),
            tree,
        })
    }

    /// `path` as a path inside the repository (`/` separators, no `.` or `..`), `None` when
    /// it is outside.
    fn inside(&self, path: &Path) -> Option<String> {
        let relative = path.strip_prefix(&self.work_dir).ok()?;
        let mut parts: Vec<String> = Vec::new();
        for component in relative.components() {
            match component {
                Component::Normal(part) => parts.push(part.to_str()?.to_string()),
                Component::CurDir => {}
                Component::ParentDir => {
                    parts.pop()?;
                }
                Component::RootDir | Component::Prefix(_) => return None,
            }
        }
        Some(parts.join("/"))
    }

    fn blob_text(repo: &Repository, oid: Oid) -> Result<Option<String>, git2::Error> {
        let blob = repo.find_blob(oid)?;
        Ok(std::str::from_utf8(blob.content()).ok().map(str::to_string))
    }

    fn read_inside(&self, path: &str) -> Result<Option<String>, git2::Error> {
        let repo = self.repo.lock().unwrap_or_else(|e| e.into_inner());
        match &self.tree {
            Snapshot::Index(files) => {
                let Ok(at) = files.binary_search_by(|f| f.path.as_slice().cmp(path.as_bytes()))
                else {
                    return Ok(None);
                };
                if !is_file_mode(files[at].mode) {
                    return Ok(None);
                }
                Self::blob_text(&repo, files[at].oid)
            }
            Snapshot::Tree(tree) => {
                let tree = repo.find_tree(*tree)?;
                let Ok(entry) = tree.get_path(Path::new(path)) else {
                    return Ok(None);
                };
                if entry.kind() != Some(ObjectType::Blob) || !is_file_mode(entry.filemode() as u32)
                {
                    return Ok(None);
                }
                Self::blob_text(&repo, entry.id())
            }
        }
    }

    /// (path inside the repository, blob) of every file below `dir`; `None`: no such folder.
    fn list_inside(&self, dir: &str) -> Result<Option<Vec<(String, Oid)>>, git2::Error> {
        let repo = self.repo.lock().unwrap_or_else(|e| e.into_inner());
        let prefix = if dir.is_empty() {
            String::new()
        } else {
            format!("{dir}/")
        };
        match &self.tree {
            Snapshot::Index(files) => {
                let from = files.partition_point(|f| f.path.as_slice() < prefix.as_bytes());
                let found: Vec<(String, Oid)> = files[from..]
                    .iter()
                    .take_while(|f| f.path.starts_with(prefix.as_bytes()))
                    .filter(|f| is_file_mode(f.mode))
                    .map(|f| (String::from_utf8_lossy(&f.path).into_owned(), f.oid))
                    .collect();
                // A folder git holds has a file in it (git does not track empty folders).
                Ok((!found.is_empty()).then_some(found))
            }
            Snapshot::Tree(tree) => {
                let tree = repo.find_tree(*tree)?;
                let subtree = if dir.is_empty() {
                    tree
                } else {
                    let Ok(entry) = tree.get_path(Path::new(dir)) else {
                        return Ok(None);
                    };
                    if entry.kind() != Some(ObjectType::Tree) {
                        return Ok(None);
                    }
                    repo.find_tree(entry.id())?
                };
                let mut found = Vec::new();
                subtree.walk(TreeWalkMode::PreOrder, |parent, entry| {
                    if entry.kind() == Some(ObjectType::Blob)
                        && is_file_mode(entry.filemode() as u32)
                    {
                        let name = String::from_utf8_lossy(entry.name_bytes());
                        found.push((format!("{prefix}{parent}{name}"), entry.id()));
                    }
                    TreeWalkResult::Ok
                })?;
                found.sort();
                Ok(Some(found))
            }
        }
    }
}

/// A regular or executable file (not a link or a submodule).
fn is_file_mode(mode: u32) -> bool {
    mode & 0o170000 == 0o100000
}

impl ProjectFiles for GitFiles {
    fn read(&self, path: &Path) -> Result<Option<String>, std::io::Error> {
        // Outside the repository nothing is committed: a file there is read from disk.
        let Some(inside) = self.inside(path) else {
            return FsFiles.read(path);
        };
        self.read_inside(&inside)
            .map_err(|e| std::io::Error::other(e.message().to_string()))
    }

    fn files_under(&self, dir: &Path) -> Result<Option<Vec<RuleFile>>, RuleError> {
        let shown = dir.to_string_lossy().replace('\\', "/");
        let error = |message: String| {
            RuleError::new(Location::new(&shown, 1, 1), RuleErrorKind::Io(message))
        };
        let Some(inside) = self.inside(dir) else {
            return FsFiles.files_under(dir);
        };
        let Some(listed) = self
            .list_inside(&inside)
            .map_err(|e| error(e.message().to_string()))?
        else {
            return Ok(None);
        };
        let repo = self.repo.lock().unwrap_or_else(|e| e.into_inner());
        let mut files = Vec::with_capacity(listed.len());
        for (path, oid) in listed {
            // Shown where the file sits in the working tree, as the filesystem shows it.
            let shown = self
                .work_dir
                .join(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let blob = repo
                .find_blob(oid)
                .map_err(|e| error(format!("{path}: {}", e.message())))?;
            match std::str::from_utf8(blob.content()) {
                Ok(text) => files.push(RuleFile {
                    path: shown,
                    text: text.to_string(),
                }),
                Err(_)
                    if redflag_core::rules::is_rule_file_name(
                        path.rsplit('/').next().unwrap_or(&path),
                    ) =>
                {
                    return Err(RuleError::new(
                        Location::new(&shown, 1, 1),
                        RuleErrorKind::Io("not valid UTF-8".into()),
                    ));
                }
                Err(_) => {}
            }
        }
        Ok(Some(files))
    }

    fn is_top(&self, dir: &Path) -> bool {
        dir == self.work_dir || !dir.starts_with(&self.work_dir)
    }
}
