;; ---
;; id = "py.hmac-digest-compared-with-eq"
;; title = "HMAC or signature compared with == (timing leak)"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 208
;; message = "`{{op}}` on a MAC returns early at the first differing byte: use hmac.compare_digest"
;; report = "finding"
;; tags = ["crypto"]
;;
;; [fix]
;; title = "Compare in constant time (needs `import hmac`)"
;; capture = "equality"
;; replace = "hmac.compare_digest({{left}}, {{right}})"
;; ---
;; ## Why it matters
;; `==` on strings or bytes stops at the first difference, so how long a failed check takes
;; tells an attacker how many leading bytes of their forged MAC were right; byte by byte they
;; can build a valid signature.
;;
;; ## How to fix
;; Compare with `hmac.compare_digest`, whose time does not depend on where the inputs differ.
;;
;; ## Safe example
;; ```python
;; expected = hmac.new(key, body, hashlib.sha256).hexdigest()
;; if not hmac.compare_digest(expected, signature):
;;     raise PermissionError("bad signature")
;; ```

; a == b: the quick fix rewrites it to hmac.compare_digest(a, b).
(comparison_operator
  .
  (_) @left
  .
  "==" @op
  .
  (_) @right
  .
  (#match? @left "(^|[^_a-z])hmac\\.(new|digest)\\(|(?i)(^|\\.)((expected|received|given|computed|calculated|provided|request|header|client|server|actual|valid|good|our|their|my)_?)?(signature|sig|mac|hmac|digest)$")
  (#match? @right "(^|[^_a-z])hmac\\.(new|digest)\\(|(?i)(^|\\.)((expected|received|given|computed|calculated|provided|request|header|client|server|actual|valid|good|our|their|my)_?)?(signature|sig|mac|hmac|digest)$")) @finding @equality

; a != b: no mechanical fix (it would need a `not`).
(comparison_operator
  .
  (_) @left
  .
  "!=" @op
  .
  (_) @right
  .
  (#match? @left "(^|[^_a-z])hmac\\.(new|digest)\\(|(?i)(^|\\.)((expected|received|given|computed|calculated|provided|request|header|client|server|actual|valid|good|our|their|my)_?)?(signature|sig|mac|hmac|digest)$")
  (#match? @right "(^|[^_a-z])hmac\\.(new|digest)\\(|(?i)(^|\\.)((expected|received|given|computed|calculated|provided|request|header|client|server|actual|valid|good|our|their|my)_?)?(signature|sig|mac|hmac|digest)$")) @finding
