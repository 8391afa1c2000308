//! End-to-end tests: editor_neovim. Real headless Neovim (Debian's 0.7.2 in CI, or any newer one
//! on PATH) loads the repository's `editors/neovim` config, runs the freshly built
//! `redflag lsp`, and must show redflag's findings at the right place and follow edits.
//!
//! The Lua side (`editors/neovim/test/e2e.lua`) only records what Neovim saw into a JSON report;
//! every judgement is made here.

mod support;

use serde_json::Value;
use std::fs::File;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Whole-run bound: Neovim is killed past it, so a stuck server can never hang CI.
const DEADLINE: Duration = Duration::from_secs(60);

const SECRET_RULE: &str = "secret.github-pat";
const EVAL_RULE: &str = "py.eval-non-literal";

/// The Neovim to run: `nvim` from PATH, or `REDFLAG_TEST_NVIM` (to try another version).
fn nvim() -> String {
    std::env::var("REDFLAG_TEST_NVIM").unwrap_or_else(|_| "nvim".into())
}

/// Runs Neovim on `file` with the e2e driver (`env`: its extra settings) and returns its JSON
/// report.
fn run_neovim(home: &Path, file: &Path, env: &[(&str, &str)]) -> Value {
    let driver = support::repo_root().join("editors/neovim/test/e2e.lua");
    let report = home.join("report.json");
    let log = home.join("nvim.out");
    let Ok(out) = File::create(&log) else {
        panic!("cannot create {}", log.display());
    };
    let Ok(err) = out.try_clone() else {
        panic!("cannot clone the log handle");
    };
    let mut command = Command::new(nvim());
    command
        .args(["--headless", "--clean", "-u"])
        .arg(&driver)
        .env("REDFLAG_BIN", env!("CARGO_BIN_EXE_redflag"))
        .env("REDFLAG_FILE", file)
        .env("REDFLAG_OUT", &report)
        // Keep Neovim's state and LSP log inside the test's folder.
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err);
    let child = match command.spawn() {
        Ok(child) => child,
        Err(e) => panic!("cannot start nvim: {e}"),
    };
    wait_or_kill(child, &log);
    let text = match std::fs::read_to_string(&report) {
        Ok(text) => text,
        Err(e) => panic!(
            "Neovim wrote no report ({e}); its output:\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        ),
    };
    match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(e) => panic!("the report is not JSON ({e}):\n{text}"),
    }
}

fn wait_or_kill(mut child: Child, log: &Path) {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => return,
            Ok(None) if start.elapsed() < DEADLINE => std::thread::sleep(Duration::from_millis(50)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "Neovim still running after {DEADLINE:?}: killed. Its output:\n{}",
                    std::fs::read_to_string(log).unwrap_or_default()
                );
            }
            Err(e) => panic!("cannot wait for nvim: {e}"),
        }
    }
}

/// The report as text, less the edits of the secret's code actions: "ignore this value in
/// redflag.toml" has to write the value into the config. Everything else (diagnostics, hover,
/// action titles, the other edits) must never hold the full secret.
fn without_secret_edits(report: &Value) -> String {
    let mut report = report.clone();
    if let Some(actions) = report["secret_code_actions"].as_array_mut() {
        for action in actions {
            if let Some(action) = action.as_object_mut() {
                action.remove("edit_texts");
            }
        }
    }
    report.to_string()
}

/// Every edit's new text in a list of code actions from the report.
fn edit_texts(actions: &Value) -> Vec<String> {
    actions
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| a["edit_texts"].as_array().cloned().unwrap_or_default())
        .filter_map(|t| t.as_str().map(str::to_owned))
        .collect()
}

/// The diagnostic with rule id `code` in a list from the report.
fn with_code<'a>(list: &'a Value, code: &str) -> Option<&'a Value> {
    list.as_array()?.iter().find(|d| d["code"] == code)
}

fn int(value: &Value) -> i64 {
    match value.as_i64() {
        Some(n) => n,
        None => panic!("expected an integer, got {value}"),
    }
}

