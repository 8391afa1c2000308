;; ---
;; id = "py.tls-verify-false"
;; title = "HTTP request with certificate verification turned off (verify=False)"
;; severity = "error"
;; confidence = "high"
;; cwe = 295
;; message = "`verify=False` in `{{func}}` accepts any certificate: the connection can be intercepted"
;; tags = ["tls"]
;;
;; [fix]
;; title = "Remove verify=False (verification is on by default)"
;; capture = "kwarg"
;; remove = true
;; ---
;; ## Why it matters
;; With verification off, anyone on the network path (public Wi-Fi, a compromised router, a
;; corporate proxy) can present their own certificate and read or change the traffic,
;; credentials and tokens included.
;;
;; ## How to fix
;; Remove `verify=False`. To trust a private CA, pass its bundle: `verify="/path/ca.pem"`.
;;
;; ## Safe example
;; ```python
;; requests.get(url, timeout=10)
;; httpx.Client(verify="/etc/ssl/internal-ca.pem")
;; ```

; requests.get(..., verify=False), httpx.Client(verify=False), ...
(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (false)) @kwarg)
  (#eq? @_k "verify")
  (#resolves-to? @func "requests.*" "httpx.*" "aiohttp.*")) @finding

; session.get(url, verify=False) on a session or client object.
(call
  function: (attribute attribute: (identifier) @func)
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (false)) @kwarg)
  (#eq? @_k "verify")
  (#any-of? @func "get" "post" "put" "patch" "delete" "head" "options" "request" "send" "stream")
  (#imports? "requests" "httpx")) @finding

; session.verify = False
(assignment
  left: (attribute attribute: (identifier) @func)
  right: (false)
  (#eq? @func "verify")
  (#imports? "requests" "httpx")) @finding
