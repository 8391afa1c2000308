//! Query matches per top-level statement, for the language server: a keystroke changes one
//! statement, so the matches in all the others are reused instead of running every rule over
//! the whole file again. Entries are keyed by content (rule, the statement's text with the
//! attributes in front of it, the file's imports), so they are valid whatever document or
//! version they came from; a rule set reload starts with an empty cache.

use crate::language::Language;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::{Arc, Mutex};
use tree_sitter::Node;

/// Past this many entries the cache starts over (about a few hundred open documents).
const MAX_ENTRIES: usize = 200_000;

pub(crate) struct StatementCache<T> {
    entries: Mutex<HashMap<(usize, u64), Arc<T>>>,
}

impl<T> Default for StatementCache<T> {
    fn default() -> Self {
        StatementCache {
            entries: Mutex::new(HashMap::new()),
        }
    }
}

impl<T> StatementCache<T> {
    pub(crate) fn get(&self, rule: usize, statement: u64) -> Option<Arc<T>> {
        let entries = self.entries.lock().ok()?;
        entries.get(&(rule, statement)).cloned()
    }

    pub(crate) fn insert(&self, rule: usize, statement: u64, value: Arc<T>) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert((rule, statement), value);
        }
    }
}

/// The top-level statements of a tree and, for each, the byte range its matches must lie in
/// and a content key.
pub(crate) fn statements(root: Node, text: &[u8], imports: u64) -> Vec<(Range<usize>, u64)> {
    let mut cursor = root.walk();
    let children: Vec<Node> = root.children(&mut cursor).collect();
    let mut out = Vec::with_capacity(children.len());
    for (i, child) in children.iter().enumerate() {
        // Rust attributes are siblings of the item they qualify (`#[test] fn ...`), and
        // rules look at them: they are part of the item's key.
        let mut first = i;
        while first > 0
            && matches!(
                children[first - 1].kind(),
                "attribute_item" | "line_comment"
            )
        {
            first -= 1;
        }
        let keyed = children[first].start_byte()..child.end_byte();
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        child.kind().hash(&mut hasher);
        text[keyed].hash(&mut hasher);
        imports.hash(&mut hasher);
        out.push((child.byte_range(), hasher.finish()));
    }
    out
}

/// Whether a query rule can run statement by statement: none of its patterns may start at
/// the file's root node (or a wildcard that could be it), which would relate statements.
pub(crate) fn is_local(language: Language, source: &str) -> bool {
    let root = match language {
        Language::Python => "module",
        Language::Rust => "source_file",
        _ => return false,
    };
    top_level_heads(source).is_some_and(|heads| {
        !heads.is_empty() && heads.iter().all(|h| h != root && h != "_" && !h.is_empty())
    })
}

/// The node kinds the top-level patterns of a query start with (every alternative of an
/// alternation); `None` when one cannot be read.
fn top_level_heads(source: &str) -> Option<Vec<String>> {
    let bytes = source.as_bytes();
    let mut heads = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b';' => i = skip_comment(bytes, i),
            b'"' => i = skip_string(bytes, i),
            b'(' => {
                heads.extend(group_heads(bytes, i)?);
                i = matching(bytes, i)?;
            }
            b'[' => {
                heads.extend(alternation_heads(bytes, i)?);
                i = matching(bytes, i)?;
            }
            b')' | b']' => return None,
            _ => {}
        }
        i += 1;
    }
    Some(heads)
}

/// Heads of the pattern opened at `open` (`(`): its node kind, or for a group `((a) ...)`
/// or `([(a) (b)] ...)` the heads of its first element.
fn group_heads(bytes: &[u8], open: usize) -> Option<Vec<String>> {
    let mut j = open + 1;
    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
        j += 1;
    }
    match bytes.get(j)? {
        b'(' => group_heads(bytes, j),
        b'[' => alternation_heads(bytes, j),
        b'"' => Some(vec!["\"".to_string()]),
        _ => {
            let end = (j..bytes.len())
                .find(|&k| !(bytes[k].is_ascii_alphanumeric() || bytes[k] == b'_'))
                .unwrap_or(bytes.len());
            Some(vec![String::from_utf8_lossy(&bytes[j..end]).into_owned()])
        }
    }
}

/// Heads of every alternative of the alternation opened at `open` (`[`).
fn alternation_heads(bytes: &[u8], open: usize) -> Option<Vec<String>> {
    let close = matching(bytes, open)?;
    let mut heads = Vec::new();
    let mut i = open + 1;
    while i < close {
        match bytes[i] {
            b';' => i = skip_comment(bytes, i),
            b'"' => {
                heads.push("\"".to_string());
                i = skip_string(bytes, i);
            }
            b'(' => {
                heads.extend(group_heads(bytes, i)?);
                i = matching(bytes, i)?;
            }
            b'[' => {
                heads.extend(alternation_heads(bytes, i)?);
                i = matching(bytes, i)?;
            }
            _ => {}
        }
        i += 1;
    }
    Some(heads)
}

/// Index of the bracket closing the one at `open`, skipping strings and comments.
fn matching(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b';' => i = skip_comment(bytes, i),
            b'"' => i = skip_string(bytes, i),
            b'(' | b'[' => depth += 1,
            b')' | b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Index of the end of the line comment starting at `start`.
fn skip_comment(bytes: &[u8], start: usize) -> usize {
    (start..bytes.len())
        .find(|&i| bytes[i] == b'\n')
        .unwrap_or(bytes.len())
}

/// Index of the closing quote of the string starting at `start`.
fn skip_string(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_starting_at_the_root_or_a_wildcard_are_not_local() {
        let py = Language::Python;
        assert!(is_local(
            py,
            ";; (module) in a comment\n(call function: (_)) @c"
        ));
        assert!(is_local(py, "((call) @c (#eq? @c \"(module\"))"));
        assert!(!is_local(py, "(module (expression_statement) @s)"));
        assert!(!is_local(py, "(_ (call)) @x"));
        assert!(is_local(py, "[(call) (assignment)] @x"));
        assert!(!is_local(py, "[(call) (module)] @x"));
        assert!(is_local(py, "[(call) [(a) (b)]] @x"));
        assert!(is_local(py, "([(a) (b)] @x (#eq? @x \"y\"))"));
        assert!(!is_local(py, "([(a) (module)] @x)"));
        assert!(!is_local(py, "(call"));
        assert!(!is_local(Language::Yaml, "(block_mapping_pair) @p"));
        assert!(is_local(
            Language::Rust,
            "(call_expression) @c\n(macro_invocation) @m"
        ));
        assert!(!is_local(
            Language::Rust,
            "(source_file (function_item) @f)"
        ));
    }
}
