//! redflag's analysis core. No git, no LSP, no terminal: it prints nothing and does no
//! network I/O; `project` is its only filesystem access.
//!
//! The pipeline (docs/architecture.md): `project` finds a file's config and rule folders →
//! `rules` reads and checks rule files → `compile` builds the rule set with gates derived
//! from each rule → `engine` analyses a file (text pass, query pass with `predicates`, both
//! asking `secrets` and `languages`) → `report` shapes findings. `fixtures` runs
//! `redflag rules test`.

pub mod compile;
pub mod engine;
pub mod fixtures;
pub mod languages;
pub mod parallel;
mod predicates;
pub mod project;
pub mod report;
pub mod rules;
pub mod secrets;

pub use compile::{RuleSet, validate_rule};
pub use engine::{Analysis, AnalysisPanicked, AnalyzeOptions, Document, Engine};
pub use languages::Language;
pub use project::{LoadOptions, Project, ProjectError};
pub use report::{ColumnEncoding, Finding, Fix, LineIndex, Position, TextEdit};
pub use rules::{Category, Confidence, Rule, RuleError, Severity};
