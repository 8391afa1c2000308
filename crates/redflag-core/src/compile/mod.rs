//! Rules compiled for matching. Each rule gets a gate derived from the rule itself (see
//! `gate`); the text rules share one literal automaton, each language's query rules another,
//! built the first time a file needs them, and each query compiles the first time a file's
//! gate admits its rule. A file runs only the rules its gates admit: measured on real code,
//! running every pattern of a language in one pass cost more than parsing, and compiling a
//! query per distinct subset of rules cost more still.

pub(crate) mod gate;
mod query;
pub(crate) mod query_syntax;

pub use query::validate_rule;
pub(crate) use query::{CompiledQuery, message_captures};

use crate::languages::Language;
use crate::rules::{Location, Matcher, QueryKind, Rule, RuleError, RuleErrorKind};
use aho_corasick::AhoCorasick;
use gate::{Extras, FileFacts, Gate, LanguageFacts, Literals};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

pub struct RuleSet {
    pub(crate) rules: Vec<Arc<Rule>>,
    pub(crate) text: Group,
    /// Each language's query rules, gated the first time a file of the language comes: a
    /// run that sees only Python files never reads a Rust query.
    languages: HashMap<Language, LanguageSlot>,
}

struct LanguageSlot {
    /// Rule indices, in rule order.
    members: Vec<usize>,
    built: OnceLock<LanguageRules>,
}

/// Rules gated together: their gates and the literal automaton they share.
pub(crate) struct Group {
    /// (rule index, its gate), in rule order.
    members: Vec<(usize, Gate)>,
    literals: Literals,
    automaton: OnceLock<Option<AhoCorasick>>,
}

pub(crate) struct LanguageRules {
    pub(crate) group: Group,
    /// Rule index → its query, compiled on first use.
    queries: HashMap<usize, OnceLock<Result<CompiledQuery, RuleError>>>,
    /// Query rules that can run statement by statement (their patterns never start at the
    /// root node, so no match spans two top-level statements).
    local_rules: HashSet<usize>,
}

impl LanguageRules {
    /// Gates of one language's query rules, derived from each query (`rules` are indices
    /// into `all`).
    fn build(all: &[Arc<Rule>], members: &[usize]) -> LanguageRules {
        let mut literals = Literals::default();
        let mut gated = Vec::with_capacity(members.len());
        let mut local_rules = HashSet::new();
        for &index in members {
            let Some(Matcher::Query(q)) = all.get(index).map(|r| &r.matcher) else {
                continue;
            };
            let support = q.language.support();
            let patterns = query_syntax::patterns(&q.source);
            let facts = LanguageFacts {
                separator: support.imports.map(|i| i.separator),
                lexes_statements: support.statements.is_some(),
            };
            let extras = Extras {
                keywords: &q.keywords,
                requires: &q.requires,
                named_in_statement: q.secret.as_ref().is_some_and(|s| s.named_in_statement),
            };
            let flow = q.kind == QueryKind::Flow;
            let gate = if flow {
                flow_gate(patterns.as_deref(), &facts, &extras, &mut literals)
            } else {
                gate::for_query(patterns.as_deref(), &facts, &extras, &mut literals)
            };
            gated.push((index, gate));
            // A flow relates statements: it always runs over the whole file.
            if !flow && is_local(support.root_kind, patterns.as_deref()) {
                local_rules.insert(index);
            }
        }
        let queries = gated.iter().map(|(i, _)| (*i, OnceLock::new())).collect();
        LanguageRules {
            group: Group::new(gated, literals),
            queries,
            local_rules,
        }
    }

    /// Whether query rule `rule` can run statement by statement.
    pub(crate) fn is_local(&self, rule: usize) -> bool {
        self.local_rules.contains(&rule)
    }
}

/// Lazily computed facts about a file that gates may ask for.
pub(crate) struct SecretFacts<'a> {
    pub value: &'a dyn Fn() -> bool,
    pub named: &'a dyn Fn() -> bool,
}

