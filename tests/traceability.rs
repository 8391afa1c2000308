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

#[test]
fn config_ignores_carry_reasons_and_expiries_and_unused_ones_are_reported_in_a_full_scan() {
    let repo = git_repo();
    let dir = repo.path();
    write(
        &dir.join("redflag.toml"),
        b"[ignore]\n\
          paths = [\n\
            { path = \"vendor/**\", reason = \"third-party code\" },\n\
            { path = \"legacy/**\", reason = \"until the rewrite\", until = \"2001-01-01\" },\n\
            \"nothing-here/**\",\n\
          ]\n\
          values = [{ value = \"^sk_test_\", reason = \"test keys of the payment sandbox\" }]\n",
    );
    write(
        &dir.join("vendor/lib.py"),
        secret_line("config-vendor").as_bytes(),
    );
    write(
        &dir.join("legacy/old.py"),
        secret_line("config-legacy").as_bytes(),
    );
    commit_all(dir, "config");
    let output = run(dir, &["scan", "--format", "json"]);
    assert_exit(&output, 1);
    assert_eq!(
        rules_and_lines(&json_of(&output)),
        set(&[
            ("secret.github-pat", 1),
            ("redflag.expired-suppression", 4),
            ("redflag.unused-suppression", 5),
            ("redflag.unused-suppression", 7),
        ])
    );
    let report = json_of(&output);
    let findings = report["findings"].as_array().unwrap();
    let legacy = findings
        .iter()
        .find(|f| f["rule_id"] == "secret.github-pat")
        .unwrap();
    assert_eq!(legacy["path"], "legacy/old.py");
    let expired = findings
        .iter()
        .find(|f| f["rule_id"] == "redflag.expired-suppression")
        .unwrap();
    assert_eq!(expired["path"], "redflag.toml");
    assert!(
        expired["message"]
            .as_str()
            .unwrap()
            .contains("expired on 2001-01-01")
    );
    // A scan of one folder says nothing about unused entries.
    let partial = run(dir, &["scan", "--format", "json", "vendor"]);
    assert_exit(&partial, 0);
    // A bad date is a located config error.
    write(
        &dir.join("redflag.toml"),
        b"[ignore]\npaths = [{ path = \"x/**\", until = \"someday\" }]\n",
    );
    let bad = run(dir, &["scan"]);
    assert_exit(&bad, 2);
    assert!(
        stderr(&bad).contains("redflag.toml:2:10"),
        "{}",
        stderr(&bad)
    );
}

// ---------------------------------------------------------------- 2. baseline

