;; ---
;; id = "py.os-exec-shell-c"
;; title = "os.exec*/os.spawn* starting a shell with -c and a command that is not a constant"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 78
;; message = "`{{func}}` starts a shell on `{{cmd}}`"
;; tags = ["injection", "command"]
;; ---
;; ## Why it matters
;; `os.execl("/bin/sh", "sh", "-c", cmd)` is `os.system` by another name: the shell parses
;; `cmd`, so metacharacters from outside input run as commands.
;;
;; ## How to fix
;; Exec the program itself with its arguments (`os.execv(path, [path, arg1, ...])`), or use
;; `subprocess.run` with a list.
;;
;; ## Safe example
;; ```python
;; os.execvp("convert", ["convert", src, dst])
;; ```

(call
  function: (_) @func
  arguments: (argument_list (string) @_c . (_) @cmd)
  (#resolves-to? @func "os.execl" "os.execle" "os.execlp" "os.execlpe" "os.spawnl" "os.spawnle" "os.spawnlp" "os.spawnlpe")
  (#match? @_c "^[bru]?['\"]-c['\"]$")
  (#not-literal? @cmd)) @finding

(call
  function: (_) @func
  arguments: (argument_list (list (string) @_c . (_) @cmd))
  (#resolves-to? @func "os.execv" "os.execve" "os.execvp" "os.execvpe" "os.spawnv" "os.spawnve" "os.spawnvp" "os.spawnvpe" "os.posix_spawn" "os.posix_spawnp")
  (#match? @_c "^[bru]?['\"]-c['\"]$")
  (#not-literal? @cmd)) @finding
