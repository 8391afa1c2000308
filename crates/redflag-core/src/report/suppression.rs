//! Inline suppressions: the marker, a bracketed list of rule ids, an optional expiry and an
//! optional reason, in a comment on the flagged line itself or alone on the line before it:
//! `redflag: ignore[rule-a, rule-b] until=2027-03-01 -- the reason, to the end of the comment`.
//!
//! A marker quoted in backticks (`` `redflag: ignore[x]` ``) is an example in documentation,
//! not a suppression.
//!
//! Suppressions fail closed. A bare marker (no list) silences nothing and is reported
//! (`redflag.suppress-all`); a list that does not close, names nothing, or is followed by an
//! `until=` that is not a real date silences nothing and is reported
//! (`redflag.malformed-suppression`). A typo must never turn into "ignore everything". A
//! suppression whose expiry has passed silences nothing either (`redflag.expired-suppression`),
//! and one that silences no finding is reported as unused (`redflag.unused-suppression`).

use crate::report::LineIndex;
use crate::report::date::Date;
use crate::rules::SUPPRESSION_MARKER as MARKER;
use std::collections::HashMap;
use std::ops::Range;

/// One marker in a comment, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// From the marker to the end of what it was read as (the end of its reason when it
    /// has one, else its expiry, else the closing `]`).
    pub span: Range<usize>,
    /// What a quick fix deletes to remove the marker: the whole line when the comment is
    /// nothing but the marker and alone on its line, else the comment (or just the marker).
    pub removal: Range<usize>,
    pub kind: MarkerKind,
    /// The comment is alone on its line (then it also covers the next line).
    pub comment_only: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkerKind {
    /// No rule list: `redflag: ignore`.
    SuppressAll,
    /// A list that does not close on its line, names nothing, or a bad `until=`.
    Malformed,
    Rules(RuleList),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleList {
    /// Each id named, with its byte span (for a fix that removes one id from the list).
    pub ids: Vec<(String, Range<usize>)>,
    /// The text after ` -- `, trimmed; `None` when there is none.
    pub reason: Option<String>,
    pub until: Option<Date>,
}

impl Marker {
    pub fn rules(&self) -> Option<&RuleList> {
        match &self.kind {
            MarkerKind::Rules(list) => Some(list),
            MarkerKind::SuppressAll | MarkerKind::Malformed => None,
        }
    }
}

impl RuleList {
    /// Whether the expiry is before `today` (a suppression is good through its `until` day).
    pub fn expired(&self, today: Date) -> bool {
        self.until.is_some_and(|until| until < today)
    }
}

/// Which marker and which of its ids silenced a finding.
pub type Use = (usize, usize);

#[derive(Debug, Default)]
pub struct Suppressions {
    pub markers: Vec<Marker>,
    /// 0-based line → indexes into `markers` of well-formed markers in effect on it.
    by_line: HashMap<usize, Vec<usize>>,
}

impl Suppressions {
    /// The markers of `text` in comments that start with one of `comments` (a language
    /// without comment syntax: anywhere on the line). Markers expired before `today` are
    /// kept in `markers` but silence nothing.
    pub fn parse(text: &[u8], lines: &LineIndex, comments: &[&str], today: Date) -> Self {
        let markers: Vec<Marker> = find_markers(text, comments).collect();
        let mut by_line: HashMap<usize, Vec<usize>> = HashMap::new();
        for (index, marker) in markers.iter().enumerate() {
            let Some(list) = marker.rules() else { continue };
            if list.expired(today) {
                continue;
            }
            let line = lines.line_of(marker.span.start);
            by_line.entry(line).or_default().push(index);
            if marker.comment_only {
                by_line.entry(line + 1).or_default().push(index);
            }
        }
        Suppressions { markers, by_line }
    }

    /// The marker and id that silence `rule_id` on 0-based `line`, if one does.
    pub fn silencing(&self, rule_id: &str, line: usize) -> Option<Use> {
        self.by_line.get(&line)?.iter().find_map(|&marker| {
            let list = self.markers[marker].rules()?;
            let id = list.ids.iter().position(|(id, _)| id == rule_id)?;
            Some((marker, id))
        })
    }

    /// Whether `rule_id` is silenced on 0-based `line`.
    pub fn silences(&self, rule_id: &str, line: usize) -> bool {
        self.silencing(rule_id, line).is_some()
    }
}

/// Every marker in `text`'s comments, well-formed or not.
pub fn markers(text: &[u8], comments: &[&str]) -> Vec<Marker> {
    find_markers(text, comments).collect()
}

/// The byte spans of markers in comments that name no rule or cannot be read.
pub fn malformed(text: &[u8], comments: &[&str]) -> Vec<Range<usize>> {
    find_markers(text, comments)
        .filter(|m| m.kind == MarkerKind::Malformed)
        .map(|m| m.span)
        .collect()
}

/// The byte spans of bare markers (no rule list).
pub fn suppress_all(text: &[u8], comments: &[&str]) -> Vec<Range<usize>> {
    find_markers(text, comments)
        .filter(|m| m.kind == MarkerKind::SuppressAll)
        .map(|m| m.span)
        .collect()
}

/// Whether `text` holds the marker at all (most files do not).
pub fn any_marker(text: &[u8]) -> bool {
    text.windows(MARKER.len()).any(|w| w == MARKER)
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
        // A marker quoted in backticks is an example in documentation, not a suppression.
        if start > 0 && text[start - 1] == b'`' {
            return None;
        }
        let before = String::from_utf8_lossy(&text[line_start..start]);
        // Where the comment starts: its last opener before the marker (in bytes: the lossy
        // text's offsets differ where the line is not UTF-8).
        let line_before = &text[line_start..start];
        let opener = comments
            .iter()
            .filter_map(|c| {
                let c = c.as_bytes();
                (!c.is_empty() && line_before.len() >= c.len())
                    .then(|| line_before.windows(c.len()).rposition(|w| w == c))
                    .flatten()
                    .map(|at| (at, c.len()))
            })
            .max();
        if !comments.is_empty() && opener.is_none() {
            return None;
        }
        let comment_only =
            comments.is_empty() || comments.iter().any(|c| before.trim_start().starts_with(c));
        let after_marker = start + MARKER.len();
        let line_end = text[after_marker..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |i| after_marker + i);
        let (kind, end) = read_list(text, after_marker, line_end);
        let removal = removal(text, line_start, start, end, line_end, opener, comment_only);
        Some(Marker {
            span: start..end,
            removal,
            kind,
            comment_only,
        })
    })
}