/// Where `needle` starts in `line`, in the units of an LSP position encoding.
fn column(line: &str, needle: &str, encoding: &str) -> i64 {
    let Some(byte) = line.find(needle) else {
        panic!("`{needle}` is not in `{line}`");
    };
    let before = &line[..byte];
    let units = match encoding {
        "utf-8" => before.len(),
        "utf-32" => before.chars().count(),
        _ => before.encode_utf16().count(),
    };
    units as i64
}

#[test]
fn neovim_shows_findings_at_the_right_place_and_follows_edits() {
    if !support::require_tool(&nvim(), "editor_neovim") {
        return;
    }
    // Generated now (valid checksum) so no committed file holds a real-shaped token.
    let token = support::fake_github_token("editor_neovim");
    // Multi-byte text before the secret on its line: Neovim's byte columns and the server's
    // UTF-16 (or UTF-8) characters must still agree.
    let secret_line = format!("label = \"日本語\"; token = \"{token}\"");
    let eval_line = "    return eval(user_input)";
    let source = format!("import os\n\n{secret_line}\n\n\ndef run(user_input):\n{eval_line}\n");
    let dir = support::tree(&[("project/app.py", &source)]);
    let file = dir.path().join("project/app.py");

    let report = run_neovim(dir.path(), &file, &[]);
    eprintln!(
        "Neovim {} timings (ms since start): {}",
        report["nvim"], report["timings_ms"]
    );
    let shown = serde_json::to_string_pretty(&report).unwrap_or_default();
    // Even a fake token stays out of test logs.
    let context = format!("Neovim's report:\n{}", shown.replace(&token, "<TOKEN>"));

    assert_eq!(report["errors"], Value::Array(vec![]), "{context}");
    assert!(
        !without_secret_edits(&report).contains(&token),
        "the full token reached the editor: {context}"
    );
    assert_eq!(report["filetype"], "python", "{context}");

    // On open: both findings, from redflag, at the right line and (byte) column.
    let before = &report["before"];
    let Some(secret) = with_code(before, SECRET_RULE) else {
        panic!("no {SECRET_RULE} diagnostic: {context}");
    };
    let Some(eval) = with_code(before, EVAL_RULE) else {
        panic!("no {EVAL_RULE} diagnostic: {context}");
    };
    for d in [secret, eval] {
        assert_eq!(d["source"], "redflag", "{context}");
        assert_eq!(int(&d["severity"]), 1, "error severity expected: {context}");
    }
    assert_eq!(int(&secret["lnum"]), 2, "{context}");
    assert_eq!(
        int(&secret["col"]),
        column(&secret_line, "ghp_", "utf-8"),
        "{context}"
    );
    assert_eq!(
        int(&secret["end_col"]),
        column(&secret_line, "ghp_", "utf-8") + token.len() as i64,
        "{context}"
    );
    assert_eq!(int(&eval["lnum"]), 6, "{context}");
    assert_eq!(
        int(&eval["col"]),
        column(eval_line, "eval", "utf-8"),
        "{context}"
    );
    // The redacted excerpt (a short prefix, then `*****`), never the value.
    let message = secret["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("*****") && !message.contains(&token[4..]),
        "the message should show the redacted excerpt: {context}"
    );

    // As the server sent it: positions in the negotiated encoding, a link to the rule's docs.
    let encoding = report["position_encoding"].as_str().unwrap_or("utf-16");
    let Some(raw_secret) = with_code(&report["published_before"], SECRET_RULE) else {
        panic!("no {SECRET_RULE} in the published diagnostics: {context}");
    };
    assert_eq!(int(&raw_secret["range"]["start"]["line"]), 2, "{context}");
    assert_eq!(
        int(&raw_secret["range"]["start"]["character"]),
        column(&secret_line, "ghp_", encoding),
        "start in {encoding} units: {context}"
    );
    assert!(
        raw_secret["codeDescription"]["href"]
            .as_str()
            .is_some_and(|href| href.starts_with("https://")),
        "no codeDescription link: {context}"
    );

    // After deleting the secret's line: the secret is gone, the eval moved up one line.
    assert_eq!(int(&report["deleted_line"]), 2, "{context}");
    let after = &report["after"];
    assert!(with_code(after, SECRET_RULE).is_none(), "{context}");
    let Some(moved) = with_code(after, EVAL_RULE) else {
        panic!("the {EVAL_RULE} diagnostic vanished after the edit: {context}");
    };
    assert_eq!(int(&moved["lnum"]), 5, "{context}");

    // Hover and code actions, checked whenever the server advertises them.
    if report["capabilities"]["hover"] == true {
        let hover = report["hover"].as_str().unwrap_or_default();
        for part in [
            "eval/exec on a value that is not a constant",
            "literal_eval",
            "CWE-95",
        ] {
            assert!(hover.contains(part), "hover lacks `{part}`: {context}");
        }
    }
    if report["capabilities"]["code_action"] == true {
        // Suppression in the language's comment syntax, keeping the line's indentation.
        assert!(
            edit_texts(&report["code_actions"])
                .iter()
                .any(|t| t.starts_with("    # redflag: ignore[py.eval-non-literal]")),
            "no action inserts an indented `# redflag: ignore[{EVAL_RULE}]`: {context}"
        );
        let edits = edit_texts(&report["secret_code_actions"]);
        // Python secret: "read it from the environment instead", named after the variable.
        assert!(
            edits.iter().any(|t| t == "os.environ[\"TOKEN\"]"),
            "no action replaces the secret with os.environ[\"TOKEN\"]: {context}"
        );
        assert!(
            edits
                .iter()
                .any(|t| t.starts_with("# redflag: ignore[secret.github-pat]")),
            "no action suppresses the secret: {context}"
        );

        // Applying the suppression in Neovim: the comment sits above the call, the finding goes.
        assert!(report["applied_action"].is_string(), "{context}");
        assert!(
            with_code(&report["after_suppress"], EVAL_RULE).is_none(),
            "{context}"
        );
        let lines = report["lines_after_suppress"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let eval_at = lines.iter().position(|l| l == eval_line);
        assert!(
            eval_at.is_some_and(
                |i| i > 0 && lines[i - 1] == "    # redflag: ignore[py.eval-non-literal]"
            ),
            "{context}"
        );
    }

    // The server's log (stderr goes to Neovim's LSP log) never holds the token either.
    if let Some(path) = report["log_path"].as_str() {
        let log = std::fs::read_to_string(path).unwrap_or_default();
        assert!(!log.contains(&token), "the full token is in {path}");
    }
}

#[test]
fn neovim_any_filetype_attaches_to_files_without_a_filetype() {
    if !support::require_tool(&nvim(), "editor_neovim") {
        return;
    }
    let token = support::fake_github_token("editor_neovim_untyped");
    let secret_line = format!("deploy key ☕ = {token}");
    // No leading `#`: Vim would guess the `conf` filetype from it.
    let source = format!("deploy notes\n{secret_line}\n");
    let dir = support::tree(&[("project/deploy.unknownext", &source)]);
    let file = dir.path().join("project/deploy.unknownext");

    let env = [
        ("REDFLAG_ANY_FILETYPE", "1"),
        ("REDFLAG_EXPECT", SECRET_RULE),
    ];
    let report = run_neovim(dir.path(), &file, &env);
    let shown = serde_json::to_string_pretty(&report).unwrap_or_default();
    let context = format!("Neovim's report:\n{}", shown.replace(&token, "<TOKEN>"));

    assert_eq!(report["errors"], Value::Array(vec![]), "{context}");
    assert_eq!(report["filetype"], "", "{context}");
    let Some(secret) = with_code(&report["before"], SECRET_RULE) else {
        panic!("no {SECRET_RULE} diagnostic: {context}");
    };
    assert_eq!(int(&secret["lnum"]), 1, "{context}");
    assert_eq!(
        int(&secret["col"]),
        column(&secret_line, "ghp_", "utf-8"),
        "{context}"
    );
    assert!(
        !without_secret_edits(&report).contains(&token),
        "the full token reached the editor: {context}"
    );
}
