//! Gates: conditions on a file's raw bytes that every match of a rule requires, derived from
//! the rule itself (as semgrep's rule optimiser and ast-grep's kind index do) and checked
//! before a file is parsed. A rule is the OR of its patterns, a pattern the AND of what it
//! requires:
//!
//! - literals: the strings of `#eq?` and `#any-of?`, the literals every match of a `#match?`
//!   regex contains (case-folded as the regex folds), anonymous keyword tokens, the first and
//!   last parts of `#resolves-to?` names and the parts of `#imports?` modules (an import or
//!   a qualified use names both), a text rule's regex literals;
//! - `#secret-value?`: some string literal of the file could pass it (the secret gate);
//! - the rule's own `keywords`, `requires` and `named_in_statement`, optional extras that
//!   `redflag rules test` proves necessary case by case.
//!
//! Only captures every match has count (not under `?`, `*` or one branch of an alternation),
//! and negated predicates give nothing. Where nothing can be derived the rule always runs.
//! Every literal is searched ASCII-case-insensitively (a superset of an exact search), so one
//! automaton serves all of a language's rules.

use super::query_syntax::{Arg, Expr, Item};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_syntax::hir::{Hir, HirKind};
use std::collections::HashMap;

/// Literals shorter than this say nothing about a file (`=`, `os`) and are dropped.
const MIN_LITERAL: usize = 3;
/// Bounds on the literal sets followed through a regex.
const MAX_SET: usize = 64;
const MAX_LITERAL: usize = 64;

#[derive(Debug, Clone)]
pub(crate) enum Gate {
    Always,
    /// The file contains literal number `n` of the language's [`Literals`].
    Literal(usize),
    /// Some string literal of the file could pass `#secret-value?`.
    SecretValue,
    /// Some statement holds such a literal after a secret-name hint.
    NamedSecret,
    /// A hand-written `requires` regex matches the file.
    Regex(regex::bytes::Regex),
    All(Vec<Gate>),
    Any(Vec<Gate>),
}

impl Gate {
    pub(crate) fn all(gates: Vec<Gate>) -> Gate {
        let mut kept: Vec<Gate> = Vec::new();
        for gate in gates {
            match gate {
                Gate::Always => {}
                Gate::All(inner) => kept.extend(inner),
                other => kept.push(other),
            }
        }
        match kept.len() {
            0 => Gate::Always,
            1 => kept.pop().unwrap_or(Gate::Always),
            _ => Gate::All(kept),
        }
    }

    fn any(gates: Vec<Gate>) -> Gate {
        let mut kept: Vec<Gate> = Vec::new();
        for gate in gates {
            match gate {
                Gate::Always => return Gate::Always,
                Gate::Any(inner) => kept.extend(inner),
                other => kept.push(other),
            }
        }
        match kept.len() {
            // An OR of nothing would never hold: no alternative was seen, so stay open.
            0 => Gate::Always,
            1 => kept.pop().unwrap_or(Gate::Always),
            _ => Gate::Any(kept),
        }
    }

    /// The gate with its literal slots renumbered (`map[old] = new`), for merging groups
    /// derived apart.
    pub(crate) fn remap(self, map: &[usize]) -> Gate {
        match self {
            Gate::Literal(slot) => Gate::Literal(map.get(slot).copied().unwrap_or(slot)),
            Gate::All(gates) => Gate::All(gates.into_iter().map(|g| g.remap(map)).collect()),
            Gate::Any(gates) => Gate::Any(gates.into_iter().map(|g| g.remap(map)).collect()),
            other => other,
        }
    }

    /// Whether the gate can ever reject a file.
    pub(crate) fn is_always(&self) -> bool {
        matches!(self, Gate::Always)
    }
}

/// The literals of a group of rules (one language's query rules, or the text rules), each
/// stored once, lower-cased, and one automaton that finds them all in one pass.
#[derive(Default)]
pub(crate) struct Literals {
    words: Vec<String>,
    slots: HashMap<String, usize>,
}