#[test]
fn a_baseline_accepts_what_exists_moving_it_keeps_it_accepted_and_new_secrets_are_reported() {
    let repo = git_repo();
    let dir = repo.path();
    let old_a = secret_line("baseline-a");
    let old_b = secret_line("baseline-b");
    write(
        &dir.join("app/settings.py"),
        format!("import os\n{old_a}\nDEBUG = False\n").as_bytes(),
    );
    write(
        &dir.join("tools/run.py"),
        format!("{old_b}x = eval(input())\n").as_bytes(),
    );
    commit_all(dir, "old code with findings");
    assert_exit(&run(dir, &["scan", "--format", "json"]), 1);

    let created = run(dir, &["baseline", "create"]);
    assert_exit(&created, 0);
    assert!(
        stdout(&created).contains("3 finding(s) recorded"),
        "{}",
        stdout(&created)
    );
    let text = std::fs::read_to_string(dir.join(".redflag-baseline.json")).unwrap();
    let baseline: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(baseline["version"], 1);
    assert_eq!(baseline["entries"].as_array().unwrap().len(), 3);
    // No secret, no line number.
    for seed in ["baseline-a", "baseline-b"] {
        let token = fake_github_token(seed);
        assert!(
            !text.contains(&token) && !text.contains(&token[..12]),
            "{text}"
        );
    }
    assert!(!text.contains("\"line\""), "{text}");

    let scanned = run(
        dir,
        &[
            "scan",
            "--format",
            "json",
            "--baseline",
            ".redflag-baseline.json",
        ],
    );
    assert_exit(&scanned, 0);
    assert!(rules_and_lines(&json_of(&scanned)).is_empty());
    assert!(
        stderr(&scanned).contains("3 finding(s) in the baseline"),
        "{}",
        stderr(&scanned)
    );
    commit_all(dir, "baseline");

    // Moving a baselined line (and re-indenting nothing else) does not resurrect it, in a
    // scan or in the hook, which reads the committed baseline by itself.
    write(
        &dir.join("app/settings.py"),
        format!("import os\nDEBUG = False\n\n\n{old_a}").as_bytes(),
    );
    git(dir, &["add", "-A"]);
    let hook = run(dir, &["hook", "pre-commit", "--format", "json"]);
    assert_exit(&hook, 0);
    assert!(rules_and_lines(&json_of(&hook)).is_empty());
    assert!(
        stderr(&hook).contains("(1 in the baseline, not shown)"),
        "{}",
        stderr(&hook)
    );
    let scanned = run(
        dir,
        &[
            "scan",
            "--format",
            "json",
            "--baseline",
            ".redflag-baseline.json",
        ],
    );
    assert_exit(&scanned, 0);

    // A new secret is reported by both.
    let new = secret_line("baseline-new");
    write(
        &dir.join("app/settings.py"),
        format!("import os\nDEBUG = False\nother = 1\n{new}\n{old_a}").as_bytes(),
    );
    git(dir, &["add", "-A"]);
    let hook = run(dir, &["hook", "pre-commit", "--format", "json"]);
    assert_exit(&hook, 1);
    assert_eq!(
        rules_and_lines(&json_of(&hook)),
        set(&[("secret.github-pat", 4)])
    );
    let scanned = run(
        dir,
        &[
            "scan",
            "--format",
            "json",
            "--baseline",
            ".redflag-baseline.json",
        ],
    );
    assert_exit(&scanned, 1);
    assert_eq!(
        rules_and_lines(&json_of(&scanned)),
        set(&[("secret.github-pat", 4)])
    );
    // Without the baseline everything is back.
    let all = run(dir, &["scan", "--format", "json"]);
    assert_eq!(json_of(&all)["findings"].as_array().unwrap().len(), 4);
}

#[test]
fn baseline_update_drops_entries_that_match_nothing_and_keeps_reasons() {
    let repo = git_repo();
    let dir = repo.path();
    write(&dir.join("a.py"), secret_line("update-a").as_bytes());
    write(&dir.join("b.py"), secret_line("update-b").as_bytes());
    commit_all(dir, "two secrets");
    assert_exit(&run(dir, &["baseline", "create", "-o", "base.json"]), 0);
    let text = std::fs::read_to_string(dir.join("base.json")).unwrap();
    let mut baseline: Value = serde_json::from_str(&text).unwrap();
    baseline["entries"][0]["reason"] = Value::from("rotated, removal tracked in SEC-41");
    write(&dir.join("base.json"), baseline.to_string().as_bytes());
    std::fs::remove_file(dir.join("b.py")).unwrap();
    let updated = run(dir, &["baseline", "update", "-o", "base.json"]);
    assert_exit(&updated, 0);
    assert!(
        stdout(&updated).contains("kept 1, dropped 1"),
        "{}",
        stdout(&updated)
    );
    let after: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("base.json")).unwrap()).unwrap();
    let entries = after["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["path"], "a.py");
    assert_eq!(entries[0]["reason"], "rotated, removal tracked in SEC-41");
    // A baseline of another version is refused, not half-read.
    write(&dir.join("v9.json"), b"{\"version\": 9, \"entries\": []}");
    let refused = run(dir, &["scan", "--baseline", "v9.json"]);
    assert_exit(&refused, 2);
    assert!(
        stderr(&refused).contains("version 9"),
        "{}",
        stderr(&refused)
    );
}

// ---------------------------------------------------------------- 3. audit

