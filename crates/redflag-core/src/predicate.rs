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
//! | `#has-kwarg? @args "name" ...` | the Python call / argument list passes one of these keyword arguments |
//! | `#not-has-kwarg?` | it passes none of them and no `**kwargs` (which might hold one): absent for sure |
//! | `#built-string? @node` / `#not-built-string?` | a string assembled at run time: Python f-string with a placeholder, `%` or `+` on a string, `"...".format(...)`; Rust `format!` with arguments, `+`, `push_str`, through `let` bindings |
//! | `#not-in-test? @node` | the node is not in Rust test code (`#[test]`, `#[cfg(test)]`, `#[tokio::test]`, ... items) |
//! | `#imports? "mod" ...` | the file imports one of these modules (or something inside them), in any form |
//! | `#secret-name? @name` | the name (identifier, attribute, quoted key, `dotted.key`; any naming style) says it holds a secret: `password`, `apiKey`, `DB_PASSWD`, `client-secret`; not `password_file`, `token_url`, `next_token` (see `secret_name`) |
//! | `#secret-value? @value` | the literal (quotes stripped) looks like a secret: length, mixed alphabet, entropy; not a placeholder, `${VAR}`/`$VAR` reference, secret-store reference, path, URL without credentials, identifier, version or sentence |
//! | `#secret-name? @name "weak"` / `#secret-value? @value "strong"` | weak-signal forms: a `*_key` name whose qualifier does not say secret (`stripe_key`, not `cache_key`); a value random enough to be machine-made (20+ characters, high entropy) |
//! | `#secret-assignment? @word` | a `NAME=value` word (Dockerfile `ENV`/`ARG`) whose name and value pass the two checks above |

use crate::imports::{Imports, node_text};
use crate::rule::RuleErrorKind;
use crate::secret_name;
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
    "has-kwarg?",
    "not-has-kwarg?",
    "imports?",
    "built-string?",
    "not-built-string?",
    "not-in-test?",
    "secret-name?",
    "secret-value?",
    "secret-assignment?",
];

#[derive(Debug, Clone)]
pub enum Predicate {
    /// `#secret-name?`, `#secret-value?`, `#secret-assignment?` (see `secret_name`).
    Secret {
        capture: u32,
        check: SecretText,
    },
    ResolvesTo {
        capture: u32,
        names: Vec<String>,
        negate: bool,
    },
    Literal {
        capture: u32,
        negate: bool,
    },
    HasKwarg {
        capture: u32,
        names: Vec<String>,
        negate: bool,
    },
    Imports {
        modules: Vec<String>,
    },
    BuiltString {
        capture: u32,
        negate: bool,
    },
    /// `#not-in-test? @node`: the node is not inside Rust test code (see `test_code`).
    NotInTest {
        capture: u32,
    },
}

