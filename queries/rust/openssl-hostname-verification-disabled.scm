;; ---
;; id = "rs.openssl-hostname-verification-disabled"
;; title = "OpenSSL hostname verification turned off"
;; severity = "error"
;; confidence = "high"
;; cwe = 297
;; message = "`{{method}}(false)` accepts a valid certificate for any host: connections can be intercepted"
;; report = "method"
;; tags = ["tls"]
;;
;; [fix]
;; title = "Keep hostname verification on"
;; capture = "value"
;; replace = "true"
;; ---
;; ## Why it matters
;; Without the hostname check, any certificate signed by a trusted CA is accepted for any
;; server, and anyone can get such a certificate for a domain they own. An attacker on the
;; network path can then impersonate the server.
;;
;; ## How to fix
;; Leave hostname verification on (the default of `SslConnector::configure`). If you connect
;; by IP address, put the IP in the certificate's subjectAltName.
;;
;; ## Safe example
;; ```rust
;; let stream = connector.configure()?.connect("example.com", tcp)?;
;; ```

(call_expression
  function: (field_expression field: (field_identifier) @method)
  arguments: (arguments . (boolean_literal) @value .)
  (#any-of? @method "verify_hostname" "set_verify_hostname")
  (#eq? @value "false")
  (#not-in-test? @method)) @finding
