;; ---
;; id = "py.hardcoded-tmp-path"
;; title = "Hard-coded path in a shared temporary folder"
;; severity = "info"
;; confidence = "low"
;; cwe = 377
;; message = "`{{path}}` is in a world-writable folder: another user may create or link it first"
;; report = "finding"
;; keywords = ["/tmp", "/var/tmp", "/dev/shm"]
;; tags = ["filesystem"]
;; ---
;; ## Why it matters
;; Every local user can create files in `/tmp`, `/var/tmp` and `/dev/shm`. A fixed name there
;; can be pre-created or symlinked by someone else, who then reads your data or makes you
;; overwrite a file they chose. Often harmless (containers, single-user machines), hence `info`.
;;
;; ## How to fix
;; Use `tempfile.mkstemp` / `TemporaryDirectory` for a fresh private name, or a folder owned by
;; the application.
;;
;; ## Safe example
;; ```python
;; with tempfile.TemporaryDirectory() as tmp:
;;     path = os.path.join(tmp, "report.csv")
;; ```

(string
  (string_content) @path
  (#match? @path "^/(tmp|var/tmp|dev/shm)(/|$)")) @finding
