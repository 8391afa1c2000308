//! End-to-end tests of the `redflag` binary: scans of a seeded project, exit codes, every
//! broken-rule and broken-config case, redaction in every format, SARIF schema validation and
//! the `rules` subcommands.
// A failed unwrap in a test is a test failure with a clear message, which is what we want.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;
use support::{run_in, stderr, stdout, tree, write};

/// A GitHub classic token with a valid checksum, generated at test time (never committed).
fn fake_token() -> String {
    redflag_core::fixtures::fake::expand("{{fake:github:ghp}}", "tests/cli.rs").unwrap()
}

const INSECURE_PY: &str = "\
import subprocess
import yaml

def run(cmd):
    subprocess.call(cmd, shell=True)

def load(stream):
    return yaml.load(stream)

result = eval(input())
";

const INSECURE_RS: &str = "\
fn client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder().danger_accept_invalid_certs(true).build()
}
";

const CLEAN_PY: &str = "\
import os
import yaml

def add(a, b):
    return a + b

config = yaml.safe_load(open(os.environ[\"CONFIG\"]))
";

const CLEAN_RS: &str = "\
fn client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder().https_only(true).build()
}
";

/// A project with one of each kind of input a scan meets. Returns the folder and the token.
fn seeded_project() -> (tempfile::TempDir, String) {
    let token = fake_token();
    let settings = format!("# settings\nGITHUB_TOKEN = \"{token}\"\nDEBUG = False\n");
    let dir = tree(&[
        ("redflag.toml", "[scan]\nfail_on = \"error\"\n"),
        ("app/insecure.py", INSECURE_PY),
        ("app/settings.py", &settings),
        ("app/clean.py", CLEAN_PY),
        ("src/insecure.rs", INSECURE_RS),
        ("src/clean.rs", CLEAN_RS),
        ("README.md", "# demo\n\nNothing to see here.\n"),
    ]);
    // A binary file holding a token after a NUL byte: skipped, never scanned.
    let mut binary = b"\x7fELF\x00\x01\x02".to_vec();
    binary.extend_from_slice(token.as_bytes());
    write(&dir.path().join("assets/blob.bin"), &binary);
    // Not valid UTF-8 (Latin-1 bytes): still scanned, positions still right.
    write(
        &dir.path().join("app/latin1.py"),
        b"# caf\xe9 \xff\xfe\nname = \"\xe9t\xe9\"\nvalue = eval(name)\n",
    );
    // One 300 kB line followed by a flagged call: finding on line 2, short excerpts.
    let mut huge = format!("data = \"{}\"\n", "a".repeat(300_000)).into_bytes();
    huge.extend_from_slice(b"result = eval(data)\n");
    write(&dir.path().join("app/huge_line.py"), &huge);
    (dir, token)
}

fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}):\n{}\nstderr:\n{}",
            stdout(output),
            stderr(output)
        )
    })
}

/// (path, rule id, line, column) of every finding in a JSON report.
fn finding_keys(report: &Value) -> BTreeSet<(String, String, u64, u64)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["rule_id"].as_str().unwrap().to_string(),
                f["start"]["line"].as_u64().unwrap(),
                f["start"]["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn key(path: &str, rule: &str, line: u64, column: u64) -> (String, String, u64, u64) {
    (path.to_string(), rule.to_string(), line, column)
}

fn assert_exit(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "exit code\nstdout:\n{}\nstderr:\n{}",
        stdout(output),
        stderr(output)
    );
    assert!(
        !stderr(output).contains("panicked"),
        "redflag panicked:\n{}",
        stderr(output)
    );
}

// ---------------------------------------------------------------------------------------
// Scans of the seeded project
// ---------------------------------------------------------------------------------------

#[test]
fn scan_reports_each_seeded_example_with_rule_line_and_column() {
    let (dir, _) = seeded_project();
    let output = run_in(
        dir.path(),
        &["scan", "--format", "json", "--min-severity", "info"],
    );
    assert_exit(&output, 1);
    let found = finding_keys(&json_of(&output));
    for expected in [
        key("app/insecure.py", "py.subprocess-shell-true", 5, 5),
        key("app/insecure.py", "py.yaml-load-unsafe", 8, 12),
        key("app/insecure.py", "py.eval-non-literal", 10, 10),
        key("app/settings.py", "secret.github-pat", 2, 17),
        key("src/insecure.rs", "rs.tls-verification-disabled", 2, 32),
        key("app/latin1.py", "py.eval-non-literal", 3, 9),
        key("app/huge_line.py", "py.eval-non-literal", 2, 10),
    ] {
        assert!(
            found.contains(&expected),
            "missing {expected:?} in {found:#?}"
        );
    }
    let on_clean: Vec<_> = found
        .iter()
        .filter(|(path, ..)| path.contains("clean") || path.ends_with(".md"))
        .collect();
    assert!(on_clean.is_empty(), "findings on clean files: {on_clean:?}");
    assert!(
        !found.iter().any(|(path, ..)| path.ends_with(".bin")),
        "binary file was scanned: {found:?}"
    );
}

#[test]
fn scan_counts_binary_files_as_skipped() {
    let (dir, _) = seeded_project();
    let report = json_of(&run_in(dir.path(), &["scan", "--format", "json"]));
    assert_eq!(report["summary"]["skipped_binary"], 1);
    assert_eq!(report["skipped"][0]["path"], "assets/blob.bin");
    assert_eq!(report["skipped"][0]["reason"], "binary");
    let human = stdout(&run_in(dir.path(), &["scan"]));
    assert!(human.contains("skipped 1 binary"), "{human}");
}

#[test]
fn scan_skips_files_over_the_size_limit_with_a_note() {
    let (dir, _) = seeded_project();
    write(
        &dir.path().join("redflag.toml"),
        b"[scan]\nmax_file_size = 100000\n",
    );
    // Only the huge-line file is over 100 kB.
    let report = json_of(&run_in(dir.path(), &["scan", "--format", "json"]));
    assert_eq!(report["summary"]["skipped_large"], 1);
    let skipped: Vec<&Value> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["path"] == "app/huge_line.py")
        .collect();
    assert_eq!(skipped.len(), 1, "{report:#}");
    assert!(
        skipped[0]["reason"]
            .as_str()
            .unwrap()
            .contains("over the size limit"),
        "{report:#}"
    );
    let human = stdout(&run_in(dir.path(), &["scan"]));
    assert!(human.contains("1 over the size limit"), "{human}");
    assert!(
        human.contains("app/huge_line.py: skipped: over the size limit"),
        "{human}"
    );
}

