;; ---
;; id = "py.possible-hardcoded-key"
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
;; cache, dictionary or database keys), but a long, high-entropy literal given to it is often a
;; provider credential whose format redflag does not know. Names that say they hold data
;; (`cache_key`, `primary_key`, `sort_key`, `public_key`) are not reported.
;;
;; ## How to fix
;; If it is a credential, revoke it and read it from the environment or a secret store. If it
;; is not, suppress it with `# redflag: ignore[py.possible-hardcoded-key]`.
;;
;; ## Safe example
;; ```python
;; import os
;; stripe_key = os.environ["STRIPE_KEY"]
;; ```

(assignment
  left: [(identifier) (attribute attribute: (identifier))] @name
  right: (string) @value
  (#literal? @value)
  (#secret-name? @name "weak")
  (#secret-value? @value "strong"))

(keyword_argument
  name: (identifier) @name
  value: (string) @value
  (#literal? @value)
  (#secret-name? @name "weak")
  (#secret-value? @value "strong"))

(pair
  key: (string) @name
  value: (string) @value
  (#literal? @name)
  (#literal? @value)
  (#secret-name? @name "weak")
  (#secret-value? @value "strong"))
