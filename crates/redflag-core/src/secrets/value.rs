//! Does a literal *value* look like a secret rather than a placeholder, a reference, an
//! identifier or a sentence? Query rules reach this through `#secret-value?` and
//! `#secret-assignment?`; the generic secret check asks it of every value it finds.

use super::check::{is_placeholder, shannon_entropy};
use super::name::{is_secret_name, name_words};

/// A value random enough to be a machine-made credential: passes [`is_secret_value`], has
/// at least 20 characters, letters and digits, and high entropy.
pub fn is_strong_secret_value(value: &str) -> bool {
    let value = value.trim();
    is_secret_value(value)
        && value.len() >= 20
        && value.bytes().any(|b| b.is_ascii_digit())
        && value.bytes().any(|b| b.is_ascii_alphabetic())
        && near_random(value)
}

/// Whether the value's entropy is close to what a random string of its alphabet and length
/// has: a hex token reaches about 4 bits per character, a base64 one about 5.5, so one fixed
/// threshold either misses hex keys or admits prose.
pub fn near_random(value: &str) -> bool {
    let bytes = value.as_bytes();
    let hex = bytes.iter().all(u8::is_ascii_hexdigit);
    let alphabet = if hex {
        16.0
    } else {
        let has = |f: fn(&u8) -> bool| bytes.iter().any(f);
        [
            (has(u8::is_ascii_lowercase), 26.0),
            (has(u8::is_ascii_uppercase), 26.0),
            (has(u8::is_ascii_digit), 10.0),
            (has(u8::is_ascii_punctuation), 20.0),
        ]
        .iter()
        .filter(|(present, _)| *present)
        .map(|(_, size)| size)
        .sum::<f64>()
    };
    let ceiling = f64::log2(alphabet).min(f64::log2(bytes.len() as f64));
    shannon_entropy(bytes) >= 0.82 * ceiling
}

/// The text of a string literal without its quotes and prefix: `"x"`, `'x'`, `b"x"`,
/// `r#"x"#`, `"""x"""`. Text that is not quoted is returned trimmed.
pub fn unquote(literal: &str) -> &str {
    let text = literal.trim();
    let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let body = if body.starts_with(['"', '\'', '#']) {
        body
    } else {
        text
    };
    let hashes = body.len() - body.trim_start_matches('#').len();
    let inner = &body[hashes..];
    for quote in ["\"\"\"", "'''", "\"", "'"] {
        if let Some(rest) = inner.strip_prefix(quote) {
            let rest = rest.strip_suffix(&"#".repeat(hashes)).unwrap_or(rest);
            return rest.strip_suffix(quote).unwrap_or(rest);
        }
    }
    text
}

/// Authorization schemes that precede a credential in a header value.
const AUTH_SCHEMES: &[&str] = &[
    "bearer ",
    "basic ",
    "token ",
    "bot ",
    "apikey ",
    "digest ",
    "ntlm ",
    "negotiate ",
];

/// Whether a literal value (already unquoted) looks like a real secret: long enough, mixed
/// alphabet, enough entropy, and none of placeholder, reference, path, URL, identifier,
/// version or sentence.
pub fn is_secret_value(value: &str) -> bool {
    judge_value(value, false)
}

/// [`is_secret_value`] for a value whose name already says secret (`api_key = …`): the name
/// is evidence enough for long made-up-looking keys (`0123abcd…`, a UUID) that alone would be
/// ids or test data. Short sequences (`abcd1234`) stay placeholders.
pub fn is_secret_value_for_secret_name(value: &str) -> bool {
    judge_value(value, true)
}