impl Literals {
    /// A gate requiring one of `words`; `Always` if one is too short to tell anything.
    pub(crate) fn any_of<S: AsRef<[u8]>>(&mut self, words: &[S]) -> Gate {
        if words.is_empty() || words.iter().any(|w| w.as_ref().len() < MIN_LITERAL) {
            return Gate::Always;
        }
        let mut slots: Vec<usize> = words
            .iter()
            .map(|w| {
                let lower = String::from_utf8_lossy(&w.as_ref().to_ascii_lowercase()).into_owned();
                let next = self.words.len();
                let slot = *self.slots.entry(lower.clone()).or_insert(next);
                if slot == next {
                    self.words.push(lower);
                }
                slot
            })
            .collect();
        slots.sort_unstable();
        slots.dedup();
        Gate::any(slots.into_iter().map(Gate::Literal).collect())
    }

    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// Takes in `other`'s literals (stored once); returns where each of them now is.
    pub(crate) fn merge(&mut self, other: Literals) -> Vec<usize> {
        other
            .words
            .into_iter()
            .map(|word| {
                let next = self.words.len();
                let slot = *self.slots.entry(word.clone()).or_insert(next);
                if slot == next {
                    self.words.push(word);
                }
                slot
            })
            .collect()
    }

    /// The gate as text: literals, `$value` / `$named` for the secret gates, `/re/`, with
    /// `&` and `|`; `*` when it admits every file.
    pub(crate) fn describe(&self, gate: &Gate) -> String {
        let join = |gates: &[Gate], op: &str| {
            let parts: Vec<String> = gates.iter().map(|g| self.describe(g)).collect();
            format!("({})", parts.join(op))
        };
        match gate {
            Gate::Always => "*".into(),
            Gate::Literal(slot) => self.words.get(*slot).cloned().unwrap_or_default(),
            Gate::SecretValue => "$value".into(),
            Gate::NamedSecret => "$named".into(),
            Gate::Regex(r) => format!("/{r}/"),
            Gate::All(gates) => join(gates, " & "),
            Gate::Any(gates) => join(gates, " | "),
        }
    }

    pub(crate) fn automaton(&self) -> Option<AhoCorasick> {
        if self.words.is_empty() {
            return None;
        }
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&self.words)
            .ok()
    }
}

/// Which literals of a group occur in one file.
pub(crate) fn present(automaton: Option<&AhoCorasick>, len: usize, text: &[u8]) -> Vec<bool> {
    let mut found = vec![false; len];
    let Some(automaton) = automaton else {
        return found;
    };
    let mut remaining = len;
    for m in automaton.find_overlapping_iter(text) {
        let slot = m.pattern().as_usize();
        if !found[slot] {
            found[slot] = true;
            remaining -= 1;
            if remaining == 0 {
                break;
            }
        }
    }
    found
}

/// What a gate may ask of one file; the secret checks run at most once, and only if asked.
pub(crate) struct FileFacts<'a> {
    pub text: &'a [u8],
    pub present: &'a [bool],
    pub secret_value: &'a dyn Fn() -> bool,
    pub named_secret: &'a dyn Fn() -> bool,
}

impl FileFacts<'_> {
    pub(crate) fn admits(&self, gate: &Gate) -> bool {
        match gate {
            Gate::Always => true,
            Gate::Literal(slot) => self.present.get(*slot).copied().unwrap_or(true),
            Gate::SecretValue => (self.secret_value)(),
            Gate::NamedSecret => (self.named_secret)(),
            Gate::Regex(regex) => regex.is_match(self.text),
            Gate::All(gates) => gates.iter().all(|g| self.admits(g)),
            Gate::Any(gates) => gates.iter().any(|g| self.admits(g)),
        }
    }
}

/// What the rule's hand-written header adds to a derived gate.
pub(crate) struct Extras<'a> {
    pub keywords: &'a [String],
    pub requires: &'a [regex::bytes::Regex],
    pub named_in_statement: bool,
}

/// How the language writes qualified names, and whether it has a statement lexer.
pub(crate) struct LanguageFacts {
    pub separator: Option<&'static str>,
    pub lexes_statements: bool,
}

/// The gate of a query rule, from its patterns and header.
pub(crate) fn for_query(
    patterns: Option<&[Item]>,
    language: &LanguageFacts,
    extras: &Extras,
    literals: &mut Literals,
) -> Gate {
    let derived = match patterns {
        Some(patterns) if !patterns.is_empty() => Gate::any(
            patterns
                .iter()
                .map(|p| pattern_gate(p, language, literals))
                .collect(),
        ),
        _ => Gate::Always,
    };
    let mut parts = vec![derived, literals.any_of(extras.keywords)];
    if extras.keywords.is_empty() {
        parts.pop();
    }
    parts.extend(extras.requires.iter().cloned().map(Gate::Regex));
    if extras.named_in_statement && language.lexes_statements {
        parts.push(Gate::NamedSecret);
    }
    Gate::all(parts)
}

