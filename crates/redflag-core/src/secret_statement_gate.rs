//! A tighter test than `secret_value_gate` for rules that declare `named_in_statement`: the
//! value sits in the same statement as the name that says it is a secret (`password = "…"`,
//! `connect(token="…")`, `{"api_key": "…"}`). Such a file needs one statement holding both
//! a literal that `#secret-value?` accepts and a word that every secret name contains.
//!
//! Statements are found by a small lexer that knows strings, comments and brackets: a
//! Python logical line (brackets and `\` continue it), a JSON `"key": "value"` pair. What
//! the lexer cannot follow (an unterminated triple-quoted string) admits the file.

use crate::language::Language;
use crate::secret_name::{is_secret_value, unquote};
use std::ops::Range;

/// Every name `#secret-name?` accepts holds one of these (its secret words, `key`, `pass`),
/// and so do the call names rules match for credentials (`login`, `HTTPBasicAuth`).
const NAME_HINTS: &[&[u8]] = &[
    b"pass", b"pwd", b"secret", b"token", b"cred", b"key", b"auth", b"login",
];

/// Languages this gate understands.
pub fn applies_to(language: Language) -> bool {
    matches!(language, Language::Python | Language::Json)
}

/// Whether some statement of `text` holds both a secret-looking literal and a name hint.
pub fn may_hold_named_secret(language: Language, text: &[u8]) -> bool {
    match language {
        Language::Python => python_statements(text, &mut |statement, literals| {
            literals.iter().any(|l| is_secret_literal(&text[l.clone()])) && has_hint(statement)
        }),
        Language::Json => json_pairs(text),
        _ => true,
    }
}

fn is_secret_literal(literal: &[u8]) -> bool {
    // A value has 8 characters at least, and its quotes come on top.
    literal.len() >= 10 && std::str::from_utf8(literal).is_ok_and(|l| is_secret_value(unquote(l)))
}

fn has_hint(statement: &[u8]) -> bool {
    statement.windows(3).enumerate().any(|(i, w)| {
        NAME_HINTS.iter().any(|hint| {
            hint[..3].eq_ignore_ascii_case(w)
                && statement
                    .get(i..i + hint.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(hint))
        })
    })
}

/// Calls `found` with each Python logical line and the string literals in it, until it
/// returns true. Returns true as well when the lexer loses track (an unterminated
/// triple-quoted string), so the file is parsed.
fn python_statements(text: &[u8], found: &mut dyn FnMut(&[u8], &[Range<usize>]) -> bool) -> bool {
    let mut start = 0;
    let mut depth = 0usize;
    let mut literals = Vec::new();
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'#' => {
                i = memchr(b'\n', text, i).unwrap_or(text.len());
                continue;
            }
            b'\\' => {
                // A continuation line (`\r\n` ends it too), or a stray backslash.
                i += if text.get(i + 1) == Some(&b'\r') {
                    3
                } else {
                    2
                };
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' if depth == 0 => {
                if !literals.is_empty() && found(&text[start..i], &literals) {
                    return true;
                }
                literals.clear();
                start = i + 1;
            }
            b'"' | b'\'' => {
                let Some(end) = python_string_end(text, i) else {
                    return true;
                };
                let prefix = text[..i]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                literals.push(i - prefix..end);
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    !literals.is_empty() && found(&text[start..], &literals)
}

/// The end (exclusive) of the string literal whose opening quote is at `open`; `None` for
/// an unterminated triple-quoted one. A one-line string ends at the line's end at the latest.
fn python_string_end(text: &[u8], open: usize) -> Option<usize> {
    let quote = text[open];
    let triple = text.get(open + 1) == Some(&quote) && text.get(open + 2) == Some(&quote);
    let mut i = open + if triple { 3 } else { 1 };
    while i < text.len() {
        match text[i] {
            b'\\' => i += 1,
            b'\n' if !triple => return Some(i),
            b if b == quote => {
                if !triple {
                    return Some(i + 1);
                }
                if text.get(i + 1) == Some(&quote) && text.get(i + 2) == Some(&quote) {
                    return Some(i + 3);
                }
            }
            _ => {}
        }
        i += 1;
    }
    if triple { None } else { Some(text.len()) }
}

/// Whether the JSON text holds a `"key": "value"` pair whose key has a name hint and whose
/// value looks like a secret (comments, which tree-sitter-json accepts, may sit between).
fn json_pairs(text: &[u8]) -> bool {
    // The last two tokens: a string's span, or a `:`.
    let mut key: Option<Range<usize>> = None;
    let mut colon_after_key = false;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'"' => {
                let mut end = i + 1;
                while end < text.len() && text[end] != b'"' {
                    end += if text[end] == b'\\' { 2 } else { 1 };
                }
                let end = (end + 1).min(text.len());
                if colon_after_key
                    && let Some(k) = key.take()
                    && has_hint(&text[k])
                    && is_secret_literal(&text[i..end])
                {
                    return true;
                }
                key = Some(i..end);
                colon_after_key = false;
                i = end;
                continue;
            }
            b':' if key.is_some() => colon_after_key = true,
            b'/' if text.get(i + 1) == Some(&b'/') => {
                i = memchr(b'\n', text, i).unwrap_or(text.len());
                continue;
            }
            b'/' if text.get(i + 1) == Some(&b'*') => {
                i = find(text, i + 2, b"*/").map_or(text.len(), |e| e + 2);
                continue;
            }
            b if b.is_ascii_whitespace() => {}
            _ => {
                key = None;
                colon_after_key = false;
            }
        }
        i += 1;
    }
    false
}