fn judge_value(value: &str, named: bool) -> bool {
    let mut value = value.trim();
    let lower = value.to_ascii_lowercase();
    if let Some(scheme) = AUTH_SCHEMES.iter().find(|s| lower.starts_with(*s)) {
        value = value[scheme.len()..].trim_start();
    }
    let len = value.len();
    // Long values are fine (JWTs, base64 keys); whitespace below rules out text.
    if !(8..=4096).contains(&len) || !value.is_ascii() {
        return false;
    }
    // Sentences, PEM blocks (a provider rule's job) and lists are not one secret.
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    if !is_plain_literal(value) {
        return false;
    }
    // A long value under a name that says secret is taken even when it looks typed by hand
    // (`1a2b3c…`, `abcdef…12`, `abcde123-fghij456-…`): the name is the evidence, and people
    // commit such values as stand-ins for real keys they paste later. Short ones stay
    // placeholders.
    let long_named = named && len >= 16;
    if looks_like_path_or_url(value)
        || (is_word_sequence(value) && !(long_named && is_numbered_groups(value)))
        || is_version(value)
        || is_date(value)
    {
        return false;
    }
    if (is_uuid(value) && !named) || is_uuid_template(value) || is_regex(value) || is_code(value) {
        return false;
    }
    let has = |f: fn(&char) -> bool| value.chars().any(|c| f(&c));
    let letters = has(char::is_ascii_alphabetic);
    let digits = has(char::is_ascii_digit);
    let symbols = has(char::is_ascii_punctuation);
    let distinct = {
        let mut seen = [false; 128];
        value
            .bytes()
            .for_each(|b| seen[usize::from(b & 0x7f)] = true);
        seen.iter().filter(|&&s| s).count()
    };
    if !letters {
        // Numbers, ports, dates, PINs — but not 32 digits and more under a secret's name.
        return long_named && len >= 32 && distinct >= 8;
    }
    let entropy = shannon_entropy(value.as_bytes());
    if !digits && !symbols {
        // Letters only: words and identifiers, unless long and random — or mixed case that
        // flips far more often than words do (`ztZAZVgldJrlUnLG`, not `getUserName`) — or
        // long and varied under a secret's name (words were ruled out above).
        let flips = value
            .as_bytes()
            .windows(2)
            .filter(|w| w[0].is_ascii_uppercase() != w[1].is_ascii_uppercase())
            .count();
        return (len >= 20 && entropy >= 4.0)
            || (len >= 12 && entropy >= 3.5 && flips * 3 >= len)
            || (long_named && len >= 24 && distinct >= 8);
    }
    if distinct < 6 || (!long_named && (is_typed_pattern(value) || is_sequence(value))) {
        return false;
    }
    let min_entropy = if len < 16 || long_named { 2.5 } else { 3.0 };
    entropy >= min_entropy
}

/// Three or more dash- or dot-separated groups that each hold a digit (`abcde123-fghij456-…`):
/// a key's shape, not words.
fn is_numbered_groups(value: &str) -> bool {
    let groups: Vec<&str> = value
        .split(['-', '.', '_'])
        .filter(|g| !g.is_empty())
        .collect();
    groups.len() >= 3 && groups.iter().all(|g| g.bytes().any(|b| b.is_ascii_digit()))
}

/// Whether a value given to a password is a hard-coded password, however weak: any
/// non-empty constant that is not a reference, a template, a mask or a null word.
pub fn is_password_literal(value: &str) -> bool {
    let value = value.trim();
    if value.is_empty() || value.len() > 512 || is_reference(value) {
        return false;
    }
    let lower = value.to_ascii_lowercase();
    let template = ["${", "{{", "%(", "%s", "<%", "#{"]
        .iter()
        .any(|m| value.contains(m))
        || (value.starts_with('<') && value.ends_with('>'))
        || (value.starts_with('%') && value.ends_with('%'));
    let nothing = matches!(
        lower.as_str(),
        "none" | "null" | "nil" | "undefined" | "true" | "false" | "required" | "optional"
    );
    let mask = value
        .chars()
        .all(|c| matches!(c, '*' | 'x' | 'X' | '.' | '•' | '#' | '?'));
    !template && !nothing && !mask && !value.chars().any(char::is_control)
}

/// Whether a value given to a password name is a password: a secret-looking value, or one of
/// 8 to 64 characters that mixes three of lowercase, uppercase, digits and symbols
/// (`Prl23Db#@`, `FlUgeGeHeImEn01`) and is no placeholder, reference, path, URL or code.
pub fn is_password_value(value: &str) -> bool {
    let value = value.trim();
    if is_secret_value(value) {
        return true;
    }
    let classes = [
        value.bytes().any(|b| b.is_ascii_lowercase()),
        value.bytes().any(|b| b.is_ascii_uppercase()),
        value.bytes().any(|b| b.is_ascii_digit()),
        value.bytes().any(|b| b.is_ascii_punctuation()),
    ];
    (8..=64).contains(&value.len())
        && ((classes.iter().filter(|&&c| c).count() >= 3 && !is_word_sequence(value))
            || is_word_then_digits(value)
            || is_word_with_symbol(value))
        && value.bytes().all(|b| b.is_ascii_graphic() && b != b'\\')
        && is_plain_literal(value)
        && !looks_like_path_or_url(value)
        && !is_code(value)
        && !is_regex(value)
        && !is_version(value)
}

