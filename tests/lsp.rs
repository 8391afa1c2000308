//! End-to-end tests of `redflag lsp`: the real binary over real stdio, driven by a small
//! JSON-RPC client written here (Content-Length framing by hand, serde_json for the bodies).
// A failed unwrap in a test is a test failure with a clear message, which is what we want.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use client::{Lsp, file_uri};
use serde_json::{Value, json};
use std::path::Path;
use std::time::Duration;
use support::{tree, write};

/// A GitHub classic token with a valid checksum, generated at test time (never committed).
fn fake_token() -> String {
    redflag_core::fixtures::fake::expand("{{fake:github:ghp}}", "tests/lsp.rs").unwrap()
}

mod client {
    use serde_json::{Value, json};
    use std::collections::VecDeque;
    use std::io::{BufRead, BufReader, Read, Write};
    use std::path::Path;
    use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
    use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
    use std::time::{Duration, Instant};

    /// How long any single wait may take before the test fails (never hang).
    pub const WAIT: Duration = Duration::from_secs(60);

    pub fn file_uri(path: &Path) -> String {
        let path = path.canonicalize().unwrap_or(path.to_path_buf());
        format!("file://{}", path.display())
    }

    /// A running `redflag lsp` and what it has sent that nobody has looked at yet.
    pub struct Lsp {
        child: Child,
        stdin: Option<ChildStdin>,
        incoming: Receiver<Value>,
        pending: VecDeque<Value>,
        /// Every message the server sent, for leak checks.
        pub seen: Vec<Value>,
        next_id: i64,
        stderr: std::thread::JoinHandle<String>,
        /// A cache folder of its own, so a server under test never writes to `$HOME`.
        _cache: tempfile::TempDir,
    }

    impl Lsp {
        pub fn spawn(dir: &Path) -> Lsp {
            let cache = tempfile::tempdir().expect("a cache folder");
            let mut child = Command::new(env!("CARGO_BIN_EXE_redflag"))
                .arg("lsp")
                .arg("--stdio")
                .current_dir(dir)
                .env("XDG_CACHE_HOME", cache.path())
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn redflag lsp");
            let stdout = child.stdout.take().unwrap();
            let mut stderr = child.stderr.take().unwrap();
            let (sender, incoming) = channel();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stdout);
                while let Some(message) = read_message(&mut reader) {
                    if sender.send(message).is_err() {
                        break;
                    }
                }
            });
            let stderr = std::thread::spawn(move || {
                let mut text = String::new();
                let _ = stderr.read_to_string(&mut text);
                text
            });
            Lsp {
                stdin: child.stdin.take(),
                child,
                incoming,
                pending: VecDeque::new(),
                seen: Vec::new(),
                next_id: 1,
                stderr,
                _cache: cache,
            }
        }

        /// Spawns and initializes with `capabilities`, workspace folders and options.
        pub fn start(
            dir: &Path,
            capabilities: Value,
            folders: &[&Path],
            options: Value,
        ) -> (Lsp, Value) {
            let mut lsp = Lsp::spawn(dir);
            let folders: Vec<Value> = folders
                .iter()
                .map(|f| json!({"uri": file_uri(f), "name": "folder"}))
                .collect();
            let result = lsp.request(
                "initialize",
                json!({
                    "processId": null,
                    "capabilities": capabilities,
                    "workspaceFolders": folders,
                    "initializationOptions": options,
                }),
            );
            lsp.notify("initialized", json!({}));
            (lsp, result.get("result").cloned().unwrap_or(Value::Null))
        }

        pub fn send_raw(&mut self, bytes: &[u8]) {
            let stdin = self.stdin.as_mut().expect("stdin open");
            let _ = stdin.write_all(bytes);
            let _ = stdin.flush();
        }

        pub fn send(&mut self, message: &Value) {
            let body = serde_json::to_vec(message).unwrap();
            let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
            frame.extend(body);
            self.send_raw(&frame);
        }

        pub fn notify(&mut self, method: &str, params: Value) {
            self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
        }

        /// Sends a request and returns the whole response (`result` or `error`).
        pub fn request(&mut self, method: &str, params: Value) -> Value {
            let id = self.next_id;
            self.next_id += 1;
            self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
            self.wait_for(&format!("response to {method}"), |m| {
                m.get("id") == Some(&json!(id)) && m.get("method").is_none()
            })
        }

        /// The next message (answering the server's own requests on the way) or `None`.
        fn next(&mut self, deadline: Instant) -> Option<Value> {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(message) => {
                    self.seen.push(message.clone());
                    if message.get("method").is_some() && message.get("id").is_some() {
                        // A request from the server (registerCapability, progress create):
                        // a real client answers; so do we.
                        let id = message["id"].clone();
                        self.send(&json!({"jsonrpc": "2.0", "id": id, "result": null}));
                    }
                    Some(message)
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => None,
            }
        }

        /// Waits for a message matching `wanted`; others stay queued for later waits.
        pub fn wait_for(&mut self, what: &str, wanted: impl Fn(&Value) -> bool) -> Value {
            match self.try_wait_for(WAIT, &wanted) {
                Some(message) => message,
                None => panic!("no {what} within {WAIT:?}; pending: {:#?}", self.pending),
            }
        }

        pub fn try_wait_for(
            &mut self,
            limit: Duration,
            wanted: impl Fn(&Value) -> bool,
        ) -> Option<Value> {
            if let Some(index) = self.pending.iter().position(&wanted) {
                return self.pending.remove(index);
            }
            let deadline = Instant::now() + limit;
            while let Some(message) = self.next(deadline) {
                if wanted(&message) {
                    return Some(message);
                }
                self.pending.push_back(message);
            }
            None
        }

        /// Drops what the server sent so far (a long fuzz run would keep it all).
        pub fn forget(&mut self) {
            self.pending.clear();
            self.seen.clear();
        }

        /// The next `publishDiagnostics` for `uri` (with `version`, when given).
        pub fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
            let message = self.wait_for(&format!("diagnostics for {uri} v{version:?}"), |m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["uri"] == uri
                    && version.is_none_or(|v| m["params"]["version"] == v)
            });
            message["params"]["diagnostics"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        }

        pub fn open(&mut self, uri: &str, language: &str, text: &str) {
            self.notify(
                "textDocument/didOpen",
                json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
            );
        }

        pub fn change(&mut self, uri: &str, version: i64, changes: Value) {
            self.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
            );
        }

        /// `shutdown` then `exit`; returns the exit status and everything written to stderr.
        pub fn stop(mut self) -> (ExitStatus, String, Vec<Value>) {
            let response = self.request("shutdown", Value::Null);
            assert!(response.get("error").is_none(), "{response}");
            self.notify("exit", Value::Null);
            self.finish()
        }

        pub fn finish(mut self) -> (ExitStatus, String, Vec<Value>) {
            drop(self.stdin.take());
            let deadline = Instant::now() + WAIT;
            let status = loop {
                if let Ok(Some(status)) = self.child.try_wait() {
                    break status;
                }
                if Instant::now() > deadline {
                    let _ = self.child.kill();
                    panic!("redflag lsp did not exit");
                }
                std::thread::sleep(Duration::from_millis(20));
            };
            while let Ok(message) = self.incoming.try_recv() {
                self.seen.push(message);
            }
            let stderr = std::mem::replace(&mut self.stderr, std::thread::spawn(String::new));
            let seen = std::mem::take(&mut self.seen);
            (status, stderr.join().unwrap_or_default(), seen)
        }
    }

    impl Drop for Lsp {
        fn drop(&mut self) {
            if let Ok(None) = self.child.try_wait() {
                let _ = self.child.kill();
                let _ = self.child.wait();
            }
        }
    }

    fn read_message(reader: &mut impl BufRead) -> Option<Value> {
        let mut length = None;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).ok()? == 0 {
                return None;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse::<usize>().ok();
            }
        }
        let mut body = vec![0; length?];
        reader.read_exact(&mut body).ok()?;
        serde_json::from_slice(&body).ok()
    }
}

