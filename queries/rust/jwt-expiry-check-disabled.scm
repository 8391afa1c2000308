;; ---
;; id = "rs.jwt-expiry-check-disabled"
;; title = "JWT expiry not checked"
;; severity = "warning"
;; confidence = "high"
;; cwe = 613
;; message = "`{{field}} = false`: expired tokens are accepted forever"
;; report = "field"
;; tags = ["jwt", "auth"]
;;
;; [fix]
;; title = "Check the expiry"
;; capture = "value"
;; replace = "true"
;; ---
;; ## Why it matters
;; Expiry is what limits the damage of a leaked token (logs, browser history, a stolen
;; laptop). With `validate_exp = false` a token stays valid forever, and a user whose access
;; was revoked keeps it as long as they keep the token.
;;
;; ## How to fix
;; Keep `validate_exp` on (the default) and give tokens a short lifetime; use `leeway` for
;; clock skew rather than turning the check off.
;;
;; ## Safe example
;; ```rust
;; let mut validation = Validation::new(Algorithm::HS256);
;; validation.leeway = 30;
;; ```

(assignment_expression
  left: (field_expression field: (field_identifier) @field)
  right: (boolean_literal) @value
  (#eq? @field "validate_exp")
  (#eq? @value "false")
  (#not-in-test? @field)) @finding

(field_initializer
  field: (field_identifier) @field
  value: (boolean_literal) @value
  (#eq? @field "validate_exp")
  (#eq? @value "false")
  (#not-in-test? @field)) @finding
