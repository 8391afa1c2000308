//! The incremental path (tree-sitter edits + incremental reparse + analysis with the kept
//! tree) must give exactly what a from-scratch analysis of the same text gives, after every
//! step of any edit sequence: inserts, deletes, replacements, multi-byte text and CRLF, with
//! positions in UTF-8 and in UTF-16, and the deletion of whole attributes and block comments
//! (the statement cache keys an item with what is attached before it).

use crate::analysis::{Snapshot, analyze, analyze_reusing};
use crate::document::OpenDocument;
use crate::projects::{self, DocKind};
use proptest::prelude::*;
use redflag_core::{ColumnEncoding, Language, Project};
use std::sync::{Arc, OnceLock};
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent};

fn project() -> Arc<Project> {
    static PROJECT: OnceLock<Arc<Project>> = OnceLock::new();
    PROJECT
        .get_or_init(|| match projects::builtin() {
            Ok(project) => project,
            Err(e) => panic!("built-in rules: {e}"),
        })
        .clone()
}

fn token() -> String {
    redflag_core::fixtures::fake::expand("{{fake:github:ghp}}", "incremental_tests")
        .unwrap_or_default()
}

/// Pieces of text edits are made of: code that triggers rules, multi-byte text, CRLF.
fn pieces() -> Vec<String> {
    vec![
        format!("api_key = \"{}\"\n", token()),
        "import yaml\nyaml.load(s)\n".into(),
        "subprocess.call(cmd, shell=True)\n".into(),
        "password = \"hunter2-Xq9#kLm3vR8z\"\r\n".into(),
        "x = \"日本語 😀 e\u{301}\"\r\n".into(),
        "def f():\n    return eval(data)\n".into(),
        "let token = \"abc\";\nfn main() { std::mem::transmute::<u8, i8>(1); }\n".into(),
        // Statement-level reuse must see imports and Rust attributes change.
        "import subprocess as sp\nsp.call(cmd, shell=True)\n".into(),
        "#[test]\n".into(),
        "fn t() { reqwest::Client::builder().danger_accept_invalid_certs(true); }\n".into(),
        // A block comment between an attribute and its item (issue 10 #8).
        "#[cfg(test)] /* only here */ mod m {\n    fn t() { reqwest::Client::builder().danger_accept_invalid_certs(true); }\n}\n".into(),
        "#[cfg(test)]\n".into(),
        "/* note */ ".into(),
        "// note\n".into(),
        "\r\n".into(),
        "\"".into(),
        "😀".into(),
        "é".into(),
        "(".into(),
        "    ".into(),
        "#".into(),
        "q".into(),
    ]
}