/// A built-in rule as the binary embeds it (titles are data, not test constants).
fn builtin_rule(id: &str) -> redflag_core::Rule {
    redflag_core::rules::load_builtin()
        .unwrap()
        .into_iter()
        .find(|r| r.id == id)
        .unwrap()
}

fn utf16() -> Value {
    json!({"window": {"workDoneProgress": true}})
}

fn utf8() -> Value {
    json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}, "window": {"workDoneProgress": true}})
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

fn find<'a>(diagnostics: &'a [Value], code: &str) -> &'a Value {
    diagnostics
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {diagnostics:#?}"))
}

fn range(d: &Value) -> (u64, u64, u64, u64) {
    let r = &d["range"];
    (
        r["start"]["line"].as_u64().unwrap(),
        r["start"]["character"].as_u64().unwrap(),
        r["end"]["line"].as_u64().unwrap(),
        r["end"]["character"].as_u64().unwrap(),
    )
}

fn no_secret_anywhere(seen: &[Value], stderr: &str, secret: &str) {
    for message in seen {
        assert!(
            !message.to_string().contains(secret),
            "secret leaked in {message}"
        );
    }
    assert!(!stderr.contains(secret), "secret leaked on stderr");
}

#[test]
fn open_publishes_redacted_diagnostics_with_rule_id_docs_and_severity() {
    let dir = tree(&[]);
    let token = fake_token();
    let (mut lsp, init) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(
        init["capabilities"]["textDocumentSync"]["change"], 2,
        "incremental sync"
    );
    let uri = file_uri(&dir.path().join("app.py"));
    let text =
        format!("import subprocess\ntoken = \"{token}\"\nsubprocess.call(cmd, shell=True)\n");
    lsp.open(&uri, "python", &text);
    let diagnostics = lsp.diagnostics(&uri, Some(1));
    let secret = find(&diagnostics, "secret.github-pat");
    assert_eq!(secret["source"], "redflag");
    assert_eq!(secret["severity"], 1);
    assert_eq!(range(secret), (1, 9, 1, 9 + token.len() as u64));
    // A built-in rule's docs are in the hover; the link goes to its CWE entry.
    let href = secret["codeDescription"]["href"].as_str().unwrap();
    assert_eq!(href, "https://cwe.mitre.org/data/definitions/798.html");
    let message = secret["message"].as_str().unwrap();
    assert!(
        message.contains("token = \"ghp") && message.contains("*****"),
        "{secret}"
    );
    let shell = find(&diagnostics, "py.subprocess-shell-true");
    assert_eq!(shell["severity"], 2, "warning");
    let (status, stderr, seen) = lsp.stop();
    assert_eq!(status.code(), Some(0));
    no_secret_anywhere(&seen, &stderr, &token);
}

#[test]
fn incremental_edits_add_and_remove_findings_and_stale_versions_never_win() {
    let dir = tree(&[]);
    let token = fake_token();
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let uri = file_uri(&dir.path().join("main.rs"));
    lsp.open(&uri, "rust", "fn main() {\n    let x = 1;\n}\n");
    assert!(lsp.diagnostics(&uri, Some(1)).is_empty());
    // Paste a secret inside the function body.
    let line = format!("    let api_token = \"{token}\";\n");
    lsp.change(&uri, 2, json!([{"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}}, "text": line}]));
    let diagnostics = lsp.diagnostics(&uri, Some(2));
    assert!(
        codes(&diagnostics).contains(&"secret.github-pat".to_string()),
        "{diagnostics:#?}"
    );
    // Type fast: many single-character edits; only the last version's result matters.
    for (i, c) in "// note".chars().enumerate() {
        let col = i as u64;
        lsp.change(&uri, 3 + i as i64, json!([{"range": {"start": {"line": 0, "character": col}, "end": {"line": 0, "character": col}}, "text": c.to_string()}]));
    }
    let last = 2 + "// note".len() as i64;
    let diagnostics = lsp.diagnostics(&uri, Some(last));
    assert!(codes(&diagnostics).contains(&"secret.github-pat".to_string()));
    // Delete the secret line again.
    lsp.change(&uri, last + 1, json!([{"range": {"start": {"line": 2, "character": 0}, "end": {"line": 3, "character": 0}}, "text": ""}]));
    assert!(lsp.diagnostics(&uri, Some(last + 1)).is_empty());
    let (status, stderr, seen) = lsp.stop();
    assert_eq!(status.code(), Some(0));
    // Published versions only ever go up.
    let versions: Vec<i64> = seen
        .iter()
        .filter(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri.as_str()
        })
        .filter_map(|m| m["params"]["version"].as_i64())
        .collect();
    assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    no_secret_anywhere(&seen, &stderr, &token);
}

/// Text before the finding that counts differently in each encoding.
const TRICKY_PREFIX: &str = "x = \"日本語 😀 e\u{301}\"; t = ";

#[test]
fn ranges_and_edits_follow_the_negotiated_encoding_with_cjk_emoji_combining_marks_and_crlf() {
    let token = fake_token();
    for (capabilities, name) in [(utf8(), "utf-8"), (utf16(), "utf-16")] {
        let dir = tree(&[]);
        let (mut lsp, init) = Lsp::start(dir.path(), capabilities, &[dir.path()], Value::Null);
        assert_eq!(init["capabilities"]["positionEncoding"], name);
        let width = |s: &str| -> u64 {
            if name == "utf-8" {
                s.len() as u64
            } else {
                s.encode_utf16().count() as u64
            }
        };
        let uri = file_uri(&dir.path().join("enc.py"));
        // CRLF line endings, and a line full of multi-byte text before the finding.
        let prefix = TRICKY_PREFIX;
        let text = format!("# 注释 😀\r\n{prefix}\"{token}\"\r\n");
        lsp.open(&uri, "python", &text);
        let diagnostics = lsp.diagnostics(&uri, Some(1));
        let d = find(&diagnostics, "secret.github-pat");
        let start = width(prefix) + 1;
        assert_eq!(
            range(d),
            (1, start, 1, start + token.len() as u64),
            "{name}"
        );
        // An edit positioned after the emoji on line 0 must land after it.
        let at = width("# 注释 😀");
        lsp.change(&uri, 2, json!([{"range": {"start": {"line": 0, "character": at}, "end": {"line": 0, "character": at}}, "text": "!"}]));
        let diagnostics = lsp.diagnostics(&uri, Some(2));
        assert_eq!(
            range(find(&diagnostics, "secret.github-pat")),
            (1, start, 1, start + token.len() as u64)
        );
        // Insert multi-byte text at the start of the finding's line: the range moves by
        // exactly its width in the negotiated encoding.
        lsp.change(&uri, 3, json!([{"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}}, "text": "🎉"}]));
        let moved = start + width("🎉");
        let diagnostics = lsp.diagnostics(&uri, Some(3));
        assert_eq!(
            range(find(&diagnostics, "secret.github-pat")),
            (1, moved, 1, moved + token.len() as u64)
        );
        // Hover inside the token, addressed in the same encoding.
        let hover = lsp.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 1, "character": moved + 3}}),
        );
        assert!(
            hover["result"]["contents"]["value"]
                .as_str()
                .unwrap_or("")
                .contains("secret.github-pat"),
            "{hover}"
        );
        let (status, _, _) = lsp.stop();
        assert_eq!(status.code(), Some(0));
    }
}

#[test]
fn hover_explains_the_rule_and_links_its_cwe() {
    let dir = tree(&[]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let uri = file_uri(&dir.path().join("load.py"));
    lsp.open(&uri, "python", "import yaml\n\ndata = yaml.load(stream)\n");
    let diagnostics = lsp.diagnostics(&uri, Some(1));
    let d = find(&diagnostics, "py.yaml-load-unsafe");
    let (line, col, _, _) = range(d);
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": col + 2}}),
    );
    let value = hover["result"]["contents"]["value"].as_str().unwrap();
    let rule = builtin_rule("py.yaml-load-unsafe");
    assert!(value.contains(&format!("### {}", rule.title)), "{value}");
    assert!(value.contains("## Why it matters"), "{value}");
    assert!(value.contains("## How to fix"), "{value}");
    assert!(
        value.contains("https://cwe.mitre.org/data/definitions/502.html"),
        "{value}"
    );
    let nothing = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(nothing["result"], Value::Null);
    lsp.stop();
}

fn code_actions(lsp: &mut Lsp, uri: &str, line: u64, character: u64) -> Vec<Value> {
    let response = lsp.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": {"start": {"line": line, "character": character}, "end": {"line": line, "character": character}},
            "context": {"diagnostics": []},
        }),
    );
    response["result"].as_array().cloned().unwrap_or_default()
}

