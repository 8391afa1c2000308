//! End-to-end test with the real `pre-commit` framework (installed by `.ci/run`): a
//! throwaway repository using the documented `repo: local` hook with the built binary is
//! blocked with a staged secret and passes clean; the repository's own
//! `.pre-commit-hooks.yaml` is a valid manifest.

mod support;

use std::path::Path;
use std::process::{Command, Output};
use support::{
    fake_github_token, git, git_command, git_repo, repo_root, require_tool, stderr, stdout, write,
};

fn pre_commit(dir: &Path, home: &Path, args: &[&str]) -> Output {
    let output = Command::new("pre-commit")
        .args(args)
        .current_dir(dir)
        // Its cache and logs go to the throwaway folder, not the developer's home.
        .env("PRE_COMMIT_HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("NO_COLOR", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .output();
    match output {
        Ok(output) => output,
        Err(e) => panic!("cannot run pre-commit: {e}"),
    }
}

fn local_config() -> String {
    let binary = env!("CARGO_BIN_EXE_redflag");
    [
        "repos:".to_string(),
        "  - repo: local".to_string(),
        "    hooks:".to_string(),
        "      - id: redflag".to_string(),
        "        name: redflag".to_string(),
        format!("        entry: \"'{binary}' hook pre-commit\""),
        "        language: system".to_string(),
        "        pass_filenames: false".to_string(),
        "        always_run: true".to_string(),
        "        stages: [pre-commit]".to_string(),
        String::new(),
    ]
    .join("\n")
}

#[test]
fn pre_commit_framework_blocks_a_staged_secret_and_passes_clean() {
    if !require_tool(
        "pre-commit",
        "pre_commit_framework_blocks_a_staged_secret_and_passes_clean",
    ) {
        return;
    }
    let repo = git_repo();
    let home = support::tree(&[]);
    write(
        &repo.path().join(".pre-commit-config.yaml"),
        local_config().as_bytes(),
    );
    write(&repo.path().join("app.py"), b"import os\n");
    git(repo.path(), &["add", "-A"]);
    let output = pre_commit(repo.path(), home.path(), &["run"]);
    assert!(
        output.status.success(),
        "clean run failed:\n{}\n{}",
        stdout(&output),
        stderr(&output)
    );
    git(repo.path(), &["commit", "-q", "--no-verify", "-m", "init"]);

    // Through git, with pre-commit's own hook script installed.
    let output = pre_commit(repo.path(), home.path(), &["install"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let token = fake_github_token("pre-commit framework");
    write(
        &repo.path().join("app.py"),
        format!("import os\ntoken = \"{token}\"\n").as_bytes(),
    );
    git(repo.path(), &["add", "app.py"]);
    let output = pre_commit(repo.path(), home.path(), &["run"]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let out = stdout(&output);
    assert!(
        out.contains("app.py:2:10") && out.contains("secret.github-pat"),
        "{out}"
    );
    assert!(!out.contains(&token), "the secret must be redacted");

    let commit = git_command(repo.path())
        .env("PRE_COMMIT_HOME", home.path())
        .args(["commit", "-q", "-m", "leak"])
        .output();
    let Ok(commit) = commit else {
        panic!("cannot run git commit");
    };
    assert!(
        !commit.status.success(),
        "the commit should have been blocked"
    );
    let count = git(repo.path(), &["rev-list", "--count", "HEAD"]);
    assert_eq!(stdout(&count).trim(), "1");

    write(
        &repo.path().join("app.py"),
        b"import os\ntoken = os.environ[\"TOKEN\"]\n",
    );
    git(repo.path(), &["add", "app.py"]);
    let commit = git_command(repo.path())
        .env("PRE_COMMIT_HOME", home.path())
        .args(["commit", "-q", "-m", "clean"])
        .output();
    assert!(commit.is_ok_and(|c| c.status.success()));
}

#[test]
fn the_repository_manifest_is_valid_for_pre_commit() {
    if !require_tool(
        "pre-commit",
        "the_repository_manifest_is_valid_for_pre_commit",
    ) {
        return;
    }
    let home = support::tree(&[]);
    let manifest = repo_root().join(".pre-commit-hooks.yaml");
    let output = pre_commit(
        &repo_root(),
        home.path(),
        &["validate-manifest", &manifest.display().to_string()],
    );
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    let text = std::fs::read_to_string(&manifest).unwrap_or_default();
    assert!(
        text.contains("id: redflag") && text.contains("language: rust"),
        "{text}"
    );
}
