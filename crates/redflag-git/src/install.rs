//! Installing the hook script into the hooks directory git really uses, without ever
//! clobbering a hook someone else wrote.

use crate::error::GitError;
use git2::Repository;
use std::path::{Path, PathBuf};

/// The line that marks a hook script as ours; `uninstall` removes only files carrying it.
pub const MARKER: &str = "# installed by redflag (redflag hook install)";
/// Suffix of a foreign hook kept and run first by a chaining install.
pub const CHAINED_SUFFIX: &str = ".pre-redflag";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookKind {
    PreCommit,
    PrePush,
}

impl HookKind {
    pub fn file_name(self) -> &'static str {
        match self {
            HookKind::PreCommit => "pre-commit",
            HookKind::PrePush => "pre-push",
        }
    }
}

/// What to do when a hook we did not write is already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    Refuse,
    Replace,
    /// Keep it as `<hook>.pre-redflag` and run it before redflag.
    Chain,
}

#[derive(Debug, PartialEq, Eq)]
pub enum InstallOutcome {
    Installed(PathBuf),
    /// Ours was there already; rewritten (e.g. the binary moved).
    Updated(PathBuf),
    Replaced(PathBuf),
    Chained {
        hook: PathBuf,
        previous: PathBuf,
    },
    /// A hook we did not write is there and `Existing::Refuse` was asked.
    RefusedForeign(PathBuf),
}

#[derive(Debug, PartialEq, Eq)]
pub enum UninstallOutcome {
    Removed(PathBuf),
    /// Removed ours and put the chained hook back.
    Restored(PathBuf),
    NotInstalled(PathBuf),
    /// The hook there is not ours: left alone.
    Foreign(PathBuf),
}

/// The hooks directory git runs hooks from: `core.hooksPath` (relative to the working tree
/// top, as git reads it) or `hooks/` in the common git dir (shared by linked worktrees).
pub fn hooks_dir(repo: &Repository) -> Result<PathBuf, GitError> {
    let config = repo
        .config()
        .map_err(|e| GitError::HooksDir(e.message().to_string()))?;
    match config.get_path("core.hooksPath") {
        Ok(path) if path.is_absolute() => Ok(path),
        Ok(path) => {
            let base = repo.workdir().unwrap_or_else(|| repo.commondir());
            Ok(base.join(path))
        }
        Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(repo.commondir().join("hooks")),
        Err(e) => Err(GitError::HooksDir(e.message().to_string())),
    }
}

/// The script: runs `redflag` (the binary that installed it, else the one on PATH).
pub fn script(kind: HookKind, redflag: &Path, chained: bool) -> String {
    let hook = kind.file_name();
    let binary = shell_quote(&redflag.display().to_string());
    let mut s = format!(
        "#!/bin/sh\n{MARKER}; `redflag hook uninstall` removes it.\n\
         # Bypass once, deliberately: git commit --no-verify (or git push --no-verify).\n\
         redflag_bin={binary}\n\
         if [ ! -x \"$redflag_bin\" ]; then\n\
         \x20 redflag_bin=$(command -v redflag) || {{\n\
         \x20   echo \"redflag: cannot find the redflag binary; reinstall the hook (redflag hook install)\" >&2\n\
         \x20   exit 2\n\
         \x20 }}\n\
         fi\n"
    );
    match (kind, chained) {
        (HookKind::PreCommit, false) => {
            s.push_str("exec \"$redflag_bin\" hook pre-commit\n");
        }
        (HookKind::PreCommit, true) => {
            s.push_str(&format!(
                "\"$(dirname \"$0\")/{hook}{CHAINED_SUFFIX}\" \"$@\" || exit $?\n\
                 exec \"$redflag_bin\" hook pre-commit\n"
            ));
        }
        (HookKind::PrePush, false) => {
            s.push_str("exec \"$redflag_bin\" hook pre-push \"$@\"\n");
        }
        (HookKind::PrePush, true) => {
            // Both hooks read the ref list on stdin: keep it and hand it to each.
            s.push_str(&format!(
                "input=$(cat)\n\
                 printf '%s\\n' \"$input\" | \"$(dirname \"$0\")/{hook}{CHAINED_SUFFIX}\" \"$@\" || exit $?\n\
                 printf '%s\\n' \"$input\" | \"$redflag_bin\" hook pre-push \"$@\"\n"
            ));
        }
    }
    s
}