/// The commonest hand-made password: a word, then two to six digits (`letmein42`,
/// `blink5678`), at least 8 characters. Only a password's name makes it one.
fn is_word_then_digits(value: &str) -> bool {
    let digits = value.bytes().rev().take_while(u8::is_ascii_digit).count();
    let word = &value[..value.len() - digits];
    (2..=6).contains(&digits)
        && word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && value.len() >= 8
}

/// Letters with a symbol standing in for one or set after them (`super$ecret`,
/// `Prestigitariu$`, `development#product`): a password trick, not an identifier.
fn is_word_with_symbol(value: &str) -> bool {
    let symbols = value.bytes().filter(|b| b"!@#$%^&*~".contains(b)).count();
    let letters = value.bytes().filter(u8::is_ascii_alphabetic).count();
    (1..=2).contains(&symbols)
        && letters + symbols == value.len()
        && letters >= 6
        && value.as_bytes()[0].is_ascii_alphabetic()
}

/// Whether a value in a password's place (`psexec -p …`, `login(user, "…")`) is a literal
/// password, however weak: not a placeholder, a reference or a template.
pub fn is_implied_password(value: &str) -> bool {
    let value = value.trim();
    value.len() >= 4 && is_password_literal(value) && is_plain_literal(value)
}

/// Not a placeholder, a demo value or a reference.
fn is_plain_literal(value: &str) -> bool {
    !is_placeholder(value) && !is_extra_placeholder(value) && !is_reference(value)
}

/// Placeholders and demo values beyond the shared list.
fn is_extra_placeholder(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    const MARKERS: &[&str] = &[
        "fake", "mock", "sample", "foobar", "todo", "fixme", "tbd", "notset", "not_set", "not-set",
        "default", "•", "...",
    ];
    // What a secret is called, standing in for one (`my_secret_token`), unless the rest is
    // long enough to be the secret itself (`…-TOKEN-ksdfjKHJ92349…`).
    const NAME_WORDS: &[&str] = &["password", "passwd", "secret", "token", "credential"];
    let name_word = |m: &&str| lower.contains(*m) && lower.replace(*m, "").len() < 20;
    MARKERS.iter().any(|m| lower.contains(m))
        || NAME_WORDS.iter().any(name_word)
        || value.contains('{') && value.contains('}')
        || value.starts_with('%') && value.ends_with('%')
        || value.starts_with("<%")
        || value.starts_with("#{")
        || (value.starts_with("&lt;") && value.contains("&gt;"))
        || value.starts_with('{')
        || (value.starts_with('[') && value.ends_with(']'))
}

/// Values that point at where the secret is kept instead of being it.
fn is_reference(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    // `!Ref Name`, `!vault |`: a YAML tag, not a password starting with `!`.
    let tag = value.strip_prefix('!').is_some_and(|rest| {
        rest.split(|c: char| c.is_whitespace())
            .next()
            .is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphabetic()))
    });
    const PREFIXES: &[&str] = &[
        "$",
        "@",
        "arn:",
        "vault:",
        "ref+",
        "sm://",
        "ssm:",
        "secret:",
        "env:",
        "file:",
        "op://",
        "awskms:",
        "gcpkms:",
        "azurekeyvault:",
        "keyring:",
        "projects/",
    ];
    // A SigV4 credential scope (`AKIA…/20240101/us-east-1/s3/aws4_request`) names a key.
    tag || PREFIXES.iter().any(|p| lower.starts_with(p)) || lower.ends_with("/aws4_request")
}

