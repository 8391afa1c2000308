;; ---
;; id = "py.chmod-world-writable"
;; title = "File mode or umask that lets every user write"
;; severity = "warning"
;; confidence = "high"
;; cwe = 732
;; message = "`{{mode}}` makes the file writable by every local user (or lets them plant files in the folder)"
;; tags = ["permissions", "filesystem", "bandit:B103"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b103_set_bad_file_permissions.html", "https://docs.python.org/3/library/os.html#os.chmod", "https://cwe.mitre.org/data/definitions/732.html"]
;; ---
;; ## Why it matters
;; The "others write" bit (`0o002`, part of `0o777`/`0o666`, `stat.S_IWOTH`, `S_IRWXO`) lets
;; every account on the machine (including a compromised service) replace a script that runs
;; later, tamper with data, or swap a file in a folder for a symlink. `os.umask(0)` (or any
;; umask without the `0o002` bit) does the same for every file and folder the process
;; creates afterwards with the default modes (`old = os.umask(0)`, the idiom that reads the
;; mask before restoring it, is not reported).
;;
;; Every spelling of the mode counts: octal (`0o777`, `0777`, `0o7_7_7`), decimal (`511`),
;; hexadecimal (`0x1ff`), binary, and `stat` constants combined with `|`; positional or
;; `mode=`; `os.chmod`, `os.fchmod`, `os.lchmod`, `Path.chmod`/`lchmod`, SFTP `chmod`.
;; Masks that clear the bit (`mode & ~stat.S_IWOTH`) are not reported.
;;
;; ## How to fix
;; Give write access to the owner (and, if needed, the group) only: `0o644` for data,
;; `0o755` for executables and folders, `0o600` for secrets; keep the umask at `0o022` or
;; `0o077`.
;;
;; ## Safe example
;; ```python
;; os.chmod(script, 0o755)
;; os.umask(0o077)
;; ```

; os.chmod(path, 0o777) / os.fchmod(fd, 511) / os.lchmod(path, 0x1ff)
(call
  function: (_) @func
  arguments: (argument_list . (_) . (_) @mode)
  (#resolves-to? @func "os.chmod" "os.fchmod" "os.lchmod")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding

; os.chmod(path, mode=stat.S_IRWXU | stat.S_IRWXO)
(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (_) @mode))
  (#eq? @_k "mode")
  (#resolves-to? @func "os.chmod" "os.fchmod" "os.lchmod")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding

; Path(p).chmod(0o777) / p.lchmod(mode=0o666)
(call
  function: (attribute attribute: (identifier) @_m) @func
  arguments: (argument_list . [(integer) (binary_operator) (attribute) (identifier) (parenthesized_expression)] @mode)
  (#any-of? @_m "chmod" "lchmod")
  (#not-resolves-to? @func "os.chmod" "os.fchmod" "os.lchmod")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding

(call
  function: (attribute attribute: (identifier) @_m) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (_) @mode))
  (#eq? @_k "mode")
  (#any-of? @_m "chmod" "lchmod")
  (#not-resolves-to? @func "os.chmod" "os.fchmod" "os.lchmod")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding

; sftp.chmod(remote_path, 0o777) (paramiko, pysftp): a method, not os.chmod
(call
  function: (attribute attribute: (identifier) @_m) @func
  arguments: (argument_list . (_) . (_) @mode .)
  (#any-of? @_m "chmod" "lchmod")
  (#not-resolves-to? @func "os.chmod" "os.fchmod" "os.lchmod")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding

; os.umask(0) as a statement: every file created later gets the full default mode (0o666 /
; 0o777). `old = os.umask(0); os.umask(old)` only reads the mask, so a kept result is skipped.
(expression_statement (call
  function: (_) @func
  arguments: (argument_list . (_) @_mask .)
  (#resolves-to? @func "os.umask")
  (#match? @_mask "^0$|^0[oO]?[0-7_]*[0145]$|^0[xX][0-9a-fA-F_]*[014589cdCD]$|^0[bB][01_]*0[01]$|^[014589]$|^(?:[1-9][0-9_]*)?[02468]_?[014589]$|^(?:[1-9][0-9_]*)?[13579]_?[2367]$")) @finding @mode)
