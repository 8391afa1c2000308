;; ---
;; # Rule format: queries/README.md
;; id = "rs.secret-in-log"
;; title = "Password, token or key written to a log or the console"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 532
;; message = "`{{name}}` is written out by `{{macro}}`: secrets in logs are read by everyone who can read the logs"
;; report = "name"
;; tags = ["logging", "secret"]
;; references = ["https://docs.rs/log/latest/log/", "https://docs.rs/tracing/latest/tracing/#recording-fields", "https://docs.rs/secrecy/latest/secrecy/", "https://cwe.mitre.org/data/definitions/532.html"]
;; ---
;; ## Why it matters
;; Log lines and console output travel far: log files, journald, CI logs, crash reports, log
;; shippers and the people and services that read them. A password, API key or session token
;; written there (`info!("login {user} {password}")`, `debug!(?token)`, `dbg!(api_key)`) can be
;; replayed by anyone with access to the logs, long after the request, and log retention
;; usually outlives secret rotation. The argument's name (or the inline `{name}`) says what it
;; holds; `.len()`, `.is_empty()` and similar calls on it are not reported. `#[instrument]`
;; records every argument of the function with `Debug`, so a `password: &str` parameter is
;; logged on each call unless it is skipped.
;;
;; ## How to fix
;; Leave the secret out, or log a non-reversible hint (its length, the last 4 characters, a
;; key id). Keep secrets in `secrecy::SecretString` so that `Debug` prints `[REDACTED]`, and
;; mark tracing fields with `skip` in `#[instrument(skip(password))]`.
;;
;; ## Safe example
;; ```rust
;; tracing::info!(user = %username, "login attempt");
;; log::debug!("token length: {}", token.len());
;; ```

