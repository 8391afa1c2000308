//! A project as every front end sees it: its config, its rules (built-in plus its own) and
//! the settings derived from them. The CLI, the hook and the language server all load this.
//! This module is the core's only filesystem access: config discovery, rule folders, the
//! tree walk.

pub mod config;
pub mod files;
pub mod resolve;
pub mod walk;

use crate::compile::{RuleSet, validate_rule};
use crate::engine::Engine;
use crate::report::ignore_entry::IgnoreEntry;
use crate::report::ignored_value::IgnoredValue;
use crate::rules::{self as rule, RuleError};
use config::{ConfigError, LoadedConfig, ScanConfig};
use files::{FsFiles, ProjectFiles};
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use toml::Spanned;

#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Rules(Vec<RuleError>),
}

pub struct Project {
    /// Where paths are reported from: the config's folder, else the git root, else the start.
    pub root: PathBuf,
    pub config: Option<LoadedConfig>,
    pub engine: Engine,
    pub scan: ScanConfig,
    ignored_paths: Option<Gitignore>,
    /// `[ignore] paths` patterns that matched a path (unused entries are reported).
    used_paths: std::sync::Mutex<std::collections::HashSet<String>>,
    /// The config index of each value the engine ignores (expired ones are left out).
    value_entries: Vec<usize>,
}

/// Which `[ignore]` entries ignored something, index by index of the config's lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IgnoreUse {
    pub paths: Vec<bool>,
    pub values: Vec<bool>,
}

/// Overrides from the command line.
#[derive(Debug, Default, Clone)]
pub struct LoadOptions {
    /// Use this config file instead of discovering one.
    pub config_file: Option<PathBuf>,
    /// Rule folders added on top of the config's.
    pub extra_rule_dirs: Vec<PathBuf>,
    /// Ignore the built-in rules.
    pub no_builtin: bool,
}

impl Project {
    /// Loads the project that `start` (a file or folder) belongs to, from the filesystem.
    pub fn load(start: &Path, options: &LoadOptions) -> Result<Project, ProjectError> {
        let config_path = options
            .config_file
            .clone()
            .or_else(|| config::discover(start));
        Project::load_config(&FsFiles, config_path.as_deref(), start, options)
    }

