//! The lexer-level secret check: finds where a value is given to a name in any text file —
//! `name = "value"`, `name := "value"`, `name: value`, `'name' => 'value'`, `$a['name'] =`,
//! `setName("value")`, `login("user", "value")`, `--name value`, `<name>value</name>`,
//! `key="name" value="…"`, `Name=value;` inside a string — knowing only the file's string
//! and comment syntax ([`Lexical`]). What it finds is judged like everything else: does the
//! name say secret (`name`), does the value look like one (`value`).

use super::name::{is_secret_name, is_weak_secret_name, name_words};
use super::value::{
    is_implied_password, is_password_value, is_secret_value, is_secret_value_for_secret_name,
    is_strong_secret_value, near_random,
};
use crate::languages::Lexical;
use crate::languages::lexical::{CODE_COMMENT, PROSE};
use std::ops::Range;

/// Every assignment this check reports holds one of these words: a secret-name hint, or the
/// program or call that implies a password (`curl -u`, `sshpass -p`, `login(user, "…")`).
pub const GATE_WORDS: &[&[u8]] = &[
    b"pass",
    b"pwd",
    b"psw",
    b"pssw",
    b"pasw",
    b"bearer",
    b"secret",
    b"token",
    b"cred",
    b"key",
    b"auth",
    b"login",
    b"private",
    b"access",
    b"basic",
    b"curl",
    b"sshpass",
    b"mysql",
    b"mariadb",
    b"redis-cli",
    b"psexec",
    b"identified",
    b"securestring",
];

/// A value given to a name, as byte ranges of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub name: Range<usize>,
    pub value: Range<usize>,
    pub evidence: Evidence,
}

/// What besides the name and the value says the value is a secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// An operator gives the value to the name: both are judged.
    Named,
    /// The value is a password by its place on a command line (`mysql -p…`, `psexec -p …`)
    /// or in SQL (`IDENTIFIED BY '…'`), whatever it looks like.
    Implied,
    /// A call's second argument after a user (`login(user, "…")`, `HTTPBasicAuth(u, "…")`):
    /// a password if it looks like one.
    CredentialArgument,
    /// A secret-named call's first argument (`setPassword("…")`, `.token("…")`).
    Setter,
    /// Name and value are only side by side (`docparser_token 4f…`, `password 7cc9…`): the
    /// value must look machine-made, or the name say password.
    Spaced,
    /// A prose value that does not end its line: it must look machine-made.
    Strict,
}

/// Assignments of `text` whose name says secret and whose value looks like one.
pub fn secret_assignments(
    text: &[u8],
    line_comments: &[&str],
    lexical: &Lexical,
) -> Vec<Assignment> {
    let mut out = assignments_in(text, line_comments, lexical);
    out.retain(|a| {
        let value = std::str::from_utf8(&text[a.value.clone()]).unwrap_or("");
        let name = std::str::from_utf8(&text[a.name.clone()]).unwrap_or("");
        // Most assignments of a file name nothing secret: one case-insensitive scan for the
        // words every secret name holds, before any name is split into words.
        let by_place = matches!(a.evidence, Evidence::Implied | Evidence::CredentialArgument);
        if !by_place && !holds_name_hint(name.as_bytes()) {
            return false;
        }
        match a.evidence {
            Evidence::Implied => is_implied_password(value),
            Evidence::CredentialArgument => is_password_value(value),
            Evidence::Setter => judged_secret(name, value, lexical.documentation, true),
            Evidence::Strict => {
                ((strong_name(name) || weak_name(name)) && is_strong_secret_value(value))
                    || (password_name(name, false) && is_password_value(value))
            }
            Evidence::Named => judged_secret(name, value, lexical.documentation, false),
            Evidence::Spaced => {
                let words = name_words(name);
                let (strong, weak) = (strong_name(name), weak_name(name));
                let named = strong
                    || weak
                    || words
                        .last()
                        .is_some_and(|w| matches!(w.as_str(), "access" | "key"));
                // A qualified name (`lemlist PRIVATE`, `fixer KEY`) is as good as a strong one.
                let qualified = words.len() >= 2 && weak;
                named
                    && (is_strong_secret_value(value)
                        || ((strong || qualified)
                            && value.len() >= 16
                            && is_secret_value_for_secret_name(value))
                        || (super::name::is_password_name(name) && is_secret_value(value)))
            }
        }
    });
    out
}

/// Whether a name holds one of the words a secret's name is made of (`GATE_WORDS`, `pw`).
fn holds_name_hint(name: &[u8]) -> bool {
    static HINTS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let hints = HINTS.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(GATE_WORDS.iter().copied().chain([b"pw".as_slice()]))
            .ok()
    });
    hints.as_ref().is_none_or(|h| h.is_match(name))
}

/// Assignments of any non-empty constant to a name that says password (CWE-259), however
/// weak the value: `password = "s3cr3t"`, `DB_PASS=admin`.
pub fn password_literals(
    text: &[u8],
    line_comments: &[&str],
    lexical: &Lexical,
) -> Vec<Assignment> {
    let mut out = assignments_in(text, line_comments, lexical);
    out.retain(|a| {
        let (Ok(name), Ok(value)) = (
            std::str::from_utf8(&text[a.name.clone()]),
            std::str::from_utf8(&text[a.value.clone()]),
        ) else {
            return false;
        };
        // A bare word in a password's place is one only if it looks it (`IDENTIFIED BY
        // their` is prose); a quoted one always is.
        let quoted = a.value.start > 0 && matches!(text[a.value.start - 1], b'"' | b'\'');
        let by_place = match a.evidence {
            Evidence::Implied => true,
            Evidence::CredentialArgument => quoted || is_password_value(value),
            _ => false,
        };
        (by_place || super::name::is_password_name(name.trim_start_matches(['-', '$', '@', ':'])))
            && super::value::is_password_literal(value)
    });
    out
}

