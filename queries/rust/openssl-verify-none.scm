;; ---
;; id = "rs.openssl-verify-none"
;; title = "OpenSSL peer verification turned off"
;; severity = "error"
;; confidence = "high"
;; cwe = 295
;; message = "`{{method}}({{mode}})` accepts any certificate: connections can be intercepted"
;; report = "method"
;; # `SslVerifyMode::NONE` or `SslVerifyMode::empty()` (no flag set is NONE).
;; tags = ["tls"]
;;
;; [fix]
;; title = "Verify the peer"
;; capture = "value"
;; replace = "PEER"
;; ---
;; ## Why it matters
;; `SslVerifyMode::NONE` makes OpenSSL complete the handshake with any certificate, so anyone
;; on the network path can impersonate the server and read or change the traffic.
;;
;; ## How to fix
;; Use `SslVerifyMode::PEER` (the default of `SslConnector`). To trust a private CA, load it
;; with `set_ca_file` instead of turning verification off.
;;
;; ## Safe example
;; ```rust
;; let mut builder = SslConnector::builder(SslMethod::tls())?;
;; builder.set_ca_file("ca.pem")?;
;; builder.set_verify(SslVerifyMode::PEER);
;; ```

(call_expression
  function: (field_expression field: (field_identifier) @method)
  arguments: (arguments . (scoped_identifier name: (identifier) @value) @mode)
  (#any-of? @method "set_verify" "set_verify_callback")
  (#eq? @value "NONE")
  (#resolves-to? @mode "openssl::ssl::SslVerifyMode::NONE" "SslVerifyMode::NONE")
  (#not-in-test? @method)) @finding

; builder.set_verify(SslVerifyMode::empty()): no quick fix here (`empty` is a call)
(call_expression
  function: (field_expression field: (field_identifier) @method)
  arguments: (arguments . (call_expression function: (scoped_identifier name: (identifier) @_value) @_empty arguments: (arguments)) @mode)
  (#any-of? @method "set_verify" "set_verify_callback")
  (#eq? @_value "empty")
  (#resolves-to? @_empty "openssl::ssl::SslVerifyMode::empty" "SslVerifyMode::empty" "boring::ssl::SslVerifyMode::empty")
  (#not-in-test? @method)) @finding