/// The gate of a text rule: the literals its regex requires, and its keywords.
/// A text rule's gate from its regex as parsed when the rule loaded (parsed once).
pub(crate) fn for_text(hir: &Hir, keywords: &[String], literals: &mut Literals) -> Gate {
    let derived = regex_gate(hir, literals);
    let keywords = if keywords.is_empty() {
        Gate::Always
    } else {
        literals.any_of(keywords)
    };
    Gate::all(vec![derived, keywords])
}

fn pattern_gate(pattern: &Item, language: &LanguageFacts, literals: &mut Literals) -> Gate {
    let required = pattern.required_captures();
    let on_required = |args: &[Arg]| match args.first() {
        Some(Arg::Capture(c)) => required.contains(&c.as_str()),
        _ => false,
    };
    let strings = |args: &[Arg]| -> Vec<String> {
        args.iter()
            .filter_map(|a| match a {
                Arg::String(s) => Some(s.clone()),
                Arg::Capture(_) => None,
            })
            .collect()
    };
    let mut parts = vec![structural(pattern, literals)];
    for (name, args) in pattern.predicates() {
        let texts = strings(args);
        let gate = match name {
            "eq?" | "any-eq?" | "any-of?" if on_required(args) && args.len() == texts.len() + 1 => {
                literals.any_of(&texts)
            }
            "match?" | "any-match?" if on_required(args) && texts.len() == 1 => {
                regex_syntax::ParserBuilder::new()
                    .utf8(false)
                    .build()
                    .parse(&texts[0])
                    .map_or(Gate::Always, |hir| regex_gate(&hir, literals))
            }
            "resolves-to?" if on_required(args) => match language.separator {
                Some(separator) => Gate::any(
                    texts
                        .iter()
                        .map(|n| qualified_name_gate(n, separator, true, literals))
                        .collect(),
                ),
                None => Gate::Always,
            },
            "imports?" if !texts.is_empty() => match language.separator {
                Some(separator) => Gate::any(
                    texts
                        .iter()
                        .map(|n| qualified_name_gate(n, separator, false, literals))
                        .collect(),
                ),
                None => Gate::Always,
            },
            "secret-value?" if on_required(args) && language.lexes_statements => Gate::SecretValue,
            // Every name these accept holds a hint word (`secrets::name::NAME_HINTS`).
            "secret-name?" | "secret-assignment?" if on_required(args) => {
                literals.any_of(crate::secrets::name::NAME_HINTS)
            }
            _ => Gate::Always,
        };
        parts.push(gate);
    }
    Gate::all(parts)
}

/// A qualified name resolved through imports is written with its first part (in the import
/// or at the use) and its last part (at the use or in the import); a module's every part is
/// in its import (`from xml import etree` names `xml.etree`).
fn qualified_name_gate(
    name: &str,
    separator: &str,
    first_and_last: bool,
    literals: &mut Literals,
) -> Gate {
    let name = name.trim_end_matches('*');
    let parts: Vec<&str> = name.split(separator).filter(|p| !p.is_empty()).collect();
    let chosen: Vec<&str> = match (first_and_last, parts.as_slice()) {
        (_, []) => return Gate::Always,
        (true, [first, .., last]) if name.ends_with(separator) => vec![first, last],
        (true, [first, .., last]) => vec![first, last],
        (true, [only]) => vec![only],
        (false, all) => all.to_vec(),
    };
    Gate::all(chosen.iter().map(|p| literals.any_of(&[p])).collect())
}

/// Anonymous keyword tokens every match of the pattern contains.
fn structural(item: &Item, literals: &mut Literals) -> Gate {
    if !item.quantifier.required() {
        return Gate::Always;
    }
    match &item.expr {
        Expr::Node { children, .. } | Expr::Group(children) => {
            Gate::all(children.iter().map(|c| structural(c, literals)).collect())
        }
        Expr::Alternation(branches) => {
            Gate::any(branches.iter().map(|b| structural(b, literals)).collect())
        }
        Expr::Token(token) if is_keyword(token) => literals.any_of(&[token]),
        _ => Gate::Always,
    }
}

