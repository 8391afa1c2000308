//! Query predicates redflag evaluates itself, and the check that rejects any predicate
//! nobody evaluates (tree-sitter's Rust binding silently ignores unknown ones, which would
//! make a rule with a typo over-match).
//!
//! | predicate | meaning |
//! |---|---|
//! | `#eq?` `#not-eq?` `#any-eq?` `#any-not-eq?` | capture text equals a string or capture (tree-sitter) |
//! | `#match?` `#not-match?` `#any-match?` `#any-not-match?` | capture text matches a regex, unanchored (tree-sitter) |
//! | `#any-of?` `#not-any-of?` | capture text is one of the strings (tree-sitter) |
//! | `#resolves-to? @name "mod.attr" ...` | the dotted / `::` name, resolved through the file's imports, is one of these; a trailing `*` matches any rest |
//! | `#not-resolves-to?` | the negation |
//! | `#literal? @node` / `#not-literal?` | the node is a constant (string without interpolation, number, bool, None) |

use crate::imports::{Imports, node_text};
use crate::rule::RuleErrorKind;
use tree_sitter::{Node, Query, QueryMatch, QueryPredicateArg};

/// Every predicate name a rule may use.
pub const KNOWN: &[&str] = &[
    "eq?",
    "not-eq?",
    "any-eq?",
    "any-not-eq?",
    "match?",
    "not-match?",
    "any-match?",
    "any-not-match?",
    "any-of?",
    "not-any-of?",
    "resolves-to?",
    "not-resolves-to?",
    "literal?",
    "not-literal?",
];

#[derive(Debug, Clone)]
pub enum Predicate {
    ResolvesTo {
        capture: u32,
        names: Vec<String>,
        negate: bool,
    },
    Literal {
        capture: u32,
        negate: bool,
    },
}

/// The predicates of one pattern that redflag evaluates, or the first one it cannot.
/// The error carries the predicate's name so the caller can locate it in the file.
pub fn compile(query: &Query, pattern: usize) -> Result<Vec<Predicate>, (String, RuleErrorKind)> {
    if let Some(setting) = query.property_settings(pattern).first() {
        return Err((
            "set!".into(),
            RuleErrorKind::UnknownPredicate(format!("set! {}", setting.key)),
        ));
    }
    if let Some((property, positive)) = query.property_predicates(pattern).first() {
        let name = if *positive { "is?" } else { "is-not?" };
        return Err((
            name.into(),
            RuleErrorKind::UnknownPredicate(format!("{name} {}", property.key)),
        ));
    }
    query
        .general_predicates(pattern)
        .iter()
        .map(|p| {
            let name = p.operator.to_string();
            let bad_args = |reason: &str| {
                (
                    name.clone(),
                    RuleErrorKind::PredicateArguments {
                        name: name.clone(),
                        reason: reason.into(),
                    },
                )
            };
            let capture = match p.args.first() {
                Some(QueryPredicateArg::Capture(c)) => Some(*c),
                _ => None,
            };
            let strings: Vec<String> = p
                .args
                .iter()
                .skip(1)
                .filter_map(|a| match a {
                    QueryPredicateArg::String(s) => Some(s.to_string()),
                    QueryPredicateArg::Capture(_) => None,
                })
                .collect();
            match name.as_str() {
                "resolves-to?" | "not-resolves-to?" => {
                    let capture =
                        capture.ok_or_else(|| bad_args("the first argument must be a capture"))?;
                    if strings.is_empty() || strings.len() + 1 != p.args.len() {
                        return Err(bad_args("expected a capture then one or more quoted names"));
                    }
                    Ok(Predicate::ResolvesTo {
                        capture,
                        names: strings,
                        negate: name.starts_with("not-"),
                    })
                }
                "literal?" | "not-literal?" => {
                    let capture =
                        capture.ok_or_else(|| bad_args("the first argument must be a capture"))?;
                    if p.args.len() != 1 {
                        return Err(bad_args("expected exactly one capture"));
                    }
                    Ok(Predicate::Literal {
                        capture,
                        negate: name.starts_with("not-"),
                    })
                }
                _ => Err((name.clone(), RuleErrorKind::UnknownPredicate(name.clone()))),
            }
        })
        .collect()
}

/// Whether a match satisfies redflag's own predicates (tree-sitter checked its own).
pub fn satisfied(
    predicates: &[Predicate],
    m: &QueryMatch,
    text: &[u8],
    imports: &dyn Fn() -> Imports,
) -> bool {
    let mut resolved: Option<Imports> = None;
    predicates.iter().all(|p| match p {
        Predicate::ResolvesTo {
            capture,
            names,
            negate,
        } => {
            let imports = resolved.get_or_insert_with(imports);
            let hit = m.nodes_for_capture_index(*capture).any(|node| {
                let full = imports.resolve(node_text(node, text));
                names.iter().any(|n| name_matches(n, &full))
            });
            hit != *negate
        }
        Predicate::Literal { capture, negate } => {
            let all_literal = m.nodes_for_capture_index(*capture).all(is_literal);
            all_literal != *negate
        }
    })
}

fn name_matches(pattern: &str, name: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => pattern == name,
    }
}

/// A constant: strings without interpolation, numbers, booleans, None/unit.
pub fn is_literal(node: Node) -> bool {
    match node.kind() {
        "string" | "concatenated_string" | "string_literal" | "raw_string_literal" => {
            let mut cursor = node.walk();
            node.named_children(&mut cursor).all(|child| {
                child.kind() != "interpolation" && (child.kind() != "string" || is_literal(child))
            })
        }
        "integer" | "float" | "true" | "false" | "none" | "integer_literal" | "float_literal"
        | "boolean_literal" | "char_literal" => true,
        "parenthesized_expression" => {
            let mut cursor = node.walk();
            node.named_children(&mut cursor).all(is_literal)
        }
        _ => false,
    }
}
