//! Query matches per top-level statement, for the language server: a keystroke changes one
//! statement, so the matches in all the others are reused instead of running every rule over
//! the whole file again. Entries are keyed by content (rule, the statement's text with the
//! attributes in front of it, the file's imports), so they are valid whatever document or
//! version they came from; a rule set reload starts with an empty cache.

use crate::languages::Language;
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
        // Entries are whole values: a panic elsewhere while the lock was held leaves none
        // half-written, so a poisoned lock is still good.
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.get(&(rule, statement)).cloned()
    }

    pub(crate) fn insert(&self, rule: usize, statement: u64, value: Arc<T>) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert((rule, statement), value);
    }
}

/// The top-level statements of a tree and, for each, the byte range its matches must lie in
/// and a content key; no key for a statement with a syntax error in it or in what is
/// attached before it, whose subtree depends on the text around it (error recovery), not on
/// its own text alone (the fuzz tests found such a pair).
pub(crate) fn statements(
    language: Language,
    root: Node,
    text: &[u8],
    imports: u64,
) -> Vec<(Range<usize>, Option<u64>)> {
    let attached = language.support().attached_before;
    let mut cursor = root.walk();
    let children: Vec<Node> = root.children(&mut cursor).collect();
    let mut out = Vec::with_capacity(children.len());
    for (i, child) in children.iter().enumerate() {
        // Rust attributes are siblings of the item they qualify (`#[test] fn ...`), and
        // rules look at them: they are part of the item's key.
        let mut first = i;
        while first > 0 && attached.contains(&children[first - 1].kind()) {
            first -= 1;
        }
        if children[first..=i]
            .iter()
            .any(|n| n.has_error() || n.is_missing())
        {
            out.push((child.byte_range(), None));
            continue;
        }
        let keyed = children[first].start_byte()..child.end_byte();
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        child.kind().hash(&mut hasher);
        text[keyed].hash(&mut hasher);
        imports.hash(&mut hasher);
        // Whether the statement is test code is read from siblings the key may not cover
        // (error recovery can put an attribute out of reach of `attached_before`); the fuzz
        // tests found a `#[cfg(test)] /* … */ mod` whose matches were reused across the two.
        language
            .support()
            .in_test
            .map(|in_test| in_test(*child, text))
            .hash(&mut hasher);
        out.push((child.byte_range(), Some(hasher.finish())));
    }
    out
}