#[derive(Debug, Clone)]
enum Step {
    /// Replace chars `[start, start + len)` (`start` taken modulo the length) with `text`.
    Replace {
        start: usize,
        len: usize,
        text: String,
    },
    /// Replace the whole text (a change without a range).
    Full { text: String },
    /// Delete the `nth` (modulo their count) attribute (`#[…]`) or block comment (`/* … */`),
    /// as a whole: what an edit to what sits before an item looks like.
    Delete { open: &'static str, nth: usize },
}

fn step() -> impl Strategy<Value = Step> {
    let count = pieces().len();
    prop_oneof![
        9 => (any::<usize>(), 0usize..12, 0..count)
            .prop_map(|(start, len, piece)| Step::Replace { start, len, text: pieces()[piece].clone() }),
        1 => (0..count).prop_map(|piece| Step::Full { text: pieces()[piece].repeat(2) }),
        2 => (prop_oneof![Just("#["), Just("/*")], any::<usize>())
            .prop_map(|(open, nth)| Step::Delete { open, nth }),
    ]
}

/// The byte range of the `nth` (modulo their count) `#[…]` or `/* … */` of `text`.
fn delimited(text: &str, open: &str, nth: usize) -> Option<std::ops::Range<usize>> {
    let close = if open == "#[" { "]" } else { "*/" };
    let starts: Vec<usize> = text.match_indices(open).map(|(i, _)| i).collect();
    let start = *starts.get(nth % starts.len().max(1))?;
    let end = text[start..].find(close)? + start + close.len();
    Some(start..end)
}

/// Char index `i` of `text` as a byte offset, moved off the middle of a CRLF.
fn byte_at(text: &str, i: usize) -> usize {
    let offset = text.char_indices().nth(i).map_or(text.len(), |(o, _)| o);
    if offset > 0
        && text.as_bytes()[offset - 1] == b'\r'
        && text.as_bytes().get(offset) == Some(&b'\n')
    {
        offset - 1
    } else {
        offset
    }
}

/// The LSP position of byte `offset`, computed independently of the line index.
fn lsp_position(text: &str, offset: usize, encoding: ColumnEncoding) -> Position {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column_text = &text[line_start..offset];
    let column = match encoding {
        ColumnEncoding::Utf8 => column_text.len(),
        ColumnEncoding::Utf16 => column_text.encode_utf16().count(),
        ColumnEncoding::Chars => column_text.chars().count(),
    };
    Position::new(line as u32, column as u32)
}

fn snapshot(doc: OpenDocument, path: &str) -> Snapshot {
    Snapshot {
        generation: 0,
        doc,
        project: project(),
        kind: DocKind::Source,
        path: None,
        shown_path: path.to_string(),
    }
}

fn check_sequence(
    language: Language,
    initial: &str,
    steps: &[Step],
    encoding: ColumnEncoding,
) -> Result<(), TestCaseError> {
    let path = if language == Language::RUST {
        "t.rs"
    } else {
        "t.py"
    };
    let mut expected = initial.to_string();
    let mut doc = OpenDocument::new(language, expected.clone(), 0);
    for (version, step) in steps.iter().enumerate() {
        let step = match step {
            Step::Delete { open, nth } => match delimited(&expected, open, *nth) {
                Some(range) => Step::Replace {
                    start: expected[..range.start].chars().count(),
                    len: expected[range].chars().count(),
                    text: String::new(),
                },
                None => continue,
            },
            other => other.clone(),
        };
        let change = match &step {
            Step::Replace { start, len, text } => {
                let chars = expected.chars().count();
                let start_char = if chars == 0 { 0 } else { start % (chars + 1) };
                let a = byte_at(&expected, start_char);
                let b = byte_at(&expected, start_char + len).max(a);
                let change = TextDocumentContentChangeEvent {
                    range: Some(Range::new(
                        lsp_position(&expected, a, encoding),
                        lsp_position(&expected, b, encoding),
                    )),
                    range_length: None,
                    text: text.clone(),
                };
                expected.replace_range(a..b, text);
                change
            }
            Step::Full { text } => {
                expected = text.clone();
                TextDocumentContentChangeEvent {
                    range: None,
                    range_length: None,
                    text: expected.clone(),
                }
            }
            Step::Delete { .. } => unreachable!("turned into a replacement above"),
        };
        let notes = doc.apply(vec![change], version as i32 + 1, encoding);
        prop_assert!(notes.is_empty(), "{notes:?}");
        prop_assert_eq!(&doc.text, &expected);
        let fresh = OpenDocument::new(language, expected.clone(), version as i32 + 1);
        prop_assert_eq!(
            doc.tree.as_ref().map(|t| t.root_node().to_sexp()),
            fresh.tree.as_ref().map(|t| t.root_node().to_sexp()),
            "incremental tree differs from a fresh parse of {:?}",
            expected
        );
        let incremental = analyze(&snapshot(doc.clone(), path), encoding);
        // From scratch: a fresh parse and no matches reused from earlier analyses.
        let scratch = analyze_reusing(&snapshot(fresh, path), encoding, false);
        prop_assert_eq!(&incremental.diagnostics, &scratch.diagnostics);
    }
    Ok(())
}

/// 48 sequences in `cargo test`; `REDFLAG_FUZZ_CASES` for longer runs (`scripts/fuzz.sh`).
fn cases() -> u32 {
    std::env::var("REDFLAG_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(48)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn incremental_diagnostics_equal_from_scratch(
        rust in any::<bool>(),
        utf8 in any::<bool>(),
        initial in prop::collection::vec(0..pieces().len(), 0..6),
        steps in prop::collection::vec(step(), 1..25),
    ) {
        let pieces = pieces();
        let initial: String = initial.iter().map(|&i| pieces[i].as_str()).collect();
        let language = if rust { Language::RUST } else { Language::PYTHON };
        let encoding = if utf8 { ColumnEncoding::Utf8 } else { ColumnEncoding::Utf16 };
        check_sequence(language, &initial, &steps, encoding)?;
    }
}

#[test]
fn typing_a_secret_one_character_at_a_time_matches_from_scratch() {
    let line = format!("api_key = \"{}\"\r\n", token());
    // Typed after the first line, one character per change; Enter types the CRLF at once
    // (a lone CR is a line break of its own in LSP, which editors never leave behind).
    let start = "import os\n".chars().count();
    let mut typed: Vec<String> = line.chars().map(|c| c.to_string()).collect();
    typed.truncate(typed.len() - 2);
    typed.push("\r\n".into());
    let steps: Vec<Step> = typed
        .into_iter()
        .enumerate()
        .map(|(i, text)| Step::Replace {
            start: start + i,
            len: 0,
            text,
        })
        .collect();
    let result = check_sequence(
        Language::PYTHON,
        "import os\n",
        &steps,
        ColumnEncoding::Utf16,
    );
    assert!(result.is_ok(), "{result:?}");
}

/// Issue 10 #8: deleting the attribute of `#[cfg(test)] /* … */ mod m { … }` kept the
/// statement cache key (the comment hid the attribute from it), so the old "in test" result
/// was reused and the finding stayed hidden.
#[test]
fn deleting_an_attribute_before_a_block_comment_matches_from_scratch() {
    let initial = "#[cfg(test)] /* only here */ mod m {\n    fn t() { \
                   reqwest::Client::builder().danger_accept_invalid_certs(true); }\n}\n";
    for encoding in [ColumnEncoding::Utf8, ColumnEncoding::Utf16] {
        let steps = [
            Step::Delete { open: "#[", nth: 0 },
            Step::Replace {
                start: 0,
                len: 0,
                text: "#[cfg(test)]".into(),
            },
            Step::Delete { open: "/*", nth: 0 },
            Step::Delete { open: "#[", nth: 0 },
        ];
        let result = check_sequence(Language::RUST, initial, &steps, encoding);
        assert!(result.is_ok(), "{result:?}");
    }
    // And the attribute's deletion does reveal the finding.
    let mut doc = OpenDocument::new(Language::RUST, initial.to_string(), 0);
    let hidden = analyze(&snapshot(doc.clone(), "t.rs"), ColumnEncoding::Utf8);
    let end = initial.find(']').unwrap_or_default() + 1;
    let change = TextDocumentContentChangeEvent {
        range: Some(Range::new(
            Position::new(0, 0),
            Position::new(0, end as u32),
        )),
        range_length: None,
        text: String::new(),
    };
    doc.apply(vec![change], 1, ColumnEncoding::Utf8);
    let shown = analyze(&snapshot(doc, "t.rs"), ColumnEncoding::Utf8);
    let tls = |o: &crate::analysis::Outcome| {
        o.findings
            .iter()
            .any(|f| f.rule.id == "rs.tls-verification-disabled")
    };
    assert!(!tls(&hidden) && tls(&shown));
}

/// Found by `scripts/fuzz.sh`: a statement with a syntax error was cached by its text, but
/// error recovery parses the same text differently depending on what follows it, so a
/// later analysis reused a "no match" that a fresh parse did not give.
#[test]
fn a_statement_with_a_syntax_error_is_never_reused_from_the_cache() {
    let steps = [
        Step::Full {
            text: "def f():\n    return eval(data)\ndef f():\n    return eval(data)\n".into(),
        },
        Step::Replace {
            start: 8,
            len: 7,
            text: "é".into(),
        },
        Step::Replace {
            start: 30,
            len: 2,
            text: "import yaml\nyaml.load(s)\n".into(),
        },
        Step::Replace {
            start: 25,
            len: 0,
            text: "// note\n".into(),
        },
    ];
    let result = check_sequence(Language::PYTHON, "", &steps, ColumnEncoding::Utf16);
    assert!(result.is_ok(), "{result:?}");
}