/// Every value given to a name, unjudged.
fn assignments_in(text: &[u8], line_comments: &[&str], lexical: &Lexical) -> Vec<Assignment> {
    let mut out = Vec::new();
    let mut keep = |a: Assignment| out.push(a);
    if lexical.markup {
        markup(text, &mut keep);
        // The text between tags is prose (`<p>password: …</p>`).
        let prose = tokenize(text, 0..text.len(), &[], &PROSE);
        assignments(text, &prose, &PROSE, &mut keep);
    }
    let tokens = tokenize(text, 0..text.len(), line_comments, lexical);
    assignments(text, &tokens, lexical, &mut keep);
    // Strings and comments hold secrets too: `"Authorization: Bearer …"`, `"Password=…;"`,
    // `# password: …`. They are read as prose, one level deep.
    for token in &tokens {
        // Docstrings and other triple-quoted text are documentation, not values.
        let triple = token.range.len() >= content_len(&token.kind) + 6;
        let reading = match &token.kind {
            Kind::Str(content) if !triple => Some((content, &PROSE)),
            Kind::Comment(content) if lexical.prose => Some((content, &PROSE)),
            Kind::Comment(content) => Some((content, &CODE_COMMENT)),
            _ => None,
        };
        // Only text that holds a word the check can report is worth a second reading.
        if let Some((content, prose)) =
            reading.filter(|(c, _)| holds_name_hint(&text[(*c).clone()]))
        {
            let inner = tokenize(text, content.clone(), &[], prose);
            assignments(text, &inner, prose, &mut keep);
        }
    }
    // The same assignment can be read twice (as code and as prose inside markup).
    out.sort_by_key(|a| (a.value.start, a.name.start, a.name.end, a.value.end));
    out.dedup();
    out
}

fn content_len(kind: &Kind) -> usize {
    match kind {
        Kind::Str(content) | Kind::Comment(content) => content.len(),
        _ => 0,
    }
}

/// The name says secret and the value looks like one; a weaker name needs a stronger value.
/// In documentation the name is no evidence for a made-up-looking value: docs show keys so.
/// A call's name does not take `pass` as a password (`base.pass(…)` is a test helper).
fn judged_secret(name: &str, value: &str, documentation: bool, call: bool) -> bool {
    // A numbered copy is named like the first (`secret2`, `API_TOKEN_2`).
    let name = name
        .trim_start_matches(['-', '$', '@', ':', '&', '*'])
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '_');
    let password = password_name(name, call);
    let named = strong_name(name) || password;
    let named_value = if documentation {
        is_secret_value(value)
    } else {
        // A `secret` is as often a password as a key (`client_secret`, `String secret = …`).
        let secret = name_words(name).last().is_some_and(|w| w == "secret");
        is_secret_value_for_secret_name(value) || ((password || secret) && is_password_value(value))
    };
    (named && named_value) || (weak_name(name) && weak_named_value(value, documentation))
}

/// A password's name, here also a bare `pass` (`pass:…`, `user=x,pass=…`) and `pw`.
fn password_name(name: &str, call: bool) -> bool {
    super::name::is_password_name(name)
        || (!call
            && name_words(name)
                .last()
                .is_some_and(|w| w == "pass" || w == "pw"))
}

/// A value for a weaker name (`stripe_key`): machine-made, or long and mixed enough that
/// the name settles it (`ipapi_key=0123…cdef` of 32), except in documentation.
fn weak_named_value(value: &str, documentation: bool) -> bool {
    let mixed = value.bytes().any(|b| b.is_ascii_digit());
    is_strong_secret_value(value)
        || (!documentation
            && mixed
            && ((value.len() >= 20 && is_secret_value_for_secret_name(value))
                || (value.len() >= 16 && near_random(value) && is_secret_value(value))))
}

/// A name that says secret; here also `pw` (`PW: …`, `pw=…`), short for password. Not a
/// name ending in `auth`, which also names mechanisms and modes (`AUTH=PLAIN`).
fn strong_name(name: &str) -> bool {
    let head = name_words(name).pop();
    (is_secret_name(name) && head.as_deref() != Some("auth")) || head.as_deref() == Some("pw")
}

/// A `*_key` name, or `*_private` / `*_access` after a qualifier (`logzPrivateAccess`,
/// `splunk_PRIVATE`): it takes a machine-made value.
fn weak_name(name: &str) -> bool {
    if name.contains("::") {
        return false; // a type path (`AWS::Shield::DRTAccess`)
    }
    let words = name_words(name);
    let qualified = |w: &String| {
        words.len() >= 2
            && matches!(w.as_str(), "private" | "access")
            && !super::name::is_data_qualifier(&words[words.len() - 2])
    };
    is_weak_secret_name(name) || words.last().is_some_and(|w| w == "auth" || qualified(w))
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    /// An identifier-like run: `api_key`, `$password`, `spring.datasource.password`, `--token`.
    Word,
    /// A quoted string; the range is its content.
    Str(Range<usize>),
    /// A comment; the range is its text.
    Comment(Range<usize>),
    /// An operator or punctuation, as written.
    Op(&'static str),
    Newline,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    range: Range<usize>,
}

const OPERATORS: &[&str] = &[
    "===", "!==", "||=", "??=", ":=", "=>", "->", "<-", "?=", "==", "!=", "<=", ">=", "+=", "=",
    ":", "(", ")", "[", "]", "{", "}", ",", ";", "+", ".", "<", ">", "?", "!", "&", "|", "/", "*",
    "%", "^", "~", "\\",
];

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'@') || b >= 0x80
}

