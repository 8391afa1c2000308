;; ---
;; id = "rs.openssl-verify-none"
;; title = "OpenSSL peer verification turned off"
;; severity = "error"
;; confidence = "high"
;; cwe = 295
;; message = "`{{method}}({{mode}})` accepts any certificate: connections can be intercepted"
;; report = "method"
;; keywords = ["SslVerifyMode"]
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