    /// Loads the project of config file `config_path` (`None`: no config, the built-in rules
    /// with defaults, rooted at `start`'s repository or folder), reading the config and its
    /// rule folders from `files`. A `--config` file and `--rules` folders name files on the
    /// filesystem and are read from there, whatever `files` is.
    pub fn load_config(
        files: &dyn ProjectFiles,
        config_path: Option<&Path>,
        start: &Path,
        options: &LoadOptions,
    ) -> Result<Project, ProjectError> {
        let config = match config_path {
            Some(path) if options.config_file.as_deref() == Some(path) => Some(config::load(path)?),
            Some(path) => Some(config::load_in(files, path)?),
            None => None,
        };
        let root = match &config {
            Some(loaded) => loaded.base_dir().to_path_buf(),
            None => git_root(start).unwrap_or_else(|| dir_of(start)),
        };
        let root = root.canonicalize().unwrap_or(root);
        let settings = config
            .as_ref()
            .map(|c| c.config.clone())
            .unwrap_or_default();
        let config_files: &dyn ProjectFiles = if config.is_some() && options.config_file.is_some() {
            &FsFiles
        } else {
            files
        };

        let mut rules = Vec::new();
        let mut errors = Vec::new();
        if settings.rules.builtin && !options.no_builtin {
            match builtin_rules() {
                Ok(builtin) => rules.extend(builtin.iter().cloned()),
                Err(e) => errors.extend(e.iter().cloned()),
            }
        }
        let mut dirs: Vec<(&dyn ProjectFiles, PathBuf)> = Vec::new();
        if let Some(loaded) = &config {
            for path in &loaded.config.rules.paths {
                let dir = loaded.base_dir().join(path.get_ref());
                dirs.push((config_files, dir));
            }
        }
        dirs.extend(
            options
                .extra_rule_dirs
                .iter()
                .map(|dir| (&FsFiles as &dyn ProjectFiles, dir.clone())),
        );
        for (index, (source, dir)) in dirs.iter().enumerate() {
            match source.files_under(dir) {
                Ok(Some(files)) => load_own_rules(files, &mut rules, &mut errors),
                Ok(None) => match config
                    .as_ref()
                    .and_then(|c| Some((c, c.config.rules.paths.get(index)?)))
                {
                    // Point at the config line: a typo in a folder name must not pass silently.
                    Some((loaded, path)) => {
                        return Err(loaded
                            .error_at(
                                path.span().start,
                                format!("rule folder `{}` does not exist", path.get_ref()),
                            )
                            .into());
                    }
                    None => errors.push(RuleError::new(
                        rule::Location::new(&config::display(dir), 1, 1),
                        rule::RuleErrorKind::Invalid("no such rule folder".into()),
                    )),
                },
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(ProjectError::Rules(errors));
        }
        if let Some(loaded) = &config {
            apply_rule_settings(loaded, &mut rules)?;
        }
        // An entry past its `until` date ignores nothing (the scan says so).
        let today = crate::report::date::Date::today();
        let (value_entries, ignored_values): (Vec<usize>, Vec<IgnoredValue>) = settings
            .ignore
            .values
            .iter()
            .map(|v| v.get_ref())
            .enumerate()
            .filter(|(_, v)| !v.expired(today))
            .filter_map(|(index, v)| Some((index, IgnoredValue::parse(&v.pattern).ok()?)))
            .unzip();
        let engine = Engine::new(RuleSet::new(rules).map_err(ProjectError::Rules)?)
            .with_ignored_values(ignored_values);
        let ignored_paths = build_path_ignores(&root, &settings.ignore.paths, today);
        Ok(Project {
            root,
            config,
            engine,
            scan: settings.scan,
            ignored_paths,
            used_paths: Default::default(),
            value_entries,
        })
    }

    /// Whether the config ignores `relative` (a path relative to the project root). A path
    /// outside the root (absolute, or climbing out with `..`) is not the config's business.
    pub fn is_ignored(&self, relative: &str, is_dir: bool) -> bool {
        use std::path::Component;
        let path = Path::new(relative);
        let inside = path.is_relative()
            && !path
                .components()
                .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)));
        // Without `.` parts: the matcher strips a leading `./` and then asserts that what is
        // left (`/x` from `.//x`) is not rooted (found by the fuzz tests).
        let clean: PathBuf = path
            .components()
            .filter(|c| !matches!(c, Component::CurDir))
            .collect();
        if !inside || clean.as_os_str().is_empty() {
            return false;
        }
        let Some(ignores) = &self.ignored_paths else {
            return false;
        };
        match ignores.matched_path_or_any_parents(&clean, is_dir) {
            ignore::Match::Ignore(glob) => {
                if let Ok(mut used) = self.used_paths.lock() {
                    used.insert(glob.original().to_string());
                }
                true
            }
            _ => false,
        }
    }

    /// Which `[ignore]` entries ignored a path or a value since the project was loaded.
    pub fn ignore_use(&self) -> IgnoreUse {
        let Some(loaded) = &self.config else {
            return IgnoreUse::default();
        };
        let used_paths = self
            .used_paths
            .lock()
            .map(|u| u.clone())
            .unwrap_or_default();
        let engine_used = self.engine.ignored_values_used();
        let mut values = vec![false; loaded.config.ignore.values.len()];
        for (slot, used) in self.value_entries.iter().zip(engine_used) {
            if let Some(value) = values.get_mut(*slot) {
                *value = used;
            }
        }
        IgnoreUse {
            paths: loaded
                .config
                .ignore
                .paths
                .iter()
                .map(|p| used_paths.contains(&p.get_ref().pattern))
                .collect(),
            values,
        }
    }

    /// `path` relative to the project root with `/` separators; pass canonical paths.
    /// A path outside the root is shown as given.
    pub fn relative_path(&self, path: &Path) -> String {
        let shown = path.strip_prefix(&self.root).unwrap_or(path);
        config::display(shown)
    }
}

