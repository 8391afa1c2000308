;; ---
;; # Rule format: queries/README.md
;; id = "rs.command-program-non-literal"
;; title = "Program to run is not a constant"
;; severity = "info"
;; confidence = "low"
;; cwe = 78
;; message = "`{{program}}` decides which program runs: check where it comes from"
;; report = "program"
;; tags = ["injection", "audit"]
;; references = ["https://doc.rust-lang.org/std/process/struct.Command.html#method.new", "https://cwe.mitre.org/data/definitions/78.html"]
;; ---
;; ## Why it matters
;; `Command::new(program)` runs whatever `program` names, searched in `PATH` when it has no
;; slash. If any part of it comes from a request, a file, a database or the command line of a
;; more privileged caller, that party chooses the executable. Most such calls are fine (a tool
;; configured by its own user, `env!("CARGO")`), so this rule is informational: it lists the
;; places to audit. Constants (`"git"`, `SOME_CONST`, `env!(..)`) are not reported.
;;
;; ## How to fix
;; Run a fixed program, or pick it from a fixed allow-list; resolve it to an absolute path
;; you trust rather than searching `PATH`. Pass user values as arguments (`.arg(value)`), never
;; as the program.
;;
;; ## Safe example
;; ```rust
;; let program = match tool { Tool::Fmt => "rustfmt", Tool::Lint => "clippy-driver" };
;; std::process::Command::new(program).arg(&file).status()?;
;; ```

(call_expression
  function: [(scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) @program .)
  (#resolves-to? @_func "std::process::Command::new" "tokio::process::Command::new"
    "async_process::Command::new" "async_std::process::Command::new" "smol::process::Command::new"
    "process::Command::new")
  (#not-literal? @program)
  ; constants, compile-time paths and the running executable
  (#not-match? @program "(?s)^&?\\s*(([A-Za-z_][A-Za-z0-9_]*::)*[A-Z][A-Z0-9_]*|(env|option_env|concat|stringify)!\\s*\\(.*|r?#*\".*|(std::)?env::current_exe\\(\\).*)$")
  (#not-in-test? @_func)) @finding
