//! `analyze`: the one function every front end calls on a file's bytes.

use crate::finding::{Finding, Fix, Position, TextEdit};
use crate::fingerprint::fingerprint;
use crate::imports::Imports;
use crate::language::Language;
use crate::line_index::{ColumnEncoding, LineIndex};
use crate::predicate;
use crate::redact::{excerpt, redact};
use crate::rule::{AllowTarget, FixSpec, Matcher, Rule, TextMatcher};
use crate::ruleset::{CompiledQuery, RuleSet, SecretGate, message_captures};
use crate::secret::looks_like_secret;
use crate::secret_gate;
use crate::severity::{Category, Severity};
use crate::statement_cache;
use crate::suppression::Suppressions;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::{ControlFlow, Range};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tree_sitter::{Parser, QueryCursor, QueryCursorOptions, StreamingIterator, Tree};

/// A file to analyse: repo-relative path, its bytes as they are (saved or not), its language.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    pub path: &'a str,
    pub text: &'a [u8],
    pub language: Language,
}

impl<'a> Document<'a> {
    pub fn new(path: &'a str, text: &'a [u8]) -> Self {
        let head = &text[..text.len().min(256)];
        Document {
            path,
            text,
            language: Language::detect(path, head),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AnalyzeOptions {
    /// Fill `Finding::revealed_excerpt` (`--show-secrets`).
    pub reveal_secrets: bool,
    /// Files larger than this get text rules only, with a note.
    pub max_parse_bytes: usize,
    /// Wall-clock budget for parsing plus querying one file.
    pub time_budget: Duration,
    /// Reuse the query matches of unchanged top-level statements from earlier analyses
    /// (the language server re-analyses a document on every keystroke).
    pub reuse_statements: bool,
    /// Rules below this severity do not run at all (their findings would be hidden anyway):
    /// a file that only hidden rules could flag is never parsed.
    pub min_severity: Severity,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            reveal_secrets: false,
            max_parse_bytes: 8 << 20,
            time_budget: Duration::from_secs(5),
            min_severity: Severity::Info,
            reuse_statements: false,
        }
    }
}

#[derive(Debug, Default)]
pub struct Analysis {
    /// Sorted by position; every severity (front ends filter what they show).
    pub findings: Vec<Finding>,
    /// Why part of the analysis was skipped (size, time budget, parse failure).
    pub notes: Vec<String>,
    /// Whether the file was parsed with tree-sitter.
    pub parsed: bool,
}

/// A match before suppression, dedup and rendering.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    rule: usize,
    span: Range<usize>,
    secret: Option<Range<usize>>,
    /// Capture name → span, for message interpolation.
    captures: Vec<(String, Range<usize>)>,
    fix: Option<Range<usize>>,
}

impl Candidate {
    /// The same match with every offset moved from base `from` to base `to`.
    fn rebased(&self, from: usize, to: usize) -> Candidate {
        let moved = |r: &Range<usize>| r.start - from + to..r.end - from + to;
        Candidate {
            rule: self.rule,
            span: moved(&self.span),
            secret: self.secret.as_ref().map(moved),
            captures: self
                .captures
                .iter()
                .map(|(name, r)| (name.clone(), moved(r)))
                .collect(),
            fix: self.fix.as_ref().map(moved),
        }
    }

    fn within(&self, range: &Range<usize>) -> bool {
        let inside = |r: &Range<usize>| range.start <= r.start && r.end <= range.end;
        inside(&self.span)
            && self.secret.as_ref().is_none_or(inside)
            && self.fix.as_ref().is_none_or(inside)
            && self.captures.iter().all(|(_, r)| inside(r))
    }
}

impl RuleSet {
    /// Analyses a document from scratch, parsing it when a query rule may match.
    pub fn analyze(&self, doc: &Document, options: &AnalyzeOptions) -> Analysis {
        self.analyze_with_tree(doc, None, options)
    }

