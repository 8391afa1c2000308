;; ---
;; id = "py.ssl-check-hostname-false"
;; title = "TLS host name check turned off (check_hostname = False)"
;; severity = "error"
;; confidence = "high"
;; cwe = 297
;; message = "`{{target}} = False` accepts a valid certificate issued for any other host"
;; report = "finding"
;; tags = ["tls"]
;;
;; [fix]
;; title = "Keep the host name check"
;; capture = "value"
;; replace = "True"
;; ---
;; ## Why it matters
;; Without the host name check, any certificate signed by a trusted CA is accepted, including
;; one an attacker got for their own domain: a man in the middle only needs a certificate for
;; `evil.example`.
;;
;; ## How to fix
;; Leave `check_hostname` at its default (`True` in `ssl.create_default_context()`), and pass
;; `server_hostname=` when wrapping the socket.
;;
;; ## Safe example
;; ```python
;; ctx = ssl.create_default_context()
;; tls = ctx.wrap_socket(sock, server_hostname=host)
;; ```

(assignment
  left: (attribute attribute: (identifier) @_attr) @target
  right: (false) @value
  (#eq? @_attr "check_hostname")) @finding

(keyword_argument
  name: (identifier) @target
  value: (false) @value
  (#any-of? @target "check_hostname" "assert_hostname")) @finding
