//! The engine's contract, on small rule sets written inline.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use redflag_core::rules::parse_rule_file;
use redflag_core::{AnalyzeOptions, Document, Engine, RuleSet, Severity, validate_rule};

const EVAL_RULE: &str = r#";; ---
;; id = "py.test-eval"
;; title = "eval"
;; severity = "error"
;; confidence = "high"
;; message = "`{{func}}` on {{arg}}"
;; keywords = ["eval"]
;;
;; [fix]
;; title = "Use ast.literal_eval"
;; capture = "func"
;; replace = "ast.literal_eval"
;; ---
;; Docs.
(call function: (_) @func
  arguments: (argument_list . (_) @arg)
  (#resolves-to? @func "eval" "builtins.eval")
  (#not-literal? @arg)) @finding
"#;

const TOKEN_RULES: &str = r#"
[[rules]]
id = "secret.test-token"
title = "test token"
regex = '''\b(tok_[a-zA-Z0-9]{20})\b'''
keywords = ["tok_"]
entropy = 3.0

[[rules]]
id = "secret.test-generic"
title = "generic"
severity = "warning"
regex = '''key = "([^"]{8,})"'''
keywords = ["key"]
"#;

fn rules(files: &[(&str, &str)]) -> Engine {
    let mut all = Vec::new();
    for (path, text) in files {
        let parsed = parse_rule_file(path, text).unwrap_or_else(|e| panic!("{e}"));
        for rule in &parsed {
            validate_rule(rule).unwrap_or_else(|e| panic!("{e}"));
        }
        all.extend(parsed);
    }
    Engine::new(RuleSet::new(all).unwrap_or_else(|e| panic!("{e:?}")))
}

fn analyze(set: &Engine, path: &str, text: &str) -> redflag_core::Analysis {
    set.analyze(
        &Document::new(path, text.as_bytes()),
        &AnalyzeOptions::default(),
    )
}

#[test]
fn query_rule_reports_line_column_message_and_fix() {
    let set = rules(&[("q/python/eval.scm", EVAL_RULE)]);
    let analysis = analyze(&set, "app.py", "import builtins as b\n\nx = b.eval(data)\n");
    assert!(analysis.parsed);
    let [finding] = analysis.findings.as_slice() else {
        panic!("{:?}", analysis.findings)
    };
    assert_eq!((finding.start.line, finding.start.column), (3, 5));
    assert_eq!(finding.message, "`b.eval` on data");
    let fix = finding.fix.as_ref().expect("fix");
    assert_eq!(fix.edits[0].replacement, "ast.literal_eval");
    assert_eq!(
        &"import builtins as b\n\nx = b.eval(data)\n"[fix.edits[0].span.clone()],
        "b.eval"
    );
}

#[test]
fn files_without_keywords_are_not_parsed() {
    let set = rules(&[("q/python/eval.scm", EVAL_RULE)]);
    let analysis = analyze(&set, "app.py", "print('hello')\n");
    assert!(!analysis.parsed);
    assert!(analysis.findings.is_empty());
}

#[test]
fn fingerprint_ignores_line_moves_but_not_value_or_path() {
    let set = rules(&[("s/t.toml", TOKEN_RULES)]);
    let token = "tok_a8Kd02LmQz7Rt5Yx1Wv3";
    let first = analyze(&set, "a.txt", &format!("t = {token}\n"));
    let moved = analyze(&set, "a.txt", &format!("\n\n\nt = {token}\n"));
    let other_path = analyze(&set, "b.txt", &format!("t = {token}\n"));
    assert_eq!(first.findings[0].fingerprint, moved.findings[0].fingerprint);
    assert_ne!(
        first.findings[0].fingerprint,
        other_path.findings[0].fingerprint
    );
}

#[test]
fn secrets_are_redacted_in_excerpts_and_messages() {
    let set = rules(&[("s/t.toml", TOKEN_RULES)]);
    let token = "tok_a8Kd02LmQz7Rt5Yx1Wv3";
    let analysis = analyze(&set, "a.py", &format!("key = \"{token}\"\n"));
    let [finding] = analysis.findings.as_slice() else {
        panic!("{:?}", analysis.findings)
    };
    assert_eq!(
        finding.rule.id, "secret.test-token",
        "the stronger rule wins the same value"
    );
    assert!(!finding.excerpt.contains(token), "{}", finding.excerpt);
    assert!(!finding.message.contains(token));
    assert!(finding.revealed_excerpt.is_none());
    let revealed = set.analyze(
        &Document::new("a.py", format!("key = \"{token}\"\n").as_bytes()),
        &AnalyzeOptions {
            reveal_secrets: true,
            ..AnalyzeOptions::default()
        },
    );
    assert!(
        revealed.findings[0]
            .revealed_excerpt
            .as_deref()
            .is_some_and(|e| e.contains(token))
    );
}

#[test]
fn low_entropy_and_placeholder_values_are_not_secrets() {
    let set = rules(&[("s/t.toml", TOKEN_RULES)]);
    let analysis = analyze(
        &set,
        "a.txt",
        "tok_aaaaaaaaaaaaaaaaaaaa\nkey = \"<your-key-here>\"\n",
    );
    assert!(analysis.findings.is_empty(), "{:?}", analysis.findings);
}

#[test]
fn inline_suppression_names_the_rule() {
    let set = rules(&[("q/python/eval.scm", EVAL_RULE)]);
    let text = "# redflag: ignore[py.test-eval]\neval(a)\neval(b)  # redflag: ignore[other.rule]\n";
    let lines: Vec<usize> = analyze(&set, "x.py", text)
        .findings
        .iter()
        .map(|f| f.start.line)
        .collect();
    assert_eq!(lines, vec![3]);
}

#[test]
fn oversized_files_get_text_rules_and_a_note() {
    let set = rules(&[("q/python/eval.scm", EVAL_RULE), ("s/t.toml", TOKEN_RULES)]);
    let text = format!(
        "eval(x)\nt = tok_a8Kd02LmQz7Rt5Yx1Wv3\n{}",
        "#\n".repeat(100)
    );
    let options = AnalyzeOptions {
        max_parse_bytes: 50,
        ..AnalyzeOptions::default()
    };
    let analysis = set.analyze(&Document::new("big.py", text.as_bytes()), &options);
    assert!(!analysis.parsed);
    assert_eq!(analysis.findings.len(), 1);
    assert!(
        analysis.notes[0].contains("parse limit"),
        "{:?}",
        analysis.notes
    );
}

#[test]
fn invalid_utf8_and_huge_lines_do_not_panic() {
    let set = rules(&[("q/python/eval.scm", EVAL_RULE), ("s/t.toml", TOKEN_RULES)]);
    let mut bytes = b"eval(x) \xff\xfe tok_a8Kd02LmQz7Rt5Yx1Wv3 ".to_vec();
    bytes.extend(std::iter::repeat_n(b'a', 2_000_000));
    let analysis = set.analyze(&Document::new("odd.py", &bytes), &AnalyzeOptions::default());
    assert!(
        analysis
            .findings
            .iter()
            .any(|f| f.rule.id == "secret.test-token")
    );
    assert!(
        analysis
            .findings
            .iter()
            .all(|f| f.excerpt.chars().count() < 200)
    );
}

#[test]
fn severity_is_the_rules() {
    let set = rules(&[("s/t.toml", TOKEN_RULES)]);
    let analysis = analyze(&set, "a.txt", "key = \"Zq8wLm3nPx\"\n");
    assert_eq!(analysis.findings[0].severity, Severity::Warning);
}

const GENERIC_RULE: &str = r#"
[[rules]]
id = "secret.test-assignment"
title = "generic assignment"
check = "assignments"
severity = "warning"
message = "`{{name}}` is given a hard-coded secret"
"#;

#[test]
fn generic_findings_in_documentation_are_one_step_lower() {
    let set = rules(&[("s/generic.toml", GENERIC_RULE)]);
    let line = "api_token = \"q8Jd93kLx0PzA7vBw2Rt\"\n";
    let code = analyze(&set, "deploy.sh", line);
    let docs = analyze(&set, "README.md", line);
    assert_eq!(code.findings[0].severity, Severity::Warning);
    assert_eq!(docs.findings[0].severity, Severity::Info);
}

#[test]
fn protocol_tokens_and_mechanisms_are_not_secrets() {
    let set = rules(&[("s/generic.toml", GENERIC_RULE)]);
    for line in [
        "\"LockToken\": \"7b3bcec6-0130-4ca2-8ce9-a5b8e2b3c7f1\"",
        "\"ClientToken\": \"c9ad4a7c-8c3a-4b5e-9f1e-3a2b1c0d9e8f\"",
        "--starting-token eyJNYXJrZXIiOiBudWxsLCAiYm90b190cnVuY2F0ZSI6IDF9",
        "\"S3Key\": \"releases/v2/app-7f3a9c2e.zip\"",
        "capabilities = 'LOGINDISABLED AUTH=CRAM-MD5'",
        "\"arn:aws:secretsmanager:us-west-2:123456789012:secret:prod-db-Xk92Lq\"",
        "\"SecretString\": \"QVdTOkN...\"",
    ] {
        let found = analyze(&set, "notes.json", &format!("{line}\n")).findings;
        assert!(found.is_empty(), "{line}: {found:?}");
    }
}

#[test]
fn secrets_in_base64_values_are_found_on_the_encoded_run_and_redacted() {
    let set = rules(&[("s/generic.toml", GENERIC_RULE)]);
    // base64 of "DB_PASSWORD=Zq8Lr2mX9vT4kPw7Rn3Yb6Qs\n"
    let encoded = "REJfUEFTU1dPUkQ9WnE4THIybVg5dlQ0a1B3N1JuM1liNlFzCg==";
    let text = format!("data:\n  app.env: {encoded}\n");
    let analysis = analyze(&set, "secret.yaml", &text);
    let finding = &analysis.findings[0];
    assert!(
        finding.message.contains("base64-encoded"),
        "{}",
        finding.message
    );
    assert_eq!(&text[finding.span.clone()], encoded);
    for shown in [&finding.message, &finding.excerpt] {
        assert!(
            !shown.contains(encoded) && !shown.contains("Zq8Lr2mX9vT4"),
            "{shown}"
        );
    }
}

fn builtin() -> Engine {
    let rules = redflag_core::rules::load_builtin().unwrap_or_else(|e| panic!("{e:?}"));
    Engine::new(RuleSet::new(rules).unwrap_or_else(|e| panic!("{e:?}")))
}

/// Issue 10 #1: a Rust file whose last bytes are `'\` after a statement the secret gate
/// reads made the statement lexer slice past the end of the text (scan and hook exit 101).
#[test]
fn rust_file_ending_in_a_quote_and_backslash_does_not_panic() {
    let engine = builtin();
    let texts = [
        "let token = \"changeme-please\";\nlet c = '\\",
        "let token = \"changeme-please\";\nlet c = '\\\n",
        "let password = \"Zq8wLm3nPxKd\"; '\\",
        "'\\",
        "'",
        "'\\'",
        "r#\"",
        "/*",
    ];
    for text in texts {
        for path in ["a.rs", "a.py", "a.json", "a.js", "a.go", "a.c"] {
            let analysis = engine.analyze(
                &Document::new(path, text.as_bytes()),
                &AnalyzeOptions::default(),
            );
            assert!(analysis.findings.iter().all(|f| f.span.end <= text.len()));
        }
    }
}

/// Issue 10 #3: secret rules below the shown severity used not to run, so another finding's
/// excerpt on the same line printed their values in full.
#[test]
fn redaction_does_not_depend_on_min_severity() {
    let set = rules(&[("s/t.toml", TOKEN_RULES)]);
    let weak = "Zq8wLm3nPxQr";
    let text = format!("t = tok_a8Kd02LmQz7Rt5Yx1Wv3; key = \"{weak}\"\n");
    for min_severity in Severity::ALL {
        let options = AnalyzeOptions {
            min_severity,
            ..AnalyzeOptions::default()
        };
        let analysis = set.analyze(&Document::new("a.txt", text.as_bytes()), &options);
        let token = analysis
            .findings
            .iter()
            .find(|f| f.rule.id == "secret.test-token")
            .expect("the error-level token is found at every threshold");
        assert!(
            !token.excerpt.contains(weak),
            "{min_severity}: {}",
            token.excerpt
        );
        assert!(!token.excerpt.contains("tok_a8Kd02LmQz7Rt5Yx1Wv3"));
    }
}

/// Issue 10 #4: a fingerprint was an unsalted SHA-256 of rule, path and the secret value,
/// an offline password check. It is made from the line with its secrets masked.
#[test]
fn fingerprint_does_not_depend_on_the_secret_value() {
    let set = rules(&[("s/t.toml", TOKEN_RULES)]);
    let one = analyze(&set, "a.txt", "t = tok_a8Kd02LmQz7Rt5Yx1Wv3\n");
    let other = analyze(&set, "a.txt", "t = tok_Qm3Lx8Rt5Yz1Wv7Kd02a\n");
    assert_eq!(one.findings.len(), 1);
    assert_eq!(one.findings[0].fingerprint, other.findings[0].fingerprint);
    let changed_line = analyze(&set, "a.txt", "u = tok_a8Kd02LmQz7Rt5Yx1Wv3\n");
    assert_ne!(
        one.findings[0].fingerprint,
        changed_line.findings[0].fingerprint
    );
}

/// Issue 10 #6: `.properties` was read as INI (`;` comments), so `#` and `!` comment
/// suppressions were not honoured there.
#[test]
fn properties_suppressions_in_hash_and_bang_comments_are_honoured() {
    let engine = builtin();
    let text = "db.password=Zq8wLm3nPxKd7Rt2\n\
                # redflag: ignore[secret.generic-assignment]\n\
                b.password=Qq8wLm3nPxKd7Rt2\n\
                ! redflag: ignore[secret.generic-assignment]\n\
                c.password=Wq8wLm3nPxKd7Rt2\n\
                ; redflag: ignore[secret.generic-assignment]\n\
                d.password=Eq8wLm3nPxKd7Rt2\n";
    let doc = Document::new("conf/app.properties", text.as_bytes());
    assert_eq!(doc.language.name(), "properties");
    let lines: Vec<usize> = engine
        .analyze(&doc, &AnalyzeOptions::default())
        .findings
        .iter()
        .filter(|f| f.rule.id == "secret.generic-assignment")
        .map(|f| f.start.line)
        .collect();
    // `;` starts no comment in a properties file: line 7 is reported.
    assert_eq!(lines, vec![1, 7]);
}

/// Found by the fuzz tests: `.//x` passed the outside-the-root guard of the `[ignore] paths`
/// matcher, which strips the `./` and then asserts on the rooted `/x` that is left.
#[test]
fn ignore_paths_accept_any_relative_spelling_without_panicking() {
    let dir = std::env::temp_dir().join(format!("redflag-ignore-spelling-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("redflag.toml"),
        "[ignore]\npaths = [\"vendor/\"]\n",
    )
    .unwrap();
    let options = redflag_core::LoadOptions {
        no_builtin: true,
        ..Default::default()
    };
    let project = redflag_core::Project::load(&dir, &options).unwrap();
    for (path, ignored) in [
        ("vendor/x.py", true),
        ("./vendor/x.py", true),
        (".//vendor/x.py", true),
        ("vendor//x.py", true),
        (".//", false),
        ("./", false),
        (".", false),
        ("", false),
        ("src/x.py", false),
        ("../vendor/x.py", false),
        ("/vendor/x.py", false),
    ] {
        assert_eq!(project.is_ignored(path, false), ignored, "{path:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

const FLOW_RULE: &str = r#";; ---
;; id = "py.test-flow"
;; title = "flow"
;; kind = "flow"
;; severity = "error"
;; confidence = "medium"
;; message = "`{{sink}}`: `{{tainted}}` comes from `{{source}}` on line {{source_line}}"
;; ---
;; Docs.
((attribute) @source (#resolves-to? @source "sys.argv"))
(call function: (_) @_run
  arguments: (argument_list . (_) @sink)
  (#resolves-to? @_run "os.system"))
((call function: (_) @_q) @sanitizer (#resolves-to? @_q "shlex.quote"))
"#;

const FLOW_CODE: &str = "import os, shlex, sys\n\
    def main():\n    name = sys.argv[1]\n    cmd = 'ls ' + name\n    os.system(cmd)\n    \
    os.system('ls ' + shlex.quote(name))\n\ndef other(cmd):\n    os.system(cmd)\n\
    arg = sys.argv[2]\nos.system(f'cat {arg}')\n";

#[test]
fn flow_rule_names_the_source_and_its_line() {
    let set = rules(&[("q/python/flow.scm", FLOW_RULE)]);
    let analysis = analyze(&set, "a.py", FLOW_CODE);
    let found: Vec<(usize, &str)> = analysis
        .findings
        .iter()
        .map(|f| (f.start.line, f.message.as_str()))
        .collect();
    assert_eq!(
        found,
        vec![
            (5, "`cmd`: `cmd` comes from `sys.argv` on line 3"),
            (11, "`f'cat {arg}'`: `arg` comes from `sys.argv` on line 10"),
        ]
    );
}

#[test]
fn flow_rules_give_the_same_findings_with_statement_reuse() {
    let set = rules(&[("q/python/flow.scm", FLOW_RULE)]);
    let reuse = AnalyzeOptions {
        reuse_statements: true,
        ..AnalyzeOptions::default()
    };
    let lines = |options: &AnalyzeOptions, text: &str| -> Vec<(usize, String)> {
        set.analyze(&Document::new("a.py", text.as_bytes()), options)
            .findings
            .iter()
            .map(|f| (f.start.line, f.message.clone()))
            .collect()
    };
    // The second text changes only the statement holding the source: a flow spans statements.
    let edited = FLOW_CODE.replace("name = sys.argv[1]", "name = 'fixed'");
    for text in [FLOW_CODE, edited.as_str(), FLOW_CODE] {
        assert_eq!(lines(&reuse, text), lines(&AnalyzeOptions::default(), text));
    }
    assert_eq!(lines(&reuse, &edited).len(), 1);
}

#[test]
fn flow_rules_need_roles_and_a_taint_walker() {
    let no_role = FLOW_RULE.replace("@sanitizer", "@other");
    let parsed = parse_rule_file("q/python/flow.scm", &no_role).unwrap_or_else(|e| panic!("{e}"));
    assert!(validate_rule(&parsed[0]).is_err());
    let rust = FLOW_RULE.replace(
        ";; kind = \"flow\"",
        ";; kind = \"flow\"\n;; language = \"rust\"",
    );
    let parsed = parse_rule_file("q/rust/flow.scm", &rust);
    assert!(parsed.map_or(true, |rules| validate_rule(&rules[0]).is_err()));
}
