//! One query rule's query compiled against its grammar, and the full check of a rule that did
//! not come with the binary: query syntax, predicates (known, and implemented by the rule's
//! language), captures the rule refers to.

use super::query_syntax;
use crate::languages::Language;
use crate::predicates::{self, Predicate};
use crate::rules::{Location, Matcher, QueryKind, QueryMatcher, Rule, RuleError, RuleErrorKind};
use std::collections::HashSet;
use std::sync::Arc;
use tree_sitter::Query;

/// One query rule's query, ready to run.
pub(crate) struct CompiledQuery {
    pub(crate) query: Query,
    /// Index into `RuleSet::rules`.
    pub(crate) rule: usize,
    /// Per pattern, the predicates redflag evaluates.
    pub(crate) predicates: Vec<Vec<Predicate>>,
    /// Capture indices the rule reports, checks as a secret and rewrites in a fix.
    pub(crate) captures: RuleCaptures,
    /// A flow rule's role captures; `None` for a pattern rule.
    pub(crate) flow: Option<FlowCaptures>,
}

#[derive(Clone, Copy)]
pub(crate) struct FlowCaptures {
    pub(crate) source: u32,
    pub(crate) sink: u32,
    pub(crate) sanitizer: Option<u32>,
}

/// Names a flow rule's message may use besides its captures: what carries the value into
/// the sink, and the line of its source.
pub(crate) const FLOW_MESSAGE_NAMES: &[&str] = &["tainted", "source_line"];

#[derive(Clone, Copy)]
pub(crate) struct RuleCaptures {
    pub(crate) report: u32,
    pub(crate) secret: Option<u32>,
    pub(crate) fix: Option<u32>,
}

pub(crate) fn query_of(rule: &Rule) -> Option<&QueryMatcher> {
    match &rule.matcher {
        Matcher::Query(q) => Some(q),
        Matcher::Text(_) | Matcher::Generic(_) => None,
    }
}

/// Compiles one query rule; an error points at the rule's own file and line.
pub(super) fn compile_rule(
    rules: &[Arc<Rule>],
    language: Language,
    rule: usize,
) -> Result<CompiledQuery, RuleError> {
    let spec = &rules[rule];
    // The rule's own validation says where and why; this is the fallback.
    let located = |fallback: String| {
        validate_rule(spec).err().unwrap_or_else(|| {
            RuleError::new(spec.origin.clone(), RuleErrorKind::Invalid(fallback))
        })
    };
    let grammar = language
        .grammar()
        .ok_or_else(|| located(format!("no grammar for {language}")))?;
    let source = query_of(spec).map_or("", |q| q.source.as_str());
    if query_syntax::group_without_nodes(source).is_some() {
        return Err(located(query_syntax::NODELESS_GROUP.to_string()));
    }
    let query = Query::new(&grammar, source).map_err(|e| located(e.message))?;
    let predicates: Vec<Vec<Predicate>> = (0..query.pattern_count())
        .map(|pattern| {
            predicates::compile(&query, pattern, language)
                .map_err(|_| located(format!("predicate in {}", spec.id)))
        })
        .collect::<Result<_, _>>()?;
    let names = capture_names(spec);
    let index = |name: &str| query.capture_index_for_name(name);
    let report = index(&names.report)
        .ok_or_else(|| located(format!("no capture @{} in {}", names.report, spec.id)))?;
    let captures = RuleCaptures {
        report,
        secret: names.secret.as_deref().and_then(index),
        fix: names.fix.as_deref().and_then(index),
    };
    let flow = match query_of(spec).map(|q| q.kind) {
        Some(QueryKind::Flow) => Some(FlowCaptures {
            source: index("source").ok_or_else(|| located("no @source".into()))?,
            sink: index("sink").ok_or_else(|| located("no @sink".into()))?,
            sanitizer: index("sanitizer"),
        }),
        _ => None,
    };
    Ok(CompiledQuery {
        query,
        rule,
        predicates,
        captures,
        flow,
    })
}

struct CaptureNames {
    report: String,
    secret: Option<String>,
    fix: Option<String>,
}

fn capture_names(rule: &Rule) -> CaptureNames {
    let q = query_of(rule);
    let report = q.map_or_else(String::new, |q| q.report.clone());
    CaptureNames {
        secret: q.and_then(|q| q.secret.as_ref()).map(|s| s.capture.clone()),
        fix: rule
            .fix
            .as_ref()
            .map(|f| f.capture.clone().unwrap_or_else(|| report.clone())),
        report,
    }
}

