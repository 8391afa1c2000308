;; ---
;; id = "py.tarfile-extract-without-filter"
;; title = "tar archive extracted without an extraction filter"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 22
;; message = "`{{method}}` without `filter=` lets archive members write outside the target folder (absolute paths, `..`, links)"
;; tags = ["path-traversal", "archive"]
;; references = ["https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter", "https://peps.python.org/pep-0706/"]
;; ---
;; ## Why it matters
;; Before Python 3.14, `TarFile.extractall` trusts member names: `../../home/u/.bashrc`,
;; `/etc/cron.d/x`, or a symlink followed by a file through it write anywhere the process can
;; (CVE-2007-4559). `shutil.unpack_archive` uses it too.
;;
;; Reported in files that import `tarfile` (or for `shutil.unpack_archive`): `zipfile`
;; already strips `..` and absolute paths.
;;
;; ## How to fix
;; Pass `filter="data"` (Python 3.12+, back-ported to 3.8.17+ security releases), which
;; refuses absolute paths, `..`, links out of the folder and special files.
;;
;; ## Safe example
;; ```python
;; with tarfile.open(path) as archive:
;;     archive.extractall(target, filter="data")
;; ```

(call
  function: (attribute
    object: (_) @_obj
    attribute: (identifier) @method)
  arguments: (argument_list) @args
  (#any-of? @method "extractall" "extract")
  (#not-match? @_obj "(?i)zip")
  (#not-has-kwarg? @args "filter")
  (#imports? "tarfile")) @finding

(call
  function: (_) @method
  arguments: (argument_list) @args
  (#resolves-to? @method "shutil.unpack_archive")
  (#not-has-kwarg? @args "filter")) @finding
