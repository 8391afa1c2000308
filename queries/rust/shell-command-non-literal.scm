;; ---
;; id = "rs.shell-command-non-literal"
;; title = "Shell runs a command line that is not a constant"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 78
;; message = "a shell runs `{{command}}`: if any part of it is not trusted, it can inject commands"
;; report = "command"
;; tags = ["injection", "shell"]
;; ---
;; ## Why it matters
;; `sh -c`, `bash -c`, `cmd /C` and `powershell -Command` interpret the whole string as a
;; script. When the script is a variable rather than a constant, whoever controls the
;; variable's content controls the commands that run (`;`, `|`, `$(...)`, `&`).
;;
;; ## How to fix
;; Run the program directly with `Command::new(program).args(values)`, with no shell. If a
;; shell is unavoidable, keep the script constant and pass values as positional parameters.
;;
;; ## Safe example
;; ```rust
;; std::process::Command::new("sh")
;;     .args(["-c", "tar -czf \"$1\" -- \"$2\"", "sh"])
;;     .arg(&archive)
;;     .arg(&folder)
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
  (#not-literal? @command)
  (#not-built-string? @command)
  (#not-match? @command "^&?\\s*format!")
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
  (#not-literal? @command)
  (#not-built-string? @command)
  (#not-match? @command "^&?\\s*format!")
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
  (#not-literal? @command)
  (#not-built-string? @command)
  (#not-match? @command "^&?\\s*format!")
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
  (#not-literal? @command)
  (#not-built-string? @command)
  (#not-match? @command "^&?\\s*format!")
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
  (#not-literal? @command)
  (#not-built-string? @command)
  (#not-match? @command "^&?\\s*format!")
  (#not-in-test? @_var))
