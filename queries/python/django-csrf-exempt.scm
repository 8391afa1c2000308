;; ---
;; id = "py.django-csrf-exempt"
;; title = "Django view exempted from CSRF protection"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 352
;; message = "`{{func}}` turns off CSRF checks: another site can make a logged-in user's browser call this view"
;; tags = ["django", "csrf"]
;; references = ["https://docs.djangoproject.com/en/stable/ref/csrf/"]
;; ---
;; ## Why it matters
;; Without the CSRF check, any page the user visits can submit a form or `fetch` to this view
;; with the user's cookies: changing their e-mail, making a payment, deleting data.
;;
;; ## How to fix
;; Keep the middleware's protection and send the token (the `{% csrf_token %}` tag, or the
;; `X-CSRFToken` header from JavaScript). Webhooks called by another server should verify a
;; signature instead, and use no cookie authentication.
;;
;; ## Safe example
;; ```python
;; @require_POST
;; def update_profile(request):
;;     ...
;; ```

(decorator
  [(identifier) (attribute)] @func
  (#resolves-to? @func "django.views.decorators.csrf.csrf_exempt")) @finding

(call
  function: (_) @func
  (#resolves-to? @func "django.views.decorators.csrf.csrf_exempt")) @finding
