;; ---
;; id = "py.mark-safe-non-literal"
;; title = "HTML marked safe from a value that is not a constant"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 79
;; message = "`{{func}}` switches off HTML escaping for `{{arg}}`: anything user-controlled in it is XSS"
;; tags = ["xss", "django", "flask"]
;; references = ["https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe"]
;; ---
;; ## Why it matters
;; Django's `mark_safe` / `SafeString` and MarkupSafe's `Markup` tell the template engine the
;; string is already HTML, so it is inserted without escaping. If any part of it came from a
;; user (a name, a comment, a query parameter), their `<script>` runs in other users' browsers.
;;
;; ## How to fix
;; Build the HTML with `django.utils.html.format_html` (or `Markup("<b>{}</b>").format(x)`),
;; which escapes every argument, and mark only constant templates safe.
;;
;; ## Safe example
;; ```python
;; from django.utils.html import format_html
;; html = format_html("<a href='{}'>{}</a>", url, name)
;; ```

(call
  function: (_) @func
  arguments: (argument_list . (_) @arg)
  (#resolves-to? @func
    "django.utils.safestring.mark_safe" "django.utils.safestring.SafeString"
    "django.utils.safestring.SafeText" "django.utils.html.mark_safe"
    "markupsafe.Markup" "flask.Markup" "jinja2.Markup" "jinja2.utils.Markup")
  (#not-literal? @arg)
  (#not-match? @arg "^(format_html|escape|conditional_escape|render_to_string|html\\.escape|format_html_join)\\(")) @finding
