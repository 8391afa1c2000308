//! Does a *name* say "secret", in any naming style (`password`, `apiKey`, `DB_PASSWD`,
//! `client-secret`, `spring.datasource.password`)? Query rules reach this through
//! `#secret-name?`; the generic secret check asks it of every assignment it finds.

/// Every name `#secret-name?` accepts holds one of these (its secret words, `key`, `pass`),
/// and so do the call names rules match for credentials (`login`, `HTTPBasicAuth`).
pub(crate) const NAME_HINTS: &[&[u8]] = &[
    b"pass", b"pwd", b"psw", b"pssw", b"pasw", b"secret", b"token", b"cred", b"key", b"auth",
    b"login", b"bearer",
];

/// Words that name a secret on their own (`password`, `db_passwd`, `API_TOKEN`).
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwd",
    "passwort",
    "passphrase",
    "pwd",
    "pswd",
    "secret",
    "token",
    "bearer",
    "credential",
    "credentials",
    "creds",
    "apikey",
    "authorization",
    "auth",
    "privatekey",
    "accesskey",
    "secretkey",
    "clientsecret",
];

/// Abbreviations and misspellings of `password` seen in configs (`PSSWD`, `PASWORD`).
const PASSWORD_ABBREVIATIONS: &[&str] = &[
    "pswd", "psswd", "pswrd", "psword", "psswrd", "pssword", "paswd", "paswrd", "pasword",
    "passwrd",
];

/// Qualifiers that turn a following `key` into a secret's name (`api_key`, `signingKey`).
const KEY_QUALIFIERS: &[&str] = &[
    "api",
    "access",
    "secret",
    "private",
    "auth",
    "signing",
    "sign",
    "encryption",
    "encrypt",
    "crypt",
    "master",
    "app",
    "consumer",
    "client",
    "account",
    "hmac",
    "jwt",
    "session",
    "storage",
    "subscription",
    "shared",
    "admin",
    "license",
    "aes",
];

/// Accounts and services whose `pass` is a password (`DB_PASS`, `smtp_pass`).
const PASS_OWNERS: &[&str] = &[
    "db",
    "user",
    "admin",
    "root",
    "smtp",
    "mail",
    "email",
    "ftp",
    "sftp",
    "ssh",
    "mysql",
    "postgres",
    "pg",
    "redis",
    "ldap",
    "proxy",
    "login",
    "account",
    "app",
    "api",
    "service",
    "rabbitmq",
    "mongo",
    "sql",
    "bind",
    "keystore",
    "truststore",
    "store",
    "wifi",
    "vnc",
    "http",
    "basic",
    "database",
    "imap",
    "pop",
    "git",
    "registry",
    "docker",
    "jenkins",
];

/// Words that may follow the secret word and still name the secret itself
/// (`password_value`, `token_b64`, `SECRET_KEY_BASE`).
const VALUE_SUFFIXES: &[&str] = &[
    "value",
    "val",
    "str",
    "string",
    "b64",
    "base64",
    "hex",
    "raw",
    "bytes",
    "plain",
    "plaintext",
    "literal",
    "base",
    "prod",
    "production",
    "dev",
    "staging",
    "live",
    "default",
    "old",
    "new",
    "current",
    "orig",
    "original",
];

/// Words before a secret word that make the name about something else: pagination and
/// lexer tokens (`next_token`, `eos_token`), flags (`is_password`), UI actions.
const NEGATING_PREFIXES: &[&str] = &[
    "next",
    "page",
    "continuation",
    "cursor",
    "sync",
    "start",
    "end",
    "eof",
    "eos",
    "bos",
    "pad",
    "unk",
    "sep",
    "cls",
    "mask",
    "special",
    "cancel",
    "cancellation",
    "lexer",
    "parser",
    "is",
    "has",
    "use",
    "uses",
    "needs",
    "require",
    "requires",
    "allow",
    "enable",
    "show",
    "hide",
    "forgot",
    "reset",
    "no",
    "non",
    "without",
    "public",
    "csrf",
    "xsrf",
    // Idempotency, pagination and workflow tokens (AWS `ClientRequestToken`,
    // `output_token`), and public verification tokens.
    "request",
    "idempotency",
    "change",
    "lifecycle",
    "action",
    "purchase",
    "update",
    "input",
    "output",
    "resume",
    "marker",
    "verification",
    "confirmation",
];

/// Words before `token` that make it a protocol token, not a credential: idempotency
/// (`ClientToken`), optimistic locking (`LockToken`) and pagination (`--starting-token`,
/// `nextForwardToken`) tokens of cloud APIs.
const NEGATING_TOKEN_PREFIXES: &[&str] = &["client", "lock", "starting", "forward", "backward"];