fn tokenize(
    text: &[u8],
    span: Range<usize>,
    line_comments: &[&str],
    lexical: &Lexical,
) -> Vec<Token> {
    let mut tokens = Vec::new();
    let end = span.end;
    let mut i = span.start;
    let at_word_start = |i: usize| i == span.start || text[i - 1].is_ascii_whitespace();
    while i < end {
        let b = text[i];
        let rest = &text[i..end];
        if b == b'\n' {
            tokens.push(Token {
                kind: Kind::Newline,
                range: i..i + 1,
            });
            i += 1;
            continue;
        }
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        // Every marker is compared only where its first byte matches: this loop runs once per
        // token of every file, so a `starts_with` per marker per byte is the scan's cost.
        let opens = |marker: &str| marker.as_bytes()[0] == b && rest.starts_with(marker.as_bytes());
        if let Some(close) = lexical
            .block_comments
            .iter()
            .find(|(open, _)| opens(open))
            .map(|(open, close)| (open.len(), close))
        {
            let (open_len, close) = close;
            let from = i + open_len;
            let to = find(text, from, end, close.as_bytes()).unwrap_or(end);
            tokens.push(Token {
                kind: Kind::Comment(from..to),
                range: i..(to + close.len()).min(end),
            });
            i = (to + close.len()).min(end);
            continue;
        }
        let comment = line_comments.iter().any(|marker| {
            opens(marker)
                && match *marker {
                    // `#` starts a comment at a word start (`a#b`, `$#` are not comments).
                    "#" | "!" | ";" => at_word_start(i),
                    // `https://…` outside a string is a URL, not a comment.
                    "//" => i == span.start || text[i - 1] != b':',
                    _ => true,
                }
        });
        if comment {
            let to = line_end(text, i, end);
            tokens.push(Token {
                kind: Kind::Comment(i..to),
                range: i..to,
            });
            i = to;
            continue;
        }
        if let Some(delimiter) = lexical.long_strings.iter().find(|d| opens(d)) {
            let from = i + delimiter.len();
            let to = find(text, from, end, delimiter.as_bytes()).unwrap_or(end);
            tokens.push(Token {
                kind: Kind::Str(from..to),
                range: i..(to + delimiter.len()).min(end),
            });
            i = (to + delimiter.len()).min(end);
            continue;
        }
        if lexical.quotes.contains(&b) {
            // A one-line string; an unclosed quote is an apostrophe.
            if let Some(close) = string_end(text, i, end) {
                tokens.push(Token {
                    kind: Kind::Str(i + 1..close),
                    range: i..close + 1,
                });
                i = close + 1;
                continue;
            }
            i += 1;
            continue;
        }
        let flag = b == b'-'
            && rest
                .get(1)
                .is_some_and(|&c| c == b'-' || c.is_ascii_alphabetic());
        if is_word_byte(b) || flag {
            let mut j = i + 1;
            while j < end
                && (is_word_byte(text[j])
                    || (matches!(text[j], b'-' | b'.')
                        && text.get(j + 1).is_some_and(|&c| is_word_byte(c))))
            {
                j += 1;
            }
            tokens.push(Token {
                kind: Kind::Word,
                range: i..j,
            });
            i = j;
            continue;
        }
        let op = OPERATORS
            .iter()
            .find(|op| opens(op))
            .copied()
            .unwrap_or("?");
        let len = if op == "?" && b != b'?' { 1 } else { op.len() };
        tokens.push(Token {
            kind: Kind::Op(op),
            range: i..i + len,
        });
        i += len;
    }
    tokens
}

