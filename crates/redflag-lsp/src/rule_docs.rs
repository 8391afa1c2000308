//! Built-in rules' documentation as Markdown pages an editor can open from a diagnostic's
//! `codeDescription`: the rules are embedded in the binary, so each page is written once per
//! process into `$XDG_CACHE_HOME/redflag/rules/` (or `~/.cache/...`). Nothing leaves the
//! machine; when the folder cannot be written the caller falls back to the CWE link.

use redflag_core::Rule;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// The rule's page, written if needed.
pub fn page(rule: &Rule) -> Option<PathBuf> {
    static PAGES: OnceLock<Mutex<HashMap<String, Option<PathBuf>>>> = OnceLock::new();
    let pages = PAGES.get_or_init(|| Mutex::new(HashMap::new()));
    let mut pages = pages.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(known) = pages.get(&rule.id) {
        return known.clone();
    }
    let written = write(rule);
    pages.insert(rule.id.clone(), written.clone());
    written
}

fn write(rule: &Rule) -> Option<PathBuf> {
    let dir = cache_dir()?.join("redflag").join("rules");
    std::fs::create_dir_all(&dir).ok()?;
    // Rule ids are `prefix.kebab-case` (checked when rules load): safe as a file name.
    let safe = rule
        .id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if !safe {
        return None;
    }
    let path = dir.join(format!("{}.md", rule.id));
    let text = markdown(rule);
    if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
        std::fs::write(&path, text).ok()?;
    }
    Some(path)
}

fn cache_dir() -> Option<PathBuf> {
    let from_env = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    from_env("XDG_CACHE_HOME").or_else(|| from_env("HOME").map(|home| home.join(".cache")))
}

/// The page: title, id and severity, the rule's docs, its CWE and references.
pub fn markdown(rule: &Rule) -> String {
    let mut out = format!(
        "# {}\n\n`{}` · {} · {}\n\n{}\n",
        rule.title,
        rule.id,
        rule.severity,
        rule.category.as_str(),
        rule.docs.trim()
    );
    if let Some(cwe) = rule.cwe {
        out.push_str(&format!(
            "\n[CWE-{cwe}]({})\n",
            crate::diagnostics::cwe_url(cwe)
        ));
    }
    for reference in &rule.references {
        out.push_str(&format!("\n- {reference}"));
    }
    out
}
