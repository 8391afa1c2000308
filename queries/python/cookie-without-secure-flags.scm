;; ---
;; id = "py.cookie-without-secure-flags"
;; title = "Cookie set with Secure or HttpOnly explicitly off"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 614
;; message = "`{{option}}` lets this cookie travel over plain HTTP or be read by page scripts"
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
;; The same goes for Flask's `SESSION_COOKIE_SECURE` / `SESSION_COOKIE_HTTPONLY` and
;; Flask-Login's `REMEMBER_COOKIE_*` set to `False` in `app.config` (Django settings modules
;; are `py.django-insecure-cookie-settings`).
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

; app.config["SESSION_COOKIE_SECURE"] = False
(assignment
  left: (subscript subscript: (string (string_content) @option))
  right: (false) @value
  (#any-of? @option "SESSION_COOKIE_SECURE" "SESSION_COOKIE_HTTPONLY" "REMEMBER_COOKIE_SECURE" "REMEMBER_COOKIE_HTTPONLY")) @finding

; app.config.update(SESSION_COOKIE_SECURE=False)
(keyword_argument
  name: (identifier) @_k
  value: (false) @value
  (#any-of? @_k "SESSION_COOKIE_SECURE" "SESSION_COOKIE_HTTPONLY" "REMEMBER_COOKIE_SECURE" "REMEMBER_COOKIE_HTTPONLY")) @finding @option

; app.config.update({"REMEMBER_COOKIE_HTTPONLY": False}) (not a table of defaults)
(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list (dictionary (pair
    key: (string (string_content) @option)
    value: (false) @value) @finding))
  (#any-of? @_m "update" "from_mapping")
  (#any-of? @option "SESSION_COOKIE_SECURE" "SESSION_COOKIE_HTTPONLY" "REMEMBER_COOKIE_SECURE" "REMEMBER_COOKIE_HTTPONLY"))
