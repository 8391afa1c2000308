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

use crate::languages::{Imports, KwargPresence, Language, node_text};
use crate::rules::{KNOWN_PREDICATES, RuleErrorKind};
use crate::secrets::{name as secret_name, value as secret_value};
use tree_sitter::{Query, QueryMatch, QueryPredicateArg};

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

/// The predicates of one pattern that redflag evaluates, or the first one it cannot (unknown,
/// or not implemented for `language`). The error carries the predicate's name so the caller
/// can locate it in the file.
pub fn compile(
    query: &Query,
    pattern: usize,
    language: Language,
) -> Result<Vec<Predicate>, (String, RuleErrorKind)> {
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
            if KNOWN_PREDICATES.contains(&name.as_str()) && !language.implements(&name) {
                return Err((
                    name.clone(),
                    RuleErrorKind::NotImplemented {
                        predicate: name.clone(),
                        language: language.to_string(),
                    },
                ));
            }
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
    language: Language,
    m: &QueryMatch,
    text: &[u8],
    imports: &dyn Fn() -> &'a Imports,
) -> bool {
    let support = language.support();
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
            let Some(is_literal) = support.literal else {
                return false;
            };
            let all_literal = m.nodes_for_capture_index(*capture).all(is_literal);
            all_literal != *negate
        }
        Predicate::BuiltString { capture, negate } => {
            let Some(is_built) = support.built_string else {
                return false;
            };
            let built = m
                .nodes_for_capture_index(*capture)
                .any(|node| is_built(node, text));
            built != *negate
        }
        Predicate::NotInTest { capture } => support.in_test.is_some_and(|in_test| {
            m.nodes_for_capture_index(*capture)
                .all(|node| !in_test(node, text))
        }),
        Predicate::Secret { capture, check } => m.nodes_for_capture_index(*capture).all(|node| {
            let raw = String::from_utf8_lossy(&text[node.byte_range()]);
            match check {
                SecretText::Name => secret_name::is_secret_name(secret_value::unquote(&raw)),
                SecretText::WeakName => {
                    secret_name::is_weak_secret_name(secret_value::unquote(&raw))
                }
                SecretText::Value => secret_value::is_secret_value(secret_value::unquote(&raw)),
                SecretText::StrongValue => {
                    secret_value::is_strong_secret_value(secret_value::unquote(&raw))
                }
                SecretText::Assignment => {
                    secret_value::is_secret_assignment(secret_value::unquote(&raw))
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
            let Some(presence) = support.keyword_arguments else {
                return false;
            };
            match presence(node, names, text) {
                KwargPresence::Present => !*negate,
                KwargPresence::Absent => *negate,
                // `**kwargs` may or may not hold the keyword: neither form holds, so a rule
                // never reports on a guess.
                KwargPresence::Unknown => false,
            }
        }),
    })
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
        let Ok(predicates) = compile(&query, 0, Language::PYTHON) else {
            return Vec::new();
        };
        let text = source.as_bytes();
        let root = tree.root_node();
        let collected = Imports::collect(Language::PYTHON, root, text);
        let imports = || &collected;
        let mut cursor = QueryCursor::new();
        let mut lines = Vec::new();
        let mut matches = cursor.matches(&query, root, text);
        while let Some(m) = matches.next() {
            if satisfied(&predicates, Language::PYTHON, m, text, &imports) {
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
        assert!(query.is_ok_and(|q| compile(&q, 0, Language::PYTHON).is_err()));
    }
}
