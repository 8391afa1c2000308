//! Code actions on a finding: suppress it on this line, ignore the file or the value in the
//! project config, apply the rule's mechanical fix, read a hard-coded secret from the
//! environment instead.

use crate::analysis::{Outcome, Snapshot};
use crate::config_edit::{self, IgnoreList};
use crate::diagnostics;
use crate::env_fix;
use crate::position;
use crate::store::State;
use redflag_core::{Category, ColumnEncoding, Finding, Language, LineIndex, Project};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range as Span;
use std::path::PathBuf;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CreateFile, CreateFileOptions,
    DocumentChangeOperation, DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier,
    Range, ResourceOp, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

/// The project's config file as the server sees it: the editor's buffer when open.
#[derive(Debug, Clone)]
pub struct ConfigTarget {
    pub uri: Uri,
    pub text: String,
    pub exists: bool,
}

pub struct Context {
    pub uri: Uri,
    pub encoding: ColumnEncoding,
    /// The client resolves edits lazily (`codeAction/resolve`).
    pub resolve_edits: bool,
    pub config_text: Option<ConfigTarget>,
}

/// What a lazily resolved action needs to find its finding again.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResolveData {
    pub uri: Uri,
    /// The document's generation in the store (see `store::Entry`).
    pub generation: u64,
    pub fingerprint: String,
}

/// The config file of `project` (or where a new one would go), with its current text.
pub fn config_buffer(state: &State, project: &Project) -> Option<ConfigTarget> {
    let path: PathBuf = match &project.config {
        Some(loaded) => loaded.path.canonicalize().unwrap_or(loaded.path.clone()),
        None => project.root.join("redflag.toml"),
    };
    let uri = Uri::from_file_path(&path)?;
    if let Some(entry) = state.docs.get(&uri) {
        return Some(ConfigTarget {
            uri,
            text: entry.doc.text.clone(),
            exists: true,
        });
    }
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(ConfigTarget {
            uri,
            text,
            exists: true,
        }),
        Err(_) if !path.exists() => Some(ConfigTarget {
            uri,
            text: String::new(),
            exists: false,
        }),
        Err(_) => None,
    }
}

pub fn actions(
    snapshot: &Snapshot,
    outcome: &Outcome,
    range: Range,
    context: &Context,
) -> Vec<CodeActionOrCommand> {
    let doc = &snapshot.doc;
    let text = doc.text.as_bytes();
    let encoding = context.encoding;
    let start = position::to_offset(&doc.lines, text, range.start, encoding).unwrap_or(text.len());
    let end = position::to_offset(&doc.lines, text, range.end, encoding).unwrap_or(text.len());
    let mut out = Vec::new();
    for finding in outcome.findings.iter() {
        let touches = finding.span.start <= end && start <= finding.span.end;
        if !touches {
            continue;
        }
        let diagnostic = diagnostics::from_finding(finding, &doc.lines, text, encoding);
        let mut push = |title: String,
                        edit: Option<WorkspaceEdit>,
                        data: Option<serde_json::Value>,
                        preferred: bool| {
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit,
                data,
                is_preferred: preferred.then_some(true),
                ..CodeAction::default()
            }));
        };
        if let Some(fix) = &finding.fix {
            let edits = fix
                .edits
                .iter()
                .map(|e| (e.span.clone(), e.replacement.clone()));
            push(
                fix.title.clone(),
                Some(local_edit(snapshot, context, edits)),
                None,
                true,
            );
        }
        if let Some(fix) = env_action(snapshot, finding) {
            push(
                format!("Read it from the environment instead (`{}`)", fix.name),
                Some(local_edit(snapshot, context, fix.edits)),
                None,
                finding.fix.is_none(),
            );
        }
        if let Some(edit) = suppress_edit(snapshot, finding) {
            push(
                format!("Suppress `{}` on this line", finding.rule.id),
                Some(local_edit(snapshot, context, [edit])),
                None,
                false,
            );
        }
        if let Some(config) = &context.config_text
            && snapshot.path.is_some()
        {
            let pattern = format!("/{}", snapshot.shown_path);
            if let Some(edit) = config_edit(config, IgnoreList::Paths, &pattern, encoding) {
                push(
                    format!("Ignore {} in redflag.toml", snapshot.shown_path),
                    Some(edit),
                    None,
                    false,
                );
            }
        }
        if finding.secret_span.is_some() && context.config_text.is_some() {
            let title = "Ignore this value in redflag.toml (it is not a secret)".to_string();
            // The value itself only crosses the wire once the user picks this action.
            if context.resolve_edits {
                let data = ResolveData {
                    uri: context.uri.clone(),
                    generation: snapshot.generation,
                    fingerprint: finding.fingerprint.clone(),
                };
                push(title, None, serde_json::to_value(data).ok(), false);
            } else if let Some(edit) = ignore_value_edit(snapshot, finding, context) {
                push(title, Some(edit), None, false);
            }
        }
    }
    out
}

