//! Hover on a finding: the rule's title, why it matters and how to fix it (the rule's own
//! documentation), and a link to its CWE entry.

use crate::analysis::{Outcome, Snapshot};
use crate::diagnostics::cwe_url;
use crate::position;
use redflag_core::{ColumnEncoding, Finding};
use tower_lsp_server::ls_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};

pub fn hover(
    snapshot: &Snapshot,
    outcome: &Outcome,
    at: Position,
    encoding: ColumnEncoding,
) -> Option<Hover> {
    let doc = &snapshot.doc;
    let text = doc.text.as_bytes();
    let offset = position::to_offset(&doc.lines, text, at, encoding)?;
    let hits: Vec<&Finding> = outcome
        .findings
        .iter()
        .filter(|f| f.span.start <= offset && offset <= f.span.end)
        .collect();
    let first = hits.first()?;
    let value = hits
        .iter()
        .map(|f| markdown(f))
        .collect::<Vec<_>>()
        .join("\n\n---\n\n");
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(position::to_range(
            &doc.lines,
            text,
            first.span.clone(),
            encoding,
        )),
    })
}

pub fn markdown(finding: &Finding) -> String {
    let rule = &finding.rule;
    let mut out = format!(
        "### {}\n\n`{}` · {} · {}\n\n{}\n",
        rule.title,
        rule.id,
        finding.severity,
        rule.category.as_str(),
        finding.message
    );
    let docs = rule.docs.trim();
    if !docs.is_empty() {
        out.push('\n');
        out.push_str(docs);
        out.push('\n');
    }
    if let Some(cwe) = rule.cwe {
        out.push_str(&format!("\n[CWE-{cwe}]({})\n", cwe_url(cwe)));
    }
    if let Some(fix) = &rule.fix {
        out.push_str(&format!("\nQuick fix available: {}\n", fix.title));
    }
    out
}