#[test]
fn huge_line_excerpt_is_shortened() {
    let (dir, _) = seeded_project();
    let report = json_of(&run_in(dir.path(), &["scan", "--format", "json"]));
    let huge: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"] == "app/huge_line.py")
        .collect();
    assert!(!huge.is_empty(), "{report:#}");
    for finding in huge {
        let excerpt = finding["excerpt"].as_str().unwrap();
        assert!(excerpt.chars().count() <= 200, "excerpt too long");
    }
}

#[test]
fn deeply_nested_code_neither_crashes_nor_hangs() {
    let depth = 20_000;
    let nested = format!("x = {}eval(y){}\n", "(".repeat(depth), ")".repeat(depth));
    let dir = tree(&[("nested.py", &nested)]);
    let started = std::time::Instant::now();
    let output = run_in(dir.path(), &["scan", "--format", "json"]);
    assert!(output.status.code() == Some(0) || output.status.code() == Some(1));
    assert_exit(&output, output.status.code().unwrap_or(-1));
    assert_eq!(json_of(&output)["summary"]["files_scanned"], 1);
    assert!(
        started.elapsed().as_secs() < 60,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn paths_are_relative_to_the_project_with_forward_slashes() {
    let (dir, _) = seeded_project();
    // Scanning a sub-folder still reports paths from the project root (the config's folder).
    let report = json_of(&run_in(dir.path(), &["scan", "--format", "json", "src"]));
    let paths: BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, BTreeSet::from(["src/insecure.rs"]));
}

#[test]
fn a_single_file_given_by_relative_path_is_shown_relative() {
    // Regression: `redflag scan app.py` without a config showed an absolute path.
    let dir = tree(&[("app.py", INSECURE_PY)]);
    let report = json_of(&run_in(dir.path(), &["scan", "--format", "json", "app.py"]));
    let paths: BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, BTreeSet::from(["app.py"]));
}