/// The closing quote of the string opened at `open`, on the same line.
fn string_end(text: &[u8], open: usize, end: usize) -> Option<usize> {
    let quote = text[open];
    let mut i = open + 1;
    while i < end {
        match text[i] {
            b'\\' => i += 1,
            b'\n' => return None,
            b if b == quote => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

fn find(text: &[u8], from: usize, end: usize, needle: &[u8]) -> Option<usize> {
    text.get(from..end)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

fn line_end(text: &[u8], from: usize, end: usize) -> usize {
    text[from..end]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(end, |p| from + p)
}

const ASSIGN: &[&str] = &[
    ":=", "=>", "->", "<-", "?=", "||=", "??=", "=", ":", "==", "===", "!=", "!==",
];

/// Verbs that make a call about a secret rather than given one (`getPassword("key")`).
const NOT_GIVING: &[&str] = &[
    "get", "fetch", "read", "load", "find", "lookup", "validate", "verify", "check", "is", "has",
    "hash", "encrypt", "decrypt", "compare", "parse", "reset", "forgot", "generate", "create",
    "delete", "remove", "revoke", "refresh", "request", "require", "mask", "redact", "print",
    "log", "show", "hide", "prompt", "ask", "input", "env", "getenv", "environ", "secret", "split",
    "strip", "quote", "unquote", "encode", "decode", "test", "assert",
];

/// Whether a call's first word says it does something with a secret other than being given
/// one: `getPassword(…)`, `verify_token(…)`, and one-word compounds (`splitpasswd(…)`).
fn takes_no_secret(first_word: &str) -> bool {
    NOT_GIVING.contains(&first_word)
        || NOT_GIVING.iter().any(|verb| {
            first_word.strip_prefix(verb).is_some_and(|rest| {
                [
                    "password", "passwd", "pass", "pwd", "token", "secret", "key",
                ]
                .contains(&rest)
            })
        })
}

fn assignments(
    text: &[u8],
    tokens: &[Token],
    lexical: &Lexical,
    found: &mut dyn FnMut(Assignment),
) {
    for j in 0..tokens.len() {
        let token = &tokens[j];
        if token.kind == Kind::Word {
            glued(text, token.range.clone(), found);
        }
        match &token.kind {
            Kind::Op(op) if ASSIGN.contains(op) => {
                let Some(name) = name_before(tokens, j) else {
                    continue;
                };
                // A segment of an ARN (`arn:…:secret:name`), not a name.
                let head = text[name.clone()]
                    .iter()
                    .rposition(|&b| b == b' ')
                    .map_or(name.start, |space| name.start + space + 1);
                if head > 1 && text[head - 1] == b':' && text[head - 2].is_ascii_alphanumeric() {
                    continue;
                }
                if let Some((value, strict)) = value_after(text, tokens, j, lexical) {
                    found(Assignment {
                        name,
                        value,
                        evidence: if strict {
                            Evidence::Strict
                        } else {
                            Evidence::Named
                        },
                    });
                }
            }
            // f(curl, CURLOPT_PASSWORD, "…"), props.put("password", "…"): a secret-named
            // argument followed by a string argument.
            Kind::Op(",")
                if !lexical.prose
                    && (is_op(j.checked_sub(2).and_then(|i| tokens.get(i)), "(")
                        || is_op(j.checked_sub(2).and_then(|i| tokens.get(i)), ","))
                    && in_call(tokens, j)
                    && matches!(
                        tokens.get(j + 2).map(|t| &t.kind),
                        Some(Kind::Op(")" | ","))
                    ) =>
            {
                let (Some(name), Some(Kind::Str(value))) = (
                    j.checked_sub(1).and_then(|i| tokens.get(i)),
                    tokens.get(j + 1).map(|t| &t.kind),
                ) else {
                    continue;
                };
                let name = match &name.kind {
                    Kind::Str(content) => content.clone(),
                    Kind::Word => name.range.clone(),
                    _ => continue,
                };
                found(Assignment {
                    name,
                    value: value.clone(),
                    evidence: Evidence::Named,
                });
            }
            // SQL: `IDENTIFIED BY '…'`, `WITH PASSWORD '…'`, and `password '…'` in DSLs
            // (Gradle, `.netrc` is handled as side-by-side words).
            Kind::Word if sql_password(text, tokens, j) => {
                // A quoted value is the password; a bare one must look like one
                // (``identified by `name` `` and `password reset` are prose).
                let value = tokens.get(j + 1).and_then(|t| match &t.kind {
                    Kind::Str(content) if matches!(text[t.range.start], b'\'' | b'"') => {
                        Some((content.clone(), Evidence::Implied))
                    }
                    Kind::Word => Some((bare_word(text, t), Evidence::CredentialArgument)),
                    _ => None,
                });
                if let Some((value, evidence)) = value {
                    found(Assignment {
                        name: tokens[j].range.clone(),
                        value,
                        evidence,
                    });
                }
            }
            // PowerShell: `ConvertTo-SecureString "…" -AsPlainText -Force`.
            Kind::Word
                if text[token.range.clone()].eq_ignore_ascii_case(b"convertto-securestring") =>
            {
                // The first argument that is not a switch (`-String`, `-Force`).
                let value = tokens[j + 1..]
                    .iter()
                    .take_while(|t| t.kind != Kind::Newline)
                    .find(|t| t.kind != Kind::Word || text[t.range.start] != b'-')
                    .and_then(|t| match &t.kind {
                        Kind::Str(content) => Some(content.clone()),
                        Kind::Word if text[t.range.start] != b'$' => Some(bare_word(text, t)),
                        _ => None,
                    });
                if let Some(value) = value {
                    found(Assignment {
                        name: token.range.clone(),
                        value,
                        evidence: Evidence::Implied,
                    });
                }
            }
            // setPassword("…"), .token("…"), withApiKey("…"), login("user", "…")
            Kind::Word if is_op(tokens.get(j + 1), "(") => {
                let word = &text[token.range.clone()];
                let Ok(word) = std::str::from_utf8(word) else {
                    continue;
                };
                let words = name_words(word);
                if words.first().is_some_and(|w| takes_no_secret(w)) {
                    continue;
                }
                let first = tokens.get(j + 2);
                let separator = tokens.get(j + 3);
                if let Some(Kind::Str(content)) = first.map(|t| &t.kind)
                    && (is_op(separator, ")") || is_op(separator, ","))
                {
                    found(Assignment {
                        name: token.range.clone(),
                        value: content.clone(),
                        evidence: Evidence::Setter,
                    });
                }
                // headers.put("X-Api-Key", "…"), config.set("password", "…")
                if let (Some(Kind::Str(key)), Some(Kind::Str(value))) =
                    (first.map(|t| &t.kind), tokens.get(j + 4).map(|t| &t.kind))
                    && is_op(separator, ",")
                    && (is_op(tokens.get(j + 5), ")") || is_op(tokens.get(j + 5), ","))
                {
                    found(Assignment {
                        name: key.clone(),
                        value: value.clone(),
                        evidence: Evidence::Named,
                    });
                }
                // The call's last word says so: `login`, `basic_auth`, `HTTPBasicAuth`,
                // `UsernamePasswordCredentials` (not `basic_encode_test`).
                let credential_call = words.last().is_some_and(|w| {
                    matches!(w.as_str(), "login" | "auth" | "credential" | "credentials")
                        || w.ends_with("auth")
                });
                if credential_call
                    && matches!(first.map(|t| &t.kind), Some(Kind::Str(_) | Kind::Word))
                    && is_op(separator, ",")
                    && let Some(Kind::Str(password)) = tokens.get(j + 4).map(|t| &t.kind)
                    && !is_op(tokens.get(j + 5), "+")
                {
                    // The second argument is a password.
                    found(Assignment {
                        name: token.range.clone(),
                        value: password.clone(),
                        evidence: Evidence::CredentialArgument,
                    });
                }
            }
            // --password value, sshpass -p value, mysql -pvalue, curl -u user:value
            Kind::Word if lexical.bare_values || lexical.prose => {
                flag(text, tokens, j, found);
                spaced(text, tokens, j, found);
            }
            // Scripts pass flags too: PowerShell's `-Password 'x'`, `--token "x"`.
            Kind::Word
                if text[token.range.clone()].starts_with(b"-")
                    && matches!(tokens.get(j + 1).map(|t| &t.kind), Some(Kind::Str(_))) =>
            {
                flag(text, tokens, j, found);
            }
            _ => {}
        }
    }
}

/// A name glued to its value by a dash or dot (`datadog-secrettoken-0024a…`,
/// `hellosign-PRIVATE-key-LaKS…`, `signupgeniusPRIVATE.53e2…`): the value is what follows
/// the last separator after a secret word, and must be long.
fn glued(text: &[u8], word: Range<usize>, found: &mut dyn FnMut(Assignment)) {
    let bytes = &text[word.clone()];
    if bytes.len() < 20 || !bytes.iter().any(|&b| matches!(b, b'-' | b'.')) {
        return;
    }
    // The exact test below splits words; most words hold no secret word at all.
    if !holds_name_hint(bytes) {
        return;
    }
    let ends_with_secret_word = |name: &[u8]| {
        let name = String::from_utf8_lossy(name);
        name_words(&name).last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "key" | "secret" | "token" | "private" | "access"
            ) || w.ends_with("secret")
                || w.ends_with("token")
        })
    };
    let split = (1..bytes.len().saturating_sub(16))
        .rev()
        .find(|&i| matches!(bytes[i], b'-' | b'.') && ends_with_secret_word(&bytes[..i]));
    // Kebab-case phrases (`key-material-1478…`, `verified-access.aws-ec2-group`) hold words;
    // a glued value's parts are random or hex.
    let has_word = |value: &[u8]| {
        value
            .split(|b| matches!(b, b'-' | b'.' | b'_'))
            .any(|part| {
                part.len() >= 4
                    && part.iter().all(u8::is_ascii_alphabetic)
                    && !part.iter().all(u8::is_ascii_hexdigit)
            })
    };
    if let Some(i) = split.filter(|&i| !has_word(&bytes[i + 1..])) {
        found(Assignment {
            name: word.start..word.start + i,
            value: word.start + i + 1..word.end,
            evidence: Evidence::Named,
        });
    }
}

/// Whether the token at `j` is inside a call's parentheses (not a list or a tuple).
fn in_call(tokens: &[Token], j: usize) -> bool {
    let mut depth = 0usize;
    for k in (0..j).rev() {
        match tokens[k].kind {
            Kind::Op(")" | "]" | "}") => depth += 1,
            Kind::Op("(" | "[" | "{") if depth > 0 => depth -= 1,
            Kind::Op("(") => return k > 0 && tokens[k - 1].kind == Kind::Word,
            Kind::Op("[" | "{") | Kind::Newline => return false,
            _ => {}
        }
    }
    false
}

fn is_op(token: Option<&Token>, op: &str) -> bool {
    token.is_some_and(|t| matches!(t.kind, Kind::Op(o) if o == op))
}

/// The name an assignment operator at `j` gives to: `name =`, `"name":`, `$a['name'] =`,
/// `name: Type =`, `api key:` (a `key`/`token`/`secret` word after a qualifier).
fn name_before(tokens: &[Token], j: usize) -> Option<Range<usize>> {
    let before = tokens.get(j.checked_sub(1)?)?;
    match &before.kind {
        Kind::Str(content) => Some(content.clone()),
        Kind::Op("]") => match tokens.get(j.checked_sub(2)?)?.kind.clone() {
            Kind::Str(content) => Some(content),
            _ => None,
        },
        Kind::Word => {
            // `password: String = "…"`: the name is before the type.
            if tokens[j].kind == Kind::Op("=")
                && j >= 3
                && tokens[j - 2].kind == Kind::Op(":")
                && tokens[j - 3].kind == Kind::Word
            {
                return Some(tokens[j - 3].range.clone());
            }
            let previous = j.checked_sub(2).and_then(|i| tokens.get(i));
            if let Some(previous) = previous
                && previous.kind == Kind::Word
                && previous.range.end + 1 == before.range.start
            {
                // `API key`, `taxjar token`: one name in two words.
                return Some(previous.range.start..before.range.end);
            }
            Some(before.range.clone())
        }
        _ => None,
    }
}

/// The value after the operator at `j`: a string that ends the expression, or (where bare
/// values are allowed) the word that follows on the same line.
/// The second part says whether the value needs more evidence (a prose value that is not the
/// last word of its line must look machine-made).
fn value_after(
    text: &[u8],
    tokens: &[Token],
    j: usize,
    lexical: &Lexical,
) -> Option<(Range<usize>, bool)> {
    let next = tokens.get(j + 1)?;
    match &next.kind {
        // In prose a quoted value may be followed by anything (`# pw = '…'  old one`).
        Kind::Str(content) if lexical.prose || ends_expression(tokens, j + 2) => {
            Some((content.clone(), false))
        }
        // `PASSWORD = os.environ.get("PASSWORD") or "…"`: the fallback is hard-coded.
        _ if !lexical.prose && fallback_after(text, tokens, j + 1).is_some() => {
            fallback_after(text, tokens, j + 1).map(|v| (v, false))
        }
        Kind::Newline | Kind::Comment(_) => None,
        _ if lexical.bare_values => {
            let start = next.range.start;
            if text[tokens[j].range.end..start].contains(&b'\n') {
                return None;
            }
            let line_end = line_end(text, start, text.len());
            let word_end = |from: usize| {
                let mut end = from;
                while end < line_end
                    && !text[end].is_ascii_whitespace()
                    && !matches!(text[end], b'"' | b'\'' | b';' | b'`')
                {
                    end += 1;
                }
                end
            };
            let mut end = word_end(start);
            // `Authorization: Bearer <token>`: the scheme and the credential are one value.
            let scheme = text[start..end].to_ascii_lowercase();
            if matches!(
                scheme.as_slice(),
                b"bearer" | b"basic" | b"token" | b"bot" | b"digest" | b"ntlm" | b"negotiate"
            ) && text.get(end) == Some(&b' ')
            {
                end = word_end(end + 1);
            }
            while end > start && matches!(text[end - 1], b',' | b')' | b'}' | b']' | b'.') {
                end -= 1;
            }
            // In prose the value is the line's last word (`password: see the vault`), or
            // must look machine-made (`curl -d access_token=38bb… https://…`).
            let strict = lexical.strict_bare
                || lexical.prose
                    && !text[end..line_end]
                        .iter()
                        .all(|b| !b.is_ascii_alphanumeric());
            (end > start).then_some((start..end, strict))
        }
        _ => None,
    }
}

/// A string after `or` / `||` / `??` in the rest of the statement from token `i`.
fn fallback_after(text: &[u8], tokens: &[Token], i: usize) -> Option<Range<usize>> {
    let mut k = i;
    while let Some(token) = tokens.get(k) {
        if matches!(token.kind, Kind::Newline | Kind::Comment(_) | Kind::Op(";")) {
            return None;
        }
        let doubled = |op: &str| is_op(Some(token), op) && is_op(tokens.get(k + 1), op);
        let width = if token.kind == Kind::Word && &text[token.range.clone()] == b"or" {
            1
        } else if doubled("|") || doubled("?") {
            2
        } else {
            0
        };
        if width > 0
            && let Some(Kind::Str(content)) = tokens.get(k + width).map(|t| &t.kind)
            && ends_expression(tokens, k + width + 1)
        {
            return Some(content.clone());
        }
        k += 1;
    }
    None
}

/// Whether the token at `i` ends the expression a string literal started: nothing, a line
/// end, a separator, or a zero-argument method (`"…".to_string()`, `'…'.freeze`).
fn ends_expression(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i).map(|t| &t.kind) {
        None | Some(Kind::Newline | Kind::Comment(_)) => true,
        Some(Kind::Op(op)) if matches!(*op, ";" | "," | ")" | "}" | "]" | "\\") => true,
        Some(Kind::Op(".")) => {
            let method = tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word);
            let call = tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Op("("))
                && tokens.get(i + 3).is_some_and(|t| t.kind == Kind::Op(")"));
            method && (call && ends_expression(tokens, i + 4) || ends_expression(tokens, i + 2))
        }
        _ => false,
    }
}