fn looks_like_path_or_url(value: &str) -> bool {
    if value.contains("://") {
        // Credentials inside a URL (`scheme://user:pass@host`) are secrets.
        return !value
            .split("://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .is_some_and(|authority| authority.contains(':') && authority.contains('@'));
    }
    if value.starts_with(['/', '~', '.']) || value.get(1..3) == Some(":\\") {
        return true;
    }
    const FILE_EXTENSIONS: &[&str] = &[
        ".pem", ".key", ".crt", ".cer", ".der", ".p12", ".pfx", ".jks", ".json", ".yaml", ".yml",
        ".toml", ".txt", ".env", ".ini", ".cfg", ".conf", ".gpg", ".asc", ".pub", ".html", ".py",
        ".rs", ".js", ".sh",
    ];
    let lower = value.to_ascii_lowercase();
    FILE_EXTENSIONS.iter().any(|e| lower.ends_with(e))
}

/// Identifiers, hostnames, expressions and phrases: every part between separators is a
/// plain or camel-case word or a short number (`user_password_field`, `db-prod-01`,
/// `Settings.API.Token`, `serverlessrepo:applicationId`, `Jobs[-1].JobId`, `#bygroup`).
/// Symbols that passwords use and identifiers do not (`!`, `%`, `&`, ...) rule it out.
fn is_word_sequence(value: &str) -> bool {
    let parts: Vec<&str> = value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect();
    let words = parts
        .iter()
        .filter(|p| p.len() >= 3 && is_camel_words(p))
        .count();
    // A phrase of three or more words is one whatever joins them (`*all*tokens*updated*`).
    if words >= 3 && words == parts.len() {
        return true;
    }
    if value.contains([
        '!', '%', '^', '&', '*', '?', '~', '+', '|', ';', '<', '>', '`',
    ]) {
        return false;
    }
    parts.iter().all(|part| {
        let word_like = part.len() <= 40 && is_camel_words(part)
            || part.len() <= 15 && part.bytes().all(|b| b.is_ascii_uppercase());
        // Short numbers, and ids or timestamps after a word (`session-1470971431677`).
        let number_len = if words > 0 { 13 } else { 4 };
        let short_number = part.len() <= number_len && part.bytes().all(|b| b.is_ascii_digit());
        let word_then_number = {
            let digits_at = part
                .find(|c: char| c.is_ascii_digit())
                .unwrap_or(part.len());
            let (word, number) = part.split_at(digits_at);
            !word.is_empty()
                && word.len() <= 15
                && word.bytes().all(|b| b.is_ascii_lowercase())
                && number.len() <= 4
                && number.bytes().all(|b| b.is_ascii_digit())
        };
        word_like || short_number || word_then_number || is_identifier_with_digits(part)
    })
}

/// `Ipv6CidrBlock`, `sha256Digest`, `base64Url`: words of three letters or more with a few
/// short numbers between them (random text has shorter letter runs).
fn is_identifier_with_digits(part: &str) -> bool {
    let mut runs: Vec<&str> = Vec::new();
    let mut start = 0;
    let bytes = part.as_bytes();
    for i in 1..=bytes.len() {
        if i == bytes.len() || bytes[i].is_ascii_digit() != bytes[i - 1].is_ascii_digit() {
            runs.push(&part[start..i]);
            start = i;
        }
    }
    let digit_runs = runs
        .iter()
        .filter(|r| r.as_bytes()[0].is_ascii_digit())
        .count();
    (1..=2).contains(&digit_runs)
        && runs.iter().all(|r| {
            if r.as_bytes()[0].is_ascii_digit() {
                r.len() <= 3
            } else {
                r.len() >= 3 && is_camel_words(r)
            }
        })
}

/// Code rather than a value: a call (`input.parse()?`), a path (`token::take`), an
/// expression with operators around names.
fn is_code(value: &str) -> bool {
    value.match_indices("()").any(|(i, _)| {
        value[..i]
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
    }) || value.contains("::")
        || (value.contains('(') && value.contains(')') && !value.contains(' '))
            && value.split('(').next().is_some_and(|head| {
                head.chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
            })
}

/// `word`, `Word`, `camelCase`, `PascalCase`, `HTTPServer`: humps of one capital (or an
/// acronym) and at least two lowercase letters, each at most 15 letters.
fn is_camel_words(part: &str) -> bool {
    if !part.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    // Words of 4+ letters have a vowel; random humps (`Vgld`, `Jrlq`) often do not.
    let has_vowel = |w: &str| {
        w.bytes().any(|b| b"aeiouy".contains(&b)) || part.contains(&w.to_ascii_uppercase())
    };
    name_words(part).iter().all(|w| {
        w.len() <= 15 && (w.len() >= 2 || part.len() == w.len()) && (w.len() < 4 || has_vowel(w))
    }) && part.bytes().filter(u8::is_ascii_uppercase).count() * 2 <= part.len()
}

/// `8-4-4-4-12` hex: request and resource ids far more often than secrets.
fn is_uuid(value: &str) -> bool {
    let groups: Vec<&str> = value.split('-').collect();
    uuid_shaped(&groups, u8::is_ascii_hexdigit)
}

/// Whether `groups` are a UUID's 8-4-4-4-12 groups of bytes that pass `allowed`.
fn uuid_shaped(groups: &[&str], allowed: fn(&u8) -> bool) -> bool {
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| allowed(&b)))
}