/// The edit of a lazily resolved "ignore this value" action.
pub fn resolve(
    snapshot: &Snapshot,
    outcome: &Outcome,
    data: &ResolveData,
    context: &Context,
) -> Option<WorkspaceEdit> {
    if snapshot.generation != data.generation {
        return None;
    }
    let finding = outcome
        .findings
        .iter()
        .find(|f| f.fingerprint == data.fingerprint)?;
    ignore_value_edit(snapshot, finding, context)
}

fn ignore_value_edit(
    snapshot: &Snapshot,
    finding: &Finding,
    context: &Context,
) -> Option<WorkspaceEdit> {
    let span = finding.secret_span.clone()?;
    // A digest, not the value: the config file is committed and must not leak it.
    let pattern =
        redflag_core::report::ignored_value::digest_entry(snapshot.doc.text.as_bytes().get(span)?);
    config_edit(
        context.config_text.as_ref()?,
        IgnoreList::Values,
        &pattern,
        context.encoding,
    )
}

fn env_action(snapshot: &Snapshot, finding: &Finding) -> Option<env_fix::EnvFix> {
    let language = snapshot.doc.language;
    if finding.rule.category != Category::Secret {
        return None;
    }
    let tree = snapshot.doc.tree.as_ref()?;
    let span = finding.secret_span.clone().unwrap_or(finding.span.clone());
    env_fix::env_fix(language, snapshot.doc.text.as_bytes(), tree, span)
}

fn suppress_edit(snapshot: &Snapshot, finding: &Finding) -> Option<(Span<usize>, String)> {
    // A finding about a suppression is fixed, not suppressed in turn.
    if finding.rule.tags.iter().any(|t| t == "suppression") {
        return None;
    }
    let doc = &snapshot.doc;
    suppression_line(
        doc.language,
        doc.text.as_bytes(),
        &doc.lines,
        finding.span.start,
        &finding.rule.id,
    )
}

/// `redflag: ignore[rule]` on its own line above the one holding `offset`, in the language's
/// line comment syntax, indented like that line; `None` where the format has no line
/// comments (JSON, XML, Markdown).
fn suppression_line(
    language: Language,
    text: &[u8],
    lines: &LineIndex,
    offset: usize,
    rule_id: &str,
) -> Option<(Span<usize>, String)> {
    let comment = language.line_comment()?;
    let line = lines.line_of(offset);
    let range = lines.line_range(text, line)?;
    let indent: String = text[range.clone()]
        .iter()
        .take_while(|b| **b == b' ' || **b == b'\t')
        .map(|&b| b as char)
        .collect();
    let eol = if text.get(range.end) == Some(&b'\r') {
        "\r\n"
    } else {
        "\n"
    };
    Some((
        range.start..range.start,
        format!("{indent}{comment} redflag: ignore[{rule_id}]{eol}"),
    ))
}