fn memchr(needle: u8, text: &[u8], from: usize) -> Option<usize> {
    text[from..]
        .iter()
        .position(|&b| b == needle)
        .map(|p| from + p)
}

fn find(text: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    text.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::may_hold_named_secret;
    use crate::language::Language::{Json, Python};

    #[test]
    fn python_statements_with_a_name_and_a_value_are_kept() {
        for text in [
            "password = \"Zx8kQ2vLm9pR\"\n",
            "api_key: str = 'Zx8kQ2vLm9pR'\n",
            "conn = connect(\n    host='db',\n    password='Zx8kQ2vLm9pR',\n)\n",
            "CONFIG = {\n    \"db\": {\n        \"token\": \"Zx8kQ2vLm9pR\",\n    },\n}\n",
            "def login(user, passwd=\"Zx8kQ2vLm9pR\"):\n    pass\n",
            "smtp.login(user, \\\n    \"Zx8kQ2vLm9pR\")\n",
            "x = '''a\nb''' ; secret = b\"Zx8kQ2vLm9pR\"\n",
        ] {
            assert!(may_hold_named_secret(Python, text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn python_names_and_values_in_different_statements_are_skipped() {
        for text in [
            "password = os.environ['DB_PASSWORD']\nversion = \"Zx8kQ2vLm9pR\"\n",
            "# the api key lives in the vault\nchecksum = 'Zx8kQ2vLm9pR'\n",
            "doc = \"\"\"password:\nsee the manual\"\"\"\nvalue = 'Zx8kQ2vLm9pR'\n",
            "token = get_token()\n",
        ] {
            assert!(!may_hold_named_secret(Python, text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn an_unterminated_python_string_admits_the_file() {
        assert!(may_hold_named_secret(Python, b"x = \"\"\"never closed\n"));
    }

    #[test]
    fn json_pairs_need_a_secret_name_key() {
        assert!(may_hold_named_secret(
            Json,
            br#"{"apiKey": "Zx8kQ2vLm9pR"}"#
        ));
        assert!(may_hold_named_secret(
            Json,
            b"{\"auth\" /* c */ :\n \"Zx8kQ2vLm9pR\"}"
        ));
        assert!(!may_hold_named_secret(Json, br#"{"sha": "Zx8kQ2vLm9pR"}"#));
        assert!(!may_hold_named_secret(
            Json,
            br#"["token", "Zx8kQ2vLm9pR"]"#
        ));
    }
}