/// Parses and fully validates the rule files of a folder, collecting every error (not just
/// the first) so that one run shows all that is wrong with a rule folder.
fn load_own_rules(
    files: Vec<rule::RuleFile>,
    rules: &mut Vec<rule::Rule>,
    errors: &mut Vec<RuleError>,
) {
    for file in files {
        let name = file.path.rsplit('/').next().unwrap_or(&file.path);
        if !rule::is_rule_file_name(name) {
            continue;
        }
        match rule::parse_rule_file(&file.path, &file.text) {
            Ok(parsed) => {
                errors.extend(parsed.iter().filter_map(|r| validate_rule(r).err()));
                rules.extend(parsed);
            }
            Err(e) => errors.push(e),
        }
    }
}

/// The built-in rules, parsed once per process (every project starts from them).
fn builtin_rules() -> Result<&'static [rule::Rule], &'static [RuleError]> {
    static BUILTIN: OnceLock<Result<Vec<rule::Rule>, Vec<RuleError>>> = OnceLock::new();
    match BUILTIN.get_or_init(rule::load_builtin) {
        Ok(rules) => Ok(rules),
        Err(errors) => Err(errors),
    }
}

fn apply_rule_settings(
    loaded: &LoadedConfig,
    rules: &mut Vec<rule::Rule>,
) -> Result<(), ConfigError> {
    let settings = &loaded.config.rules;
    let known = |id: &str| rules.iter().any(|r| r.id == id);
    for id in &settings.disable {
        if !known(id.get_ref()) {
            return Err(loaded.error_at(
                id.span().start,
                format!("unknown rule id `{}` in rules.disable", id.get_ref()),
            ));
        }
    }
    for (id, severity) in &settings.severity {
        if !known(id) {
            return Err(loaded.error_at(
                severity.span().start,
                format!("unknown rule id `{id}` in rules.severity"),
            ));
        }
    }
    rules.retain(|r| !settings.disable.iter().any(|d| d.get_ref() == &r.id));
    for rule in rules.iter_mut() {
        if let Some(severity) = settings.severity.get(&rule.id) {
            rule.severity = *severity.get_ref();
        }
    }
    Ok(())
}

/// The config's path ignores; `config::parse` has already checked every pattern.
fn build_path_ignores(
    root: &Path,
    patterns: &[Spanned<IgnoreEntry>],
    today: crate::report::date::Date,
) -> Option<Gitignore> {
    if patterns.is_empty() {
        return None;
    }
    let mut builder = GitignoreBuilder::new(root);
    for pattern in patterns.iter().filter(|p| !p.get_ref().expired(today)) {
        let _ = builder.add_line(None, &pattern.get_ref().pattern);
    }
    builder.build().ok()
}

fn dir_of(start: &Path) -> PathBuf {
    if start.is_file() {
        // `app.py`'s parent is the empty path, which no path operation accepts.
        match start.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        }
    } else {
        start.to_path_buf()
    }
}

/// The repository (a folder holding `.git`) that `start` is in, if any: config discovery
/// stops there, and the CLI and the language server show paths relative to it, as the hook
/// does.
pub fn repository_root(start: &Path) -> Option<PathBuf> {
    git_root(start).map(|root| root.canonicalize().unwrap_or(root))
}

fn git_root(start: &Path) -> Option<PathBuf> {
    let start = absolute(&dir_of(start));
    start
        .ancestors()
        .find(|dir| dir.join(".git").exists())
        .map(Path::to_path_buf)
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
