;; ---
;; id = "py.os-system-non-literal"
;; title = "os.system / os.popen / getoutput with a command that is not a constant"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 78
;; message = "`{{func}}` runs `{{cmd}}` through the shell"
;; tags = ["injection", "command"]
;; ---
;; ## Why it matters
;; These functions always start `/bin/sh -c <command>`. If the command comes from a variable
;; that outside input can reach, shell metacharacters in it (`;`, `|`, `$()`) run as commands.
;; (Commands glued together with f-strings, `%`, `+` or `.format` are reported as errors by
;; `py.shell-command-built-from-strings`.)
;;
;; ## How to fix
;; Use `subprocess.run` with an argument list and no shell; read output with
;; `capture_output=True`.
;;
;; ## Safe example
;; ```python
;; import subprocess
;; out = subprocess.run(["git", "log", "-1", ref], capture_output=True, text=True, check=True).stdout
;; ```

(call
  function: (_) @func
  arguments: (argument_list . [(identifier) (attribute) (subscript) (call)] @cmd)
  (#resolves-to? @func "os.system" "os.popen" "os.popen2" "os.popen3" "os.popen4" "commands.getoutput" "commands.getstatusoutput" "subprocess.getoutput" "subprocess.getstatusoutput" "popen2.*")
  (#not-built-string? @cmd)) @finding