/// A UUID's 8-4-4-4-12 groups filled with letters past `f` (`a1b2c3d4-e5f6-g7h8-…`), also
/// after a prefix: typed by a person to show the shape; no generator writes such a UUID.
fn is_uuid_template(value: &str) -> bool {
    let groups: Vec<&str> = value.split('-').collect();
    groups.windows(5).any(|w| {
        uuid_shaped(w, u8::is_ascii_alphanumeric)
            && w.iter().any(|g| {
                g.bytes()
                    .any(|b| b.is_ascii_alphabetic() && !b.is_ascii_hexdigit())
            })
    })
}

/// Regular expressions (`[^\W\d]\w*`, `(?i)token`).
fn is_regex(value: &str) -> bool {
    [
        "\\w", "\\d", "\\s", "\\W", "\\D", "\\S", "\\b", "[^", "(?", ".*", ".+", "\\.", "]{", "]+",
        "]*", "[a-z", "[A-Z", "[0-9",
    ]
    .iter()
    .any(|m| value.contains(m))
}

/// `2018-01-19T11:39:19Z`, `2024-06-01`: dates and times.
fn is_date(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

fn is_version(value: &str) -> bool {
    let v = value.strip_prefix(['v', 'V']).unwrap_or(value);
    v.split(['.', '-', '+'])
        .next()
        .is_some_and(|major| !major.is_empty() && major.bytes().all(|b| b.is_ascii_digit()))
        && v.contains('.')
}

/// Values a person typed to look random: keyboard rows and letter-digit ladders
/// (`qwerty`, `a1b2c3`); never a machine-made key, whatever the name says.
fn is_typed_pattern(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    ["qwerty", "asdfgh", "zxcvbn", "a1b2c3", "1a2b3c"]
        .iter()
        .any(|r| lower.contains(r))
}

/// Keyboard and alphabet runs: `abcd1234`, `qwerty123`, `12345678abc`.
fn is_sequence(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    const RUNS: &[&str] = &["abcdef", "123456", "654321", "abc123"];
    if is_typed_pattern(value) || RUNS.iter().any(|r| lower.contains(r)) {
        return true;
    }
    // Mostly consecutive characters, whatever their case (`0123456789abcdef`, `AbCdEfGh`).
    let steps = lower.as_bytes().windows(2);
    let total = steps.len();
    let consecutive = steps.filter(|w| w[1].wrapping_sub(w[0]) == 1).count();
    total > 0 && consecutive * 2 > total
}

/// `NAME=value` in one word (Dockerfile `ENV`/`ARG`): the name says secret and the value
/// looks like one.
pub fn is_secret_assignment(word: &str) -> bool {
    word.split_once('=')
        .is_some_and(|(name, value)| is_secret_name(name) && is_secret_value(unquote(value)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::name::is_weak_secret_name;

    #[test]
    fn weak_names_and_strong_values() {
        for name in ["stripe_key", "MAILGUN_KEY", "sendgridKey", "twilio-key"] {
            assert!(is_weak_secret_name(name), "{name}");
        }
        for name in [
            "cache_key",
            "primary_key",
            "api_key",
            "key",
            "sort_key",
            "PUBLIC_KEY",
        ] {
            assert!(!is_weak_secret_name(name), "{name}");
        }
        assert!(is_strong_secret_value("rk8Jd93kLx0PzA7vBq2Wm5Tn"));
        assert!(!is_strong_secret_value("Zq8Lr2mX9vT4!"));
        assert!(!is_strong_secret_value(
            "1d2129a1-3d38-460a-9756-e5b91fddb951"
        ));
    }

    #[test]
    fn unquotes_every_literal_form() {
        assert_eq!(unquote("\"abc\""), "abc");
        assert_eq!(unquote("'abc'"), "abc");
        assert_eq!(unquote("b\"abc\""), "abc");
        assert_eq!(unquote("r#\"abc\"#"), "abc");
        assert_eq!(unquote("\"\"\"abc\"\"\""), "abc");
        assert_eq!(unquote("  abc "), "abc");
        assert_eq!(unquote("rb'abc'"), "abc");
    }

    #[test]
    fn secret_looking_values() {
        for value in [
            "hunter22!",
            "s3cr3tP4ss",
            "Tr0ub4dor&3",
            "q8Jd93kLx0PzA7vB",
            "Bearer q8Jd93kLx0PzA7vBx2",
            "2f7c9a1e5b3d4f6a8c0e2b4d6f8a0c1e",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz",
            // A made-up value for the checks under test. redflag: ignore[secret.url-credentials]
            "postgres://admin:Zx81kq0p@db.internal/app",
            "xK9mP2vL8nQ4wR7tY3zA",
            "ztZAZVgldJrlUnLG",
            "]35d/{pB9Fo9wJ",
            "P@55w0rd!",
            "Summer!2024",
        ] {
            assert!(is_secret_value(value), "{value}");
        }
    }

    #[test]
    fn named_values_take_hand_made_keys_but_not_templates() {
        for value in [
            "1a2b3c4d5e6f7g8h9i0j1k2l3m4n5o6p",
            "abcde123-fghij456-klmno789-pqrst012",
            "ghhkkqqzzttvvmmnnppbbxxrrwwyy",
            "48201937561029384756102938475610",
        ] {
            assert!(is_secret_value_for_secret_name(value), "{value}");
            assert!(!is_secret_value(value), "{value} without a name");
        }
        for value in [
            "a1b2c3d4-e5f6-g7h8-i9j0-k1l2m3n4o5p6",
            "abababababababababababab",
            "1a2b3c4d5e",
            "4820193756",
        ] {
            assert!(!is_secret_value_for_secret_name(value), "{value}");
        }
    }

    #[test]
    fn hand_made_passwords() {
        for value in [
            "letmein42",
            "blink5678",
            "super$ecret",
            "Prestigitariu$",
            "abuser123456",
        ] {
            assert!(is_password_value(value), "{value}");
        }
        for value in [
            "mango1",
            "pelican",
            "$password",
            "deploy_admin",
            "v1.2.3",
            "#bygroup",
        ] {
            assert!(!is_password_value(value), "{value}");
        }
    }

    #[test]
    fn values_that_are_not_secrets() {
        for value in [
            "changeme",
            "<your-api-key>",
            "${DB_PASSWORD}",
            "{{ vault_token }}",
            "%s",
            "%(password)s",
            "********",
            "xxxxxxxxxxxx",
            "AKIAIOSFODNN7EXAMPLE",
            "aaaaaaaaaaaa",
            "12345678",
            "abcd1234",
            "qwerty123",
            "$DB_PASSWORD",
            "/etc/secrets/db.pass",
            "./secrets.json",
            "server.pem",
            "https://auth.example.org/token",
            "https://login.microsoftonline.com/common",
            "Please enter your password",
            "user_password_field",
            "Authorization",
            "authorization",
            "x-auth-token",
            "PasswordField",
            "getHTTPResponseCode",
            "Ipv6CidrBlockAssociationSet",
            "input.parse()?",
            "token::take_while",
            "{curve_name",
            "[a-zA-Z0-9-/_+=.@]{1,512}",
            "oauth2",
            "utf8mb4",
            "1.2.3-beta",
            "v2.10.0",
            "2024-01-01",
            "arn:aws:secretsmanager:us-east-1:1:secret:x",
            "vault:secret/data/db#password",
            "mysecretpassword",
            "test-password",
            "fake_token_1",
            "db-prod-01",
            "hmac-sha256",
            "Bearer",
            "CloudFrontOriginAccessIdentityList.NextMarker",
            "serverlessrepo:applicationId",
            "Jobs[-1].JobId",
            "#bygroup",
            "[^\\W\\d]\\w*",
            "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
        ] {
            assert!(!is_secret_value(value), "{value}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            "\"",
            "'",
            "r#",
            "r#\"",
            "\"\"\"",
            "#",
            "=",
            "é",
            "ÉTOKEN=é",
            "Bearer ",
            "bearer é",
            "b'",
            "\u{1F600}password",
            "a::",
            "::",
            "=\"x",
            "\"\"\"\"",
        ] {
            let _ = is_secret_name(text);
            let _ = name_words(text);
            assert!(!is_secret_value(unquote(text)), "{text}");
            assert!(!is_secret_assignment(text), "{text}");
        }
    }

    #[test]
    fn dockerfile_env_words() {
        assert!(is_secret_assignment("NPM_TOKEN=q8Jd93kLx0PzA7vB"));
        assert!(!is_secret_assignment("NPM_TOKEN=${NPM_TOKEN}"));
        assert!(!is_secret_assignment("PATH=/usr/local/bin:/usr/bin"));
        assert!(!is_secret_assignment("NOEQUALS"));
    }
}