    /// Like [`RuleSet::analyze`], with a tree the caller already has for exactly this text
    /// (the language server keeps one per document and reparses incrementally).
    pub fn analyze_with_tree(
        &self,
        doc: &Document,
        tree: Option<&Tree>,
        options: &AnalyzeOptions,
    ) -> Analysis {
        let started = Instant::now();
        let mut analysis = Analysis::default();
        let runs = |rule: &usize| self.rules[*rule].severity >= options.min_severity;
        let mut candidates = self.text_candidates(doc, &runs);
        let (holds_value, holds_named_value) = (OnceCell::new(), OnceCell::new());
        let query_rules: Vec<usize> = self
            .query_candidates(doc)
            .into_iter()
            .filter(runs)
            .filter(|&rule| self.required_text_present(rule, doc.text))
            .filter(|&rule| match self.secret_gate(doc.language, rule) {
                SecretGate::None => true,
                SecretGate::Value => *holds_value
                    .get_or_init(|| secret_gate::may_hold_secret_value(doc.language, doc.text)),
                SecretGate::NamedValue => *holds_named_value
                    .get_or_init(|| secret_gate::may_hold_named_secret(doc.language, doc.text)),
            })
            .collect();
        if !query_rules.is_empty() {
            let owned;
            let tree = match tree {
                Some(tree) => Some(tree),
                None if doc.text.len() > options.max_parse_bytes => {
                    analysis.notes.push(format!(
                        "{} bytes is over the {} byte parse limit: only secret-format rules ran",
                        doc.text.len(),
                        options.max_parse_bytes
                    ));
                    None
                }
                None => {
                    owned = parse(doc.language, doc.text, None, started + options.time_budget);
                    match &owned {
                        Ok(tree) => Some(tree),
                        Err(note) => {
                            analysis.notes.push(note.clone());
                            None
                        }
                    }
                }
            };
            if let Some(tree) = tree {
                analysis.parsed = true;
                let mut deadline = started + options.time_budget;
                let mut timed_out = false;
                // Collected once, and only if a rule's predicates ask for them.
                let imports_cache: OnceCell<Imports> = OnceCell::new();
                let root = tree.root_node();
                let imports =
                    || imports_cache.get_or_init(|| Imports::collect(doc.language, root, doc.text));
                // Rules whose matches stay inside one top-level statement can reuse the
                // matches of statements an edit did not touch (language server).
                let (local, whole): (Vec<usize>, Vec<usize>) = if options.reuse_statements {
                    query_rules
                        .into_iter()
                        .partition(|rule| self.local_rules.contains(rule))
                } else {
                    (Vec::new(), query_rules)
                };
                for &rule in &whole {
                    let compiling = Instant::now();
                    match self.compiled(doc.language, rule) {
                        Some(Ok(compiled)) => {
                            // A query compiles once per run (or waits for another thread
                            // compiling it): that time is not this file's work.
                            deadline += compiling.elapsed();
                            let (found, out_of_time) =
                                query_matches(self, compiled, doc, tree, None, &imports, deadline);
                            candidates.extend(found);
                            timed_out |= out_of_time;
                        }
                        Some(Err(e)) => analysis.notes.push(format!("rule skipped: {e}")),
                        None => {}
                    }
                    if timed_out {
                        break;
                    }
                }
                if !timed_out && !local.is_empty() {
                    let statements =
                        statement_cache::statements(root, doc.text, imports().fingerprint());
                    'rules: for &rule in &local {
                        let compiled = match self.compiled(doc.language, rule) {
                            Some(Ok(compiled)) => compiled,
                            Some(Err(e)) => {
                                analysis.notes.push(format!("rule skipped: {e}"));
                                continue;
                            }
                            None => continue,
                        };
                        for (range, key) in &statements {
                            if let Some(hit) = self.statement_results.get(rule, *key) {
                                candidates.extend(hit.iter().map(|c| c.rebased(0, range.start)));
                                continue;
                            }
                            let bytes = Some(range.clone());
                            let (found, out_of_time) =
                                query_matches(self, compiled, doc, tree, bytes, &imports, deadline);
                            if out_of_time {
                                timed_out = true;
                                break 'rules;
                            }
                            // A match that reaches a neighbour is that neighbour's.
                            let own: Vec<Candidate> =
                                found.into_iter().filter(|c| c.within(range)).collect();
                            let relative = own.iter().map(|c| c.rebased(range.start, 0));
                            self.statement_results
                                .insert(rule, *key, Arc::new(relative.collect()));
                            candidates.extend(own);
                        }
                    }
                }
                if timed_out {
                    analysis
                        .notes
                        .push("query time budget exceeded: some rules did not finish".into());
                }
            }
        }
        analysis.findings = self.render(doc, candidates, options);
        analysis
    }

    fn text_candidates(&self, doc: &Document, runs: &dyn Fn(&usize) -> bool) -> Vec<Candidate> {
        let mut out = Vec::new();
        for rule_index in self.text.candidates(doc.text).into_iter().filter(runs) {
            let rule = &self.rules[rule_index];
            let Matcher::Text(matcher) = &rule.matcher else {
                continue;
            };
            if !matcher.languages.is_empty() && !matcher.languages.contains(&doc.language) {
                continue;
            }
            let Some(regex) = matcher.regex.get() else {
                continue;
            };
            for caps in regex.captures_iter(doc.text) {
                let (Some(whole), Some(secret)) = (caps.get(0), caps.get(matcher.secret_group))
                else {
                    continue;
                };
                if self.accepts_text_match(matcher, doc.text, whole.range(), secret.range()) {
                    out.push(Candidate {
                        rule: rule_index,
                        span: secret.range(),
                        secret: Some(secret.range()),
                        captures: Vec::new(),
                        fix: None,
                    });
                }
            }
        }
        out
    }

    fn accepts_text_match(
        &self,
        matcher: &TextMatcher,
        text: &[u8],
        whole: Range<usize>,
        secret: Range<usize>,
    ) -> bool {
        let value = &text[secret.clone()];
        if !looks_like_secret(value, &matcher.check) || self.is_ignored_value(value) {
            return false;
        }
        if let Some(name) = &matcher.checksum
            && !crate::checksum::verify(name, value)
        {
            return false;
        }
        let line = line_around(text, whole.clone());
        let lower = String::from_utf8_lossy(value).to_lowercase();
        !matcher.allowlists.iter().any(|allow| {
            let target = match allow.target {
                AllowTarget::Secret => value,
                AllowTarget::Match => &text[whole.clone()],
                AllowTarget::Line => &text[line.clone()],
            };
            allow.regexes.iter().any(|r| r.is_match(target))
                || allow.stopwords.iter().any(|w| lower.contains(w))
        })
    }

    fn is_ignored_value(&self, value: &[u8]) -> bool {
        crate::ignored_value::any_matches(&self.ignored_values, value)
    }

    /// Whether every `requires` regex of the query rule matches the text.
    fn required_text_present(&self, rule: usize, text: &[u8]) -> bool {
        match &self.rules[rule].matcher {
            Matcher::Query(q) => q.requires.iter().all(|r| r.is_match(text)),
            Matcher::Text(_) => true,
        }
    }

    /// What a file must hold for the rule to match, if it needs a secret-looking literal.
    fn secret_gate(&self, language: Language, rule: usize) -> SecretGate {
        match self.compiled(language, rule) {
            Some(Ok(q)) => q.secret_gate,
            _ => SecretGate::None,
        }
    }

    /// Query rules of the document's language whose keywords occur in it.
    fn query_candidates(&self, doc: &Document) -> Vec<usize> {
        self.languages
            .get(&doc.language)
            .map(|l| l.prefilter.candidates(doc.text))
            .unwrap_or_default()
    }

    /// Turns raw matches into findings: dedup, suppressions, positions, redaction.
    fn render(
        &self,
        doc: &Document,
        mut candidates: Vec<Candidate>,
        options: &AnalyzeOptions,
    ) -> Vec<Finding> {
        if candidates.is_empty() {
            return Vec::new(); // most files: no line index or suppression scan needed
        }
        candidates.sort_by(|a, b| {
            (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
        });
        candidates.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
        let secrets: Vec<Range<usize>> =
            candidates.iter().filter_map(|c| c.secret.clone()).collect();
        let candidates = drop_weaker_duplicate_secrets(&self.rules, candidates);

        let lines = LineIndex::new(doc.text);
        let suppressions = Suppressions::parse(doc.text, &lines, doc.language.line_comment());
        let mut occurrences: HashMap<(usize, Vec<u8>), usize> = HashMap::new();
        let mut findings = Vec::new();
        for c in candidates {
            let rule = &self.rules[c.rule];
            let start_line = lines.line_of(c.span.start);
            if suppressions.silences(&rule.id, start_line) {
                continue;
            }
            let position = |offset: usize| {
                let (line, column) = lines.position(doc.text, offset, ColumnEncoding::Chars);
                Position {
                    line: line + 1,
                    column: column + 1,
                }
            };
            let line_range = lines
                .line_range(doc.text, start_line)
                .unwrap_or(c.span.clone());
            let value = normalized_value(&doc.text[c.secret.clone().unwrap_or(c.span.clone())]);
            let occurrence = occurrences.entry((c.rule, value.clone())).or_default();
            let fingerprint = fingerprint(&rule.id, doc.path, &value, *occurrence);
            *occurrence += 1;
            findings.push(Finding {
                rule: rule.clone(),
                severity: crate::test_path::severity_for(rule.severity, doc.path),
                path: doc.path.to_string(),
                start: position(c.span.start),
                end: position(c.span.end),
                message: interpolate(&rule.message, &c.captures, doc.text, &secrets),
                excerpt: excerpt(doc.text, line_range.clone(), &secrets, c.span.start),
                revealed_excerpt: options
                    .reveal_secrets
                    .then(|| excerpt(doc.text, line_range, &[], c.span.start)),
                fix: rule
                    .fix
                    .as_ref()
                    .zip(c.fix.clone())
                    .map(|(spec, range)| build_fix(spec, range, &c.captures, doc.text)),
                secret_span: c.secret,
                fingerprint,
                span: c.span,
            });
        }
        findings
    }
}