fn is_keyword(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// What every match of a regex contains.
fn regex_gate(hir: &Hir, literals: &mut Literals) -> Gate {
    match exact_set(hir) {
        Some(set) => literals.any_of(&set),
        None => inexact_gate(hir, literals),
    }
}

/// The gate of a regex part whose exact set is known to be too large (not computed again:
/// on deep regexes that was most of a start-up).
fn inexact_gate(hir: &Hir, literals: &mut Literals) -> Gate {
    match hir.kind() {
        HirKind::Concat(parts) => {
            let mut gates = Vec::new();
            let mut run: Option<Vec<Vec<u8>>> = None;
            for part in parts {
                match exact_set(part) {
                    Some(set) => {
                        run = Some(match run.take() {
                            Some(current) => match cross(&current, &set) {
                                Some(joined) => joined,
                                None => {
                                    gates.push(literals.any_of(&current));
                                    set
                                }
                            },
                            None => set,
                        });
                    }
                    None => {
                        if let Some(current) = run.take() {
                            gates.push(literals.any_of(&current));
                        }
                        gates.push(inexact_gate(part, literals));
                    }
                }
            }
            if let Some(current) = run {
                gates.push(literals.any_of(&current));
            }
            Gate::all(gates)
        }
        HirKind::Alternation(branches) => {
            Gate::any(branches.iter().map(|b| regex_gate(b, literals)).collect())
        }
        HirKind::Repetition(rep) if rep.min >= 1 => regex_gate(&rep.sub, literals),
        HirKind::Capture(capture) => inexact_gate(&capture.sub, literals),
        _ => Gate::Always,
    }
}

/// The bytes of a class as the case-insensitive search sees them (`[Aa]` is `a`), when
/// there are few; `None` for a larger class, decided before anything is collected.
fn class_bytes(ranges: &[(u32, u32)], unicode: bool) -> Option<Vec<Vec<u8>>> {
    let total: u64 = ranges
        .iter()
        .map(|(start, end)| u64::from(end.saturating_sub(*start)) + 1)
        .sum();
    // Folding at most halves a class.
    if total > 2 * MAX_SET as u64 {
        return None;
    }
    let mut out: Vec<Vec<u8>> = Vec::new();
    for &(start, end) in ranges {
        for code in start..=end {
            // A byte class holds bytes; a Unicode class holds characters (UTF-8 above 127).
            let folded = match u8::try_from(code) {
                Ok(byte) if !unicode || byte.is_ascii() => vec![byte.to_ascii_lowercase()],
                _ => char::from_u32(code)?.to_string().into_bytes(),
            };
            if !out.contains(&folded) {
                out.push(folded);
            }
        }
    }
    (out.len() <= MAX_SET).then_some(out)
}

/// The exact strings a regex part matches, when there are few of them.
fn exact_set(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(vec![Vec::new()]),
        HirKind::Literal(literal) => Some(vec![literal.0.to_vec()]),
        HirKind::Class(regex_syntax::hir::Class::Bytes(class)) => class_bytes(
            &class
                .iter()
                .map(|r| (u32::from(r.start()), u32::from(r.end())))
                .collect::<Vec<_>>(),
            false,
        ),
        HirKind::Class(regex_syntax::hir::Class::Unicode(class)) => class_bytes(
            &class
                .iter()
                .map(|r| (u32::from(r.start()), u32::from(r.end())))
                .collect::<Vec<_>>(),
            true,
        ),
        HirKind::Capture(capture) => exact_set(&capture.sub),
        HirKind::Concat(parts) => {
            let mut acc = vec![Vec::new()];
            for part in parts {
                acc = cross(&acc, &exact_set(part)?)?;
            }
            Some(acc)
        }
        HirKind::Alternation(branches) => {
            let mut out = Vec::new();
            for branch in branches {
                out.extend(exact_set(branch)?);
                if out.len() > MAX_SET {
                    return None;
                }
            }
            Some(out)
        }
        HirKind::Repetition(rep) if rep.min == 1 && rep.max == Some(1) => exact_set(&rep.sub),
        HirKind::Repetition(_) => None,
    }
}