/// What deleting the marker removes. `opener` is the comment opener's offset in the line
/// before the marker and its length.
fn removal(
    text: &[u8],
    line_start: usize,
    start: usize,
    end: usize,
    line_end: usize,
    opener: Option<(usize, usize)>,
    comment_only: bool,
) -> Range<usize> {
    let rest_is_blank = text[end..line_end]
        .iter()
        .all(|b| b.is_ascii_whitespace() || b"*/->".contains(b));
    let Some((at, len)) = opener else {
        return start..end;
    };
    let comment_start = line_start + at;
    let only_marker_in_comment = text[comment_start + len..start]
        .iter()
        .all(u8::is_ascii_whitespace)
        && rest_is_blank;
    if !only_marker_in_comment {
        return start..end;
    }
    if comment_only {
        let next_line = (line_end + 1).min(text.len());
        return line_start..next_line;
    }
    let mut from = comment_start;
    while from > line_start && matches!(text[from - 1], b' ' | b'\t') {
        from -= 1;
    }
    // The line's own end (a CR stays).
    let mut to = line_end;
    if to > end && text.get(to - 1) == Some(&b'\r') {
        to -= 1;
    }
    from..to
}

/// Reads what follows the marker: `[ids]`, then optional `until=YYYY-MM-DD` and `-- reason`.
fn read_list(text: &[u8], from: usize, line_end: usize) -> (MarkerKind, usize) {
    let spaces = text[from..line_end]
        .iter()
        .take_while(|b| **b == b' ' || **b == b'\t')
        .count();
    if text.get(from + spaces) != Some(&b'[') || from + spaces >= line_end {
        return (MarkerKind::SuppressAll, from);
    }
    if spaces > 0 {
        // `redflag: ignore [x]`: a list, but not where it must be.
        return (MarkerKind::Malformed, trimmed_end(text, from, line_end));
    }
    let Some(close) = text[from..line_end].iter().position(|&b| b == b']') else {
        return (MarkerKind::Malformed, trimmed_end(text, from, line_end));
    };
    let list_end = from + close + 1;
    let mut ids = Vec::new();
    let mut at = from + 1;
    for part in text[from + 1..from + close].split(|&b| b == b',') {
        let lead = part.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let id = String::from_utf8_lossy(part).trim().to_string();
        if !id.is_empty() {
            ids.push((id.clone(), at + lead..at + lead + id.len()));
        }
        at += part.len() + 1;
    }
    if ids.is_empty() {
        return (MarkerKind::Malformed, list_end);
    }
    let tail_end = trimmed_end(text, list_end, line_end);
    let tail_end = strip_closer(text, list_end, tail_end);
    let tail = String::from_utf8_lossy(&text[list_end..tail_end]).into_owned();
    let (head, reason) = match tail.find("--") {
        Some(at) => (&tail[..at], Some(tail[at + 2..].trim())),
        None => (tail.as_str(), None),
    };
    let mut until = None;
    for word in head.split_whitespace() {
        match word.strip_prefix("until=") {
            Some(date) => match Date::parse(date) {
                Some(date) => until = Some(date),
                None => return (MarkerKind::Malformed, tail_end),
            },
            // Free text without `--` is no reason, and is not read as anything.
            None => continue,
        }
    }
    let end = if reason.is_some() || until.is_some() {
        tail_end
    } else {
        list_end
    };
    let reason = reason.filter(|r| !r.is_empty()).map(str::to_string);
    (MarkerKind::Rules(RuleList { ids, reason, until }), end)
}

