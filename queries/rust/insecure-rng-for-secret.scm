;; ---
;; id = "rs.insecure-rng-for-secret"
;; title = "Token, key or password from a predictable random generator"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 338
;; message = "`{{name}}` comes from a predictable generator: an attacker can guess it"
;; report = "name"
;; tags = ["crypto", "random"]
;; ---
;; ## Why it matters
;; `fastrand`, `SmallRng`, PCG, xorshift/xoshiro and WyRand are fast but not cryptographic:
;; a few outputs reveal the internal state, and seeded generators (`seed_from_u64(42)`, the
;; clock) are predictable outright. Session ids, reset tokens, API keys, nonces and salts made
;; this way can be guessed.
;;
;; ## How to fix
;; Use the operating system's CSPRNG: `rand::rngs::OsRng`, `rand::thread_rng()` /
;; `rand::rng()` (cryptographically secure in `rand`), or `getrandom::fill`.
;;
;; ## Safe example
;; ```rust
;; use rand::{distributions::Alphanumeric, Rng};
;; let token: String = rand::thread_rng().sample_iter(&Alphanumeric).take(32).map(char::from).collect();
;; ```

(let_declaration
  pattern: (identifier) @name
  value: (_) @_value
  (#match? @name "(?i)(token|secret|password|passwd|nonce|salt|api_?key|secret_?key|private_?key|signing_?key|encryption_?key|session_?id|sid|otp|csrf|reset_?code|verification_?code)$")
  (#match? @_value "fastrand::|SmallRng|oorandom|Pcg(32|64)|XorShift|Xoshiro|WyRand|seed_from_u64|StepRng|SystemTime::now\\(\\)")
  (#not-in-test? @name)) @finding