/// When a provider rule and a generic rule flag the same value, keep the stronger one.
fn drop_weaker_duplicate_secrets(
    rules: &[std::sync::Arc<Rule>],
    candidates: Vec<Candidate>,
) -> Vec<Candidate> {
    let strength = |c: &Candidate| {
        let r = &rules[c.rule];
        (
            r.severity,
            r.confidence,
            matches!(r.matcher, Matcher::Text(_)),
        )
    };
    let mut keep = vec![true; candidates.len()];
    for i in 0..candidates.len() {
        for j in i + 1..candidates.len() {
            let (Some(a), Some(b)) = (&candidates[i].secret, &candidates[j].secret) else {
                continue;
            };
            if b.start >= a.end {
                break;
            }
            if candidates[i].rule != candidates[j].rule
                && rules[candidates[i].rule].category == Category::Secret
                && rules[candidates[j].rule].category == Category::Secret
            {
                if strength(&candidates[i]) >= strength(&candidates[j]) {
                    keep[j] = false;
                } else {
                    keep[i] = false;
                }
            }
        }
    }
    candidates
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect()
}

/// Parses `text`, giving up (with a note) past `deadline`.
pub fn parse(
    language: Language,
    text: &[u8],
    old_tree: Option<&Tree>,
    deadline: Instant,
) -> Result<Tree, String> {
    let grammar = language
        .grammar()
        .ok_or_else(|| format!("no grammar for {language}"))?;
    let mut parser = Parser::new();
    parser.set_language(&grammar).map_err(|e| e.to_string())?;
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
        None if timed_out => Err("parse time budget exceeded: only secret-format rules ran".into()),
        None => Err("the parser gave up on this file: only secret-format rules ran".into()),
    }
}

