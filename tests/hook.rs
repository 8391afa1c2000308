//! End-to-end tests of `redflag hook` in real git repositories made in temp dirs: what is
//! staged is judged (not the working tree), only added lines count, the hook never writes,
//! and install/uninstall leave other people's hooks alone.

mod support;

use std::path::Path;
use std::process::Output;
use support::{fake_github_token, git, git_command, git_repo, redflag, stderr, stdout, write};

/// `redflag hook args...` in `dir`, with a neutral git environment plus `env`.
fn hook_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = redflag();
    command
        .arg("hook")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE");
    for (key, value) in env {
        command.env(key, value);
    }
    match command.output() {
        Ok(output) => output,
        Err(e) => panic!("cannot run redflag: {e}"),
    }
}

fn pre_commit(dir: &Path) -> Output {
    hook_with_env(dir, &["pre-commit"], &[])
}

fn secret_line(seed: &str) -> String {
    format!("token = \"{}\"\n", fake_github_token(seed))
}

fn commit_all(dir: &Path, message: &str) {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "--no-verify", "-m", message]);
}

#[track_caller]
fn assert_exit(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(output),
        stderr(output)
    );
}

/// The index, the working tree (outside .git) and every ref, to compare before and after.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .display()
                .to_string();
            let under_git = name.starts_with(".git/") || name == ".git";
            if path.is_dir() {
                if !under_git || name == ".git" || name.starts_with(".git/refs") {
                    stack.push(path);
                }
            } else if !under_git
                || name == ".git/index"
                || name == ".git/HEAD"
                || name == ".git/packed-refs"
                || name.starts_with(".git/refs/")
            {
                files.push((name, std::fs::read(&path).unwrap_or_default()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn staged_secret_in_the_initial_commit_is_blocked_with_guidance() {
    let repo = git_repo();
    let token = fake_github_token("initial");
    write(
        &repo.path().join("app.py"),
        format!("import os\n\ntoken = \"{token}\"\n").as_bytes(),
    );
    git(repo.path(), &["add", "app.py"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 1);
    let out = stdout(&output);
    assert!(
        out.contains("app.py:3:10: error [secret.github-pat]"),
        "{out}"
    );
    assert!(
        out.contains("    token = \"ghp") && out.contains("*****"),
        "redacted excerpt expected: {out}"
    );
    assert!(!out.contains(&token) && !stderr(&output).contains(&token));
    assert!(out.contains("why: "), "{out}");
    assert!(out.contains("environment variable"), "{out}");
    assert!(out.contains("redflag: ignore[secret.github-pat]"), "{out}");
    assert!(out.contains("git commit --no-verify"), "{out}");
    assert!(out.contains("scanned 1 file, 3 added lines"), "{out}");
    assert!(!out.contains('\x1b'), "no colour off a terminal: {out:?}");
}

/// Issue 10 #2: with `--config` outside the repository, staged paths are outside the
/// config's root and reached the `[ignore] paths` matcher, which asserts (exit 101).
#[test]
fn config_outside_the_repository_with_ignore_paths_does_not_panic() {
    let repo = git_repo();
    let elsewhere = support::tree(&[("redflag.toml", "[ignore]\npaths = [\"vendor/\"]\n")]);
    write(
        &repo.path().join("vendor/app.py"),
        secret_line("outside-config").as_bytes(),
    );
    git(repo.path(), &["add", "-A"]);
    let config = elsewhere.path().join("redflag.toml");
    let output = hook_with_env(
        repo.path(),
        &[
            "pre-commit",
            "--config",
            config.to_str().unwrap_or_default(),
        ],
        &[],
    );
    assert_exit(&output, 1);
    assert!(
        stdout(&output).contains("vendor/app.py"),
        "{}",
        stdout(&output)
    );
}

/// A panic on one staged file is contained: the other files are judged and reported, the
/// file is named as not analysed, and the hook exits 2 (never a pass), without printing the
/// panic's message (it quotes the file).
#[test]
fn a_panic_on_one_staged_file_is_contained_and_exits_two() {
    let repo = git_repo();
    write(
        &repo.path().join("boom.py"),
        b"redflag-fault-injection: panic\npassword = \"Zq8wLm3nPxKd7Rt2\"\n",
    );
    write(&repo.path().join("app.py"), secret_line("panic").as_bytes());
    git(repo.path(), &["add", "-A"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 2);
    assert!(
        stdout(&output).contains("app.py:1:10: error [secret.github-pat]"),
        "{}",
        stdout(&output)
    );
    let err = stderr(&output);
    assert!(
        err.contains("redflag: boom.py: internal error, not analysed"),
        "{err}"
    );
    assert!(err.contains("is not judged"), "{err}");
    assert!(
        !err.contains("Zq8wLm3nPxKd7Rt2") && !err.contains("injected"),
        "{err}"
    );
    let json = hook_with_env(repo.path(), &["pre-commit", "--format", "json"], &[]);
    assert_exit(&json, 2);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap_or_default();
    assert_eq!(report["summary"]["not_analysed"], 1, "{report:#}");
}

#[test]
fn clean_staged_change_passes_and_says_what_it_judged() {
    let repo = git_repo();
    write(&repo.path().join("a.py"), b"x = 1\n");
    commit_all(repo.path(), "init");
    write(&repo.path().join("a.py"), b"x = 1\ny = 2\n");
    write(&repo.path().join("b.txt"), b"hello\n");
    git(repo.path(), &["add", "-A"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 0);
    assert!(
        stdout(&output).contains("scanned 2 files, 2 added lines: 0 blocking findings"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn secret_only_in_the_working_tree_passes() {
    let repo = git_repo();
    write(&repo.path().join("a.py"), b"x = 1\n");
    commit_all(repo.path(), "init");
    write(&repo.path().join("a.py"), b"x = 2\n");
    git(repo.path(), &["add", "a.py"]);
    write(
        &repo.path().join("a.py"),
        format!("x = 2\n{}", secret_line("worktree")).as_bytes(),
    );
    assert_exit(&pre_commit(repo.path()), 0);
}

#[test]
fn staged_secret_removed_from_the_working_tree_is_still_blocked() {
    let repo = git_repo();
    write(&repo.path().join("a.py"), b"x = 1\n");
    commit_all(repo.path(), "init");
    write(
        &repo.path().join("a.py"),
        format!("x = 1\n{}", secret_line("staged")).as_bytes(),
    );
    git(repo.path(), &["add", "a.py"]);
    write(&repo.path().join("a.py"), b"x = 1\n");
    let output = pre_commit(repo.path());
    assert_exit(&output, 1);
    assert!(stdout(&output).contains("a.py:2:10"), "{}", stdout(&output));
}

#[test]
fn secret_already_in_head_and_untouched_passes_unless_all_lines() {
    let repo = git_repo();
    let old = secret_line("old");
    write(
        &repo.path().join("a.py"),
        format!("{old}x = 1\n").as_bytes(),
    );
    commit_all(repo.path(), "init");
    write(
        &repo.path().join("a.py"),
        format!("{old}x = 2\n").as_bytes(),
    );
    git(repo.path(), &["add", "a.py"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 0);
    assert!(stdout(&output).contains("scanned 1 file, 1 added line"));
    let output = hook_with_env(repo.path(), &["pre-commit", "--all-lines"], &[]);
    assert_exit(&output, 1);
    assert!(stdout(&output).contains("a.py:1:10"), "{}", stdout(&output));
}

#[test]
fn rename_carries_old_lines_over_but_added_lines_count() {
    let repo = git_repo();
    let old = secret_line("renamed");
    write(
        &repo.path().join("old.py"),
        format!("{old}a = 1\nb = 2\nc = 3\n").as_bytes(),
    );
    commit_all(repo.path(), "init");
    git(repo.path(), &["mv", "old.py", "new.py"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 0);
    assert!(
        stdout(&output).contains("0 added lines"),
        "{}",
        stdout(&output)
    );

    let new = secret_line("in the rename");
    write(
        &repo.path().join("new.py"),
        format!("{old}a = 1\nb = 2\nc = 3\n{new}").as_bytes(),
    );
    git(repo.path(), &["add", "new.py"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 1);
    let out = stdout(&output);
    assert!(
        out.contains("new.py:5:10") && !out.contains("new.py:1:"),
        "{out}"
    );
}

#[test]
fn deleted_file_with_a_secret_passes_with_a_note() {
    let repo = git_repo();
    write(
        &repo.path().join("leak.py"),
        secret_line("deleted").as_bytes(),
    );
    write(&repo.path().join("keep.py"), b"x = 1\n");
    commit_all(repo.path(), "init");
    git(repo.path(), &["rm", "-q", "leak.py"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 0);
    assert!(
        stdout(&output).contains("leak.py: note: skipped, deleted"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn binary_file_is_skipped_with_a_note() {
    let repo = git_repo();
    let mut bytes = b"\x00\x01\x02PNG".to_vec();
    bytes.extend_from_slice(secret_line("binary").as_bytes());
    write(&repo.path().join("image.bin"), &bytes);
    git(repo.path(), &["add", "image.bin"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 0);
    let out = stdout(&output);
    assert!(out.contains("image.bin: note: skipped, binary"), "{out}");
    assert!(out.contains("scanned 0 files"), "{out}");
}

#[test]
fn fifty_megabyte_file_is_skipped_as_over_size_without_reading_it() {
    let repo = git_repo();
    let mut big = "x = 1\n".repeat(50 * 1024 * 1024 / 6);
    big.push_str(&secret_line("big"));
    write(&repo.path().join("big.py"), big.as_bytes());
    write(
        &repo.path().join("small.py"),
        secret_line("small").as_bytes(),
    );
    git(repo.path(), &["add", "-A"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 1);
    let out = stdout(&output);
    assert!(
        out.contains("big.py: note: skipped, 52428") && out.contains("over the size limit"),
        "{out}"
    );
    assert!(out.contains("small.py:1:10"), "{out}");
}

#[cfg(unix)]
#[test]
fn non_utf8_file_name_is_judged() {
    use std::os::unix::ffi::OsStrExt;
    let repo = git_repo();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.py");
    write(&repo.path().join(name), secret_line("latin1").as_bytes());
    git(repo.path(), &["add", "-A"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 1);
    assert!(
        stdout(&output).contains("caf\u{fffd}.py:1:10"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn never_writes_the_index_the_working_tree_or_refs() {
    let repo = git_repo();
    write(&repo.path().join("a.py"), b"x = 1\n");
    commit_all(repo.path(), "init");
    git(repo.path(), &["branch", "topic"]);
    write(
        &repo.path().join("a.py"),
        format!("x = 1\n{}", secret_line("readonly")).as_bytes(),
    );
    git(repo.path(), &["add", "a.py"]);
    // A worktree change that is not staged, and an untracked file.
    write(&repo.path().join("a.py"), b"x = 3\n");
    write(&repo.path().join("untracked.txt"), b"u\n");
    let before = snapshot(repo.path());
    assert!(before.iter().any(|(name, _)| name == ".git/index"));
    assert_exit(&pre_commit(repo.path()), 1);
    assert_exit(
        &hook_with_env(
            repo.path(),
            &["pre-commit", "--all-lines", "--format", "json"],
            &[],
        ),
        1,
    );
    assert_eq!(before, snapshot(repo.path()));
}

#[test]
fn git_index_file_override_is_what_gets_judged() {
    let repo = git_repo();
    write(&repo.path().join("a.py"), b"x = 1\n");
    commit_all(repo.path(), "init");
    write(
        &repo.path().join("a.py"),
        format!("x = 1\n{}", secret_line("override")).as_bytes(),
    );
    let other = repo.path().join(".git/other-index");
    let other_text = other.display().to_string();
    std::fs::copy(repo.path().join(".git/index"), &other).unwrap_or_default();
    let status = git_command(repo.path())
        .env("GIT_INDEX_FILE", &other)
        .args(["add", "a.py"])
        .status();
    assert!(status.is_ok_and(|s| s.success()));
    // The repository's own index is clean: only the override holds the secret.
    assert_exit(&pre_commit(repo.path()), 0);
    let output = hook_with_env(
        repo.path(),
        &["pre-commit"],
        &[("GIT_INDEX_FILE", &other_text)],
    );
    assert_exit(&output, 1);
    let missing = hook_with_env(
        repo.path(),
        &["pre-commit"],
        &[("GIT_INDEX_FILE", "/nonexistent/index")],
    );
    assert_exit(&missing, 2);
}

/// Installs the hook and checks a real `git commit` run through it.
fn commit_through_git(dir: &Path, args: &[&str]) -> Output {
    match git_command(dir).args(args).output() {
        Ok(output) => output,
        Err(e) => panic!("cannot run git: {e}"),
    }
}

fn head_count(dir: &Path) -> usize {
    let output = commit_through_git(dir, &["rev-list", "--count", "HEAD"]);
    stdout(&output).trim().parse().unwrap_or(0)
}

#[test]
fn installed_hook_blocks_git_commit_a_and_commit_with_paths() {
    let repo = git_repo();
    write(&repo.path().join("a.py"), b"x = 1\n");
    commit_all(repo.path(), "init");
    assert_exit(&hook_with_env(repo.path(), &["install"], &[]), 0);

    // Not staged: `git commit -a` stages it into a temporary index (GIT_INDEX_FILE).
    write(
        &repo.path().join("a.py"),
        format!("x = 1\n{}", secret_line("commit-a")).as_bytes(),
    );
    let output = commit_through_git(repo.path(), &["commit", "-a", "-m", "leak"]);
    assert!(!output.status.success(), "{}", stdout(&output));
    assert!(
        stderr(&output).contains("secret.github-pat")
            || stdout(&output).contains("secret.github-pat")
    );
    let output = commit_through_git(repo.path(), &["commit", "-m", "leak", "a.py"]);
    assert!(!output.status.success());
    assert_eq!(head_count(repo.path()), 1);

    write(&repo.path().join("a.py"), b"x = 2\n");
    let output = commit_through_git(repo.path(), &["commit", "-a", "-m", "clean"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(head_count(repo.path()), 2);
}

#[test]
fn core_hooks_path_is_respected_by_install_and_the_hook_runs_from_there() {
    let repo = git_repo();
    git(repo.path(), &["config", "core.hooksPath", ".githooks"]);
    let output = hook_with_env(repo.path(), &["install"], &[]);
    assert_exit(&output, 0);
    assert!(repo.path().join(".githooks/pre-commit").is_file());
    assert!(!repo.path().join(".git/hooks/pre-commit").exists());
    write(
        &repo.path().join("a.py"),
        secret_line("hookspath").as_bytes(),
    );
    git(repo.path(), &["add", "a.py"]);
    let output = commit_through_git(repo.path(), &["commit", "-m", "leak"]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("redflag blocked this commit")
            || stdout(&output).contains("redflag blocked this commit"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn linked_worktree_is_judged_and_install_uses_the_common_hooks_dir() {
    let repo = git_repo();
    write(&repo.path().join("a.py"), b"x = 1\n");
    commit_all(repo.path(), "init");
    let holder = support::tree(&[]);
    let worktree = holder.path().join("wt");
    git(
        repo.path(),
        &[
            "worktree",
            "add",
            "-q",
            "-b",
            "wt",
            &worktree.display().to_string(),
        ],
    );
    write(
        &worktree.join("b.py"),
        secret_line("worktree-linked").as_bytes(),
    );
    git(&worktree, &["add", "b.py"]);
    let output = pre_commit(&worktree);
    assert_exit(&output, 1);
    assert!(stdout(&output).contains("b.py:1:10"));
    // The main worktree's index is untouched and clean.
    assert_exit(&pre_commit(repo.path()), 0);
    assert_exit(&hook_with_env(&worktree, &["install"], &[]), 0);
    assert!(repo.path().join(".git/hooks/pre-commit").is_file());
    // And git itself runs it for a commit made in the linked worktree.
    let output = commit_through_git(&worktree, &["commit", "-q", "-m", "leak"]);
    assert!(!output.status.success(), "the commit should be blocked");
}

#[test]
fn unreadable_index_or_no_repository_is_an_error_never_a_pass() {
    let repo = git_repo();
    write(&repo.path().join("a.py"), b"x = 1\n");
    git(repo.path(), &["add", "a.py"]);
    write(
        &repo.path().join(".git/index"),
        b"DIRC garbage, not an index",
    );
    let output = pre_commit(repo.path());
    assert_exit(&output, 2);
    assert!(stderr(&output).contains("index"), "{}", stderr(&output));

    let plain = support::tree(&[("a.py", "x = 1\n")]);
    let output = hook_with_env(
        plain.path(),
        &["pre-commit"],
        &[("GIT_CEILING_DIRECTORIES", "/")],
    );
    assert_exit(&output, 2);
    assert!(stderr(&output).contains("not inside a git repository"));
}

#[test]
fn submodule_present_is_skipped_with_a_note_and_the_rest_is_judged() {
    let sub = git_repo();
    write(&sub.path().join("lib.py"), b"x = 1\n");
    commit_all(sub.path(), "sub");
    let repo = git_repo();
    let output = git_command(repo.path())
        .args(["-c", "protocol.file.allow=always", "submodule", "add", "-q"])
        .arg(sub.path())
        .arg("vendor/sub")
        .output();
    assert!(output.is_ok_and(|o| o.status.success()));
    write(
        &repo.path().join("a.py"),
        secret_line("with-submodule").as_bytes(),
    );
    git(repo.path(), &["add", "a.py"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 1);
    let out = stdout(&output);
    assert!(
        out.contains("vendor/sub: note: skipped, submodule"),
        "{out}"
    );
    assert!(out.contains("a.py:1:10"), "{out}");
}

#[test]
fn install_is_idempotent_and_refuses_foreign_hooks_unless_forced_or_chained() {
    let repo = git_repo();
    let hooks = repo.path().join(".git/hooks");
    let hook = hooks.join("pre-commit");
    assert_exit(&hook_with_env(repo.path(), &["install"], &[]), 0);
    let first = std::fs::read(&hook).unwrap_or_default();
    let again = hook_with_env(repo.path(), &["install"], &[]);
    assert_exit(&again, 0);
    assert!(stdout(&again).contains("already installed"));
    assert_eq!(first, std::fs::read(&hook).unwrap_or_default());
    assert_exit(&hook_with_env(repo.path(), &["uninstall"], &[]), 0);
    assert!(!hook.exists());

    // Someone else's hook: refused and untouched, then chained, then restored.
    let foreign = "#!/bin/sh\necho chained-ran > chained-ran.txt\n";
    write(&hook, foreign.as_bytes());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755));
    }
    let refused = hook_with_env(repo.path(), &["install"], &[]);
    assert_exit(&refused, 2);
    assert!(stderr(&refused).contains("not written by redflag"));
    assert_eq!(std::fs::read_to_string(&hook).unwrap_or_default(), foreign);
    let left = hook_with_env(repo.path(), &["uninstall"], &[]);
    assert!(stdout(&left).contains("left alone"));
    assert_eq!(std::fs::read_to_string(&hook).unwrap_or_default(), foreign);

    assert_exit(&hook_with_env(repo.path(), &["install", "--chain"], &[]), 0);
    assert!(hooks.join("pre-commit.pre-redflag").is_file());
    write(&repo.path().join("a.py"), b"x = 1\n");
    git(repo.path(), &["add", "a.py"]);
    let output = commit_through_git(repo.path(), &["commit", "-q", "-m", "clean"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(repo.path().join("chained-ran.txt").exists());
    assert_exit(&hook_with_env(repo.path(), &["uninstall"], &[]), 0);
    assert_eq!(std::fs::read_to_string(&hook).unwrap_or_default(), foreign);

    assert_exit(&hook_with_env(repo.path(), &["install", "--force"], &[]), 0);
    assert!(std::fs::read_to_string(&hook).is_ok_and(|s| s.contains("installed by redflag")));
}

#[test]
fn pre_push_judges_only_the_commits_being_pushed() {
    let remote = support::tree(&[]);
    git(remote.path(), &["init", "-q", "--bare", "-b", "main"]);
    let remote_url = remote.path().display().to_string();
    let repo = git_repo();
    git(repo.path(), &["remote", "add", "origin", &remote_url]);
    write(
        &repo.path().join("old.py"),
        secret_line("already-pushed").as_bytes(),
    );
    commit_all(repo.path(), "old leak, already public");
    git(
        repo.path(),
        &["push", "-q", "--no-verify", "origin", "main"],
    );
    let pushed = stdout(&git(repo.path(), &["rev-parse", "HEAD"]))
        .trim()
        .to_string();

    write(&repo.path().join("clean.py"), b"x = 1\n");
    commit_all(repo.path(), "clean");
    let clean = stdout(&git(repo.path(), &["rev-parse", "HEAD"]))
        .trim()
        .to_string();
    let push = |local: &str, remote_sha: &str| {
        let mut command = redflag();
        command
            .args(["hook", "pre-push", "origin", &remote_url])
            .current_dir(repo.path())
            .env_remove("GIT_DIR")
            .env_remove("GIT_INDEX_FILE")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let input = format!("refs/heads/main {local} refs/heads/main {remote_sha}\n");
        let child = command.spawn();
        let Ok(mut child) = child else {
            panic!("cannot run redflag");
        };
        if let Some(mut stdin) = child.stdin.take() {
            use std::io::Write;
            let _ = stdin.write_all(input.as_bytes());
        }
        match child.wait_with_output() {
            Ok(output) => output,
            Err(e) => panic!("redflag: {e}"),
        }
    };
    let zero = "0".repeat(40);
    // Existing branch, one clean commit on top of what the remote has.
    let output = push(&clean, &pushed);
    assert_exit(&output, 0);
    assert!(
        stdout(&output).contains("scanned 1 file, 1 added line"),
        "{}",
        stdout(&output)
    );
    // Deleting a branch pushes nothing.
    assert_exit(&push(&zero, &pushed), 0);

    // A commit made with --no-verify, then a clean one on top: the push is blocked.
    write(
        &repo.path().join("leak.py"),
        secret_line("no-verify").as_bytes(),
    );
    commit_all(repo.path(), "sneaky");
    write(&repo.path().join("leak.py"), b"x = 1\n");
    commit_all(repo.path(), "cover it up");
    let tip = stdout(&git(repo.path(), &["rev-parse", "HEAD"]))
        .trim()
        .to_string();
    let output = push(&tip, &pushed);
    assert_exit(&output, 1);
    let out = stdout(&output);
    assert!(
        out.contains("leak.py:1:10") && out.contains("(in commit "),
        "{out}"
    );
    assert!(out.contains("git push --no-verify"), "{out}");
    // A new branch: what the remote-tracking refs hold is not judged again.
    let output = push(&clean, &zero);
    assert_exit(&output, 0);

    // Through git itself, with the hook installed.
    assert_exit(
        &hook_with_env(repo.path(), &["install", "--hook", "pre-push"], &[]),
        0,
    );
    let output = commit_through_git(repo.path(), &["push", "-q", "origin", "main"]);
    assert!(!output.status.success(), "push should be blocked");
    let remote_head = stdout(&git(remote.path(), &["rev-parse", "main"]))
        .trim()
        .to_string();
    assert_eq!(remote_head, pushed);
}

#[test]
fn findings_below_the_fail_severity_are_shown_but_do_not_block() {
    let repo = git_repo();
    write(
        &repo.path().join("digest.py"),
        b"import hashlib\n\n\ndef digest(data):\n    return hashlib.md5(data).hexdigest()\n",
    );
    git(repo.path(), &["add", "digest.py"]);
    let output = pre_commit(repo.path());
    assert_exit(&output, 0);
    let out = stdout(&output);
    assert!(
        out.contains("digest.py:5:12: warning (not blocking) [py."),
        "{out}"
    );
    assert!(out.contains("0 blocking findings, 1 warning"), "{out}");
    let output = hook_with_env(repo.path(), &["pre-commit", "--fail-on", "warning"], &[]);
    assert_exit(&output, 1);
}

#[test]
fn json_output_carries_the_redacted_findings_and_the_summary_goes_to_stderr() {
    let repo = git_repo();
    let token = fake_github_token("json");
    write(
        &repo.path().join("app.py"),
        format!("token = \"{token}\"\n").as_bytes(),
    );
    git(repo.path(), &["add", "app.py"]);
    let output = hook_with_env(repo.path(), &["pre-commit", "--format", "json"], &[]);
    assert_exit(&output, 1);
    let report: serde_json::Value = match serde_json::from_slice(&output.stdout) {
        Ok(value) => value,
        Err(e) => panic!("not JSON ({e}): {}", stdout(&output)),
    };
    let finding = &report["findings"][0];
    assert_eq!(finding["rule_id"], "secret.github-pat");
    assert_eq!(finding["path"], "app.py");
    assert_eq!(finding["start"]["line"], 1);
    assert!(!stdout(&output).contains(&token));
    assert!(stderr(&output).contains("scanned 1 file, 1 added line"));
}

const TEAM_RULE: &str = "[[rules]]\nid = \"team.marker\"\ntitle = \"Team marker\"\nseverity = \"error\"\nregex = '''TEAM_MARKER_[0-9]{4}'''\n";

/// The rule ids of the findings the hook reports (JSON), sorted, with their paths.
fn reported(dir: &Path) -> (Option<i32>, Vec<(String, String)>) {
    let output = hook_with_env(
        dir,
        &["pre-commit", "--format", "json", "--min-severity", "info"],
        &[],
    );
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or(serde_json::Value::Null);
    let mut found: Vec<(String, String)> = json["findings"]
        .as_array()
        .map(|all| {
            all.iter()
                .map(|f| {
                    (
                        f["path"].as_str().unwrap_or_default().to_string(),
                        f["rule_id"].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    (output.status.code(), found)
}

#[test]
fn config_and_rule_folders_are_read_from_the_index_not_the_working_tree() {
    let repo = git_repo();
    let dir = repo.path();
    write(
        &dir.join("redflag.toml"),
        b"[rules]\npaths = [\"team-rules\"]\n",
    );
    write(&dir.join("team-rules/marker.toml"), TEAM_RULE.as_bytes());
    write(&dir.join("app.py"), b"import yaml\n");
    commit_all(dir, "config and team rules");

    // A file with the marker and an unsafe yaml load is staged.
    write(
        &dir.join("app.py"),
        b"import yaml\nx = 'TEAM_MARKER_1234'\nyaml.load(s)\n",
    );
    git(dir, &["add", "app.py"]);
    let marker = ("app.py".to_string(), "team.marker".to_string());
    let yaml = ("app.py".to_string(), "py.yaml-load-unsafe".to_string());
    assert_eq!(reported(dir).1, [yaml.clone(), marker.clone()]);

    // Unstaged: disabling the rule and deleting the team rule change nothing.
    write(
        &dir.join("redflag.toml"),
        b"[rules]\ndisable = [\"py.yaml-load-unsafe\"]\n",
    );
    std::fs::remove_dir_all(dir.join("team-rules")).unwrap_or_default();
    assert_eq!(reported(dir).1, [yaml.clone(), marker.clone()]);

    // Staged, the new config applies: no team rules, yaml disabled.
    git(dir, &["add", "-A"]);
    let (code, found) = reported(dir);
    assert_eq!((code, found), (Some(0), vec![]));

    // A staged change to a rule file under the configured folder applies too.
    write(
        &dir.join("redflag.toml"),
        b"[rules]\npaths = [\"team-rules\"]\n",
    );
    write(
        &dir.join("team-rules/marker.toml"),
        TEAM_RULE.replace("TEAM_MARKER_", "x = 'TEAM_").as_bytes(),
    );
    git(dir, &["add", "-A"]);
    assert_eq!(reported(dir).1, std::slice::from_ref(&yaml));
    write(&dir.join("team-rules/marker.toml"), TEAM_RULE.as_bytes());
    assert_eq!(
        reported(dir).1,
        std::slice::from_ref(&yaml),
        "unstaged rule change"
    );
    git(dir, &["add", "-A"]);
    assert_eq!(reported(dir).1, [yaml, marker]);
    // Judging read everything from git and wrote nothing.
    let before = snapshot(dir);
    let _ = reported(dir);
    assert!(before == snapshot(dir), "the hook wrote something");
}

#[test]
fn a_broken_staged_config_stops_the_commit_with_its_location() {
    let repo = git_repo();
    let dir = repo.path();
    write(&dir.join("sub/redflag.toml"), b"[scan]\nfial = 1\n");
    write(&dir.join("sub/app.py"), b"x = 1\n");
    git(dir, &["add", "-A"]);
    let output = pre_commit(dir);
    assert_exit(&output, 2);
    assert!(
        stderr(&output).contains("sub/redflag.toml:2:1"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn pre_push_judges_under_the_pushed_config_not_the_working_tree() {
    let remote = git_repo();
    git(
        remote.path(),
        &["config", "receive.denyCurrentBranch", "ignore"],
    );
    let repo = git_repo();
    let dir = repo.path();
    write(&dir.join("a.py"), b"import yaml\n");
    commit_all(dir, "base");
    let url = remote.path().to_str().unwrap_or_default().to_string();
    git(dir, &["remote", "add", "origin", &url]);
    git(dir, &["push", "-q", "--no-verify", "origin", "main"]);
    // The pushed commit disables the rule it would break; the working tree does not.
    write(
        &dir.join("redflag.toml"),
        b"[rules]\ndisable = [\"py.yaml-load-unsafe\"]\n",
    );
    write(&dir.join("a.py"), b"import yaml\nyaml.load(s)\n");
    commit_all(dir, "disable and use");
    write(&dir.join("redflag.toml"), b"");
    let head = String::from_utf8_lossy(&git(dir, &["rev-parse", "HEAD"]).stdout)
        .trim()
        .to_string();
    let base = String::from_utf8_lossy(&git(dir, &["rev-parse", "HEAD~1"]).stdout)
        .trim()
        .to_string();
    let mut command = redflag();
    command
        .args(["hook", "pre-push", "origin", &url])
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run redflag: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        let _ = writeln!(stdin, "refs/heads/main {head} refs/heads/main {base}");
    }
    let output = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("cannot wait for redflag: {e}"));
    assert_exit(&output, 0);
}
