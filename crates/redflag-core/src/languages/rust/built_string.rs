//! Rust strings assembled at run time (`format!` with arguments, `+` concatenation,
//! `push_str`), the shape of SQL and shell injection. Called by `#built-string?` for Rust
//! node kinds; Python has its own arms in `predicate`.

use crate::languages::node_text;
use tree_sitter::Node;

/// How many `let` hops an identifier may be followed through (`let a = format!(..); let b = &a;`).
const MAX_HOPS: usize = 8;

/// Whether `node` is a Rust string built at run time. An identifier counts when the nearest
/// earlier `let` of that name in the same function binds a built string, or when the code
/// appends a non-constant to it (`name += ..`, `name.push_str(..)`) before `node`.
pub(super) fn is_built(node: Node, text: &[u8]) -> bool {
    built(node, text, MAX_HOPS)
}

fn built(node: Node, text: &[u8], hops: usize) -> bool {
    match node.kind() {
        "macro_invocation" => is_format_with_arguments(node, text),
        "binary_expression" => {
            let (Some(left), Some(right), Some(op)) = (
                node.child_by_field_name("left"),
                node.child_by_field_name("right"),
                node.child_by_field_name("operator"),
            ) else {
                return false;
            };
            op.kind() == "+" && (stringy(left, text, hops) || stringy(right, text, hops))
        }
        "reference_expression" | "parenthesized_expression" => {
            let mut cursor = node.walk();
            node.named_children(&mut cursor)
                .any(|child| built(child, text, hops))
        }
        "call_expression" => {
            let Some(function) = node.child_by_field_name("function") else {
                return false;
            };
            let first_arg = || {
                node.child_by_field_name("arguments")
                    .and_then(|a| a.named_child(0))
            };
            match function.kind() {
                // `x.as_str()`, `x.to_string()`: the string is as built as its receiver.
                "field_expression" => {
                    let method = function
                        .child_by_field_name("field")
                        .map_or("", |f| node_text(f, text));
                    matches!(
                        method,
                        "as_str"
                            | "as_ref"
                            | "to_string"
                            | "to_owned"
                            | "clone"
                            | "into"
                            | "as_bytes"
                            | "borrow"
                            | "deref"
                    ) && function
                        .child_by_field_name("value")
                        .is_some_and(|v| built(v, text, hops))
                }
                // `String::from(format!(..))`
                "scoped_identifier" => {
                    node_text(function, text).ends_with("String::from")
                        && first_arg().is_some_and(|a| built(a, text, hops))
                }
                _ => false,
            }
        }
        "identifier" if hops > 0 => bound_to_built(node, text, hops - 1),
        _ => false,
    }
}

/// A string in its own right: a literal, `x.to_string()` / `to_owned()` / `String::from(..)`,
/// a reference (`String + &str` is how Rust concatenates), or a built string.
fn stringy(node: Node, text: &[u8], hops: usize) -> bool {
    match node.kind() {
        "string_literal" | "raw_string_literal" | "reference_expression" => true,
        "call_expression" => {
            let callee = node
                .child_by_field_name("function")
                .map_or("", |f| node_text(f, text));
            callee.ends_with(".to_string")
                || callee.ends_with(".to_owned")
                || callee.ends_with("String::from")
                || built(node, text, hops)
        }
        _ => built(node, text, hops),
    }
}

/// `format!("... {}", x)` or `format!("... {x}")`; a `format!` of constant text is not built.
fn is_format_with_arguments(node: Node, text: &[u8]) -> bool {
    let name = node
        .child_by_field_name("macro")
        .map_or("", |m| node_text(m, text));
    let name = name.rsplit("::").next().unwrap_or(name);
    if !matches!(name, "format" | "format_args") {
        return false;
    }
    let mut cursor = node.walk();
    let Some(tokens) = node
        .named_children(&mut cursor)
        .find(|c| c.kind() == "token_tree")
    else {
        return false;
    };
    let mut cursor = tokens.walk();
    let parts: Vec<Node> = tokens.named_children(&mut cursor).collect();
    match parts.as_slice() {
        [] => false,
        [only] => {
            // Inline arguments: `{name}` after removing the `{{` escapes.
            let literal = node_text(*only, text).replace("{{", "").replace("}}", "");
            only.kind() == "string_literal"
                && literal.split('{').skip(1).any(|rest| rest.contains('}'))
        }
        _ => true,
    }
}