impl Group {
    fn new(members: Vec<(usize, Gate)>, literals: Literals) -> Self {
        Group {
            members,
            literals,
            automaton: OnceLock::new(),
        }
    }

    /// The member rules whose gates admit `text` (all of them when `gated` is false).
    pub(crate) fn admitted(&self, text: &[u8], gated: bool, secrets: &SecretFacts) -> Vec<usize> {
        if !gated {
            return self.members.iter().map(|(rule, _)| *rule).collect();
        }
        let automaton = self.automaton.get_or_init(|| self.literals.automaton());
        let present = gate::present(automaton.as_ref(), self.literals.len(), text);
        let facts = FileFacts {
            text,
            present: &present,
            secret_value: secrets.value,
            named_secret: secrets.named,
        };
        self.members
            .iter()
            .filter(|(_, gate)| facts.admits(gate))
            .map(|(rule, _)| *rule)
            .collect()
    }

    fn describe(&self, rule: usize) -> Option<String> {
        self.members
            .iter()
            .find(|(r, _)| *r == rule)
            .map(|(_, gate)| self.literals.describe(gate))
    }

    /// Rules whose gate can reject a file, and all members.
    pub(crate) fn gated_count(&self) -> (usize, usize) {
        let gated = self.members.iter().filter(|(_, g)| !g.is_always()).count();
        (gated, self.members.len())
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

        // The text rules' gates are derived on every core (parsing their regexes was most
        // of a start-up), in chunks whose literals are merged in rule order.
        let text_rules: Vec<usize> = rules
            .iter()
            .enumerate()
            .filter(|(_, r)| !matches!(r.matcher, Matcher::Query(_)))
            .map(|(index, _)| index)
            .collect();
        let chunks: Vec<&[usize]> = text_rules.chunks(32).collect();
        let derived = crate::parallel::map(&chunks, 2, |chunk| {
            let mut literals = Literals::default();
            let gates: Vec<(usize, Gate)> = chunk
                .iter()
                .filter_map(|&index| Some((index, text_gate(rules.get(index)?, &mut literals))))
                .collect();
            (gates, literals)
        });
        let mut text_literals = Literals::default();
        let mut text_members = Vec::with_capacity(text_rules.len());
        for (gates, literals) in derived {
            let map = text_literals.merge(literals);
            text_members.extend(
                gates
                    .into_iter()
                    .map(|(index, gate)| (index, gate.remap(&map))),
            );
        }
        let mut languages: HashMap<Language, LanguageSlot> = HashMap::new();
        for (index, rule) in rules.iter().enumerate() {
            if let Matcher::Query(q) = &rule.matcher {
                languages
                    .entry(q.language)
                    .or_insert_with(|| LanguageSlot {
                        members: Vec::new(),
                        built: OnceLock::new(),
                    })
                    .members
                    .push(index);
            }
        }
        Ok(RuleSet {
            rules,
            text: Group::new(text_members, text_literals),
            languages,
        })
    }

    /// The query rules of `language`, their gates derived on first use.
    pub(crate) fn language(&self, language: Language) -> Option<&LanguageRules> {
        let slot = self.languages.get(&language)?;
        Some(
            slot.built
                .get_or_init(|| LanguageRules::build(&self.rules, &slot.members)),
        )
    }

