//! The cache-tree fast path must list exactly what libgit2's full tree-to-index diff lists,
//! in real repositories built with the git command line (index versions 2, 3 and 4).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use redflag_git::changes::{self, Change};
use redflag_git::{cache_diff, index_file};
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn summary(changes: &[Change]) -> Vec<String> {
    let mut lines: Vec<String> = changes
        .iter()
        .map(|c| {
            format!(
                "{:?} {} {} {:?} {:?}",
                c.kind, c.path, c.new_id, c.new_mode, c.old_id
            )
        })
        .collect();
    lines.sort();
    lines
}

/// Both paths on the repository's current index; `None` when the fast path defers.
fn compare(dir: &Path) -> Option<Vec<String>> {
    let repo = git2::Repository::open(dir).unwrap();
    let head = redflag_git::repo::head_tree(&repo).unwrap();
    let data = std::fs::read(dir.join(".git/index")).unwrap();
    let parsed = index_file::parse(&data).unwrap();
    let fast = cache_diff::staged(&repo, head.as_ref(), &parsed).unwrap()?;
    let index = repo.index().unwrap();
    let full = changes::staged(&repo, head.as_ref(), &index).unwrap();
    // libgit2 lists a `git add -N` entry as an added empty file; git (and the fast path)
    // leave it out. Empty either way: nothing in it can be judged.
    let empty_blob = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391";
    let full: Vec<String> = summary(&full)
        .into_iter()
        .filter(|line| !line.contains(empty_blob))
        .collect();
    assert_eq!(summary(&fast), full);
    Some(summary(&fast))
}

fn scenario(version: &str) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    git(d, &["config", "index.version", version]);
    for i in 0..30 {
        write(
            d,
            &format!("pkg{}/sub/m{i}.py", i % 3),
            &format!("x = {i}\n"),
        );
    }
    write(d, "top.txt", "top\n");
    write(d, "tool.sh", "#!/bin/sh\n");
    git(d, &["add", "-A"]);
    // The initial commit: everything is added.
    let initial = compare(d).expect("no HEAD: nothing deleted, fast path decides");
    assert_eq!(initial.len(), 32);
    git(d, &["commit", "-q", "-m", "init"]);
    assert_eq!(compare(d), Some(vec![]));

    write(d, "pkg1/sub/m1.py", "x = 1\ny = 2\n");
    write(d, "pkg2/new/deep/n.py", "n = 1\n");
    git(d, &["add", "-A"]);
    git(d, &["update-index", "--chmod=+x", "tool.sh"]);
    write(d, "later.py", "l = 1\n");
    git(d, &["add", "-N", "later.py"]);
    let listed = compare(d).expect("no deletions: fast path decides");
    assert_eq!(listed.len(), 3, "{listed:#?}");

    git(d, &["commit", "-q", "-m", "two"]);
    git(d, &["rm", "-q", "--cached", "pkg0/sub/m3.py"]);
    write(d, "pkg0/sub/m6.py", "changed\n");
    git(d, &["add", "pkg0/sub/m6.py"]);
    let listed = compare(d).expect("deletion without addition: fast path decides");
    assert_eq!(listed.len(), 2, "{listed:#?}");

    // Added and deleted together may be a rename: the fast path defers to libgit2.
    git(d, &["mv", "top.txt", "moved.txt"]);
    assert_eq!(compare(d), None);
}

#[test]
fn fast_path_matches_libgit2_on_index_v2() {
    scenario("2");
}

#[test]
fn fast_path_matches_libgit2_on_index_v3() {
    scenario("3");
}

#[test]
fn fast_path_matches_libgit2_on_index_v4() {
    scenario("4");
}
