;; ---
;; id = "py.process-partial-path"
;; title = "Program started by a bare name, found through PATH"
;; severity = "info"
;; confidence = "low"
;; cwe = 426
;; message = "`{{func}}` starts `{{prog}}` without a full path: whichever directory comes first in PATH decides what runs"
;; report = "finding"
;; tags = ["command", "weak-signal", "bandit:B607"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b607_start_process_with_partial_path.html", "https://docs.python.org/3/library/subprocess.html#popen-constructor", "https://cwe.mitre.org/data/definitions/426.html"]
;; ---
;; ## Why it matters
;; `subprocess.run(["git", ...])`, `os.system("tar ...")` or `os.execlp("sh", ...)` run the
;; first program of that name found in the `PATH` of the process. Where `PATH` (or the current
;; folder, on Windows) can be influenced by someone else (a writable folder early in `PATH`,
;; a service started from a user's shell, a CI runner), they choose the program that runs
;; with your rights. Most such calls are fine, hence `info`.
;;
;; A command counts as a full path when it starts with `/`, `\`, `.`, `~`, `$` or a drive
;; letter. Only constant commands are looked at.
;;
;; ## How to fix
;; Resolve the program once, e.g. with `shutil.which` at start-up (or a configured absolute
;; path), and run that path; or set `env={"PATH": "/usr/bin:/bin"}` for the child.
;;
;; ## Safe example
;; ```python
;; GIT = shutil.which("git") or "/usr/bin/git"
;; subprocess.run([GIT, "status"], check=True)
;; ```

; subprocess.run(["git", "status"]) / os.system("ls -l") / os.execlp("sh", "sh", "-c", cmd)
(call
  function: (_) @func
  arguments: (argument_list . [
    (string (string_content) @prog) @_s
    (list . (string (string_content) @prog) @_s)
    (tuple . (string (string_content) @prog) @_s)
  ])
  (#resolves-to? @func
    "subprocess.Popen" "subprocess.call" "subprocess.check_call" "subprocess.check_output" "subprocess.run"
    "subprocess.getoutput" "subprocess.getstatusoutput"
    "os.system" "os.popen" "os.popen2" "os.popen3" "os.popen4" "os.startfile"
    "os.execl" "os.execle" "os.execlp" "os.execlpe" "os.execv" "os.execve" "os.execvp" "os.execvpe"
    "os.posix_spawn" "os.posix_spawnp"
    "popen2.popen2" "popen2.popen3" "popen2.popen4" "popen2.Popen3" "popen2.Popen4"
    "commands.getoutput" "commands.getstatusoutput"
    "asyncio.create_subprocess_exec" "asyncio.create_subprocess_shell")
  (#literal? @_s)
  (#match? @prog "^[A-Za-z0-9_]")
  (#not-match? @prog "^[A-Za-z]:")
  ; shell built-ins: nothing is looked up in PATH
  (#not-match? @prog "^(cd|exit|set|export|unset|true|false|exec|ulimit|umask|source|trap|wait|eval|shift|return|break)([\\s;&|]|$)")) @finding

; os.spawnlp(os.P_WAIT, "cp", "cp", src, dst): the program is the second argument
(call
  function: (_) @func
  arguments: (argument_list . (_) . [
    (string (string_content) @prog) @_s
    (list . (string (string_content) @prog) @_s)
  ])
  (#resolves-to? @func
    "os.spawnl" "os.spawnle" "os.spawnlp" "os.spawnlpe" "os.spawnv" "os.spawnve" "os.spawnvp" "os.spawnvpe")
  (#literal? @_s)
  (#match? @prog "^[A-Za-z0-9_]")
  (#not-match? @prog "^[A-Za-z]:")) @finding
