;; ---
;; id = "py.jwt-none-algorithm"
;; title = "JWT signed or accepted with the \"none\" algorithm"
;; severity = "error"
;; confidence = "high"
;; cwe = 327
;; message = "algorithm `{{alg}}` means the token carries no signature: anyone can forge it"
;; tags = ["jwt", "authentication", "crypto"]
;; references = ["https://datatracker.ietf.org/doc/html/rfc8725#section-3.1"]
;; ---
;; ## Why it matters
;; `alg: none` is an unsecured JWT. Issuing one, or listing `"none"` among the algorithms a
;; decoder accepts, lets any client write its own claims (user id, roles, expiry).
;;
;; ## How to fix
;; Sign with a real algorithm (`HS256` with a random key of 32+ bytes, or `RS256`/`ES256`/
;; `EdDSA`) and accept only the algorithms you issue.
;;
;; ## Safe example
;; ```python
;; token = jwt.encode(claims, private_key, algorithm="ES256")
;; claims = jwt.decode(token, public_key, algorithms=["ES256"])
;; ```

(call
  function: (_) @func
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_k
      value: [
        (string (string_content) @alg)
        (list (string (string_content) @alg))
        (tuple (string (string_content) @alg))
      ]))
  (#any-of? @_k "algorithm" "algorithms")
  (#match? @alg "^(?i)none$")
  (#resolves-to? @func "jwt.*" "jose.jwt.*" "jose.jws.*")) @finding
