//! Cheap tests, before parsing, for rules whose every pattern checks a literal with
//! `#secret-value?`. Most files that mention `password` or `token` hold no secret-looking
//! literal at all, and parsing them to find out is the most expensive step of a scan.
//!
//! - [`may_hold_secret_value`]: some string literal could pass `#secret-value?`.
//! - [`may_hold_named_secret`], for rules that declare `named_in_statement` (the value sits in
//!   the statement of the name that says it is a secret: `password = "…"`,
//!   `connect(token="…")`, `{"api_key": "…"}`): some statement holds such a literal with a
//!   word every secret name contains before it.
//!
//! Statements and literals come from a small lexer that knows strings, comments and
//! brackets: a Python logical line (brackets and `\` continue it), a Rust stretch between
//! `;`, `{` and `}` outside parentheses and square brackets (so a call's arguments, closures
//! included, stay whole), a JSON stretch between `,`, braces and square brackets (so a
//! `"key": "value"` pair is one). What the lexer cannot follow (an unterminated string)
//! admits the file.

use crate::language::Language;
use crate::secret_name::{is_secret_value, unquote};
use aho_corasick::AhoCorasick;
use std::ops::Range;
use std::sync::OnceLock;

/// Every name `#secret-name?` accepts holds one of these (its secret words, `key`, `pass`),
/// and so do the call names rules match for credentials (`login`, `HTTPBasicAuth`).
const NAME_HINTS: &[&[u8]] = &[
    b"pass", b"pwd", b"secret", b"token", b"cred", b"key", b"auth", b"login",
];

/// Languages the lexer understands.
pub fn applies_to(language: Language) -> bool {
    matches!(language, Language::Python | Language::Rust | Language::Json)
}

/// Whether some string literal of `text` looks like a secret.
pub fn may_hold_secret_value(language: Language, text: &[u8]) -> bool {
    statements(language, text, &mut |_, literals| {
        literals.iter().any(|l| is_secret_literal(&text[l.clone()]))
    })
}

/// Whether some statement of `text` holds both a secret-looking literal and a name hint.
pub fn may_hold_named_secret(language: Language, text: &[u8]) -> bool {
    statements(language, text, &mut |start, literals| {
        named_secret_in(text, start, literals)
    })
}

/// Calls `found` with the start of each statement and the string literals in it, until it
/// returns true. Returns true as well when the lexer loses track (an unterminated string) or
/// does not know the language, so the file is parsed.
fn statements(language: Language, text: &[u8], found: &mut Found) -> bool {
    match language {
        Language::Python => python_statements(text, found),
        Language::Rust => rust_statements(text, found),
        Language::Json => json_statements(text, found),
        _ => true,
    }
}

type Found<'a> = dyn FnMut(usize, &[Range<usize>]) -> bool + 'a;

/// Whether one of a statement's literals looks like a secret and a name hint comes before
/// it in the statement (in every pattern, the name precedes the value). The last such
/// literal has the most text before it, so only that one needs the hint search.
fn named_secret_in(text: &[u8], start: usize, literals: &[Range<usize>]) -> bool {
    literals
        .iter()
        .rev()
        .find(|l| is_secret_literal(&text[(*l).clone()]))
        .is_some_and(|l| has_hint(&text[start..l.start]))
}

fn is_secret_literal(literal: &[u8]) -> bool {
    // A value has 8 characters at least, and its quotes come on top.
    literal.len() >= 10 && std::str::from_utf8(literal).is_ok_and(|l| is_secret_value(unquote(l)))
}

fn has_hint(statement: &[u8]) -> bool {
    static HINTS: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    HINTS
        .get_or_init(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(NAME_HINTS)
                .ok()
        })
        .as_ref()
        .is_none_or(|hints| hints.is_match(statement))
}

