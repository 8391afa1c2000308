;; ---
;; id = "py.set-cookie-missing-flags"
;; title = "Cookie set without Secure or HttpOnly"
;; severity = "info"
;; confidence = "low"
;; cwe = 614
;; message = "`{{func}}` does not pass `secure=True` and `httponly=True`: the cookie may travel over plain HTTP or be read by page scripts"
;; tags = ["cookies", "web", "weak-signal"]
;; references = ["https://flask.palletsprojects.com/en/stable/security/#set-cookie-options", "https://docs.djangoproject.com/en/stable/ref/request-response/#django.http.HttpResponse.set_cookie", "https://owasp.org/www-community/controls/SecureCookieAttribute", "https://cwe.mitre.org/data/definitions/614.html"]
;; ---
;; ## Why it matters
;; Flask/Werkzeug, Django, Starlette/FastAPI, aiohttp and Bottle all default to
;; `secure=False, httponly=False`. Without `Secure` the browser also sends the cookie over
;; plain HTTP, where anyone on the network reads it; without `HttpOnly` any script injected
;; into the page reads it. For a session, remember-me or CSRF-bound cookie that is account
;; takeover. Many cookies (a theme, a language) carry nothing sensitive, hence `info`.
;; Cookies with a flag explicitly `False` are reported by `py.cookie-without-secure-flags`;
;; `http.cookiejar`'s one-argument `set_cookie(cookie)`, deletions (`max_age=0`) and
;; calls that pass `**options` are not reported, nor Falcon-style calls with `http_only=`
;; (Falcon defaults to secure cookies; its calls without any flag are reported all the same).
;;
;; ## How to fix
;; Pass `secure=True, httponly=True, samesite="Lax"` on every cookie that identifies the user
;; (or set the framework's session-cookie settings).
;;
;; ## Safe example
;; ```python
;; response.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")
;; ```

; no secure=
(call
  function: (attribute attribute: (identifier) @_m) @func
  arguments: (argument_list . (_) . (_)) @_args
  (#any-of? @_m "set_cookie" "set_signed_cookie")
  (#not-has-kwarg? @_args "secure")
  (#not-match? @_args "\\*\\*|\\b(secure|httponly)\\s*=\\s*False\\b|\\bmax_age\\s*=\\s*0\\b")
  ; Django's positional form: key, value, max_age, expires, path, domain, secure, ...
  (#not-match? @_args "^\\(([^,]*,){6}")
  ; Falcon spells it http_only and defaults to secure
  (#not-has-kwarg? @_args "http_only")) @finding

; secure= but no httponly=
(call
  function: (attribute attribute: (identifier) @_m) @func
  arguments: (argument_list . (_) . (_)) @_args
  (#any-of? @_m "set_cookie" "set_signed_cookie")
  (#has-kwarg? @_args "secure")
  (#not-has-kwarg? @_args "httponly")
  (#not-match? @_args "\\*\\*|\\b(secure|httponly)\\s*=\\s*False\\b|\\bmax_age\\s*=\\s*0\\b")
  ; Falcon spells it http_only and defaults to secure
  (#not-has-kwarg? @_args "http_only")) @finding
