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

use super::name::NAME_HINTS;
use super::value::{is_secret_value, unquote};
use crate::languages::Language;
use aho_corasick::AhoCorasick;
use std::ops::Range;
use std::sync::OnceLock;

/// Languages whose entry has a statement lexer.
pub fn applies_to(language: Language) -> bool {
    language.support().statements.is_some()
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
    match language.support().statements {
        Some(lexer) => lexer(text, found),
        None => true,
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

#[cfg(test)]
mod tests {
    use super::{may_hold_named_secret, may_hold_secret_value};
    use crate::languages::Language;
    const JSON: Language = Language::JSON;
    const PYTHON: Language = Language::PYTHON;
    const RUST: Language = Language::RUST;

    #[test]
    fn secret_values_are_found_in_every_literal_form() {
        for (language, text) in [
            (PYTHON, r#"checksum = "Zx8kQ2vLm9pR""#),
            (PYTHON, "value = b'Zx8kQ2vLm9pR'"),
            (PYTHON, "value = \"\"\"Zx8k\"Q2vLm9pR\"\"\"\n"),
            (PYTHON, r#"auth = "  bearer   Zx8kQ2vLm9pR ""#),
            (RUST, r##"let v = r#"Zx8k"Q2vLm9pR"#;"##),
            (RUST, r#"let v = "Zx8k\"Q2vLm9pR";"#),
            (JSON, r#"["Zx8kQ2vLm9pR"]"#),
        ] {
            assert!(may_hold_secret_value(language, text.as_bytes()), "{text}");
        }
        for (language, text) in [
            (PYTHON, r#"password = os.environ["DB_PASSWORD"]"#),
            (PYTHON, r#"token = "changeme""#),
            (RUST, r#"let secret = std::env::var("APP_SECRET")?;"#),
            (JSON, r#"{"api_key": "<your-api-key>"}"#),
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
            assert!(may_hold_named_secret(PYTHON, text.as_bytes()), "{text}");
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
            assert!(!may_hold_named_secret(PYTHON, text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn an_unterminated_python_string_admits_the_file() {
        assert!(may_hold_named_secret(PYTHON, b"x = \"\"\"never closed\n"));
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
            assert!(may_hold_named_secret(RUST, text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn rust_names_and_values_in_different_statements_are_skipped() {
        for text in [
            "let token = env::var(\"TOKEN\")?;\nlet id = \"Zx8kQ2vLm9pR\";",
            "/// The api key: \"see docs\"\nfn f<'a>(x: &'a str) { let h = \"Zx8kQ2vLm9pR\"; }",
            "let s = r#\"password = \"#; let v = \"Zx8kQ2vLm9pR\";",
        ] {
            assert!(!may_hold_named_secret(RUST, text.as_bytes()), "{text}");
        }
        assert!(may_hold_named_secret(RUST, b"let key = \"never closed"));
    }

    #[test]
    fn json_pairs_need_a_secret_name_key() {
        assert!(may_hold_named_secret(
            JSON,
            br#"{"apiKey": "Zx8kQ2vLm9pR"}"#
        ));
        assert!(may_hold_named_secret(
            JSON,
            b"{\"auth\" /* c */ :\n \"Zx8kQ2vLm9pR\"}"
        ));
        assert!(!may_hold_named_secret(JSON, br#"{"sha": "Zx8kQ2vLm9pR"}"#));
        assert!(!may_hold_named_secret(
            JSON,
            br#"["token", "Zx8kQ2vLm9pR"]"#
        ));
    }
}
