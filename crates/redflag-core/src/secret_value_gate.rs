//! A cheap test, before parsing, of whether a file holds any string literal that
//! `#secret-value?` could accept. Most files that mention `password` or `token` hold no
//! secret-looking value at all, and parsing them to find out is the most expensive step of a
//! scan; a generic secret rule whose every pattern checks its value skips those files.
//!
//! A value `is_secret_value` accepts is 8 to 512 printable ASCII characters without
//! whitespace, so it lies inside one run of printable ASCII. In a literal it starts after the
//! opening quote or after spaces (leading ones, or those after an auth scheme such as
//! `Bearer `) and ends at the closing delimiter or at trailing spaces. Trying those stretches
//! finds every value the predicate could be given, in a time linear in the text.

use crate::language::Language;
use crate::secret_name::{AUTH_SCHEMES, is_secret_value};
use std::ops::Range;

const MIN_LEN: usize = 8;
const MAX_LEN: usize = 512;

/// Languages whose secret values are always quoted literals, so the stretches above cover
/// them (in YAML, `.env` or INI a value may follow `=` or `:` unquoted).
pub fn applies_to(language: Language) -> bool {
    matches!(language, Language::Python | Language::Rust | Language::Json)
}

/// Whether some stretch of `text` that could be a literal's value passes `is_secret_value`.
pub fn may_hold_secret_value(text: &[u8]) -> bool {
    let mut start = 0;
    while start < text.len() {
        let end = text[start..]
            .iter()
            .position(|&b| !b.is_ascii_graphic())
            .map_or(text.len(), |n| start + n);
        if end - start >= MIN_LEN && run_holds_secret_value(text, start..end) {
            return true;
        }
        start = end + 1;
    }
    false
}

/// Checks one run of printable ASCII, `text[run]`, with what surrounds it: a value may
/// reach the run's start only if a quote (and perhaps an auth scheme) comes before it, and
/// the run's end only if a quote follows.
fn run_holds_secret_value(text: &[u8], span: Range<usize>) -> bool {
    let run = &text[span.clone()];
    let accepts = |start: usize, end: usize| {
        (MIN_LEN..=MAX_LEN).contains(&(end - start))
            && std::str::from_utf8(&run[start..end]).is_ok_and(is_secret_value)
    };
    let is_quote = |i: &usize| matches!(run[*i], b'"' | b'\'');
    let opens_before = quote_before(&text[..span.start]);
    let closes_after = text[span.end..]
        .iter()
        .find(|b| b.is_ascii_graphic())
        .is_some_and(|b| matches!(b, b'"' | b'\''));
    if opens_before {
        let window = 0..run.len().min(MAX_LEN + 1);
        if window.filter(is_quote).any(|end| accepts(0, end))
            || (closes_after && accepts(0, run.len()))
        {
            return true;
        }
    }
    (0..run.len()).filter(is_quote).any(|open| {
        let start = open + 1;
        closings(run, open).any(|end| accepts(start, end))
            || (closes_after && accepts(start, run.len()))
    })
}

/// Whether the text before a run ends, spaces aside, in a quote or in a quote and an
/// authorization scheme (`"Bearer `, `" Bearer `).
fn quote_before(before: &[u8]) -> bool {
    let ends_in_quote = |word: &[u8]| matches!(word.last(), Some(b'"' | b'\''));
    let is_scheme = |word: &[u8]| {
        AUTH_SCHEMES
            .iter()
            .any(|scheme| word.eq_ignore_ascii_case(scheme.trim_end().as_bytes()))
    };
    let mut words = before
        .rsplit(|b| !b.is_ascii_graphic())
        .filter(|w| !w.is_empty());
    let Some(last) = words.next() else {
        return false;
    };
    if ends_in_quote(last) {
        return true;
    }
    let quoted_scheme = matches!(last.first(), Some(b'"' | b'\'')) && is_scheme(&last[1..]);
    quoted_scheme || (is_scheme(last) && words.next().is_some_and(ends_in_quote))
}

/// Where the literal opened by the quote at `open` may end: the next unescaped quote of the
/// same kind, or (when it opens `"""` or Rust's `r#"`, which may hold bare quotes) the next
/// `"""` or `"#`.
fn closings(run: &[u8], open: usize) -> impl Iterator<Item = usize> + '_ {
    let quote = run[open];
    let limit = run.len().min(open + 1 + MAX_LEN);
    let same = move |i: &usize| run[*i] == quote;
    let escaped = |i: usize| run[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1;
    let triple = open >= 2 && run[open - 2] == quote && run[open - 1] == quote;
    let raw = open >= 1 && run[open - 1] == b'#';
    let plain = (open + 1..limit).filter(same).find(|&i| !escaped(i));
    let long = (open + 1..limit).filter(same).find(move |&i| {
        (triple && run.get(i + 1) == Some(&quote) && run.get(i + 2) == Some(&quote))
            || (raw && run.get(i + 1) == Some(&b'#'))
    });
    plain.into_iter().chain(long)
}

#[cfg(test)]
mod tests {
    use super::may_hold_secret_value;

    #[test]
    fn finds_values_in_every_literal_form() {
        for text in [
            r#"password = "Zx8kQ2vLm9pR""#,
            r##"let key = r#"Zx8kQ2vLm9pR"#;"##,
            r#"token = b'Zx8kQ2vLm9pR'"#,
            r#"{"apiKey":"Zx8kQ2vLm9pR","n":1}"#,
            r#"auth = "Bearer Zx8kQ2vLm9pR""#,
            r#"auth = "  bearer   Zx8kQ2vLm9pR ""#,
            r#"secret = """Zx8kQ2vLm9pR"""
"#,
            r#"pwd = "  Zx8kQ2vLm9pR  ""#,
            r#"pwd = "Zx8k'Q2vLm9pR""#,
            r#"pwd = "Zx8k\"Q2vLm9pR""#,
            r##"let key = r#"Zx8k"Q2vLm9pR"#;"##,
            r#"secret = """Zx8k"Q2vLm9pR"""
"#,
        ] {
            assert!(may_hold_secret_value(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn files_without_a_secret_looking_value_are_skipped() {
        for text in [
            r#"password = os.environ["DB_PASSWORD"]"#,
            r#"token = "changeme""#,
            r#"api_key = "<your-api-key>""#,
            "# the token is read from the keyring\n",
            r#"let secret = std::env::var("APP_SECRET")?;"#,
        ] {
            assert!(!may_hold_secret_value(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn long_runs_of_quotes_stay_linear_in_the_value_length() {
        let minified = r#"{"a":"b","#.repeat(10_000);
        assert!(!may_hold_secret_value(minified.as_bytes()));
    }
}
