//! Rules compiled for fast matching: one keyword automaton for all text rules, and per
//! language one keyword automaton plus one tree-sitter query per rule, compiled the first
//! time a file needs it. A file runs only the queries of the rules its keywords admit:
//! measured on real code, running every pattern of a language in one pass cost more than
//! parsing, and compiling a query per distinct subset of rules cost more still. (A combined
//! query for large files admitting many rules was tried too: slower on a full scan.)

use crate::engine::Candidate;
use crate::ignored_value::IgnoredValue;
use crate::language::Language;
use crate::predicate::{self, Predicate, SecretText};
use crate::rule::{Location, Matcher, QueryMatcher, Rule, RuleError, RuleErrorKind};
use crate::secret_gate;
use crate::statement_cache::{self, StatementCache};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};
use tree_sitter::{CaptureQuantifier, Query};

pub struct RuleSet {
    pub(crate) rules: Vec<Arc<Rule>>,
    pub(crate) text: Prefilter,
    pub(crate) languages: HashMap<Language, LanguageRules>,
    /// Query rules that can run statement by statement (see `statement_cache`).
    pub(crate) local_rules: HashSet<usize>,
    /// Their matches per statement, reused across analyses.
    pub(crate) statement_results: StatementCache<Vec<Candidate>>,
    /// Secret values matching one of these are never reported (project allowlist).
    pub(crate) ignored_values: Vec<IgnoredValue>,
}

/// Maps keyword hits to the rules that may match; rules without keywords always run.
pub(crate) struct Prefilter {
    automaton: Option<AhoCorasick>,
    owners: Vec<Vec<usize>>,
    always: Vec<usize>,
}

pub(crate) struct LanguageRules {
    pub(crate) prefilter: Prefilter,
    /// Rule index → its query, compiled on first use.
    queries: HashMap<usize, OnceLock<Result<CompiledQuery, RuleError>>>,
}

/// One query rule's query, ready to run.
pub(crate) struct CompiledQuery {
    pub(crate) query: Query,
    /// Index into `RuleSet::rules`.
    pub(crate) rule: usize,
    /// Per pattern, the predicates redflag evaluates.
    pub(crate) predicates: Vec<Vec<Predicate>>,
    /// Capture indices the rule reports, checks as a secret and rewrites in a fix.
    pub(crate) captures: RuleCaptures,
    /// What a file must hold for the rule to match, checked before parsing.
    pub(crate) secret_gate: SecretGate,
}

/// Text checks before parsing for rules whose matches need a secret-looking literal.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum SecretGate {
    None,
    /// Every pattern checks a captured literal with `#secret-value?` (`secret_gate`).
    Value,
    /// ...and the rule says the name is in the value's statement.
    NamedValue,
}

#[derive(Clone, Copy)]
pub(crate) struct RuleCaptures {
    pub(crate) report: u32,
    pub(crate) secret: Option<u32>,
    pub(crate) fix: Option<u32>,
}

