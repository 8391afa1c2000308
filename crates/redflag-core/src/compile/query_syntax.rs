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
    let mut reader = Reader {
        bytes: source.as_bytes(),
        at: 0,
    };
    let mut items = Vec::new();
    loop {
        reader.skip_space();
        if reader.at >= reader.bytes.len() {
            return Some(items);
        }
        items.push(reader.item()?);
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
}

impl Reader<'_> {
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
        let expr = loop {
            match self.peek()? {
                b'(' => break self.parenthesized()?,
                b'[' => {
                    self.at += 1;
                    break Expr::Alternation(self.items_until(b']')?);
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
                        _ => args.push(Arg::String(self.identifier())),
                    }
                }
            }
            b'(' | b'[' | b'"' => Some(Expr::Group(self.items_until(b')')?)),
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
    fn malformed_source_is_none() {
        assert!(patterns("(call").is_none());
        assert!(patterns("(call \"x)").is_none());
        assert!(patterns(")").is_none());
    }
}
