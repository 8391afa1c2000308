//! Suppressions judged after they were applied: a marker (or one id of its list) that
//! silenced nothing is unused, one past its `until=` date is expired. Both become findings of
//! the `unused-suppressions` / `expired-suppressions` checks, when the rule set has them.

use super::candidate::Candidate;
use super::render::widen_to_list_element;
use super::{AnalyzeOptions, Document, Engine};
use crate::report::date::Date;
use crate::report::suppression::{Suppressions, Use};
use crate::report::{Fix, TextEdit};
use crate::rules::{Category, GenericCheck, Matcher};
use std::collections::HashSet;
use std::ops::Range;

impl Engine {
    /// The findings about `suppressions` in `doc`, each with its fix (if any). `used` says
    /// which marker and id silenced something.
    pub(super) fn suppression_candidates(
        &self,
        doc: &Document,
        suppressions: &Suppressions,
        used: &HashSet<Use>,
        secrets: &[Range<usize>],
        options: &AnalyzeOptions,
    ) -> Vec<(Candidate, Option<Fix>)> {
        // An id is quoted back only when it reads as a rule id and holds no secret the
        // engine found (a marker can name anything, a password included).
        let shown = |id: &str, span: &Range<usize>| {
            let overlaps = secrets
                .iter()
                .any(|s| s.start < span.end && span.start < s.end);
            let rule_like = id.len() <= 80
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
            if rule_like && !overlaps {
                format!("`{id}`")
            } else {
                "an id that is not a rule id".to_string()
            }
        };
        let unused_rule = self.check_rule(GenericCheck::UnusedSuppressions, options);
        let expired_rule = self.check_rule(GenericCheck::ExpiredSuppressions, options);
        if unused_rule.is_none() && expired_rule.is_none() {
            return Vec::new();
        }
        let today = Date::today();
        let documentation = doc.language.support().lexical.documentation;
        let mut out = Vec::new();
        for (index, marker) in suppressions.markers.iter().enumerate() {
            let Some(list) = marker.rules() else { continue };
            if list.expired(today) {
                if let (Some(rule), Some(until)) = (expired_rule, list.until) {
                    let message = format!(
                        "this suppression expired on {until} and silences nothing: fix what it \
                         silenced, or renew it (`until=`) with a reason"
                    );
                    out.push((candidate(rule, marker.span.clone(), message), None));
                }
                continue;
            }
            // Documentation quotes markers as examples: only code and config get unused ones.
            let Some(rule) = unused_rule.filter(|_| !documentation) else {
                continue;
            };
            let unused: Vec<usize> = (0..list.ids.len())
                .filter(|&id| !used.contains(&(index, id)) && self.judged(&list.ids[id].0, options))
                .collect();
            if unused.is_empty() {
                continue;
            }
            if unused.len() == list.ids.len() {
                let names = list
                    .ids
                    .iter()
                    .map(|(id, span)| shown(id, span))
                    .collect::<Vec<_>>()
                    .join(", ");
                let message = format!("unused suppression: {names} flags nothing here");
                let fix = removal_fix("Remove the unused suppression", marker.removal.clone());
                out.push((candidate(rule, marker.span.clone(), message), Some(fix)));
                continue;
            }
            for id in unused {
                let (name, span) = &list.ids[id];
                let quoted = shown(name, span);
                let message = if self.rules.rules.iter().any(|r| &r.id == name) {
                    format!("unused suppression: {quoted} flags nothing here")
                } else {
                    format!("unused suppression: no rule {quoted} is in effect")
                };
                let wide = widen_to_list_element(doc.text, span.clone());
                let fix = removal_fix(&format!("Remove {quoted} from the suppression"), wide);
                out.push((candidate(rule, span.clone(), message), Some(fix)));
            }
        }
        out
    }

    /// The rule of a suppression check, when the rule set has it and it runs at this severity.
    fn check_rule(&self, check: GenericCheck, options: &AnalyzeOptions) -> Option<usize> {
        self.rules.rules.iter().position(|rule| {
            matches!(&rule.matcher, Matcher::Generic(g) if g.check == check)
                && rule.severity >= options.min_severity
        })
    }

    /// Whether rule `id` ran at this severity, so that silencing nothing means something
    /// (a rule not in effect at all: yes, the suppression is dead).
    fn judged(&self, id: &str, options: &AnalyzeOptions) -> bool {
        self.rules
            .rules
            .iter()
            .find(|rule| rule.id == id)
            .is_none_or(|rule| {
                rule.category == Category::Secret || rule.severity >= options.min_severity
            })
    }
}

fn candidate(rule: usize, span: Range<usize>, message: String) -> Candidate {
    Candidate {
        message: Some(message),
        ..Candidate::bare(rule, span)
    }
}

fn removal_fix(title: &str, span: Range<usize>) -> Fix {
    Fix {
        title: title.to_string(),
        edits: vec![TextEdit {
            span,
            replacement: String::new(),
        }],
    }
}
