//! The flow pass: one flow rule over a whole file. Its query finds the sources, sinks and
//! sanitizers; the language's taint walker follows values from the first to the second; each
//! sink reached becomes a candidate whose message can name the source and its line.

use super::candidate::Candidate;
use super::query_pass::{for_each_match, named_captures};
use super::{Document, Engine};
use crate::compile::{CompiledQuery, message_captures};
use crate::languages::Imports;
use crate::languages::taint::FlowSpans;
use std::collections::HashMap;
use std::ops::Range;
use std::time::Instant;
use tree_sitter::Tree;

impl Engine {
    /// The sinks of one flow rule that a source's value reaches; whether time ran out.
    pub(super) fn flow_matches<'a>(
        &self,
        compiled: &CompiledQuery,
        doc: &Document,
        tree: &Tree,
        imports: &dyn Fn() -> &'a Imports,
        deadline: Instant,
    ) -> (Vec<Candidate>, bool) {
        let (Some(roles), Some(walk)) = (compiled.flow, doc.language.support().taint) else {
            return (Vec::new(), false);
        };
        let rule = &self.rules.rules[compiled.rule];
        let wanted = message_captures(&rule.message);
        let names = compiled.query.capture_names();
        let mut spans = FlowSpans::default();
        // The message captures of the match that found each sink.
        let mut sink_captures: HashMap<Range<usize>, Vec<(String, Range<usize>)>> = HashMap::new();
        let timed_out = for_each_match(compiled, doc, tree, None, imports, deadline, &mut |m| {
            for capture in m.captures() {
                let range = capture.node.byte_range();
                if capture.index == roles.source {
                    spans.sources.insert(range);
                } else if Some(capture.index) == roles.sanitizer {
                    spans.sanitizers.insert(range);
                } else if capture.index == roles.sink {
                    spans.sinks.push(capture.node);
                    sink_captures
                        .entry(range)
                        .or_insert_with(|| named_captures(m, names, &wanted));
                }
            }
        });
        if timed_out {
            return (Vec::new(), true);
        }
        spans.sinks.sort_by_key(|n| (n.start_byte(), n.end_byte()));
        spans.sinks.dedup_by_key(|n| n.byte_range());
        let mut hits = walk(tree.root_node(), doc.text, &spans);
        // `open(os.path.join(BASE, name))`: the innermost sink tells most, once.
        let nested = |outer: &Range<usize>, inner: &Range<usize>| {
            outer != inner && outer.start <= inner.start && inner.end <= outer.end
        };
        let all: Vec<Range<usize>> = hits.iter().map(|h| h.sink.clone()).collect();
        hits.retain(|h| !all.iter().any(|other| nested(&h.sink, other)));
        let candidates = hits
            .into_iter()
            .map(|hit| {
                let mut captures = sink_captures.get(&hit.sink).cloned().unwrap_or_default();
                captures.retain(|(name, _)| name != "source");
                captures.push(("source".into(), hit.source.clone()));
                captures.push(("tainted".into(), hit.via));
                Candidate {
                    rule: compiled.rule,
                    span: hit.sink,
                    secret: None,
                    captures,
                    fix: None,
                    checksum: None,
                    in_documentation: false,
                    message: None,
                    source_at: Some(hit.source.start),
                }
            })
            .collect();
        (candidates, false)
    }
}
