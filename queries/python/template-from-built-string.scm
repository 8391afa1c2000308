;; ---
;; id = "py.template-from-built-string"
;; title = "Template source built from strings at run time (server-side template injection)"
;; severity = "error"
;; confidence = "medium"
;; cwe = 1336
;; message = "`{{func}}` compiles a template assembled from `{{source}}`: template syntax in the data runs on the server"
;; tags = ["injection", "templates", "flask"]
;; references = ["https://flask.palletsprojects.com/en/latest/api/#flask.render_template_string"]
;; ---
;; ## Why it matters
;; Formatting user data into the template *source* (instead of passing it as a variable) lets
;; them write `{{ ... }}` expressions, which in Jinja2 and Mako reach Python objects and run
;; commands on the server (SSTI).
;;
;; ## How to fix
;; Keep the template constant and pass data as context variables; they are then rendered as
;; values (and escaped), never evaluated.
;;
;; ## Safe example
;; ```python
;; return render_template_string("<p>Hello {{ name }}</p>", name=name)
;; ```

(call
  function: (_) @func
  arguments: (argument_list . (_) @source)
  (#resolves-to? @func "flask.render_template_string" "jinja2.Template" "mako.template.Template" "django.template.Template")
  (#built-string? @source)) @finding

(call
  function: (attribute attribute: (identifier) @func)
  arguments: (argument_list . (_) @source)
  (#eq? @func "from_string")
  (#built-string? @source)
  (#imports? "jinja2" "flask")) @finding
