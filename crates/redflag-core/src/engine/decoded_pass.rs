//! The decoded pass: secrets inside encoded values. Each base64, hex or percent-encoded run
//! that decodes to text is read again by the text pass (and, once more, for an encoding
//! inside it); what is found there is reported on the encoded run, which is the secret to
//! redact — its decoding gives the value away.

use super::candidate::Candidate;
use super::render::interpolate;
use super::{Document, Engine};
use crate::languages::Language;
use crate::secrets::decode::decoded_runs;
use std::ops::Range;

/// An encoding inside an encoding is read; a third level is not.
const MAX_DEPTH: usize = 2;

impl Engine {
    /// Candidates found in the decoded text of `doc`'s encoded runs, placed on those runs.
    /// Runs that an existing candidate already covers are left alone.
    pub(super) fn decoded_candidates(
        &self,
        doc: &Document,
        gated: bool,
        runs: &dyn Fn(&usize) -> bool,
        found: &[Candidate],
    ) -> Vec<Candidate> {
        let mut out = Vec::new();
        self.decode_into(doc.text, doc.path, gated, runs, found, 1, &mut out);
        out
    }

    #[allow(clippy::too_many_arguments)] // one recursion's state, not an API
    fn decode_into(
        &self,
        text: &[u8],
        path: &str,
        gated: bool,
        runs: &dyn Fn(&usize) -> bool,
        found: &[Candidate],
        depth: usize,
        out: &mut Vec<Candidate>,
    ) {
        for run in decoded_runs(text) {
            let overlaps = |r: &Range<usize>| r.start < run.span.end && run.span.start < r.end;
            if found.iter().any(|c| overlaps(&c.span)) {
                continue;
            }
            let inner = Document {
                path,
                text: &run.text,
                language: Language::TEXT,
            };
            // Only secrets are looked for in decoded text (not, say, suppression markers).
            let secret_rules = |rule: &usize| {
                runs(rule) && self.rules.rules[*rule].category == crate::rules::Category::Secret
            };
            let mut inner_found = self.text_candidates(&inner, gated, &secret_rules);
            if depth < MAX_DEPTH {
                let mut deeper = Vec::new();
                self.decode_into(
                    &run.text,
                    path,
                    gated,
                    runs,
                    &inner_found,
                    depth + 1,
                    &mut deeper,
                );
                // Deeper finds sit on runs of this decoded text: their messages are final.
                for c in deeper {
                    out.push(Candidate {
                        span: run.span.clone(),
                        secret: Some(run.span.clone()),
                        ..c
                    });
                }
            }
            let secrets: Vec<Range<usize>> = inner_found
                .iter()
                .filter_map(|c| c.secret.clone())
                .collect();
            for c in inner_found.drain(..) {
                let rule = &self.rules.rules[c.rule];
                let message = format!(
                    "{} (in a {}-encoded value)",
                    interpolate(&rule.message, &c.captures, &run.text, &secrets),
                    run.encoding.name()
                );
                out.push(Candidate {
                    span: run.span.clone(),
                    secret: Some(run.span.clone()),
                    captures: Vec::new(),
                    fix: None,
                    message: Some(message),
                    ..c
                });
            }
        }
    }
}
