;; ---
;; id = "py.tainted-shell-command"
;; title = "Request data or command-line input reaches a shell command"
;; kind = "flow"
;; severity = "error"
;; confidence = "medium"
;; cwe = 78
;; message = "`{{sink}}` runs a command built from outside input: `{{tainted}}` comes from `{{source}}` on line {{source_line}}"
;; tags = ["injection", "command", "flow"]
;; ---
;; ## Why it matters
;; A value that came from an HTTP request, `sys.argv` or `input()` is followed to a call
;; that runs it through the shell (`os.system`, `os.popen`, `subprocess.getoutput`,
;; `subprocess.*` with `shell=True`, `asyncio.create_subprocess_shell`) or that runs it as
;; the program itself (`subprocess.run(cmd)` with a string). Shell metacharacters in it
;; (`;`, `|`, `$()`, backticks) start commands of the attacker's choosing.
;;
;; The value is followed inside one function (or the module's own code): through
;; assignments, string building, containers, loops and `with`. `shlex.quote` and
;; conversions to numbers stop it.
;;
;; ## How to fix
;; Pass a fixed program and its arguments as a list, without a shell; if a shell is
;; unavoidable, quote every outside value with `shlex.quote`.
;;
;; ## Safe example
;; ```python
;; import subprocess
;; subprocess.run(["grep", "-r", "--", request.args["q"], "/srv/docs"], check=True)
;; ```

;; Sources: Flask / Quart request data.
((attribute
   object: (_) @_request
   attribute: (identifier) @_field) @source
  (#resolves-to? @_request "flask.request" "quart.request")
  (#any-of? @_field "args" "form" "values" "json" "cookies" "headers" "files" "data"))

((call
   function: (attribute
     object: (_) @_request
     attribute: (identifier) @_method)) @source
  (#resolves-to? @_request "flask.request" "quart.request")
  (#any-of? @_method "get_json" "get_data"))

;; Sources: a Django view's `request` (or `self.request` in a class-based view).
((attribute
   object: [(identifier) (attribute)] @_request
   attribute: (identifier) @_field) @source
  (#match? @_request "^(self\\.)?request$")
  (#any-of? @_field "GET" "POST" "COOKIES" "META" "FILES" "body"))

;; Sources: the command line and the terminal.
((attribute) @source
  (#resolves-to? @source "sys.argv"))

((call
   function: (identifier) @_input
   arguments: (argument_list)) @source
  (#eq? @_input "input"))

;; Sinks: the command of a shell.
(call
  function: (_) @_run
  arguments: (argument_list . (_) @sink)
  (#resolves-to? @_run "os.system" "os.popen" "subprocess.getoutput"
    "subprocess.getstatusoutput" "asyncio.create_subprocess_shell" "commands.getoutput"
    "commands.getstatusoutput"))

(call
  function: (_) @_run
  arguments: (argument_list
    . (_) @sink
    (keyword_argument name: (identifier) @_shell value: (true)))
  (#resolves-to? @_run "subprocess.*")
  (#eq? @_shell "shell"))

;; Sinks: a whole command string run as the program.
(call
  function: (_) @_run
  arguments: (argument_list
    . [(identifier) (attribute) (subscript) (binary_operator) (string) (call)] @sink)
  (#resolves-to? @_run "subprocess.run" "subprocess.call" "subprocess.check_call"
    "subprocess.check_output" "subprocess.Popen"))

;; Sanitizers: quoting for the shell.
((call function: (_) @_quote) @sanitizer
  (#resolves-to? @_quote "shlex.quote" "pipes.quote"))
