;; ---
;; id = "rs.hardcoded-tmp-path"
;; title = "Hard-coded path in /tmp"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 377
;; message = "`{{path}}` is a predictable name in a directory every user can write"
;; report = "path"
;; tags = ["filesystem", "tempfile"]
;; ---
;; ## Why it matters
;; `/tmp`, `/var/tmp` and `/dev/shm` are shared by every account on the machine. A fixed file
;; name there can be created first by someone else, as a symlink to a file of yours that your
;; program then overwrites, or with content your program then trusts.
;;
;; ## How to fix
;; Create temporary files with the `tempfile` crate (random name, created atomically, removed
;; on drop), or keep state in a directory only your user can write.
;;
;; ## Safe example
;; ```rust
;; let mut file = tempfile::NamedTempFile::new()?;
;; writeln!(file, "{data}")?;
;; ```

; File::create("/tmp/x"), fs::write("/tmp/x", ..), Path::new("/tmp/x"), PathBuf::from("/tmp/x")
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @_func
  arguments: (arguments . [(string_literal) (raw_string_literal)] @path)
  (#match? @path "^r?#*\"/(var/)?tmp/[^\"]|^r?#*\"/dev/shm/[^\"]")
  (#resolves-to? @_func
    "std::fs::File::create" "std::fs::File::open" "std::fs::write" "std::fs::read"
    "std::fs::read_to_string" "std::fs::create_dir" "std::fs::create_dir_all" "std::fs::remove_file"
    "std::fs::OpenOptions::open" "std::path::Path::new" "std::path::PathBuf::from"
    "std::os::unix::net::UnixListener::bind" "tokio::fs::*" "tokio::net::UnixListener::bind"
    "File::create" "File::open" "Path::new" "PathBuf::from" "fs::write" "fs::File::create")
  (#not-in-test? @_func)) @finding

(call_expression
  function: (field_expression field: (field_identifier) @_open)
  arguments: (arguments . [(string_literal) (raw_string_literal)] @path .)
  (#eq? @_open "open")
  (#match? @path "^r?#*\"/(var/)?tmp/[^\"]|^r?#*\"/dev/shm/[^\"]")
  (#not-in-test? @_open)) @finding
