;; ---
;; id = "rs.archive-entry-path-traversal"
;; title = "Archive entry name joined to a path (zip slip)"
;; severity = "error"
;; confidence = "medium"
;; cwe = 22
;; message = "`{{entry}}` comes from the archive unchecked: `../` or an absolute name writes outside the target folder"
;; report = "entry"
;; tags = ["path-traversal", "archive"]
;; references = ["https://docs.rs/zip/latest/zip/read/struct.ZipFile.html#method.enclosed_name", "https://security.snyk.io/research/zip-slip-vulnerability"]
;; ---
;; ## Why it matters
;; The names inside a zip or tar file are chosen by whoever made the archive. `ZipFile::name()`
;; and tar's `Entry::path()` return them as they are, so `dest.join(file.name())` with an
;; entry called `../../home/user/.bashrc` or `/etc/cron.d/x` writes outside the destination:
;; extracting an untrusted archive becomes code execution ("zip slip").
;;
;; ## How to fix
;; zip: use `file.enclosed_name()` (returns `None` for names that escape) or
;; `ZipArchive::extract`. tar: use `entry.unpack_in(dest)`, which refuses such names.
;;
;; ## Safe example
;; ```rust
;; let Some(relative) = file.enclosed_name() else { continue };
;; let out = dest.join(relative);
;; ```

(call_expression
  function: (field_expression field: (field_identifier) @_join)
  arguments: (arguments . (_) @entry .)
  (#any-of? @_join "join" "push")
  (#match? @entry "^&?([A-Za-z_0-9]*(file|entry|item|member|zip|tar|File|Entry)[A-Za-z_0-9]*|f|e)\\.(name|path|name_raw|path_bytes)\\(\\)(\\?|\\.unwrap\\(\\)|\\.expect\\([^)]*\\))?(\\.(to_owned|into_owned|as_ref)\\(\\))?$")
  (#imports? "zip" "tar" "async_zip" "tokio_tar" "async_tar")
  (#not-in-test? @entry)) @finding
