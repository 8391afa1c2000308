//! One project resolution for every front end: each file is judged under the nearest
//! `redflag.toml` / `.redflag.toml` above it, up to the top of its tree (the repository's
//! root), whether the CLI walks the filesystem, the hook reads git's index or a commit, or
//! the language server opens a buffer. Each project loads once, however many files and
//! threads ask for it; a `--config` file is the one project of every file.

use super::config::ScanConfig;
use super::files::ProjectFiles;
use super::{LoadOptions, Project, ProjectError, config};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// A project that loaded, or why it did not (shared by every file under it).
pub type Resolved = Result<Arc<Project>, Arc<ProjectError>>;

pub struct Projects<'a> {
    files: &'a dyn ProjectFiles,
    options: LoadOptions,
    /// Folder → its config file (`None`: no config up to the top).
    configs: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
    /// Config file (`None`: no config) → the project, loaded on first use.
    loaded: Mutex<HashMap<Option<PathBuf>, Arc<OnceLock<Resolved>>>>,
}

impl<'a> Projects<'a> {
    pub fn new(files: &'a dyn ProjectFiles, options: LoadOptions) -> Self {
        Projects {
            files,
            options,
            configs: Mutex::new(HashMap::new()),
            loaded: Mutex::new(HashMap::new()),
        }
    }

    /// The project of the file at absolute path `path`.
    pub fn for_file(&self, path: &Path) -> Resolved {
        let dir = path.parent().unwrap_or(path);
        self.for_dir(dir)
    }

    /// The project of folder `dir` (absolute): the nearest config in it or above it.
    pub fn for_dir(&self, dir: &Path) -> Resolved {
        let config = self.config_of(dir);
        let slot = {
            let mut loaded = self.loaded.lock().unwrap_or_else(|e| e.into_inner());
            loaded.entry(config.clone()).or_default().clone()
        };
        // Loaded outside the map's lock: other projects need not wait for this one.
        slot.get_or_init(|| {
            Project::load_config(self.files, config.as_deref(), dir, &self.options)
                .map(Arc::new)
                .map_err(Arc::new)
        })
        .clone()
    }

    /// The config file `dir`'s files are judged under.
    pub fn config_of(&self, dir: &Path) -> Option<PathBuf> {
        if let Some(file) = &self.options.config_file {
            return Some(file.clone());
        }
        let mut configs = self.configs.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = configs.get(dir) {
            return found.clone();
        }
        let found = config::discover_in(self.files, dir);
        configs.insert(dir.to_path_buf(), found.clone());
        found
    }

    /// The `[scan]` settings of folder `dir`'s config (the thresholds of a run that starts
    /// there), read without loading its rules.
    pub fn scan_config(&self, dir: &Path) -> Result<ScanConfig, ProjectError> {
        let Some(path) = self.config_of(dir) else {
            return Ok(ScanConfig::default());
        };
        let loaded = if self.options.config_file.as_deref() == Some(path.as_path()) {
            config::load(&path)?
        } else {
            config::load_in(self.files, &path)?
        };
        Ok(loaded.config.scan)
    }

    /// Every project loaded so far, with its config file.
    pub fn loaded(&self) -> Vec<(Option<PathBuf>, Resolved)> {
        let loaded = self.loaded.lock().unwrap_or_else(|e| e.into_inner());
        let mut all: Vec<_> = loaded
            .iter()
            .filter_map(|(config, slot)| Some((config.clone(), slot.get()?.clone())))
            .collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::files::FsFiles;

    fn write(path: &Path, text: &str) {
        if let Some(parent) = path.parent() {
            assert!(std::fs::create_dir_all(parent).is_ok());
        }
        assert!(std::fs::write(path, text).is_ok());
    }

    #[test]
    fn each_folder_gets_its_nearest_config_up_to_the_repository_root() {
        let outer = std::env::temp_dir().join(format!("redflag-resolve-{}", std::process::id()));
        // A config above the repository is not the repository's.
        write(&outer.join("redflag.toml"), "[scan]\nfail_on = \"info\"\n");
        let repo = outer.join("repo");
        assert!(std::fs::create_dir_all(repo.join(".git")).is_ok());
        write(
            &repo.join("sub/.redflag.toml"),
            "[scan]\nfail_on = \"warning\"\n",
        );
        assert!(std::fs::create_dir_all(repo.join("sub/deep")).is_ok());
        assert!(std::fs::create_dir_all(repo.join("other")).is_ok());
        let projects = Projects::new(&FsFiles, LoadOptions::default());
        assert_eq!(projects.config_of(&repo.join("other")), None);
        assert_eq!(
            projects.config_of(&repo.join("sub/deep")),
            Some(repo.join("sub/.redflag.toml"))
        );
        let deep = projects.for_dir(&repo.join("sub/deep"));
        let sub = projects.for_dir(&repo.join("sub"));
        assert!(
            matches!((&deep, &sub), (Ok(a), Ok(b)) if Arc::ptr_eq(a, b)),
            "one project per config, loaded once"
        );
        assert_eq!(
            projects
                .scan_config(&repo.join("sub"))
                .map(|s| s.fail_on)
                .ok(),
            Some(crate::Severity::Warning)
        );
        let _ = std::fs::remove_dir_all(&outer);
    }
}