/// `NAME VALUE` with only blanks between, the value ending its line: `docparser_token 4f…`,
/// `daily ACCESS 12ab…`, `password 7cc9…` (`.netrc`).
fn spaced(text: &[u8], tokens: &[Token], j: usize, found: &mut dyn FnMut(Assignment)) {
    let (Some(name), Some(value)) = (tokens.get(j), tokens.get(j + 1)) else {
        return;
    };
    let between = &text[name.range.end..value.range.start];
    if name.kind != Kind::Word
        || !matches!(value.kind, Kind::Word | Kind::Str(_))
        || between.is_empty()
        || !between.iter().all(|&b| b == b' ' || b == b'\t')
        || text[name.range.clone()].starts_with(b"-")
        // A variable's use (`-p $Password cmd`), not a name.
        || text[name.range.clone()].starts_with(b"$")
    {
        return;
    }
    let last = match tokens.get(j + 2) {
        None => true,
        Some(t) => matches!(t.kind, Kind::Newline | Kind::Comment(_)),
    };
    if !last {
        return;
    }
    let value = match &value.kind {
        Kind::Str(content) => content.clone(),
        _ => value.range.clone(),
    };
    let previous = j.checked_sub(1).and_then(|i| tokens.get(i));
    let name = match previous {
        Some(p) if p.kind == Kind::Word && text[p.range.end..name.range.start] == *b" " => {
            p.range.start..name.range.end
        }
        _ => name.range.clone(),
    };
    found(Assignment {
        name,
        value,
        evidence: Evidence::Spaced,
    });
}

