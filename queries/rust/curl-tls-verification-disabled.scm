;; ---
;; id = "rs.curl-tls-verification-disabled"
;; title = "libcurl certificate or hostname verification turned off"
;; severity = "error"
;; confidence = "high"
;; cwe = 295
;; message = "`{{method}}` turns off TLS verification: connections can be intercepted"
;; report = "method"
;; tags = ["tls"]
;;
;; [fix]
;; title = "Keep TLS verification on"
;; capture = "value"
;; replace = "true"
;; ---
;; ## Why it matters
;; `ssl_verify_peer(false)` accepts any certificate and `ssl_verify_host(false)` accepts a
;; certificate for any host name (isahc: `SslOption::DANGER_ACCEPT_INVALID_CERTS` /
;; `DANGER_ACCEPT_INVALID_HOSTS`). Anyone on the network path can then impersonate the
;; server and read or change the traffic, credentials included.
;;
;; ## How to fix
;; Remove the call. To trust a private CA, point libcurl at it with `cainfo(path)` instead.
;;
;; ## Safe example
;; ```rust
;; let mut easy = curl::easy::Easy::new();
;; easy.url("https://internal.example.com/")?;
;; easy.cainfo("/etc/myapp/ca.pem")?;
;; ```

; curl: easy.ssl_verify_peer(false), easy.ssl_verify_host(false)
(call_expression
  function: (field_expression field: (field_identifier) @method)
  arguments: (arguments . (boolean_literal) @value .)
  (#any-of? @method "ssl_verify_peer" "ssl_verify_host" "proxy_ssl_verify_peer" "proxy_ssl_verify_host")
  (#eq? @value "false")
  (#not-in-test? @method)) @finding

; isahc: .ssl_options(SslOption::DANGER_ACCEPT_INVALID_CERTS | ...)
(call_expression
  function: (field_expression field: (field_identifier) @_options)
  arguments: (arguments . (_) @method .)
  (#eq? @_options "ssl_options")
  (#match? @method "DANGER_ACCEPT_INVALID_(CERTS|HOSTS)")
  (#not-in-test? @method)) @finding
