//! "Read it from the environment instead": replaces a hard-coded secret literal with an
//! environment lookup named after the variable it was assigned to, written as the
//! language's entry says (`EnvLookup`).

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
    let support = language.support();
    let lookup = support.env_lookup?;
    let literal_kinds = support.string_kinds;
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
    let replacement = (lookup.expression)(&name, node)?;
    let mut edits = vec![(node.byte_range(), replacement)];
    if let Some((at, line)) = lookup.import.and_then(|missing| missing(root, text)) {
        edits.insert(0, (at..at, line.to_string()));
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

    /// `source` with the env fix applied to the literal `secret`.
    fn fixed(language: Language, source: &str, secret: &str) -> Option<String> {
        let far = std::time::Instant::now() + std::time::Duration::from_secs(5);
        let tree = redflag_core::engine::parse(language, source.as_bytes(), None, far).ok()?;
        let start = source.find(secret)?;
        let fix = env_fix(
            language,
            source.as_bytes(),
            &tree,
            start..start + secret.len(),
        )?;
        let mut out = source.to_string();
        for (range, text) in fix.edits.iter().rev() {
            out.replace_range(range.clone(), text);
        }
        Some(out)
    }

    #[test]
    fn the_rust_env_fix_compiles() {
        let source = "fn connect(_: &str) {}\n\
                      pub fn f() {\n    let token = \"Zx8kQ2vLm9pRw3\";\n    connect(token);\n    connect(\"Qq8kQ2vLm9pRw3\");\n}\n";
        let Some(once) = fixed(Language::RUST, source, "Zx8kQ2vLm9pRw3") else {
            panic!("a fix for the let binding");
        };
        let Some(both) = fixed(Language::RUST, &once, "Qq8kQ2vLm9pRw3") else {
            panic!("a fix for the argument");
        };
        assert!(both.contains("std::env::var(\"TOKEN\")"), "{both}");
        let dir = std::env::temp_dir().join(format!("redflag-env-fix-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let file = dir.join("fixed.rs");
        assert!(std::fs::write(&file, &both).is_ok());
        let Ok(status) = std::process::Command::new("rustc")
            .args([
                "--edition",
                "2021",
                "--crate-type",
                "lib",
                "--emit",
                "metadata",
                "-o",
            ])
            .arg(dir.join("fixed.rmeta"))
            .arg(&file)
            .status()
        else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "rustc is missing"
            );
            eprintln!("SKIPPED: rustc is not installed");
            return;
        };
        let _ = std::fs::remove_dir_all(&dir);
        assert!(status.success(), "the fixed code does not compile:\n{both}");
    }

    #[test]
    fn constants_get_no_env_fix() {
        let source = "const TOKEN: &str = \"Zx8kQ2vLm9pRw3\";\n";
        assert!(fixed(Language::RUST, source, "Zx8kQ2vLm9pRw3").is_none());
    }
}