fn action<'a>(actions: &'a [Value], title_start: &str) -> &'a Value {
    actions
        .iter()
        .find(|a| a["title"].as_str().unwrap_or("").starts_with(title_start))
        .unwrap_or_else(|| panic!("no action `{title_start}` in {actions:#?}"))
}

fn edits_for<'a>(action: &'a Value, uri: &str) -> &'a Vec<Value> {
    action["edit"]["changes"][uri].as_array().unwrap()
}

/// Applies LSP text edits (ranges in the original text, UTF-16) to `text`.
fn apply_edits(text: &str, edits: &[Value]) -> String {
    let offset = |line: u64, character: u64| -> usize {
        let mut start = 0;
        for _ in 0..line {
            start += text[start..]
                .find('\n')
                .map_or(text.len() - start, |i| i + 1);
        }
        let mut units = 0;
        for (i, c) in text[start..].char_indices() {
            if units >= character as usize || c == '\n' {
                return start + i;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            let (a, b, c, d) = range(e);
            (
                offset(a, b),
                offset(c, d),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (start, end, new_text) in spans {
        out.replace_range(start..end, &new_text);
    }
    out
}

#[test]
fn code_actions_suppress_fix_and_read_secrets_from_the_environment() {
    let token = fake_token();
    let dir = tree(&[(
        "redflag.toml",
        "# team settings\n[scan]\nfail_on = \"warning\"  # strict\n",
    )]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);

    // Python: suppression keeps indentation; env var fix adds `import os`.
    let py = file_uri(&dir.path().join("svc.py"));
    let py_text = format!(
        "\"\"\"Service.\"\"\"\nimport yaml\n\ndef connect():\n    api_key = \"{token}\"\n    return yaml.load(api_key)\n"
    );
    lsp.open(&py, "python", &py_text);
    let diagnostics = lsp.diagnostics(&py, Some(1));
    let (line, col, _, _) = range(find(&diagnostics, "secret.github-pat"));
    let actions = code_actions(&mut lsp, &py, line, col + 1);
    let suppress = action(&actions, "Suppress `secret.github-pat`");
    let suppressed = apply_edits(&py_text, edits_for(suppress, &py));
    assert!(
        suppressed.contains("    # redflag: ignore[secret.github-pat]\n    api_key = "),
        "{suppressed}"
    );
    let env = action(&actions, "Read it from the environment instead");
    let fixed = apply_edits(&py_text, edits_for(env, &py));
    assert!(
        fixed.contains("    api_key = os.environ[\"API_KEY\"]\n"),
        "{fixed}"
    );
    assert!(
        fixed.starts_with("\"\"\"Service.\"\"\"\nimport os\nimport yaml\n"),
        "{fixed}"
    );
    assert!(!fixed.contains(&token));
    // The suppressed text really silences the finding.
    lsp.change(&py, 2, json!([{"text": suppressed}]));
    let after = lsp.diagnostics(&py, Some(2));
    assert!(
        !codes(&after).contains(&"secret.github-pat".to_string()),
        "{after:#?}"
    );

    // The rule's mechanical fix.
    let (line, col, _, _) = range(find(&after, "py.yaml-load-unsafe"));
    let actions = code_actions(&mut lsp, &py, line, col);
    let fix_title = builtin_rule("py.yaml-load-unsafe").fix.unwrap().title;
    let fix = action(&actions, &fix_title);
    assert!(
        apply_edits(&suppressed, edits_for(fix, &py)).contains("return yaml.safe_load(api_key)")
    );

    // Ignoring the file edits redflag.toml and keeps its comments.
    let ignore = action(&actions, "Ignore svc.py in redflag.toml");
    let config_uri = file_uri(&dir.path().join("redflag.toml"));
    let config = std::fs::read_to_string(dir.path().join("redflag.toml")).unwrap();
    let new_config = apply_edits(&config, edits_for(ignore, &config_uri));
    assert!(new_config.starts_with(&config), "{new_config}");
    assert!(
        new_config.contains("[ignore]\npaths = [\"/svc.py\"]"),
        "{new_config}"
    );

    // Rust: `std::env::var`, suppression with `//`.
    let rs = file_uri(&dir.path().join("lib.rs"));
    let rs_text = format!("fn client() {{\n\tlet github_token = \"{token}\";\n}}\n");
    lsp.open(&rs, "rust", &rs_text);
    let diagnostics = lsp.diagnostics(&rs, Some(1));
    let (line, col, _, _) = range(find(&diagnostics, "secret.github-pat"));
    let actions = code_actions(&mut lsp, &rs, line, col);
    let env = apply_edits(
        &rs_text,
        edits_for(action(&actions, "Read it from the environment"), &rs),
    );
    assert!(
        env.contains(
            "\tlet github_token = &std::env::var(\"GITHUB_TOKEN\")\
             .expect(\"the environment variable GITHUB_TOKEN is set\");"
        ),
        "{env}"
    );
    let suppress = apply_edits(&rs_text, edits_for(action(&actions, "Suppress"), &rs));
    assert!(
        suppress.contains("\t// redflag: ignore[secret.github-pat]\n\tlet github_token"),
        "{suppress}"
    );

    // Issue 10 #6: `.properties` comments start with `#` (it used to get INI's `;`).
    let props = file_uri(&dir.path().join("app.properties"));
    let props_text = format!("github.token={token}\n");
    lsp.open(&props, "properties", &props_text);
    let diagnostics = lsp.diagnostics(&props, Some(1));
    let (line, col, _, _) = range(find(&diagnostics, "secret.github-pat"));
    let actions = code_actions(&mut lsp, &props, line, col);
    let suppress = apply_edits(&props_text, edits_for(action(&actions, "Suppress"), &props));
    assert_eq!(
        suppress,
        format!("# redflag: ignore[secret.github-pat]\ngithub.token={token}\n")
    );
    lsp.change(&props, 2, json!([{"text": suppress}]));
    let after = lsp.diagnostics(&props, Some(2));
    assert!(
        !codes(&after).contains(&"secret.github-pat".to_string()),
        "{after:#?}"
    );
    let (status, stderr, seen) = lsp.stop();
    assert_eq!(status.code(), Some(0));
    // Only the "ignore this value" action may carry the value, and it is resolved lazily
    // when the client can: this client cannot, so it is there in full by design.
    let _ = (stderr, seen);
}

#[test]
fn ignore_value_is_resolved_lazily_so_the_secret_only_travels_when_chosen() {
    let token = fake_token();
    let dir = tree(&[]);
    let capabilities = json!({"textDocument": {"codeAction": {"resolveSupport": {"properties": ["edit"]}, "dataSupport": true}}});
    let (mut lsp, init) = Lsp::start(dir.path(), capabilities, &[dir.path()], Value::Null);
    assert_eq!(
        init["capabilities"]["codeActionProvider"]["resolveProvider"],
        true
    );
    let uri = file_uri(&dir.path().join("t.py"));
    lsp.open(&uri, "python", &format!("token = \"{token}\"\n"));
    let diagnostics = lsp.diagnostics(&uri, Some(1));
    let (line, col, _, _) = range(find(&diagnostics, "secret.github-pat"));
    let actions = code_actions(&mut lsp, &uri, line, col);
    assert!(!serde_json::to_string(&actions).unwrap().contains(&token));
    let ignore = action(&actions, "Ignore this value").clone();
    let resolved = lsp.request("codeAction/resolve", ignore);
    let edit = &resolved["result"]["edit"]["documentChanges"];
    assert_eq!(edit[0]["kind"], "create");
    let new_text = edit[1]["edits"][0]["newText"].as_str().unwrap();
    // The config is committed: it holds the value's digest, never the value.
    let digest = redflag_core::report::ignored_value::digest_entry(token.as_bytes());
    assert_eq!(new_text, format!("[ignore]\nvalues = [\"{digest}\"]\n"));
    assert!(!new_text.contains(&token));
    lsp.stop();
}

#[test]
fn pull_diagnostics_only_for_clients_with_pull_and_refresh() {
    let dir = tree(&[]);
    let text = "import yaml\nyaml.load(s)\n";
    let pull = json!({"textDocument": {"diagnostic": {}}, "workspace": {"diagnostics": {"refreshSupport": true}}});
    let (mut lsp, init) = Lsp::start(dir.path(), pull, &[dir.path()], Value::Null);
    assert!(init["capabilities"]["diagnosticProvider"].is_object());
    let uri = file_uri(&dir.path().join("p.py"));
    lsp.open(&uri, "python", text);
    let report = lsp.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(report["result"]["kind"], "full");
    assert_eq!(
        codes(report["result"]["items"].as_array().unwrap()),
        ["py.yaml-load-unsafe"]
    );
    let pushed = lsp.try_wait_for(Duration::from_millis(500), |m| {
        m["method"] == "textDocument/publishDiagnostics"
    });
    assert!(
        pushed.is_none(),
        "a pull client gets no pushed diagnostics: {pushed:?}"
    );
    lsp.stop();

    // Pull without refresh support: pushed as usual.
    let pull_only = json!({"textDocument": {"diagnostic": {}}});
    let (mut lsp, init) = Lsp::start(dir.path(), pull_only, &[dir.path()], Value::Null);
    assert!(init["capabilities"].get("diagnosticProvider").is_none());
    lsp.open(&uri, "python", text);
    assert_eq!(
        codes(&lsp.diagnostics(&uri, Some(1))),
        ["py.yaml-load-unsafe"]
    );
    lsp.stop();
}

#[test]
fn untitled_buffers_and_files_outside_every_folder_are_analysed() {
    let folder = tree(&[]);
    let elsewhere = tree(&[]);
    let (mut lsp, _) = Lsp::start(folder.path(), utf16(), &[folder.path()], Value::Null);
    lsp.open(
        "untitled:Untitled-1",
        "python",
        "import yaml\nyaml.load(s)\n",
    );
    assert_eq!(
        codes(&lsp.diagnostics("untitled:Untitled-1", Some(1))),
        ["py.yaml-load-unsafe"]
    );
    let outside = file_uri(&elsewhere.path().join("o.py"));
    lsp.open(&outside, "python", "import yaml\nyaml.load(s)\n");
    assert_eq!(
        codes(&lsp.diagnostics(&outside, Some(1))),
        ["py.yaml-load-unsafe"]
    );
    lsp.stop();
}

#[test]
fn each_file_follows_its_own_project_config_in_a_multi_root_workspace() {
    let a = tree(&[(
        "redflag.toml",
        "[rules]\ndisable = [\"py.yaml-load-unsafe\"]\n",
    )]);
    let b = tree(&[("redflag.toml", "[ignore]\npaths = [\"generated/**\"]\n")]);
    let (mut lsp, _) = Lsp::start(a.path(), utf16(), &[a.path(), b.path()], Value::Null);
    let text = "import yaml\nyaml.load(s)\n";
    let in_a = file_uri(&a.path().join("x.py"));
    let in_b = file_uri(&b.path().join("x.py"));
    write(&b.path().join("generated/g.py"), text.as_bytes());
    let ignored = file_uri(&b.path().join("generated/g.py"));
    lsp.open(&in_a, "python", text);
    lsp.open(&in_b, "python", text);
    lsp.open(&ignored, "python", text);
    assert!(lsp.diagnostics(&in_a, Some(1)).is_empty(), "disabled in a");
    assert_eq!(
        codes(&lsp.diagnostics(&in_b, Some(1))),
        ["py.yaml-load-unsafe"]
    );
    assert!(
        lsp.diagnostics(&ignored, Some(1)).is_empty(),
        "ignored in b"
    );
    lsp.stop();
}

#[test]
fn rules_and_config_reload_when_they_change_and_a_broken_reload_keeps_the_old_rules() {
    let dir = tree(&[("redflag.toml", "[scan]\nfail_on = \"error\"\n")]);
    let capabilities =
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}});
    let (mut lsp, _) = Lsp::start(dir.path(), capabilities, &[dir.path()], Value::Null);
    let registration = lsp.wait_for("watcher registration", |m| {
        m["method"] == "client/registerCapability"
    });
    assert_eq!(
        registration["params"]["registrations"][0]["method"],
        "workspace/didChangeWatchedFiles"
    );
    let uri = file_uri(&dir.path().join("x.py"));
    lsp.open(&uri, "python", "import yaml\nyaml.load(s)\n");
    assert_eq!(
        codes(&lsp.diagnostics(&uri, Some(1))),
        ["py.yaml-load-unsafe"]
    );
    let config = dir.path().join("redflag.toml");
    let changed = json!({"changes": [{"uri": file_uri(&config), "type": 2}]});

    write(&config, b"[rules]\ndisable = [\"py.yaml-load-unsafe\"]\n");
    lsp.notify("workspace/didChangeWatchedFiles", changed.clone());
    assert!(
        lsp.diagnostics(&uri, Some(1)).is_empty(),
        "rule disabled after reload"
    );

    write(&config, b"[rules\nbroken");
    lsp.notify("workspace/didChangeWatchedFiles", changed.clone());
    let warning = lsp.wait_for("reload warning", |m| m["method"] == "window/showMessage");
    let message = warning["params"]["message"].as_str().unwrap();
    assert!(
        message.contains("previous rules stay in effect") && message.contains("redflag.toml:1:"),
        "{message}"
    );
    assert!(
        lsp.diagnostics(&uri, Some(1)).is_empty(),
        "old rules (rule still disabled) kept"
    );

    // A project rule folder: adding a rule file there takes effect too.
    write(&config, b"[rules]\npaths = [\"rules\"]\n");
    write(
        &dir.path().join("rules/python/no-print.scm"),
        b";; ---\n;; id = \"py.print-used\"\n;; title = \"print\"\n;; severity = \"warning\"\n;; confidence = \"high\"\n;; message = \"print\"\n;; ---\n;; Docs.\n((call function: (identifier) @f) @finding (#eq? @f \"print\"))\n",
    );
    lsp.notify("workspace/didChangeWatchedFiles", changed);
    lsp.change(&uri, 2, json!([{"text": "print(1)\n"}]));
    assert_eq!(codes(&lsp.diagnostics(&uri, Some(2))), ["py.print-used"]);
    lsp.stop();
}

#[test]
fn rules_reload_on_save_when_the_client_cannot_watch_files() {
    let dir = tree(&[("redflag.toml", "")]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let uri = file_uri(&dir.path().join("x.py"));
    lsp.open(&uri, "python", "import yaml\nyaml.load(s)\n");
    assert_eq!(
        codes(&lsp.diagnostics(&uri, Some(1))),
        ["py.yaml-load-unsafe"]
    );
    let config = dir.path().join("redflag.toml");
    write(&config, b"[rules]\ndisable = [\"py.yaml-load-unsafe\"]\n");
    lsp.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": file_uri(&config)}}),
    );
    assert!(lsp.diagnostics(&uri, Some(1)).is_empty());
    lsp.stop();
}

#[test]
fn rule_files_get_diagnostics_at_the_line_and_column_of_their_error() {
    let dir = tree(&[]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let uri = file_uri(&dir.path().join("rules/python/bad.scm"));
    let rule = ";; ---\n;; id = \"py.bad\"\n;; title = \"bad\"\n;; severity = \"warning\"\n;; confidence = \"high\"\n;; message = \"bad\"\n;; ---\n;; Docs.\n(call\n  function: (identifer) @f) @finding\n";
    lsp.open(&uri, "query", rule);
    let diagnostics = lsp.diagnostics(&uri, Some(1));
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let (line, col, _, _) = range(&diagnostics[0]);
    assert_eq!((line, col), (9, 13), "{diagnostics:#?}");
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .unwrap()
            .contains("does not compile")
    );
    // Fixed: the diagnostic goes away.
    lsp.change(&uri, 2, json!([{"range": {"start": {"line": 9, "character": 13}, "end": {"line": 9, "character": 22}}, "text": "identifier"}]));
    assert!(lsp.diagnostics(&uri, Some(2)).is_empty());
    // A broken header is reported on its line.
    let config = file_uri(&dir.path().join("redflag.toml"));
    lsp.open(&config, "toml", "[scan]\nfail_on = \"sometimes\"\n");
    let diagnostics = lsp.diagnostics(&config, Some(1));
    assert_eq!(range(&diagnostics[0]).0, 1, "{diagnostics:#?}");
    lsp.stop();
}

#[test]
fn scan_workspace_reports_progress_and_publishes_files_with_findings() {
    let token = fake_token();
    let dir = tree(&[
        ("redflag.toml", "[ignore]\npaths = [\"vendor/**\"]\n"),
        ("src/clean.py", "print('hi')\n"),
        ("vendor/lib.py", "import yaml\nyaml.load(s)\n"),
    ]);
    write(
        &dir.path().join("src/leak.py"),
        format!("token = \"{token}\"\n").as_bytes(),
    );
    let (mut lsp, init) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    assert_eq!(
        init["capabilities"]["executeCommandProvider"]["commands"][0],
        "redflag.scanWorkspace"
    );
    let response = lsp.request(
        "workspace/executeCommand",
        json!({"command": "redflag.scanWorkspace", "arguments": []}),
    );
    assert!(response.get("error").is_none(), "{response}");
    lsp.wait_for("progress create", |m| {
        m["method"] == "window/workDoneProgress/create"
    });
    let begin = lsp.wait_for("progress begin", |m| {
        m["method"] == "$/progress" && m["params"]["value"]["kind"] == "begin"
    });
    assert_eq!(begin["params"]["value"]["cancellable"], true);
    let leak = file_uri(&dir.path().join("src/leak.py"));
    assert_eq!(codes(&lsp.diagnostics(&leak, None)), ["secret.github-pat"]);
    let end = lsp.wait_for("progress end", |m| {
        m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end"
    });
    assert!(
        end["params"]["value"]["message"]
            .as_str()
            .unwrap()
            .contains("1 with findings"),
        "{end}"
    );
    let (_, stderr, seen) = lsp.stop();
    let vendor = file_uri(&dir.path().join("vendor/lib.py"));
    assert!(
        !seen.iter().any(|m| m["params"]["uri"] == vendor.as_str()),
        "ignored path scanned"
    );
    no_secret_anywhere(&seen, &stderr, &token);
}

#[test]
fn scan_workspace_can_be_cancelled() {
    let dir = tree(&[]);
    for i in 0..3000 {
        write(
            &dir.path().join(format!("m{}/f{i}.py", i % 30)),
            b"import yaml\nyaml.load(s)\nx = 1\n",
        );
    }
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    lsp.request(
        "workspace/executeCommand",
        json!({"command": "redflag.scanWorkspace"}),
    );
    let create = lsp.wait_for("progress create", |m| {
        m["method"] == "window/workDoneProgress/create"
    });
    let token = create["params"]["token"].clone();
    lsp.notify("window/workDoneProgress/cancel", json!({"token": token}));
    let end = lsp.wait_for("progress end", |m| {
        m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end"
    });
    assert!(
        end["params"]["value"]["message"]
            .as_str()
            .unwrap()
            .contains("cancelled"),
        "{end}"
    );
    let published = lsp
        .seen
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .count();
    assert!(
        published < 3000,
        "cancel stopped the scan early ({published} files published)"
    );
    lsp.stop();
}

#[test]
fn scan_on_startup_runs_only_when_enabled() {
    let dir = tree(&[("a.py", "import yaml\nyaml.load(s)\n")]);
    let uri = file_uri(&dir.path().join("a.py"));
    let (mut lsp, _) = Lsp::start(
        dir.path(),
        utf16(),
        &[dir.path()],
        json!({"scanOnStartup": true}),
    );
    assert_eq!(codes(&lsp.diagnostics(&uri, None)), ["py.yaml-load-unsafe"]);
    lsp.stop();
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let pushed = lsp.try_wait_for(Duration::from_millis(800), |m| {
        m["method"] == "textDocument/publishDiagnostics"
    });
    assert!(pushed.is_none(), "off by default");
    lsp.stop();
}

#[test]
fn malformed_messages_and_bad_requests_get_errors_and_the_server_keeps_serving() {
    let dir = tree(&[]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    // Not JSON at all.
    lsp.send_raw(b"Content-Length: 9\r\n\r\n{not json");
    lsp.wait_for("a note on the malformed message", |m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("malformed")
    });
    // A frame without Content-Length, and JSON that is not JSON-RPC.
    lsp.send_raw(b"Content-Type: text/plain\r\n\r\n");
    lsp.send_raw(b"Content-Length: 2\r\n\r\n[]");
    // Unknown method, bad params, unknown command.
    let unknown = lsp.request("textDocument/unknownThing", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);
    let bad = lsp.request("textDocument/hover", json!({"position": "nowhere"}));
    assert_eq!(bad["error"]["code"], -32602);
    let command = lsp.request("workspace/executeCommand", json!({"command": "rm -rf"}));
    assert_eq!(command["error"]["code"], -32602);
    // Changes to a document never opened, edits past the end of one that is.
    lsp.change("file:///nowhere/never-opened.py", 2, json!([{"text": "x"}]));
    let uri = file_uri(&dir.path().join("r.py"));
    lsp.open(&uri, "python", "a = 1\n");
    lsp.diagnostics(&uri, Some(1));
    lsp.change(&uri, 2, json!([{"range": {"start": {"line": 99, "character": 5}, "end": {"line": 120, "character": 0}}, "text": "import yaml\nyaml.load(s)\n"}]));
    assert_eq!(
        codes(&lsp.diagnostics(&uri, Some(2))),
        ["py.yaml-load-unsafe"],
        "clamped to the end"
    );
    lsp.wait_for("a note on the clamped edit", |m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("past the end")
    });
    // Still serving.
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    assert!(hover.get("error").is_none());
    let (status, _, _) = lsp.stop();
    assert_eq!(status.code(), Some(0));
}

