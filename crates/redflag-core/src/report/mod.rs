//! What a run reports and how: findings and their positions, inline suppressions, values
//! the project ignores, redaction, fingerprints, and the test-code severity policy.

pub mod baseline;
pub mod date;
mod finding;
pub mod fingerprint;
pub mod ignore_entry;
pub mod ignored_value;
pub mod line_index;
pub mod redact;
pub mod suppression;
pub mod test_path;

pub use finding::{Finding, Fix, Position, Suppressed, TextEdit};
pub use line_index::{ColumnEncoding, LineIndex};
