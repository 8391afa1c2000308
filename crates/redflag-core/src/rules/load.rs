//! Finding rule files in a folder (or in the embedded built-in set) and parsing them.

use super::{Location, Rule, RuleError, RuleErrorKind, query_file, text_file};
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// A file of a rule folder, as a path (with `/` separators) and its text.
#[derive(Debug, Clone)]
pub struct RuleFile {
    pub path: String,
    pub text: String,
}

/// The built-in `queries/` files (rules, fixtures, docs), paths relative to `queries/`.
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    BUILTIN_FILES
}

/// Whether `name` is a rule file: `.scm` or `.toml` with no other dot in its name.
/// Fixtures are named after their rule's stem (`eval.py`, `github.fixture.toml`).
pub fn is_rule_file_name(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    !stem.is_empty() && !stem.contains('.') && matches!(ext, "scm" | "toml")
}

/// Parses one rule file; the language of a query rule defaults to its folder's name.
pub fn parse_rule_file(path: &str, text: &str) -> Result<Vec<Rule>, RuleError> {
    if path.ends_with(".scm") {
        let folder = path.rsplit('/').nth(1);
        query_file::parse(path, text, folder).map(|rule| vec![rule])
    } else {
        text_file::parse(path, text)
    }
}

/// Parses the embedded built-in rules, shown with paths under `queries/`.
pub fn load_builtin() -> Result<Vec<Rule>, Vec<RuleError>> {
    parse_all(
        BUILTIN_FILES
            .iter()
            .filter(|(path, _)| is_rule_file_name(file_name(path)))
            .map(|(path, text)| RuleFile {
                path: format!("queries/{path}"),
                text: (*text).to_string(),
            }),
    )
}

/// Reads and parses every rule file below `dir`. Every bad file is reported, not just the first.
pub fn load_dir(dir: &Path) -> Result<Vec<Rule>, Vec<RuleError>> {
    let files = read_dir_files(dir).map_err(|e| vec![e])?;
    parse_all(
        files
            .into_iter()
            .filter(|f| is_rule_file_name(file_name(&f.path))),
    )
}

/// All readable text files below `dir`, sorted by path.
pub fn read_dir_files(dir: &Path) -> Result<Vec<RuleFile>, RuleError> {
    let display = dir.to_string_lossy().replace('\\', "/");
    let io_error = |path: &str, e: std::io::Error| {
        RuleError::new(Location::new(path, 1, 1), RuleErrorKind::Io(e.to_string()))
    };
    if !dir.is_dir() {
        return Err(RuleError::new(
            Location::new(&display, 1, 1),
            RuleErrorKind::Invalid("no such rule folder".into()),
        ));
    }
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = std::fs::read_dir(&current).map_err(|e| io_error(&display, e))?;
        for entry in entries {
            let path = entry.map_err(|e| io_error(&display, e))?.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let shown = path.to_string_lossy().replace('\\', "/");
            let bytes = std::fs::read(&path).map_err(|e| io_error(&shown, e))?;
            match String::from_utf8(bytes) {
                Ok(text) => files.push(RuleFile { path: shown, text }),
                Err(_) if is_rule_file_name(file_name(&shown)) => {
                    return Err(RuleError::new(
                        Location::new(&shown, 1, 1),
                        RuleErrorKind::Io("not valid UTF-8".into()),
                    ));
                }
                Err(_) => {}
            }
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Parses rule files on every core, keeping their order.
fn parse_all(files: impl Iterator<Item = RuleFile>) -> Result<Vec<Rule>, Vec<RuleError>> {
    let files: Vec<RuleFile> = files.collect();
    let parsed = crate::parallel::map(&files, 8, |file| parse_rule_file(&file.path, &file.text));
    let mut rules = Vec::new();
    let mut errors = Vec::new();
    for result in parsed {
        match result {
            Ok(parsed) => rules.extend(parsed),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}

pub(crate) fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Rule ids read as the bad pattern: a prefix, a dot, kebab-case (`py.subprocess-shell-true`).
pub(super) fn check_id(id: &str) -> Result<(), String> {
    let valid = id.split_once('.').is_some_and(|(prefix, rest)| {
        !prefix.is_empty()
            && prefix
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
    });
    if valid {
        Ok(())
    } else {
        Err(format!(
            "rule id `{id}` must look like `prefix.kebab-case-name`"
        ))
    }
}
