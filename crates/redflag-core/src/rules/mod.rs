//! Rules as the security team writes them: query rules (`.scm`) and text rules (`.toml`).
//!
//! The file formats are documented for rule authors in `queries/README.md`.

mod error;
pub mod lazy_regex;
mod load;
mod query_file;
mod severity;
mod text_file;

pub use error::{KNOWN_PREDICATES, Location, RuleError, RuleErrorKind};
pub use load::{
    RuleFile, builtin_files, is_rule_file_name, load_builtin, load_dir, parse_rule_file,
    read_dir_files,
};

pub use crate::secrets::SecretCheck;
pub use severity::{Category, Confidence, Severity};

use crate::languages::Language;
use serde::Deserialize;

#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    pub confidence: Confidence,
    pub category: Category,
    pub cwe: Option<u32>,
    /// Shown per finding; `{{capture}}` is replaced by that capture's (redacted) text.
    pub message: String,
    /// Markdown: why it matters, how to fix, a safe example.
    pub docs: String,
    pub tags: Vec<String>,
    pub references: Vec<String>,
    pub fix: Option<FixSpec>,
    /// The rule file and the line its definition starts on.
    pub origin: Location,
    pub matcher: Matcher,
}

#[derive(Debug, Clone)]
pub enum Matcher {
    Query(QueryMatcher),
    Text(TextMatcher),
    /// A check built into the engine, for every text file (`check = "..."`).
    Generic(GenericMatcher),
}

#[derive(Debug, Clone)]
pub struct GenericMatcher {
    pub check: GenericCheck,
    /// Languages the rule applies to (empty: all files).
    pub languages: Vec<Language>,
}

/// What starts an inline suppression, `redflag: ignore[rule-id]` (read by
/// `report::suppression`; the gate of the malformed-suppression check).
pub const SUPPRESSION_MARKER: &[u8] = b"redflag: ignore";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenericCheck {
    /// A value given to a name that says secret, in any language (`secrets::assignments`).
    Assignments,
    /// Any non-empty literal given to a password-named variable (CWE-259).
    PasswordLiterals,
    /// A suppression marker that names no rule (`report::suppression`).
    MalformedSuppressions,
    /// A bare suppression marker, without a rule list.
    SuppressAll,
    /// A suppression that silenced nothing (found in `engine::render`, after suppression).
    UnusedSuppressions,
    /// A suppression past its `until=` date, which silences nothing (`engine::render`).
    ExpiredSuppressions,
}

impl GenericCheck {
    /// The checks about suppression markers (gated on the marker).
    pub fn is_about_suppressions(self) -> bool {
        !matches!(
            self,
            GenericCheck::Assignments | GenericCheck::PasswordLiterals
        )
    }
}

#[derive(Debug, Clone)]
pub struct QueryMatcher {
    pub language: Language,
    /// The whole rule file: its header and docs are query comments.
    pub source: String,
    /// Capture whose node is the finding's span.
    pub report: String,
    /// The rule can only match files containing one of these (empty: every file).
    pub keywords: Vec<String>,
    /// The rule can only match files where each of these regexes matches: a cheap check,
    /// run after the keywords, that spares parsing files the query cannot flag.
    pub requires: Vec<regex::bytes::Regex>,
    /// Hands a capture to the secret checks before the match counts.
    pub secret: Option<SecretCheck>,
    /// A pattern rule reports its matches; a flow rule reports sinks that tainted values
    /// reach (its patterns capture `@source`, `@sink` and `@sanitizer` nodes).
    pub kind: QueryKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QueryKind {
    #[default]
    Pattern,
    Flow,
}

#[derive(Debug, Clone)]
pub struct TextMatcher {
    pub regex: lazy_regex::LazyRegex,
    /// Capture group holding the secret (0: the whole match).
    pub secret_group: usize,
    /// Case-insensitive prefilter words; the regex only runs on files containing one.
    pub keywords: Vec<String>,
    pub check: SecretCheck,
    pub allowlists: Vec<Allowlist>,
    /// Regexes the file must also match: what tells whose token it is when the format
    /// alone does not (`discord` near a bare bot token).
    pub context: Vec<lazy_regex::LazyRegex>,
    /// Name of a checksum the secret must carry (see `checksum::KNOWN`).
    pub checksum: Option<String>,
    /// Languages the rule applies to (empty: all files).
    pub languages: Vec<Language>,
}

#[derive(Debug, Clone)]
pub struct Allowlist {
    pub target: AllowTarget,
    pub regexes: Vec<lazy_regex::LazyRegex>,
    /// Lowercase words; a secret containing one is not reported.
    pub stopwords: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AllowTarget {
    #[default]
    Secret,
    Match,
    Line,
}

/// A mechanical fix: replace (or remove) one capture.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixSpec {
    /// Shown as the code action's title.
    pub title: String,
    /// Capture to rewrite; defaults to the reported one.
    #[serde(default)]
    pub capture: Option<String>,
    /// Replacement text, may interpolate `{{capture}}`.
    #[serde(default)]
    pub replace: Option<String>,
    /// Delete the capture, with one neighbouring comma when it is a list element.
    #[serde(default)]
    pub remove: bool,
}

impl Rule {
    pub fn language(&self) -> Option<Language> {
        match &self.matcher {
            Matcher::Query(q) => Some(q.language),
            Matcher::Text(_) | Matcher::Generic(_) => None,
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match &self.matcher {
            Matcher::Query(q) if q.kind == QueryKind::Flow => "flow",
            Matcher::Query(_) => "query",
            Matcher::Text(_) => "text",
            Matcher::Generic(_) => "generic",
        }
    }
}
