//! One analysis of a document snapshot: what to publish for it, and the findings behind that
//! (kept for hover and code actions). Pure and synchronous; the server runs it off the
//! async threads.

use crate::diagnostics;
use crate::document::OpenDocument;
use crate::projects::DocKind;
use redflag_core::project::walk::is_binary;
use redflag_core::{AnalyzeOptions, ColumnEncoding, Document, Finding, Project};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tower_lsp_server::ls_types::Diagnostic;

/// Everything an analysis needs, copied out of the document store so that edits can go on.
#[derive(Clone)]
pub struct Snapshot {
    /// The store's generation of the document when the copy was made (see `store::Entry`).
    pub generation: u64,
    pub doc: OpenDocument,
    pub project: Arc<Project>,
    pub kind: DocKind,
    /// On disk, when the document has a file path.
    pub path: Option<PathBuf>,
    /// As findings show it: relative to the repository's root (as the CLI and the hook show
    /// it), else to the project root.
    pub shown_path: String,
}

#[derive(Debug, Default, Clone)]
pub struct Outcome {
    pub diagnostics: Vec<Diagnostic>,
    /// Every finding shown, in the order of `diagnostics` (after a rule file's or config's
    /// own load diagnostics, which come first).
    pub findings: Arc<Vec<Finding>>,
    /// Why part of the analysis was skipped.
    pub notes: Vec<String>,
    /// The analysis hit an internal error (a caught panic): what to tell the user.
    pub failure: Option<String>,
}

pub fn options() -> AnalyzeOptions {
    AnalyzeOptions {
        reveal_secrets: false,
        max_parse_bytes: crate::document::MAX_PARSE_BYTES,
        time_budget: Duration::from_secs(5),
        ..AnalyzeOptions::default()
    }
}

pub fn analyze(snapshot: &Snapshot, encoding: ColumnEncoding) -> Outcome {
    analyze_reusing(snapshot, encoding, true)
}

/// `reuse_statements`: reuse query matches of statements seen in earlier analyses (off only
/// to check that reuse changes nothing).
pub fn analyze_reusing(
    snapshot: &Snapshot,
    encoding: ColumnEncoding,
    reuse_statements: bool,
) -> Outcome {
    let doc = &snapshot.doc;
    // A rule file or a config is checked to load, and, like any other file (as the CLI and
    // the hook judge it), for secrets.
    let checked = match snapshot.kind {
        DocKind::RuleFile => {
            diagnostics::rule_file(&snapshot.shown_path, &doc.text, &doc.lines, encoding)
        }
        DocKind::Config => {
            let path = snapshot
                .path
                .clone()
                .unwrap_or_else(|| PathBuf::from(&snapshot.shown_path));
            diagnostics::config_file(&path, &doc.text, &doc.lines, encoding)
        }
        DocKind::Source => Vec::new(),
    };
    let mut outcome = analyze_source(snapshot, encoding, reuse_statements);
    if !checked.is_empty() {
        outcome.diagnostics.splice(0..0, checked);
    }
    outcome
}

fn analyze_source(
    snapshot: &Snapshot,
    encoding: ColumnEncoding,
    reuse_statements: bool,
) -> Outcome {
    let doc = &snapshot.doc;
    let text = doc.text.as_bytes();
    let project = &snapshot.project;
    if is_ignored(snapshot) {
        return Outcome::default();
    }
    if is_binary(text) {
        return note(format!(
            "{}: binary content, not analysed",
            snapshot.shown_path
        ));
    }
    if text.len() as u64 > project.scan.max_file_size {
        return note(format!(
            "{}: {} bytes is over the {} byte size limit, not analysed",
            snapshot.shown_path,
            text.len(),
            project.scan.max_file_size
        ));
    }
    let mut options = options();
    options.min_severity = project.scan.min_severity;
    // Each keystroke re-analyses the document: reuse what unchanged statements matched.
    options.reuse_statements = reuse_statements;
    let mut notes = Vec::new();
    if let Some(parse_note) = &doc.parse_note {
        // The document's own parse already failed: do not try again in the engine.
        options.max_parse_bytes = 0;
        notes.push(format!("{}: {parse_note}", snapshot.shown_path));
    }
    let document = Document {
        path: &snapshot.shown_path,
        text,
        language: doc.language,
    };
    let analysis = match project
        .engine
        .analyze_contained(&document, doc.tree.as_ref(), &options)
    {
        Ok(analysis) => analysis,
        Err(panicked) => {
            return Outcome {
                failure: Some(format!(
                    "redflag: {}: {panicked}; its findings are not shown",
                    snapshot.shown_path
                )),
                ..Outcome::default()
            };
        }
    };
    if doc.parse_note.is_none() {
        notes.extend(
            analysis
                .notes
                .iter()
                .map(|n| format!("{}: {n}", snapshot.shown_path)),
        );
    }
    let findings: Vec<Finding> = analysis
        .findings
        .into_iter()
        .filter(|f| f.severity >= project.scan.min_severity)
        .collect();
    Outcome {
        diagnostics: findings
            .iter()
            .map(|f| diagnostics::from_finding(f, &doc.lines, text, encoding))
            .collect(),
        findings: Arc::new(findings),
        notes,
        failure: None,
    }
}

fn is_ignored(snapshot: &Snapshot) -> bool {
    // The ignore matcher wants paths below the project root; others cannot be ignored by it.
    snapshot.path.as_deref().is_some_and(|path| {
        let in_project = snapshot.project.relative_path(path);
        std::path::Path::new(&in_project).is_relative()
            && snapshot.project.is_ignored(&in_project, false)
    })
}

fn note(message: String) -> Outcome {
    Outcome {
        notes: vec![message],
        ..Outcome::default()
    }
}
