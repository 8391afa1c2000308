;; ---
;; id = "py.subprocess-shell-true"
;; title = "subprocess with shell=True and a command that is not a constant"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 78
;; message = "`{{func}}` hands `{{cmd}}` to the shell: shell metacharacters in it run as commands"
;; tags = ["injection", "command"]
;;
;; [fix]
;; title = "Run the command without a shell"
;; capture = "shell"
;; remove = true
;; ---
;; ## Why it matters
;; With `shell=True` the command string is parsed by `/bin/sh`. If any part of it comes from
;; outside (a file name, a request parameter), characters such as `;`, `|`, `$()` or a
;; backtick start new commands with the program's rights.
;;
;; Commands built with f-strings, `%`, `+` or `.format` are reported by
;; `py.shell-command-built-from-strings` (error) instead.
;;
;; ## How to fix
;; Pass the program and its arguments as a list and drop `shell=True`; the arguments then
;; reach the program verbatim. The quick fix removes `shell=True`: check that the command is a
;; list (or use `shlex.split` on a trusted template). If a shell is really needed, quote every
;; outside value with `shlex.quote`.
;;
;; ## Safe example
;; ```python
;; import subprocess
;; subprocess.run(["grep", "-r", pattern, folder], check=True)
;; ```

(call
  function: (_) @func
  arguments: (argument_list
    . [(identifier) (attribute) (subscript) (call)] @cmd
    (keyword_argument name: (identifier) @_k value: (true)) @shell)
  (#resolves-to? @func "subprocess.*")
  (#eq? @_k "shell")
  (#not-built-string? @cmd)) @finding
