;; ---
;; id = "rs.possible-hardcoded-key"
;; title = "Random-looking literal assigned to a *_key name"
;; severity = "info"
;; confidence = "low"
;; category = "secret"
;; cwe = 798
;; message = "`{{name}}` is given a random-looking literal: is it a credential?"
;; report = "value"
;; tags = ["secret", "generic", "weak-signal"]
;; references = ["https://cwe.mitre.org/data/definitions/798.html"]
;;
;; [secret]
;; capture = "value"
;; # Each pattern's name is in the value's statement: files without such a pair skip parsing.
;; named_in_statement = true
;; ---
;; ## Why it matters
;; A weak signal, shown only with `--min-severity info`: a name such as `stripe_key` or
;; `MAILGUN_KEY` does not say "secret" as clearly as `api_key` or `password` (many keys are
;; cache, map or database keys), but a long, high-entropy literal given to it is often a
;; provider credential whose format redflag does not know. Names that say they hold data
;; (`cache_key`, `primary_key`, `sort_key`, `public_key`) are not reported.
;;
;; ## How to fix
;; If it is a credential, revoke it and read it from the environment or a secret store. If it
;; is not, suppress it with `// redflag: ignore[rs.possible-hardcoded-key]`.
;;
;; ## Safe example
;; ```rust
;; let stripe_key = std::env::var("STRIPE_KEY")?;
;; ```

([(let_declaration pattern: (identifier) @name value: [(string_literal) (raw_string_literal)] @value)
  (const_item name: (identifier) @name value: [(string_literal) (raw_string_literal)] @value)
  (static_item name: (identifier) @name value: [(string_literal) (raw_string_literal)] @value)
  (field_initializer field: (field_identifier) @name value: [(string_literal) (raw_string_literal)] @value)]
  (#secret-name? @name "weak")
  (#secret-value? @value "strong"))
