;; ---
;; id = "rs.jwt-hardcoded-key"
;; title = "JWT signing key written in the source"
;; severity = "error"
;; confidence = "high"
;; category = "secret"
;; cwe = 798
;; message = "`{{func}}` gets a hard-coded key: anyone with the source can mint valid tokens"
;; report = "key"
;; tags = ["secret", "jwt"]
;;
;; [secret]
;; capture = "key"
;; min_length = 4
;; ---
;; ## Why it matters
;; With HS256/384/512 the same key signs and verifies tokens. A key in the source is in every
;; clone, fork, build log and binary (`strings` finds it): whoever reads it can forge a token
;; for any user, admin included, and the key cannot be rotated without a release.
;;
;; ## How to fix
;; Load the key at start-up from the environment or a secret manager, and rotate the one
;; that was committed. Better still, sign with an asymmetric key (RS256/EdDSA) so services
;; that only verify never hold the signing key.
;;
;; ## Safe example
;; ```rust
;; let secret = std::env::var("JWT_SECRET")?;
;; let key = jsonwebtoken::EncodingKey::from_secret(secret.as_bytes());
;; ```

(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  arguments: (arguments
    .
    [(string_literal (string_content) @key)
     (reference_expression value: (string_literal (string_content) @key))
     (call_expression
       function: (field_expression value: (string_literal (string_content) @key) field: (field_identifier) @_conv))]
    .)
  (#resolves-to? @func
    "jsonwebtoken::EncodingKey::from_secret" "jsonwebtoken::DecodingKey::from_secret"
    "jsonwebtoken::EncodingKey::from_base64_secret" "jsonwebtoken::DecodingKey::from_base64_secret")
  (#not-in-test? @func)) @finding
