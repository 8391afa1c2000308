;; ---
;; id = "py.tainted-html"
;; title = "Request data reaches HTML that is not escaped"
;; kind = "flow"
;; severity = "error"
;; confidence = "medium"
;; cwe = 79
;; message = "`{{sink}}` puts request data into HTML unescaped: `{{tainted}}` comes from `{{source}}` on line {{source_line}}"
;; tags = ["xss", "flow"]
;; ---
;; ## Why it matters
;; A value from an HTTP request is followed into HTML that is marked safe or sent as is:
;; `markupsafe.Markup`, Django's `mark_safe`, `flask.render_template_string` (the value is
;; the template itself: that is also template injection), Django's `HttpResponse`. Its
;; `<script>` runs in the victim's browser with their session (cross-site scripting).
;;
;; The value is followed inside one function (or the module's own code). `html.escape`,
;; `markupsafe.escape`, Django's `escape`, `conditional_escape`, `format_html` and
;; `bleach.clean` stop the flow.
;;
;; ## How to fix
;; Render values through an autoescaping template, or escape them (`format_html` in Django,
;; `markupsafe.escape`) before they join markup.
;;
;; ## Safe example
;; ```python
;; return render_template("results.html", query=request.args["q"])
;; ```

;; Sources: Flask / Quart request data.
((attribute
   object: (_) @_request
   attribute: (identifier) @_field) @source
  (#resolves-to? @_request "flask.request" "quart.request")
  (#any-of? @_field "args" "form" "values" "json" "cookies" "headers" "files" "data"))

((call
   function: (attribute
     object: (_) @_request
     attribute: (identifier) @_method)) @source
  (#resolves-to? @_request "flask.request" "quart.request")
  (#any-of? @_method "get_json" "get_data"))

;; Sources: a Django view's `request` (or `self.request` in a class-based view).
((attribute
   object: [(identifier) (attribute)] @_request
   attribute: (identifier) @_field) @source
  (#match? @_request "^(self\\.)?request$")
  (#any-of? @_field "GET" "POST" "COOKIES" "META" "FILES" "body"))


;; Sinks: markup marked safe, a template's source, a response's body.
(call
  function: (_) @_html
  arguments: (argument_list . (_) @sink)
  (#resolves-to? @_html "markupsafe.Markup" "flask.Markup" "jinja2.Markup"
    "django.utils.safestring.mark_safe" "django.utils.safestring.SafeString"
    "flask.render_template_string" "quart.render_template_string" "jinja2.Template"
    "django.http.HttpResponse" "django.http.response.HttpResponse"))

;; Sanitizers: escaping.
((call function: (_) @_escape) @sanitizer
  (#resolves-to? @_escape "html.escape" "cgi.escape" "markupsafe.escape" "flask.escape"
    "jinja2.escape" "django.utils.html.escape" "django.utils.html.conditional_escape"
    "django.utils.html.format_html" "bleach.clean"))
