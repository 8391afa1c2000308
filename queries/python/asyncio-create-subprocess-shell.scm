;; ---
;; id = "py.asyncio-create-subprocess-shell"
;; title = "asyncio.create_subprocess_shell with a command that is not a constant"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 78
;; message = "`{{func}}` hands `{{cmd}}` to the shell"
;; tags = ["injection", "command"]
;; ---
;; ## Why it matters
;; `create_subprocess_shell` runs its string through `/bin/sh`. A command that comes from a
;; variable can carry `;`, `|` or `$()` and start other commands.
;;
;; ## How to fix
;; Use `asyncio.create_subprocess_exec` with the program and its arguments as separate values.
;;
;; ## Safe example
;; ```python
;; proc = await asyncio.create_subprocess_exec("convert", src, dst)
;; ```

(call
  function: (_) @func
  arguments: (argument_list . [(identifier) (attribute) (subscript) (call)] @cmd)
  (#resolves-to? @func "asyncio.create_subprocess_shell" "asyncio.subprocess.create_subprocess_shell")
  (#not-built-string? @cmd)) @finding