impl Prefilter {
    fn new(
        rules: &[Arc<Rule>],
        members: &[usize],
        keywords_of: impl Fn(&Rule) -> &[String],
        case_insensitive: bool,
    ) -> Self {
        let mut words: Vec<&str> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut index_of: HashMap<&str, usize> = HashMap::new();
        let mut always = Vec::new();
        for &rule in members {
            let keywords = keywords_of(&rules[rule]);
            if keywords.is_empty() {
                always.push(rule);
            }
            for word in keywords {
                let slot = *index_of.entry(word.as_str()).or_insert_with(|| {
                    words.push(word.as_str());
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                owners[slot].push(rule);
            }
        }
        // A full DFA: a few hundred keywords make a small one, and it scans every byte of
        // every file, so its speed is the floor of a scan.
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(case_insensitive)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&words)
            .ok();
        Prefilter {
            automaton,
            owners,
            always,
        }
    }

    /// Rules that may match `text`: one pass over the bytes, whatever the number of rules.
    pub(crate) fn candidates(&self, text: &[u8]) -> Vec<usize> {
        let mut hit = vec![false; self.owners.len()];
        let mut remaining = self.owners.len();
        if let Some(automaton) = &self.automaton {
            for m in automaton.find_overlapping_iter(text) {
                let slot = m.pattern().as_usize();
                if !hit[slot] {
                    hit[slot] = true;
                    remaining -= 1;
                    if remaining == 0 {
                        break;
                    }
                }
            }
        }
        let mut rules: Vec<usize> = self.always.clone();
        for (slot, owners) in self.owners.iter().enumerate() {
            if hit[slot] {
                rules.extend(owners);
            }
        }
        rules.sort_unstable();
        rules.dedup();
        rules
    }
}

impl RuleSet {
    /// Builds the set; fails on duplicate rule ids. Query compilation is deferred to first
    /// use: call [`validate_rule`] on rules that did not come with the binary.
    pub fn new(rules: Vec<Rule>) -> Result<Self, Vec<RuleError>> {
        let mut first_seen: HashMap<String, Location> = HashMap::new();
        let mut errors = Vec::new();
        for rule in &rules {
            if let Some(first) = first_seen.get(&rule.id) {
                errors.push(RuleError::new(
                    rule.origin.clone(),
                    RuleErrorKind::DuplicateId {
                        id: rule.id.clone(),
                        first: first.to_string(),
                    },
                ));
            } else {
                first_seen.insert(rule.id.clone(), rule.origin.clone());
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let rules: Vec<Arc<Rule>> = rules.into_iter().map(Arc::new).collect();
        let text_members: Vec<usize> = (0..rules.len())
            .filter(|&i| matches!(rules[i].matcher, Matcher::Text(_)))
            .collect();
        let text = Prefilter::new(&rules, &text_members, text_keywords, true);
        let mut by_language: HashMap<Language, Vec<usize>> = HashMap::new();
        for (i, rule) in rules.iter().enumerate() {
            if let Matcher::Query(q) = &rule.matcher {
                by_language.entry(q.language).or_default().push(i);
            }
        }
        let languages = by_language
            .into_iter()
            .map(|(language, members)| {
                let prefilter = Prefilter::new(&rules, &members, query_keywords, false);
                (
                    language,
                    LanguageRules {
                        prefilter,
                        queries: members.iter().map(|&i| (i, OnceLock::new())).collect(),
                    },
                )
            })
            .collect();
        let local_rules = rules
            .iter()
            .enumerate()
            .filter(|(_, rule)| {
                query_of(rule).is_some_and(|q| statement_cache::is_local(q.language, &q.source))
            })
            .map(|(i, _)| i)
            .collect();
        Ok(RuleSet {
            rules,
            text,
            languages,
            local_rules,
            statement_results: StatementCache::default(),
            ignored_values: Vec::new(),
        })
    }

    pub fn with_ignored_values(mut self, values: Vec<IgnoredValue>) -> Self {
        self.ignored_values = values;
        self
    }

    pub fn rules(&self) -> &[Arc<Rule>] {
        &self.rules
    }

    pub fn get(&self, id: &str) -> Option<&Arc<Rule>> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Whether any query rule targets `language`.
    pub fn has_query_rules(&self, language: Language) -> bool {
        self.languages.contains_key(&language)
    }

    /// Compiles every language's query now instead of on first use, where it would count
    /// against the first analysis's time budget (the language server calls this on load).
    pub fn precompile(&self) {
        for (&language, rules) in &self.languages {
            for &rule in rules.queries.keys() {
                let _ = self.compiled(language, rule);
            }
        }
    }

    /// The compiled query of one query rule of `language`.
    pub(crate) fn compiled(
        &self,
        language: Language,
        rule: usize,
    ) -> Option<Result<&CompiledQuery, &RuleError>> {
        let slot = self.languages.get(&language)?.queries.get(&rule)?;
        Some(
            slot.get_or_init(|| compile_rule(&self.rules, language, rule))
                .as_ref(),
        )
    }
}

fn text_keywords(rule: &Rule) -> &[String] {
    match &rule.matcher {
        Matcher::Text(t) => &t.keywords,
        Matcher::Query(_) => &[],
    }
}

fn query_keywords(rule: &Rule) -> &[String] {
    match &rule.matcher {
        Matcher::Query(q) => &q.keywords,
        Matcher::Text(_) => &[],
    }
}

fn query_of(rule: &Rule) -> Option<&QueryMatcher> {
    match &rule.matcher {
        Matcher::Query(q) => Some(q),
        Matcher::Text(_) => None,
    }
}

/// Compiles one query rule; an error points at the rule's own file and line.
fn compile_rule(
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
    let query = Query::new(&grammar, source).map_err(|e| located(e.message))?;
    let predicates: Vec<Vec<Predicate>> = (0..query.pattern_count())
        .map(|pattern| {
            predicate::compile(&query, pattern)
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
    let checks_value = (0..query.pattern_count())
        .all(|pattern| checks_secret_value(&query, pattern, &predicates[pattern]));
    let named = query_of(spec)
        .and_then(|q| q.secret.as_ref())
        .is_some_and(|s| s.named_in_statement);
    let secret_gate = match (checks_value && secret_gate::applies_to(language), named) {
        (false, _) => SecretGate::None,
        (true, false) => SecretGate::Value,
        (true, true) => SecretGate::NamedValue,
    };
    Ok(CompiledQuery {
        query,
        rule,
        predicates,
        captures,
        secret_gate,
    })
}

/// Whether the pattern checks `#secret-value?` on a capture present in every match (a
/// predicate on an optional capture holds when the capture is absent).
fn checks_secret_value(query: &Query, pattern: usize, predicates: &[Predicate]) -> bool {
    predicates.iter().any(|p| match p {
        Predicate::Secret { capture, check } => {
            matches!(check, SecretText::Value | SecretText::StrongValue)
                && query.capture_quantifiers(pattern).get(*capture as usize)
                    == Some(&CaptureQuantifier::One)
        }
        _ => false,
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
        predicate::compile(&query, pattern).map_err(|(name, kind)| {
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
    used.extend(message_captures(&rule.message));
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
