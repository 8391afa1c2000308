;; ---
;; id = "py.shell-command-built-from-strings"
;; title = "Shell command assembled with f-string, %, + or .format"
;; severity = "error"
;; confidence = "high"
;; cwe = 78
;; message = "`{{func}}` runs a shell command built from strings at run time: values in it can inject commands"
;; keywords = ["shell=True", "shell = True", "system(", "import system", "popen", "getoutput", "getstatusoutput", "create_subprocess_shell"]
;; # a resolved name's module is in an import (`M as`, `M import`) or at the use (`M.`)
;; # and either `shell = True` is passed or:
;; # module.sink at the call (`os.system`), or the module aliased (`os as`), or the sink in `from module import ... sink` (popen2.* by module)
;; requires = [
;;   '''\b(?:subprocess|os|commands|asyncio|popen2)(?:\s*\.|[\s\\]+(?:as|import)\b)''',
;;   '''\bshell(?:[\s\\]|#[^\n]*)*=(?:[\s\\]|#[^\n]*)*True\b|\b(?:os|commands|subprocess|asyncio)\s*\.\s*(?:system|popen[34]?|getoutput|getstatusoutput|create_subprocess_shell)\b|\b(?:os|commands|subprocess|asyncio)[\s\\]+as\b|\b(?:os|commands|subprocess|asyncio)[\s\\]+import(?:[\s\\(),.\w\x80-\xff]|#[^\n]*)*?\b(?:system|popen[34]?|getoutput|getstatusoutput|create_subprocess_shell)\b|\bpopen2\b''',
;; ]
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