/// Byte-range edits of the document itself, as a workspace edit.
fn local_edit(
    snapshot: &Snapshot,
    context: &Context,
    edits: impl IntoIterator<Item = (Span<usize>, String)>,
) -> WorkspaceEdit {
    let doc = &snapshot.doc;
    let text = doc.text.as_bytes();
    let edits = edits
        .into_iter()
        .map(|(span, new_text)| TextEdit {
            range: position::to_range(&doc.lines, text, span, context.encoding),
            new_text,
        })
        .collect();
    WorkspaceEdit {
        changes: Some(HashMap::from([(context.uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

/// Adds `entry` to `[ignore]` of the config: a whole-file replacement of an existing file
/// (toml_edit keeps its formatting), or the creation of a new one.
fn config_edit(
    config: &ConfigTarget,
    list: IgnoreList,
    entry: &str,
    encoding: ColumnEncoding,
) -> Option<WorkspaceEdit> {
    let new_text = config_edit::add_ignore(&config.text, list, entry).ok()?;
    if config.exists {
        let bytes = config.text.as_bytes();
        let lines = LineIndex::new(bytes);
        let whole = position::to_range(&lines, bytes, 0..bytes.len(), encoding);
        return Some(WorkspaceEdit {
            changes: Some(HashMap::from([(
                config.uri.clone(),
                vec![TextEdit {
                    range: whole,
                    new_text,
                }],
            )])),
            ..WorkspaceEdit::default()
        });
    }
    let create = DocumentChangeOperation::Op(ResourceOp::Create(CreateFile {
        uri: config.uri.clone(),
        options: Some(CreateFileOptions {
            overwrite: Some(false),
            ignore_if_exists: Some(true),
        }),
        annotation_id: None,
    }));
    let fill = DocumentChangeOperation::Edit(TextDocumentEdit {
        text_document: OptionalVersionedTextDocumentIdentifier {
            uri: config.uri.clone(),
            version: None,
        },
        edits: vec![OneOf::Left(TextEdit {
            range: Range::default(),
            new_text,
        })],
    });
    Some(WorkspaceEdit {
        document_changes: Some(DocumentChanges::Operations(vec![create, fill])),
        ..WorkspaceEdit::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use redflag_core::report::suppression::Suppressions;

    /// The text with a suppression of `rule` written above line `target` (0-based).
    fn suppressed(language: Language, text: &str, target: usize, rule: &str) -> Option<String> {
        let lines = LineIndex::new(text.as_bytes());
        let offset = lines.line_range(text.as_bytes(), target)?.start;
        let (span, line) = suppression_line(language, text.as_bytes(), &lines, offset, rule)?;
        let mut out = text.to_string();
        out.replace_range(span, &line);
        Some(out)
    }

    /// Issue 10 #6: `.properties` was read as INI, so the action wrote `; redflag: ignore[…]`,
    /// a property line rather than a comment. Every format the action writes for: the
    /// written line silences the rule on the next line (the suppression parser reads it as a
    /// comment alone on its line), and the grammar, where there is one, parses it as a comment.
    #[test]
    fn the_suppress_action_writes_a_comment_each_language_reads_as_one() {
        let rule = "secret.some-rule";
        let mut written = 0;
        for language in Language::all() {
            let text = "  key = value\n  other = 1\n";
            let Some(new_text) = suppressed(language, text, 0, rule) else {
                assert!(
                    language.support().line_comments.is_empty(),
                    "{language}: has line comments but no suppress action"
                );
                continue;
            };
            written += 1;
            let comment = language.line_comment().unwrap_or_default();
            let first = new_text.lines().next().unwrap_or_default();
            assert_eq!(
                first,
                format!("  {comment} redflag: ignore[{rule}]"),
                "{language}"
            );
            let bytes = new_text.as_bytes();
            let suppressions = Suppressions::parse(
                bytes,
                &LineIndex::new(bytes),
                language.support().line_comments,
                redflag_core::report::date::Date::today(),
            );
            assert!(suppressions.silences(rule, 1), "{language}: {new_text:?}");
            assert!(
                !suppressions.silences(rule, 2),
                "{language}: covers one line only"
            );
            if language.grammar().is_some() {
                let tree = redflag_core::engine::parse(
                    language,
                    bytes,
                    None,
                    std::time::Instant::now() + std::time::Duration::from_secs(5),
                )
                .unwrap_or_else(|e| panic!("{language}: {e}"));
                let marker = new_text.find("redflag").unwrap_or_default();
                let node = tree
                    .root_node()
                    .descendant_for_byte_range(marker, marker + 1)
                    .unwrap_or_else(|| panic!("{language}: no node at the marker"));
                let in_comment = std::iter::successors(Some(node), |n| n.parent())
                    .any(|n| n.kind().contains("comment"));
                assert!(
                    in_comment,
                    "{language}: the marker is in a `{}`",
                    node.kind()
                );
            }
        }
        assert!(
            written > 20,
            "only {written} languages get a suppress action"
        );
        let properties = Language::from_path("app.properties").unwrap_or(Language::TEXT);
        assert_eq!(properties.name(), "properties");
        assert_eq!(
            suppressed(properties, "db.password=x\n", 0, rule).as_deref(),
            Some("# redflag: ignore[secret.some-rule]\ndb.password=x\n")
        );
    }

    #[test]
    fn the_suppress_line_keeps_indentation_and_crlf() {
        let text = "fn f() {\r\n\tlet a = 1;\r\n}\r\n";
        assert_eq!(
            suppressed(Language::RUST, text, 1, "rs.x").as_deref(),
            Some("fn f() {\r\n\t// redflag: ignore[rs.x]\r\n\tlet a = 1;\r\n}\r\n")
        );
        assert_eq!(suppressed(Language::JSON, "{\"a\": 1}\n", 0, "x.y"), None);
    }
}
