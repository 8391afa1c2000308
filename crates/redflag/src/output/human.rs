//! Terminal output: `path:line:col  severity  rule-id  message`, the redacted line, a summary.

use super::{Report, shown_excerpt};
use redflag_core::Severity;
use redflag_core::project::walk::FileOutcome;
use std::io::Write;

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn severity(&self, severity: Severity) -> String {
        let code = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "36",
        };
        self.wrap(code, severity.as_str())
    }
}

pub fn write(out: &mut dyn Write, report: &Report, colour: bool) -> std::io::Result<()> {
    let paint = Paint(colour);
    for finding in report.findings {
        writeln!(
            out,
            "{}:{}:{}: {} [{}] {}",
            paint.wrap("1", &finding.path),
            finding.start.line,
            finding.start.column,
            paint.severity(finding.severity),
            finding.rule.id,
            finding.message
        )?;
        writeln!(
            out,
            "    {}",
            paint.wrap("2", shown_excerpt(finding, report.show_secrets))
        )?;
    }
    for file in report.files {
        match &file.outcome {
            FileOutcome::TooLarge(size) => writeln!(
                out,
                "{}: skipped: over the size limit ({size} bytes > {} bytes, see scan.max_file_size)",
                file.path, report.max_file_size
            )?,
            FileOutcome::Analyzed(a) => {
                for note in &a.notes {
                    writeln!(out, "{}: note: {note}", file.path)?;
                }
            }
            _ => {}
        }
    }
    let s = &report.summary;
    let count = |severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    let mut trouble = String::new();
    if s.unreadable > 0 {
        trouble.push_str(&format!(", {} unreadable", s.unreadable));
    }
    if s.not_analysed > 0 {
        trouble.push_str(&format!(
            ", {} not analysed (internal error)",
            s.not_analysed
        ));
    }
    writeln!(
        out,
        "{} findings ({} error, {} warning, {} info) in {} files scanned ({:.1} MB); skipped {} binary, {} over the size limit{trouble}",
        report.findings.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
        s.files_scanned,
        s.bytes_scanned as f64 / 1e6,
        s.skipped_binary,
        s.skipped_large,
    )
}
