;; ---
;; id = "py.flask-wtf-csrf-disabled"
;; title = "Flask-WTF / WTForms CSRF protection turned off"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 352
;; message = "`{{setting}}` turns off CSRF checks: another site can make a logged-in user's browser submit these forms"
;; report = "finding"
;; tags = ["flask", "csrf", "web"]
;; references = ["https://flask-wtf.readthedocs.io/en/stable/config/", "https://flask-wtf.readthedocs.io/en/stable/csrf/", "https://wtforms.readthedocs.io/en/stable/csrf/", "https://cwe.mitre.org/data/definitions/352.html"]
;; ---
;; ## Why it matters
;; Flask-WTF puts a CSRF token in every form and `CSRFProtect` checks it on every POST.
;; `WTF_CSRF_ENABLED = False`, `WTF_CSRF_CHECK_DEFAULT = False`, a form with
;; `meta={"csrf": False}` / `class Meta: csrf = False`, or `@csrf.exempt` remove that check:
;; any page the user visits can post to the application with their session cookie and change
;; their e-mail, password or data.
;;
;; Settings in a class whose name says it is for tests (`class TestingConfig`) are not
;; reported: tests commonly switch CSRF off.
;;
;; ## How to fix
;; Keep CSRF on in every non-test configuration; exempt only endpoints that authenticate
;; without cookies (a webhook that checks a signature, a token-only API).
;;
;; ## Safe example
;; ```python
;; app.config["WTF_CSRF_ENABLED"] = True
;; csrf = CSRFProtect(app)
;; ```

; app.config["WTF_CSRF_ENABLED"] = False
(assignment
  left: (subscript subscript: (string (string_content) @setting))
  right: (false)
  (#any-of? @setting "WTF_CSRF_ENABLED" "WTF_CSRF_CHECK_DEFAULT")) @finding

; app.config.update(WTF_CSRF_ENABLED=False) / Form(csrf_enabled=False) (Flask-WTF < 1.0)
(keyword_argument
  name: (identifier) @setting
  value: (false)
  (#any-of? @setting "WTF_CSRF_ENABLED" "WTF_CSRF_CHECK_DEFAULT" "csrf_enabled")) @finding

; app.config.update({"WTF_CSRF_ENABLED": False}) / FlaskForm(meta={"csrf": False})
(pair
  key: (string (string_content) @setting)
  value: (false)
  (#any-of? @setting "WTF_CSRF_ENABLED" "WTF_CSRF_CHECK_DEFAULT")) @finding

(call
  function: (_) @_form
  arguments: (argument_list (keyword_argument
    name: (identifier) @_meta
    value: (dictionary (pair key: (string (string_content) @setting) value: (false)))))
  (#eq? @_meta "meta")
  (#eq? @setting "csrf")
  (#imports? "flask_wtf" "wtforms")) @finding

; WTF_CSRF_ENABLED = False in a settings module
(module
  (expression_statement
    (assignment left: (identifier) @setting right: (false)) @finding)
  (#any-of? @setting "WTF_CSRF_ENABLED" "WTF_CSRF_CHECK_DEFAULT"))

; class ProductionConfig: WTF_CSRF_ENABLED = False  (test configurations excluded)
(class_definition
  name: (identifier) @_class
  body: (block (expression_statement
    (assignment left: (identifier) @setting right: (false)) @finding))
  (#any-of? @setting "WTF_CSRF_ENABLED" "WTF_CSRF_CHECK_DEFAULT")
  (#not-match? @_class "(?i)test"))

; class Meta: csrf = False inside a form
(class_definition
  name: (identifier) @_meta
  body: (block (expression_statement
    (assignment left: (identifier) @setting right: (false)) @finding))
  (#eq? @_meta "Meta")
  (#eq? @setting "csrf")
  (#imports? "flask_wtf" "wtforms"))

; @csrf.exempt on a view (CSRFProtect.exempt)
(decorator
  (attribute attribute: (identifier) @_exempt) @setting
  (#eq? @_exempt "exempt")
  (#match? @setting "(?i)csrf")
  (#imports? "flask_wtf")) @finding
