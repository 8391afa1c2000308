;; ---
;; id = "py.ssl-wrap-socket"
;; title = "ssl.wrap_socket: no certificate or host name checks by default"
;; severity = "warning"
;; confidence = "high"
;; cwe = 295
;; message = "`{{func}}` does not verify the peer by default and was removed in Python 3.12"
;; tags = ["tls"]
;; ---
;; ## Why it matters
;; The module-level `ssl.wrap_socket` defaults to `cert_reqs=CERT_NONE` and never checks the
;; host name, so a client built on it talks to whoever answers. It was deprecated in 3.7 and
;; removed in 3.12.
;;
;; ## How to fix
;; Make a context and wrap with it, giving the server name.
;;
;; ## Safe example
;; ```python
;; ctx = ssl.create_default_context()
;; tls = ctx.wrap_socket(sock, server_hostname=host)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "ssl.wrap_socket")) @finding
