//! `redflag.toml` / `.redflag.toml`: found in the nearest ancestor folder, it *extends* the
//! built-in rules unless it says `builtin = false`.
//!
//! ```toml
//! [rules]
//! paths = ["security/rules"]      # extra rule folders, relative to this file
//! builtin = true                  # false: only the folders above
//! disable = ["py.assert-used"]
//! severity = { "py.requests-without-timeout" = "warning" }
//!
//! [scan]
//! fail_on = "error"               # the severity that fails a run (exit 1)
//! min_severity = "warning"        # the lowest severity shown
//! max_file_size = 10485760        # bytes; larger files are skipped with a note
//! baseline = ".redflag-baseline.json"  # accepted findings (docs/baseline.md)
//!
//! [ignore]
//! paths = ["tests/fixtures/**",   # gitignore-style patterns, relative to this file
//!   { path = "vendor/**", reason = "third-party", until = "2027-03-01" }]
//! values = ["^sk_test_"]          # regexes or "sha256:<hex>": values never reported
//! ```

use super::files::{FsFiles, ProjectFiles};
use crate::report::ignore_entry::IgnoreEntry;
use crate::rules::Location;
use crate::rules::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub const FILE_NAMES: [&str; 2] = ["redflag.toml", ".redflag.toml"];

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub rules: RulesConfig,
    #[serde(default)]
    pub scan: ScanConfig,
    #[serde(default)]
    pub ignore: IgnoreConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesConfig {
    #[serde(default)]
    pub paths: Vec<Spanned<String>>,
    #[serde(default = "yes")]
    pub builtin: bool,
    #[serde(default)]
    pub disable: Vec<Spanned<String>>,
    #[serde(default)]
    pub severity: BTreeMap<String, Spanned<Severity>>,
}