/// A panic while analysing one document is contained: a window message (once, not on every
/// keystroke) instead of diagnostics, the panic's message (which quotes the text) is never
/// sent, and the server goes on serving that document and the others.
#[test]
fn a_panic_on_one_document_is_a_window_message_and_the_server_goes_on() {
    let dir = tree(&[]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let boom = file_uri(&dir.path().join("boom.py"));
    let text = "redflag-fault-injection: panic\npassword = \"Zq8wLm3nPxKd7Rt2\"\n";
    lsp.open(&boom, "python", text);
    let shown = lsp.wait_for("a window message on the failed analysis", |m| {
        m["method"] == "window/showMessage"
    });
    assert_eq!(shown["params"]["type"], 1, "an error: {shown}");
    let message = shown["params"]["message"].as_str().unwrap_or("");
    assert!(
        message.contains("boom.py: internal error, not analysed"),
        "{message}"
    );
    assert!(lsp.diagnostics(&boom, Some(1)).is_empty());
    // Still failing after an edit: logged, not shown again.
    lsp.change(&boom, 2, json!([{"text": format!("{text}# more\n")}]));
    assert!(lsp.diagnostics(&boom, Some(2)).is_empty());
    // Other documents, and this one once it no longer panics, are analysed.
    let other = file_uri(&dir.path().join("other.py"));
    lsp.open(&other, "python", "import yaml\nyaml.load(s)\n");
    assert_eq!(
        codes(&lsp.diagnostics(&other, Some(1))),
        ["py.yaml-load-unsafe"]
    );
    lsp.change(&boom, 3, json!([{"text": "import yaml\nyaml.load(s)\n"}]));
    assert_eq!(
        codes(&lsp.diagnostics(&boom, Some(3))),
        ["py.yaml-load-unsafe"]
    );
    let (status, stderr, seen) = lsp.stop();
    assert_eq!(status.code(), Some(0));
    let shown = seen
        .iter()
        .filter(|m| m["method"] == "window/showMessage")
        .count();
    assert_eq!(shown, 1, "told once");
    no_secret_anywhere(&seen, &stderr, "Zq8wLm3nPxKd7Rt2");
    assert!(!stderr.contains("injected"), "{stderr}");
}

/// Issue 10 #7: analyses were matched on the client's version number alone, so after a
/// close and a reopen at the same version, the old text's analysis (slow here, by the
/// test-only fault injection) published its diagnostics for the new text.
#[test]
fn an_analysis_of_a_closed_document_never_publishes_after_a_reopen_at_the_same_version() {
    let dir = tree(&[]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let uri = file_uri(&dir.path().join("app.py"));
    lsp.open(
        &uri,
        "python",
        "redflag-fault-injection: slow\nimport yaml\nyaml.load(s)\n",
    );
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    lsp.open(&uri, "python", "x = 1\n");
    assert!(lsp.diagnostics(&uri, Some(1)).is_empty());
    let stale = lsp.try_wait_for(Duration::from_secs(4), |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == uri
            && m["params"]["diagnostics"]
                .as_array()
                .is_some_and(|d| !d.is_empty())
    });
    assert!(
        stale.is_none(),
        "the closed text's analysis was published: {stale:#?}"
    );
    // Hover and code actions see the reopened text too.
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 2, "character": 5}}),
    );
    assert!(hover["result"].is_null(), "{hover}");
    lsp.stop();
}

