;; ---
;; id = "py.cookie-without-secure-flags"
;; title = "Cookie set with Secure or HttpOnly explicitly off"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 614
;; message = "`{{option}}` lets this cookie travel over plain HTTP or be read by page scripts"
;; keywords = ["set_cookie"]
;; # `secure = False` or `httponly = False` is passed
;; requires = [
;;   '''\b(?:secure|httponly)(?:[\s\\]|#[^\n]*)*=(?:[\s\\]|#[^\n]*)*False\b''',
;; ]
;; tags = ["cookies", "web"]
;;
;; [fix]
;; title = "Turn the flag on"
;; capture = "value"
;; replace = "True"
;; ---
;; ## Why it matters
;; A cookie without `Secure` is sent over plain HTTP, where anyone on the network reads it; a
;; cookie without `HttpOnly` can be read by any script injected into the page. For a session
;; or remember-me cookie either one means account takeover.
;;
;; ## How to fix
;; Set `secure=True, httponly=True` (and `samesite="Lax"` or `"Strict"`) on cookies that
;; carry identity.
;;
;; ## Safe example
;; ```python
;; response.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")
;; ```

(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list
    (keyword_argument name: (identifier) @_k value: (false) @value) @option)
  (#eq? @_m "set_cookie")
  (#any-of? @_k "secure" "httponly")) @finding