impl Default for RulesConfig {
    fn default() -> Self {
        RulesConfig {
            paths: Vec::new(),
            builtin: true,
            disable: Vec::new(),
            severity: BTreeMap::new(),
        }
    }
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanConfig {
    #[serde(default = "default_fail_on")]
    pub fail_on: Severity,
    #[serde(default = "default_min_severity")]
    pub min_severity: Severity,
    #[serde(default = "default_max_file_size")]
    pub max_file_size: u64,
    /// A baseline file (relative to this file) applied by `scan`, `audit` and the hook.
    #[serde(default)]
    pub baseline: Option<String>,
}

impl Default for ScanConfig {
    fn default() -> Self {
        ScanConfig {
            fail_on: default_fail_on(),
            min_severity: default_min_severity(),
            max_file_size: default_max_file_size(),
            baseline: None,
        }
    }
}

fn default_fail_on() -> Severity {
    Severity::Error
}
fn default_min_severity() -> Severity {
    Severity::Warning
}
fn default_max_file_size() -> u64 {
    10 << 20
}

/// Each entry a pattern, or a table with a `reason` and an `until` date (`report::ignore_entry`).
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct IgnoreConfig {
    #[serde(default)]
    pub paths: Vec<Spanned<IgnoreEntry>>,
    #[serde(default)]
    pub values: Vec<Spanned<IgnoreEntry>>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {message}")]
pub struct ConfigError {
    pub location: Location,
    pub message: String,
}

/// A config file as loaded: where it is, its text (for locating later errors) and values.
#[derive(Debug, Clone)]
pub struct LoadedConfig {
    pub path: PathBuf,
    pub text: String,
    pub config: Config,
}

impl LoadedConfig {
    pub fn error_at(&self, offset: usize, message: String) -> ConfigError {
        ConfigError {
            location: Location::at_offset(&display(&self.path), &self.text, offset),
            message,
        }
    }

    /// The folder paths in the config are relative to.
    pub fn base_dir(&self) -> &Path {
        // `--config redflag.toml` has an empty parent, which no path operation accepts.
        match self.path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        }
    }
}

pub fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The config file in `start` or its nearest ancestor that has one, on the filesystem.
pub fn discover(start: &Path) -> Option<PathBuf> {
    // Absolute, so that the config's folder (the project root) is never an empty path.
    let start = std::path::absolute(start).ok()?;
    let dir = if start.is_file() {
        start.parent()?
    } else {
        &start
    };
    discover_in(&FsFiles, dir)
}

/// The config file in folder `dir` or its nearest ancestor that has one, up to the top of
/// the tree (`ProjectFiles::is_top`, a repository's root): a config above the repository is
/// not the repository's.
pub fn discover_in(files: &dyn ProjectFiles, dir: &Path) -> Option<PathBuf> {
    for dir in dir.ancestors() {
        for name in FILE_NAMES {
            let candidate = dir.join(name);
            if matches!(files.read(&candidate), Ok(Some(_))) {
                return Some(candidate);
            }
        }
        if files.is_top(dir) {
            break;
        }
    }
    None
}

pub fn load(path: &Path) -> Result<LoadedConfig, ConfigError> {
    load_in(&FsFiles, path)
}

/// Reads and parses the config at `path` from `files`.
pub fn load_in(files: &dyn ProjectFiles, path: &Path) -> Result<LoadedConfig, ConfigError> {
    let shown = display(path);
    let cannot_read = |message: String| ConfigError {
        location: Location::new(&shown, 1, 1),
        message: format!("cannot read config: {message}"),
    };
    let text = files
        .read(path)
        .map_err(|e| cannot_read(e.to_string()))?
        .ok_or_else(|| cannot_read("no such file".into()))?;
    parse(path, text)
}

pub fn parse(path: &Path, text: String) -> Result<LoadedConfig, ConfigError> {
    let shown = display(path);
    let config: Config = toml::from_str(&text).map_err(|e| ConfigError {
        location: e.span().map_or_else(
            || Location::new(&shown, 1, 1),
            |s| Location::at_offset(&shown, &text, s.start),
        ),
        message: e.message().trim().to_string(),
    })?;
    let loaded = LoadedConfig {
        path: path.to_path_buf(),
        text,
        config,
    };
    let mut globs = ignore::gitignore::GitignoreBuilder::new(loaded.base_dir());
    for entry in loaded
        .config
        .ignore
        .paths
        .iter()
        .chain(&loaded.config.ignore.values)
    {
        if let Some(until) = &entry.get_ref().until
            && crate::report::date::Date::parse(until).is_none()
        {
            return Err(loaded.error_at(
                entry.span().start,
                format!("`until = \"{until}\"` is not a date (YYYY-MM-DD)"),
            ));
        }
    }
    for pattern in &loaded.config.ignore.paths {
        globs
            .add_line(None, &pattern.get_ref().pattern)
            .map_err(|e| {
                loaded.error_at(
                    pattern.span().start,
                    format!("invalid pattern in ignore.paths: {e}"),
                )
            })?;
    }
    for value in &loaded.config.ignore.values {
        crate::report::ignored_value::IgnoredValue::parse(&value.get_ref().pattern)
            .map_err(|e| loaded.error_at(value.span().start, format!("in ignore.values: {e}")))?;
    }
    Ok(loaded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<LoadedConfig, ConfigError> {
        parse(Path::new("redflag.toml"), text.to_string())
    }

    #[test]
    fn defaults_extend_builtin_rules() {
        let loaded = parse_str("[scan]\nfail_on = \"warning\"\n");
        assert!(loaded.as_ref().is_ok_and(|l| l.config.rules.builtin && l.config.scan.fail_on == Severity::Warning));
    }

    #[test]
    fn unknown_key_is_located() {
        let err = parse_str("[scan]\nfail_on = \"error\"\nfial = 1\n").err();
        assert_eq!(
            err.map(|e| (e.location.line, e.location.column)),
            Some((3, 1))
        );
    }

    #[test]
    fn bad_ignore_glob_is_located() {
        let err = parse_str("[ignore]\npaths = [\"ok/**\", \"src/[z-a]\"]\n").err();
        assert!(
            err.is_some_and(|e| (e.location.line, e.location.column) == (2, 19)
                && e.message.contains("ignore.paths"))
        );
    }

    #[test]
    fn bad_severity_is_located() {
        let err = parse_str("[scan]\nfail_on = \"critical\"\n").err();
        assert!(err.is_some_and(|e| e.location.line == 2 && e.message.contains("critical")));
    }
}
