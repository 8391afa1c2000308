;; ---
;; id = "rs.temp-dir-fixed-name"
;; title = "Fixed file name in the shared temporary directory"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 377
;; message = "`{{name}}` in the shared temp directory is predictable: another user can create or link it first"
;; report = "name"
;; tags = ["filesystem", "tempfile"]
;; ---
;; ## Why it matters
;; `std::env::temp_dir()` is usually `/tmp`, shared by every account on the machine. A fixed
;; name there can be created in advance by someone else: as a symlink to a file of yours
;; (which your program then overwrites), or as a file whose content your program trusts.
;;
;; ## How to fix
;; Let the `tempfile` crate pick an unpredictable name and create the file atomically
;; (`tempfile::NamedTempFile`, `tempfile::tempdir()`), or use a directory only your user can
;; write (`dirs::cache_dir()`, `$XDG_RUNTIME_DIR`).
;;
;; ## Safe example
;; ```rust
;; let mut file = tempfile::NamedTempFile::new()?;
;; let dir = tempfile::tempdir()?;
;; ```

(call_expression
  function: (field_expression
    value: (call_expression function: [(identifier) (scoped_identifier) (generic_function)] @_temp_dir arguments: (arguments))
    field: (field_identifier) @_join)
  arguments: (arguments . [(string_literal) (raw_string_literal)] @name .)
  (#eq? @_join "join")
  (#resolves-to? @_temp_dir "std::env::temp_dir")
  (#not-in-test? @_temp_dir)) @finding