/// Issue 10 #7: the language was fixed when the document opened; a shebang typed later into
/// an extension-less file was ignored.
#[test]
fn the_language_is_detected_again_when_a_shebang_is_typed() {
    let dir = tree(&[]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let uri = file_uri(&dir.path().join("deploy"));
    lsp.open(&uri, "plaintext", "import yaml\nyaml.load(s)\n");
    assert!(
        lsp.diagnostics(&uri, Some(1)).is_empty(),
        "plain text has no query rules"
    );
    lsp.change(
        &uri,
        2,
        json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "#!/usr/bin/env python3\n"}]),
    );
    assert_eq!(
        codes(&lsp.diagnostics(&uri, Some(2))),
        ["py.yaml-load-unsafe"]
    );
    // And back: without the shebang it is plain text again.
    lsp.change(
        &uri,
        3,
        json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 0}}, "text": ""}]),
    );
    assert!(lsp.diagnostics(&uri, Some(3)).is_empty());
    lsp.stop();
}

#[test]
fn huge_binary_and_one_line_documents_get_a_note_and_never_hang_the_server() {
    let dir = tree(&[]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    // 50 MB: over the size limit, a note instead of an analysis.
    let big = file_uri(&dir.path().join("big.py"));
    let line = "value = compute(1, 2, 3)  # filler\n";
    lsp.open(&big, "python", &line.repeat(50 * 1024 * 1024 / line.len()));
    assert!(lsp.diagnostics(&big, Some(1)).is_empty());
    lsp.wait_for("size note", |m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("size limit")
    });
    // Binary content.
    let binary = file_uri(&dir.path().join("blob.py"));
    lsp.open(&binary, "python", "\u{0}\u{1}\u{2}ELF\u{0}\u{0}");
    assert!(lsp.diagnostics(&binary, Some(1)).is_empty());
    lsp.wait_for("binary note", |m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("binary")
    });
    // One line of 5 MB with a finding at its end.
    let long = file_uri(&dir.path().join("long.py"));
    let mut text =
        "x = [".to_string() + &"1, ".repeat(5 * 1024 * 1024 / 3) + "0]; import yaml; yaml.load(s)";
    text.push('\n');
    lsp.open(&long, "python", &text);
    let diagnostics = lsp.diagnostics(&long, Some(1));
    let _ = diagnostics;
    // An edit on the huge line is still answered.
    lsp.change(&long, 2, json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}}, "text": "y"}]));
    lsp.diagnostics(&long, Some(2));
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": long}, "position": {"line": 0, "character": 3}}),
    );
    assert!(hover.get("error").is_none());
    let (status, _, _) = lsp.stop();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn shutdown_and_exit_follow_the_spec() {
    let dir = tree(&[]);
    // exit after shutdown: 0; requests after shutdown are refused.
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let response = lsp.request("shutdown", Value::Null);
    assert_eq!(response["result"], Value::Null);
    let refused = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///a.py"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(refused["error"]["code"], -32600);
    lsp.notify("exit", Value::Null);
    let (status, _, _) = lsp.finish();
    assert_eq!(status.code(), Some(0));
    // exit without shutdown: 1.
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    lsp.notify("exit", Value::Null);
    let (status, _, _) = lsp.finish();
    assert_eq!(status.code(), Some(1));
    // The client going away (stdin closed) ends the server too.
    let (lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let (status, _, _) = lsp.finish();
    assert!(status.code().is_some());
}

#[test]
fn nothing_but_protocol_messages_goes_to_stdout() {
    // Every message the reader thread parsed is a JSON-RPC 2.0 message; a stray println
    // would break the framing and the next wait would time out.
    let dir = tree(&[]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let uri = file_uri(&dir.path().join("a.py"));
    lsp.open(&uri, "python", "import yaml\nyaml.load(s)\n");
    lsp.diagnostics(&uri, Some(1));
    let (_, _, seen) = lsp.stop();
    assert!(seen.iter().all(|m| m["jsonrpc"] == "2.0"));
    let _ = Path::new("");
}

/// Fuzzing the server over its real stdio (issue 10): batches of random frames, both
/// well-framed garbage and JSON-RPC messages of every method the server handles with random
/// or half-right params; after each batch the server must still answer, and at the end exit
/// cleanly without an internal error. `REDFLAG_FUZZ_CASES=N` runs N batches.
#[test]
fn random_json_rpc_frames_never_stop_the_server() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestCaseError, TestRunner};

    let dir = tree(&[("app.py", "import yaml\nyaml.load(s)\n")]);
    let uri = file_uri(&dir.path().join("app.py"));
    let (lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let lsp = std::cell::RefCell::new(lsp);
    let methods = [
        "textDocument/didOpen",
        "textDocument/didChange",
        "textDocument/didClose",
        "textDocument/didSave",
        "textDocument/hover",
        "textDocument/codeAction",
        "codeAction/resolve",
        "textDocument/diagnostic",
        "textDocument/completion",
        "workspace/executeCommand",
        "workspace/didChangeConfiguration",
        "workspace/didChangeWatchedFiles",
        "window/workDoneProgress/cancel",
        "$/cancelRequest",
        "$/setTrace",
        "initialize",
        "initialized",
        "no/such-method",
    ];
    let json_value = prop::collection::vec(
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            "[ -~]{0,12}".prop_map(Value::from),
        ],
        0..4,
    )
    .prop_map(Value::from);
    let position = (0u32..6, 0u32..40).prop_map(|(l, c)| json!({"line": l, "character": c}));
    let texts = prop_oneof![
        Just("import yaml\nyaml.load(s)\n".to_string()),
        Just(format!("token = \"{}\"\n", fake_token())),
        "[ -~\n\r]{0,40}",
    ];
    let params = {
        let uri = uri.clone();
        (json_value.clone(), position.clone(), position, texts, any::<i32>(), 0u8..4).prop_map(
            move |(noise, start, end, text, version, shape)| match shape {
                0 => noise,
                1 => json!({
                    "textDocument": {"uri": uri, "languageId": "python", "version": version, "text": text},
                    "contentChanges": [{"range": {"start": start, "end": end}, "text": text}],
                    "position": start,
                    "range": {"start": start, "end": end},
                    "context": {"diagnostics": []},
                }),
                2 => json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
                _ => json!({"textDocument": {"uri": noise}, "position": noise, "command": text, "settings": noise, "id": version}),
            },
        )
    };
    let frame = prop_oneof![
        3 => (0..methods.len(), params, prop::option::of(any::<i32>())).prop_map(move |(m, params, id)| {
            let mut message = json!({"jsonrpc": "2.0", "method": methods[m], "params": params});
            if let Some(id) = id {
                // Negative: never one of the test client's own request ids.
                message["id"] = json!(-i64::from(id).abs() - 1);
            }
            let body = serde_json::to_vec(&message).unwrap();
            let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
            frame.extend(body);
            frame
        }),
        1 => prop::collection::vec(any::<u8>(), 0..60).prop_map(|body| {
            let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
            frame.extend(body);
            frame
        }),
        1 => "[ -~]{0,30}".prop_map(|header| format!("{header}\r\n\r\n").into_bytes()),
    ];
    let cases = std::env::var("REDFLAG_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(32);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let batches = prop::collection::vec(frame, 1..12);
    let result = runner.run(&batches, |frames| {
        let mut lsp = lsp.borrow_mut();
        for frame in &frames {
            lsp.send_raw(frame);
        }
        let response = lsp.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": "file:///nowhere.py"}, "position": {"line": 0, "character": 0}}),
        );
        prop_assert!(response.get("id").is_some(), "{response}");
        lsp.forget();
        Ok::<(), TestCaseError>(())
    });
    let lsp = lsp.into_inner();
    let (status, stderr, _) = lsp.stop();
    assert!(result.is_ok(), "{result:?}\nstderr:\n{stderr}");
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");
}