/// [`statements`] for Python: logical lines.
fn python_statements(text: &[u8], found: &mut Found) -> bool {
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
                if !literals.is_empty() && found(start, &literals) {
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
    !literals.is_empty() && found(start, &literals)
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

/// [`statements`] for Rust: they end at `;`, `{` and `}` outside parentheses and square
/// brackets.
fn rust_statements(text: &[u8], found: &mut Found) -> bool {
    let mut start = 0;
    let mut depth = 0usize;
    let mut literals = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let next = text.get(i + 1).copied();
        match text[i] {
            b'/' if next == Some(b'/') => {
                i = memchr(b'\n', text, i).unwrap_or(text.len());
                continue;
            }
            b'/' if next == Some(b'*') => {
                i = rust_block_comment_end(text, i);
                continue;
            }
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b';' | b'{' | b'}' if depth == 0 => {
                if !literals.is_empty() && found(start, &literals) {
                    return true;
                }
                literals.clear();
                start = i + 1;
            }
            b'\'' => {
                i = rust_char_end(text, i);
                continue;
            }
            b'"' | b'r' => {
                let Some(literal) = rust_string_at(text, i) else {
                    i += 1;
                    continue;
                };
                let Some(literal) = literal else {
                    return true; // unterminated
                };
                i = literal.end;
                literals.push(literal);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    !literals.is_empty() && found(start, &literals)
}

/// The string literal starting at `i` (`"…"`, `r#"…"#`, with a `b`/`c` prefix before it):
/// `None` if no literal starts here, `Some(None)` if it never ends.
fn rust_string_at(text: &[u8], i: usize) -> Option<Option<Range<usize>>> {
    let ident_before =
        |at: usize| at > 0 && (text[at - 1].is_ascii_alphanumeric() || text[at - 1] == b'_');
    let (raw, open) = if text[i] == b'"' {
        (None, i)
    } else {
        // `r`, then hashes, then a quote; `r` must start a token (or follow `b`/`c`).
        let hashes_from = if text[i] == b'r' { i + 1 } else { return None };
        let prefix_ok = !ident_before(i)
            || (i > 0 && matches!(text[i - 1], b'b' | b'c') && !ident_before(i - 1));
        let hashes = text[hashes_from..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        let quote = hashes_from + hashes;
        if !prefix_ok || text.get(quote) != Some(&b'"') {
            return None;
        }
        (Some(hashes), quote)
    };
    // From the `r` of a raw string, so `unquote` sees its hashes on both sides.
    let start = if raw.is_some() { i } else { open };
    let mut j = open + 1;
    while j < text.len() {
        match (text[j], raw) {
            (b'\\', None) => j += 1,
            (b'"', None) => return Some(Some(start..j + 1)),
            (b'"', Some(hashes)) => {
                let closing = text[j + 1..]
                    .iter()
                    .take(hashes)
                    .take_while(|&&b| b == b'#')
                    .count();
                if closing == hashes {
                    return Some(Some(start..j + 1 + hashes));
                }
            }
            _ => {}
        }
        j += 1;
    }
    Some(None)
}

/// Past a `'`: a char literal (`'a'`, `'\''`, `'é'`) or just the quote of a lifetime.
fn rust_char_end(text: &[u8], i: usize) -> usize {
    if text.get(i + 1) == Some(&b'\\') {
        // An escape: the literal ends at the next quote after the escaped character.
        return memchr(b'\'', text, i + 3).map_or(i + 1, |e| e + 1);
    }
    let width = text.get(i + 1).map_or(1, |&b| match b {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    });
    if text.get(i + 1 + width) == Some(&b'\'') {
        i + 2 + width
    } else {
        i + 1
    }
}

/// Past a (possibly nested) `/* … */` comment starting at `i`.
fn rust_block_comment_end(text: &[u8], mut i: usize) -> usize {
    let mut nesting = 0usize;
    while i + 1 < text.len() {
        match (text[i], text[i + 1]) {
            (b'/', b'*') => {
                nesting += 1;
                i += 2;
            }
            (b'*', b'/') => {
                nesting -= 1;
                i += 2;
                if nesting == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    text.len()
}

/// [`statements`] for JSON: they end at `,`, braces and square brackets, so a pair is one
/// (comments, which tree-sitter-json accepts, are skipped).
fn json_statements(text: &[u8], found: &mut Found) -> bool {
    let mut start = 0;
    let mut literals = Vec::new();
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'"' => {
                let mut end = i + 1;
                while end < text.len() && text[end] != b'"' {
                    end += if text[end] == b'\\' { 2 } else { 1 };
                }
                if end >= text.len() {
                    return true; // unterminated
                }
                literals.push(i..end + 1);
                i = end + 1;
                continue;
            }
            b',' | b'{' | b'}' | b'[' | b']' => {
                if !literals.is_empty() && found(start, &literals) {
                    return true;
                }
                literals.clear();
                start = i + 1;
            }
            b'/' if text.get(i + 1) == Some(&b'/') => {
                i = memchr(b'\n', text, i).unwrap_or(text.len());
                continue;
            }
            b'/' if text.get(i + 1) == Some(&b'*') => {
                i = find(text, i + 2, b"*/").map_or(text.len(), |e| e + 2);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    !literals.is_empty() && found(start, &literals)
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
    use super::{may_hold_named_secret, may_hold_secret_value};
    use crate::language::Language::{Json, Python, Rust};

    #[test]
    fn secret_values_are_found_in_every_literal_form() {
        for (language, text) in [
            (Python, r#"checksum = "Zx8kQ2vLm9pR""#),
            (Python, "value = b'Zx8kQ2vLm9pR'"),
            (Python, "value = \"\"\"Zx8k\"Q2vLm9pR\"\"\"\n"),
            (Python, r#"auth = "  bearer   Zx8kQ2vLm9pR ""#),
            (Rust, r##"let v = r#"Zx8k"Q2vLm9pR"#;"##),
            (Rust, r#"let v = "Zx8k\"Q2vLm9pR";"#),
            (Json, r#"["Zx8kQ2vLm9pR"]"#),
        ] {
            assert!(may_hold_secret_value(language, text.as_bytes()), "{text}");
        }
        for (language, text) in [
            (Python, r#"password = os.environ["DB_PASSWORD"]"#),
            (Python, r#"token = "changeme""#),
            (Rust, r#"let secret = std::env::var("APP_SECRET")?;"#),
            (Json, r#"{"api_key": "<your-api-key>"}"#),
        ] {
            assert!(!may_hold_secret_value(language, text.as_bytes()), "{text}");
        }
    }

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
    fn rust_statements_with_a_name_and_a_value_are_kept() {
        for text in [
            "let api_key = \"Zx8kQ2vLm9pR\".to_string();",
            "const TOKEN: &str = r#\"Zx8kQ2vLm9pR\"#;",
            "Config { password: \"Zx8kQ2vLm9pR\".into(), user }",
            "let c = Credentials::new(|x| { x; y }, \"Zx8kQ2vLm9pR\");",
            "req.header(\"Authorization\", \"Bearer Zx8kQ2vLm9pR\")",
            "if c == '\"' { secret = \"Zx8kQ2vLm9pR\"; }",
            "let key = br##\"Zx8kQ2vLm9pR\"##;",
        ] {
            assert!(may_hold_named_secret(Rust, text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn rust_names_and_values_in_different_statements_are_skipped() {
        for text in [
            "let token = env::var(\"TOKEN\")?;\nlet id = \"Zx8kQ2vLm9pR\";",
            "/// The api key: \"see docs\"\nfn f<'a>(x: &'a str) { let h = \"Zx8kQ2vLm9pR\"; }",
            "let s = r#\"password = \"#; let v = \"Zx8kQ2vLm9pR\";",
        ] {
            assert!(!may_hold_named_secret(Rust, text.as_bytes()), "{text}");
        }
        assert!(may_hold_named_secret(Rust, b"let key = \"never closed"));
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