/// Splits a name into lowercase words, whatever its style: `snake_case`, `camelCase`,
/// `PascalCase`, `kebab-case`, `SCREAMING_CASE`, `dotted.keys`, `self.attr`, `["key"]`.
/// Acronyms stay whole (`APIKey` → `api`, `key`); digits end a word (`key2` → `key`, `2`).
pub fn name_words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            flush(&mut current, &mut words);
            continue;
        }
        if let Some(prev) = current.chars().last() {
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            let boundary = (prev.is_ascii_lowercase() && c.is_ascii_uppercase())
                || (prev.is_ascii_uppercase() && c.is_ascii_uppercase() && next_lower)
                || (prev.is_ascii_digit() != c.is_ascii_digit());
            if boundary {
                flush(&mut current, &mut words);
            }
        }
        current.push(c);
    }
    flush(&mut current, &mut words);
    words
}

fn flush(current: &mut String, words: &mut Vec<String>) {
    if !current.is_empty() {
        words.push(current.to_ascii_lowercase());
        current.clear();
    }
}

/// Whether `word` (one lowercase word of a name) names a secret, given the word before it.
fn is_secret_word(word: &str, previous: Option<&str>) -> bool {
    if SECRET_WORDS.contains(&word) || PASSWORD_ABBREVIATIONS.contains(&word) {
        return true;
    }
    if let Some(singular) = word.strip_suffix('s')
        && matches!(
            singular,
            "password" | "secret" | "token" | "passphrase" | "apikey"
        )
    {
        return true;
    }
    if matches!(word, "key" | "keys") {
        return previous.is_some_and(|p| KEY_QUALIFIERS.contains(&p));
    }
    // `pass` alone is too common (`first_pass`, `bypass`); after the name of an account
    // or service it is a password (`db_pass`, `SMTP_PASS`).
    if word == "pass" {
        return previous.is_some_and(|p| PASS_OWNERS.contains(&p));
    }
    // One-word compounds: `dbpassword`, `accesstoken`, `githubtoken` (not `pwd`: too short
    // to tell from other words ending in it).
    [
        "password",
        "passwd",
        "passphrase",
        "secret",
        "token",
        "apikey",
    ]
    .iter()
    .any(|w| word.len() > w.len() && word.ends_with(w))
        // `mysqlpass`, `dbpass`: an account's `pass` in one word.
        || word
            .strip_suffix("pass")
            .is_some_and(|owner| PASS_OWNERS.contains(&owner))
}

/// Whether `name` says it holds a secret. The secret word must be the name's head (last
/// word, or followed only by words like `value`, `b64`): `password_file`, `token_url`,
/// `secret_name` and `api_key_header` name something else.
pub fn is_secret_name(name: &str) -> bool {
    // Type paths and labels used as keys (`"AWS::IAM::AccessKey"`, `"auth/token"`).
    if name.contains("::") || name.contains('/') {
        return false;
    }
    let words = name_words(name);
    let Some(head) = words
        .iter()
        .rposition(|w| !VALUE_SUFFIXES.contains(&w.as_str()) && !is_number(w))
    else {
        return false;
    };
    let previous = head.checked_sub(1).map(|i| words[i].as_str());
    if !is_secret_word(&words[head], previous) {
        return false;
    }
    !previous.is_some_and(|p| {
        NEGATING_PREFIXES.contains(&p)
            || (words[head].starts_with("token") && NEGATING_TOKEN_PREFIXES.contains(&p))
    })
}

/// Whether `name` says it holds a password in particular (`password`, `DB_PASS`, `pwd`,
/// `passphrase`), not a token or key.
pub fn is_password_name(name: &str) -> bool {
    if !is_secret_name(name) {
        return false;
    }
    let words = name_words(name);
    let Some(head) = words
        .iter()
        .rposition(|w| !VALUE_SUFFIXES.contains(&w.as_str()) && !is_number(w))
    else {
        return false;
    };
    let word = words[head].as_str();
    [
        "password",
        "passwd",
        "passwort",
        "passphrase",
        "pwd",
        "pass",
    ]
    .iter()
    .chain(PASSWORD_ABBREVIATIONS)
    .any(|w| {
        word == *w
            || word.strip_suffix('s') == Some(w)
            || (word.ends_with(w) && word.len() > w.len() + 1)
    })
}

/// Qualifiers of `key` that name a lookup or data key, not a credential.
const DATA_KEY_QUALIFIERS: &[&str] = &[
    "cache",
    "primary",
    "foreign",
    "sort",
    "partition",
    "row",
    "column",
    "dict",
    "map",
    "hash",
    "lookup",
    "index",
    "object",
    "s3",
    "registry",
    "config",
    "translation",
    "i18n",
    "unique",
    "composite",
    "idempotency",
    "dedup",
    "group",
    "routing",
    "shard",
    "file",
    "storage",
    "public",
    "host",
    "ssh",
    "gpg",
    "pgp",
    "kid",
    "id",
    "fingerprint",
    "key",
    "env",
    "header",
    "query",
    "param",
    "field",
    "attr",
    "meta",
    "metadata",
    "message",
    "msg",
    "label",
    "setting",
    "settings",
    "option",
    "options",
    "prefix",
    "suffix",
    "name",
    "i",
    "k",
    "the",
    "a",
    "my",
    "new",
    "old",
    "next",
    "prev",
    "last",
    "first",
    "default",
    "init",
    "local",
    "global",
    "sub",
    "parent",
    "child",
    "root",
    "entry",
    "item",
    "record",
    "state",
    "session",
    "cookie",
    "result",
    "tag",
];

