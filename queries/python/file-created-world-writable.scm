;; ---
;; id = "py.file-created-world-writable"
;; title = "File or folder created with a mode that lets every user write"
;; severity = "info"
;; confidence = "low"
;; cwe = 732
;; message = "`{func}` asks for mode `{mode}`: only the umask stands between this file and every local user writing it"
;; tags = ["permissions", "filesystem", "bandit:B103"]
;; references = ["https://docs.python.org/3/library/os.html#os.open", "https://docs.python.org/3/library/os.html#os.mkdir", "https://docs.python.org/3/library/pathlib.html#pathlib.Path.mkdir", "https://cwe.mitre.org/data/definitions/732.html"]
;; ---
;; ## Why it matters
;; The mode given when a file or folder is created (`os.open`, `os.mkdir`, `os.makedirs`,
;; `os.mkfifo`, `os.mknod`, `Path.mkdir`, `Path.touch`, SFTP `mkdir`) is filtered by the
;; process umask. With the usual `0o022` the "others write" bit is removed, but a service
;; started with `umask 0` (some daemons and containers) creates the file writable by every
;; account, which can then replace or tamper with it. `0o777` is also the default for
;; folders, hence `info`: it marks code that leaves the decision to the umask.
;; (`chmod` with such a mode, which the umask does not filter, is reported by
;; `py.chmod-world-writable`.)
;;
;; ## How to fix
;; Ask for the mode you need: `0o600` for private files, `0o700` / `0o750` for folders,
;; `0o644` / `0o755` for files others may read.
;;
;; ## Safe example
;; ```python
;; fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
;; os.makedirs(cache_dir, mode=0o700, exist_ok=True)
;; ```

; os.open(path, flags, 0o777)
(call
  function: (_) @func
  arguments: (argument_list . (_) . (_) . (_) @mode)
  (#resolves-to? @func "os.open")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding

; os.mkdir(path, 0o777) / os.makedirs(path, 0o777) / os.mkfifo(path, 0o666) / os.mknod(path, 0o666)
(call
  function: (_) @func
  arguments: (argument_list . (_) . (_) @mode)
  (#resolves-to? @func "os.mkdir" "os.makedirs" "os.mkfifo" "os.mknod")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding

; os.open(path, flags, mode=0o666) / os.makedirs(path, mode=0o777, exist_ok=True)
(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (_) @mode))
  (#eq? @_k "mode")
  (#resolves-to? @func "os.open" "os.mkdir" "os.makedirs" "os.mkfifo" "os.mknod")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding

; Path(p).mkdir(0o777, parents=True) / Path(p).touch(0o666)
(call
  function: (attribute attribute: (identifier) @_m) @func
  arguments: (argument_list . [(integer) (binary_operator) (attribute) (identifier) (parenthesized_expression)] @mode)
  (#any-of? @_m "mkdir" "touch")
  (#not-resolves-to? @func "os.mkdir")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding

; Path(p).mkdir(mode=0o777) / sftp.mkdir(path, mode=0o777)
(call
  function: (attribute attribute: (identifier) @_m) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (_) @mode))
  (#eq? @_k "mode")
  (#any-of? @_m "mkdir" "touch")
  (#not-resolves-to? @func "os.mkdir")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding

; sftp.mkdir("/srv/shared", 0o777) (paramiko, pysftp)
(call
  function: (attribute attribute: (identifier) @_m) @func
  arguments: (argument_list . (_) . (_) @mode .)
  (#eq? @_m "mkdir")
  (#not-resolves-to? @func "os.mkdir")
  (#match? @mode "^0[oO]?[0-7_]*[2367]$|^0[xX][0-9a-fA-F_]*[2367abefABEF]$|^0[bB][01_]*1[01]$|^[2367]$|^(?:[1-9][0-9_]*)?[02468]_?[2367]$|^(?:[1-9][0-9_]*)?[13579]_?[014589]$|S_IWOTH|S_IRWXO")
  (#not-match? @mode "~\\s*\\(?\\s*(stat\\.)?S_I(WOTH|RWXO)")) @finding
