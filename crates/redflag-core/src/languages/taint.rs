//! What a flow rule's patterns found in one file, and what a language's taint walker reports
//! from them: the sinks that a value from a source reaches without passing a sanitizer.

use std::collections::HashSet;
use std::ops::Range;
use tree_sitter::Node;

/// The nodes a flow rule's patterns captured in one file.
#[derive(Default)]
pub struct FlowSpans<'tree> {
    /// Expressions whose value is tainted (`request.args`, `input()`).
    pub sources: HashSet<Range<usize>>,
    /// Expressions whose value is clean whatever goes in (`shlex.quote(x)`, `int(x)`).
    pub sanitizers: HashSet<Range<usize>>,
    /// Expressions that must not hold a tainted value (a command argument), in tree order.
    pub sinks: Vec<Node<'tree>>,
}

/// A sink a tainted value reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowHit {
    pub sink: Range<usize>,
    /// The source expression the value came from.
    pub source: Range<usize>,
    /// What carries it into the sink: the variable named there, or the sink itself when
    /// the source is written inside it.
    pub via: Range<usize>,
}

/// Follows tainted values through one file's code (see `python::taint`).
pub type TaintWalker = fn(Node, &[u8], &FlowSpans) -> Vec<FlowHit>;
