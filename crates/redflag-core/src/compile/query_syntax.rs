//! A reader for tree-sitter query source, enough to see its structure without a grammar:
//! top-level patterns, node kinds, anonymous tokens, alternations, quantifiers, captures and
//! predicates. The gates derived from a query and the statement-reuse check read it.

/// One element of a pattern, with what follows it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub expr: Expr,
    pub quantifier: Quantifier,
    pub captures: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// `(kind child ...)`; `None` for `(_)`.
    Node {
        kind: Option<String>,
        children: Vec<Item>,
    },
    /// `((a) (b))`: siblings in sequence.
    Group(Vec<Item>),
    /// `[a b]`: any one of them.
    Alternation(Vec<Item>),
    /// `"token"`: an anonymous node.
    Token(String),
    /// `_`: any node.
    Wildcard,
    /// `(#name? @capture "string" ...)`.
    Predicate { name: String, args: Vec<Arg> },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Arg {
    Capture(String),
    String(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Quantifier {
    One,
    ZeroOrOne,
    ZeroOrMore,
    OneOrMore,
}

impl Quantifier {
    /// Whether the element must be there for the pattern to match.
    pub(crate) fn required(self) -> bool {
        matches!(self, Quantifier::One | Quantifier::OneOrMore)
    }
}

/// The top-level patterns of a query, in order (tree-sitter's pattern indices); `None` when
/// the source is not well formed (tree-sitter reports the error when it compiles it).
pub(crate) fn patterns(source: &str) -> Option<Vec<Item>> {
    let mut reader = Reader::new(source);
    let mut items = Vec::new();
    loop {
        reader.skip_space();
        if reader.at >= reader.bytes.len() {
            return Some(items);
        }
        items.push(reader.item()?);
    }
}

/// Why a query is refused before tree-sitter compiles it.
pub(crate) const NODELESS_GROUP: &str = "a group, alternative or field that matches no node \
    (only predicates, or nothing): put the predicates in the group of the node they test, \
    `((identifier) @x (#eq? @x \"y\"))`";

/// The offset of the first group, or alternation with a branch, that matches no node (only
/// predicates, or nothing), read up to where the source stops being well formed. tree-sitter
/// 0.27 aborts the whole process (an assertion in `ts_query_new`) or never returns when a
/// capture or a quantifier follows one, so such a query must not reach it (the fuzz tests
/// found `((#eq? @a "x")) @b`).
pub(crate) fn group_without_nodes(source: &str) -> Option<usize> {
    let mut reader = Reader::new(source);
    loop {
        reader.skip_space();
        if reader.at >= reader.bytes.len() || reader.item().is_none() {
            return reader.nodeless;
        }
        if reader.nodeless.is_some() {
            return reader.nodeless;
        }
    }
}

/// Whether an item matches a node (rather than only testing captures).
fn matches_node(item: &Item) -> bool {
    match &item.expr {
        Expr::Node { .. } | Expr::Token(_) | Expr::Wildcard => true,
        Expr::Group(items) => items.iter().any(matches_node),
        Expr::Alternation(items) => !items.is_empty() && items.iter().all(matches_node),
        Expr::Predicate { .. } => false,
    }
}

impl Item {
    /// Every predicate in the item, at any depth (tree-sitter applies each to the pattern).
    pub(crate) fn predicates(&self) -> Vec<(&str, &[Arg])> {
        let mut out = Vec::new();
        self.visit(&mut |item| {
            if let Expr::Predicate { name, args } = &item.expr {
                out.push((name.as_str(), args.as_slice()));
            }
        });
        out
    }

    /// The node kinds the pattern can start with (`"` for a token, `_` for a wildcard).
    pub(crate) fn heads(&self) -> Vec<&str> {
        match &self.expr {
            Expr::Node { kind, .. } => vec![kind.as_deref().unwrap_or("_")],
            Expr::Group(items) => items
                .iter()
                .find(|i| !matches!(i.expr, Expr::Predicate { .. }))
                .map_or_else(Vec::new, Item::heads),
            Expr::Alternation(items) => items.iter().flat_map(Item::heads).collect(),
            Expr::Token(_) => vec!["\""],
            Expr::Wildcard => vec!["_"],
            Expr::Predicate { .. } => Vec::new(),
        }
    }

    /// Captures that every match of the pattern has (not under `?`, `*` or one branch of
    /// an alternation).
    pub(crate) fn required_captures(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_required(&mut out);
        out
    }

    fn collect_required<'a>(&'a self, out: &mut Vec<&'a str>) {
        if !self.quantifier.required() {
            return;
        }
        out.extend(self.captures.iter().map(String::as_str));
        match &self.expr {
            Expr::Node { children, .. } | Expr::Group(children) => {
                for child in children {
                    child.collect_required(out);
                }
            }
            // A capture every branch has is there whichever branch matches.
            Expr::Alternation(branches) => {
                let per_branch: Vec<Vec<&str>> =
                    branches.iter().map(Item::required_captures).collect();
                if let Some((first, rest)) = per_branch.split_first() {
                    out.extend(
                        first
                            .iter()
                            .filter(|c| rest.iter().all(|other| other.contains(c))),
                    );
                }
            }
            _ => {}
        }
    }

    /// Whether the item captures `name` anywhere.
    pub(crate) fn has_capture(&self, name: &str) -> bool {
        let mut found = false;
        self.visit(&mut |item| found |= item.captures.iter().any(|c| c == name));
        found
    }

    fn visit<'a>(&'a self, f: &mut dyn FnMut(&'a Item)) {
        f(self);
        match &self.expr {
            Expr::Node { children, .. } | Expr::Group(children) | Expr::Alternation(children) => {
                for child in children {
                    child.visit(f);
                }
            }
            _ => {}
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Where the first group or alternation that matches no node starts.
    nodeless: Option<usize>,
}

impl<'a> Reader<'a> {
    fn new(source: &'a str) -> Self {
        Reader {
            bytes: source.as_bytes(),
            at: 0,
            nodeless: None,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b) = self.peek() {
            if b.is_ascii_whitespace() {
                self.at += 1;
            } else if b == b';' {
                while self.peek().is_some_and(|b| b != b'\n') {
                    self.at += 1;
                }
            } else {
                return;
            }
        }
    }

    fn identifier(&mut self) -> String {
        let start = self.at;
        while self.peek().is_some_and(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'/' | b'?' | b'!')
        }) {
            self.at += 1;
        }
        String::from_utf8_lossy(&self.bytes[start..self.at]).into_owned()
    }

    fn string(&mut self) -> Option<String> {
        // At the opening quote.
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let b = self.peek()?;
            self.at += 1;
            match b {
                b'"' => return Some(String::from_utf8_lossy(&out).into_owned()),
                b'\\' => {
                    let escaped = self.peek()?;
                    self.at += 1;
                    out.push(match escaped {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'0' => 0,
                        other => other,
                    });
                }
                other => out.push(other),
            }
        }
    }

    /// One item: an optional `field:` or `!field`, the expression, its quantifier and captures.
    fn item(&mut self) -> Option<Item> {
        self.skip_space();
        let mut field = None;
        let expr = loop {
            match self.peek()? {
                b'(' => break self.parenthesized()?,
                b'[' => {
                    let open = self.at;
                    self.at += 1;
                    let branches = self.items_until(b']')?;
                    if branches.is_empty() || !branches.iter().all(matches_node) {
                        self.nodeless.get_or_insert(open);
                    }
                    break Expr::Alternation(branches);
                }
                b'"' => break Expr::Token(self.string()?),
                b'_' if !self.bytes.get(self.at + 1).is_some_and(is_name_byte) => {
                    self.at += 1;
                    break Expr::Wildcard;
                }
                b'.' => {
                    // An anchor: it constrains position, not content.
                    self.at += 1;
                    self.skip_space();
                }
                b'!' => {
                    // A negated field, `!name`: the node must lack that child.
                    self.at += 1;
                    self.identifier();
                    return Some(Item {
                        expr: Expr::Group(Vec::new()),
                        quantifier: Quantifier::One,
                        captures: Vec::new(),
                    });
                }
                b if is_name_byte(&b) => {
                    // `field: item`
                    field.get_or_insert(self.at);
                    self.identifier();
                    self.skip_space();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.at += 1;
                    self.skip_space();
                }
                _ => return None,
            }
        };
        let mut item = Item {
            expr,
            quantifier: Quantifier::One,
            captures: Vec::new(),
        };
        // `field: (#match? …)`: a field needs a node; tree-sitter 0.27 aborts on a predicate.
        if let Some(at) = field
            && !matches_node(&item)
        {
            self.nodeless.get_or_insert(at);
        }
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'?') => item.quantifier = Quantifier::ZeroOrOne,
                Some(b'*') => item.quantifier = Quantifier::ZeroOrMore,
                Some(b'+') => item.quantifier = Quantifier::OneOrMore,
                Some(b'@') => {
                    self.at += 1;
                    item.captures.push(self.identifier());
                    continue;
                }
                _ => return Some(item),
            }
            self.at += 1;
        }
    }

    /// At `(`: a node, a group or a predicate.
    fn parenthesized(&mut self) -> Option<Expr> {
        let open = self.at;
        self.at += 1;
        self.skip_space();
        match self.peek()? {
            b'#' => {
                self.at += 1;
                let name = self.identifier();
                let mut args = Vec::new();
                loop {
                    self.skip_space();
                    match self.peek()? {
                        b')' => {
                            self.at += 1;
                            return Some(Expr::Predicate { name, args });
                        }
                        b'@' => {
                            self.at += 1;
                            args.push(Arg::Capture(self.identifier()));
                        }
                        b'"' => args.push(Arg::String(self.string()?)),
                        _ => {
                            // A byte no argument starts with: not well formed. Read as an
                            // empty word, it looped forever (the fuzz tests found it).
                            let word = self.identifier();
                            if word.is_empty() {
                                return None;
                            }
                            args.push(Arg::String(word));
                        }
                    }
                }
            }
            b'(' | b'[' | b'"' => {
                let items = self.items_until(b')')?;
                if !items.iter().any(matches_node) {
                    self.nodeless.get_or_insert(open);
                }
                Some(Expr::Group(items))
            }
            b'_' if !self.bytes.get(self.at + 1).is_some_and(is_name_byte) => {
                self.at += 1;
                Some(Expr::Node {
                    kind: None,
                    children: self.items_until(b')')?,
                })
            }
            _ => {
                let kind = self.identifier();
                if kind.is_empty() {
                    return None;
                }
                Some(Expr::Node {
                    kind: Some(kind),
                    children: self.items_until(b')')?,
                })
            }
        }
    }

    fn items_until(&mut self, close: u8) -> Option<Vec<Item>> {
        let mut items = Vec::new();
        loop {
            self.skip_space();
            // An anchor (`.`) constrains position, not content.
            while self.peek() == Some(b'.') {
                self.at += 1;
                self.skip_space();
            }
            if self.peek()? == close {
                self.at += 1;
                return Some(items);
            }
            items.push(self.item()?);
        }
    }
}

