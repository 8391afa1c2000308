;; ---
;; id = "py.django-insecure-cookie-settings"
;; title = "Django session or CSRF cookie sent over plain HTTP or readable by scripts"
;; severity = "warning"
;; confidence = "high"
;; cwe = 614
;; message = "`{{name}} = False` lets the cookie leak over HTTP or to page scripts"
;; tags = ["django", "cookies", "configuration"]
;; references = ["https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure"]
;;
;; [fix]
;; title = "Set it to True"
;; capture = "value"
;; replace = "True"
;; ---
;; ## Why it matters
;; `SESSION_COOKIE_SECURE = False` and `CSRF_COOKIE_SECURE = False` let the browser send the
;; session or CSRF cookie over plain HTTP, where anyone on the network reads it and takes over
;; the session. `SESSION_COOKIE_HTTPONLY = False` lets any injected script read the session.
;;
;; ## How to fix
;; Serve the site over HTTPS and set the flags to `True` (the HttpOnly one is the default).
;;
;; ## Safe example
;; ```python
;; SESSION_COOKIE_SECURE = True
;; CSRF_COOKIE_SECURE = True
;; ```

(module
  (expression_statement
    (assignment left: (identifier) @name right: (false) @value)) @finding
  (#any-of? @name "SESSION_COOKIE_SECURE" "CSRF_COOKIE_SECURE" "SESSION_COOKIE_HTTPONLY" "LANGUAGE_COOKIE_SECURE"))