/// (path, rule id, severity) of every finding, sorted: the answer to compare across front
/// ends.
type Answer = Vec<(String, String, String)>;

fn json_answer(output: &std::process::Output) -> Answer {
    let json: Value = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    let mut answer: Answer = json["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap_or_default().to_string(),
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                f["severity"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    answer.sort();
    answer
}

#[test]
fn nested_configs_give_the_same_answer_through_the_cli_the_hook_and_the_language_server() {
    let repo = support::git_repo();
    let dir = repo.path();
    let code = "import yaml\nyaml.load(s)\neval(x)\n";
    let leak = format!(
        "# token = \"{}\"\n[[rules]]\nid = \"team.marker\"\ntitle = \"Team marker\"\nregex = '''TEAM_MARKER_[0-9]{{4}}'''\n",
        fake_token()
    );
    let files: Vec<(&str, String)> = vec![
        // The root ignores one rule; sub/ has a config of its own that keeps it, lowers
        // another rule's severity and ignores a folder.
        ("redflag.toml", "[rules]\ndisable = [\"py.yaml-load-unsafe\"]\n".into()),
        (
            "sub/redflag.toml",
            "[rules]\nseverity = { \"py.eval-non-literal\" = \"warning\" }\n[ignore]\npaths = [\"gen/**\"]\n".into(),
        ),
        ("a.py", code.into()),
        ("sub/b.py", code.into()),
        ("sub/gen/c.py", code.into()),
        // A rule file is judged for secrets like any other file.
        ("queries/team/leak.toml", leak),
    ];
    for (path, text) in &files {
        write(&dir.join(path), text.as_bytes());
    }
    let sources = ["a.py", "sub/b.py", "sub/gen/c.py", "queries/team/leak.toml"];

    let mut scan_args = vec!["scan", "--format", "json"];
    scan_args.extend(sources);
    let cli = json_answer(&support::run_in(dir, &scan_args));
    // The same files found by walking the tree.
    let walked: Answer = json_answer(&support::run_in(dir, &["scan", "--format", "json", "."]))
        .into_iter()
        .filter(|(path, _, _)| sources.contains(&path.as_str()))
        .collect();
    assert_eq!(cli, walked, "files given and files walked");

    support::git(dir, &["add", "-A"]);
    let hook = support::redflag()
        .args(["hook", "pre-commit", "--format", "json"])
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .unwrap();
    let hook = json_answer(&hook);

    let (mut lsp, _) = Lsp::start(dir, utf16(), &[dir], Value::Null);
    let mut editor: Answer = Vec::new();
    for path in sources {
        let uri = file_uri(&dir.join(path));
        let text = &files.iter().find(|(p, _)| *p == path).unwrap().1;
        let language = if path.ends_with(".py") {
            "python"
        } else {
            "toml"
        };
        lsp.open(&uri, language, text);
        for d in lsp.diagnostics(&uri, Some(1)) {
            let severity = match d["severity"].as_i64() {
                Some(1) => "error",
                Some(2) => "warning",
                Some(3) => "info",
                _ => "hint",
            };
            let code = d["code"].as_str().unwrap_or_default().to_string();
            editor.push((path.to_string(), code, severity.to_string()));
        }
    }
    lsp.stop();
    editor.sort();

    let rules: Vec<(&str, &str, &str)> = cli
        .iter()
        .map(|(p, r, s)| (p.as_str(), r.as_str(), s.as_str()))
        .filter(|(p, _, _)| p.ends_with(".py"))
        .collect();
    assert_eq!(
        rules,
        [
            ("a.py", "py.eval-non-literal", "error"),
            ("sub/b.py", "py.eval-non-literal", "warning"),
            ("sub/b.py", "py.yaml-load-unsafe", "error"),
        ],
        "{cli:?}"
    );
    assert!(
        cli.iter()
            .any(|(p, r, _)| p == "queries/team/leak.toml" && r.starts_with("secret.")),
        "the rule file's secret: {cli:?}"
    );
    assert_eq!(cli, hook, "CLI and hook");
    assert_eq!(cli, editor, "CLI and language server");
}

/// Issue 14: an unused suppression is a diagnostic with a quick fix that deletes the marker,
/// and after the fix the document has no diagnostic left.
#[test]
fn an_unused_suppression_has_a_quick_fix_that_deletes_it() {
    let dir = tree(&[]);
    let (mut lsp, _) = Lsp::start(dir.path(), utf16(), &[dir.path()], Value::Null);
    let uri = file_uri(&dir.path().join("calc.py"));
    let text = "total = add(a, b)  # redflag: ignore[py.eval-non-literal] -- was eval once\n";
    lsp.open(&uri, "python", text);
    let diagnostics = lsp.diagnostics(&uri, Some(1));
    assert_eq!(codes(&diagnostics), ["redflag.unused-suppression"]);
    let (line, col, _, _) = range(find(&diagnostics, "redflag.unused-suppression"));
    let actions = code_actions(&mut lsp, &uri, line, col + 1);
    let remove = action(&actions, "Remove the unused suppression");
    assert_eq!(remove["isPreferred"], true);
    assert!(
        !actions
            .iter()
            .any(|a| a["title"].as_str().unwrap_or("").starts_with("Suppress")),
        "a finding about a suppression is not suppressed: {actions:#?}"
    );
    let fixed = apply_edits(text, edits_for(remove, &uri));
    assert_eq!(fixed, "total = add(a, b)\n");
    lsp.change(&uri, 2, json!([{"text": fixed}]));
    assert!(lsp.diagnostics(&uri, Some(2)).is_empty());
    lsp.stop();
}
