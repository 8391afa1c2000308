;; ---
;; id = "py.ssl-unverified-context"
;; title = "ssl._create_unverified_context turns certificate checks off"
;; severity = "error"
;; confidence = "high"
;; cwe = 295
;; message = "`{{func}}` makes a TLS context that accepts any certificate for any host"
;; tags = ["tls"]
;;
;; [fix]
;; title = "Use ssl.create_default_context"
;; capture = "method"
;; replace = "create_default_context"
;; ---
;; ## Why it matters
;; The unverified context skips both the certificate chain and the host name check, so any
;; machine on the path can impersonate the server. Assigning it to
;; `ssl._create_default_https_context` turns checks off for the whole process.
;;
;; ## How to fix
;; Use `ssl.create_default_context()`; to trust a private CA, pass `cafile=`.
;;
;; ## Safe example
;; ```python
;; import ssl
;; ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
;; ```

(call
  function: (attribute attribute: (identifier) @method) @func
  (#resolves-to? @func "ssl._create_unverified_context")) @finding

(call
  function: (identifier) @func
  (#resolves-to? @func "ssl._create_unverified_context")) @finding

; ssl._create_default_https_context = ssl._create_unverified_context
(assignment
  right: (attribute) @func
  (#resolves-to? @func "ssl._create_unverified_context")) @finding