/// Compiles one query rule on its own to check it fully: the query against its grammar,
/// every predicate known, every capture the rule refers to defined. Errors point at the file.
pub fn validate_rule(rule: &Rule) -> Result<(), RuleError> {
    let Some(q) = query_of(rule) else {
        return Ok(());
    };
    let path = rule.origin.path.as_str();
    let grammar = q.language.grammar().ok_or_else(|| {
        RuleError::new(
            rule.origin.clone(),
            RuleErrorKind::Invalid(format!("no grammar for {}", q.language)),
        )
    })?;
    if let Some(offset) = query_syntax::group_without_nodes(&q.source) {
        let kind = RuleErrorKind::Query {
            language: q.language.to_string(),
            message: query_syntax::NODELESS_GROUP.to_string(),
        };
        return Err(RuleError::new(
            Location::at_offset(path, &q.source, offset),
            kind,
        ));
    }
    let query = Query::new(&grammar, &q.source).map_err(|e| {
        let kind = RuleErrorKind::Query {
            language: q.language.to_string(),
            message: e.message.trim().to_string(),
        };
        // tree-sitter places a bad regex at its pattern's start: point at the regex itself.
        if let Some(offset) = e
            .message
            .strip_prefix("Invalid regex '")
            .and_then(|rest| rest.strip_suffix('\''))
            .and_then(|regex| q.source.find(&format!("\"{regex}\"")))
        {
            return RuleError::new(Location::at_offset(path, &q.source, offset), kind);
        }
        let line = q.source.split('\n').nth(e.row).unwrap_or("");
        let column = line
            .get(..e.column.min(line.len()))
            .map_or(e.column, |s| s.chars().count())
            + 1;
        RuleError::new(Location::new(path, e.row + 1, column), kind)
    })?;
    if query.pattern_count() == 0 {
        return Err(RuleError::new(
            rule.origin.clone(),
            RuleErrorKind::Invalid("the rule has no query pattern".into()),
        ));
    }
    for pattern in 0..query.pattern_count() {
        predicates::compile(&query, pattern, q.language).map_err(|(name, kind)| {
            let from = query.start_byte_for_pattern(pattern);
            let needle = format!("#{name}");
            let offset = q.source[from..].find(&needle).map_or(from, |o| from + o);
            RuleError::new(Location::at_offset(path, &q.source, offset), kind)
        })?;
    }
    let defined: HashSet<&str> = query.capture_names().iter().copied().collect();
    let names = capture_names(rule);
    let mut used = vec![names.report.clone()];
    used.extend(names.secret);
    used.extend(names.fix);
    let flow = q.kind == QueryKind::Flow;
    used.extend(
        message_captures(&rule.message)
            .into_iter()
            .filter(|name| !(flow && FLOW_MESSAGE_NAMES.contains(&name.as_str()))),
    );
    if flow {
        check_flow_rule(rule, q)?;
        used.extend(["source".to_string(), "sink".to_string()]);
    }
    if let Some(missing) = used
        .into_iter()
        .find(|name| !defined.contains(name.as_str()))
    {
        // Point at where the rule names it (message template or header field).
        let location = [format!("{{{{{missing}}}}}"), format!("\"{missing}\"")]
            .iter()
            .find_map(|needle| q.source.find(needle.as_str()))
            .map_or_else(
                || rule.origin.clone(),
                |offset| Location::at_offset(path, &q.source, offset),
            );
        return Err(RuleError::new(
            location,
            RuleErrorKind::UnknownCapture(missing),
        ));
    }
    Ok(())
}

/// A flow rule needs a language that follows values, and every pattern plays a role.
fn check_flow_rule(rule: &Rule, q: &QueryMatcher) -> Result<(), RuleError> {
    let invalid = |msg: String| RuleError::new(rule.origin.clone(), RuleErrorKind::Invalid(msg));
    if q.language.support().taint.is_none() {
        return Err(invalid(format!(
            "flow rules are not supported for {}: it has no taint walker",
            q.language
        )));
    }
    let patterns = super::query_syntax::patterns(&q.source).unwrap_or_default();
    if let Some(position) = patterns
        .iter()
        .position(|p| !FLOW_ROLES.iter().any(|role| p.has_capture(role)))
    {
        return Err(invalid(format!(
            "pattern {} of a flow rule captures none of @source, @sink, @sanitizer",
            position + 1
        )));
    }
    Ok(())
}

/// The captures that give a flow rule's pattern its role.
pub(crate) const FLOW_ROLES: &[&str] = &["source", "sink", "sanitizer"];

/// Names inside `{{...}}` in a message template.
pub(crate) fn message_captures(message: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = message;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start..].find("}}") else {
            break;
        };
        names.push(rest[start + 2..start + end].trim().to_string());
        rest = &rest[start + end + 2..];
    }
    names
}
