;; ---
;; id = "rs.tls-legacy-protocol-version"
;; title = "SSL 3.0 / TLS 1.0 / TLS 1.1 allowed"
;; severity = "warning"
;; confidence = "high"
;; cwe = 327
;; message = "`{{method}}` allows `{{version}}`, a deprecated protocol version with known attacks"
;; report = "method"
;; tags = ["tls", "crypto"]
;; references = ["https://datatracker.ietf.org/doc/html/rfc8996"]
;; ---
;; ## Why it matters
;; SSL 3.0, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996): they rely on weak hashes and
;; cipher constructions (POODLE, BEAST). Allowing them as the minimum version lets an
;; attacker on the path downgrade the connection.
;;
;; ## How to fix
;; Set the minimum to TLS 1.2, or leave the library default.
;;
;; ## Safe example
;; ```rust
;; let connector = native_tls::TlsConnector::builder()
;;     .min_protocol_version(Some(native_tls::Protocol::Tlsv12))
;;     .build()?;
;; ```

(call_expression
  function: (field_expression field: (field_identifier) @method)
  arguments: (arguments
    .
    (call_expression
      function: (identifier) @_some
      arguments: (arguments . (scoped_identifier name: (identifier) @_v) @version .))
    .)
  (#any-of? @method "min_protocol_version" "set_min_proto_version")
  (#eq? @_some "Some")
  (#any-of? @_v "Sslv3" "Tlsv10" "Tlsv11" "SSL3" "TLS1" "TLS1_1")
  (#not-in-test? @method)) @finding
