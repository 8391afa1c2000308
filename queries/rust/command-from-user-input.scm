;; ---
;; # Rule format: queries/README.md
;; id = "rs.command-from-user-input"
;; title = "Program to run taken from the command line or a request"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 78
;; message = "`{{program}}` comes from the caller: they choose which executable runs"
;; report = "program"
;; tags = ["injection", "shell"]
;; references = ["https://doc.rust-lang.org/std/process/struct.Command.html#method.new", "https://cwe.mitre.org/data/definitions/78.html"]
;; ---
;; ## Why it matters
;; `Command::new(std::env::args().nth(1).unwrap())` runs whatever the caller names, and
;; `Command::new(&query.0)` in a web handler lets any client start any program on the server
;; (`/bin/sh`, `curl ... | sh`): remote code execution. For a command-line tool this matters
;; when it runs with more privileges than its caller (setuid, sudo rules, a service invoked by
;; other users) or is driven by another program with untrusted input. Only the shapes where the
;; input is read in the same expression are reported; flows through variables need a data-flow
;; analysis.
;;
;; ## How to fix
;; Map the input to a fixed set of programs (`match name { "fmt" => "rustfmt", .. }`) and
;; reject everything else; pass the user's values as arguments with `.arg(..)`.
;;
;; ## Safe example
;; ```rust
;; let program = match query.tool.as_str() { "lint" => "clippy-driver", "fmt" => "rustfmt", _ => return Err(BadRequest) };
;; std::process::Command::new(program).arg("--check").status()?;
;; ```

; Command::new(std::env::args().nth(1).unwrap()), Command::new(&args().collect::<Vec<_>>()[1])
(call_expression
  function: [(scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) @program .)
  (#resolves-to? @_func "std::process::Command::new" "tokio::process::Command::new"
    "async_process::Command::new" "async_std::process::Command::new" "smol::process::Command::new"
    "process::Command::new")
  (#match? @program "\\benv\\s*::\\s*args(_os)?\\s*\\(\\s*\\)|^[&(\\s]*args(_os)?\\s*\\(\\s*\\)")
  (#not-in-test? @_func)) @finding

; In a web handler: Command::new(&path.0), Command::new(query.into_inner().cmd), Command::new(&req.match_info()["p"])
(call_expression
  function: [(scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) @program .)
  (#resolves-to? @_func "std::process::Command::new" "tokio::process::Command::new"
    "async_process::Command::new" "async_std::process::Command::new" "smol::process::Command::new"
    "process::Command::new")
  (#match? @program "^[&*\\s]*((path|params|param|query|form|info|payload|json|body|req|cmd|command|program|tool|p|q)\\.(0\\b|into_inner\\(\\))|(req|request)\\.(match_info|param|query|uri|headers)\\b|(query|params|form|payload|body|json)\\.[a-z_])")
  (#imports? "axum" "actix_web" "warp" "rocket" "poem" "tide" "salvo" "hyper" "ntex")
  (#not-in-test? @_func)) @finding
