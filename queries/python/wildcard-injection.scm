;; ---
;; id = "py.wildcard-injection"
;; title = "Shell wildcard passed to tar, chown, chmod, chgrp or rsync"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 155
;; message = "the shell expands `*` in `{{cmd}}`: a file named like an option (`--checkpoint-action=exec=sh x.sh`, `--reference=...`) becomes one"
;; report = "finding"
;; tags = ["injection", "command", "bandit:B609"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b609_linux_commands_wildcard_injection.html", "https://www.exploit-db.com/papers/33930", "https://cwe.mitre.org/data/definitions/155.html"]
;; ---
;; ## Why it matters
;; In `tar czf backup.tgz *` or `chown app:app *`, the shell replaces `*` with the names in
;; the folder before the program sees them, and the program reads names starting with `-` as
;; options. Whoever can create a file in that folder (an upload folder, `/tmp`) picks the
;; options: `--checkpoint-action=exec=sh evil.sh` makes `tar` run a script,
;; `--reference=owned-by-me` makes `chown`/`chmod` copy their ownership or mode, rsync's `-e`
;; runs a command.
;;
;; Reported for commands run through a shell: `os.system`, `os.popen`, `subprocess` with
;; `shell=True`, `commands` / `subprocess.getoutput`.
;;
;; ## How to fix
;; End the options with `--` and use `./*` so every expanded name starts with `./`, or list
;; the files in Python and pass them as an argument list without a shell.
;;
;; ## Safe example
;; ```python
;; files = [str(p) for p in Path(folder).iterdir()]
;; subprocess.run(["tar", "czf", "backup.tgz", "--", *files], check=True)
;; ```

; os.system("tar czf backup.tgz *") / os.popen("chown app *.log")
(call
  function: (_) @func
  arguments: (argument_list . (_) @cmd)
  (#resolves-to? @func
    "os.system" "os.popen" "os.popen2" "os.popen3" "os.popen4"
    "subprocess.getoutput" "subprocess.getstatusoutput" "commands.getoutput" "commands.getstatusoutput"
    "popen2.popen2" "popen2.popen3" "popen2.popen4" "asyncio.create_subprocess_shell")
  (#match? @cmd "(^|[^A-Za-z0-9_.-])(chown|chgrp|chmod|tar|rsync)\\s[^|;&]*\\*")) @finding

; subprocess.Popen("rsync -a * backup/", shell=True)
(call
  function: (_) @func
  arguments: (argument_list
    . (_) @cmd
    (keyword_argument name: (identifier) @_k value: (true)))
  (#eq? @_k "shell")
  (#resolves-to? @func "subprocess.*")
  (#match? @cmd "(^|[^A-Za-z0-9_.-])(chown|chgrp|chmod|tar|rsync)\\s[^|;&]*\\*")) @finding
