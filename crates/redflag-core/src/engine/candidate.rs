//! A match before suppression, dedup and rendering.

use std::ops::Range;

#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub(super) rule: usize,
    pub(super) span: Range<usize>,
    pub(super) secret: Option<Range<usize>>,
    /// Capture name → span, for message interpolation.
    pub(super) captures: Vec<(String, Range<usize>)>,
    pub(super) fix: Option<Range<usize>>,
    /// The value's format checksum: verified (`Some(true)`), failed (`Some(false)`: reported
    /// one step lower, it is not a live token), or none to check.
    pub(super) checksum: Option<bool>,
    /// A name-only finding (the generic check) in documentation, whose values are mostly
    /// examples: reported one step lower, like a failed checksum.
    pub(super) in_documentation: bool,
    /// The message, already written (a match in decoded text, whose captures are not
    /// offsets of the file).
    pub(super) message: Option<String>,
    /// A flow finding: where its source starts (the message's `{{source_line}}`).
    pub(super) source_at: Option<usize>,
}

impl Candidate {
    /// A match of `rule` at `span` that carries nothing else (no secret, captures or fix).
    pub(super) fn bare(rule: usize, span: Range<usize>) -> Candidate {
        Candidate {
            rule,
            span,
            secret: None,
            captures: Vec::new(),
            fix: None,
            checksum: None,
            in_documentation: false,
            message: None,
            source_at: None,
        }
    }

    /// The same match with every offset moved from base `from` to base `to`.
    pub(super) fn rebased(&self, from: usize, to: usize) -> Candidate {
        let moved = |r: &Range<usize>| r.start - from + to..r.end - from + to;
        Candidate {
            rule: self.rule,
            span: moved(&self.span),
            secret: self.secret.as_ref().map(moved),
            captures: self
                .captures
                .iter()
                .map(|(name, r)| (name.clone(), moved(r)))
                .collect(),
            fix: self.fix.as_ref().map(moved),
            checksum: self.checksum,
            in_documentation: self.in_documentation,
            message: self.message.clone(),
            source_at: self.source_at.map(|at| at - from + to),
        }
    }

    pub(super) fn within(&self, range: &Range<usize>) -> bool {
        let inside = |r: &Range<usize>| range.start <= r.start && r.end <= range.end;
        inside(&self.span)
            && self.secret.as_ref().is_none_or(inside)
            && self.fix.as_ref().is_none_or(inside)
            && self.captures.iter().all(|(_, r)| inside(r))
    }
}