/// What a secret predicate checks in its capture's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretText {
    Name,
    /// A weaker name: `*_key` with a qualifier that does not say secret (`stripe_key`).
    WeakName,
    Value,
    /// A value random enough to be a machine-made credential (long, high entropy).
    StrongValue,
    Assignment,
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
                "has-kwarg?" | "not-has-kwarg?" => {
                    let capture =
                        capture.ok_or_else(|| bad_args("the first argument must be a capture"))?;
                    if strings.is_empty() || strings.len() + 1 != p.args.len() {
                        return Err(bad_args(
                            "expected a capture then one or more keyword names",
                        ));
                    }
                    Ok(Predicate::HasKwarg {
                        capture,
                        names: strings,
                        negate: name.starts_with("not-"),
                    })
                }
                "built-string?" | "not-built-string?" => {
                    let capture =
                        capture.ok_or_else(|| bad_args("the first argument must be a capture"))?;
                    if p.args.len() != 1 {
                        return Err(bad_args("expected exactly one capture"));
                    }
                    Ok(Predicate::BuiltString {
                        capture,
                        negate: name.starts_with("not-"),
                    })
                }
                "not-in-test?" => {
                    let capture =
                        capture.ok_or_else(|| bad_args("the first argument must be a capture"))?;
                    if p.args.len() != 1 {
                        return Err(bad_args("expected exactly one capture"));
                    }
                    Ok(Predicate::NotInTest { capture })
                }
                "secret-name?" | "secret-value?" | "secret-assignment?" => {
                    let capture =
                        capture.ok_or_else(|| bad_args("the first argument must be a capture"))?;
                    let check = match (name.as_str(), strings.as_slice()) {
                        ("secret-name?", []) => SecretText::Name,
                        ("secret-name?", [w]) if w == "weak" => SecretText::WeakName,
                        ("secret-value?", []) => SecretText::Value,
                        ("secret-value?", [s]) if s == "strong" => SecretText::StrongValue,
                        ("secret-assignment?", []) => SecretText::Assignment,
                        _ => {
                            return Err(bad_args(
                                "expected a capture, then optionally \"weak\" (secret-name?) \
                                 or \"strong\" (secret-value?)",
                            ));
                        }
                    };
                    if strings.len() + 1 != p.args.len() {
                        return Err(bad_args("expected one capture"));
                    }
                    Ok(Predicate::Secret { capture, check })
                }
                "imports?" => {
                    let all_strings = p
                        .args
                        .iter()
                        .all(|a| matches!(a, QueryPredicateArg::String(_)));
                    if p.args.is_empty() || !all_strings {
                        return Err(bad_args("expected one or more quoted module names"));
                    }
                    Ok(Predicate::Imports {
                        modules: p
                            .args
                            .iter()
                            .filter_map(|a| match a {
                                QueryPredicateArg::String(s) => Some(s.to_string()),
                                QueryPredicateArg::Capture(_) => None,
                            })
                            .collect(),
                    })
                }
                _ => Err((name.clone(), RuleErrorKind::UnknownPredicate(name.clone()))),
            }
        })
        .collect()
}

/// Whether a match satisfies redflag's own predicates (tree-sitter checked its own).
/// `imports` is called only when a predicate needs the file's imports.
pub fn satisfied<'a>(
    predicates: &[Predicate],
    m: &QueryMatch,
    text: &[u8],
    imports: &dyn Fn() -> &'a Imports,
) -> bool {
    predicates.iter().all(|p| match p {
        Predicate::ResolvesTo {
            capture,
            names,
            negate,
        } => {
            let imports = imports();
            let hit = m.nodes_for_capture_index(*capture).any(|node| {
                let name = node_text(node, text);
                if !is_name_like(name) {
                    return false;
                }
                let full = imports.resolve(name);
                names.iter().any(|n| name_matches(n, &full))
            });
            hit != *negate
        }
        Predicate::Literal { capture, negate } => {
            let all_literal = m.nodes_for_capture_index(*capture).all(is_literal);
            all_literal != *negate
        }
        Predicate::BuiltString { capture, negate } => {
            let built = m
                .nodes_for_capture_index(*capture)
                .any(|node| is_built_string(node, text));
            built != *negate
        }
        Predicate::NotInTest { capture } => m
            .nodes_for_capture_index(*capture)
            .all(|node| !crate::test_code::is_in_test(node, text)),
        Predicate::Secret { capture, check } => m.nodes_for_capture_index(*capture).all(|node| {
            let raw = String::from_utf8_lossy(&text[node.byte_range()]);
            match check {
                SecretText::Name => secret_name::is_secret_name(secret_name::unquote(&raw)),
                SecretText::WeakName => {
                    secret_name::is_weak_secret_name(secret_name::unquote(&raw))
                }
                SecretText::Value => secret_name::is_secret_value(secret_name::unquote(&raw)),
                SecretText::StrongValue => {
                    secret_name::is_strong_secret_value(secret_name::unquote(&raw))
                }
                SecretText::Assignment => {
                    secret_name::is_secret_assignment(secret_name::unquote(&raw))
                }
            }
        }),
        Predicate::Imports { modules } => {
            let imports = imports();
            modules.iter().any(|m| imports.imports_module(m))
        }
        Predicate::HasKwarg {
            capture,
            names,
            negate,
        } => m.nodes_for_capture_index(*capture).all(|node| {
            match keyword_presence(node, names, text) {
                KwargPresence::Present => !*negate,
                KwargPresence::Absent => *negate,
                // `**kwargs` may or may not hold the keyword: neither form holds, so a rule
                // never reports on a guess.
                KwargPresence::Unknown => false,
            }
        }),
    })
}