/// Whether a word before `key` (or `access`, `private`) makes it data, not a credential
/// (`cache_key`, `last_access`).
pub(crate) fn is_data_qualifier(word: &str) -> bool {
    DATA_KEY_QUALIFIERS.contains(&word) || NEGATING_PREFIXES.contains(&word)
}

/// A weaker secret name: `*_key` (`stripe_key`, `MAILGUN_KEY`) whose qualifier does not
/// say it is data (`cache_key`, `primary_key`) and that is not already a strong name.
pub fn is_weak_secret_name(name: &str) -> bool {
    if name.contains("::") || name.contains('/') || is_secret_name(name) {
        return false;
    }
    let words = name_words(name);
    let Some(head) = words.iter().rposition(|w| !is_number(w)) else {
        return false;
    };
    if head == 0 || words[head] != "key" {
        return false;
    }
    // A qualifier ending in digits is one word with them (`S3Key`: `s3`, not `3`).
    let qualifier = match words[head - 1].as_str() {
        digits if is_number(digits) && head >= 2 => format!("{}{digits}", words[head - 2]),
        word => word.to_string(),
    };
    !DATA_KEY_QUALIFIERS.contains(&qualifier.as_str())
        && !NEGATING_PREFIXES.contains(&qualifier.as_str())
}

fn is_number(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_in_every_style() {
        let cases: &[(&str, &[&str])] = &[
            ("db_password", &["db", "password"]),
            ("apiKey", &["api", "key"]),
            ("APIKey", &["api", "key"]),
            ("API_KEY", &["api", "key"]),
            ("client-secret", &["client", "secret"]),
            (
                "spring.datasource.password",
                &["spring", "datasource", "password"],
            ),
            ("self.authToken", &["self", "auth", "token"]),
            ("[\"X-Api-Key\"]", &["x", "api", "key"]),
            ("key2", &["key", "2"]),
            ("OAuth2Token", &["o", "auth", "2", "token"]),
        ];
        for (name, words) in cases {
            assert_eq!(name_words(name), *words, "{name}");
        }
    }

    #[test]
    fn every_secret_name_holds_a_hint() {
        let names = [
            "password",
            "DB_PASSWD",
            "pwd",
            "clientSecret",
            "apikey",
            "x-api-key",
            "GITHUB_TOKEN",
            "privateKey",
            "credentials",
            "creds",
            "Authorization",
            "smtp_pass",
            "dbpassword",
            "passphrase",
            "stripe_key",
            "secretkey",
            "Passwort",
        ];
        for name in names {
            let lower = name.to_ascii_lowercase();
            assert!(is_secret_name(name) || is_weak_secret_name(name), "{name}");
            assert!(
                NAME_HINTS
                    .iter()
                    .any(|h| lower.as_bytes().windows(h.len()).any(|w| w == *h)),
                "{name}"
            );
        }
    }

    #[test]
    fn secret_names() {
        for name in [
            "password",
            "DB_PASSWORD",
            "dbPassword",
            "db-passwd",
            "pwd",
            "client_secret",
            "clientSecret",
            "SECRET_KEY",
            "SECRET_KEY_BASE",
            "api_key",
            "APIKey",
            "apikey",
            "x-api-key",
            "access_token",
            "accessToken",
            "GITHUB_TOKEN",
            "private_key",
            "privateKey",
            "aws_secret_access_key",
            "credentials",
            "Authorization",
            "basic_auth",
            "smtp_pass",
            "spring.datasource.password",
            "self.password",
            "dbpassword",
            "token_value",
            "password2",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
    }

    #[test]
    fn names_about_something_else() {
        for name in [
            "password_file",
            "PASSWORD_FIELD",
            "token_url",
            "tokenType",
            "secret_name",
            "api_key_header",
            "next_token",
            "pageToken",
            "eos_token",
            "key",
            "public_key",
            "cache_key",
            "first_pass",
            "pass",
            "is_password",
            "show_password",
            "tokenizer",
            "password_hash",
            "secretary",
            "author",
            "csrf_token",
            "\"AWS::SecretsManager::Secret\"",
            "ClientRequestToken",
            "output_token",
            "VerificationToken",
        ] {
            assert!(!is_secret_name(name), "{name}");
        }
    }
}
