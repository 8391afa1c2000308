;; ---
;; id = "rs.hmac-hardcoded-key"
;; title = "HMAC key written in the source"
;; severity = "error"
;; confidence = "medium"
;; category = "secret"
;; cwe = 321
;; message = "`{{func}}` gets a hard-coded key: anyone with the source can forge the MACs"
;; report = "key"
;; tags = ["secret", "crypto"]
;;
;; [secret]
;; capture = "key"
;; min_length = 4
;; ---
;; ## Why it matters
;; An HMAC only proves who made a message if the key is secret. A key in the source is in
;; every clone, build and binary: whoever reads it can sign webhooks, session cookies or API
;; requests that your code will accept as genuine.
;;
;; ## How to fix
;; Load the key from the environment or a secret manager at start-up, and rotate the one that
;; was committed.
;;
;; ## Safe example
;; ```rust
;; let key = std::env::var("WEBHOOK_SECRET")?;
;; let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes())?;
;; ```

; Hmac::<Sha256>::new_from_slice(b"...") and type aliases of Hmac (`HmacSha256::new_from_slice`),
; also a byte array: new_from_slice(&[0x0b; 20])
(call_expression
  function: (scoped_identifier name: (identifier) @_new) @func
  arguments: (arguments
    .
    [(string_literal (string_content) @key)
     (reference_expression value: (string_literal (string_content) @key))
     (call_expression
       function: (field_expression value: (string_literal (string_content) @key) field: (field_identifier) @_conv))
     (reference_expression value: (array_expression) @key)
     (array_expression) @key]
    .)
  (#any-of? @_new "new_from_slice" "new_varkey")
  ; an array of number literals (`[0u8; 32]`, `[1, 2, 3]`), not `[a, b]`
  (#match? @key "(?s)^(\\[[\\s0-9a-fA-FxXu_,;]*\\]|[^\\[].*)$")
  (#imports? "hmac")
  (#not-in-test? @_new)) @finding

; ring::hmac::Key::new(hmac::HMAC_SHA256, b"...")
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  arguments: (arguments
    (_)
    .
    [(string_literal (string_content) @key)
     (reference_expression value: (string_literal (string_content) @key))
     (call_expression
       function: (field_expression value: (string_literal (string_content) @key) field: (field_identifier) @_conv))]
    .)
  (#resolves-to? @func "ring::hmac::Key::new" "aws_lc_rs::hmac::Key::new")
  (#not-in-test? @func)) @finding