fn trimmed_end(text: &[u8], from: usize, line_end: usize) -> usize {
    text[from..line_end]
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(from, |i| from + i + 1)
}

/// Drops a block comment's closer (`*/`, `-->`) from the end of a marker's tail.
fn strip_closer(text: &[u8], from: usize, end: usize) -> usize {
    for closer in [&b"*/"[..], b"-->"] {
        if end >= from + closer.len() && &text[end - closer.len()..end] == closer {
            return trimmed_end(text, from, end - closer.len());
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn far_past() -> Date {
        Date::from_unix_days(0)
    }

    fn parse(text: &str) -> Suppressions {
        Suppressions::parse(
            text.as_bytes(),
            &LineIndex::new(text.as_bytes()),
            &["#"],
            far_past(),
        )
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
        assert_eq!(s.silencing("py.exec", 2), Some((1, 1)));
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
    /// its line. It silences nothing and is reported: the bare form as suppress-all.
    #[test]
    fn malformed_suppressions_fail_closed_and_are_found() {
        let text = "a = eval(x)  # redflag: ignore\n\
                    # redflag: ignore[py.eval\n\
                    b = eval(y)\n\
                    c = eval(z)  # redflag: ignore[]\n\
                    d = eval(w)  # redflag: ignore [py.eval]\n\
                    e = eval(v)  # redflag: ignore[py.eval]\n\
                    s = 'redflag: ignore'\n\
                    f = eval(u)  # redflag: ignore[py.eval] until=2027-02-30 -- bad date\n";
        let s = parse(text);
        for line in [0, 1, 2, 3, 4, 7] {
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
                "redflag: ignore[py.eval",
                "redflag: ignore[]",
                "redflag: ignore [py.eval]",
                "redflag: ignore[py.eval] until=2027-02-30 -- bad date",
            ]
        );
        let bare: Vec<&str> = suppress_all(text.as_bytes(), &["#"])
            .into_iter()
            .map(|span| &text[span])
            .collect();
        assert_eq!(bare, ["redflag: ignore"]);
    }

    #[test]
    fn reasons_and_expiries_are_read() {
        let text = "a = 1  # redflag: ignore[x.a, x.b] until=2027-03-01 -- reviewed by sec\n\
                    b = 2  // redflag: ignore[x.c] -- only a reason */\n\
                    c = 3  # redflag: ignore[x.d] free text is no reason\n";
        let found = markers(text.as_bytes(), &["#", "//"]);
        assert!(markers(b"# write `redflag: ignore[x]` here", &["#"]).is_empty());
        let lists: Vec<&RuleList> = found.iter().filter_map(Marker::rules).collect();
        assert_eq!(lists.len(), 3);
        assert_eq!(lists[0].reason.as_deref(), Some("reviewed by sec"));
        assert_eq!(
            lists[0].until.map(|d| d.to_string()).as_deref(),
            Some("2027-03-01")
        );
        assert_eq!(lists[0].ids.len(), 2);
        assert_eq!(&text[lists[0].ids[1].1.clone()], "x.b");
        assert_eq!(lists[1].reason.as_deref(), Some("only a reason"));
        assert_eq!(lists[2].reason, None);
        assert!(text[found[0].span.clone()].ends_with("reviewed by sec"));
        assert!(text[found[2].span.clone()].ends_with("[x.d]"));
    }

    #[test]
    fn an_expired_suppression_silences_nothing() {
        let text = "a = eval(x)  # redflag: ignore[py.eval] until=2020-01-01 -- old\n";
        let lines = LineIndex::new(text.as_bytes());
        let today = Date::parse("2021-06-01").unwrap_or(far_past());
        let s = Suppressions::parse(text.as_bytes(), &lines, &["#"], today);
        assert!(!s.silences("py.eval", 0));
        assert!(s.markers[0].rules().is_some_and(|l| l.expired(today)));
        let on_the_day = Date::parse("2020-01-01").unwrap_or(far_past());
        let s = Suppressions::parse(text.as_bytes(), &lines, &["#"], on_the_day);
        assert!(s.silences("py.eval", 0));
    }

    #[test]
    fn removal_takes_the_comment_or_the_line() {
        let text = "x = 1  # redflag: ignore[a] -- why\n# redflag: ignore[b]\ny = 2\nz = 3  # noqa redflag: ignore[c]\n";
        let found = markers(text.as_bytes(), &["#"]);
        let removed: Vec<&str> = found.iter().map(|m| &text[m.removal.clone()]).collect();
        assert_eq!(
            removed,
            [
                "  # redflag: ignore[a] -- why",
                "# redflag: ignore[b]\n",
                "redflag: ignore[c]"
            ]
        );
    }

    /// Found by the fuzz tests: a byte that is not UTF-8 before the marker moved the comment's
    /// start in the lossy text past the marker (a slice panic).
    #[test]
    fn a_line_that_is_not_utf8_before_the_marker_does_not_panic() {
        let text = b"x = '\x80\x80'  # redflag: ignore[a] -- why\n";
        let found = markers(text, &["#"]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &text[found[0].removal.clone()],
            b"  # redflag: ignore[a] -- why"
        );
    }

    #[test]
    fn every_comment_marker_of_a_language_counts() {
        let text = "! redflag: ignore[secret.a]\nkey=value\nk2=v  # redflag: ignore[secret.b]\n";
        let s = Suppressions::parse(
            text.as_bytes(),
            &LineIndex::new(text.as_bytes()),
            &["#", "!"],
            far_past(),
        );
        assert!(s.silences("secret.a", 1));
        assert!(s.silences("secret.b", 2));
    }

    #[test]
    fn a_marker_at_the_very_end_of_the_text_is_malformed_not_a_panic() {
        assert_eq!(suppress_all(b"# redflag: ignore", &["#"]).len(), 1);
        for text in ["# redflag: ignore[", "# redflag: ignore[a"] {
            assert_eq!(malformed(text.as_bytes(), &["#"]).len(), 1, "{text}");
        }
        assert!(malformed(b"# redflag: ignore[a]", &["#"]).is_empty());
        assert!(markers(b"# redflag: ignore[a] until=", &["#"]).len() == 1);
    }
}
