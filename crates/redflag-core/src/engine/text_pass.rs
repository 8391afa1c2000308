//! The text pass: secret-format rules (regexes) over the raw bytes.

use super::candidate::Candidate;
use super::{Document, Engine};
use crate::report::suppression;
use crate::rules::{AllowTarget, GenericCheck, GenericMatcher, Matcher, TextMatcher};
use crate::secrets::assignments::{password_literals, secret_assignments};
use crate::secrets::looks_like_secret;
use std::ops::Range;

impl Engine {
    /// A built-in check's matches: the value is the secret, the name fills `{{name}}`.
    fn generic_candidates(
        &self,
        doc: &Document,
        rule: usize,
        generic: &GenericMatcher,
    ) -> Vec<Candidate> {
        if !generic.languages.is_empty() && !generic.languages.contains(&doc.language) {
            return Vec::new();
        }
        let support = doc.language.support();
        let find = match generic.check {
            GenericCheck::Assignments => secret_assignments,
            GenericCheck::PasswordLiterals => password_literals,
            GenericCheck::MalformedSuppressions | GenericCheck::SuppressAll => {
                let spans = if generic.check == GenericCheck::SuppressAll {
                    suppression::suppress_all(doc.text, support.line_comments)
                } else {
                    suppression::malformed(doc.text, support.line_comments)
                };
                return spans
                    .into_iter()
                    .map(|span| Candidate::bare(rule, span))
                    .collect();
            }
            // Known only once suppressions are applied (`render`).
            GenericCheck::UnusedSuppressions | GenericCheck::ExpiredSuppressions => {
                return Vec::new();
            }
        };
        find(doc.text, support.line_comments, &support.lexical)
            .into_iter()
            .filter(|a| !self.is_ignored_value(&doc.text[a.value.clone()]))
            .map(|a| Candidate {
                rule,
                span: a.value.clone(),
                secret: Some(a.value),
                captures: vec![("name".to_string(), a.name)],
                fix: None,
                checksum: None,
                in_documentation: support.lexical.documentation,
                message: None,
                source_at: None,
            })
            .collect()
    }

    pub(super) fn text_candidates(
        &self,
        doc: &Document,
        gated: bool,
        runs: &dyn Fn(&usize) -> bool,
    ) -> Vec<Candidate> {
        let mut out = Vec::new();
        let none = &|| false;
        let no_secrets = crate::compile::SecretFacts {
            value: none,
            named: none,
        };
        let admitted = self.rules.text.admitted(doc.text, gated, &no_secrets);
        for rule_index in admitted.into_iter().filter(runs) {
            let rule = &self.rules.rules[rule_index];
            let matcher = match &rule.matcher {
                Matcher::Text(matcher) => matcher,
                Matcher::Generic(generic) => {
                    out.extend(self.generic_candidates(doc, rule_index, generic));
                    continue;
                }
                Matcher::Query(_) => continue,
            };
            if !matcher.languages.is_empty() && !matcher.languages.contains(&doc.language) {
                continue;
            }
            if !matcher.context.iter().all(|c| c.is_match(doc.text)) {
                continue;
            }
            let Some(regex) = matcher.regex.get() else {
                continue;
            };
            for caps in regex.captures_iter(doc.text) {
                let (Some(whole), Some(secret)) = (caps.get(0), caps.get(matcher.secret_group))
                else {
                    continue;
                };
                if let Some(checksum) =
                    self.accepts_text_match(matcher, doc.text, whole.range(), secret.range())
                {
                    out.push(Candidate {
                        rule: rule_index,
                        span: secret.range(),
                        secret: Some(secret.range()),
                        captures: Vec::new(),
                        fix: None,
                        checksum,
                        in_documentation: false,
                        message: None,
                        source_at: None,
                    });
                }
            }
        }
        out
    }

    /// `None` when the match is not reported; else whether the format's checksum verified
    /// (`None` inside: the format has none).
    fn accepts_text_match(
        &self,
        matcher: &TextMatcher,
        text: &[u8],
        whole: Range<usize>,
        secret: Range<usize>,
    ) -> Option<Option<bool>> {
        let value = &text[secret.clone()];
        if !looks_like_secret(value, &matcher.check) || self.is_ignored_value(value) {
            return None;
        }
        let checksum = matcher
            .checksum
            .as_ref()
            .map(|name| crate::secrets::checksum::verify(name, value));
        let line = line_around(text, whole.clone());
        let lower = String::from_utf8_lossy(value).to_lowercase();
        let allowed = matcher.allowlists.iter().any(|allow| {
            let target = match allow.target {
                AllowTarget::Secret => value,
                AllowTarget::Match => &text[whole.clone()],
                AllowTarget::Line => &text[line.clone()],
            };
            allow.regexes.iter().any(|r| r.is_match(target))
                || allow.stopwords.iter().any(|w| lower.contains(w))
        });
        (!allowed).then_some(checksum)
    }
}

fn line_around(text: &[u8], span: Range<usize>) -> Range<usize> {
    let start = text[..span.start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = text[span.end..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| span.end + i);
    start..end
}
