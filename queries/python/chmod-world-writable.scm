;; ---
;; id = "py.chmod-world-writable"
;; title = "File mode that lets every user write"
;; severity = "warning"
;; confidence = "high"
;; cwe = 732
;; message = "mode `{{mode}}` lets any local user modify the file (or plant files in the folder)"
;; keywords = ["chmod", "fchmod", "lchmod"]
;; # The mode argument must match the same regex, so the file must.
;; # the numeric mode is a whole argument (followed by `,` or `)`), and chmod is called or aliased
;; requires = [
;;   '''0[oO]?[0-7]*[2367]|\b(?:511|438|1023|447|503|510)\b|S_IWOTH|S_IRWXO''',
;;   '''\b(?:0[oO]?[0-7]*[2367]|511|438|1023|447|503|510)(?:[\s\\]|#[^\n]*)*[,)]|S_IWOTH|S_IRWXO''',
;;   '''\b(?:[fl]?chmod)(?:[\s\\]|#[^\n]*)*(?:\(|\bas\b)''',
;; ]
;; tags = ["permissions", "filesystem"]
;; ---
;; ## Why it matters
;; The "others write" bit (`0o002`, part of `0o777`/`0o666`, `stat.S_IWOTH`, `S_IRWXO`) lets
;; every account on the machine (including a compromised service) replace a script that runs
;; later, tamper with data, or swap a file in a folder for a symlink.
;;
;; ## How to fix
;; Give write access to the owner (and, if needed, the group) only: `0o644` for data,
;; `0o755` for executables and folders, `0o600` for secrets.
;;
;; ## Safe example
;; ```python
;; os.chmod(script, 0o755)
;; ```

; os.chmod(path, 0o777)
(call
  function: (_) @func
  arguments: (argument_list . (_) . (_) @mode)
  (#resolves-to? @func "os.chmod" "os.fchmod" "os.lchmod")
  (#match? @mode "^0[oO]?[0-7]*[2367]$|^(511|438|1023|447|503|510)$|S_IWOTH|S_IRWXO")) @finding

; Path(p).chmod(0o777)
(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list . (_) @mode .)
  (#any-of? @_m "chmod" "lchmod")
  (#match? @mode "^0[oO]?[0-7]*[2367]$|^(511|438|1023|447|503|510)$|S_IWOTH|S_IRWXO")) @finding