fn cross(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if a.len() * b.len() > MAX_SET {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            if x.len() + y.len() > MAX_LITERAL {
                return None;
            }
            let mut joined = x.clone();
            joined.extend_from_slice(y);
            out.push(joined);
        }
    }
    out.sort();
    out.dedup();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::query_syntax::patterns;

    fn query_gate(source: &str) -> String {
        let mut literals = Literals::default();
        let parsed = patterns(source);
        let facts = LanguageFacts {
            separator: Some("."),
            lexes_statements: true,
        };
        let extras = Extras {
            keywords: &[],
            requires: &[],
            named_in_statement: false,
        };
        let gate = for_query(parsed.as_deref(), &facts, &extras, &mut literals);
        literals.describe(&gate)
    }

    fn text_gate(pattern: &str) -> String {
        let mut literals = Literals::default();
        let hir = crate::rules::lazy_regex::LazyRegex::new(pattern).map(|r| r.syntax().clone());
        let gate = hir.map_or(Gate::Always, |hir| for_text(&hir, &[], &mut literals));
        literals.describe(&gate)
    }

    #[test]
    fn query_literals_come_from_required_captures_only() {
        assert_eq!(
            query_gate(
                r#"((call function: (_) @f) (#resolves-to? @f "yaml.load" "pickle.loads"))"#
            ),
            "((yaml & load) | (pickle & loads))"
        );
        assert_eq!(
            query_gate(r#"((identifier)? @x (#eq? @x "execute"))"#),
            "*",
            "an optional capture may be absent"
        );
        assert_eq!(
            query_gate(r#"((identifier) @x (#not-eq? @x "execute"))"#),
            "*"
        );
        assert_eq!(
            query_gate(r#"((identifier) @x (#any-of? @x "md5" "sha1"))"#),
            "(md5 | sha1)"
        );
        assert_eq!(
            query_gate("(import_statement \"import\")\n((string) @s (#secret-value? @s))"),
            "(import | $value)"
        );
        assert_eq!(
            query_gate(r#"((call) @c (#imports? "xml.etree"))"#),
            "(xml & etree)"
        );
        assert_eq!(
            query_gate(r#"((identifier) @x (#resolves-to? @x "subprocess.*"))"#),
            "subprocess"
        );
    }

    #[test]
    fn regex_literals_fold_case_as_the_regex_does() {
        assert_eq!(
            query_gate(r#"((identifier) @x (#match? @x "^(?i)passw(or)?d$"))"#),
            "(passw | pasſw | paſsw | paſſw)",
            "`[Ww]` is one byte to the case-insensitive search"
        );
        assert_eq!(text_gate(r"\b(ghp_[A-Za-z0-9]{36})\b"), "ghp_");
        assert_eq!(text_gate(r"(?i)(?:^|\W)(xox[bp]-\d+)"), "(xoxb- | xoxp-)");
        assert_eq!(text_gate(r"[a-f0-9]{32}"), "*");
        assert_eq!(
            text_gate(r"(?:sk|rk)_live_[0-9a-z]{24}"),
            "(rk_live_ | sk_live_)"
        );
        assert_eq!(
            text_gate(r"ab|cdef"),
            "*",
            "a short alternative says nothing"
        );
    }

    #[test]
    fn anonymous_keywords_count_unless_optional() {
        assert_eq!(
            query_gate(r#"(function_definition "async"? "def" name: (identifier))"#),
            "def"
        );
        assert_eq!(
            query_gate(r#"[(with_statement "with") (if_statement "if")]"#),
            "*",
            "`if` is too short to be worth a literal"
        );
        assert_eq!(
            query_gate(r#"[(unsafe_block "unsafe") (while_statement "while")]"#),
            "(unsafe | while)"
        );
    }

    #[test]
    fn presence_is_one_pass() {
        let mut literals = Literals::default();
        let gate = literals.any_of(&["Popen", "spawn"]);
        let automaton = literals.automaton();
        let found = present(automaton.as_ref(), literals.len(), b"x = POPEN()");
        let facts = FileFacts {
            text: b"",
            present: &found,
            secret_value: &|| false,
            named_secret: &|| false,
        };
        assert!(facts.admits(&gate));
        let found = present(automaton.as_ref(), literals.len(), b"nothing here");
        let facts = FileFacts {
            present: &found,
            ..facts
        };
        assert!(!facts.admits(&gate));
    }
}
