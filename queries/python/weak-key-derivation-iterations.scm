;; ---
;; id = "py.weak-key-derivation-iterations"
;; title = "PBKDF2 with too few iterations"
;; severity = "warning"
;; confidence = "high"
;; cwe = 916
;; message = "{{count}} PBKDF2 iterations make password guessing cheap (OWASP: 600000 for SHA-256)"
;; report = "count"
;; tags = ["crypto", "password"]
;; ---
;; ## Why it matters
;; PBKDF2's only defence against guessing is its iteration count. With a few thousand
;; iterations a stolen hash database can be tested at billions of guesses per second on GPUs.
;; This rule flags constant counts below 100000.
;;
;; ## How to fix
;; Use at least 600000 iterations for PBKDF2-HMAC-SHA256 (OWASP 2023), or switch to
;; `hashlib.scrypt` / argon2.
;;
;; ## Safe example
;; ```python
;; key = hashlib.pbkdf2_hmac("sha256", password, salt, 600_000)
;; ```

(call
  function: (_) @_func
  arguments: (argument_list . (_) . (_) . (_) . (integer) @count)
  (#resolves-to? @_func "hashlib.pbkdf2_hmac")
  (#match? @count "^([0-9]{1,5}|[0-9]{1,2}_[0-9]{3})$")) @finding

(call
  function: (_) @_func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (integer) @count))
  (#any-of? @_k "iterations" "count" "rounds")
  (#resolves-to? @_func "hashlib.pbkdf2_hmac" "cryptography.hazmat.primitives.kdf.pbkdf2.PBKDF2HMAC" "Crypto.Protocol.KDF.PBKDF2" "Cryptodome.Protocol.KDF.PBKDF2" "passlib.hash.pbkdf2_sha256.using" "passlib.hash.pbkdf2_sha512.using")
  (#match? @count "^([0-9]{1,5}|[0-9]{1,2}_[0-9]{3})$")) @finding