fn is_name_byte(b: &u8) -> bool {
    b.is_ascii_alphanumeric() || *b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_patterns_predicates_and_captures() {
        let source = r#";; a comment (module)
(call
  function: (attribute object: (_) @obj attribute: (identifier) @m)
  arguments: (argument_list "(" (string)? @s)
  (#eq? @m "execute")
  (#match? @obj "cur\"sor")) @finding
[(a) "b" (_)] @x
((c) . (d)+ @e !field .)
"#;
        let Some(patterns) = patterns(source) else {
            panic!("parses");
        };
        assert_eq!(patterns.len(), 3);
        let predicates = patterns[0].predicates();
        assert_eq!(predicates.len(), 2);
        assert_eq!(predicates[0].0, "eq?");
        assert_eq!(
            predicates[1].1,
            &[Arg::Capture("obj".into()), Arg::String("cur\"sor".into())]
        );
        let mut required = patterns[0].required_captures();
        required.sort_unstable();
        assert_eq!(required, vec!["finding", "m", "obj"]);
        assert_eq!(patterns[1].heads(), vec!["a", "\"", "_"]);
        assert_eq!(patterns[2].heads(), vec!["c"]);
        assert_eq!(patterns[2].required_captures(), vec!["e"]);
        let Some(branches) = super::patterns("[(a (b) @x (c) @y) (d (e) @x)] @z") else {
            panic!("parses");
        };
        assert_eq!(branches[0].required_captures(), vec!["z", "x"]);
    }

    #[test]
    fn groups_that_match_no_node_are_found() {
        for (source, at) in [
            ("(identifier) @a ((#eq? @a \"x\")) @c", Some(16)),
            ("(identifier) @a ((#eq? @a \"x\"))+", Some(16)),
            (
                "(identifier) @a [(identifier) ((#eq? @a \"x\"))]+",
                Some(30),
            ),
            ("(call (a) @a (((#eq? @a \"x\"))) @c", Some(14)),
            // Cut short after the group: still found (tree-sitter would abort first).
            ("(call (a) @a ((#eq? @a \"x\")) @c", Some(13)),
            ("((identifier) @a (#eq? @a \"x\")) @c", None),
            ("[(a) (b)] @x (c (_) @y) \"tok\" @z", None),
            ("(a !field (b)) @x", None),
            // Found by scripts/fuzz.sh: a field given only a predicate aborted ts_query_new.
            ("attribute: ;c\n(#m? \"\")", Some(0)),
            ("(call function: (#eq? @a \"x\")) @c", Some(6)),
            ("(call function: (identifier) @f) @c", None),
            ("(call function: [(identifier) (attribute)] @f)", None),
        ] {
            assert_eq!(group_without_nodes(source), at, "{source}");
        }
    }

    /// Found by the fuzz tests: a predicate argument starting with a byte no word starts
    /// with (`(#match?\u{fffd} @x "y")`) made the reader loop forever, growing its argument
    /// list until memory ran out, when a rule set was built.
    #[test]
    fn a_predicate_argument_the_reader_cannot_read_ends_the_reading() {
        let source = "((identifier) @x (#match?\u{fffd}\u{3a7} @x \"y\")) @z";
        assert_eq!(patterns(source), None);
        assert_eq!(group_without_nodes(source), None);
    }

    #[test]
    fn malformed_source_is_none() {
        assert!(patterns("(call").is_none());
        assert!(patterns("(call \"x)").is_none());
        assert!(patterns(")").is_none());
    }
}
