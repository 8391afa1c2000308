//! Text-rule regexes: checked when the rule loads, compiled the first time a file needs
//! them. Building every rule's automaton up front was most of a hook run's start-up time,
//! while a commit usually touches files that only a few rules' keywords admit.

use regex::bytes::{Regex, RegexBuilder};
use regex_syntax::hir::Hir;
use std::sync::{Arc, OnceLock};

/// A regex that does not parse; reads like the regex crate's own error.
#[derive(Debug, Clone, thiserror::Error)]
#[error("regex parse error:\n{0}")]
pub struct RegexSyntaxError(Box<regex_syntax::Error>);

#[derive(Debug, Clone)]
pub struct LazyRegex {
    pattern: String,
    /// The parsed pattern, which the gate is derived from (parsed once, shared by clones).
    syntax: Arc<Hir>,
    captures_len: usize,
    compiled: OnceLock<Option<Regex>>,
}

impl LazyRegex {
    /// Parses `pattern` (syntax only, which is cheap); the error reads like the regex
    /// crate's own.
    pub fn new(pattern: &str) -> Result<Self, RegexSyntaxError> {
        let hir = regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(pattern)
            .map_err(|e| RegexSyntaxError(Box::new(e)))?;
        Ok(LazyRegex {
            pattern: pattern.to_string(),
            captures_len: hir.properties().explicit_captures_len() + 1,
            syntax: Arc::new(hir),
            compiled: OnceLock::new(),
        })
    }

    /// The regex as the rule wrote it.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// The pattern as parsed (ASCII classes, bytes).
    pub fn syntax(&self) -> &Hir {
        &self.syntax
    }

    /// Groups including the whole match (group 0).
    pub fn captures_len(&self) -> usize {
        self.captures_len
    }

    /// The compiled regex; `None` only if it parses but exceeds the size limit, in which
    /// case the rule never matches (a rule that large is a bug `rules test` shows).
    pub fn get(&self) -> Option<&Regex> {
        self.compiled
            .get_or_init(|| build(&self.pattern).ok())
            .as_ref()
    }

    pub fn is_match(&self, haystack: &[u8]) -> bool {
        self.get().is_some_and(|r| r.is_match(haystack))
    }
}

/// ASCII classes (`\w`, `\b`) as in gitleaks' RE2, so ported rules mean the same; it also
/// compiles faster and matches inside files that are not valid UTF-8.
pub fn build(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .unicode(false)
        .size_limit(1 << 22)
        .build()
}

#[cfg(test)]
mod tests {
    use super::LazyRegex;

    #[test]
    fn checks_syntax_now_and_compiles_later() {
        assert!(LazyRegex::new("(tok_[a-z]{10)").is_err());
        let lazy = LazyRegex::new(r"key=(\w+)").ok();
        assert_eq!(lazy.as_ref().map(LazyRegex::captures_len), Some(2));
        assert!(lazy.as_ref().is_some_and(|r| r.is_match(b"key=abc")));
        assert!(lazy.is_some_and(|r| !r.is_match(b"nothing")));
    }
}