/// Runs one rule's query over the tree, or only over `bytes` of it.
fn query_matches<'a>(
    set: &RuleSet,
    compiled: &CompiledQuery,
    doc: &Document,
    tree: &Tree,
    bytes: Option<Range<usize>>,
    imports: &dyn Fn() -> &'a Imports,
    deadline: Instant,
) -> (Vec<Candidate>, bool) {
    let mut out = Vec::new();
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
    let names = compiled.query.capture_names();
    while let Some(m) = matches.next() {
        let rule_index = compiled.rule;
        if !predicate::satisfied(&compiled.predicates[m.pattern_index], m, doc.text, &imports) {
            continue;
        }
        let captures = &compiled.captures;
        let rule = &set.rules[rule_index];
        let node_of = |index: u32| m.nodes_for_capture_index(index).next();
        let Some(report) = node_of(captures.report) else {
            continue;
        };
        let secret = match (captures.secret, &rule.matcher) {
            (Some(index), Matcher::Query(q)) => {
                let Some(node) = node_of(index) else { continue };
                let range = without_quotes(doc.text, node.byte_range());
                let value = &doc.text[range.clone()];
                let check = q.secret.clone().unwrap_or_default();
                if !looks_like_secret(value, &check) || set.is_ignored_value(value) {
                    continue;
                }
                Some(range)
            }
            _ => None,
        };
        // Captures named in the message or in the fix template are interpolated.
        let mut wanted = message_captures(&rule.message);
        if let Some(template) = rule.fix.as_ref().and_then(|f| f.replace.as_deref()) {
            wanted.extend(message_captures(template));
        }
        let mut named: Vec<(String, Range<usize>)> = m
            .captures()
            .iter()
            .filter(|c| wanted.iter().any(|w| w == names[c.index as usize]))
            .map(|c| (names[c.index as usize].to_string(), c.node.byte_range()))
            .collect();
        named.dedup_by(|a, b| a.0 == b.0);
        out.push(Candidate {
            rule: rule_index,
            span: secret
                .clone()
                .filter(|_| rule.category == Category::Secret)
                .unwrap_or(report.byte_range()),
            secret,
            captures: named,
            fix: captures.fix.and_then(node_of).map(|n| n.byte_range()),
        });
    }
    drop(matches);
    (out, timed_out)
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

fn line_around(text: &[u8], span: Range<usize>) -> Range<usize> {
    let start = text[..span.start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = text[span.end..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| span.end + i);
    start..end
}

/// The matched value with whitespace runs folded, so reformatting does not change fingerprints.
fn normalized_value(value: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(value);
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .into_bytes()
}

const MAX_INTERPOLATED_CHARS: usize = 60;

/// Fills `{{capture}}` in a message; a capture that overlaps a secret is redacted.
fn interpolate(
    template: &str,
    captures: &[(String, Range<usize>)],
    text: &[u8],
    secrets: &[Range<usize>],
) -> String {
    let mut message = template.to_string();
    for (name, range) in captures {
        let raw = String::from_utf8_lossy(&text[range.clone()]).into_owned();
        let overlaps_secret = secrets
            .iter()
            .any(|s| s.start < range.end && s.end > range.start);
        let shown = if overlaps_secret {
            redact(&raw)
        } else {
            let flat = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            if flat.chars().count() > MAX_INTERPOLATED_CHARS {
                format!(
                    "{}…",
                    flat.chars()
                        .take(MAX_INTERPOLATED_CHARS)
                        .collect::<String>()
                )
            } else {
                flat
            }
        };
        message = message.replace(&format!("{{{{{name}}}}}", name = name), &shown);
    }
    message
}

fn build_fix(
    spec: &FixSpec,
    range: Range<usize>,
    captures: &[(String, Range<usize>)],
    text: &[u8],
) -> Fix {
    let edit = if spec.remove {
        TextEdit {
            span: widen_to_list_element(text, range),
            replacement: String::new(),
        }
    } else {
        let template = spec.replace.clone().unwrap_or_default();
        let replacement = captures.iter().fold(template, |acc, (name, r)| {
            acc.replace(
                &format!("{{{{{name}}}}}"),
                &String::from_utf8_lossy(&text[r.clone()]),
            )
        });
        TextEdit {
            span: range,
            replacement,
        }
    };
    Fix {
        title: spec.title.clone(),
        edits: vec![edit],
    }
}

/// Extends a list element's range over one separating comma and the space around it.
fn widen_to_list_element(text: &[u8], range: Range<usize>) -> Range<usize> {
    let mut end = range.end;
    while end < text.len() && text[end].is_ascii_whitespace() {
        end += 1;
    }
    if text.get(end) == Some(&b',') {
        end += 1;
        while end < text.len() && text[end] == b' ' {
            end += 1;
        }
        return range.start..end;
    }
    let mut start = range.start;
    while start > 0 && text[start - 1].is_ascii_whitespace() {
        start -= 1;
    }
    if start > 0 && text[start - 1] == b',' {
        return start - 1..range.end;
    }
    range
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
