;; ---
;; id = "py.django-debug-true"
;; title = "Django settings with DEBUG = True"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 489
;; message = "`DEBUG = True` in a Django settings module shows stack traces, settings and SQL to visitors"
;; tags = ["django", "debug", "configuration"]
;; references = ["https://docs.djangoproject.com/en/stable/ref/settings/#debug"]
;;
;; [fix]
;; title = "Set DEBUG = False"
;; capture = "value"
;; replace = "False"
;; ---
;; ## Why it matters
;; With `DEBUG = True`, every error page lists local variables, settings (with secrets only
;; partly masked), the SQL that ran and the URL patterns. Deployed by mistake, it hands an
;; attacker a map of the application.
;;
;; Only modules that look like Django settings (they also set `INSTALLED_APPS`,
;; `ALLOWED_HOSTS`, `MIDDLEWARE`, `ROOT_URLCONF` or `DATABASES`) are reported.
;;
;; ## How to fix
;; Read it from the environment, defaulting to off, and keep a separate development settings
;; module if you need one.
;;
;; ## Safe example
;; ```python
;; DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
;; ```

(module
  (expression_statement
    (assignment left: (identifier) @_d right: (true) @value)) @finding
  (expression_statement
    (assignment left: (identifier) @_s))
  (#eq? @_d "DEBUG")
  (#any-of? @_s "INSTALLED_APPS" "ALLOWED_HOSTS" "MIDDLEWARE" "ROOT_URLCONF" "DATABASES"))

(module
  (expression_statement
    (assignment left: (identifier) @_s))
  (expression_statement
    (assignment left: (identifier) @_d right: (true) @value)) @finding
  (#eq? @_d "DEBUG")
  (#any-of? @_s "INSTALLED_APPS" "ALLOWED_HOSTS" "MIDDLEWARE" "ROOT_URLCONF" "DATABASES"))