/// Whether the word at `j` introduces a password in SQL: `BY` after `IDENTIFIED`, or
/// `PASSWORD` directly before a quoted value (`WITH PASSWORD '…'`, `password '…'`).
fn sql_password(text: &[u8], tokens: &[Token], j: usize) -> bool {
    // Called for every word of a file: compare in place, no lowercase copy.
    let word = &text[tokens[j].range.clone()];
    let is = |t: &Token, w: &[u8]| text[t.range.clone()].eq_ignore_ascii_case(w);
    if word.eq_ignore_ascii_case(b"by") {
        // `IDENTIFIED BY`, `IDENTIFIED WITH plugin BY`.
        return tokens[j.saturating_sub(3)..j]
            .iter()
            .any(|t| t.kind == Kind::Word && is(t, b"identified"));
    }
    if !word.eq_ignore_ascii_case(b"password") {
        return false;
    }
    // `WITH [LOGIN] PASSWORD x`: SQL even when the value is bare.
    let sql = j.checked_sub(1).is_some_and(|i| {
        [b"with".as_slice(), b"login", b"encrypted"]
            .iter()
            .any(|w| is(&tokens[i], w))
    });
    tokens.get(j + 1).is_some_and(|t| {
        t.range.start > tokens[j].range.end
            && (matches!(t.kind, Kind::Str(_)) || (sql && t.kind == Kind::Word))
    })
}

/// A bare word's text up to the next blank (`Prl23Db#@` is one value, several tokens).
fn bare_word(text: &[u8], token: &Token) -> Range<usize> {
    let end = text[token.range.start..]
        .iter()
        .position(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b')'))
        .map_or(text.len(), |p| token.range.start + p);
    token.range.start..end
}

/// Programs whose `-p` flag takes the password glued to it (`mysql -pSECRET`).
const GLUED_PASSWORD: &[&str] = &[
    "mysql",
    "mysqldump",
    "mysqladmin",
    "mariadb",
    "mariadb-dump",
];
/// Programs whose `-p` / `-a` flag takes a password as the next word.
const NEXT_WORD_PASSWORD: &[(&str, &str)] = &[
    ("sshpass", "-p"),
    ("redis-cli", "-a"),
    ("psexec", "-p"),
    ("psexec.exe", "-p"),
];