/// Follows an identifier to its nearest earlier `let` in the enclosing function.
fn bound_to_built(ident: Node, text: &[u8], hops: usize) -> bool {
    let name = node_text(ident, text);
    let Some(scope) = enclosing_function(ident) else {
        return false;
    };
    let before = ident.start_byte();
    let mut binding: Option<Node> = None;
    let mut appends: Vec<Node> = Vec::new();
    let mut stack = vec![scope];
    while let Some(node) = stack.pop() {
        if node.start_byte() >= before {
            continue;
        }
        match node.kind() {
            "let_declaration" => {
                let binds_name = node
                    .child_by_field_name("pattern")
                    .is_some_and(|p| node_text(p, text).trim_start_matches("mut ") == name);
                if binds_name
                    && node.end_byte() <= before
                    && binding.is_none_or(|b| b.start_byte() < node.start_byte())
                {
                    binding = Some(node);
                }
            }
            "compound_assignment_expr" => {
                let target = node
                    .child_by_field_name("left")
                    .is_some_and(|l| node_text(l, text) == name);
                if let (true, Some(value)) = (target, node.child_by_field_name("right")) {
                    appends.push(value);
                }
            }
            "call_expression" => {
                if let Some(value) = push_str_argument(node, name, text) {
                    appends.push(value);
                }
            }
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    let since = binding.map_or(0, |b| b.start_byte());
    let appended = appends
        .iter()
        .any(|v| v.start_byte() > since && !super::is_literal(*v));
    let bound = binding
        .and_then(|b| b.child_by_field_name("value"))
        .is_some_and(|v| built(v, text, hops));
    bound || appended
}

/// The argument of `name.push_str(arg)`.
fn push_str_argument<'t>(call: Node<'t>, name: &str, text: &[u8]) -> Option<Node<'t>> {
    let function = call.child_by_field_name("function")?;
    if function.kind() != "field_expression" {
        return None;
    }
    let method = node_text(function.child_by_field_name("field")?, text);
    let receiver = node_text(function.child_by_field_name("value")?, text);
    if method == "push_str" && receiver == name {
        call.child_by_field_name("arguments")?.named_child(0)
    } else {
        None
    }
}

fn enclosing_function(node: Node) -> Option<Node> {
    let mut current = node.parent();
    while let Some(n) = current {
        if n.kind() == "function_item" {
            return Some(n);
        }
        current = n.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 1-based lines whose `f(..)` call has a built first argument.
    fn built_lines(source: &str) -> Vec<usize> {
        let mut parser = tree_sitter::Parser::new();
        let grammar: tree_sitter::Language = tree_sitter_rust::LANGUAGE.into();
        assert!(parser.set_language(&grammar).is_ok());
        let Some(tree) = parser.parse(source, None) else {
            return Vec::new();
        };
        let text = source.as_bytes();
        let mut lines = Vec::new();
        let mut stack = vec![tree.root_node()];
        while let Some(node) = stack.pop() {
            let is_f = node.kind() == "call_expression"
                && node
                    .child_by_field_name("function")
                    .is_some_and(|f| node_text(f, text) == "f");
            if is_f {
                let arg = node
                    .child_by_field_name("arguments")
                    .and_then(|a| a.named_child(0));
                if arg.is_some_and(|a| is_built(a, text)) {
                    lines.push(node.start_position().row + 1);
                }
            }
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
        lines.sort_unstable();
        lines
    }

    #[test]
    fn format_concat_and_let_bound_strings_are_built() {
        let source = r#"fn g(x: &str) {
    f(&format!("a {}", x));
    f(format!("a {x}"));
    f("a".to_string() + x);
    let q = format!("a {}", x);
    f(&q);
    f(q.as_str());
    let mut s = String::from("a ");
    s.push_str(x);
    f(&s);
    f(format!("a {{}}"));
    f("a");
    f(x);
    let c = "const";
    f(c);
    f(1 + 2);
}
"#;
        assert_eq!(built_lines(source), vec![2, 3, 4, 6, 7, 10]);
    }
}
