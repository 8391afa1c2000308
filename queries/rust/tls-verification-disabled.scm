;; ---
;; id = "rs.tls-verification-disabled"
;; title = "TLS certificate or hostname verification turned off"
;; severity = "error"
;; confidence = "high"
;; cwe = 295
;; message = "`{{method}}(true)` accepts any certificate: connections can be intercepted"
;; report = "method"
;; tags = ["tls"]
;;
;; [fix]
;; title = "Keep certificate verification on"
;; capture = "value"
;; replace = "false"
;; ---
;; ## Why it matters
;; With verification off, anyone on the network path (public Wi-Fi, a compromised router, a
;; proxy) can present their own certificate and read or change the traffic, credentials included.
;;
;; ## How to fix
;; Remove the call. To trust a private CA, add its certificate instead of turning checks off.
;;
;; ## Safe example
;; ```rust
;; let ca = reqwest::Certificate::from_pem(&std::fs::read("ca.pem")?)?;
;; let client = reqwest::Client::builder().add_root_certificate(ca).build()?;
;; ```

(call_expression
  function: (field_expression field: (field_identifier) @method)
  arguments: (arguments . (boolean_literal) @value .)
  (#any-of? @method "danger_accept_invalid_certs" "danger_accept_invalid_hostnames" "disable_verification")
  (#eq? @value "true")
  (#not-in-test? @method)) @finding