fn flag(text: &[u8], tokens: &[Token], j: usize, found: &mut dyn FnMut(Assignment)) {
    let word = &text[tokens[j].range.clone()];
    let same_line = |a: usize, b: usize| !text[a..b].contains(&b'\n');
    let next_value = |k: usize| -> Option<Range<usize>> {
        let next = tokens.get(k)?;
        if !same_line(tokens[k - 1].range.end, next.range.start) {
            return None;
        }
        match &next.kind {
            Kind::Str(content) => Some(content.clone()),
            // A bare value runs to the next blank: `--password Prl23Db#@`.
            Kind::Word => {
                let end = text[next.range.start..]
                    .iter()
                    .position(u8::is_ascii_whitespace)
                    .map_or(text.len(), |p| next.range.start + p);
                Some(next.range.start..end)
            }
            _ => None,
        }
    };
    let program_before = |names: &[&str]| {
        tokens[..j]
            .iter()
            .rev()
            .take_while(|t| t.kind != Kind::Newline)
            .any(|t| {
                t.kind == Kind::Word
                    && names.iter().any(|n| {
                        text[t.range.clone()]
                            .to_ascii_lowercase()
                            .ends_with(n.as_bytes())
                    })
            })
    };
    // `--password value`, and PowerShell's and Java tools' `-Password value`.
    let long_flag = word.starts_with(b"--")
        || (word.len() > 3 && word[0] == b'-' && word[1..].iter().all(u8::is_ascii_alphabetic));
    if long_flag {
        // `--password value` (the `=` form is an assignment).
        if tokens
            .get(j + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Str(_)))
            && let Some(value) = next_value(j + 1)
        {
            found(Assignment {
                name: tokens[j].range.clone(),
                value,
                evidence: Evidence::Named,
            });
        }
        if word == b"--user" || word == b"--proxy-user" {
            user_password(text, tokens, j, found);
        }
        return;
    }
    if word.len() > 2 && word.starts_with(b"-p") && program_before(GLUED_PASSWORD) {
        found(Assignment {
            name: tokens[j].range.start..tokens[j].range.start + 2,
            value: tokens[j].range.start + 2..tokens[j].range.end,
            evidence: Evidence::Implied,
        });
        return;
    }
    for (program, option) in NEXT_WORD_PASSWORD {
        if word == option.as_bytes()
            && program_before(&[program])
            && let Some(value) = next_value(j + 1)
        {
            found(Assignment {
                name: tokens[j].range.clone(),
                value,
                evidence: Evidence::Implied,
            });
        }
    }
    if word == b"-u" && program_before(&["curl"]) {
        user_password(text, tokens, j, found);
    }
}

/// `curl -u user:password`: the part after the first colon of the next word or string.
fn user_password(text: &[u8], tokens: &[Token], j: usize, found: &mut dyn FnMut(Assignment)) {
    let Some(next) = tokens.get(j + 1) else {
        return;
    };
    let (range, ends) = match &next.kind {
        Kind::Str(content) => (content.clone(), true),
        // `user` `:` `password` are separate tokens outside quotes.
        Kind::Word if tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Op(":")) => {
            let start = next.range.start;
            let end = tokens
                .get(j + 3)
                .filter(|t| t.kind == Kind::Word)
                .map_or(next.range.end, |t| t.range.end);
            (start..end, true)
        }
        _ => (next.range.clone(), false),
    };
    let pair = &text[range.clone()];
    if let (true, Some(colon)) = (ends, pair.iter().position(|&b| b == b':')) {
        found(Assignment {
            // Named as a password: that is what the second half of `-u` is.
            name: tokens[j].range.clone(),
            value: range.start + colon + 1..range.end,
            evidence: Evidence::Implied,
        });
    }
}

/// XML and HTML: `<password>value</password>`, `password="value"`, and a tag naming the
/// secret in one attribute and holding it in another (`<add key="ApiKey" value="…"/>`).
fn markup(text: &[u8], found: &mut dyn FnMut(Assignment)) {
    let mut i = 0;
    while let Some(open) = text[i..].iter().position(|&b| b == b'<').map(|p| i + p) {
        let Some(close) = text[open..]
            .iter()
            .position(|&b| b == b'>')
            .map(|p| open + p)
        else {
            return;
        };
        let tag = open + 1..close;
        let name_end = (tag.start..tag.end)
            .find(|&k| !(is_word_byte(text[k]) || matches!(text[k], b'-' | b'.' | b':')))
            .unwrap_or(tag.end);
        let element = tag.start..name_end;
        let attributes = attributes(text, name_end..tag.end);
        let named_by = attributes.iter().find(|(n, _)| {
            matches!(
                text[n.clone()].to_ascii_lowercase().as_slice(),
                b"key" | b"name" | b"id" | b"property" | b"setting"
            )
        });
        let value_attribute = attributes.iter().find(|(n, _)| {
            matches!(
                text[n.clone()].to_ascii_lowercase().as_slice(),
                b"value" | b"content"
            )
        });
        if let (Some((_, name)), Some((_, value))) = (named_by, value_attribute) {
            found(Assignment {
                name: name.clone(),
                value: value.clone(),
                evidence: Evidence::Named,
            });
        }
        for (name, value) in &attributes {
            found(Assignment {
                name: name.clone(),
                value: value.clone(),
                evidence: Evidence::Named,
            });
        }
        // `<password>value</password>`: text up to the next tag, trimmed.
        if !element.is_empty() && text.get(close.saturating_sub(1)) != Some(&b'/') {
            let body_start = close + 1;
            if let Some(next) = text[body_start..].iter().position(|&b| b == b'<') {
                let body_end = body_start + next;
                let closing = [b"</".as_slice(), &text[element.clone()]].concat();
                if text[body_end..].starts_with(&closing) {
                    let body = trim(text, body_start..body_end);
                    if !body.is_empty() {
                        found(Assignment {
                            name: element.clone(),
                            value: body,
                            evidence: Evidence::Named,
                        });
                    }
                }
            }
        }
        i = close + 1;
    }
}

