//! Errors in rule files, always pointing at file:line:col.

use std::fmt;

/// Every predicate name a query rule may use (whether a language implements it is its
/// entry's business).
pub const KNOWN_PREDICATES: &[&str] = &[
    "eq?",
    "not-eq?",
    "any-eq?",
    "any-not-eq?",
    "match?",
    "not-match?",
    "any-match?",
    "any-not-match?",
    "any-of?",
    "not-any-of?",
    "resolves-to?",
    "not-resolves-to?",
    "literal?",
    "not-literal?",
    "has-kwarg?",
    "not-has-kwarg?",
    "imports?",
    "built-string?",
    "not-built-string?",
    "not-in-test?",
    "secret-name?",
    "secret-value?",
    "secret-assignment?",
];

/// Where in a rule or config file something is wrong (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub line: usize,
    pub column: usize,
}

impl Location {
    pub fn new(path: &str, line: usize, column: usize) -> Self {
        Location {
            path: path.to_string(),
            line,
            column,
        }
    }

    /// The location of byte `offset` in `text`.
    pub fn at_offset(path: &str, text: &str, offset: usize) -> Self {
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Location::new(path, line, column)
    }
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleErrorKind {
    #[error("cannot read rule file: {0}")]
    Io(String),
    #[error("invalid rule header: {0}")]
    Header(String),
    #[error("invalid TOML: {0}")]
    Toml(String),
    #[error("query does not compile against the {language} grammar: {message}")]
    Query { language: String, message: String },
    #[error("invalid regex: {0}")]
    Regex(String),
    #[error("predicate `#{0}` is not evaluated by redflag (known: {known})", known = KNOWN_PREDICATES.join(", "))]
    UnknownPredicate(String),
    #[error("predicate `#{predicate}` is not implemented for {language}")]
    NotImplemented { predicate: String, language: String },
    #[error("bad arguments to predicate `#{name}`: {reason}")]
    PredicateArguments { name: String, reason: String },
    #[error("capture `@{0}` is used by the rule but not defined in its query")]
    UnknownCapture(String),
    #[error("duplicate rule id `{id}` (first defined at {first})")]
    DuplicateId { id: String, first: String },
    #[error("{0}")]
    Invalid(String),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {kind}")]
pub struct RuleError {
    pub location: Location,
    pub kind: RuleErrorKind,
}

impl RuleError {
    pub fn new(location: Location, kind: RuleErrorKind) -> Self {
        RuleError { location, kind }
    }
}
