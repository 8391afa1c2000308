;; ---
;; # Rule format: queries/README.md
;; id = "rs.openssl-verify-callback-accepts-all"
;; title = "OpenSSL verify callback that accepts every certificate"
;; severity = "error"
;; confidence = "high"
;; cwe = 295
;; message = "`{{callback}}` always returns `true`: OpenSSL's certificate verdict is overridden and any certificate is accepted"
;; report = "callback"
;; tags = ["tls"]
;; references = ["https://docs.rs/openssl/latest/openssl/ssl/struct.SslContextBuilder.html#method.set_verify_callback", "https://cwe.mitre.org/data/definitions/295.html"]
;; ---
;; ## Why it matters
;; The callback given to `set_verify_callback` receives OpenSSL's verdict for each
;; certificate of the chain (`preverify_ok`) and returns the final one. A callback that
;; returns `true` whatever it is given turns an expired, self-signed or forged certificate
;; into an accepted one, even though the mode says `SslVerifyMode::PEER`: anyone on the
;; network path can impersonate the server (or, on a server, any client certificate passes).
;;
;; ## How to fix
;; Return the `preverify_ok` argument, adding your own checks on top of it (`ok && pinned`).
;; To trust a private CA, load it with `set_ca_file` instead of overriding the verdict.
;;
;; ## Safe example
;; ```rust
;; builder.set_verify_callback(SslVerifyMode::PEER, |preverify_ok, ctx| {
;;     preverify_ok && matches_pin(ctx.current_cert())
;; });
;; ```

; builder.set_verify_callback(SslVerifyMode::PEER, |_, _| true)   (`{ log(..); true }` too)
(call_expression
  function: (field_expression field: (field_identifier) @_method)
  arguments: (arguments
    .
    (_) @_mode
    .
    (closure_expression
      body: [
        (boolean_literal) @_true
        (block (boolean_literal) @_true .)
      ] @_body) @callback
    .)
  (#eq? @_method "set_verify_callback")
  (#eq? @_true "true")
  (#not-match? @_body "\\bfalse\\b|\\breturn\\b")
  ; `SslVerifyMode::NONE` is reported by rs.openssl-verify-none.
  (#not-match? @_mode "\\bNONE\\b")
  (#not-in-test? @_method)) @finding

; fn accept_all(_ok: bool, _ctx: &mut X509StoreContextRef) -> bool { true }
(function_item
  name: (identifier) @callback
  parameters: (parameters
    .
    (parameter type: (primitive_type) @_bool)
    .
    (parameter type: (reference_type type: [(type_identifier) (scoped_type_identifier)] @_ctx))
    .)
  return_type: (primitive_type) @_ret
  body: (block (boolean_literal) @_true .) @_body
  (#eq? @_bool "bool")
  (#eq? @_ret "bool")
  (#eq? @_true "true")
  (#resolves-to? @_ctx "openssl::x509::X509StoreContextRef" "boring::x509::X509StoreContextRef"
    "X509StoreContextRef" "x509::X509StoreContextRef")
  (#not-match? @_body "\\bfalse\\b|\\breturn\\b")
  (#not-in-test? @callback)) @finding