/// `name="value"` pairs inside a tag.
fn attributes(text: &[u8], span: Range<usize>) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let mut i = span.start;
    while i < span.end {
        if !is_word_byte(text[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < span.end && (is_word_byte(text[i]) || matches!(text[i], b'-' | b'.' | b':')) {
            i += 1;
        }
        let name = start..i;
        let mut k = i;
        while k < span.end && text[k].is_ascii_whitespace() {
            k += 1;
        }
        if text.get(k) != Some(&b'=') {
            continue;
        }
        k += 1;
        while k < span.end && text[k].is_ascii_whitespace() {
            k += 1;
        }
        let Some(&quote) = text.get(k).filter(|&&q| q == b'"' || q == b'\'') else {
            i = k;
            continue;
        };
        let Some(end) = text[k + 1..span.end].iter().position(|&b| b == quote) else {
            return out;
        };
        out.push((name, k + 1..k + 1 + end));
        i = k + 2 + end;
    }
    out
}

fn trim(text: &[u8], mut range: Range<usize>) -> Range<usize> {
    while range.start < range.end && text[range.start].is_ascii_whitespace() {
        range.start += 1;
    }
    while range.end > range.start && text[range.end - 1].is_ascii_whitespace() {
        range.end -= 1;
    }
    range
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::lexical::{C_LIKE, CONFIG, MARKUP, SCRIPT};

    const VALUE: &str = "Zx8kQ2vLm9pR";

    fn values(text: &str, comments: &[&str], lexical: &Lexical) -> Vec<String> {
        secret_assignments(text.as_bytes(), comments, lexical)
            .iter()
            .map(|a| format!("{}={}", &text[a.name.clone()], &text[a.value.clone()]))
            .collect()
    }

    fn flags(text: &str, lexical: &Lexical) -> bool {
        !secret_assignments(text.as_bytes(), &["#", "//"], lexical).is_empty()
    }

    #[test]
    fn c_family_assignments() {
        for line in [
            format!("apiKey := \"{VALUE}\""),
            format!("const dbPassword = \"{VALUE}\";"),
            format!("private static final String DB_PASSWORD = \"{VALUE}\";"),
            format!("$config['api_key'] = '{VALUE}';"),
            format!("val password: String = \"{VALUE}\""),
            format!("let token = \"{VALUE}\".to_string();"),
            format!("client.setPassword(\"{VALUE}\");"),
            format!("builder.apiKey(\"{VALUE}\").build();"),
            format!("smtp.login(\"user\", \"{VALUE}\");"),
            format!("var creds = {{ password: \"{VALUE}\" }};"),
            format!("'password' => '{VALUE}',"),
            format!("// password = \"{VALUE}\""),
            format!("conn := \"Server=db;User Id=app;Password={VALUE};\""),
            format!("if (password == \"{VALUE}\") {{"),
            format!("curl_easy_setopt(curl, CURLOPT_PASSWORD, \"{VALUE}\");"),
            format!("db.exec(\"CREATE USER app IDENTIFIED BY '{VALUE}'\");"),
        ] {
            assert!(flags(&line, &C_LIKE), "{line}");
        }
        for line in [
            format!("password = \"{VALUE}\" + suffix;"),
            format!("getPassword(\"{VALUE}\");"),
            format!("passwordField = \"{VALUE}\";"),
            "password = \"${DB_PASSWORD}\";".to_string(),
            "token = os.getenv(\"TOKEN\");".to_string(),
            format!("label = \"{VALUE}\";"),
        ] {
            assert!(!flags(&line, &C_LIKE), "{line}");
        }
    }

    #[test]
    fn config_and_shell_values_may_be_bare() {
        for line in [
            format!("DB_PASSWORD={VALUE}"),
            format!("export GITHUB_TOKEN={VALUE}"),
            format!("spring.datasource.password: {VALUE}"),
            format!("mysql -u root -p{VALUE} app"),
            format!("sshpass -p {VALUE} ssh host"),
            format!("curl -u admin:{VALUE} https://api"),
            format!("deploy --api-key {VALUE}"),
            format!("Authorization: Bearer {VALUE}xYz9"),
        ] {
            assert!(flags(&line, &CONFIG), "{line}");
        }
        for line in [
            "DB_PASSWORD=${DB_PASSWORD}".to_string(),
            "password: |".to_string(),
            format!("user: {VALUE}"),
            format!("mysql -h db -P{VALUE}"),
        ] {
            assert!(!flags(&line, &CONFIG), "{line}");
        }
    }

    #[test]
    fn markup_elements_and_attribute_pairs() {
        for text in [
            format!("<password>{VALUE}</password>"),
            format!("<add key=\"ApiKey\" value=\"{VALUE}\" />"),
            format!("<datasource password=\"{VALUE}\"/>"),
        ] {
            assert!(!values(&text, &[], &MARKUP).is_empty(), "{text}");
        }
        assert!(
            values(
                &format!("<add key=\"Title\" value=\"{VALUE}\"/>"),
                &[],
                &MARKUP
            )
            .is_empty()
        );
    }

    #[test]
    fn prose_takes_the_last_word_of_a_line() {
        assert_eq!(
            values(&format!("the db password: {VALUE}\n"), &[], &PROSE),
            vec![format!("db password={VALUE}")]
        );
        // Mid-line, a password name takes what looks like a password, not a word.
        assert_eq!(
            values(
                &format!("password: {VALUE} is rotated weekly\n"),
                &[],
                &PROSE
            ),
            vec![format!("password={VALUE}")]
        );
        assert!(values("password: see the vault entry for it\n", &[], &PROSE).is_empty());
        assert!(values("token: generated at deploy time\n", &[], &PROSE).is_empty());
        assert_eq!(
            values(&format!("taxjar key: {VALUE}xQ93kd72Lm0a\n"), &[], &PROSE),
            vec![format!("taxjar key={VALUE}xQ93kd72Lm0a")]
        );
    }

    #[test]
    fn python_like_scripts() {
        assert!(flags(&format!("password = '{VALUE}'  # prod\n"), &SCRIPT));
        assert!(!flags(
            &format!("doc = \"\"\"password = '{VALUE}'\"\"\"\n"),
            &SCRIPT
        ));
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "", "=", "\"", "'", "<", "<a", "-p", "--x", "a:\"", "<a b='", "x = '\\", "é=é",
        ] {
            for lexical in [C_LIKE, CONFIG, MARKUP, PROSE, SCRIPT] {
                let _ = secret_assignments(text.as_bytes(), &["#", "//", "--"], &lexical);
            }
        }
    }
}
