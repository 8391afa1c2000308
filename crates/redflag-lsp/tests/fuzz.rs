//! Property-based fuzzing of the language server's document store (issue 10): random edit
//! sequences (positions anywhere, past the end, reversed; multi-byte text and CRLF; whole
//! replacements; in UTF-8 and UTF-16; a language switch) applied to an open document of any
//! language, then the analysis the server would publish. On every case: no panic, the
//! document stays consistent (its tree is a fresh parse's), and no diagnostic carries a secret value the engine found.
//!
//! `REDFLAG_FUZZ_CASES=N` runs N sequences (`scripts/fuzz.sh N`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use redflag_core::{ColumnEncoding, Language, LineIndex, LoadOptions, Project};
use redflag_lsp::document::OpenDocument;
use redflag_lsp::{DocKind, Snapshot, analyze};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent};

fn cases() -> u32 {
    std::env::var("REDFLAG_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(96)
}

fn project() -> Arc<Project> {
    static PROJECT: OnceLock<Arc<Project>> = OnceLock::new();
    PROJECT
        .get_or_init(|| {
            // As the server's fallback project: the built-in rules.
            Arc::new(Project::load(Path::new("/"), &LoadOptions::default()).unwrap())
        })
        .clone()
}

fn token() -> String {
    redflag_core::fixtures::fake::expand("{{fake:github:ghp}}", "lsp fuzz").unwrap()
}

fn pieces() -> Vec<String> {
    vec![
        format!("api_key = \"{}\"\n", token()),
        format!("let token = \"{}\";\n", token()),
        "password = \"hunter2-Xq9#kLm3vR8z\"\r\n".into(),
        "import yaml\nyaml.load(s)\n".into(),
        "#[cfg(test)] /* c */ mod m { fn t() {} }\n".into(),
        "#!/usr/bin/env python3\n".into(),
        "x = \"日本語 😀 e\u{301}\"\r\n".into(),
        "# redflag: ignore[secret.github-pat\n".into(),
        "'\\".into(),
        "\"".into(),
        "\r".into(),
        "\n".into(),
        "😀".into(),
        "".into(),
        "{".into(),
        "/*".into(),
    ]
}

#[derive(Debug, Clone)]
enum Edit {
    /// A range change; any numbers, so positions past the end and reversed ranges occur.
    Range {
        start: (u32, u32),
        end: (u32, u32),
        piece: usize,
    },
    Full {
        piece: usize,
        times: usize,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    let count = pieces().len();
    let position = (0u32..12, 0u32..90);
    prop_oneof![
        8 => (position.clone(), position, 0..count)
            .prop_map(|(start, end, piece)| Edit::Range { start, end, piece }),
        1 => (0..count, 0usize..4).prop_map(|(piece, times)| Edit::Full { piece, times }),
    ]
}

fn change(edit: &Edit) -> TextDocumentContentChangeEvent {
    let pieces = pieces();
    match edit {
        Edit::Range { start, end, piece } => TextDocumentContentChangeEvent {
            range: Some(Range::new(
                Position::new(start.0, start.1),
                Position::new(end.0, end.1),
            )),
            range_length: None,
            text: pieces[*piece].clone(),
        },
        Edit::Full { piece, times } => TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: pieces[*piece].repeat(*times),
        },
    }
}

/// Whether any diagnostic shows a secret value (six characters or more, not also written
/// outside the secret spans) that the analysis found.
fn leak(text: &str, outcome: &redflag_lsp::Outcome) -> Option<String> {
    let mut masked = text.as_bytes().to_vec();
    for span in outcome
        .findings
        .iter()
        .filter_map(|f| f.secret_span.clone())
    {
        masked[span].fill(0);
    }
    let masked = String::from_utf8_lossy(&masked);
    let shown = serde_json::to_string(&outcome.diagnostics).unwrap();
    outcome
        .findings
        .iter()
        .filter_map(|f| text.get(f.secret_span.clone()?))
        .map(str::trim)
        .find(|v| v.chars().count() >= 6 && !masked.contains(v) && shown.contains(v))
        .map(|v| format!("a diagnostic shows {v:?}: {shown}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_edit_sequences_keep_the_document_sound_and_secrets_hidden(
        language in 0..Language::all().count(),
        switch_to in proptest::option::of(0..Language::all().count()),
        utf8 in any::<bool>(),
        initial in prop::collection::vec(0..pieces().len(), 0..5),
        batches in prop::collection::vec(prop::collection::vec(edit(), 1..4), 1..12),
    ) {
        let languages: Vec<Language> = Language::all().collect();
        let pieces = pieces();
        let encoding = if utf8 { ColumnEncoding::Utf8 } else { ColumnEncoding::Utf16 };
        let initial: String = initial.iter().map(|&i| pieces[i].as_str()).collect();
        let mut doc = OpenDocument::new(languages[language], initial, 1);
        for (i, batch) in batches.iter().enumerate() {
            let version = i as i32 + 2;
            doc.apply(batch.iter().map(change).collect(), version, encoding);
            if i == batches.len() / 2 && let Some(other) = switch_to {
                doc.set_language(languages[other]);
            }
            prop_assert_eq!(doc.version, version);
            let fresh = LineIndex::new(doc.text.as_bytes());
            prop_assert_eq!(doc.lines.line_count(), fresh.line_count());
            // The incrementally kept tree is the tree of the text, for every grammar.
            let fresh = OpenDocument::new(doc.language, doc.text.clone(), version);
            prop_assert_eq!(
                doc.tree.as_ref().map(|t| t.root_node().to_sexp()),
                fresh.tree.as_ref().map(|t| t.root_node().to_sexp()),
                "{:?} as {}", doc.text, doc.language
            );
            let snapshot = Snapshot {
                generation: version as u64,
                doc: doc.clone(),
                project: project(),
                kind: DocKind::Source,
                path: None,
                shown_path: format!("fuzz.{}", doc.language.support().extensions.first().unwrap_or(&"txt")),
            };
            let outcome = analyze(&snapshot, encoding);
            prop_assert!(outcome.failure.is_none(), "{:?}", outcome.failure);
            if let Some(leak) = leak(&doc.text, &outcome) {
                return Err(TestCaseError::fail(leak));
            }
        }
    }
}