fn assert_valid_sarif(document: &Value) {
    let schema_path = support::repo_root().join("tests/sarif/sarif-schema-2.1.0.json");
    let schema: Value = serde_json::from_slice(&std::fs::read(&schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(document)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF schema errors:\n{}",
        errors.join("\n")
    );
}

/// A repository whose exceptions were added by two people: a justified suppression, an
/// unused and an expired one, a config ignore, and a baseline entry.
fn audited_repo() -> tempfile::TempDir {
    let repo = git_repo();
    let dir = repo.path();
    write(
        &dir.join("redflag.toml"),
        b"[ignore]\npaths = [\"vendor/**\"]  # third-party code, scanned upstream\n",
    );
    write(
        &dir.join("app/calc.py"),
        b"a = eval(input())  # redflag: ignore[py.eval-non-literal] -- input is a constant table\n",
    );
    write(&dir.join("tools/keys.py"), secret_line("audit").as_bytes());
    write(&dir.join("vendor/lib.py"), b"x = eval(input())\n");
    commit_all(dir, "calc");
    assert_exit(&run(dir, &["baseline", "create"]), 0);
    let path = dir.join(".redflag-baseline.json");
    let mut baseline: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(baseline["entries"].as_array().unwrap().len(), 1);
    baseline["entries"][0]["reason"] =
        Value::from("rotated on 2024-05-07, history rewrite pending");
    write(
        &path,
        serde_json::to_string_pretty(&baseline).unwrap().as_bytes(),
    );
    commit_all(dir, "baseline");
    write(
        &dir.join("app/old.py"),
        b"b = 1  # redflag: ignore[py.eval-non-literal]\n\
          c = eval(input())  # redflag: ignore[py.eval-non-literal] until=2001-01-01 -- migration\n",
    );
    git(dir, &["add", "-A"]);
    support::git_command(dir)
        .args(["commit", "-q", "--no-verify", "-m", "old code"])
        .env("GIT_AUTHOR_NAME", "Bob Builder")
        .env("GIT_AUTHOR_EMAIL", "bob@example.invalid")
        .env("GIT_AUTHOR_DATE", "2024-05-06T10:00:00Z")
        .output()
        .unwrap();
    repo
}

#[test]
fn audit_lists_every_exception_with_reason_author_date_and_flags_unused_and_expired_ones() {
    let repo = audited_repo();
    let dir = repo.path();
    let output = run(dir, &["audit", "--format", "json"]);
    assert_exit(&output, 0);
    let report = json_of(&output);
    let exceptions = report["exceptions"].as_array().unwrap();
    let at = |file: &str, line: u64| {
        exceptions
            .iter()
            .find(|e| e["file"] == file && e["line"] == line)
            .unwrap_or_else(|| panic!("no exception at {file}:{line} in {exceptions:#?}"))
    };
    let justified = at("app/calc.py", 1);
    assert_eq!(justified["kind"], "inline");
    assert_eq!(justified["status"], "active");
    assert_eq!(justified["reason"], "input is a constant table");
    assert_eq!(justified["rules"][0], "py.eval-non-literal");
    assert_eq!(justified["silenced"], 1);
    assert_eq!(justified["added_by"]["author"], "redflag test");
    assert_eq!(justified["added_by"]["commit"].as_str().unwrap().len(), 40);
    let unused = at("app/old.py", 1);
    assert_eq!(unused["status"], "unused");
    assert_eq!(unused["reason"], Value::Null);
    assert_eq!(unused["added_by"]["author"], "Bob Builder");
    assert_eq!(unused["added_by"]["date"], "2024-05-06");
    let expired = at("app/old.py", 2);
    assert_eq!(expired["status"], "expired");
    assert_eq!(expired["until"], "2001-01-01");
    let config = at("redflag.toml", 2);
    assert_eq!(config["kind"], "config-path");
    assert_eq!(config["applies_to"], "vendor/**");
    assert_eq!(config["reason"], "third-party code, scanned upstream");
    let baselined: Vec<&Value> = exceptions
        .iter()
        .filter(|e| e["kind"] == "baseline")
        .collect();
    assert!(!baselined.is_empty());
    let secret = baselined
        .iter()
        .find(|e| e["rules"][0] == "secret.github-pat")
        .unwrap();
    assert_eq!(secret["file"], ".redflag-baseline.json");
    assert_eq!(secret["applies_to"], "tools/keys.py");
    assert_eq!(secret["status"], "active");
    assert_eq!(
        secret["reason"],
        "rotated on 2024-05-07, history rewrite pending"
    );
    assert_eq!(secret["added_by"]["author"], "redflag test");
    let totals = &report["totals"];
    assert_eq!(totals["per_folder"]["app/"], 3);
    assert!(totals["per_rule"]["py.eval-non-literal"].as_u64().unwrap() >= 3);
    let token = fake_github_token("audit");
    for format in ["human", "json", "markdown", "sarif"] {
        let output = run(dir, &["audit", "--format", format]);
        assert!(
            !stdout(&output).contains(&token[4..]),
            "{format} shows the secret"
        );
    }
    let markdown = stdout(&run(dir, &["audit", "--format", "markdown"]));
    assert!(markdown.contains("| `app/calc.py:1` | inline suppression | py.eval-non-literal | active | input is a constant table |"), "{markdown}");
    let human = stdout(&run(dir, &["audit"]));
    assert!(
        human.contains(
            "app/old.py:2: inline suppression [py.eval-non-literal] expired on 2001-01-01"
        ),
        "{human}"
    );
    assert!(
        human.contains("added by: Bob Builder <bob@example.invalid> on 2024-05-06"),
        "{human}"
    );
}

#[test]
fn audit_sarif_shows_suppressed_results_with_their_justification_and_passes_the_schema() {
    let repo = audited_repo();
    let output = run(repo.path(), &["audit", "--format", "sarif"]);
    assert_exit(&output, 0);
    let sarif = json_of(&output);
    assert_valid_sarif(&sarif);
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let suppression_of = |rule: &str, kind: &str| {
        results
            .iter()
            .filter(|r| r["ruleId"] == rule)
            .find_map(|r| {
                r["suppressions"]
                    .as_array()
                    .filter(|s| s[0]["kind"] == kind)
            })
            .unwrap_or_else(|| panic!("no {kind} suppression of {rule} in {results:#?}"))
            .clone()
    };
    let in_source = suppression_of("py.eval-non-literal", "inSource");
    assert_eq!(in_source[0]["justification"], "input is a constant table");
    let external = suppression_of("secret.github-pat", "external");
    assert_eq!(
        external[0]["justification"],
        "rotated on 2024-05-07, history rewrite pending"
    );
    // The expired suppression silences nothing: its finding is an open result.
    assert!(results.iter().any(|r| r["ruleId"] == "py.eval-non-literal"
        && r["suppressions"].is_null()
        && r["locations"][0]["physicalLocation"]["region"]["startLine"] == 2));
}

#[test]
fn audit_fails_on_unjustified_exceptions_when_asked() {
    let repo = audited_repo();
    let output = run(
        repo.path(),
        &["audit", "--fail-on-unjustified", "--format", "json"],
    );
    assert_exit(&output, 1);
    assert!(
        stderr(&output).contains("app/old.py:1: inline suppression without a reason"),
        "{}",
        stderr(&output)
    );
}

// ---------------------------------------------------------------- 4. history

fn commit_as(dir: &Path, message: &str, author: &str, date: &str) {
    git(dir, &["add", "-A"]);
    let output = support::git_command(dir)
        .args(["commit", "-q", "--no-verify", "-m", message])
        .env("GIT_AUTHOR_NAME", author)
        .env(
            "GIT_AUTHOR_EMAIL",
            format!("{}@example.invalid", author.to_lowercase()),
        )
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
}

fn head_of(dir: &Path) -> String {
    stdout(&git(dir, &["rev-parse", "HEAD"])).trim().to_string()
}

#[test]
fn history_finds_a_secret_deleted_since_with_its_first_commit_and_author_once() {
    let repo = git_repo();
    let dir = repo.path();
    let token = fake_github_token("history-old");
    write(&dir.join("README.md"), b"# service\n");
    commit_as(dir, "start", "Alice", "2023-01-02T10:00:00Z");
    write(
        &dir.join("config/dev.py"),
        format!("token = \"{token}\"\n").as_bytes(),
    );
    commit_as(dir, "add dev config", "Mallory", "2023-02-03T10:00:00Z");
    let leaked_in = head_of(dir);
    // Copied to another file and touched again: still one finding, at its first commit.
    write(
        &dir.join("config/prod.py"),
        format!("debug = False\nkey = \"{token}\"\n").as_bytes(),
    );
    commit_as(dir, "copy to prod", "Bob", "2023-03-04T10:00:00Z");
    std::fs::remove_file(dir.join("config/dev.py")).unwrap();
    std::fs::remove_file(dir.join("config/prod.py")).unwrap();
    commit_as(dir, "remove configs", "Alice", "2023-04-05T10:00:00Z");

    // Nothing is left in the working tree.
    let now = run(dir, &["scan", "--format", "json"]);
    assert_exit(&now, 0);

    let output = run(dir, &["scan", "--history", "--format", "json"]);
    assert_exit(&output, 1);
    let report = json_of(&output);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let finding = &findings[0];
    assert_eq!(finding["rule_id"], "secret.github-pat");
    assert_eq!(finding["path"], "config/dev.py");
    assert_eq!(finding["commit"]["id"], leaked_in.as_str());
    assert_eq!(finding["commit"]["author"], "Mallory");
    assert_eq!(finding["commit"]["date"], "2023-02-03");
    assert_eq!(finding["commit"]["added_in_commits"], 2);
    assert_eq!(report["summary"]["commits_scanned"], 4);
    let human = run(dir, &["scan", "--history"]);
    assert_exit(&human, 1);
    let text = stdout(&human);
    assert!(
        text.contains(&format!(
            "commit {} by Mallory <mallory@example.invalid> on 2023-02-03: add dev config",
            &leaked_in[..12]
        )),
        "{text}"
    );
    let sarif = run(dir, &["scan", "--history", "--format", "sarif"]);
    assert_exit(&sarif, 1);
    let sarif_log = json_of(&sarif);
    assert_valid_sarif(&sarif_log);
    assert_eq!(
        sarif_log["runs"][0]["results"][0]["properties"]["commit"]["id"],
        leaked_in.as_str()
    );
    for output in [&output, &human, &sarif] {
        assert!(!stdout(output).contains(&token) && !stderr(output).contains(&token));
        assert!(!stdout(output).contains(&token[4..20]));
    }
    // A range, --since and --max-count narrow the commits: without the first commit, the
    // copy is where the secret first appears.
    let range = format!("{leaked_in}..HEAD");
    let since = ["--since", "2023-03-01"];
    for narrowed in [vec![range.as_str()], since.to_vec()] {
        let mut args = vec!["scan", "--history"];
        args.extend(narrowed);
        args.extend(["--format", "json"]);
        let later = run(dir, &args);
        assert_exit(&later, 1);
        let later = json_of(&later);
        assert_eq!(later["summary"]["commits_scanned"], 2);
        assert_eq!(later["findings"][0]["path"], "config/prod.py");
        assert_eq!(later["findings"][0]["commit"]["author"], "Bob");
    }
    let newest = run(
        dir,
        &["scan", "--history", "--max-count", "3", "--format", "json"],
    );
    let newest = json_of(&newest);
    assert_eq!(newest["summary"]["commits_scanned"], 3);
    assert_eq!(newest["findings"][0]["commit"]["author"], "Mallory");
}

#[test]
fn history_respects_the_baseline_and_the_configs_ignores() {
    let repo = git_repo();
    let dir = repo.path();
    write(
        &dir.join("redflag.toml"),
        b"[ignore]\npaths = [\"fixtures/**\"]\n",
    );
    write(
        &dir.join("fixtures/sample.py"),
        secret_line("history-fixture").as_bytes(),
    );
    write(
        &dir.join("app.py"),
        secret_line("history-accepted").as_bytes(),
    );
    commit_as(dir, "one", "Alice", "2023-01-02T10:00:00Z");
    assert_exit(&run(dir, &["baseline", "create"]), 0);
    commit_as(dir, "baseline", "Alice", "2023-01-03T10:00:00Z");
    let output = run(
        dir,
        &[
            "scan",
            "--history",
            "--format",
            "json",
            "--baseline",
            ".redflag-baseline.json",
        ],
    );
    assert_exit(&output, 0);
    assert!(json_of(&output)["findings"].as_array().unwrap().is_empty());
    write(
        &dir.join("app.py"),
        format!(
            "{}{}",
            secret_line("history-accepted"),
            secret_line("history-new")
        )
        .as_bytes(),
    );
    commit_as(dir, "two", "Bob", "2023-01-04T10:00:00Z");
    let output = run(
        dir,
        &[
            "scan",
            "--history",
            "--format",
            "json",
            "--baseline",
            ".redflag-baseline.json",
        ],
    );
    assert_exit(&output, 1);
    let report = json_of(&output);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["start"]["line"], 2);
    assert_eq!(findings[0]["commit"]["author"], "Bob");
}

