;; ---
;; id = "py.tempfile-mktemp"
;; title = "tempfile.mktemp / os.tempnam: race between naming and creating the file"
;; severity = "warning"
;; confidence = "high"
;; cwe = 377
;; message = "`{{func}}` returns a name another process can create first (symlink attack)"
;; tags = ["filesystem"]
;; ---
;; ## Why it matters
;; `mktemp` only picks a name that does not exist *now*. Between that and your `open`, another
;; local user can create the file or a symlink there, so you write into their file or
;; overwrite one of yours they pointed at. The function is deprecated for this reason.
;;
;; ## How to fix
;; Let the library create the file atomically: `tempfile.mkstemp`, `NamedTemporaryFile`,
;; `TemporaryDirectory`.
;;
;; ## Safe example
;; ```python
;; with tempfile.NamedTemporaryFile("w", delete=False) as f:
;;     f.write(data)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "tempfile.mktemp" "os.tempnam" "os.tmpnam")) @finding