pub fn install(
    repo: &Repository,
    kind: HookKind,
    redflag: &Path,
    existing: Existing,
) -> Result<InstallOutcome, GitError> {
    let dir = hooks_dir(repo)?;
    let hook = dir.join(kind.file_name());
    let previous = dir.join(format!("{}{CHAINED_SUFFIX}", kind.file_name()));
    let io_error = |path: &Path, e: std::io::Error| GitError::HookFile {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    let current = match std::fs::read(&hook) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_error(&hook, e)),
    };
    let ours = current.as_deref().map(is_ours);
    let outcome = match (ours, existing) {
        (None, _) => InstallOutcome::Installed(hook.clone()),
        (Some(true), _) => InstallOutcome::Updated(hook.clone()),
        (Some(false), Existing::Refuse) => return Ok(InstallOutcome::RefusedForeign(hook)),
        (Some(false), Existing::Replace) => InstallOutcome::Replaced(hook.clone()),
        (Some(false), Existing::Chain) => {
            if previous.exists() {
                return Err(GitError::HookFile {
                    path: previous,
                    message: "already exists; move it away before chaining again".into(),
                });
            }
            std::fs::rename(&hook, &previous).map_err(|e| io_error(&hook, e))?;
            InstallOutcome::Chained {
                hook: hook.clone(),
                previous: previous.clone(),
            }
        }
    };
    // An update keeps chaining if a chained hook is there.
    let chained = previous.exists();
    write_executable(&hook, &script(kind, redflag, chained)).map_err(|e| io_error(&hook, e))?;
    Ok(outcome)
}

pub fn uninstall(repo: &Repository, kind: HookKind) -> Result<UninstallOutcome, GitError> {
    let dir = hooks_dir(repo)?;
    let hook = dir.join(kind.file_name());
    let previous = dir.join(format!("{}{CHAINED_SUFFIX}", kind.file_name()));
    let io_error = |path: &Path, e: std::io::Error| GitError::HookFile {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let current = match std::fs::read(&hook) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(UninstallOutcome::NotInstalled(hook));
        }
        Err(e) => return Err(io_error(&hook, e)),
    };
    if !is_ours(&current) {
        return Ok(UninstallOutcome::Foreign(hook));
    }
    if previous.exists() {
        std::fs::rename(&previous, &hook).map_err(|e| io_error(&previous, e))?;
        return Ok(UninstallOutcome::Restored(hook));
    }
    std::fs::remove_file(&hook).map_err(|e| io_error(&hook, e))?;
    Ok(UninstallOutcome::Removed(hook))
}

fn is_ours(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes).contains(MARKER)
}

/// Writes through a temporary file and a rename, so git never runs a half-written hook.
fn write_executable(path: &Path, text: &str) -> std::io::Result<()> {
    let temp = path.with_extension("redflag-tmp");
    std::fs::write(&temp, text)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&temp, std::fs::Permissions::from_mode(0o755))?;
    }
    std::fs::rename(&temp, path)
}

fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_paths_for_sh() {
        assert_eq!(shell_quote("/a b/it's"), r"'/a b/it'\''s'");
    }

    #[test]
    fn scripts_carry_the_marker_and_the_subcommand() {
        let s = script(HookKind::PrePush, Path::new("/bin/redflag"), true);
        assert!(is_ours(s.as_bytes()));
        assert!(s.contains("pre-push.pre-redflag") && s.contains("hook pre-push \"$@\""));
        let s = script(HookKind::PreCommit, Path::new("/bin/redflag"), false);
        assert!(s.contains("exec \"$redflag_bin\" hook pre-commit\n"));
    }
}
