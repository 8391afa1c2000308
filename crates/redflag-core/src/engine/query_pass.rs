//! The query pass: parse a file (within its time budget) and run one rule's query over the
//! tree, or over one statement of it, evaluating redflag's own predicates on each match.

use super::candidate::Candidate;
use super::{Document, Engine};
use crate::compile::{CompiledQuery, message_captures};
use crate::languages::{Imports, Language};
use crate::predicates;
use crate::rules::{Category, Matcher};
use crate::secrets::looks_like_secret;
use std::ops::{ControlFlow, Range};
use std::time::Instant;
use tree_sitter::{Parser, QueryCursor, QueryCursorOptions, QueryMatch, StreamingIterator, Tree};

/// Why a file could not be parsed; the message is the note an analysis carries.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("no grammar for {0}")]
    NoGrammar(Language),
    #[error("the {0} grammar does not load: {1}")]
    Grammar(Language, String),
    #[error("parse time budget exceeded: only secret-format rules ran")]
    OutOfTime,
    #[error("the parser gave up on this file: only secret-format rules ran")]
    GaveUp,
}

/// Parses `text`, giving up past `deadline`.
pub fn parse(
    language: Language,
    text: &[u8],
    old_tree: Option<&Tree>,
    deadline: Instant,
) -> Result<Tree, ParseError> {
    let grammar = language.grammar().ok_or(ParseError::NoGrammar(language))?;
    let mut parser = Parser::new();
    parser
        .set_language(&grammar)
        .map_err(|e| ParseError::Grammar(language, e.to_string()))?;
    let mut timed_out = false;
    let mut progress = |_: &tree_sitter::ParseState| {
        if Instant::now() > deadline {
            timed_out = true;
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    };
    let options = tree_sitter::ParseOptions::new().progress_callback(&mut progress);
    let len = text.len();
    let tree = parser.parse_with_options(
        &mut |offset, _| if offset < len { &text[offset..] } else { &[] },
        old_tree,
        Some(options),
    );
    match tree {
        Some(tree) => Ok(tree),
        None if timed_out => Err(ParseError::OutOfTime),
        None => Err(ParseError::GaveUp),
    }
}

impl Engine {
    /// Runs one rule's query over the tree, or only over `bytes` of it.
    pub(super) fn query_matches<'a>(
        &self,
        compiled: &CompiledQuery,
        doc: &Document,
        tree: &Tree,
        bytes: Option<Range<usize>>,
        imports: &dyn Fn() -> &'a Imports,
        deadline: Instant,
    ) -> (Vec<Candidate>, bool) {
        let mut out = Vec::new();
        let names = compiled.query.capture_names();
        let rule_index = compiled.rule;
        let rule = &self.rules.rules[rule_index];
        // Captures named in the message or in the fix template are interpolated.
        let mut wanted = message_captures(&rule.message);
        if let Some(template) = rule.fix.as_ref().and_then(|f| f.replace.as_deref()) {
            wanted.extend(message_captures(template));
        }
        let timed_out = for_each_match(compiled, doc, tree, bytes, imports, deadline, &mut |m| {
            let captures = &compiled.captures;
            let node_of = |index: u32| m.nodes_for_capture_index(index).next();
            let Some(report) = node_of(captures.report) else {
                return;
            };
            let secret = match (captures.secret, &rule.matcher) {
                (Some(index), Matcher::Query(q)) => {
                    let Some(node) = node_of(index) else { return };
                    let range = without_quotes(doc.text, node.byte_range());
                    let value = &doc.text[range.clone()];
                    let check = q.secret.clone().unwrap_or_default();
                    if !looks_like_secret(value, &check) || self.is_ignored_value(value) {
                        return;
                    }
                    Some(range)
                }
                _ => None,
            };
            out.push(Candidate {
                rule: rule_index,
                span: secret
                    .clone()
                    .filter(|_| rule.category == Category::Secret)
                    .unwrap_or(report.byte_range()),
                secret,
                captures: named_captures(m, names, &wanted),
                fix: captures.fix.and_then(node_of).map(|n| n.byte_range()),
                checksum: None,
                in_documentation: false,
                message: None,
                source_at: None,
            });
        });
        (out, timed_out)
    }
}

