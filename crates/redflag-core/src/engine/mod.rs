//! `analyze`: the one function every front end calls on a file's bytes. A text pass runs the
//! secret-format rules the file's literals admit; if any query rule of the file's language is
//! admitted too, the file is parsed and those queries run (statement by statement where the
//! language server re-analyses an edited document); the matches become findings in `render`.

mod candidate;
mod decoded_pass;
#[cfg(feature = "fault-injection")]
mod fault;
mod flow_pass;
mod query_pass;
mod render;
pub(crate) mod statement_cache;
mod suppression_check;
mod text_pass;

pub use query_pass::{ParseError, parse};

use crate::compile::{RuleSet, SecretFacts};
use crate::languages::{Imports, Language};
use crate::report::Finding;
use crate::report::ignored_value::{self, IgnoredValue};
use crate::rules::{Category, Severity};
use crate::secrets::gate as secret_gate;
use candidate::Candidate;
use statement_cache::StatementCache;
use std::cell::OnceCell;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tree_sitter::Tree;

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
    /// Pattern rules below this severity do not run at all (their findings would be hidden
    /// anyway). Secret rules always run: every secret value the engine knows is redacted
    /// from every excerpt, whatever is shown.
    pub min_severity: Severity,
    /// Skip rules whose gates reject the file (false only to check that gates hide nothing).
    pub gated: bool,
    /// Fill `Finding::secret_tag` with this salt (a baseline's).
    pub secret_salt: Option<String>,
    /// Keep findings an inline suppression silenced, with `Finding::suppressed` set (the
    /// audit); every other front end drops them.
    pub keep_suppressed: bool,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            reveal_secrets: false,
            max_parse_bytes: 8 << 20,
            time_budget: Duration::from_secs(5),
            min_severity: Severity::Info,
            reuse_statements: false,
            gated: true,
            secret_salt: None,
            keep_suppressed: false,
        }
    }
}

/// A panic caught around one file's analysis: the file was not analysed, the run goes on.
/// What the panic said is withheld: its message can quote the text being analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("internal error, not analysed (a bug in redflag: please report it)")]
pub struct AnalysisPanicked;

#[derive(Debug, Default)]
pub struct Analysis {
    /// Sorted by position; every severity (front ends filter what they show).
    pub findings: Vec<Finding>,
    /// Why part of the analysis was skipped (size, time budget, parse failure).
    pub notes: Vec<String>,
    /// Whether the file was parsed with tree-sitter.
    pub parsed: bool,
}

/// A rule set ready to analyse files, with the project's ignored values and the statement
/// matches it reuses across analyses (a rule set reload starts with an empty cache).
pub struct Engine {
    rules: RuleSet,
    ignored_values: Vec<IgnoredValue>,
    /// Which of `ignored_values` ignored something (unused config entries are reported).
    ignored_values_used: Vec<AtomicBool>,
    statement_results: StatementCache<Vec<Candidate>>,
}

impl Engine {
    pub fn new(rules: RuleSet) -> Self {
        Engine {
            rules,
            ignored_values: Vec::new(),
            ignored_values_used: Vec::new(),
            statement_results: StatementCache::default(),
        }
    }

    /// Secret values matching one of these are never reported (project allowlist).
    pub fn with_ignored_values(mut self, values: Vec<IgnoredValue>) -> Self {
        self.ignored_values_used = values.iter().map(|_| AtomicBool::new(false)).collect();
        self.ignored_values = values;
        self
    }