/// A Python string assembled at run time, the shape of injection: an f-string with a
/// placeholder, `%` formatting or `+` concatenation involving a string, `"...".format(...)`.
pub fn is_built_string(node: Node, text: &[u8]) -> bool {
    let is_string = |n: Node| matches!(n.kind(), "string" | "concatenated_string");
    let stringy = |n: Node| is_string(n) || is_built_string(n, text);
    match node.kind() {
        "string" | "concatenated_string" => !is_literal(node),
        "parenthesized_expression" => {
            let mut cursor = node.walk();
            node.named_children(&mut cursor)
                .any(|child| is_built_string(child, text))
        }
        "binary_operator" => {
            let (Some(left), Some(right), Some(op)) = (
                node.child_by_field_name("left"),
                node.child_by_field_name("right"),
                node.child_by_field_name("operator"),
            ) else {
                return false;
            };
            match op.kind() {
                "%" => stringy(left),
                "+" => stringy(left) || stringy(right),
                _ => false,
            }
        }
        // Rust: `format!` with arguments, `+`, `push_str`, followed through `let`.
        "macro_invocation"
        | "binary_expression"
        | "reference_expression"
        | "call_expression"
        | "identifier" => crate::rust_string::is_built(node, text),
        "call" => node
            .child_by_field_name("function")
            .filter(|f| f.kind() == "attribute")
            .is_some_and(|f| {
                let method = f
                    .child_by_field_name("attribute")
                    .map(|a| node_text(a, text));
                let on_string = f.child_by_field_name("object").is_some_and(is_string);
                on_string && matches!(method, Some("format" | "format_map"))
            }),
        _ => false,
    }
}

enum KwargPresence {
    Present,
    Absent,
    Unknown,
}

/// Whether a Python `call` or `argument_list` node passes one of `names` as a keyword.
fn keyword_presence(node: Node, names: &[String], text: &[u8]) -> KwargPresence {
    let args = if node.kind() == "call" {
        match node.child_by_field_name("arguments") {
            Some(args) => args,
            None => return KwargPresence::Absent,
        }
    } else {
        node
    };
    let mut splat = false;
    let mut cursor = args.walk();
    for child in args.named_children(&mut cursor) {
        match child.kind() {
            "keyword_argument" => {
                let name = child
                    .child_by_field_name("name")
                    .map_or("", |n| node_text(n, text));
                if names.iter().any(|n| n == name) {
                    return KwargPresence::Present;
                }
            }
            "dictionary_splat" => splat = true,
            _ => {}
        }
    }
    if splat {
        KwargPresence::Unknown
    } else {
        KwargPresence::Absent
    }
}

