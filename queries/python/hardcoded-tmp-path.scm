;; ---
;; id = "py.hardcoded-tmp-path"
;; title = "Hard-coded path in a shared temporary folder"
;; severity = "info"
;; confidence = "low"
;; cwe = 377
;; message = "`{{path}}` is in a world-writable folder: another user may create or link it first"
;; report = "finding"
;; tags = ["filesystem"]
;; ---
;; ## Why it matters
;; Every local user can create files in `/tmp`, `/var/tmp` and `/dev/shm`. A fixed name there
;; can be pre-created or symlinked by someone else, who then reads your data or makes you
;; overwrite a file they chose. Often harmless (containers, single-user machines), hence `info`.
;;
;; ## How to fix
;; Use `tempfile.mkstemp` / `TemporaryDirectory` for a fresh private name, or a folder owned by
;; the application.
;;
;; ## Safe example
;; ```python
;; with tempfile.TemporaryDirectory() as tmp:
;;     path = os.path.join(tmp, "report.csv")
;; ```

; Only where the string is used as a path: passed to a file or path call, given as a
; path-like keyword, or stored under a path-like name. Test data that merely contains
; "/tmp/..." (URL parsing tables, expected values) is left alone.
(call
  function: (_) @_f
  arguments: (argument_list (string (string_content) @path) @finding)
  (#match? @path "^/(tmp|var/tmp|dev/shm)(/|$)")
  (#match? @_f "(?i)(open|path|mkdir|makedirs|remove|unlink|rmtree|copy|move|rename|symlink|link|chmod|chown|exists|listdir|scandir|glob|write|save|load|dump|bind|connect|file|handler|basicconfig|sqlite|db)[a-z_]*$"))

(keyword_argument
  name: (identifier) @_k
  value: (string (string_content) @path) @finding
  (#match? @path "^/(tmp|var/tmp|dev/shm)(/|$)")
  (#match? @_k "(?i)(path|dir|file|folder|filename|root|location|socket|db|database|log)"))

(assignment
  left: [(identifier) @_n (attribute attribute: (identifier) @_n)]
  right: (string (string_content) @path) @finding
  (#match? @path "^/(tmp|var/tmp|dev/shm)(/|$)")
  (#match? @_n "(?i)(path|dir|file|folder|lock|pid|sock|log|cache|db|database|out|output|dest|target|tmp|temp)")
  ; `module.__file__ = "/tmp/x.py"` fakes a module's origin; nothing is written there
  (#not-match? @_n "^__"))
