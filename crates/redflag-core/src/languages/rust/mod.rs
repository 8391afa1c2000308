//! Rust: `use` trees, constants, strings built at run time (`format!`, `+`, `push_str`),
//! test code (`#[test]`, `#[cfg(test)]`, ...), statements for the secret gate, and
//! `std::env::var` for the quick fix.

mod built_string;
mod statements;
mod test_code;

use super::{BASE, EnvLookup, ImportSyntax, Imports, LanguageSupport, node_text};
use tree_sitter::Node;

pub(super) const RUST: LanguageSupport = LanguageSupport {
    name: "rust",
    extensions: &["rs"],
    grammar: Some(|| tree_sitter_rust::LANGUAGE.into()),
    line_comments: &["//"],
    lexical: crate::languages::lexical::C_LIKE,
    root_kind: Some("source_file"),
    // Attributes (and comments between them) are siblings of the item they qualify.
    attached_before: &["attribute_item", "line_comment", "block_comment"],
    string_kinds: &["string_literal", "raw_string_literal"],
    imports: Some(ImportSyntax {
        keyword: b"use",
        separator: "::",
        collect: collect_use,
    }),
    literal: Some(is_literal),
    built_string: Some(built_string::is_built),
    in_test: Some(test_code::is_in_test),
    statements: Some(statements::statements),
    env_lookup: Some(EnvLookup {
        expression: env_expression,
        import: None,
    }),
    ..BASE
};

fn collect_use(node: Node, text: &[u8], imports: &mut Imports) -> Option<()> {
    if node.kind() != "use_declaration" {
        return None;
    }
    if let Some(argument) = node.child_by_field_name("argument") {
        bind_use_tree(argument, "", text, imports);
    }
    Some(())
}

fn bind_use_tree(node: Node, prefix: &str, text: &[u8], imports: &mut Imports) {
    let join = |path: &str| {
        let path = path.trim_start_matches("::");
        if prefix.is_empty() {
            path.to_string()
        } else {
            format!("{prefix}::{path}")
        }
    };
    match node.kind() {
        "identifier" | "scoped_identifier" => {
            let full = join(&compact(node_text(node, text)));
            let local = full.rsplit("::").next().unwrap_or(&full).to_string();
            if local != "self" {
                imports.bind(&local, full);
            }
        }
        "self" => {
            let local = prefix.rsplit("::").next().unwrap_or(prefix).to_string();
            imports.bind(&local, prefix.to_string());
        }
        "use_as_clause" => {
            if let (Some(path), Some(alias)) = (
                node.child_by_field_name("path"),
                node.child_by_field_name("alias"),
            ) {
                imports.bind(
                    node_text(alias, text),
                    join(&compact(node_text(path, text))),
                );
            }
        }
        "scoped_use_list" => {
            let inner = node
                .child_by_field_name("path")
                .map(|p| join(&compact(node_text(p, text))));
            if let Some(list) = node.child_by_field_name("list") {
                bind_use_tree(list, inner.as_deref().unwrap_or(prefix), text, imports);
            }
        }
        "use_list" => {
            let mut cursor = node.walk();
            for child in node.named_children(&mut cursor) {
                bind_use_tree(child, prefix, text, imports);
            }
        }
        _ => {}
    }
}

fn compact(path: &str) -> String {
    path.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A constant: string and char literals, numbers, booleans.
pub(crate) fn is_literal(node: Node) -> bool {
    match node.kind() {
        "string_literal" | "raw_string_literal" => true,
        "integer_literal" | "float_literal" | "boolean_literal" | "char_literal" => true,
        "parenthesized_expression" => {
            let mut cursor = node.walk();
            node.named_children(&mut cursor).all(is_literal)
        }
        _ => false,
    }
}

/// `&std::env::var("NAME").expect(..)` wherever a `&str` literal was (a `String` borrow
/// coerces to `&str`; a `let` extends the temporary's life). Constants and statics need a
/// value at compile time: no quick fix there.
fn env_expression(name: &str, literal: Node) -> Option<String> {
    let mut node = literal;
    while let Some(parent) = node.parent() {
        match parent.kind() {
            "const_item" | "static_item" => return None,
            "function_item" | "closure_expression" | "source_file" => break,
            _ => node = parent,
        }
    }
    Some(format!(
        "&std::env::var(\"{name}\").expect(\"the environment variable {name} is set\")"
    ))
}