#[test]
fn clean_project_exits_zero() {
    let dir = tree(&[("clean.py", CLEAN_PY), ("src/clean.rs", CLEAN_RS)]);
    let output = run_in(dir.path(), &["scan"]);
    assert_exit(&output, 0);
    assert!(
        stdout(&output).contains("0 findings"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn findings_at_the_fail_severity_exit_one() {
    let dir = tree(&[("insecure.py", INSECURE_PY)]);
    assert_exit(&run_in(dir.path(), &["scan"]), 1);
}

#[test]
fn fail_on_decides_which_severity_fails_the_run() {
    // Only a warning: passes by default, fails with --fail-on warning or the config's fail_on.
    let dir = tree(&[(
        "run.py",
        "import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n",
    )]);
    let output = run_in(dir.path(), &["scan"]);
    assert_exit(&output, 0);
    assert!(
        stdout(&output).contains("py.subprocess-shell-true"),
        "{}",
        stdout(&output)
    );
    assert_exit(&run_in(dir.path(), &["scan", "--fail-on", "warning"]), 1);
    write(
        &dir.path().join("redflag.toml"),
        b"[scan]\nfail_on = \"warning\"\n",
    );
    assert_exit(&run_in(dir.path(), &["scan"]), 1);
    // The command line wins over the config.
    assert_exit(&run_in(dir.path(), &["scan", "--fail-on", "error"]), 0);
}

#[test]
fn min_severity_hides_lower_findings() {
    let dir = tree(&[("insecure.py", INSECURE_PY)]);
    let report = json_of(&run_in(
        dir.path(),
        &["scan", "--format", "json", "--min-severity", "error"],
    ));
    let severities: BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["severity"].as_str().unwrap())
        .collect();
    assert_eq!(severities, BTreeSet::from(["error"]));
    let all = json_of(&run_in(
        dir.path(),
        &["scan", "--format", "json", "--min-severity", "info"],
    ));
    assert!(
        all["findings"].as_array().unwrap().len() > report["findings"].as_array().unwrap().len()
    );
}

#[test]
fn config_ignore_paths_skip_files() {
    let (dir, _) = seeded_project();
    write(
        &dir.path().join("redflag.toml"),
        b"[ignore]\npaths = [\"app/**\", \"src/insecure.rs\"]\n",
    );
    let output = run_in(dir.path(), &["scan", "--format", "json"]);
    assert_exit(&output, 0);
    assert_eq!(finding_keys(&json_of(&output)), BTreeSet::new());
}

#[test]
fn config_ignores_a_value_by_its_digest() {
    let token = fake_token();
    let dir = tree(&[("app.py", &format!("token = \"{token}\"\n"))]);
    assert_exit(&run_in(dir.path(), &["scan", "--format", "json"]), 1);
    let digest = redflag_core::report::ignored_value::digest_entry(token.as_bytes());
    write(
        &dir.path().join("redflag.toml"),
        format!("[ignore]\nvalues = [\"{digest}\"]\n").as_bytes(),
    );
    let output = run_in(dir.path(), &["scan", "--format", "json"]);
    assert_exit(&output, 0);
    assert_eq!(finding_keys(&json_of(&output)), BTreeSet::new());
}

#[test]
fn inline_suppression_hides_the_finding() {
    let dir = tree(&[(
        "app.py",
        "x = eval(input())  # redflag: ignore[py.eval-non-literal]\n\
         # redflag: ignore[py.eval-non-literal] -- reviewed\ny = eval(input())\n",
    )]);
    let output = run_in(dir.path(), &["scan", "--format", "json"]);
    assert_exit(&output, 0);
    assert_eq!(finding_keys(&json_of(&output)), BTreeSet::new());
}

/// Issue 10 #5: a suppression marker with an unclosed rule list, or none, silenced every rule
/// on its line. It silences nothing and is reported (issue 14: the bare one as suppress-all).
#[test]
fn malformed_suppressions_silence_nothing_and_are_reported() {
    let dir = tree(&[(
        "app.py",
        "x = eval(input())  # redflag: ignore\n\
         # redflag: ignore[py.eval-non-literal\ny = eval(input())\n\
         z = eval(input())  # redflag: ignore[]\n",
    )]);
    let output = run_in(dir.path(), &["scan", "--format", "json"]);
    assert_exit(&output, 1);
    let found: BTreeSet<(String, u64)> = finding_keys(&json_of(&output))
        .into_iter()
        .map(|(_, rule, line, _)| (rule, line))
        .collect();
    let expected = [
        ("py.eval-non-literal", 1),
        ("py.eval-non-literal", 3),
        ("py.eval-non-literal", 4),
        ("redflag.suppress-all", 1),
        ("redflag.malformed-suppression", 2),
        ("redflag.malformed-suppression", 4),
    ];
    let expected: BTreeSet<(String, u64)> =
        expected.iter().map(|(r, l)| (r.to_string(), *l)).collect();
    assert_eq!(found, expected);
}

#[test]
fn no_progress_output_when_stderr_is_not_a_terminal() {
    let (dir, _) = seeded_project();
    let output = run_in(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(stderr(&output), "");
}

#[test]
fn config_given_by_relative_path_roots_the_project_in_its_folder() {
    // Regression: `--config redflag.toml` made the root an empty path, so paths came out
    // absolute.
    let dir = tree(&[
        ("settings.toml", "[scan]\nfail_on = \"error\"\n"),
        ("app/run.py", INSECURE_PY),
    ]);
    let report = json_of(&run_in(
        dir.path(),
        &[
            "scan",
            "--config",
            "settings.toml",
            "--format",
            "json",
            "app",
        ],
    ));
    let paths: BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, BTreeSet::from(["app/run.py"]));
}

/// Issue 10 #2: a path outside the project root reached the `[ignore] paths` matcher, which
/// asserts that paths are under its root (exit 101).
#[test]
fn paths_outside_the_project_root_with_ignore_paths_do_not_panic() {
    let project = tree(&[
        (
            "redflag.toml",
            "[ignore]\npaths = [\"vendor/\", \"*.log\"]\n",
        ),
        ("app/run.py", INSECURE_PY),
    ]);
    let other = tree(&[("lib/run.py", INSECURE_PY), ("vendor/x.py", INSECURE_PY)]);
    let other_path = other.path().to_str().unwrap();
    let output = run_in(
        project.path(),
        &["scan", "--format", "json", ".", other_path],
    );
    assert_exit(&output, 1);
    let report = json_of(&output);
    let paths: BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains("app/run.py"), "{paths:?}");
    assert!(paths.iter().any(|p| p.ends_with("lib/run.py")), "{paths:?}");
    // The config's ignores are relative to its own folder; elsewhere they do not apply.
    assert!(
        paths.iter().any(|p| p.ends_with("vendor/x.py")),
        "{paths:?}"
    );

    let config = project.path().join("redflag.toml");
    let output = run_in(
        other.path(),
        &["scan", "--config", config.to_str().unwrap(), "."],
    );
    assert_exit(&output, 1);
}

/// Whether permissions are enforced on `locked` (mode 000): not for root, which reads
/// anything. Tests that need it say loudly that they skip their assertions.
fn permissions_enforced(locked: &Path, test: &str) -> bool {
    let enforced = std::fs::read_dir(locked).is_err() && std::fs::read(locked).is_err();
    if !enforced {
        eprintln!(
            "\n!!! {test}: running with permission checks off (root?): a mode-000 folder is \
             still readable, so the unreadable-folder ASSERTIONS ARE SKIPPED. Run as an \
             ordinary user to check them. !!!\n"
        );
    }
    enforced
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Issue 10 #9: unreadable folders were skipped without a word. They are said on stderr,
/// counted in the summary, and a scan that could read nothing exits 2.
#[cfg(unix)]
#[test]
fn unreadable_folders_are_reported_and_counted_and_nothing_read_exits_two() {
    let dir = tree(&[("ok.py", CLEAN_PY), ("locked/app.py", INSECURE_PY)]);
    let locked = dir.path().join("locked");
    set_mode(&locked, 0o000);
    let enforced = permissions_enforced(&locked, "unreadable_folders_are_reported");
    let json = run_in(dir.path(), &["scan", "--format", "json"]);
    let human = run_in(dir.path(), &["scan"]);
    let only_locked = run_in(dir.path(), &["scan", "locked"]);
    set_mode(&locked, 0o755);
    if !enforced {
        // Root reads the folder: a normal scan, with its findings.
        assert_exit(&json, 1);
        return;
    }
    assert_exit(&json, 0);
    assert!(
        stderr(&json).contains("redflag: locked: could not read: "),
        "{}",
        stderr(&json)
    );
    let report = json_of(&json);
    assert_eq!(report["summary"]["unreadable"], 1, "{report:#}");
    assert_eq!(report["summary"]["files_scanned"], 1);
    assert_eq!(report["skipped"][0]["path"], "locked");
    assert!(
        report["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("unreadable: ")
    );
    assert_exit(&human, 0);
    assert!(
        stdout(&human).contains(", 1 unreadable"),
        "{}",
        stdout(&human)
    );
    assert!(stderr(&human).contains("locked: could not read"));
    assert_exit(&only_locked, 2);
    assert!(
        stderr(&only_locked).contains("nothing could be read"),
        "{}",
        stderr(&only_locked)
    );
}

/// Issue 10 #9, where permissions cannot be taken away (root): a file whose read fails.
/// `/proc/self/mem` opens, and reading it at offset 0 fails (EIO) for any user.
#[cfg(target_os = "linux")]
#[test]
fn a_file_that_cannot_be_read_is_reported_and_alone_exits_two() {
    let dir = tree(&[("ok.py", CLEAN_PY)]);
    let output = run_in(dir.path(), &["scan", "--format", "json", "/proc/self/mem"]);
    assert_exit(&output, 2);
    assert!(
        stderr(&output).contains("mem: could not read: "),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("nothing could be read"));
    let report = json_of(&output);
    assert_eq!(report["summary"]["unreadable"], 1, "{report:#}");
    let output = run_in(
        dir.path(),
        &["scan", "--format", "json", ".", "/proc/self/mem"],
    );
    assert_exit(&output, 0);
    assert_eq!(json_of(&output)["summary"]["unreadable"], 1);
}

/// A file that panics the engine in test builds (feature `fault-injection`), quoting it.
const PANICS: &str = "redflag-fault-injection: panic\npassword = \"Zq8wLm3nPxKd7Rt2\"\n";

/// A panic on one file is contained: the file is reported as not analysed (stderr, summary,
/// JSON), the other files are judged, the run exits 2, and the panic's message (which can
/// quote the file) is not printed.
#[test]
fn a_panic_on_one_file_is_contained_and_reported_and_exits_two() {
    let dir = tree(&[("boom.py", PANICS), ("app/insecure.py", INSECURE_PY)]);
    let output = run_in(dir.path(), &["scan", "--format", "json"]);
    assert_exit(&output, 2);
    let report = json_of(&output);
    assert_eq!(report["summary"]["not_analysed"], 1, "{report:#}");
    assert_eq!(report["skipped"][0]["path"], "boom.py");
    assert!(
        report["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("not analysed: internal error")
    );
    let found = finding_keys(&report);
    assert!(
        found.iter().any(|(path, ..)| path == "app/insecure.py"),
        "{found:?}"
    );
    let err = stderr(&output);
    assert!(
        err.contains("redflag: boom.py: internal error, not analysed"),
        "{err}"
    );
    assert!(err.contains("redflag: internal error at "), "{err}");
    assert!(
        !err.contains("Zq8wLm3nPxKd7Rt2") && !err.contains("injected"),
        "{err}"
    );
    let human = run_in(dir.path(), &["scan"]);
    assert_exit(&human, 2);
    assert!(
        stdout(&human).contains(", 1 not analysed (internal error)"),
        "{}",
        stdout(&human)
    );
}

#[test]
fn output_file_receives_the_report() {
    let (dir, _) = seeded_project();
    let output = run_in(
        dir.path(),
        &["scan", "--format", "json", "-o", "report.json"],
    );
    assert_exit(&output, 1);
    assert_eq!(stdout(&output), "");
    let written = std::fs::read(dir.path().join("report.json")).unwrap();
    let report: Value = serde_json::from_slice(&written).unwrap();
    assert_eq!(report["version"], 1);
}

#[test]
fn version_flag_prints_the_version() {
    let dir = tree(&[]);
    let output = run_in(dir.path(), &["--version"]);
    assert_exit(&output, 0);
    assert_eq!(
        stdout(&output).trim(),
        format!("redflag {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_two() {
    let dir = tree(&[("a.py", "x = 1\n")]);
    for args in [
        &["scan", "--format", "xml"][..],
        &["scan", "--fail-on", "critical"],
        &["scan", "--min-severity", "loud"],
        &["scan", "--no-such-flag"],
        &["scan", "no/such/path"],
    ] {
        let output = run_in(dir.path(), args);
        assert_exit(&output, 2);
        assert!(!stderr(&output).is_empty(), "{args:?}: no message");
    }
    let output = run_in(dir.path(), &["scan", "no/such/path"]);
    assert!(
        stderr(&output).contains("no/such/path: no such file or folder"),
        "{}",
        stderr(&output)
    );
}

// ---------------------------------------------------------------------------------------
// Secrets never leak
// ---------------------------------------------------------------------------------------

fn scan_output(dir: &Path, format: &str, show: bool) -> Output {
    let mut args = vec!["scan", "--format", format, "--min-severity", "info"];
    if show {
        args.push("--show-secrets");
    }
    run_in(dir, &args)
}

#[test]
fn full_secret_appears_in_no_output_format_by_default() {
    let (dir, token) = seeded_project();
    for format in ["human", "json", "sarif"] {
        let output = scan_output(dir.path(), format, false);
        assert_exit(&output, 1);
        let all = format!("{}{}", stdout(&output), stderr(&output));
        assert!(all.contains("secret.github-pat"), "{format}: {all}");
        assert!(!all.contains(&token), "{format} output leaks the secret");
        // Not even the random part, nor a long prefix of it.
        assert!(!all.contains(&token[4..20]), "{format} leaks part of it");
        assert!(
            all.contains("*****"),
            "{format}: no redacted excerpt:\n{all}"
        );
    }
}

#[test]
fn show_secrets_prints_the_full_secret_in_every_format() {
    let (dir, token) = seeded_project();
    for format in ["human", "json", "sarif"] {
        let output = scan_output(dir.path(), format, true);
        assert_exit(&output, 1);
        assert!(
            stdout(&output).contains(&token),
            "{format} with --show-secrets lacks the secret:\n{}",
            stdout(&output)
        );
    }
}

// ---------------------------------------------------------------------------------------
// JSON and SARIF
// ---------------------------------------------------------------------------------------

#[test]
fn json_report_has_the_documented_shape() {
    let (dir, _) = seeded_project();
    let report = json_of(&run_in(dir.path(), &["scan", "--format", "json"]));
    assert_eq!(report["version"], 1);
    assert_eq!(report["tool"]["name"], "redflag");
    assert_eq!(report["summary"]["fail_on"], "error");
    let secret = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "secret.github-pat")
        .unwrap();
    for field in [
        "title",
        "severity",
        "confidence",
        "category",
        "cwe",
        "path",
        "start",
        "end",
        "byte_span",
        "message",
        "excerpt",
        "fingerprint",
        "fix",
    ] {
        assert!(secret.get(field).is_some(), "no `{field}` in {secret:#}");
    }
    assert_eq!(secret["category"], "secret");
    assert_eq!(secret["cwe"], 798);
    // The byte span covers the token in the file.
    let text = std::fs::read(dir.path().join("app/settings.py")).unwrap();
    let span = secret["byte_span"].as_array().unwrap();
    let (start, end) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    assert!(text[start..end].starts_with(b"ghp_"));
}

#[test]
fn fingerprints_do_not_change_when_code_moves() {
    let (dir, _) = seeded_project();
    let before = json_of(&run_in(dir.path(), &["scan", "--format", "json"]));
    let moved = format!("\n\n# moved down\n{INSECURE_PY}");
    write(&dir.path().join("app/insecure.py"), moved.as_bytes());
    let after = json_of(&run_in(dir.path(), &["scan", "--format", "json"]));
    let prints = |report: &Value| -> BTreeSet<String> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["fingerprint"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(prints(&before), prints(&after));
    assert_ne!(finding_keys(&before), finding_keys(&after));
}

fn sarif_validator() -> jsonschema::Validator {
    let schema_path = support::repo_root().join("tests/sarif/sarif-schema-2.1.0.json");
    let schema: Value = serde_json::from_slice(&std::fs::read(&schema_path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn assert_valid_sarif(document: &Value) {
    let validator = sarif_validator();
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

#[test]
fn sarif_output_validates_against_the_sarif_2_1_0_schema() {
    let (dir, _) = seeded_project();
    let output = scan_output(dir.path(), "sarif", false);
    assert_exit(&output, 1);
    let sarif = json_of(&output);
    assert_valid_sarif(&sarif);

    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for result in results {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(
            result["partialFingerprints"]
                .as_object()
                .is_some_and(|p| !p.is_empty())
        );
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
    }
    let categories: BTreeSet<&str> = rules
        .iter()
        .map(|r| r["properties"]["category"].as_str().unwrap())
        .collect();
    assert_eq!(categories, BTreeSet::from(["insecure-pattern", "secret"]));
    for rule in rules {
        assert!(!rule["help"]["text"].as_str().unwrap().is_empty());
    }
}

#[test]
fn sarif_of_a_clean_scan_is_valid_too() {
    let dir = tree(&[("clean.py", CLEAN_PY)]);
    let output = run_in(dir.path(), &["scan", "--format", "sarif"]);
    assert_exit(&output, 0);
    assert_valid_sarif(&json_of(&output));
}

#[test]
fn schema_check_rejects_a_broken_sarif_document() {
    // Guards the test above: the schema really is enforced.
    let validator = sarif_validator();
    let broken = serde_json::json!({ "version": "2.1.0", "runs": [{ "results": [] }] });
    assert!(!validator.is_valid(&broken));
}

// ---------------------------------------------------------------------------------------
// Broken rule files: file:line:col, the reason, exit 2, no panic
// ---------------------------------------------------------------------------------------

const GOOD_RULE: &str = r#";; ---
;; id = "team.eval-call"
;; title = "eval call"
;; severity = "error"
;; confidence = "high"
;; message = "`{{func}}` runs code"
;; keywords = ["eval"]
;; ---
;; ## Why it matters
;; It runs code.

(call
  function: (identifier) @func
  (#eq? @func "eval")) @finding
"#;

/// Scans a clean file with one extra rule folder holding `rules` (path, text).
fn scan_with_rules(rules: &[(&str, &str)]) -> (tempfile::TempDir, Output) {
    let mut files = vec![("clean.py", CLEAN_PY)];
    files.extend(rules.iter().map(|(p, t)| (*p, *t)));
    let dir = tree(&files);
    let output = run_in(dir.path(), &["scan", "--rules", "rules", "clean.py"]);
    (dir, output)
}

fn assert_rule_error(rules: &[(&str, &str)], location: &str, reason: &str) {
    let (_dir, output) = scan_with_rules(rules);
    assert_exit(&output, 2);
    let err = stderr(&output);
    assert!(
        err.contains(&format!("{location}: ")),
        "expected `{location}` in:\n{err}"
    );
    assert!(err.contains(reason), "expected `{reason}` in:\n{err}");
    assert_eq!(stdout(&output), "", "a broken rule must stop the scan");
}

#[test]
fn good_rule_folder_loads_and_runs() {
    let dir = tree(&[
        ("run.py", "x = eval(input())\n"),
        ("rules/python/eval-call.scm", GOOD_RULE),
    ]);
    let output = run_in(dir.path(), &["scan", "--rules", "rules", "--no-builtin"]);
    assert_exit(&output, 1);
    assert!(
        stdout(&output).contains("run.py:1:5: error [team.eval-call] `eval` runs code"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn broken_rule_bad_toml_header() {
    let rule = GOOD_RULE.replace(r#";; title = "eval call""#, ";; title = eval call");
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:3:12",
        "invalid TOML",
    );
}

#[test]
fn broken_rule_unclosed_header() {
    let rule = GOOD_RULE.replacen(";; ---\n;; ## Why", ";; ## Why", 1);
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:1:1",
        "not closed by a `;; ---` line",
    );
}

#[test]
fn broken_rule_query_does_not_compile_against_its_grammar() {
    let rule = GOOD_RULE.replace("(identifier) @func", "(identifer) @func");
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:13:14",
        "does not compile against the python grammar",
    );
}

#[test]
fn broken_rule_query_syntax_error() {
    let rule = GOOD_RULE.replace(
        r#"(#eq? @func "eval")) @finding"#,
        r#"(#eq? @func "eval") @finding"#,
    );
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:14:23",
        "does not compile against the python grammar",
    );
}

/// Found by the fuzz tests: a group holding only predicates, followed by a capture, made
/// tree-sitter abort the process (an assertion in `ts_query_new`; with `+`, it never
/// returned). It is refused, located, before tree-sitter sees it.
#[test]
fn broken_rule_group_of_predicates_only_is_an_error_not_an_abort() {
    let rule = GOOD_RULE.replace(
        r#"(#eq? @func "eval")) @finding"#,
        r#"((#eq? @func "eval")) @x) @finding"#,
    );
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:14:3",
        "matches no node",
    );
    let rule = GOOD_RULE.replace(
        r#"(#eq? @func "eval")) @finding"#,
        r#"((#eq? @func "eval"))+) @finding"#,
    );
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:14:3",
        "matches no node",
    );
}

#[test]
fn broken_rule_bad_regex_in_query_predicate() {
    let rule = GOOD_RULE.replace(r#"(#eq? @func "eval")"#, r#"(#match? @func "eval(")"#);
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:14:18",
        "Invalid regex 'eval('",
    );
}

#[test]
fn broken_rule_bad_requires_regex() {
    let rule = GOOD_RULE.replace(
        ";; keywords = [\"eval\"]",
        ";; keywords = [\"eval\"]\n;; requires = 'eval('",
    );
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:8:15",
        "invalid regex",
    );
}

#[test]
fn broken_rule_bad_regex_in_requires_list() {
    let rule = GOOD_RULE.replace(
        ";; keywords = [\"eval\"]",
        ";; keywords = [\"eval\"]\n;; requires = ['eval', 'input(']",
    );
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:8:15",
        "invalid regex",
    );
}

/// Paths flagged by the test rule with this `requires` header line, over a file that calls
/// `eval(input())` and one that calls `eval(data)`.
fn flagged_with_requires(requires: &str) -> Vec<String> {
    let rule = GOOD_RULE.replace(
        ";; keywords = [\"eval\"]",
        &format!(";; keywords = [\"eval\"]\n;; requires = {requires}"),
    );
    let dir = tree(&[
        ("rules/python/eval-call.scm", &rule),
        ("flagged.py", "eval(input())\n"),
        ("skipped.py", "eval(data)\n"),
    ]);
    let output = run_in(
        dir.path(),
        &[
            "scan",
            "--no-builtin",
            "--rules",
            "rules",
            "--format",
            "json",
            "flagged.py",
            "skipped.py",
        ],
    );
    json_of(&output)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["path"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn every_regex_of_a_requires_list_must_match() {
    assert_eq!(
        flagged_with_requires(r"['eval\(', '\binput\b']"),
        vec!["flagged.py"]
    );
}

#[test]
fn requires_regex_limits_the_files_a_query_rule_runs_on() {
    assert_eq!(flagged_with_requires(r"'eval\(input'"), vec!["flagged.py"]);
}

#[test]
fn broken_rule_bad_regex_in_text_rule() {
    let rule = "[[rules]]\nid = \"team.token\"\ntitle = \"Team token\"\nregex = '''(tok_[a-z]{10)'''\nkeywords = [\"tok_\"]\n";
    assert_rule_error(
        &[("rules/secrets/team.toml", rule)],
        "rules/secrets/team.toml:4:9",
        "invalid regex",
    );
}

#[test]
fn broken_rule_unknown_capture_in_message() {
    let rule = GOOD_RULE.replace("`{{func}}` runs code", "`{{function}}` runs code");
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:6:16",
        "capture `@function` is used by the rule but not defined",
    );
}

#[test]
fn broken_rule_predicate_the_engine_does_not_evaluate() {
    // tree-sitter would silently ignore it and the rule would flag every call.
    let rule = GOOD_RULE.replace(r#"(#eq? @func "eval")"#, r#"(#is-eval? @func)"#);
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:14:4",
        "predicate `#is-eval?` is not evaluated by redflag",
    );
}

#[test]
fn broken_rule_set_directive_is_refused() {
    let rule = GOOD_RULE.replace(r#"(#eq? @func "eval")"#, r#"(#set! priority 1)"#);
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:14:4",
        "is not evaluated by redflag",
    );
}

#[test]
fn broken_rule_duplicate_id_within_a_folder() {
    let other = GOOD_RULE.replace("(#eq? @func \"eval\")", "(#eq? @func \"exec\")");
    assert_rule_error(
        &[
            ("rules/python/eval-call.scm", GOOD_RULE),
            ("rules/python/exec-call.scm", &other),
        ],
        "rules/python/exec-call.scm:1:1",
        "duplicate rule id `team.eval-call` (first defined at rules/python/eval-call.scm:1:1)",
    );
}

#[test]
fn broken_rule_duplicate_of_a_builtin_id() {
    let rule = GOOD_RULE.replace("team.eval-call", "py.eval-non-literal");
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:1:1",
        "duplicate rule id `py.eval-non-literal` (first defined at queries/python/eval-non-literal.scm",
    );
}

#[test]
fn broken_rule_missing_field() {
    let rule = GOOD_RULE.replace(";; confidence = \"high\"\n", "");
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:2:4",
        "missing field `confidence`",
    );
}

#[test]
fn broken_rule_missing_field_in_text_rule() {
    let rule = "[[rules]]\nid = \"team.token\"\nregex = '''(tok_[a-z]{10})'''\n";
    assert_rule_error(
        &[("rules/secrets/team.toml", rule)],
        "rules/secrets/team.toml:1:1",
        "missing field `title`",
    );
}

#[test]
fn broken_rule_unknown_field() {
    let rule = GOOD_RULE.replace(
        ";; keywords = [\"eval\"]",
        ";; keywords = [\"eval\"]\n;; severty = \"info\"",
    );
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:8:4",
        "unknown field `severty`",
    );
}

#[test]
fn broken_rule_bad_severity_value() {
    let rule = GOOD_RULE.replace(";; severity = \"error\"", ";; severity = \"critical\"");
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:4:15",
        "unknown variant `critical`",
    );
}

#[test]
fn broken_rule_no_documentation() {
    let rule = GOOD_RULE.replace(";; ## Why it matters\n;; It runs code.\n", "");
    assert_rule_error(
        &[("rules/python/eval-call.scm", &rule)],
        "rules/python/eval-call.scm:1:1",
        "has no documentation",
    );
}

#[test]
fn broken_rule_file_is_not_utf8() {
    let dir = tree(&[("clean.py", CLEAN_PY)]);
    write(
        &dir.path().join("rules/python/eval-call.scm"),
        b";; ---\n;; id = \"team.\xff\"\n",
    );
    let output = run_in(dir.path(), &["scan", "--rules", "rules", "clean.py"]);
    assert_exit(&output, 2);
    assert!(
        stderr(&output)
            .contains("rules/python/eval-call.scm:1:1: cannot read rule file: not valid UTF-8"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn every_broken_rule_file_is_reported_not_just_the_first() {
    let bad_toml = GOOD_RULE.replace(r#";; title = "eval call""#, ";; title = eval call");
    let bad_pred = GOOD_RULE
        .replace("team.eval-call", "team.other")
        .replace(r#"(#eq? @func "eval")"#, r#"(#nope? @func)"#);
    let (_dir, output) = scan_with_rules(&[
        ("rules/python/a.scm", &bad_toml),
        ("rules/python/b.scm", &bad_pred),
    ]);
    assert_exit(&output, 2);
    let err = stderr(&output);
    assert!(err.contains("rules/python/a.scm:3:12"), "{err}");
    assert!(err.contains("rules/python/b.scm:14:4"), "{err}");
}

// ---------------------------------------------------------------------------------------
// Broken config files: file:line:col, the reason, exit 2
// ---------------------------------------------------------------------------------------

fn assert_config_error(config: &str, location: &str, reason: &str) {
    let dir = tree(&[("redflag.toml", config), ("clean.py", CLEAN_PY)]);
    let output = run_in(dir.path(), &["scan"]);
    assert_exit(&output, 2);
    let err = stderr(&output);
    assert!(
        err.contains(&format!("{location}: ")),
        "expected `{location}` in:\n{err}"
    );
    assert!(err.contains(reason), "expected `{reason}` in:\n{err}");
}

#[test]
fn broken_config_bad_toml() {
    assert_config_error(
        "[scan\nfail_on = \"error\"\n",
        "redflag.toml:1:6",
        "unclosed table",
    );
}

#[test]
fn broken_config_unknown_key() {
    assert_config_error(
        "[scan]\nfail_on = \"error\"\nfial = 1\n",
        "redflag.toml:3:1",
        "unknown field `fial`",
    );
}

#[test]
fn broken_config_unknown_table() {
    assert_config_error(
        "[rule]\npaths = []\n",
        "redflag.toml:1:2",
        "unknown field `rule`",
    );
}

#[test]
fn broken_config_bad_severity() {
    assert_config_error(
        "[scan]\nfail_on = \"critical\"\n",
        "redflag.toml:2:11",
        "unknown variant `critical`",
    );
}

#[test]
fn broken_config_bad_severity_override() {
    assert_config_error(
        "[rules]\nseverity = { \"py.eval-non-literal\" = \"fatal\" }\n",
        "redflag.toml:2:38",
        "unknown variant `fatal`",
    );
}

#[test]
fn broken_config_wrong_type() {
    assert_config_error(
        "[scan]\nmax_file_size = \"big\"\n",
        "redflag.toml:2:17",
        "invalid type",
    );
}

#[test]
fn broken_config_missing_rules_dir() {
    assert_config_error(
        "[rules]\npaths = [\"security/rules\"]\n",
        "redflag.toml:2:10",
        "rule folder `security/rules` does not exist",
    );
}

#[test]
fn broken_config_unknown_rule_id_in_disable() {
    assert_config_error(
        "[rules]\ndisable = [\"py.no-such-rule\"]\n",
        "redflag.toml:2:12",
        "unknown rule id `py.no-such-rule` in rules.disable",
    );
}

#[test]
fn broken_config_unknown_rule_id_in_severity() {
    assert_config_error(
        "[rules]\nseverity = { \"py.no-such-rule\" = \"info\" }\n",
        "redflag.toml:2:34",
        "unknown rule id `py.no-such-rule` in rules.severity",
    );
}

#[test]
fn broken_config_bad_regex_in_ignored_values() {
    assert_config_error(
        "[ignore]\nvalues = [\"(unclosed\"]\n",
        "redflag.toml:2:11",
        "in ignore.values: invalid regex",
    );
}

#[test]
fn broken_config_bad_digest_in_ignored_values() {
    assert_config_error(
        "[ignore]\nvalues = [\"sha256:abc\"]\n",
        "redflag.toml:2:11",
        "must be followed by 64 hex digits",
    );
}

#[test]
fn broken_config_bad_glob_in_ignored_paths() {
    assert_config_error(
        "[ignore]\npaths = [\"src/[z-a]\"]\n",
        "redflag.toml:2:10",
        "invalid pattern in ignore.paths",
    );
}

#[test]
fn missing_rule_folder_on_the_command_line_exits_two() {
    let dir = tree(&[("clean.py", CLEAN_PY)]);
    let output = run_in(dir.path(), &["scan", "--rules", "no-such-rules"]);
    assert_exit(&output, 2);
    assert!(
        stderr(&output).contains("no-such-rules:1:1: no such rule folder"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn broken_config_given_on_the_command_line_does_not_exist() {
    let dir = tree(&[("clean.py", CLEAN_PY)]);
    let output = run_in(dir.path(), &["scan", "--config", "missing.toml"]);
    assert_exit(&output, 2);
    assert!(
        stderr(&output).contains("missing.toml:1:1: cannot read config"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn config_without_builtin_rules_uses_only_its_own() {
    let dir = tree(&[
        (
            "redflag.toml",
            "[rules]\nbuiltin = false\npaths = [\"rules\"]\n",
        ),
        ("rules/python/eval-call.scm", GOOD_RULE),
        ("app.py", INSECURE_PY),
    ]);
    let report = json_of(&run_in(dir.path(), &["scan", "--format", "json"]));
    let rules: BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule_id"].as_str().unwrap())
        .collect();
    assert_eq!(rules, BTreeSet::from(["team.eval-call"]));
}

#[test]
fn config_extends_builtin_rules_by_default() {
    let dir = tree(&[
        ("redflag.toml", "[rules]\npaths = [\"rules\"]\n"),
        ("rules/python/eval-call.scm", GOOD_RULE),
        ("app.py", INSECURE_PY),
    ]);
    let report = json_of(&run_in(dir.path(), &["scan", "--format", "json"]));
    let rules: BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule_id"].as_str().unwrap())
        .collect();
    assert!(rules.contains("team.eval-call"), "{rules:?}");
    assert!(rules.contains("py.eval-non-literal"), "{rules:?}");
}

#[test]
fn config_disable_and_severity_override() {
    let dir = tree(&[
        (
            "redflag.toml",
            "[rules]\ndisable = [\"py.yaml-load-unsafe\"]\nseverity = { \"py.eval-non-literal\" = \"info\" }\n\n[scan]\nmin_severity = \"info\"\n",
        ),
        ("app.py", INSECURE_PY),
    ]);
    let report = json_of(&run_in(dir.path(), &["scan", "--format", "json"]));
    let found: Vec<(&str, &str)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap(),
                f["severity"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(
        !found.iter().any(|(id, _)| *id == "py.yaml-load-unsafe"),
        "{found:?}"
    );
    assert!(
        found.contains(&("py.eval-non-literal", "info")),
        "{found:?}"
    );
}

// ---------------------------------------------------------------------------------------
// `redflag rules ...`
// ---------------------------------------------------------------------------------------

#[test]
fn rules_list_shows_the_rules_in_effect() {
    let dir = tree(&[]);
    let output = run_in(dir.path(), &["rules", "list"]);
    assert_exit(&output, 0);
    let out = stdout(&output);
    for id in [
        "py.eval-non-literal",
        "rs.tls-verification-disabled",
        "secret.github-pat",
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(id)),
            "`{id}` not listed:\n{out}"
        );
    }
}

#[test]
fn rules_list_honours_the_config() {
    let dir = tree(&[(
        "redflag.toml",
        "[rules]\ndisable = [\"py.eval-non-literal\"]\n",
    )]);
    let out = stdout(&run_in(dir.path(), &["rules", "list"]));
    assert!(!out.contains("py.eval-non-literal"), "{out}");
    assert!(out.contains("py.yaml-load-unsafe"), "{out}");
}

#[test]
fn rules_explain_prints_the_documentation() {
    let dir = tree(&[]);
    let output = run_in(dir.path(), &["rules", "explain", "py.yaml-load-unsafe"]);
    assert_exit(&output, 0);
    let out = stdout(&output);
    assert!(out.starts_with("py.yaml-load-unsafe: "), "{out}");
    for part in [
        "severity: error",
        "CWE-502",
        "queries/python/yaml-load-unsafe.scm",
        "## Why it matters",
        "## How to fix",
        "yaml.safe_load",
    ] {
        assert!(out.contains(part), "`{part}` missing:\n{out}");
    }
}

#[test]
fn rules_explain_unknown_id_exits_two() {
    let dir = tree(&[]);
    let output = run_in(dir.path(), &["rules", "explain", "py.no-such-rule"]);
    assert_exit(&output, 2);
    assert!(
        stderr(&output).contains("no rule `py.no-such-rule`"),
        "{}",
        stderr(&output)
    );
}

const EVAL_FIXTURE_PASSING: &str = "\
# ruleid: team.eval-call
x = eval(input())
# ok: team.eval-call
y = literal_eval(input())
";

#[test]
fn rules_test_passes_on_a_correct_folder() {
    let dir = tree(&[
        ("rules/python/eval-call.scm", GOOD_RULE),
        ("rules/python/eval-call.py", EVAL_FIXTURE_PASSING),
    ]);
    let output = run_in(dir.path(), &["rules", "test", "rules"]);
    assert_exit(&output, 0);
    assert!(
        stdout(&output).contains("1 passed, 0 failed"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn rules_test_prints_expected_and_actual_lines_and_exits_one() {
    // Line 2 is expected but not flagged (the rule does not know `exec`), line 6 is flagged
    // but marked ok.
    let fixture = "\
# ruleid: team.eval-call
x = exec(input())
# ruleid: team.eval-call
y = eval(input())
# ok: team.eval-call
z = eval(input())
";
    let dir = tree(&[
        ("rules/python/eval-call.scm", GOOD_RULE),
        ("rules/python/eval-call.py", fixture),
    ]);
    let output = run_in(dir.path(), &["rules", "test", "rules"]);
    assert_exit(&output, 1);
    let out = stdout(&output);
    assert!(
        out.contains("FAIL team.eval-call (rules/python/eval-call.scm)"),
        "{out}"
    );
    assert!(
        out.contains(
            "rules/python/eval-call.py: expected lines {2, 4}, flagged lines [4, 6] (missed [2], unexpected [6])"
        ),
        "{out}"
    );
    assert!(out.contains("0 passed, 1 failed"), "{out}");
}

#[test]
fn rules_test_todo_annotations_do_not_fail() {
    let fixture = "\
# ruleid: team.eval-call
y = eval(input())
# todoruleid: team.eval-call
x = exec(input())
# todook: team.eval-call
z = eval(input())
";
    let dir = tree(&[
        ("rules/python/eval-call.scm", GOOD_RULE),
        ("rules/python/eval-call.py", fixture),
    ]);
    assert_exit(&run_in(dir.path(), &["rules", "test", "rules"]), 0);
}

#[test]
fn rules_test_rule_without_fixture_fails() {
    let dir = tree(&[("rules/python/eval-call.scm", GOOD_RULE)]);
    let output = run_in(dir.path(), &["rules", "test", "rules"]);
    assert_exit(&output, 1);
    assert!(
        stdout(&output).contains("no fixture"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn rules_test_broken_rule_exits_two_with_its_location() {
    let rule = GOOD_RULE.replace(r#"(#eq? @func "eval")"#, r#"(#nope? @func)"#);
    let dir = tree(&[
        ("rules/python/eval-call.scm", &rule),
        ("rules/python/eval-call.py", EVAL_FIXTURE_PASSING),
    ]);
    let output = run_in(dir.path(), &["rules", "test", "rules"]);
    assert_exit(&output, 2);
    assert!(
        stderr(&output).contains("rules/python/eval-call.scm:14:4: predicate `#nope?`"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn rules_test_missing_folder_exits_two() {
    let dir = tree(&[]);
    let output = run_in(dir.path(), &["rules", "test", "no-such-dir"]);
    assert_exit(&output, 2);
    assert!(
        stderr(&output).contains("no-such-dir"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn rules_test_folder_without_rules_exits_two() {
    let dir = tree(&[("rules/python/notes.md", "# nothing here\n")]);
    let output = run_in(dir.path(), &["rules", "test", "rules"]);
    assert_exit(&output, 2);
    assert!(
        stderr(&output).contains("no rule files"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn rules_test_without_a_folder_runs_the_builtin_rules() {
    let dir = tree(&[]);
    let output = run_in(dir.path(), &["rules", "test"]);
    let out = stdout(&output);
    assert!(out.contains(" passed, "), "{out}");
}
