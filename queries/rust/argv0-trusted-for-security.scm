;; ---
;; id = "rs.argv0-trusted-for-security"
;; title = "Program path from argv[0] or current_exe() used in a check"
;; severity = "info"
;; confidence = "low"
;; cwe = 807
;; message = "`{{source}}` is chosen by whoever starts the program: do not base a security decision on it"
;; report = "source"
;; tags = ["trust-boundary", "audit"]
;; references = ["https://doc.rust-lang.org/std/env/fn.current_exe.html#security"]
;; ---
;; ## Why it matters
;; `argv[0]` is whatever the caller passes to `exec` (any string), and `current_exe()` can be
;; steered with hard links or symlinks (the standard library documents this). A check such as
;; "am I the installed binary?", "is this path inside my install dir?", or "load plugins next
;; to my executable" can be bypassed by a local attacker who starts the program from a
;; location they control, notably for setuid or privileged helpers.
;;
;; ## How to fix
;; Do not derive privileges, trusted paths or plugin directories from them: use a path fixed
;; at build or install time, or a configuration only an administrator can write. For display
;; (usage messages) they are fine.
;;
;; ## Safe example
;; ```rust
;; const PLUGIN_DIR: &str = "/usr/lib/myapp/plugins";
;; ```

; if env::current_exe()? == path / exe.starts_with(..) / == "name"
(binary_expression
  left: [(call_expression) (try_expression)] @source
  operator: ["==" "!="]
  (#match? @source "(current_exe\\(\\)|args(_os)?\\(\\)\\.(nth\\(0\\)|next\\(\\)))")
  (#not-in-test? @source)) @finding

(binary_expression
  operator: ["==" "!="]
  right: [(call_expression) (try_expression)] @source
  (#match? @source "(current_exe\\(\\)|args(_os)?\\(\\)\\.(nth\\(0\\)|next\\(\\)))")
  (#not-in-test? @source)) @finding

(call_expression
  function: (field_expression
    value: [(call_expression) (try_expression)] @source
    field: (field_identifier) @_check)
  (#any-of? @_check "starts_with" "ends_with")
  (#match? @source "(current_exe\\(\\)|args(_os)?\\(\\)\\.(nth\\(0\\)|next\\(\\)))")
  (#not-in-test? @source)) @finding
