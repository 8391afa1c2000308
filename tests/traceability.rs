//! End-to-end tests of traceability (issue 14) on real git repositories: suppressions with a
//! reason and an expiry, unused and expired ones reported, baselines, the audit report and
//! history scans.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;
use support::{fake_github_token, git, git_repo, redflag, stderr, stdout, write};

/// `redflag args...` in `dir` with a neutral git environment.
fn run(dir: &Path, args: &[&str]) -> Output {
    redflag()
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("redflag runs")
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
    assert!(!stderr(output).contains("panicked"), "{}", stderr(output));
}

fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", stdout(output), stderr(output)))
}

/// (rule id, line) of every finding of a JSON report.
fn rules_and_lines(report: &Value) -> BTreeSet<(String, u64)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap().to_string(),
                f["start"]["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn set(items: &[(&str, u64)]) -> BTreeSet<(String, u64)> {
    items.iter().map(|(r, l)| (r.to_string(), *l)).collect()
}

fn commit_all(dir: &Path, message: &str) {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "--no-verify", "-m", message]);
}

fn secret_line(seed: &str) -> String {
    format!("token = \"{}\"\n", fake_github_token(seed))
}

// ---------------------------------------------------------------- 1. suppressions

#[test]
fn suppressions_with_reasons_expiries_unused_and_bare_ones_in_a_scan() {
    let repo = git_repo();
    write(
        &repo.path().join("app.py"),
        b"a = eval(input())  # redflag: ignore[py.eval-non-literal] until=2099-01-01 -- constant table\n\
          b = 1  # redflag: ignore[py.eval-non-literal] -- left behind\n\
          c = eval(input())  # redflag: ignore[py.eval-non-literal] until=2001-01-01 -- expired\n\
          d = eval(input())  # redflag: ignore\n\
          # redflag: ignore[py.eval-non-literal, py.exec-used] -- one of two is used\n\
          e = eval(input())\n",
    );
    commit_all(repo.path(), "app");
    let output = run(repo.path(), &["scan", "--format", "json"]);
    assert_exit(&output, 1);
    let report = json_of(&output);
    assert_eq!(
        rules_and_lines(&report),
        set(&[
            ("redflag.unused-suppression", 2),
            ("py.eval-non-literal", 3),
            ("redflag.expired-suppression", 3),
            ("py.eval-non-literal", 4),
            ("redflag.suppress-all", 4),
            ("redflag.unused-suppression", 5),
        ])
    );
    let findings = report["findings"].as_array().unwrap();
    let unused: Vec<&Value> = findings
        .iter()
        .filter(|f| f["rule_id"] == "redflag.unused-suppression")
        .collect();
    // The whole marker goes when nothing in it is used, one id when the rest is.
    let text = std::fs::read_to_string(repo.path().join("app.py")).unwrap();
    let apply = |finding: &Value| {
        let edit = &finding["fix"]["edits"][0];
        let span = edit["byte_span"].as_array().unwrap();
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        format!(
            "{}{}{}",
            &text[..a],
            edit["replacement"].as_str().unwrap(),
            &text[b..]
        )
    };
    let whole = apply(unused[0]);
    assert!(whole.contains("\nb = 1\nc = "), "{whole}");
    let one = apply(unused[1]);
    assert!(
        one.contains("# redflag: ignore[py.eval-non-literal] -- one of two is used\n"),
        "{one}"
    );
    assert!(
        unused[1]["message"]
            .as_str()
            .unwrap()
            .contains("py.exec-used")
    );
    let expired = findings
        .iter()
        .find(|f| f["rule_id"] == "redflag.expired-suppression")
        .unwrap();
    assert!(
        expired["message"]
            .as_str()
            .unwrap()
            .contains("expired on 2001-01-01")
    );
}

#[test]
fn an_unclosed_marker_is_reported_and_silences_nothing_in_the_hook_too() {
    let repo = git_repo();
    write(
        &repo.path().join("app.py"),
        b"x = eval(input())  # redflag: ignore[py.eval-non-literal -- forgot the bracket\n",
    );
    git(repo.path(), &["add", "-A"]);
    let output = run(repo.path(), &["hook", "pre-commit", "--format", "json"]);
    assert_exit(&output, 1);
    assert_eq!(
        rules_and_lines(&json_of(&output)),
        set(&[
            ("py.eval-non-literal", 1),
            ("redflag.malformed-suppression", 1)
        ])
    );
}