; Only the macro's own arguments count (not `mask(password)`), and a field or method of the
; secret (`token.kind`, `password.len()`) is not the secret, except the methods that hand it out.
; an argument or field: `info!("{}", password)`, `debug!(?token, ..)`, `dbg!(&api_key)`
(macro_invocation
  macro: [(identifier) (scoped_identifier)] @macro
  (token_tree (identifier) @name . ",") @_args
  (#resolves-to? @macro "trace" "log::trace" "tracing::trace" "::log::trace" "::tracing::trace" "debug" "log::debug"
    "tracing::debug" "::log::debug" "::tracing::debug" "info" "log::info" "tracing::info"
    "::log::info" "::tracing::info" "warn" "log::warn" "tracing::warn" "::log::warn"
    "::tracing::warn" "error" "log::error" "tracing::error" "::log::error" "::tracing::error"
    "log" "log::log" "::log::log" "tracing::event"
    "::tracing::event" "println" "std::println" "::std::println" "eprintln" "std::eprintln"
    "::std::eprintln" "print" "std::print" "::std::print" "eprint" "std::eprint" "::std::eprint"
    "dbg" "std::dbg" "::std::dbg")
  (#secret-name? @name)
  (#not-match? @_args "(?i)\\b(redact|mask|obfuscat|sanitiz|truncat|fingerprint)")
  (#not-in-test? @name)) @finding

; the last argument: `error!("{}", self.password)`
(macro_invocation
  macro: [(identifier) (scoped_identifier)] @macro
  (token_tree (identifier) @name .) @_args
  (#resolves-to? @macro "trace" "log::trace" "tracing::trace" "::log::trace" "::tracing::trace" "debug" "log::debug"
    "tracing::debug" "::log::debug" "::tracing::debug" "info" "log::info" "tracing::info"
    "::log::info" "::tracing::info" "warn" "log::warn" "tracing::warn" "::log::warn"
    "::tracing::warn" "error" "log::error" "tracing::error" "::log::error" "::tracing::error"
    "log" "log::log" "::log::log" "tracing::event"
    "::tracing::event" "println" "std::println" "::std::println" "eprintln" "std::eprintln"
    "::std::eprintln" "print" "std::print" "::std::print" "eprint" "std::eprint" "::std::eprint"
    "dbg" "std::dbg" "::std::dbg")
  (#secret-name? @name)
  (#not-match? @_args "(?i)\\b(redact|mask|obfuscat|sanitiz|truncat|fingerprint)")
  (#not-in-test? @name)) @finding

; a tracing field named as a secret: `info!(password = %pw)`
(macro_invocation
  macro: [(identifier) (scoped_identifier)] @macro
  (token_tree (identifier) @name . "=") @_args
  (#resolves-to? @macro "trace" "log::trace" "tracing::trace" "::log::trace" "::tracing::trace" "debug" "log::debug"
    "tracing::debug" "::log::debug" "::tracing::debug" "info" "log::info" "tracing::info"
    "::log::info" "::tracing::info" "warn" "log::warn" "tracing::warn" "::log::warn"
    "::tracing::warn" "error" "log::error" "tracing::error" "::log::error" "::tracing::error"
    "log" "log::log" "::log::log" "tracing::event"
    "::tracing::event" "println" "std::println" "::std::println" "eprintln" "std::eprintln"
    "::std::eprintln" "print" "std::print" "::std::print" "eprint" "std::eprint" "::std::eprint"
    "dbg" "std::dbg" "::std::dbg")
  (#secret-name? @name)
  (#not-match? @_args "(?i)\\b(redact|mask|obfuscat|sanitiz|truncat|fingerprint)")
  (#not-in-test? @name)) @finding

; a method that hands the secret out: `println!("{}", token.as_str())`
(macro_invocation
  macro: [(identifier) (scoped_identifier)] @macro
  (token_tree (identifier) @name . "." . (identifier) @_method) @_args
  (#resolves-to? @macro "trace" "log::trace" "tracing::trace" "::log::trace" "::tracing::trace" "debug" "log::debug"
    "tracing::debug" "::log::debug" "::tracing::debug" "info" "log::info" "tracing::info"
    "::log::info" "::tracing::info" "warn" "log::warn" "tracing::warn" "::log::warn"
    "::tracing::warn" "error" "log::error" "tracing::error" "::log::error" "::tracing::error"
    "log" "log::log" "::log::log" "tracing::event"
    "::tracing::event" "println" "std::println" "::std::println" "eprintln" "std::eprintln"
    "::std::eprintln" "print" "std::print" "::std::print" "eprint" "std::eprint" "::std::eprint"
    "dbg" "std::dbg" "::std::dbg")
  (#secret-name? @name)
  (#any-of? @_method "as_str" "as_ref" "as_bytes" "expose_secret" "expose" "to_string" "to_owned" "clone"
    "unwrap" "unwrap_or_default" "unwrap_or" "expect" "value" "get" "secret" "inner" "into_inner" "deref"
    "borrow" "as_deref" "to_str" "to_string_lossy" "reveal")
  (#not-match? @_args "(?i)\\b(redact|mask|obfuscat|sanitiz|truncat|fingerprint)")
  (#not-in-test? @name)) @finding

; info!("login with {password}"), println!("{api_key:?}")
(macro_invocation
  macro: [(identifier) (scoped_identifier)] @macro
  (token_tree . (string_literal) @name)
  (#resolves-to? @macro "trace" "log::trace" "tracing::trace" "::log::trace" "::tracing::trace" "debug" "log::debug"
    "tracing::debug" "::log::debug" "::tracing::debug" "info" "log::info" "tracing::info"
    "::log::info" "::tracing::info" "warn" "log::warn" "tracing::warn" "::log::warn"
    "::tracing::warn" "error" "log::error" "tracing::error" "::log::error" "::tracing::error"
    "tracing::event" "::tracing::event" "println" "std::println" "::std::println" "eprintln"
    "std::eprintln" "::std::eprintln" "print" "std::print" "::std::print" "eprint" "std::eprint"
    "::std::eprint")
  (#match? @name "\\{((db|user|admin|root|smtp|api|access|refresh|auth|bearer|client|app|session|secret|private|master|bot|github|gitlab|aws|jwt|id|oauth|account|service|signing|encryption|new|old|plain|raw)_)?(password|passwd|pwd|passphrase|secret|token|api_key|apikey|secret_key|private_key|access_key|credentials|creds|client_secret|auth_token|access_token)(:[^}]*)?\\}")
  (#not-in-test? @name)) @finding

; #[tracing::instrument] fn login(user: &str, password: &str)   (every argument is recorded)
(_
  (attribute_item (attribute [(identifier) (scoped_identifier)] @macro arguments: (token_tree)? @_attr_args))
  .
  [(attribute_item) (line_comment) (block_comment)]*
  .
  (function_item parameters: (parameters (parameter pattern: (identifier) @name type: (_) @_type)))
  (#resolves-to? @macro "tracing::instrument" "instrument" "tracing_attributes::instrument")
  (#not-match? @_attr_args "\\bskip(_all)?\\b")
  (#secret-name? @name)
  (#not-match? @_type "(?i)secret|sensitive|redact|mask|zeroiz|protected")
  (#not-in-test? @name))
