;; ---
;; id = "py.mako-template-no-escape"
;; title = "Mako template without HTML escaping"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 79
;; message = "`{{func}}` renders `${...}` without HTML escaping: user data in it is XSS"
;; tags = ["xss", "templates"]
;; references = ["https://docs.makotemplates.org/en/latest/filtering.html"]
;; ---
;; ## Why it matters
;; Mako does not escape expressions unless told to. A template that renders a user's name or
;; comment into HTML inserts their markup and scripts into the page.
;;
;; ## How to fix
;; Pass `default_filters=["h"]` (HTML-escape everything) to `Template` / `TemplateLookup`, and
;; use `${x | n}` only for trusted markup.
;;
;; ## Safe example
;; ```python
;; lookup = TemplateLookup(directories=["templates"], default_filters=["h"])
;; ```

(call
  function: (_) @func
  arguments: (argument_list) @args
  (#resolves-to? @func "mako.template.Template" "mako.lookup.TemplateLookup")
  (#not-has-kwarg? @args "default_filters")) @finding
