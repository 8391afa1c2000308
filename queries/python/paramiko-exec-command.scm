;; ---
;; id = "py.paramiko-exec-command"
;; title = "Paramiko exec_command with a command that is not a constant"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 78
;; message = "`{{method}}` runs `{{cmd}}` in the remote user's shell: metacharacters in it run as commands on that host"
;; tags = ["injection", "command", "ssh", "bandit:B601"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b601_paramiko_calls.html", "https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.exec_command", "https://cwe.mitre.org/data/definitions/78.html"]
;; ---
;; ## Why it matters
;; `SSHClient.exec_command` (and `Channel.exec_command`) sends one string to the SSH server,
;; which runs it with the remote user's login shell. A command assembled from a file name, a
;; host setting or a request parameter can carry `;`, `|`, `$()` or a backtick and run other
;; commands on the remote machine, with that account's rights.
;;
;; Reported in files that import paramiko, when the command is not a constant (a variable,
;; an f-string, `%`, `+`, `.format`). `invoke_shell()` takes no command: what is later sent
;; to its channel needs data-flow analysis.
;;
;; ## How to fix
;; Quote every outside value with `shlex.quote` (the remote side is a POSIX shell), or
;; better, choose among fixed commands and pass data through SFTP or standard input.
;;
;; ## Safe example
;; ```python
;; stdin, stdout, stderr = client.exec_command(f"ls -l -- {shlex.quote(folder)}")
;; ```

(call
  function: (attribute attribute: (identifier) @method)
  arguments: (argument_list . (_) @cmd)
  (#eq? @method "exec_command")
  (#not-literal? @cmd)
  (#not-match? @cmd "^(shlex\\.)?(quote|join)\\(")
  (#imports? "paramiko")) @finding
