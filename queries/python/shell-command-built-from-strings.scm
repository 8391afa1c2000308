;; ---
;; id = "py.shell-command-built-from-strings"
;; title = "Shell command assembled with f-string, %, + or .format"
;; severity = "error"
;; confidence = "high"
;; cwe = 78
;; message = "`{{func}}` runs a shell command built from strings at run time: values in it can inject commands"
;; tags = ["injection", "command"]
;; ---
;; ## Why it matters
;; `os.system`, `os.popen`, `subprocess.getoutput` and any `subprocess` call with `shell=True`
;; give the whole string to `/bin/sh`. When the string is glued together from values at run
;; time, a value containing `;`, `|`, `&&`, `$()` or a backtick runs extra commands.
;; This is the classic command-injection shape.
;;
;; ## How to fix
;; Build an argument list and call `subprocess.run` without a shell. If a shell feature is
;; truly needed, pass every outside value through `shlex.quote`.
;;
;; ## Safe example
;; ```python
;; import subprocess
;; subprocess.run(["tar", "-czf", archive, folder], check=True)
;; ```

(call
  function: (_) @func
  arguments: (argument_list
    . (_) @cmd
    (keyword_argument name: (identifier) @_k value: (true)))
  (#resolves-to? @func "subprocess.*")
  (#eq? @_k "shell")
  (#built-string? @cmd)) @finding

(call
  function: (_) @func
  arguments: (argument_list . (_) @cmd)
  (#resolves-to? @func "os.system" "os.popen" "os.popen2" "os.popen3" "os.popen4" "commands.getoutput" "commands.getstatusoutput" "subprocess.getoutput" "subprocess.getstatusoutput" "asyncio.create_subprocess_shell" "popen2.*")
  (#built-string? @cmd)) @finding
