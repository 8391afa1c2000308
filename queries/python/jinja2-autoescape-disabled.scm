;; ---
;; id = "py.jinja2-autoescape-disabled"
;; title = "Jinja2 environment without HTML autoescaping"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 79
;; message = "`{{func}}` renders variables without HTML escaping: user data in an HTML template is XSS"
;; tags = ["xss", "templates"]
;; references = ["https://jinja.palletsprojects.com/en/stable/api/#autoescaping"]
;;
;; [fix]
;; title = "Turn autoescaping on"
;; capture = "value"
;; replace = "True"
;; ---
;; ## Why it matters
;; Jinja2's `Environment` does not escape by default (Flask turns it on for you, a bare
;; `Environment` does not). Rendering an HTML template with a user's name or comment then
;; inserts their markup and scripts into the page.
;;
;; ## How to fix
;; Pass `autoescape=select_autoescape()` (escapes `.html`/`.xml` templates) or
;; `autoescape=True`. Templates that produce plain text (e-mails, config files) can say
;; `autoescape=False` with a `# redflag: ignore[py.jinja2-autoescape-disabled]` comment.
;;
;; ## Safe example
;; ```python
;; from jinja2 import Environment, PackageLoader, select_autoescape
;; env = Environment(loader=PackageLoader("app"), autoescape=select_autoescape())
;; ```

(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (false) @value))
  (#eq? @_k "autoescape")
  (#resolves-to? @func "jinja2.Environment" "jinja2.Template" "jinja2.environment.Environment" "jinja2.sandbox.SandboxedEnvironment")) @finding

(call
  function: (_) @func
  arguments: (argument_list) @args
  (#resolves-to? @func "jinja2.Environment" "jinja2.environment.Environment" "jinja2.sandbox.SandboxedEnvironment")
  (#not-has-kwarg? @args "autoescape")) @finding