    /// For each ignored value given, whether it ignored a value since the engine was built.
    pub fn ignored_values_used(&self) -> Vec<bool> {
        self.ignored_values_used
            .iter()
            .map(|used| used.load(Ordering::Relaxed))
            .collect()
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Analyses a document from scratch, parsing it when a query rule may match.
    pub fn analyze(&self, doc: &Document, options: &AnalyzeOptions) -> Analysis {
        self.analyze_with_tree(doc, None, options)
    }

    /// [`Engine::analyze_with_tree`] with any panic caught, which is how every front end
    /// calls it: a bug that one input triggers must not take down a scan, a hook run or the
    /// language server. The engine holds nothing a half-done analysis could leave broken
    /// (the statement cache only ever gains whole entries).
    pub fn analyze_contained(
        &self,
        doc: &Document,
        tree: Option<&Tree>,
        options: &AnalyzeOptions,
    ) -> Result<Analysis, AnalysisPanicked> {
        let analysis = AssertUnwindSafe(|| self.analyze_with_tree(doc, tree, options));
        std::panic::catch_unwind(analysis).map_err(|_| AnalysisPanicked)
    }

    /// Like [`Engine::analyze`], with a tree the caller already has for exactly this text
    /// (the language server keeps one per document and reparses incrementally).
    pub fn analyze_with_tree(
        &self,
        doc: &Document,
        tree: Option<&Tree>,
        options: &AnalyzeOptions,
    ) -> Analysis {
        #[cfg(feature = "fault-injection")]
        fault::inject(doc.text);
        let started = Instant::now();
        let mut analysis = Analysis::default();
        let rules = &self.rules;
        let runs = |rule: &usize| {
            let rule = &rules.rules[*rule];
            rule.category == Category::Secret || rule.severity >= options.min_severity
        };
        let (holds_value, holds_named_value) = (OnceCell::new(), OnceCell::new());
        let secrets = SecretFacts {
            value: &|| {
                *holds_value
                    .get_or_init(|| secret_gate::may_hold_secret_value(doc.language, doc.text))
            },
            named: &|| {
                *holds_named_value
                    .get_or_init(|| secret_gate::may_hold_named_secret(doc.language, doc.text))
            },
        };
        let mut candidates = self.text_candidates(doc, options.gated, &runs);
        let decoded = self.decoded_candidates(doc, options.gated, &runs, &candidates);
        candidates.extend(decoded);
        let query_rules: Vec<usize> = rules
            .language(doc.language)
            .map(|l| l.group.admitted(doc.text, options.gated, &secrets))
            .unwrap_or_default()
            .into_iter()
            .filter(runs)
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
                        Err(error) => {
                            analysis.notes.push(error.to_string());
                            None
                        }
                    }
                }
            };
            if let Some(tree) = tree {
                analysis.parsed = true;
                let deadline = started + options.time_budget;
                let timed_out = self.query_pass(
                    doc,
                    tree,
                    query_rules,
                    options.reuse_statements,
                    deadline,
                    &mut candidates,
                    &mut analysis.notes,
                );
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

    /// Runs the admitted query rules; whether the time budget ran out.
    #[allow(clippy::too_many_arguments)]
    fn query_pass(
        &self,
        doc: &Document,
        tree: &Tree,
        query_rules: Vec<usize>,
        reuse_statements: bool,
        mut deadline: Instant,
        candidates: &mut Vec<Candidate>,
        notes: &mut Vec<String>,
    ) -> bool {
        // Collected once, and only if a rule's predicates ask for them.
        let imports_cache: OnceCell<Imports> = OnceCell::new();
        let root = tree.root_node();
        let imports =
            || imports_cache.get_or_init(|| Imports::collect(doc.language, root, doc.text));
        // Rules whose matches stay inside one top-level statement can reuse the matches of
        // statements an edit did not touch (language server).
        let (local, whole): (Vec<usize>, Vec<usize>) =
            if reuse_statements && let Some(language) = self.rules.language(doc.language) {
                query_rules
                    .into_iter()
                    .partition(|&rule| language.is_local(rule))
            } else {
                (Vec::new(), query_rules)
            };
        for &rule in &whole {
            let compiling = Instant::now();
            match self.rules.compiled(doc.language, rule) {
                Some(Ok(compiled)) => {
                    // A query compiles once per run (or waits for another thread compiling
                    // it): that time is not this file's work.
                    deadline += compiling.elapsed();
                    let (found, out_of_time) = if compiled.flow.is_some() {
                        self.flow_matches(compiled, doc, tree, &imports, deadline)
                    } else {
                        self.query_matches(compiled, doc, tree, None, &imports, deadline)
                    };
                    candidates.extend(found);
                    if out_of_time {
                        return true;
                    }
                }
                Some(Err(e)) => notes.push(format!("rule skipped: {e}")),
                None => {}
            }
        }
        if local.is_empty() {
            return false;
        }
        let statements =
            statement_cache::statements(doc.language, root, doc.text, imports().fingerprint());
        for &rule in &local {
            let compiled = match self.rules.compiled(doc.language, rule) {
                Some(Ok(compiled)) => compiled,
                Some(Err(e)) => {
                    notes.push(format!("rule skipped: {e}"));
                    continue;
                }
                None => continue,
            };
            for (range, key) in &statements {
                let cached = key.and_then(|key| self.statement_results.get(rule, key));
                if let Some(hit) = cached {
                    candidates.extend(hit.iter().map(|c| c.rebased(0, range.start)));
                    continue;
                }
                let bytes = Some(range.clone());
                let (found, out_of_time) =
                    self.query_matches(compiled, doc, tree, bytes, &imports, deadline);
                if out_of_time {
                    return true;
                }
                // A match that reaches a neighbour is that neighbour's.
                let own: Vec<Candidate> = found.into_iter().filter(|c| c.within(range)).collect();
                if let Some(key) = key {
                    let relative = own.iter().map(|c| c.rebased(range.start, 0));
                    self.statement_results
                        .insert(rule, *key, Arc::new(relative.collect()));
                }
                candidates.extend(own);
            }
        }
        false
    }

    fn is_ignored_value(&self, value: &[u8]) -> bool {
        let found = ignored_value::first_match(&self.ignored_values, value);
        if let Some(used) = found.and_then(|index| self.ignored_values_used.get(index)) {
            used.store(true, Ordering::Relaxed);
        }
        found.is_some()
    }
}