// ---------------------------------------------------------------- 5. pre-push

/// `redflag hook pre-push` with git's ref-update line for `local` over `remote_sha`.
fn pre_push(dir: &Path, local: &str, remote_sha: &str) -> Output {
    use std::io::Write;
    let mut child = redflag()
        .args(["hook", "pre-push", "origin", "unused-url"])
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let input = format!("refs/heads/main {local} refs/heads/main {remote_sha}\n");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn pre_push_judges_every_pushed_commit_and_applies_the_committed_baseline() {
    let repo = git_repo();
    let dir = repo.path();
    write(
        &dir.join("old.py"),
        format!("{}DEBUG = 1\n", secret_line("push-accepted")).as_bytes(),
    );
    commit_as(dir, "old", "Alice", "2023-01-02T10:00:00Z");
    assert_exit(&run(dir, &["baseline", "create"]), 0);
    commit_as(dir, "baseline", "Alice", "2023-01-03T10:00:00Z");
    let published = head_of(dir);
    // Three commits: a secret in the first, another in the second, both gone at the tip.
    write(&dir.join("a.py"), secret_line("push-first").as_bytes());
    commit_as(dir, "first", "Bob", "2023-01-04T10:00:00Z");
    write(&dir.join("b.py"), secret_line("push-second").as_bytes());
    // Moving the baselined line into another commit does not resurrect it.
    write(
        &dir.join("old.py"),
        format!("DEBUG = 1\n{}", secret_line("push-accepted")).as_bytes(),
    );
    commit_as(dir, "second", "Bob", "2023-01-05T10:00:00Z");
    std::fs::remove_file(dir.join("a.py")).unwrap();
    std::fs::remove_file(dir.join("b.py")).unwrap();
    commit_as(dir, "clean up", "Bob", "2023-01-06T10:00:00Z");
    let tip = head_of(dir);
    let output = pre_push(dir, &tip, &published);
    assert_exit(&output, 1);
    let out = stdout(&output);
    assert!(out.contains("a.py:1:10") && out.contains("first"), "{out}");
    assert!(out.contains("b.py:1:10") && out.contains("second"), "{out}");
    assert!(!out.contains("old.py"), "{out}");
    assert!(out.contains("(1 in the baseline, not shown)"), "{out}");
    assert!(
        out.contains("blocking findings") || out.contains("2 blocking"),
        "{out}"
    );
}

/// Every ref is walked by default (a secret on an unmerged branch is found) and a merge is
/// judged against its first parent only, so what a merged branch brought is one finding, at
/// the branch's commit, not again at the merge.
#[test]
fn history_walks_every_branch_and_a_merge_does_not_repeat_a_finding() {
    let repo = git_repo();
    let dir = repo.path();
    write(&dir.join("app.py"), b"x = 1\n");
    commit_as(dir, "start", "Alice", "2023-01-02T10:00:00Z");
    git(dir, &["checkout", "-q", "-b", "feature"]);
    write(
        &dir.join("feature.py"),
        secret_line("history-branch").as_bytes(),
    );
    commit_as(dir, "feature with a key", "Bob", "2023-01-03T10:00:00Z");
    let on_branch = head_of(dir);
    git(dir, &["checkout", "-q", "-b", "spike", "main"]);
    write(
        &dir.join("spike.py"),
        secret_line("history-spike").as_bytes(),
    );
    commit_as(dir, "unmerged spike", "Carol", "2023-01-04T10:00:00Z");
    git(dir, &["checkout", "-q", "main"]);
    write(&dir.join("app.py"), b"x = 2\n");
    commit_as(dir, "main moves on", "Alice", "2023-01-05T10:00:00Z");
    let merge = support::git_command(dir)
        .args(["merge", "-q", "--no-ff", "--no-edit", "feature"])
        .env("GIT_AUTHOR_DATE", "2023-01-06T10:00:00Z")
        .env("GIT_COMMITTER_DATE", "2023-01-06T10:00:00Z")
        .output()
        .unwrap();
    assert!(merge.status.success(), "{}", stderr(&merge));

    let output = run(dir, &["scan", "--history", "--format", "json"]);
    assert_exit(&output, 1);
    let report = json_of(&output);
    let found: BTreeSet<(String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["commit"]["author"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String)> = [("feature.py", "Bob"), ("spike.py", "Carol")]
        .iter()
        .map(|(p, a)| (p.to_string(), a.to_string()))
        .collect();
    assert_eq!(found, expected);
    assert_eq!(report["summary"]["commits_scanned"], 5);
    let feature = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "feature.py")
        .unwrap();
    assert_eq!(feature["commit"]["id"], on_branch.as_str());
    // Only main's history: the spike is not in it.
    let main_only = run(dir, &["scan", "--history", "main", "--format", "json"]);
    assert_exit(&main_only, 1);
    let main_only = json_of(&main_only);
    assert_eq!(main_only["findings"].as_array().unwrap().len(), 1);
    assert_eq!(main_only["summary"]["commits_scanned"], 4);
}

/// `[scan] baseline` names the file: `baseline create` writes it, `scan` applies it without
/// `--baseline`, and the hook applies it as committed, not as staged.
#[test]
fn the_configs_baseline_is_used_by_scan_and_by_the_hook_as_committed() {
    let repo = git_repo();
    let dir = repo.path();
    write(
        &dir.join("redflag.toml"),
        b"[scan]\nbaseline = \"security/accepted.json\"\n",
    );
    write(&dir.join("security/.keep"), b"");
    write(
        &dir.join("app.py"),
        format!("{}DEBUG = 1\n", secret_line("config-baseline-old")).as_bytes(),
    );
    commit_all(dir, "old");
    assert_exit(&run(dir, &["baseline", "create"]), 0);
    assert!(dir.join("security/accepted.json").is_file());
    assert_exit(&run(dir, &["scan"]), 0);
    assert_exit(&run(dir, &["scan", "--no-baseline"]), 1);

    // Not committed yet: the hook does not take it from the working tree.
    // The baselined line moves (so the commit adds it again), and the value is copied.
    write(
        &dir.join("app.py"),
        format!("DEBUG = 1\n{}", secret_line("config-baseline-old")).as_bytes(),
    );
    write(
        &dir.join("lib.py"),
        secret_line("config-baseline-old").as_bytes(),
    );
    git(dir, &["add", "app.py", "lib.py"]);
    let paths = |hook: &Output| -> Vec<String> {
        json_of(hook)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_string())
            .collect()
    };
    let hook = run(dir, &["hook", "pre-commit", "--format", "json"]);
    assert_exit(&hook, 1);
    assert_eq!(paths(&hook), ["app.py", "lib.py"]);
    git(dir, &["reset", "-q"]);
    git(dir, &["add", "security/accepted.json"]);
    git(dir, &["commit", "-q", "--no-verify", "-m", "accept"]);
    // Committed: the old finding is accepted, the same value in a new file is not.
    git(dir, &["add", "app.py", "lib.py"]);
    let hook = run(dir, &["hook", "pre-commit", "--format", "json"]);
    assert_exit(&hook, 1);
    assert_eq!(paths(&hook), ["lib.py"]);
}
