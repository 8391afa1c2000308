;; ---
;; id = "rs.world-writable-permissions"
;; title = "File or directory made writable by every user"
;; severity = "error"
;; confidence = "medium"
;; cwe = 732
;; message = "mode `{{mode}}` lets every local user write here: they can change or replace what you read back"
;; report = "mode"
;; tags = ["filesystem", "permissions"]
;;
;; [fix]
;; title = "Use owner-only permissions"
;; capture = "mode"
;; replace = "0o600"
;; ---
;; ## Why it matters
;; A world-writable file (mode ending in 2, 3, 6 or 7: `0o666`, `0o777`) or directory can be
;; changed by any account on the machine, including a compromised service: configuration,
;; scripts and binaries written this way become a privilege-escalation path, and data can be
;; tampered with.
;;
;; ## How to fix
;; Give write access to the owner only (`0o600` for files, `0o700`/`0o755` for directories),
;; or to a group when several accounts really need it. Shared scratch directories should
;; carry the sticky bit (`0o1777`), which this rule accepts.
;;
;; ## Safe example
;; ```rust
;; use std::os::unix::fs::PermissionsExt;
;; std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
;; ```

; Permissions::from_mode(0o777), perms.set_mode(0o666), DirBuilder::new().mode(0o777),
; OpenOptions::new().mode(0o666)
(call_expression
  function: [
    (scoped_identifier name: (identifier) @_method)
    (field_expression field: (field_identifier) @_method)
  ]
  arguments: (arguments . (integer_literal) @mode .)
  (#any-of? @_method "from_mode" "set_mode" "mode")
  (#match? @mode "^0o0?[0-7]?[0-7][2367]$")
  (#not-in-test? @_method)) @finding

; libc::chmod(path, 0o777), nix fchmodat(.., Mode::from_bits(0o777))
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @_func
  arguments: (arguments (_) . (integer_literal) @mode .)
  (#resolves-to? @_func "libc::chmod" "libc::fchmod" "libc::mkdir" "nix::libc::chmod")
  (#match? @mode "^0o0?[0-7]?[0-7][2367]$")
  (#not-in-test? @_func)) @finding
