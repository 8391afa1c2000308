//! Inline suppressions: `redflag: ignore` or `redflag: ignore[rule-a, rule-b]` in a comment,
//! on the flagged line itself, or alone on the line before it.

use crate::report::LineIndex;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Scope {
    AllRules,
    Rules(Vec<String>),
}

#[derive(Debug, Default)]
pub struct Suppressions {
    /// 0-based line → what the comment on that line silences, and whether the line is
    /// nothing but that comment (then it also covers the next line).
    markers: HashMap<usize, (Scope, bool)>,
}

const MARKER: &[u8] = b"redflag: ignore";

impl Suppressions {
    pub fn parse(text: &[u8], lines: &LineIndex, comment: Option<&str>) -> Self {
        let mut markers = HashMap::new();
        let finder = aho_corasick::AhoCorasick::new([MARKER]);
        let Ok(finder) = finder else {
            return Suppressions { markers };
        };
        for hit in finder.find_iter(text) {
            let line = lines.line_of(hit.start());
            let Some(range) = lines.line_range(text, line) else {
                continue;
            };
            let before = String::from_utf8_lossy(&text[range.start..hit.start()]);
            let in_comment = match comment {
                Some(token) => before.contains(token),
                None => true,
            };
            if !in_comment {
                continue;
            }
            let comment_only = comment.is_none_or(|token| before.trim_start().starts_with(token));
            let after = String::from_utf8_lossy(&text[hit.end()..range.end]);
            markers.insert(line, (scope(&after), comment_only));
        }
        Suppressions { markers }
    }

    /// Whether `rule_id` is silenced on 0-based `line`.
    pub fn silences(&self, rule_id: &str, line: usize) -> bool {
        let covers = |scope: &Scope| match scope {
            Scope::AllRules => true,
            Scope::Rules(ids) => ids.iter().any(|id| id == rule_id),
        };
        if self
            .markers
            .get(&line)
            .is_some_and(|(scope, _)| covers(scope))
        {
            return true;
        }
        line > 0
            && self
                .markers
                .get(&(line - 1))
                .is_some_and(|(scope, comment_only)| *comment_only && covers(scope))
    }
}

fn scope(after_marker: &str) -> Scope {
    let Some(list) = after_marker.strip_prefix('[') else {
        return Scope::AllRules;
    };
    let Some((inside, _)) = list.split_once(']') else {
        return Scope::AllRules;
    };
    Scope::Rules(
        inside
            .split(',')
            .map(|id| id.trim().to_string())
            .filter(|id| !id.is_empty())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Suppressions {
        Suppressions::parse(text.as_bytes(), &LineIndex::new(text.as_bytes()), Some("#"))
    }

    #[test]
    fn same_line_and_comment_line_before_suppress() {
        let s = parse(
            "x = eval(a)  # redflag: ignore\n# redflag: ignore[py.eval, py.exec]\ny = eval(b)\n",
        );
        assert!(s.silences("py.anything", 0));
        assert!(s.silences("py.eval", 2));
        assert!(!s.silences("py.other", 2));
    }

    #[test]
    fn a_trailing_comment_does_not_cover_the_next_line_and_strings_do_not_count() {
        let s = parse("a = 1  # redflag: ignore\nb = eval(x)\nc = 'redflag: ignore'\n");
        assert!(!s.silences("py.eval", 1));
        assert!(!s.silences("py.eval", 2));
    }
}
