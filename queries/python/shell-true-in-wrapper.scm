;; ---
;; id = "py.shell-true-in-wrapper"
;; title = "shell=True passed to a function other than subprocess's"
;; severity = "info"
;; confidence = "low"
;; cwe = 78
;; message = "`{{func}}` is called with `shell=True`: if it hands the command to a shell, metacharacters in it run as commands"
;; tags = ["injection", "command", "weak-signal", "bandit:B604"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b604_any_other_function_with_shell_equals_true.html", "https://cwe.mitre.org/data/definitions/78.html"]
;; ---
;; ## Why it matters
;; Projects wrap `subprocess` in helpers (`utils.execute(cmd, shell=True)`,
;; `run_command(...)`, Fabric's `local`, Ansible modules' `run_command`). A `shell=True`
;; passed to such a helper usually ends in `/bin/sh -c`, with the same injection risk as
;; `subprocess` itself, but redflag cannot see inside the helper, hence `info`. Calls with a
;; constant command are not reported. (`subprocess` calls are handled by
;; `py.subprocess-shell-true` and `py.shell-command-built-from-strings`.)
;;
;; ## How to fix
;; Give the helper an argument list and no shell, or quote every outside value with
;; `shlex.quote` before it reaches the command string.
;;
;; ## Safe example
;; ```python
;; execute(["ip", "link", "set", device, "up"])
;; ```

(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (true))) @_args
  (#eq? @_k "shell")
  (#not-resolves-to? @func "subprocess.*" "asyncio.*")
  ; a dict of options, a quoting helper, a test assertion
  (#not-match? @func "(^|\\.)(dict|[A-Za-z_]*quote[A-Za-z_]*|assert[A-Za-z_]*)$")
  ; a constant command: `helper("ls -l", shell=True)`
  (#not-match? @_args "^\\(\\s*[rRbBuU]{0,2}(['\"])")) @finding
