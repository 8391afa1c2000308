//! Inline suppressions: the marker followed by a bracketed list of rule ids
//! (`redflag: ignore[rule-a, rule-b]`) in a comment, on the flagged line itself, or alone on
//! the line before it.
//!
//! Suppressions fail closed: a marker that names no rule (no list, an unclosed list, an empty
//! one) silences nothing, and [`malformed`] finds it so that the engine reports it
//! (`redflag.malformed-suppression`). A typo must never turn into "ignore everything".

use crate::report::LineIndex;
use crate::rules::SUPPRESSION_MARKER as MARKER;
use std::collections::HashMap;
use std::ops::Range;

#[derive(Debug, Default)]
pub struct Suppressions {
    /// 0-based line → the rule ids its comment silences, and whether the line is nothing
    /// but that comment (then it also covers the next line).
    markers: HashMap<usize, (Vec<String>, bool)>,
}

/// One marker in a comment, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Marker {
    /// From the marker to the end of what it was read as (the closing `]` when there is one).
    span: Range<usize>,
    /// The rule ids it names; `None` when it is malformed.
    rules: Option<Vec<String>>,
    /// The comment is alone on its line.
    comment_only: bool,
}

impl Suppressions {
    /// The well-formed markers of `text`, in comments that start with one of `comments`
    /// (a language without comment syntax: anywhere on the line).
    pub fn parse(text: &[u8], lines: &LineIndex, comments: &[&str]) -> Self {
        let markers = find_markers(text, comments)
            .filter_map(|m| {
                let rules = m.rules?;
                Some((lines.line_of(m.span.start), (rules, m.comment_only)))
            })
            .collect();
        Suppressions { markers }
    }

    /// Whether `rule_id` is silenced on 0-based `line`.
    pub fn silences(&self, rule_id: &str, line: usize) -> bool {
        let names = |ids: &[String]| ids.iter().any(|id| id == rule_id);
        if self.markers.get(&line).is_some_and(|(ids, _)| names(ids)) {
            return true;
        }
        line > 0
            && self
                .markers
                .get(&(line - 1))
                .is_some_and(|(ids, comment_only)| *comment_only && names(ids))
    }
}

/// The byte spans of markers in comments that name no rule.
pub fn malformed(text: &[u8], comments: &[&str]) -> Vec<Range<usize>> {
    find_markers(text, comments)
        .filter(|m| m.rules.is_none())
        .map(|m| m.span)
        .collect()
}

fn find_markers<'a>(text: &'a [u8], comments: &'a [&'a str]) -> impl Iterator<Item = Marker> + 'a {
    let finder = aho_corasick::AhoCorasick::new([MARKER]).ok();
    let hits: Vec<usize> = finder
        .iter()
        .flat_map(|f| f.find_iter(text).map(|hit| hit.start()))
        .collect();
    hits.into_iter().filter_map(move |start| {
        let line_start = text[..start]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let before = String::from_utf8_lossy(&text[line_start..start]);
        let in_comment = comments.is_empty() || comments.iter().any(|c| before.contains(c));
        if !in_comment {
            return None;
        }
        let comment_only =
            comments.is_empty() || comments.iter().any(|c| before.trim_start().starts_with(c));
        let after_marker = start + MARKER.len();
        let line_end = text[after_marker..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |i| after_marker + i);
        let (rules, end) = rule_list(text, after_marker, line_end);
        Some(Marker {
            span: start..end,
            rules,
            comment_only,
        })
    })
}

/// The ids of `[a, b]` right after the marker and where the list ends; `None` when there is
/// no list, it does not close on this line, or it names nothing.
fn rule_list(text: &[u8], from: usize, line_end: usize) -> (Option<Vec<String>>, usize) {
    if text.get(from) != Some(&b'[') {
        return (None, from);
    }
    let Some(close) = text[from..line_end].iter().position(|&b| b == b']') else {
        let trimmed = text[from..line_end]
            .iter()
            .rposition(|b| !b.is_ascii_whitespace())
            .map_or(from, |i| from + i + 1);
        return (None, trimmed);
    };
    let inside = String::from_utf8_lossy(&text[from + 1..from + close]);
    let ids: Vec<String> = inside
        .split(',')
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty())
        .collect();
    let end = from + close + 1;
    if ids.is_empty() {
        (None, end)
    } else {
        (Some(ids), end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Suppressions {
        Suppressions::parse(text.as_bytes(), &LineIndex::new(text.as_bytes()), &["#"])
    }

    #[test]
    fn same_line_and_comment_line_before_suppress() {
        let s = parse(
            "x = eval(a)  # redflag: ignore[py.eval]\n# redflag: ignore[py.eval, py.exec]\ny = eval(b)\n",
        );
        assert!(s.silences("py.eval", 0));
        assert!(!s.silences("py.anything", 0));
        assert!(s.silences("py.eval", 2));
        assert!(s.silences("py.exec", 2));
        assert!(!s.silences("py.other", 2));
    }

    #[test]
    fn a_trailing_comment_does_not_cover_the_next_line_and_strings_do_not_count() {
        let s = parse(
            "a = 1  # redflag: ignore[py.eval]\nb = eval(x)\nc = 'redflag: ignore[py.eval]'\n",
        );
        assert!(!s.silences("py.eval", 1));
        assert!(!s.silences("py.eval", 2));
    }

    /// Issue 10 #5: a marker with an unclosed rule list, or with none, silenced every rule on
    /// its line. It silences nothing and is reported.
    #[test]
    fn malformed_suppressions_fail_closed_and_are_found() {
        let text = "a = eval(x)  # redflag: ignore\n\
                    # redflag: ignore[py.eval\n\
                    b = eval(y)\n\
                    c = eval(z)  # redflag: ignore[]\n\
                    d = eval(w)  # redflag: ignore [py.eval]\n\
                    e = eval(v)  # redflag: ignore[py.eval]\n\
                    s = 'redflag: ignore'\n";
        let s = parse(text);
        for line in 0..5 {
            assert!(!s.silences("py.eval", line), "line {line}");
            assert!(!s.silences("any.rule", line), "line {line}");
        }
        assert!(s.silences("py.eval", 5));
        let found: Vec<&str> = malformed(text.as_bytes(), &["#"])
            .into_iter()
            .map(|span| &text[span])
            .collect();
        assert_eq!(
            found,
            [
                "redflag: ignore",
                "redflag: ignore[py.eval",
                "redflag: ignore[]",
                "redflag: ignore",
            ]
        );
    }

    #[test]
    fn every_comment_marker_of_a_language_counts() {
        let text = "! redflag: ignore[secret.a]\nkey=value\nk2=v  # redflag: ignore[secret.b]\n";
        let s = Suppressions::parse(
            text.as_bytes(),
            &LineIndex::new(text.as_bytes()),
            &["#", "!"],
        );
        assert!(s.silences("secret.a", 1));
        assert!(s.silences("secret.b", 2));
    }

    #[test]
    fn a_marker_at_the_very_end_of_the_text_is_malformed_not_a_panic() {
        for text in [
            "# redflag: ignore",
            "# redflag: ignore[",
            "# redflag: ignore[a",
        ] {
            assert_eq!(malformed(text.as_bytes(), &["#"]).len(), 1, "{text}");
        }
        assert!(malformed(b"# redflag: ignore[a]", &["#"]).is_empty());
    }
}
