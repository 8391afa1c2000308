//! "Read it from the environment instead": replaces a hard-coded secret literal in Python or
//! Rust with an environment lookup named after the variable it was assigned to.

use redflag_core::Language;
use std::ops::Range;
use tree_sitter::{Node, Tree};

/// Byte-range replacements in the document's text.
pub struct EnvFix {
    pub name: String,
    pub edits: Vec<(Range<usize>, String)>,
}

pub fn env_fix(
    language: Language,
    text: &[u8],
    tree: &Tree,
    secret: Range<usize>,
) -> Option<EnvFix> {
    let literal_kinds: &[&str] = match language {
        Language::PYTHON => &["string", "concatenated_string"],
        Language::RUST => &["string_literal", "raw_string_literal"],
        _ => return None,
    };
    let root = tree.root_node();
    let mut node = root.descendant_for_byte_range(secret.start, secret.end)?;
    while !literal_kinds.contains(&node.kind()) {
        node = node.parent()?;
    }
    if let Some(parent) = node.parent()
        && literal_kinds.contains(&parent.kind())
    {
        node = parent;
    }
    let name = variable_name(node, text)
        .map(|n| env_name(&n))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "SECRET".into());
    let replacement = match language {
        Language::PYTHON => format!("os.environ[\"{name}\"]"),
        _ => format!("std::env::var(\"{name}\")"),
    };
    let mut edits = vec![(node.byte_range(), replacement)];
    if language == Language::PYTHON
        && let Some(at) = missing_import_os(root, text)
    {
        edits.insert(0, (at..at, "import os\n".to_string()));
    }
    Some(EnvFix { name, edits })
}

/// The name the literal is bound to: the assigned variable, keyword, field or dict key.
fn variable_name(literal: Node, text: &[u8]) -> Option<String> {
    let mut node = literal;
    for _ in 0..4 {
        let parent = node.parent()?;
        let field = match parent.kind() {
            "assignment" | "assignment_expression" | "compound_assignment_expr" => "left",
            "keyword_argument" | "default_parameter" | "typed_default_parameter" => "name",
            "pair" => "key",
            "let_declaration" => "pattern",
            "const_item" | "static_item" => "name",
            "field_initializer" => "field",
            _ => {
                node = parent;
                continue;
            }
        };
        let target = parent.child_by_field_name(field)?;
        let raw = target.utf8_text(text).ok()?;
        return Some(raw.to_string());
    }
    None
}

/// `self.apiKey` → `API_KEY`, `"db-password"` → `DB_PASSWORD`, `mut token` → `TOKEN`.
pub fn env_name(raw: &str) -> String {
    let raw = raw.trim_start_matches("mut ");
    let last = raw
        .rsplit(['.', ':', '[', ' '])
        .find(|part| part.chars().any(char::is_alphanumeric))
        .unwrap_or(raw);
    let mut out = String::new();
    let mut previous_lower = false;
    for c in last.chars() {
        if c.is_alphanumeric() {
            if c.is_uppercase() && previous_lower {
                out.push('_');
            }
            previous_lower = c.is_lowercase() || c.is_ascii_digit();
            out.extend(c.to_uppercase());
        } else {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            previous_lower = false;
        }
    }
    let out = out.trim_matches('_').to_string();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{out}")
    } else {
        out
    }
}

/// Where to add `import os` when the module has none: after leading comments, the module
/// docstring and `from __future__` imports.
fn missing_import_os(root: Node, text: &[u8]) -> Option<usize> {
    let mut cursor = root.walk();
    let mut insert_at = 0;
    let mut leading = true;
    for (index, child) in root.children(&mut cursor).enumerate() {
        let source = child.utf8_text(text).unwrap_or("");
        let imports_os = match child.kind() {
            "import_statement" => source
                .trim_start_matches("import")
                .split(',')
                .any(|part| part.trim() == "os"),
            _ => false,
        };
        if imports_os {
            return None;
        }
        let is_docstring = index == 0
            && child.kind() == "expression_statement"
            && child.child(0).is_some_and(|c| c.kind() == "string");
        if leading
            && (child.kind() == "comment"
                || is_docstring
                || child.kind() == "future_import_statement")
        {
            insert_at = line_after(text, child.end_byte());
        } else {
            leading = false;
        }
    }
    Some(insert_at)
}

fn line_after(text: &[u8], offset: usize) -> usize {
    text[offset..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| offset + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_variable() {
        assert_eq!(env_name("api_key"), "API_KEY");
        assert_eq!(env_name("self.apiKey"), "API_KEY");
        assert_eq!(env_name("\"db-password\""), "DB_PASSWORD");
        assert_eq!(env_name("mut token"), "TOKEN");
        assert_eq!(env_name("STRIPE_SECRET"), "STRIPE_SECRET");
    }
}
