//! Which project (config + rules) each file belongs to. Multi-root workspaces may hold several
//! projects with different configs; a file outside every folder gets the project of its own
//! folder, and an untitled buffer the first folder's (or the built-in rules).

use redflag_core::project::config;
use redflag_core::{LoadOptions, Project, ProjectError};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Default)]
pub struct Projects {
    /// Workspace folders, canonical.
    pub folders: Vec<PathBuf>,
    /// By key: the config file when there is one, else the folder the project starts from.
    loaded: HashMap<PathBuf, Arc<Project>>,
}

impl Projects {
    /// The key of the project `path` (a file) belongs to.
    pub fn key_for(&self, path: &Path) -> PathBuf {
        if let Some(found) = config::discover(path) {
            return found;
        }
        self.folders
            .iter()
            .filter(|folder| path.starts_with(folder))
            .max_by_key(|folder| folder.as_os_str().len())
            .cloned()
            .or_else(|| path.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("/"))
    }

    /// The project of file `path`, loaded once and cached.
    pub fn for_path(&mut self, path: &Path) -> Result<Arc<Project>, String> {
        let key = self.key_for(path);
        self.load(key)
    }

    /// The project for a buffer without a path.
    pub fn for_untitled(&mut self) -> Result<Arc<Project>, String> {
        let key = self
            .folders
            .first()
            .map(|folder| config::discover(folder).unwrap_or_else(|| folder.clone()))
            .unwrap_or_else(|| PathBuf::from("/"));
        self.load(key)
    }

    fn load(&mut self, key: PathBuf) -> Result<Arc<Project>, String> {
        if let Some(project) = self.loaded.get(&key) {
            return Ok(project.clone());
        }
        let start = if key.is_file() {
            key.parent().map_or_else(|| key.clone(), Path::to_path_buf)
        } else {
            key.clone()
        };
        let project =
            Arc::new(Project::load(&start, &LoadOptions::default()).map_err(|e| e.to_string())?);
        precompile_in_background(&project);
        self.loaded.insert(key, project.clone());
        Ok(project)
    }

    /// Keeps `project` for `key` (a reload of it failed).
    pub fn keep(&mut self, key: PathBuf, project: Arc<Project>) {
        self.loaded.insert(key, project);
    }

    /// Forgets every loaded project (rules or config changed).
    pub fn clear(&mut self) {
        self.loaded.clear();
    }
}

/// A project with only the built-in rules, for when a project's own config or rules are
/// broken and nothing was loaded before.
pub fn builtin() -> Result<Arc<Project>, ProjectError> {
    let options = LoadOptions::default();
    // The filesystem root has no config in any sane set-up; if it has one, that is used.
    let project = Project::load(Path::new("/"), &options).map(Arc::new)?;
    precompile_in_background(&project);
    Ok(project)
}

/// Compiles the project's queries on a thread of their own, so the first analysis does not
/// spend its time budget on it.
fn precompile_in_background(project: &Arc<Project>) {
    let project = project.clone();
    std::thread::spawn(move || project.engine.rules().precompile());
}

/// The path findings in `path` show: relative to its repository's root, as the CLI and the
/// hook show it, else to its project's root.
pub fn shown_path(path: &Path, project: &Project) -> String {
    match redflag_core::project::repository_root(path) {
        Some(root) if path.starts_with(&root) => {
            config::display(path.strip_prefix(&root).unwrap_or(path))
        }
        _ => project.relative_path(path),
    }
}

/// What kind of file a document is, which decides what it is checked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// Code or config: analysed with the rules.
    Source,
    /// A rule file: checked to load and compile.
    RuleFile,
    /// `redflag.toml` / `.redflag.toml`: checked to parse.
    Config,
}

pub fn doc_kind(path: &Path, project: &Project) -> DocKind {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if config::FILE_NAMES.contains(&name) {
        return DocKind::Config;
    }
    if !redflag_core::rules::is_rule_file_name(name) {
        return DocKind::Source;
    }
    if name.ends_with(".scm") {
        return DocKind::RuleFile;
    }
    let in_rule_dir = rule_dirs(project).iter().any(|dir| path.starts_with(dir));
    let in_queries = path.components().any(|c| c.as_os_str() == "queries");
    if in_rule_dir || in_queries {
        DocKind::RuleFile
    } else {
        DocKind::Source
    }
}

/// The project's own rule folders, canonical where possible.
pub fn rule_dirs(project: &Project) -> Vec<PathBuf> {
    project
        .config
        .iter()
        .flat_map(|c| {
            c.config
                .rules
                .paths
                .iter()
                .map(|p| c.base_dir().join(p.get_ref()))
        })
        .map(|dir| dir.canonicalize().unwrap_or(dir))
        .collect()
}

/// Whether a change to `path` means rules or config must be reloaded: a config file, a query
/// rule, or a TOML file in a rule folder.
pub fn affects_rules(path: &Path, rule_dirs: &[PathBuf]) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if config::FILE_NAMES.contains(&name) {
        return true;
    }
    if !redflag_core::rules::is_rule_file_name(name) {
        return false;
    }
    name.ends_with(".scm")
        || rule_dirs.iter().any(|dir| path.starts_with(dir))
        || path.components().any(|c| c.as_os_str() == "queries")
}

impl Projects {
    /// Every loaded project's own rule folders.
    pub fn all_rule_dirs(&self) -> Vec<PathBuf> {
        self.loaded.values().flat_map(|p| rule_dirs(p)).collect()
    }
}