    fn all_languages(&self) -> impl Iterator<Item = (Language, &LanguageRules)> {
        self.languages
            .keys()
            .filter_map(|&language| Some((language, self.language(language)?)))
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
        for (language, rules) in self.all_languages() {
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
        let slot = self.language(language)?.queries.get(&rule)?;
        Some(
            slot.get_or_init(|| query::compile_rule(&self.rules, language, rule))
                .as_ref(),
        )
    }

    /// A rule's gate as text (`(yaml & load)`, `*` when it runs on every file).
    pub fn gate_of(&self, id: &str) -> Option<String> {
        let index = self.rules.iter().position(|r| r.id == id)?;
        std::iter::once(&self.text)
            .chain(self.all_languages().map(|(_, l)| &l.group))
            .find_map(|group| group.describe(index))
    }

    /// How many rules have a gate that can reject a file, of all (for `rules list`).
    pub fn gated_rules(&self) -> (usize, usize) {
        let mut totals = self.text.gated_count();
        for (_, rules) in self.all_languages() {
            let (gated, all) = rules.group.gated_count();
            totals.0 += gated;
            totals.1 += all;
        }
        totals
    }
}

/// A text or generic rule's gate.
fn text_gate(rule: &Rule, literals: &mut Literals) -> Gate {
    match &rule.matcher {
        Matcher::Text(t) => {
            let mut parts = vec![gate::for_text(t.regex.syntax(), &t.keywords, literals)];
            parts.extend(
                t.context
                    .iter()
                    .map(|c| gate::for_text(c.syntax(), &[], literals)),
            );
            Gate::all(parts)
        }
        Matcher::Generic(generic) => {
            if generic.check.is_about_suppressions() {
                literals.any_of(&[crate::rules::SUPPRESSION_MARKER])
            } else {
                literals.any_of(crate::secrets::assignments::GATE_WORDS)
            }
        }
        Matcher::Query(_) => Gate::Always,
    }
}

/// A flow rule reports only where one of its sinks and one of its sources match: the file
/// must admit some sink pattern and some source pattern (sanitizers add nothing).
fn flow_gate(
    patterns: Option<&[query_syntax::Item]>,
    facts: &LanguageFacts,
    extras: &Extras,
    literals: &mut gate::Literals,
) -> Gate {
    let Some(patterns) = patterns else {
        return gate::for_query(None, facts, extras, literals);
    };
    let with_role = |role: &str| -> Vec<query_syntax::Item> {
        patterns
            .iter()
            .filter(|p| p.has_capture(role))
            .cloned()
            .collect()
    };
    let none = Extras {
        keywords: &[],
        requires: &[],
        named_in_statement: false,
    };
    let sinks = gate::for_query(Some(&with_role("sink")), facts, extras, literals);
    let sources = gate::for_query(Some(&with_role("source")), facts, &none, literals);
    Gate::all(vec![sinks, sources])
}

/// Whether a query rule can run statement by statement: none of its patterns may start at
/// the file's root node (or a wildcard that could be it), which would relate statements.
fn is_local(root_kind: Option<&str>, patterns: Option<&[query_syntax::Item]>) -> bool {
    let (Some(root), Some(patterns)) = (root_kind, patterns) else {
        return false;
    };
    let heads: Vec<&str> = patterns.iter().flat_map(|p| p.heads()).collect();
    !heads.is_empty()
        && heads
            .iter()
            .all(|h| *h != root && *h != "_" && !h.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(source: &str) -> bool {
        is_local(Some("module"), query_syntax::patterns(source).as_deref())
    }

    #[test]
    fn patterns_starting_at_the_root_or_a_wildcard_are_not_local() {
        assert!(local(";; (module) in a comment\n(call function: (_)) @c"));
        assert!(local("((call) @c (#eq? @c \"(module\"))"));
        assert!(!local("(module (expression_statement) @s)"));
        assert!(!local("(_ (call)) @x"));
        assert!(local("[(call) (assignment)] @x"));
        assert!(!local("[(call) (module)] @x"));
        assert!(local("[(call) [(a) (b)]] @x"));
        assert!(local("([(a) (b)] @x (#eq? @x \"y\"))"));
        assert!(!local("([(a) (module)] @x)"));
        assert!(!local("(call"));
        assert!(!is_local(
            None,
            query_syntax::patterns("(block_mapping_pair) @p").as_deref()
        ));
    }
}
