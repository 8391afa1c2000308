//! Whether a node sits in Rust test code: an item marked `#[test]`, `#[cfg(test)]`,
//! `#[tokio::test]` (any `…::test`), `#[rstest]` or `#[test_case(..)]`. Rules whose pattern is
//! normal in tests (certificate checks off against a local server, fixed temp paths) use
//! `#not-in-test?` so a default scan reports production code.

use crate::languages::node_text;
use tree_sitter::Node;

/// Items an attribute can mark as test code.
const ITEMS: &[&str] = &[
    "function_item",
    "mod_item",
    "impl_item",
    "struct_item",
    "trait_item",
];

pub(super) fn is_in_test(node: Node, text: &[u8]) -> bool {
    let mut current = Some(node);
    while let Some(n) = current {
        if ITEMS.contains(&n.kind()) && has_test_attribute(n, text) {
            return true;
        }
        current = n.parent();
    }
    false
}

/// Attributes are siblings before the item in tree-sitter-rust, possibly with comments between.
fn has_test_attribute(item: Node, text: &[u8]) -> bool {
    let mut sibling = item.prev_named_sibling();
    while let Some(s) = sibling {
        match s.kind() {
            "attribute_item" if is_test_attribute(node_text(s, text)) => return true,
            "attribute_item" | "line_comment" | "block_comment" => {}
            _ => return false,
        }
        sibling = s.prev_named_sibling();
    }
    false
}

fn is_test_attribute(attribute: &str) -> bool {
    let inner: String = attribute
        .trim_start_matches("#[")
        .trim_end_matches(']')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let path = inner.split('(').next().unwrap_or("");
    path == "test"
        || path.ends_with("::test")
        || path == "rstest"
        || path == "test_case"
        || inner.starts_with("cfg(test")
        || inner.starts_with("cfg(all(test")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 1-based lines of `marker()` calls that are in test code.
    fn test_lines(source: &str) -> Vec<usize> {
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
            if node.kind() == "call_expression"
                && node_text(node, text) == "marker()"
                && is_in_test(node, text)
            {
                lines.push(node.start_position().row + 1);
            }
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
        lines.sort_unstable();
        lines
    }

    #[test]
    fn test_functions_and_cfg_test_modules_are_test_code() {
        let source = "fn prod() { marker(); }
#[test]
fn a() { marker(); }
#[cfg(test)]
mod tests {
    fn helper() { marker(); }
}
#[tokio::test(flavor = \"multi_thread\")]
// a comment between attribute and item
async fn b() { marker(); }
#[cfg(feature = \"testing\")]
fn c() { marker(); }
#[inline]
fn d() { marker(); }
";
        assert_eq!(test_lines(source), vec![3, 6, 10]);
    }
}
