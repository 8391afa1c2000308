;; ---
;; id = "py.ssl-cert-none"
;; title = "TLS certificate checks disabled with CERT_NONE"
;; severity = "error"
;; confidence = "high"
;; cwe = 295
;; message = "`{{value}}` disables certificate verification: any server certificate is accepted"
;; tags = ["tls"]
;;
;; [fix]
;; title = "Require a valid certificate"
;; capture = "value"
;; replace = "ssl.CERT_REQUIRED"
;; ---
;; ## Why it matters
;; `CERT_NONE` tells the TLS layer not to check the peer's certificate at all. The traffic is
;; encrypted, but to whoever answers: an attacker on the path can present any certificate.
;;
;; ## How to fix
;; Keep the default `CERT_REQUIRED` (what `ssl.create_default_context()` gives) and add your
;; CA with `load_verify_locations` if the server uses a private one.
;;
;; ## Safe example
;; ```python
;; ctx = ssl.create_default_context()
;; ctx.load_verify_locations("internal-ca.pem")
;; ```

; ctx.verify_mode = ssl.CERT_NONE
(assignment
  left: (attribute attribute: (identifier) @_attr)
  right: (_) @value
  (#eq? @_attr "verify_mode")
  (#resolves-to? @value "ssl.CERT_NONE" "OpenSSL.SSL.VERIFY_NONE")) @finding

; wrap_socket(..., cert_reqs=ssl.CERT_NONE), urllib3.PoolManager(cert_reqs="CERT_NONE")
(keyword_argument
  name: (identifier) @_k
  value: (_) @value
  (#any-of? @_k "cert_reqs" "verify_mode")
  (#resolves-to? @value "ssl.CERT_NONE")) @finding

(keyword_argument
  name: (identifier) @_k
  value: (string (string_content) @value)
  (#any-of? @_k "cert_reqs" "verify_mode")
  (#eq? @value "CERT_NONE")) @finding

; ctx.set_verify(SSL.VERIFY_NONE, ...) in pyOpenSSL
(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list . (_) @value)
  (#eq? @_m "set_verify")
  (#resolves-to? @value "OpenSSL.SSL.VERIFY_NONE")) @finding
