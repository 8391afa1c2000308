;; ---
;; id = "py.jwt-signature-not-verified"
;; title = "JWT decoded without checking its signature"
;; severity = "error"
;; confidence = "high"
;; cwe = 347
;; message = "`{{func}}` with the signature check off trusts whatever claims the token's sender wrote"
;; tags = ["jwt", "authentication"]
;; references = ["https://pyjwt.readthedocs.io/en/stable/usage.html#reading-the-claimset-without-validation"]
;;
;; [fix]
;; title = "Check the signature"
;; capture = "value"
;; replace = "True"
;; ---
;; ## Why it matters
;; A JWT is only as trustworthy as its signature. Decoding with
;; `options={"verify_signature": False}` (PyJWT 2, python-jose) or `verify=False` (PyJWT 1)
;; accepts a token anyone can forge: change `"sub"` or `"role"` and become another user.
;;
;; ## How to fix
;; Decode with the key and an explicit algorithm list. To peek at a header before choosing the
;; key, use `jwt.get_unverified_header`, then verify.
;;
;; ## Safe example
;; ```python
;; claims = jwt.decode(token, public_key, algorithms=["RS256"], audience="my-api")
;; ```

(call
  function: (_) @func
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_opt
      value: (dictionary (pair key: (string (string_content) @_key) value: (false) @value))))
  (#eq? @_opt "options")
  (#eq? @_key "verify_signature")
  (#resolves-to? @func "jwt.decode" "jwt.api_jwt.decode" "jose.jwt.decode" "jwt.decode_complete" "jwt.PyJWT.decode")) @finding

(call
  function: (_) @func
  arguments: (argument_list
    (keyword_argument name: (identifier) @_k value: (false) @value))
  (#eq? @_k "verify")
  (#resolves-to? @func "jwt.decode" "jwt.api_jwt.decode" "jwt.decode_complete")) @finding