/// Only a (dotted or `::`) name can resolve to an import. `subprocess.run(x).stdout` is not
/// `subprocess.*`, and compacting every call's whole callee text made large files slow.
fn is_name_like(name: &str) -> bool {
    name.len() <= 512
        && !name
            .bytes()
            .any(|b| matches!(b, b'(' | b'[' | b'{' | b'"' | b'\'' | b'\n'))
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

#[cfg(test)]
mod tests {
    use super::*;
    use tree_sitter::{Parser, QueryCursor, StreamingIterator};

    /// Lines of `source` (1-based) where the query's first capture matches with every
    /// predicate satisfied.
    fn matching_lines(query: &str, source: &str) -> Vec<usize> {
        let grammar: tree_sitter::Language = tree_sitter_python::LANGUAGE.into();
        let mut parser = Parser::new();
        assert!(parser.set_language(&grammar).is_ok());
        let Some(tree) = parser.parse(source, None) else {
            return Vec::new();
        };
        let Ok(query) = Query::new(&grammar, query) else {
            return Vec::new();
        };
        let Ok(predicates) = compile(&query, 0) else {
            return Vec::new();
        };
        let text = source.as_bytes();
        let root = tree.root_node();
        let collected = Imports::collect(crate::language::Language::Python, root, text);
        let imports = || &collected;
        let mut cursor = QueryCursor::new();
        let mut lines = Vec::new();
        let mut matches = cursor.matches(&query, root, text);
        while let Some(m) = matches.next() {
            if satisfied(&predicates, m, text, &imports) {
                lines.extend(
                    m.captures()
                        .first()
                        .map(|c| c.node.start_position().row + 1),
                );
            }
        }
        lines
    }

    #[test]
    fn not_has_kwarg_needs_the_keyword_surely_absent() {
        let query = r#"((call arguments: (_) @args) @c (#not-has-kwarg? @args "timeout"))"#;
        let source = "get(u)\nget(u, timeout=3)\nget(u, **options)\nget(u, verify=True)\n";
        assert_eq!(matching_lines(query, source), vec![1, 4]);
    }

    #[test]
    fn has_kwarg_accepts_a_call_or_its_arguments() {
        let on_call = r#"((call) @c (#has-kwarg? @c "shell" "executable"))"#;
        let source = "run(x, shell=True)\nrun(x)\nrun(x, **kw)\n";
        assert_eq!(matching_lines(on_call, source), vec![1]);
    }

    #[test]
    fn imports_sees_every_import_form() {
        let query = r#"((call) @c (#imports? "tarfile"))"#;
        assert_eq!(matching_lines(query, "import tarfile as t\nf()\n"), vec![2]);
        assert_eq!(
            matching_lines(query, "from tarfile import open\nf()\n"),
            vec![2]
        );
        assert!(matching_lines(query, "import tarfilex\nf()\n").is_empty());
    }

    #[test]
    fn built_strings_are_formatted_at_run_time() {
        let query = r#"((call arguments: (argument_list . (_) @a)) (#built-string? @a))"#;
        let source = "f(f\"x{y}\")\nf(\"x %s\" % y)\nf(y + \" x\")\nf(\"x {}\".format(y))\n\
                      f(\"x\")\nf(y)\nf(1 + 2)\nf(f\"x\")\nf(y.format(z))\n";
        assert_eq!(matching_lines(query, source), vec![1, 2, 3, 4]);
    }

    #[test]
    fn only_names_resolve_not_calls_on_them() {
        let query = r#"((call function: (_) @f) (#resolves-to? @f "subprocess.*"))"#;
        let source = "import subprocess as sp\nsp.run(x)\nsp.run(x).check_returncode()\nsp.Popen(a)[0].wait()\n";
        assert_eq!(matching_lines(query, source), vec![2, 3, 4]);
        let negated = r#"((call function: (_) @f) (#not-resolves-to? @f "subprocess.*"))"#;
        assert_eq!(
            matching_lines(negated, "import subprocess\nsubprocess.run(x).wait()\n"),
            vec![2]
        );
    }

    #[test]
    fn kwarg_predicates_need_names() {
        let grammar: tree_sitter::Language = tree_sitter_python::LANGUAGE.into();
        let query = Query::new(&grammar, "((call) @c (#has-kwarg? @c))");
        assert!(query.is_ok_and(|q| compile(&q, 0).is_err()));
    }
}
