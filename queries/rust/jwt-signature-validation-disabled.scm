;; ---
;; id = "rs.jwt-signature-validation-disabled"
;; title = "JWT decoded without checking its signature"
;; severity = "error"
;; confidence = "high"
;; cwe = 347
;; message = "`{{func}}` skips the JWT signature check: anyone can forge the token's claims"
;; report = "func"
;; tags = ["jwt", "auth"]
;; ---
;; ## Why it matters
;; A JWT is only worth its signature: without the check, anyone can write
;; `{"sub": "admin"}` into a token and be believed. Decoding without validation is sometimes
;; used to peek at a claim before choosing a key, and then the unverified claims leak into
;; authorization decisions.
;;
;; ## How to fix
;; Decode with `jsonwebtoken::decode` and a `Validation` that checks the signature. To pick
;; a key first, read only the header with `decode_header` (the `kid`), then verify.
;;
;; ## Safe example
;; ```rust
;; let header = jsonwebtoken::decode_header(token)?;
;; let key = keys.get(&header.kid.unwrap_or_default()).ok_or(Error::UnknownKey)?;
;; let data = jsonwebtoken::decode::<Claims>(token, key, &Validation::new(header.alg))?;
;; ```

(call_expression
  function: (field_expression field: (field_identifier) @func)
  (#eq? @func "insecure_disable_signature_validation")
  (#not-in-test? @func)) @finding

(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  (#resolves-to? @func "jsonwebtoken::dangerous_insecure_decode" "jsonwebtoken::dangerous_insecure_decode_with_validation"
    "jsonwebtoken::dangerous_unsafe_decode" "jsonwebtoken::dangerous::insecure_decode")
  (#not-in-test? @func)) @finding
