//! redflag's analysis core: rules, rule loading, config, the engine, findings and
//! suppressions. No git, no LSP, no terminal: it prints nothing and does no network I/O.

pub mod checksum;
pub mod config;
pub mod engine;
pub mod fake;
pub mod finding;
pub mod fingerprint;
pub mod fixture;
pub mod ignored_value;
pub mod imports;
pub mod language;
pub mod line_index;
pub mod predicate;
pub mod project;
pub mod redact;
pub mod rule;
pub mod ruleset;
mod rust_string;
pub mod scan;
pub mod secret;
mod secret_gate;
pub mod secret_name;
pub mod severity;
mod statement_cache;
pub mod suppression;
mod test_code;
pub mod test_path;

pub use engine::{Analysis, AnalyzeOptions, Document};
pub use finding::{Finding, Fix, Position, TextEdit};
pub use language::Language;
pub use line_index::{ColumnEncoding, LineIndex};
pub use project::{LoadOptions, Project, ProjectError};
pub use rule::{Rule, RuleError};
pub use ruleset::{RuleSet, validate_rule};
pub use severity::{Category, Confidence, Severity};