/// The captures of a match that a template names, first node of each.
pub(super) fn named_captures(
    m: &QueryMatch,
    names: &[&str],
    wanted: &[String],
) -> Vec<(String, Range<usize>)> {
    let mut named: Vec<(String, Range<usize>)> = m
        .captures()
        .iter()
        .filter(|c| wanted.iter().any(|w| w == names[c.index as usize]))
        .map(|c| (names[c.index as usize].to_string(), c.node.byte_range()))
        .collect();
    named.dedup_by(|a, b| a.0 == b.0);
    named
}

/// Calls `on_match` with every match of the query whose predicates hold; whether the
/// deadline passed first.
pub(super) fn for_each_match<'a, 't>(
    compiled: &CompiledQuery,
    doc: &Document,
    tree: &'t Tree,
    bytes: Option<Range<usize>>,
    imports: &dyn Fn() -> &'a Imports,
    deadline: Instant,
    on_match: &mut dyn FnMut(&QueryMatch<'_, 't>),
) -> bool {
    let mut cursor = QueryCursor::new();
    cursor.set_match_limit(1024);
    if let Some(range) = bytes {
        cursor.set_byte_range(range);
    }
    let mut timed_out = false;
    let mut progress = |_: &tree_sitter::QueryCursorState| {
        if Instant::now() > deadline {
            timed_out = true;
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    };
    let options = QueryCursorOptions::new().progress_callback(&mut progress);
    let root = tree.root_node();
    let mut matches = cursor.matches_with_options(&compiled.query, root, doc.text, options);
    while let Some(m) = matches.next() {
        if predicates::satisfied(
            &compiled.predicates[m.pattern_index],
            doc.language,
            m,
            doc.text,
            &imports,
        ) {
            on_match(m);
        }
    }
    drop(matches);
    timed_out
}

/// The inside of a string literal (`"…"`, `'…'`, `"""…"""`, `r#"…"#`, `b"…"`), so the
/// secret checks, ignores and redaction see the value and not its quotes.
fn without_quotes(text: &[u8], span: Range<usize>) -> Range<usize> {
    let literal = &text[span.clone()];
    let Some(open) = literal.iter().position(|&b| b == b'"' || b == b'\'') else {
        return span;
    };
    // Only a short prefix (`r`, `b`, `rb`, `#`) may come before the opening quote.
    if open > 3
        || !literal[..open]
            .iter()
            .all(|&b| b.is_ascii_alphabetic() || b == b'#')
    {
        return span;
    }
    let quote = literal[open];
    let Some(close) = literal.iter().rposition(|&b| b == quote) else {
        return span;
    };
    let run = |range: &mut dyn Iterator<Item = usize>| {
        range.take_while(|&i| literal[i] == quote).take(3).count()
    };
    let leading = run(&mut (open..literal.len()));
    let trailing = run(&mut (0..=close).rev());
    let width = if leading == 3 && trailing == 3 { 3 } else { 1 };
    let (start, end) = (open + width, close + 1 - width);
    if close <= open || start >= end || literal.len() - close > 4 {
        return span;
    }
    span.start + start..span.start + end
}

#[cfg(test)]
mod tests {
    use super::without_quotes;

    fn inner(literal: &str) -> &str {
        &literal[without_quotes(literal.as_bytes(), 0..literal.len())]
    }

    #[test]
    fn secret_values_lose_their_quotes() {
        assert_eq!(inner(r#""s3cr3t""#), "s3cr3t");
        assert_eq!(inner("'s3cr3t'"), "s3cr3t");
        assert_eq!(inner(r#""""s3cr3t""""#), "s3cr3t");
        assert_eq!(inner(r#####"r#"s3cr3t"#"#####), "s3cr3t");
        assert_eq!(inner(r#"b"s3cr3t""#), "s3cr3t");
        // Not a literal, or nothing inside: left alone.
        assert_eq!(inner("s3cr3t"), "s3cr3t");
        assert_eq!(inner(r#""""#), r#""""#);
        assert_eq!(inner(r#"KEY="v""#), r#"KEY="v""#);
    }
}
