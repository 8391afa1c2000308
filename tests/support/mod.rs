//! Shared by the end-to-end tests: the built binary, throwaway folders, external tools.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `redflag` binary cargo built for this test run.
pub fn redflag() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_redflag"));
    command.env("NO_COLOR", "1");
    command
}

/// Runs `redflag args...` in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    match redflag().args(args).current_dir(dir).output() {
        Ok(output) => output,
        Err(e) => panic!("cannot run redflag: {e}"),
    }
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A temporary folder with `files` (path, contents) written into it.
pub fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(e) => panic!("cannot create a temp dir: {e}"),
    };
    for (path, contents) in files {
        write(&dir.path().join(path), contents.as_bytes());
    }
    dir
}

pub fn write(path: &Path, contents: &[u8]) {
    if let Some(parent) = path.parent()
        && let Err(e) = std::fs::create_dir_all(parent)
    {
        panic!("cannot create {}: {e}", parent.display());
    }
    if let Err(e) = std::fs::write(path, contents) {
        panic!("cannot write {}: {e}", path.display());
    }
}

/// The repository root (tests/ is one level below it).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Whether an external tool the test needs is on PATH. Outside CI a missing tool skips the
/// test with a loud message; under `CI=true` it fails the test, since `.ci/run` installs it.
pub fn require_tool(tool: &str, test: &str) -> bool {
    let found = Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{test}: `{tool}` is not installed, and CI=true requires it (.ci/run installs it)");
    }
    eprintln!(
        "\n!!! SKIPPED {test}: `{tool}` is not installed. Run .ci/run (or install it) to run this test. !!!\n"
    );
    false
}

/// A fake GitHub token with a valid checksum, generated at test time from `seed`.
pub fn fake_github_token(seed: &str) -> String {
    match redflag_core::fixtures::fake::expand("{{fake:github:ghp}}", seed) {
        Ok(token) => token,
        Err(e) => panic!("cannot generate a fake token: {e}"),
    }
}

/// `git args...` in `dir`, isolated from the user's and the system's git config; panics
/// when git fails, with its stderr.
pub fn git(dir: &Path, args: &[&str]) -> Output {
    let output = git_command(dir).args(args).output();
    match output {
        Ok(output) if output.status.success() => output,
        Ok(output) => panic!("git {args:?} failed: {}", stderr(&output)),
        Err(e) => panic!("cannot run git: {e}"),
    }
}

/// A `git` command in `dir` with a neutral environment (no global config, no inherited
/// GIT_DIR / GIT_INDEX_FILE), and `redflag` first on PATH.
pub fn git_command(dir: &Path) -> Command {
    let mut command = Command::new("git");
    command
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "redflag test")
        .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
        .env("GIT_COMMITTER_NAME", "redflag test")
        .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
        .env("NO_COLOR", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE");
    command
}

/// A fresh repository (branch `main`) in a temp dir.
pub fn git_repo() -> tempfile::TempDir {
    let dir = tree(&[]);
    git(dir.path(), &["init", "-q", "-b", "main"]);
    dir
}
