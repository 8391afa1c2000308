;; ---
;; id = "rs.shell-command-built-from-strings"
;; title = "Shell command line built from strings at run time"
;; severity = "error"
;; confidence = "high"
;; cwe = 78
;; message = "a shell runs a command line built with `format!` or `+`: values in it can inject commands"
;; report = "command"
;; tags = ["injection", "shell"]
;; ---
;; ## Why it matters
;; `sh -c`, `bash -c`, `cmd /C` and `powershell -Command` hand the whole string to a shell.
;; If any part of it comes from a file name, a request, an environment variable or a
;; config value, characters like `;`, `|`, `$(...)` or `&` in that value run commands of the
;; attacker's choosing (OS command injection).
;;
;; ## How to fix
;; Run the program directly with `Command::new(program).arg(value)`: each argument is passed
;; as is, with no shell in between. If you need a pipeline, build it with `Stdio::piped()`
;; between two `Command`s. If a shell is unavoidable, pass values as positional parameters
;; (`sh -c 'grep -- "$1" log' sh value`), never inside the script text.
;;
;; ## Safe example
;; ```rust
;; let status = std::process::Command::new("grep")
;;     .arg("--")
;;     .arg(&pattern)
;;     .arg("app.log")
;;     .status()?;
;; ```

; `Command::new("sh").arg("-c").arg(cmd)`
(call_expression
  function: (field_expression
    value: (call_expression
      function: (field_expression value: (_) @_recv field: (field_identifier) @_m1)
      arguments: (arguments . (string_literal) @_flag .))
    field: (field_identifier) @_m2)
  arguments: (arguments . (_) @command .)
  (#eq? @_m1 "arg")
  (#eq? @_m2 "arg")
  (#match? @_flag "^\"(-[a-zA-Z]*c|/[cCkK]|-[Cc]ommand)\"$")
  (#match? @_recv "\"(/usr)?(/local)?(/bin/)?(sh|bash|zsh|dash|ksh|fish|busybox)\"|(?i)\"(cmd|cmd\\.exe|powershell|powershell\\.exe|pwsh|pwsh\\.exe)\"")
  (#built-string? @command)
  (#not-in-test? @_recv)) @finding

; `Command::new("sh").args(["-c", &cmd])`
(call_expression
  function: (field_expression value: (_) @_recv field: (field_identifier) @_m)
  arguments: (arguments
    .
    [(array_expression (string_literal) @_flag . (_) @command)
     (reference_expression value: (array_expression (string_literal) @_flag . (_) @command))]
    .)
  (#eq? @_m "args")
  (#match? @_flag "^\"(-[a-zA-Z]*c|/[cCkK]|-[Cc]ommand)\"$")
  (#match? @_recv "\"(/usr)?(/local)?(/bin/)?(sh|bash|zsh|dash|ksh|fish|busybox)\"|(?i)\"(cmd|cmd\\.exe|powershell|powershell\\.exe|pwsh|pwsh\\.exe)\"")
  (#built-string? @command)
  (#not-in-test? @_recv)) @finding

; `let mut c = Command::new("sh"); c.arg("-c").arg(cmd);`
(block
  (let_declaration pattern: (identifier) @_var value: (_) @_init)
  (expression_statement
    (call_expression
      function: (field_expression
        value: (call_expression
          function: (field_expression value: (identifier) @_recv field: (field_identifier) @_m1)
          arguments: (arguments . (string_literal) @_flag .))
        field: (field_identifier) @_m2)
      arguments: (arguments . (_) @command .)) @finding)
  (#eq? @_var @_recv)
  (#eq? @_m1 "arg")
  (#eq? @_m2 "arg")
  (#match? @_flag "^\"(-[a-zA-Z]*c|/[cCkK]|-[Cc]ommand)\"$")
  (#match? @_init "\"(/usr)?(/local)?(/bin/)?(sh|bash|zsh|dash|ksh|fish|busybox)\"|(?i)\"(cmd|cmd\\.exe|powershell|powershell\\.exe|pwsh|pwsh\\.exe)\"")
  (#built-string? @command)
  (#not-in-test? @_var))

; `let mut c = Command::new("sh"); c.args(["-c", &cmd]);`
(block
  (let_declaration pattern: (identifier) @_var value: (_) @_init)
  (expression_statement
    (call_expression
      function: (field_expression value: (identifier) @_recv field: (field_identifier) @_m)
      arguments: (arguments
        .
        [(array_expression (string_literal) @_flag . (_) @command)
         (reference_expression value: (array_expression (string_literal) @_flag . (_) @command))]
        .)) @finding)
  (#eq? @_var @_recv)
  (#eq? @_m "args")
  (#match? @_flag "^\"(-[a-zA-Z]*c|/[cCkK]|-[Cc]ommand)\"$")
  (#match? @_init "\"(/usr)?(/local)?(/bin/)?(sh|bash|zsh|dash|ksh|fish|busybox)\"|(?i)\"(cmd|cmd\\.exe|powershell|powershell\\.exe|pwsh|pwsh\\.exe)\"")
  (#built-string? @command)
  (#not-in-test? @_var))

; `let mut c = Command::new("sh"); c.arg("-c"); c.arg(cmd);` (the statement right after the flag)
(block
  (let_declaration pattern: (identifier) @_var value: (_) @_init)
  (expression_statement
    (call_expression
      function: (field_expression value: (identifier) @_recv1 field: (field_identifier) @_m1)
      arguments: (arguments . (string_literal) @_flag .)))
  .
  [(line_comment) (block_comment)]*
  .
  (expression_statement
    (call_expression
      function: (field_expression value: (identifier) @_recv field: (field_identifier) @_m2)
      arguments: (arguments . (_) @command .)) @finding)
  (#eq? @_var @_recv1)
  (#eq? @_var @_recv)
  (#eq? @_m1 "arg")
  (#eq? @_m2 "arg")
  (#match? @_flag "^\"(-[a-zA-Z]*c|/[cCkK]|-[Cc]ommand)\"$")
  (#match? @_init "\"(/usr)?(/local)?(/bin/)?(sh|bash|zsh|dash|ksh|fish|busybox)\"|(?i)\"(cmd|cmd\\.exe|powershell|powershell\\.exe|pwsh|pwsh\\.exe)\"")
  (#built-string? @command)
  (#not-in-test? @_var))
